import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importSalesCsv } from '../core/data/import-dataset';
import { HOLDOUT_EXTRAS } from '../test/holdout-extras';
import type { HoldoutForecast } from '../core/model/holdout';
import { excerpt } from '../test/shared-data';
import { openShelfcastDb } from './db';
import { LabRepository } from './lab-repository';

let dbCounter = 0;
async function freshRepository() {
  return new LabRepository(await openShelfcastDb(`test-${++dbCounter}`));
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
  it('round-trips a dataset: summary, every series, and the last-opened selection', async () => {
    const repo = await freshRepository();
    const ds = dataset();
    const record = await repo.saveDataset('abc', ds, new Date('2026-01-02T03:04:05Z'));
    expect(await repo.getDataset('abc')).toEqual(record);
    expect(record.products.map((p) => p.id)).toEqual(ds.products.map((p) => p.id));
    const b5 = await repo.getSeries('abc', 'tuna-b5');
    expect(b5?.series).toEqual(ds.products.find((p) => p.id === 'tuna-b5')!.series);
    expect(await repo.getLastOpened()).toEqual({ datasetId: 'abc', productId: null });
  });

  it('stores a fitted model and remembers the product it belongs to', async () => {
    const repo = await freshRepository();
    await repo.saveDataset('abc', dataset());
    await repo.saveModel('abc', 'tuna-b1', forecast, '0.1.0');
    expect((await repo.getModel('abc', 'tuna-b1'))?.forecast).toEqual(forecast);
    expect(await repo.getModel('abc', 'tuna-b5')).toBeUndefined();
    expect(await repo.getLastOpened()).toEqual({ datasetId: 'abc', productId: 'tuna-b1' });
  });

  it('writes nothing when a dataset write fails half-way', async () => {
    const repo = await freshRepository();
    const ds = dataset();
    // A function cannot be cloned into IndexedDB: the second series write fails inside the transaction.
    const broken = { ...ds, products: [ds.products[0]!, { ...ds.products[1]!, title: (() => 0) as unknown as string }] };
    await expect(repo.saveDataset('bad', broken)).rejects.toThrow();
    expect(await repo.countAll()).toEqual({ datasets: 0, series: 0, models: 0 });
  });

  it('ignores a malformed last-opened record written by someone else', async () => {
    const db = await openShelfcastDb(`test-${++dbCounter}`);
    await db.put('settings', { key: 'last-opened', value: { datasetId: 42 } });
    expect(await new LabRepository(db).getLastOpened()).toBeUndefined();
  });
});
