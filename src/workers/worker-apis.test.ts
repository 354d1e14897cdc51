// The worker APIs driven through comlink over a MessageChannel, exactly as a worker would serve them.
import 'fake-indexeddb/auto';
import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { arimaEngine } from '../engine/arima-engine';
import { excerpt } from '../test/shared-data';
import { importSalesCsv } from '../core/data/import-dataset';
import { DEFAULT_PREPARE } from '../core/data/prepare';
import { DEFAULT_QUALITY } from '../core/data/quality';
import { DEFAULT_SPLIT } from '../core/data/split';
import { IdbArtifactStore } from '../storage/artifact-store';
import { openShelfcastDb } from '../storage/db';
import { createPipelineApi, type DroppedFile, type PipelineApi } from './pipeline-api';
import { createFitApi, type FitApi } from './fit-api';
import { DEFAULT_HOLDOUT_WINDOWS } from '../core/model/holdout';

let dbCount = 0;
const channels: MessageChannel[] = [];
function connect<T>(api: object) {
  const channel = new MessageChannel();
  channels.push(channel);
  expose(api, channel.port1);
  return wrap<T>(channel.port2);
}
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('data and model worker APIs over a MessageChannel', () => {
  const pipeline = async () => {
    const db = await openShelfcastDb(`worker-apis-${++dbCount}`);
    return connect<PipelineApi>(createPipelineApi(async () => new IdbArtifactStore(db)));
  };
  const importFile = async (remote: Awaited<ReturnType<typeof pipeline>>, file: DroppedFile) => {
    const head = await remote.inspect(file);
    if (!head.ok) throw new Error(head.error.message);
    const params = {
      import: { mappings: [head.value.mapping], delimiters: [head.value.delimiter] },
      prepare: DEFAULT_PREPARE,
      quality: DEFAULT_QUALITY,
      split: DEFAULT_SPLIT,
    };
    return remote.run([file], params);
  };

  it('imports a CSV and identifies the dataset by its content, whatever the file is called', async () => {
    const remote = await pipeline();
    const text = excerpt('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2'], 1);
    const r = await importFile(remote, { name: 'tuna.csv', blob: new Blob([text]) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.dataset.products.map((p) => p.id).sort()).toEqual(['tuna-b1', 'tuna-b2']);
    expect(r.value.dataset.id).toMatch(/^[0-9a-f]{64}$/);
    const again = await importFile(remote, { name: 'renamed.csv', blob: new Blob([text]) });
    expect(again.ok && again.value.dataset.id).toBe(r.value.dataset.id);
  });

  it('returns import errors as values that survive the trip', async () => {
    const remote = await pipeline();
    const r = await remote.inspect({ name: 'empty.csv', blob: new Blob(['']) });
    expect(r).toEqual({ ok: false, error: { code: 'empty-file', message: 'The file is empty.', where: { file: 'empty.csv' } } });
  });

  it('fits and forecasts through the model API', async () => {
    const model = connect<FitApi>(createFitApi({ wasm: arimaEngine }));
    const imported = importSalesCsv(excerpt('data/dominicks-tuna/long.csv', ['tuna-b3'], 1), 'tuna.csv');
    if (!imported.ok) throw new Error(imported.error.message);
    const r = await model.forecastHoldout({
      series: imported.value.products[0]!.series,
      spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
      windows: DEFAULT_HOLDOUT_WINDOWS,
      engine: 'wasm',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.mean).toHaveLength(32);
    expect(r.value.metrics.rmse).toBeGreaterThan(0);
    expect(r.value.fitMs).toBeGreaterThanOrEqual(0);
    expect(r.value.model.coefficients.map((c) => c.name)).toEqual(['ar1', 'ma1', 'intercept']);
    expect(r.value.baselines.map((b) => b.name)).toEqual(['naive', 'seasonal-naive', 'mean']);
    const native = await model.forecastHoldout({
      series: imported.value.products[0]!.series,
      spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
      windows: DEFAULT_HOLDOUT_WINDOWS,
      engine: 'native',
    });
    expect(native).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/native engine is not available/) } });
  });
});
