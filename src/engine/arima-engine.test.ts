import { describe, expect, it } from 'vitest';
import { importSalesCsv } from '../core/data/import-dataset';
import { evaluateHoldout } from '../core/model/holdout';
import { pointMetrics } from '../core/model/metrics';
import { readShared } from '../test/shared-data';
import { arimaEngine } from './arima-engine';

function tuna(id: string) {
  const r = importSalesCsv(readShared('data/dominicks-tuna/long.csv'), 'tuna.csv');
  if (!r.ok) throw new Error(r.error.message);
  return r.value.products.find((p) => p.id === id)!.series;
}

describe('arima engine through evaluateHoldout', () => {
  it('forecasts the last 32 weeks of a real series with intervals that widen around the mean', () => {
    const series = tuna('tuna-b1');
    const r = evaluateHoldout(series, { family: 'arima', order: { p: 1, d: 0, q: 1 } }, arimaEngine);
    if (!r.ok) throw new Error(r.error.message);
    const f = r.value;
    expect(f.trainLength).toBe(398 - 32);
    expect(f.actual).toEqual(series.values.slice(-32));
    expect(f.mean).toHaveLength(32);
    expect(f.metrics).toEqual(pointMetrics(f.actual, f.mean));
    // A stationary ARMA's forecast settles near the training mean (about 15,000 cans a week).
    expect(f.mean[31]).toBeGreaterThan(5_000);
    expect(f.mean[31]).toBeLessThan(30_000);
    for (let i = 0; i < 32; i++) {
      expect(f.interval95.lower[i]).toBeLessThan(f.interval80.lower[i]!);
      expect(f.interval80.lower[i]).toBeLessThan(f.mean[i]!);
      expect(f.interval95.upper[i]).toBeGreaterThan(f.interval80.upper[i]!);
    }
  });

  it('fits ARIMA(1,1,2) on tuna-b1 without diverging (the L-BFGS default explodes to 1e103; we use BFGS)', () => {
    const r = evaluateHoldout(tuna('tuna-b1'), { family: 'arima', order: { p: 1, d: 1, q: 2 } }, arimaEngine);
    if (!r.ok) throw new Error(r.error.message);
    expect(Math.max(...r.value.mean.map(Math.abs))).toBeLessThan(200_000);
  });

  it('reports a series too short for the holdout before fitting', () => {
    const r = evaluateHoldout({ start: '2024-01-06', values: new Array(60).fill(1) }, { family: 'arima', order: { p: 1, d: 0, q: 1 } }, arimaEngine);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('series-too-short');
  });
});

describe('arima engine with Fourier regressors', () => {
  it('follows the yearly cycle: ARIMA(1,0,1)+Fourier(K=3) on tuna-b1 is close to R', () => {
    const fits = JSON.parse(readShared('fixtures/r-arima/fits.json')) as {
      cases: { name: string; forecast: { mean: number[] }; series: number[] }[];
    };
    const r = fits.cases.find((c) => c.name === 'tuna-b1 ARIMA(1,0,1)+fourier(K=3) CSS-ML')!;
    const spec = { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 3, period: 52 } as const;
    const result = arimaEngine.fitAndForecast(r.series, spec, 32);
    if (!result.ok) throw new Error(result.error.message);
    const scale = Math.max(...r.series) - Math.min(...r.series);
    const worst = Math.max(...result.value.mean.map((m, i) => Math.abs(m - r.forecast.mean[i]!)));
    expect(worst / scale).toBeLessThan(0.01);
  });
});
