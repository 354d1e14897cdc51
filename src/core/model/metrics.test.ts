import { describe, expect, it } from 'vitest';
import { readShared } from '../../test/shared-data';
import { accuracy, maseScale, pointMetrics } from './metrics';
import { baselineForecast } from './baselines';

interface MetricsCase {
  name: string;
  frequency: number;
  train: number[];
  test: number[];
  forecast_mean: number[];
  mase_scale: number;
  test_set: Record<'ME' | 'RMSE' | 'MAE' | 'MPE' | 'MAPE' | 'MASE', number>;
}
const cases = (JSON.parse(readShared('fixtures/r-arima/metrics.json')) as { cases: MetricsCase[] }).cases;
const relative = (a: number | null, b: number) => Math.abs(a! - b) / Math.abs(b);

describe('accuracy', () => {
  it.each(cases.map((c) => [c.name, c] as const))('matches forecast::accuracy() test-set metrics on %s to 1e-9', (_name, c) => {
    const m = accuracy(c.test, c.forecast_mean, c.train, c.frequency);
    expect(relative(maseScale(c.train, c.frequency), c.mase_scale)).toBeLessThan(1e-9);
    expect(relative(m.me, c.test_set.ME)).toBeLessThan(1e-9);
    expect(relative(m.rmse, c.test_set.RMSE)).toBeLessThan(1e-9);
    expect(relative(m.mae, c.test_set.MAE)).toBeLessThan(1e-9);
    expect(relative(m.mpe, c.test_set.MPE)).toBeLessThan(1e-9);
    expect(relative(m.mape, c.test_set.MAPE)).toBeLessThan(1e-9);
    expect(relative(m.mase, c.test_set.MASE)).toBeLessThan(1e-9);
    expect(m.mapeSkipped).toBe(0);
  });

  it('skips weeks with zero sales in MAPE and says how many', () => {
    const m = accuracy([0, 10, 0, 20], [5, 12, 1, 15], [1, 2, 3, 4], 1);
    expect(m.mapeSkipped).toBe(2);
    expect(m.mape).toBeCloseTo((20 + 25) / 2, 12);
    expect(m.smape).toBeCloseTo((200 + (200 * 2) / 22 + 200 + (200 * 5) / 35) / 4, 12);
    expect(accuracy([0, 0], [1, 1], [1, 2], 1).mape).toBeNull();
  });

  it('refuses series of different lengths (a programming error)', () => {
    expect(() => pointMetrics([1, 2], [1])).toThrow(/equal/);
  });
});

describe('baselines', () => {
  const train = [1, 2, 3, 4, 5, 6, 7, 8];
  it('naive repeats the last week, with se growing as √h', () => {
    const f = baselineForecast('naive', train, 3, 4);
    expect(f.mean).toEqual([8, 8, 8]);
    expect(f.se).toEqual([1, Math.sqrt(2), Math.sqrt(3)]);
  });
  it('seasonal naive repeats the last season', () => {
    expect(baselineForecast('seasonal-naive', train, 6, 4).mean).toEqual([5, 6, 7, 8, 5, 6]);
    expect(baselineForecast('seasonal-naive', train, 6, 4).se).toEqual([4, 4, 4, 4, 4 * Math.SQRT2, 4 * Math.SQRT2]);
  });
  it('mean forecasts the training mean', () => expect(baselineForecast('mean', train, 2, 4).mean).toEqual([4.5, 4.5]));
});
