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
    const sales = points(c.sales), mean = points(c.future!.mean);
    expect(sales).toHaveLength(4);
    expect(sales[0]![0]).toBe(24);
    expect(mean[1]![0]).toBe(400);
    expect(mean[0]![0]).toBeGreaterThan(sales[3]![0]);
    // Higher values are drawn higher (smaller y); the top of the 95% band is the chart's top.
    expect(sales[3]![1]).toBeLessThan(sales[0]![1]);
    expect(Math.min(...points(c.future!.band95).map((p) => p[1]))).toBe(24);
    expect(Math.min(...points(c.future!.band80).map((p) => p[1]))).toBeGreaterThan(24);
  });

  it('marks the origin between the last real week and the first forecast week', () => {
    const sales = points(c.sales), mean = points(c.future!.mean);
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

  it('labels the first week shown, the last real week and the last forecast week', () => {
    expect(c.dates.map((d) => d.label)).toEqual(['2024-01-06', '2024-01-27', '2024-02-10']);
    expect(c.dates[2]!.x).toBe(400);
  });

  it('scales y to the sales, the forecast and the backtest mean; the backtest bands are clipped to it', () => {
    const wide = productChart(series, { future, backtest: { ...backtest, mean: [25, 80], lower95: [-50, -60], upper95: [35, 200] }, testWindow }, 424, 224);
    expect(wide.yMax).toBe(80);
    const ys = points(wide.backtest!.band95).map((p) => p[1]);
    // Clipped to the plot: the top at 80 (y = 24) and the bottom at 0 (y = 200), never beyond.
    expect(Math.min(...ys)).toBe(24);
    expect(Math.max(...ys)).toBe(200);
  });

  it('draws a product without a model as sales alone', () => {
    const bare = productChart(series, { future: null, backtest: null, testWindow: null }, 424, 224);
    expect([bare.future, bare.backtest, bare.testWindow, bare.originX]).toEqual([null, null, null, null]);
    expect(points(bare.sales).at(-1)![0]).toBe(400);
    expect(bare.dates.map((d) => d.label)).toEqual(['2024-01-06', '2024-01-27']);
  });

  it('draws a backtest without a future forecast (versions stored before it existed)', () => {
    const old = productChart(series, { future: null, backtest, testWindow }, 424, 224);
    expect(old.future).toBeNull();
    expect(xs(old.backtest!.mean).at(-1)).toBe(400);
  });
});
