// The worker APIs driven through comlink over a MessageChannel, exactly as a worker would serve them.
import { expose, wrap } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { arimaEngine } from '../engine/arima-engine';
import { excerpt } from '../test/shared-data';
import { dataApi, type DataApi } from './data-api';
import { createFitApi, type FitApi } from './fit-api';
import { DEFAULT_HOLDOUT_WINDOWS } from '../core/model/holdout';

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
  it('imports a CSV and identifies it by the SHA-256 of its content', async () => {
    const remote = connect<DataApi>(dataApi);
    const text = excerpt('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2'], 1);
    const r = await remote.importCsv(new Blob([text]), 'tuna.csv');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.products.map((p) => p.id).sort()).toEqual(['tuna-b1', 'tuna-b2']);
    expect(r.value.id).toMatch(/^[0-9a-f]{64}$/);
    const again = await remote.importCsv(text, 'renamed.csv');
    expect(again.ok && again.value.id).toBe(r.value.id);
  });

  it('returns import errors as values that survive the trip', async () => {
    const remote = connect<DataApi>(dataApi);
    const r = await remote.importCsv('', 'empty.csv');
    expect(r).toEqual({ ok: false, error: { code: 'empty-file', message: 'The file is empty.' } });
  });

  it('fits and forecasts through the model API', async () => {
    const data = connect<DataApi>(dataApi);
    const model = connect<FitApi>(createFitApi({ wasm: arimaEngine }));
    const imported = await data.importCsv(excerpt('data/dominicks-tuna/long.csv', ['tuna-b3'], 1), 'tuna.csv');
    if (!imported.ok) throw new Error(imported.error.message);
    const r = await model.forecastHoldout({ series: imported.value.products[0]!.series, spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } }, windows: DEFAULT_HOLDOUT_WINDOWS, engine: 'wasm' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.mean).toHaveLength(32);
    expect(r.value.metrics.rmse).toBeGreaterThan(0);
    expect(r.value.fitMs).toBeGreaterThanOrEqual(0);
    expect(r.value.model.coefficients.map((c) => c.name)).toEqual(['ar1', 'ma1', 'intercept']);
    expect(r.value.baselines.map((b) => b.name)).toEqual(['naive', 'seasonal-naive', 'mean']);
    const native = await model.forecastHoldout({ series: imported.value.products[0]!.series, spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } }, windows: DEFAULT_HOLDOUT_WINDOWS, engine: 'native' });
    expect(native).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/native engine is not available/) } });
  });
});
