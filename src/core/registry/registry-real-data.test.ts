// The registry's promises on a real series (Walmart store 1, 143 weeks) with the real WASM engine.
import { describe, expect, it, vi } from 'vitest';
import { arimaEngine } from '../../engine/arima-engine';
import { excerpt } from '../../test/shared-data';
import { importSalesCsv } from '../data/import-dataset';
import type { WeeklySeries } from '../data/types';
import { checkRefitForecast } from '../exchange/forecast-table';
import { forecastTable } from './forecast-table';
import { exportModelsJson, importModelsJson } from '../exchange/model-json';
import { pointMetrics } from '../model/metrics';
import type { ModelSpec } from '../model/spec';
import type { ChampionForecaster } from './recent-performance';
import { registeredModelName, type ModelVersion } from './registry-types';
import { decideForProduct } from './retrain-plan';
import { DEFAULT_RETRAIN_POLICY } from './retrain-policy';
import { trainingDataOf, weekRange } from './training-data';

const full = (() => {
  const r = importSalesCsv(excerpt('data/walmart-weekly/long.csv', ['walmart-store-01']), 'walmart.csv');
  if (!r.ok) throw new Error(r.error.message);
  return r.value.products[0]!.series;
})();
const old: WeeklySeries = { start: full.start, values: full.values.slice(0, full.values.length - 4) };
// ARIMA(1,0,1) does not converge on 113 weeks of this store (status 4), so the engine refuses it.
const spec: ModelSpec = { family: 'arima', order: { p: 2, d: 1, q: 2 } };
const HOLDOUT = 26;

/** The only place that knows the engine's API. */
function forecastWith(train: readonly number[], horizon: number): { mean: number[]; se: number[] } {
  const r = arimaEngine.fit(train, spec, horizon);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.forecast;
}

/** What a run would register: holdout metrics, and a forecast from a fit on the whole series. */
async function championOn(series: WeeklySeries): Promise<ModelVersion> {
  const n = series.values.length;
  const holdout = forecastWith(series.values.slice(0, n - HOLDOUT), HOLDOUT);
  const ahead = forecastWith(series.values, 8);
  const test = { ...pointMetrics(series.values.slice(n - HOLDOUT), holdout.mean), mape: null, smape: null, mase: null };
  return {
    recordVersion: 2,
    name: registeredModelName('walmart-store-01'),
    version: 1,
    productId: 'walmart-store-01',
    productTitle: 'Walmart store 1',
    family: 'arima',
    spec,
    engine: 'wasm',
    fitted: null,
    data: await trainingDataOf('walmart-store-01', series, n - HOLDOUT),
    evaluation: { validation: null, test, testWindow: weekRange(series.start, n - HOLDOUT, HOLDOUT), baselines: [] },
    forecast: forecastTable(series.start, n, ahead.mean, ahead.se),
    config: {},
    study: null,
    fitMs: 10,
    searchMs: 1234,
    createdAt: '2026-11-27T00:00:00.000Z',
    appVersion: '0.1.0',
    io: { frequency: 'weekly', weekEndingDay: 5, horizon: 8, units: 'dollars' },
    provenance: { kind: 'trained' },
  };
}

const refitForecaster: ChampionForecaster = async (_model, history, horizon) => forecastWith(history.values, horizon).mean;

describe('registry on a real series with the real engine', () => {
  const policy = { ...DEFAULT_RETRAIN_POLICY, performanceThreshold: 0.1 };
  const now = new Date('2026-11-27T06:00:00Z');

  it('the same data again: reused without running the engine, crediting the search time', async () => {
    const champion = await championOn(old);
    const forecaster = vi.fn(refitForecaster);
    const { decision, record } = await decideForProduct({
      productId: 'walmart-store-01',
      series: old,
      champion: { kind: 'present', model: champion },
      policy,
      now,
      forecaster,
    });
    expect([decision.reason, record.savedMs]).toEqual(['model_still_valid', 1234]);
    expect(forecaster).not.toHaveBeenCalled();
  });

  it('four real weeks appended: the champion is judged on exactly those weeks, from where its data ended', async () => {
    const champion = await championOn(old);
    const { decision } = await decideForProduct({
      productId: 'walmart-store-01',
      series: full,
      champion: { kind: 'present', model: champion },
      policy,
      now,
      forecaster: refitForecaster,
    });
    const recent = pointMetrics(full.values.slice(-4), forecastWith(old.values, 4).mean).rmse;
    expect(decision.numbers).toMatchObject({ dataChange: 'appended', newWeeks: 4, recentRmse: recent, recordedRmse: champion.evaluation.test.rmse });
    const degraded = (recent - champion.evaluation.test.rmse) / champion.evaluation.test.rmse > 0.1;
    expect(decision.decision).toBe(degraded ? 'retrain' : 'reuse');
  });

  it('one past week revised: data_revised, and the engine is not run', async () => {
    const champion = await championOn(old);
    const revised = { start: full.start, values: full.values.map((v, i) => (i === 40 ? v + 1 : v)) };
    const forecaster = vi.fn(refitForecaster);
    const { decision } = await decideForProduct({
      productId: 'walmart-store-01',
      series: revised,
      champion: { kind: 'present', model: champion },
      policy,
      now,
      forecaster,
    });
    expect(decision).toMatchObject({ decision: 'retrain', reason: 'data_revised' });
    expect(forecaster).not.toHaveBeenCalled();
  });

  it('export → import → refit with the recorded spec on the recorded series gives the recorded forecast', async () => {
    const champion = await championOn(old);
    const text = await exportModelsJson([{ model: champion, series: old }], { includeSeries: true, appVersion: '0.1.0', exportedAt: now });
    const r = await importModelsJson(text, 'walmart.json', now);
    if (!r.ok) throw new Error(r.error.message);
    const { draft, series } = r.value[0]!;
    expect(draft.spec).toEqual(spec);
    const refit = forecastWith(series!.values, draft.forecast!.mean.length);
    expect(checkRefitForecast(draft.forecast!, refit.mean, 1e-9)).toMatchObject({ ok: true });
    // The recorded series ends 2012-09-28 (four weeks before the file's last, 2012-10-26).
    expect(draft.forecast!.weekEnding[0]).toBe('2012-10-05');
  });
});
