// Registering the lab's fit, then sharing it: the draft records what the fit was, and an imported
// copy forecasts the same numbers from its state or by a refit of its recorded series.
import { describe, expect, it } from 'vitest';
import { wavySeries } from '../test/model-version';
import { createRegistryApi } from './registry-api';
import { checkRefitForecast } from '../core/exchange/forecast-table';
import { planImportedForecast } from '../core/exchange/imported-forecast';
import { exportModelsJson, importModelsJson } from '../core/exchange/model-json';
import { evaluateHoldout } from '../core/model/holdout';
import { nativeEngine } from '../core/model/native';
import { registeredModelName } from '../core/registry/registry-types';
import { draftFromHoldout, weekdayOf } from '../core/registry/version-draft';

const series = { ...wavySeries(150), values: wavySeries(150).values.map((v, i) => v + ((i * 37) % 11)) };
const product = { id: '9780722532935', title: 'Alchemist, The <b>bold</b>', series, totalVolume: 1 };
const spec = { family: 'arima' as const, order: { p: 1, d: 0, q: 1 } };
const api = createRegistryApi({ native: nativeEngine });

async function registered() {
  const fit = evaluateHoldout(series, spec, nativeEngine);
  if (!fit.ok) throw new Error(fit.error.message);
  const draft = await draftFromHoldout({ product, forecast: fit.value, appVersion: '0.1.0', createdAt: new Date('2026-11-27T05:00:00Z') });
  return { fit: fit.value, draft, model: { ...draft, recordVersion: 2 as const, name: registeredModelName(product.id), version: 3 } };
}

describe('a version drafted from the lab’s holdout fit', () => {
  it('records the fit: spec, engine, data range, test window, metrics, baselines and the holdout forecast', async () => {
    const { fit, draft } = await registered();
    expect(draft).toMatchObject({ productId: product.id, family: 'arima', engine: 'native', study: null, provenance: { kind: 'trained' } });
    expect(draft.data).toMatchObject({ start: '2022-01-01', weeks: 150, fitted: { weeks: 118 } });
    expect(draft.evaluation.testWindow).toEqual({ start: '2024-04-06', end: '2024-11-09', weeks: 32 });
    expect(draft.evaluation.test.rmse).toBe(fit.metrics.rmse);
    expect(draft.evaluation.baselines.map((b) => b.name)).toEqual(['naive', 'seasonal-naive', 'mean']);
    expect(draft.forecast!.weekEnding[0]).toBe('2024-04-06');
    expect(draft.forecast!.mean).toEqual(fit.mean);
    expect(draft.io).toEqual({ frequency: 'weekly', weekEndingDay: 6, horizon: 32, units: 'units sold' });
  });

  it('records a long history fitted on its latest 260 weeks as fitted from there, with the test window after them', async () => {
    const long = { ...wavySeries(400), values: wavySeries(400).values.map((v, i) => v + ((i * 37) % 11)) };
    const fit = evaluateHoldout(long, spec, nativeEngine);
    if (!fit.ok) throw new Error(fit.error.message);
    const draft = await draftFromHoldout({
      product: { ...product, series: long },
      forecast: fit.value,
      appVersion: '0.1.0',
      createdAt: new Date('2026-11-27T05:00:00Z'),
    });
    // Weeks 108 … 367 fitted (2024-01-27 … 2029-01-13), 368 … 399 tested.
    expect(draft.data).toMatchObject({ weeks: 400, fitted: { start: '2024-01-27', end: '2029-01-13', weeks: 260 } });
    expect(draft.evaluation.testWindow).toMatchObject({ start: '2029-01-20', weeks: 32 });
    expect(draft.forecast!.weekEnding[0]).toBe('2029-01-20');
  });

  it('weekdays: 2022-01-01 is a Saturday, 1990-01-03 a Wednesday', () => {
    expect([weekdayOf('2022-01-01'), weekdayOf('1990-01-03'), weekdayOf('1970-01-01')]).toEqual([6, 3, 4]);
  });

  it('exported and imported, it forecasts the recorded numbers from its native state without a refit', async () => {
    const { model } = await registered();
    const text = await exportModelsJson([{ model, series: null }], { includeSeries: false, appVersion: '0.1.0', exportedAt: new Date() });
    const read = await api.readModelFile(new Blob([text]), 'm.json', '2026-11-27T06:00:00.000Z');
    if (!read.ok || !read.value.ok) throw new Error('import failed');
    const { draft, series: carried } = read.value.value[0]!;
    expect(draft.productTitle).toBe('Alchemist, The <b>bold</b>');
    const plan = planImportedForecast(draft, carried);
    expect(plan.kind).toBe('state');
    if (plan.kind === 'none') return;
    const f = api.forecastPlanned(plan);
    if (!f.ok) throw new Error(f.error.message);
    expect(checkRefitForecast(draft.forecast!, f.value.mean, 1e-12)).toMatchObject({ ok: true });
  });

  it('without engine state, it is refitted on its recorded series up to where its forecast starts, and matches', async () => {
    const { model } = await registered();
    const stateless = { ...model, fitted: { ...model.fitted!, state: null } };
    const imported = await importModelsJson(
      await exportModelsJson([{ model: stateless, series }], { includeSeries: true, appVersion: '0.1.0', exportedAt: new Date() }),
      'm.json',
      new Date(),
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const plan = planImportedForecast(imported.value[0]!.draft, imported.value[0]!.series);
    expect(plan).toMatchObject({ kind: 'refit', engine: 'native', horizon: 32 });
    if (plan.kind !== 'refit') return;
    expect(plan.train).toEqual(series.values.slice(0, 118));
    const f = api.forecastPlanned(plan);
    if (!f.ok) throw new Error(f.error.message);
    expect(checkRefitForecast(stateless.forecast!, f.value.mean, 1e-9)).toMatchObject({ ok: true });
  });

  it('without state or series it cannot be recomputed, and says why', async () => {
    const { model } = await registered();
    expect(planImportedForecast({ ...model, fitted: null }, null)).toEqual({
      kind: 'none',
      reason: 'the file has neither the training series nor engine state to forecast from',
    });
  });

  it('a garbled engine state is refused as a value, not a crash', () => {
    expect(api.forecastPlanned({ kind: 'state', state: { model: {} }, horizon: 4 })).toMatchObject({ ok: false, error: { code: 'forecast-rejected' } });
  });

  it('a file over the size limit is refused by its size before it is read', async () => {
    const huge = { size: 100 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    const r = await api.readModelFile(huge, 'big.json', '2026-11-27T06:00:00.000Z');
    expect(r).toMatchObject({ ok: true, value: { ok: false, error: { code: 'too-large' } } });
  });
});
