import { describe, expect, it } from 'vitest';
import { productChart } from './product-chart';

const points = (s: string) => s.split(' ').map((p) => p.split(',').map(Number) as [number, number]);

describe('the product chart', () => {
  const series = { start: '2024-01-06', values: [10, 20, 30, 40] };
  const forecast = { weekEnding: ['2024-02-03', '2024-02-10'], mean: [40, 40], lower80: [30, 25], upper80: [50, 55], lower95: [20, 10], upper95: [60, 70] };
  const c = productChart(series, forecast, { start: '2024-01-20', end: '2024-01-27', weeks: 2 }, 424, 224);

  it('draws sales then the forecast to their right, the 95% band around the 80% band', () => {
    const sales = points(c.sales), mean = points(c.forecast);
    expect(sales).toHaveLength(4);
    expect(sales[0]![0]).toBe(24);
    expect(mean[1]![0]).toBe(400);
    expect(mean[0]![0]).toBeGreaterThan(sales[3]![0]);
    // Higher values are drawn higher (smaller y); the top of the 95% band is the chart's top.
    expect(sales[3]![1]).toBeLessThan(sales[0]![1]);
    expect(Math.min(...points(c.band95).map((p) => p[1]))).toBe(24);
    expect(Math.min(...points(c.band80).map((p) => p[1]))).toBeGreaterThan(24);
  });

  it('shades the test window over its weeks', () => {
    const sales = points(c.sales);
    expect(c.testWindow!.x).toBeLessThan(sales[2]![0]);
    expect(c.testWindow!.x + c.testWindow!.width).toBeGreaterThan(sales[3]![0]);
  });

  it('draws a product without a model as sales alone', () => {
    const bare = productChart(series, null, null, 424, 224);
    expect([bare.forecast, bare.band80, bare.testWindow]).toEqual(['', '', null]);
    expect(points(bare.sales).at(-1)![0]).toBe(400);
  });
});
