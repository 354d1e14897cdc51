import { describe, expect, it } from 'vitest';
import { catalogueRows, searchRows, sortRows, sumAhead, weeklyTotals, type CatalogueSource } from './catalogue-forecast';
import { futureFixture as future } from '../../test/future-forecast';

const ones = (n: number, v = 1) => Array.from({ length: n }, () => v);

describe('sumAhead', () => {
  it('sums the first 4, 13 and 52 weekly means', () => {
    const mean = Array.from({ length: 52 }, (_, i) => i + 1);
    expect(sumAhead(mean, 4)).toBe(10);
    expect(sumAhead(mean, 13)).toBe(91);
    expect(sumAhead(mean, 52)).toBe(1378);
  });
  it('is null when the forecast covers fewer weeks than the window (no partial sum)', () => {
    expect(sumAhead([1, 2, 3], 4)).toBeNull();
  });
});

describe('catalogueRows', () => {
  const sources: CatalogueSource[] = [
    { productId: 'b', productTitle: 'Beta', version: 2, future: future('2024-01-06', ones(52, 2)) },
    { productId: 'a', productTitle: 'Alpha', version: 1 },
    { productId: 'c', productTitle: 'Gamma', version: 3, future: future('2024-01-13', ones(13, 5), true) },
  ];
  const rows = catalogueRows(sources);

  it('gives each champion its sums, first week and truncation, in id order', () => {
    expect(rows.map((r) => r.productId)).toEqual(['a', 'b', 'c']);
    expect(rows[1]).toMatchObject({ title: 'Beta', firstWeek: '2024-01-06', next4: 8, next13: 26, next52: 104, truncatedAtZero: false });
    expect(rows[2]).toMatchObject({ next4: 20, next13: 65, next52: null, truncatedAtZero: true });
  });
  it('marks a version without a future forecast (stored before it existed) with nulls', () => {
    expect(rows[0]).toMatchObject({ firstWeek: null, next4: null, next13: null, next52: null, future: null });
  });
  it('sorts by any column either way, products without a forecast last', () => {
    expect(sortRows(rows, { key: 'next4', descending: true }).map((r) => r.productId)).toEqual(['c', 'b', 'a']);
    expect(sortRows(rows, { key: 'next4', descending: false }).map((r) => r.productId)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, { key: 'title', descending: true }).map((r) => r.productId)).toEqual(['c', 'b', 'a']);
    expect(sortRows(rows, { key: 'firstWeek', descending: false }).map((r) => r.productId)).toEqual(['b', 'c', 'a']);
  });
  it('searches ids and titles, ignoring case', () => {
    expect(searchRows(rows, 'GAM').map((r) => r.productId)).toEqual(['c']);
    expect(searchRows(rows, ' b ').map((r) => r.productId)).toEqual(['b']);
    expect(searchRows(rows, '')).toHaveLength(3);
  });
  it('handles thousands of products quickly', () => {
    const base = future('2024-01-06', ones(52));
    const many = Array.from({ length: 5000 }, (_, i) => ({
      productId: `p${i}`,
      productTitle: `Title ${i}`,
      version: 1,
      future: { ...base, table: { ...base.table, mean: ones(52, i) } },
    }));
    const t0 = performance.now();
    const sorted = sortRows(searchRows(catalogueRows(many), 'title'), { key: 'next52', descending: true });
    expect(sorted[0]!.productId).toBe('p4999');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('weeklyTotals', () => {
  it('adds the selected products week by week and counts who covers each week', () => {
    const totals = weeklyTotals([future('2024-01-06', [1, 2, 3]), future('2024-01-13', [10, 20, 30])]);
    expect(totals).toEqual([
      { weekEnding: '2024-01-06', mean: 1, products: 1 },
      { weekEnding: '2024-01-13', mean: 12, products: 2 },
      { weekEnding: '2024-01-20', mean: 23, products: 2 },
      { weekEnding: '2024-01-27', mean: 30, products: 1 },
    ]);
  });
  it('is empty for an empty selection', () => {
    expect(weeklyTotals([])).toEqual([]);
  });
});
