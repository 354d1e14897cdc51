import { describe, expect, it } from 'vitest';
import { DEFAULT_PREPARE, ORIGINAL_PRESET } from './prepare';
import { activeFilters, clearedFilter, filterLabel, filterNotes, noProductsMessage } from './filter-notes';

describe('why products were filtered out', () => {
  const original = { ...DEFAULT_PREPARE, ...ORIGINAL_PRESET };

  it("names the original preset's still-selling filter and where the data ends (0 kept of 55)", () => {
    const notes = filterNotes([{ filter: 'stillSellingAfter', removed: 55 }], original, { first: '1989-09-20', last: '1997-04-30' });
    expect(notes).toEqual([
      { filter: 'stillSellingAfter', text: '“Still selling after 2024-07-01” removed 55 products: no sale on or after that date (the data ends 1997-04-30).' },
    ]);
  });

  it('names the date range with its bounds, and says nothing when no filter removed anything', () => {
    expect(filterNotes([{ filter: 'dateRange', removed: 1 }], original, null)[0]!.text).toBe(
      'The date range (from 2012-01-01) removed 1 product: no rows inside it.',
    );
    expect(filterNotes([], original, null)).toEqual([]);
    expect(filterNotes(undefined, original, null)).toEqual([]);
  });

  it('clears one filter and leaves the others', () => {
    expect(clearedFilter(original, 'stillSellingAfter')).toEqual({ ...original, stillSellingAfter: null });
    expect(clearedFilter(original, 'dateRange')).toMatchObject({ from: null, to: null, stillSellingAfter: '2024-07-01' });
  });

  it('says, when no product is left, which filter removed them, and lists the filters that can be cleared', () => {
    expect(noProductsMessage([{ filter: 'stillSellingAfter', removed: 55 }], original, { first: '1989-09-20', last: '1997-04-30' })).toBe(
      'No product is left after the filters. “Still selling after 2024-07-01” removed 55 products: no sale on or after that date (the data ends 1997-04-30). No dataset was stored and the one before stays open: clear a filter or loosen it and apply again.',
    );
    expect(activeFilters(original)).toEqual(['stillSellingAfter', 'dateRange']);
    expect(activeFilters(DEFAULT_PREPARE)).toEqual([]);
    expect(activeFilters(original).map((f) => filterLabel(f, original))).toEqual(['Still selling after 2024-07-01', 'From 2012-01-01']);
  });
});
