import { describe, expect, it } from 'vitest';
import { HOLDOUT_EXTRAS } from '../../test/holdout-extras';
import type { HoldoutForecast } from '../../core/model/holdout';
import { forecastChart } from './forecast-chart';

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
    // Week 8 (2 Mar 2024) is the first shown (60 − 52): ticks every other month from May.
    expect(g.xTicks.map((t) => t.label)).toEqual(['May 2024', 'Jul', 'Sep', 'Nov', 'Jan 2025', 'Mar']);
    expect(g.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100', '120']);
  });

  it('draws the holdout line where the test weeks start when the fit skipped early weeks (trainStart)', () => {
    const capped = forecastChart(values, '2024-01-06', { ...forecast, trainStart: 20, trainLength: 40 }, 800, 300, 52);
    expect(capped).toEqual(forecastChart(values, '2024-01-06', forecast, 800, 300, 52));
  });

  it('shows fewer date ticks on a phone-width chart, with the same text', () => {
    const narrow = forecastChart(values, '2024-01-06', forecast, 340, 300, 52);
    expect(narrow.xTicks.length).toBeLessThanOrEqual(4);
    expect(narrow.xTicks.length).toBeGreaterThanOrEqual(2);
  });

  it('reads out every week shown: sales before the test weeks, actual and forecast with its intervals in them', () => {
    const g = forecastChart(values, '2024-01-06', forecast, 800, 300, 52);
    expect(g.points).toHaveLength(56);
    expect(g.points[0]!.text).toBe('Week ending 2 Mar 2024: 103 units sold');
    expect(g.points.at(-1)!.text).toBe('Week ending 22 Mar 2025 (held out): 105 units sold; forecast 100.0 (80%: 94.0 – 106.0; 95%: 90.0 – 110.0)');
    expect(g.points.map((p) => p.x)).toEqual([...g.points.map((p) => p.x)].sort((a, b) => a - b));
  });
});

describe('forecastChart y axis (issue 14)', () => {
  it('never labels a tick "-0" when the 95% band dips below zero, and names its unit', () => {
    const dips: HoldoutForecast = { ...forecast, interval95: { lower: [-30, -30, -30, -30], upper: [1020, 1020, 1020, 1020] } };
    const g = forecastChart(values, '2024-01-06', dips, 800, 300, 52);
    expect(g.yTicks.map((t) => t.label)).not.toContain('-0');
    expect(g.yTicks[0]!.label).toBe('0');
    expect(g.yTitle).toBe('units sold');
  });
});
