import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importSalesCsv } from '../core/data/import-dataset';
import { HOLDOUT_EXTRAS } from '../test/holdout-extras';
import type { HoldoutForecast } from '../core/model/holdout';
import { excerpt } from '../test/shared-data';
import { IdbArtifactStore } from './artifact-store';
import { openShelfcastDb } from './db';
import { LabRepository } from './lab-repository';

let dbCounter = 0;
async function freshRepository() {
  const db = await openShelfcastDb(`test-${++dbCounter}`);
  return { repo: new LabRepository(db), store: new IdbArtifactStore(db) };
}

function dataset() {
  const r = importSalesCsv(excerpt('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b5'], 1), 'tuna.csv');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const forecast: HoldoutForecast = {
  spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
  engine: 'wasm',
  trainLength: 366,
  actual: [1, 2],
  mean: [1.5, 1.5],
  se: [0.5, 0.6],
  interval80: { lower: [1, 1], upper: [2, 2] },
  interval95: { lower: [0.5, 0.4], upper: [2.5, 2.6] },
  ...HOLDOUT_EXTRAS,
  metrics: { ...HOLDOUT_EXTRAS.metrics, rmse: 0.5, mae: 0.5 },
  fitMs: 12,
};

describe('LabRepository', () => {
  it('round-trips a dataset committed by an import: summary, every series, and the last-opened selection', async () => {
    const { repo, store } = await freshRepository();
    const ds = dataset();
    const record = await store.commit([], { id: 'abc', value: ds });
    expect(await repo.getDataset('abc')).toEqual(record);
    expect(record?.products.map((p) => p.id)).toEqual(ds.products.map((p) => p.id));
    const b5 = await repo.getSeries('abc', 'tuna-b5');
    expect(b5?.series).toEqual(ds.products.find((p) => p.id === 'tuna-b5')!.series);
    expect(await repo.getLastOpened()).toEqual({ datasetId: 'abc', productId: null });
  });

  it('stores a fitted model and remembers the product it belongs to', async () => {
    const { repo, store } = await freshRepository();
    await store.commit([], { id: 'abc', value: dataset() });
    await repo.saveModel('abc', 'tuna-b1', forecast, '0.1.0');
    expect((await repo.getModel('abc', 'tuna-b1'))?.forecast).toEqual(forecast);
    expect(await repo.getModel('abc', 'tuna-b5')).toBeUndefined();
    expect(await repo.getLastOpened()).toEqual({ datasetId: 'abc', productId: 'tuna-b1' });
  });

  it('ignores a malformed last-opened record written by someone else', async () => {
    const db = await openShelfcastDb(`test-${++dbCounter}`);
    await db.put('settings', { key: 'last-opened', value: { datasetId: 42 } });
    expect(await new LabRepository(db).getLastOpened()).toBeUndefined();
  });
});
