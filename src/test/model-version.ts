// Test fixtures: a registry version with realistic fields, built around a given series.
import type { WeeklySeries } from '../core/data/types';
import { seriesDigest } from '../core/data/series-digest';
import { registeredModelName, type MetricSet, type ModelVersion } from '../core/registry/registry-types';

export const metrics = (rmse: number, extra: Partial<MetricSet> = {}): MetricSet => ({ rmse, mae: rmse * 0.8, mape: 20, smape: 18, mase: 0.9, ...extra });
/** Metrics as the engine's `accuracy()` records them, with bias, MPE and skipped zero weeks. */
export const accuracyMetrics = (rmse: number): MetricSet => ({ ...metrics(rmse), me: -1.5, mpe: null, mapeSkipped: 2 });

/** A weekly series of `n` weeks from 2022-01-01 (a Saturday) with a yearly wave. */
export function wavySeries(n: number, level = 100): WeeklySeries {
  return { start: '2022-01-01', values: Array.from({ length: n }, (_, i) => Math.round(level + 20 * Math.sin((2 * Math.PI * i) / 52))) };
}

export async function modelVersion(series: WeeklySeries, overrides: Partial<ModelVersion> = {}): Promise<ModelVersion> {
  const weeks = series.values.length;
  const productId = overrides.productId ?? '9780722532935';
  return {
    recordVersion: 2,
    name: registeredModelName(productId),
    version: 1,
    productId,
    productTitle: 'Alchemist, The',
    family: 'arima',
    spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
    engine: 'wasm',
    fitted: {
      spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
      engine: 'wasm',
      method: 'CSS-ML',
      coefficients: [
        { name: 'ar1', value: 0.5, se: 0.05 },
        { name: 'ma1', value: -0.2, se: 0.07 },
        { name: 'intercept', value: 100, se: 2 },
      ],
      covariance: null,
      sigma2: 90,
      loglik: -400,
      aic: 808,
      aicc: 808.1,
      bic: 820,
      nobs: weeks - 8,
      residuals: [1, -1, 0.5],
      converged: true,
      state: { last: [100, 101] },
    },
    data: {
      start: series.start,
      end: '2099-01-01',
      weeks,
      digest: await seriesDigest({ ...series, id: productId }),
      fitted: { start: series.start, end: '2099-01-01', weeks: weeks - 8 },
    },
    evaluation: {
      validation: metrics(9),
      test: accuracyMetrics(10),
      testWindow: { start: '2099-01-01', end: '2099-02-19', weeks: 8 },
      baselines: [{ name: 'naive', metrics: metrics(14) }],
    },
    forecast: { weekEnding: ['2030-01-05', '2030-01-12'], mean: [100, 101], lower80: [90, 91], upper80: [110, 111], lower95: [80, 81], upper95: [120, 121] },
    config: { profile: 'testing', n_trials: 50 },
    study: { key: 'study-abc', trial: 7 },
    fitMs: 120,
    searchMs: 45_000,
    createdAt: '2026-11-01T00:00:00.000Z',
    appVersion: '0.1.0',
    io: { frequency: 'weekly', weekEndingDay: 6, horizon: 32, units: 'units sold' },
    provenance: { kind: 'trained' },
    ...overrides,
  };
}
