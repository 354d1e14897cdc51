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

  it('turns an exploding fit into a failed fit with a reason instead of a forecast', () => {
    // ARIMA(1,1,2) on tuna-b1 makes the package's optimiser diverge (forecasts near 1e103).
    const r = evaluateHoldout(tuna('tuna-b1'), { family: 'arima', order: { p: 1, d: 1, q: 2 } }, arimaEngine);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('forecast-rejected');
  });

  it('reports a series too short for the holdout before fitting', () => {
    const r = evaluateHoldout({ start: '2024-01-06', values: new Array(60).fill(1) }, { family: 'arima', order: { p: 1, d: 0, q: 1 } }, arimaEngine);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('series-too-short');
  });
});
