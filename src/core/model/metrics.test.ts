import { describe, expect, it } from 'vitest';
import { readShared } from '../../test/shared-data';
import { pointMetrics } from './metrics';

interface MetricsCase {
  name: string;
  test: number[];
  forecast_mean: number[];
  test_set: { RMSE: number; MAE: number };
}
const cases = (JSON.parse(readShared('fixtures/r-arima/metrics.json')) as { cases: MetricsCase[] }).cases;

describe('pointMetrics', () => {
  it.each(cases.map((c) => [c.name, c] as const))('matches forecast::accuracy() on %s to 1e-9', (_name, c) => {
    const m = pointMetrics(c.test, c.forecast_mean);
    expect(Math.abs(m.rmse - c.test_set.RMSE) / c.test_set.RMSE).toBeLessThan(1e-9);
    expect(Math.abs(m.mae - c.test_set.MAE) / c.test_set.MAE).toBeLessThan(1e-9);
  });

  it('refuses series of different lengths (a programming error)', () => {
    expect(() => pointMetrics([1, 2], [1])).toThrow(/equal/);
  });
});
