import { describe, expect, it } from 'vitest';
import { productChart } from './product-chart';

const points = (s: string) => s.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
const xs = (s: string) => points(s).map((p) => p[0]);

describe('the product chart', () => {
  // Four real weeks (Saturdays), a backtest of the last two, a future forecast of the next two.
  const series = { start: '2024-01-06', values: [10, 20, 30, 40] };
  const future = { weekEnding: ['2024-02-03', '2024-02-10'], mean: [40, 40], lower80: [30, 25], upper80: [50, 55], lower95: [20, 10], upper95: [60, 70] };
  const backtest = { weekEnding: ['2024-01-20', '2024-01-27'], mean: [25, 28], lower80: [20, 22], upper80: [30, 34], lower95: [15, 16], upper95: [35, 40] };
  const testWindow = { start: '2024-01-20', end: '2024-01-27', weeks: 2 };
  const c = productChart(series, { future, backtest, testWindow }, 424, 224);

  it('draws sales then the future forecast to their right, the 95% band around the 80% band', () => {
    const sales = points(c.sales),
      mean = points(c.future!.mean);
    expect(sales).toHaveLength(4);
    expect(sales[0]![0]).toBe(c.plot.x0);
    expect(mean[1]![0]).toBe(c.plot.x1);
    expect(mean[0]![0]).toBeGreaterThan(sales[3]![0]);
    // Higher values are drawn higher (smaller y); the top of the 95% band is the chart's top.
    expect(sales[3]![1]).toBeLessThan(sales[0]![1]);
    expect(Math.min(...points(c.future!.band95).map((p) => p[1]))).toBeGreaterThanOrEqual(c.plot.y0);
    expect(Math.min(...points(c.future!.band80).map((p) => p[1]))).toBeGreaterThan(Math.min(...points(c.future!.band95).map((p) => p[1])));
  });

  it('marks the origin between the last real week and the first forecast week', () => {
    const sales = points(c.sales),
      mean = points(c.future!.mean);
    expect(c.originX).toBeGreaterThan(sales[3]![0]);
    expect(c.originX).toBeLessThan(mean[0]![0]);
  });

  it('draws the backtest over the test weeks of the history, not after it', () => {
    const sales = xs(c.sales);
    expect(xs(c.backtest!.mean)).toEqual([sales[2], sales[3]]);
    expect(Math.max(...xs(c.backtest!.band95))).toBe(sales[3]);
  });

  it('shades the test window over its weeks', () => {
    const sales = points(c.sales);
    expect(c.testWindow!.x).toBeLessThan(sales[2]![0]);
    expect(c.testWindow!.x + c.testWindow!.width).toBeGreaterThan(sales[3]![0]);
  });

  it('labels the weeks with month ticks and the values with unit-sales ticks from zero (not just "max")', () => {
    expect(c.xTicks.map((t) => t.label)).toEqual(['Feb 2024']);
    expect(c.yTicks[0]!.label).toBe('0');
    expect(c.yTicks.at(-1)!.label).toBe('80');
    expect(c.yTitle).toBe('units sold');
  });

  it('labels a long history by quarter, fewer ticks on a phone-width chart', () => {
    const long = { start: '2022-01-01', values: Array.from({ length: 104 }, (_, i) => 40_000 + 50 * i) };
    const wide = productChart(long, { future: null, backtest: null, testWindow: null }, 720, 260);
    const narrow = productChart(long, { future: null, backtest: null, testWindow: null }, 340, 260);
    expect(wide.xTicks.map((t) => t.label)).toEqual(['Jan 2022', 'Apr', 'Jul', 'Oct', 'Jan 2023', 'Apr', 'Jul', 'Oct']);
    expect(narrow.xTicks.length).toBeLessThanOrEqual(4);
    expect(wide.yTicks.map((t) => t.label)).toEqual(['0', '10,000', '20,000', '30,000', '40,000', '50,000']);
  });

  it('reads out each week: its sales, the backtest beside them, then the forecast ahead with its bands', () => {
    expect(c.points.map((p) => p.text)).toEqual([
      'Week ending 6 Jan 2024: 10 units sold',
      'Week ending 13 Jan 2024: 20 units sold',
      'Week ending 20 Jan 2024: 30 units sold; backtest forecast 25.0',
      'Week ending 27 Jan 2024: 40 units sold; backtest forecast 28.0',
      'Week ending 3 Feb 2024: forecast 40.0 units (80%: 30.0 – 50.0; 95%: 20.0 – 60.0)',
      'Week ending 10 Feb 2024: forecast 40.0 units (80%: 25.0 – 55.0; 95%: 10.0 – 70.0)',
    ]);
  });

  it('draws a product without a model as sales alone', () => {
    const bare = productChart(series, { future: null, backtest: null, testWindow: null }, 424, 224);
    expect([bare.future, bare.backtest, bare.testWindow, bare.originX]).toEqual([null, null, null, null]);
    expect(points(bare.sales).at(-1)![0]).toBe(bare.plot.x1);
    expect(bare.points).toHaveLength(4);
  });

  it('draws a backtest without a future forecast (versions stored before it existed)', () => {
    const old = productChart(series, { future: null, backtest, testWindow }, 424, 224);
    expect(old.future).toBeNull();
    expect(xs(old.backtest!.mean).at(-1)).toBe(old.plot.x1);
  });
});
