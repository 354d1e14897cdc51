import { describe, expect, it } from 'vitest';
import { expectedSalesOn, futureDigest, futureForecast } from './future-forecast';

const series = { start: '2024-01-06', values: [5, 3, 0, 4, 2, 6] };

describe('futureForecast', () => {
  it('starts the week after the last real week and says when it set negative numbers to zero', () => {
    const f = futureForecast({ series, fittedFrom: 2, mean: [3, -0.5], se: [1, 3], model: null, createdAt: new Date('2026-12-02T00:00:00Z') });
    expect(f.origin).toBe('2024-02-10');
    expect(f.table.weekEnding).toEqual(['2024-02-17', '2024-02-24']);
    expect(f.table.mean).toEqual([3, 0]);
    expect(f.table.lower95[1]).toBe(0);
    expect(f.table.upper95[1]).toBeCloseTo(-0.5 + 1.959963984540054 * 3, 12);
    expect(f.truncatedAtZero).toBe(true);
    expect(f.fittedWeeks).toEqual({ start: '2024-01-20', end: '2024-02-10', weeks: 4 });
  });
  it('leaves a series that can go negative (profit, change) as it is', () => {
    const f = futureForecast({ series: { ...series, values: [5, -3, 2] }, fittedFrom: 0, mean: [-1], se: [1], model: null, createdAt: new Date() });
    expect(f.table.mean).toEqual([-1]);
    expect(f.truncatedAtZero).toBe(false);
  });
  it('answers "expected sales in the week ending …" for a week it covers, and null otherwise', () => {
    const f = futureForecast({ series, fittedFrom: 0, mean: [3, 4], se: [1, 1], model: null, createdAt: new Date() });
    expect(expectedSalesOn(f, '2024-02-24')?.mean).toBe(4);
    expect(expectedSalesOn(f, '2024-03-02')).toBeNull();
  });
  it('knows the data its forecast was made from: the recorded digest, else (made at training) the version’s', () => {
    const f = futureForecast({ series, fittedFrom: 0, mean: [3], se: [1], model: null, createdAt: new Date() });
    expect(f.seriesDigest).toBeUndefined();
    expect(futureDigest({ data: { digest: 'trained' }, future: f })).toBe('trained');
    expect(futureDigest({ data: { digest: 'trained' }, future: { ...f, seriesDigest: 'refit' } })).toBe('refit');
    expect(futureDigest({ data: { digest: 'trained' } })).toBeNull();
  });
});
