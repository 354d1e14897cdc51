import { describe, expect, it } from 'vitest';
import { excerpt, readShared } from '../../test/shared-data';
import { importSalesCsv } from './import-dataset';

const TUNA = 'data/dominicks-tuna/long.csv';

describe('importSalesCsv on real exports', () => {
  it('turns the Dominick tuna panel into one zero-filled Wednesday series per product', () => {
    const result = importSalesCsv(readShared(TUNA), 'tuna.csv');
    if (!result.ok) throw new Error(result.error.message);
    const { products, weekEndingDay, rowsRead, rejectedCount } = result.value;
    expect(weekEndingDay).toBe(3);
    expect(rowsRead).toBe(7 * 338);
    expect(rejectedCount).toBe(0);
    expect(products).toHaveLength(7);
    const b1 = products.find((p) => p.id === 'tuna-b1')!;
    // Dominick's weeks 1..398 with 60 missing: 398 consecutive weeks, the gaps as zeros.
    expect(b1.series.start).toBe('1989-09-20');
    expect(b1.series.values).toHaveLength(398);
    expect(b1.series.values.filter((v) => v === 0)).toHaveLength(60);
    expect(b1.series.values.slice(0, 2)).toEqual([20347, 44351]);
    expect(b1.title).toBe('Canned tuna: Star Kist 6 oz');
  });

  it('keeps every unit sold: per-product totals equal the sum of the rows', () => {
    const text = excerpt('data/walmart-weekly/long.csv', ['walmart-store-01', 'walmart-store-10']);
    const result = importSalesCsv(text, 'walmart.csv');
    if (!result.ok) throw new Error(result.error.message);
    const rowsTotal = text
      .trim()
      .split('\n')
      .slice(1)
      .reduce((s, l) => s + Number(l.split(',')[3]), 0);
    const seriesTotal = result.value.products.reduce((s, p) => s + p.series.values.reduce((a, b) => a + b, 0), 0);
    expect(seriesTotal).toBeCloseTo(rowsTotal, 2);
    expect(result.value.weekEndingDay).toBe(5); // Walmart weeks end on Fridays
    expect(result.value.products.map((p) => p.series.values.length)).toEqual([143, 143]);
  });

  it('orders products by total volume, largest first', () => {
    const result = importSalesCsv(excerpt('data/uci-sales-weekly/long.csv', ['P1', 'P2', 'P3']), 'uci.csv');
    if (!result.ok) throw new Error(result.error.message);
    const totals = result.value.products.map((p) => p.totalVolume);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(result.value.weekEndingDay).toBe(6);
  });

  it('sums two rows of the same product in the same week', () => {
    const text = 'id,week_ending,volume\nA,2024-01-06,5\nA,2024-01-06,7\nA,2024-01-20,1\n';
    const result = importSalesCsv(text, 'dup.csv');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.products[0]!.series.values).toEqual([12, 0, 1]);
  });

  it('reads a file without an id column as one product named after the file', () => {
    const result = importSalesCsv('date;units\n06/01/2024;3\n13/01/2024;4\n', 'my-book.csv');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.products.map((p) => [p.id, p.series.values])).toEqual([['my-book', [3, 4]]]);
  });
});

describe('importSalesCsv on bad input', () => {
  const codeOf = (text: string) => {
    const r = importSalesCsv(text, 'x.csv');
    return r.ok ? 'ok' : r.error.code;
  };

  it('refuses an empty file', () => expect(codeOf('')).toBe('empty-file'));
  it('refuses a file of blank lines', () => expect(codeOf('\n\n  \n')).toBe('empty-file'));
  it('refuses binary content', () => expect(codeOf('PK\u0003\u0004\u0000\u0000binary')).toBe('not-csv'));
  it('refuses prose that is not a table', () => expect(codeOf('Dear reader\nthis is a letter\n')).toBe('not-csv'));
  it('refuses a header without rows', () => expect(codeOf('id,week_ending,volume\n')).toBe('no-data-rows'));
  it('refuses a table without a date column', () => expect(codeOf('id,volume\nA,3\nB,4\n')).toBe('no-date-column'));
  it('does not take a units column of five-digit numbers for Excel serial dates', () => expect(codeOf('id,units\nA,45000\nB,45123\n')).toBe('no-date-column'));
  it('refuses a table without a numeric sales column', () => expect(codeOf('id,title,week_ending\nA,x,2024-01-06\n')).toBe('no-sales-column'));

  it('names the column and row when the volume column holds text', () => {
    const r = importSalesCsv('id,week_ending,volume\nA,2024-01-06,lots\nA,2024-01-13,many\n', 'x.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('no-sales-column');
    expect(r.error.where).toEqual({ row: 2, column: 'volume' });
    expect(r.error.message).toContain('"lots"');
  });

  it('rejects single bad rows with their row numbers and keeps the rest', () => {
    const r = importSalesCsv('id,week_ending,volume\nA,2024-01-06,1\nA,2024-02-31,2\nA,2024-01-13,x\n,2024-01-13,4\nA,2024-01-20,5\n', 'x.csv');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rejected.map((x) => [x.row, x.code])).toEqual([
      [3, 'bad-date'],
      [4, 'bad-volume'],
      [5, 'missing-id'],
    ]);
    expect(r.value.products[0]!.series.values).toEqual([1, 0, 5]);
  });

  it('refuses a file where no row is usable, quoting the first bad row', () => {
    const r = importSalesCsv('id,week_ending,volume\nA,2024-01-06,\n,2024-01-13,4\n', 'x.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('no-usable-rows');
    expect(r.error.where?.row).toBe(2);
  });
});
