import { describe, expect, it } from 'vitest';
import { HOLDOUT_EXTRAS } from '../../test/holdout-extras';
import type { HoldoutForecast } from '../../core/model/holdout';
import { forecastChart, niceStep } from './forecast-chart';

const values = [...Array.from({ length: 60 }, (_, i) => 100 + (i % 5)), 90, 95, 100, 105];
const forecast: HoldoutForecast = {
  spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
  engine: 'wasm',
  trainLength: 60,
  actual: [90, 95, 100, 105],
  mean: [100, 100, 100, 100],
  se: [5, 5, 5, 5],
  interval80: { lower: [94, 94, 94, 94], upper: [106, 106, 106, 106] },
  interval95: { lower: [90, 90, 90, 90], upper: [110, 110, 110, 110] },
  ...HOLDOUT_EXTRAS,
  metrics: { ...HOLDOUT_EXTRAS.metrics, rmse: 5.6, mae: 5 },
  fitMs: 1,
};

describe('forecastChart', () => {
  it('puts the holdout on the right of the plot and the 95% band around the 80% band', () => {
    const g = forecastChart(values, '2024-01-06', forecast, 800, 300, 52);
    expect(g.holdoutX).toBeGreaterThan(64);
    expect(g.holdoutX).toBeLessThan(800 - 16);
    const ys = (path: string) => [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.min(...ys(g.band95))).toBeLessThan(Math.min(...ys(g.band80)));
    expect(ys(g.forecast).every((y) => y === ys(g.forecast)[0])).toBe(true);
    expect(g.xTicks[0]!.label).toBe('2024-03-02'); // week 8 = first shown (60 − 52)
  });

  it('draws the holdout line where the test weeks start when the fit skipped early weeks (trainStart)', () => {
    const capped = forecastChart(values, '2024-01-06', { ...forecast, trainStart: 20, trainLength: 40 }, 800, 300, 52);
    expect(capped).toEqual(forecastChart(values, '2024-01-06', forecast, 800, 300, 52));
  });

  it('chooses round tick steps', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(37_000, 5)).toBe(10_000);
  });
});
