import { describe, expect, it } from 'vitest';
import { BOOKSCAN_HEADER, bookScanCsv, dmy, mdy, panelRows } from '../../test/bookscan';
import { excerpt } from '../../test/shared-data';
import { parseDay } from './dates';
import { readHead } from './file-head';
import { TableReader } from './table-reader';

const TODAY = parseDay('2026-11-27')!;
const UCI = 'data/uci-sales-weekly/long.csv';

/** The worker's path in one call: head → mapping → streamed in chunks of `chunk` characters. */
function importText(text: string, name: string, chunk = 1 << 20) {
  const head = readHead(text.slice(0, 65536), text.length <= 65536);
  if (!head.ok) return { head, table: undefined };
  const reader = new TableReader(name, head.value.mapping, head.value.delimiter, chunk < 100 ? 16 : undefined);
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  return { head, table: reader.finish(TODAY) };
}
function table(text: string, name = 'f.csv', chunk?: number) {
  const r = importText(text, name, chunk);
  if (!r.head.ok) throw new Error(r.head.error.message);
  if (!r.table!.ok) throw new Error(r.table!.error.message);
  return { head: r.head.value, t: r.table!.value };
}
const totals = (t: ReturnType<typeof table>['t']) => Array.from(t.volume).reduce((a, b) => a + b, 0);

describe('BookScan-style exports', () => {
  const rows = panelRows(UCI, ['P1', 'P2', 'P3'], 20);
  const realTotal = rows.reduce((s, r) => s + Number(r.volume), 0);

  it('are recognised in any column order and case, ISBNs kept as strings', () => {
    const order = [5, 0, 13, 4, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12];
    const header = BOOKSCAN_HEADER.map((h) => h.toUpperCase());
    const { head, t } = table(bookScanCsv(rows, 'Y Children', { order, header }));
    expect(head.kind).toBe('bookscan');
    expect(t.products.map((p) => p.id)).toEqual(['9780000000002', '9780000000019', '9780000000026']);
    expect(t.products.every((p) => p.category === 'Y Children')).toBe(true);
    expect(t.rowsRead).toBe(60);
    expect(totals(t)).toBe(realTotal);
  });

  it('read the same with ; or tab, a BOM, and dd/mm/yyyy or mm/dd/yyyy dates', () => {
    const base = table(bookScanCsv(rows, 'F')).t;
    for (const [opts, format] of [
      [{ delimiter: ';', date: dmy }, 'dmy'],
      [{ delimiter: '\t', date: mdy }, 'mdy'],
    ] as const) {
      const { t } = table('\ufeff' + bookScanCsv(rows, 'F', opts));
      expect(t.files[0]!.dateFormat.format).toBe(format);
      expect(Array.from(t.day)).toEqual(Array.from(base.day));
      expect(totals(t)).toBe(realTotal);
    }
  });

  it('reports ambiguous slashed dates and reads them so the weeks share one weekday', () => {
    // 2000-01-01 … 2000-03-04, every day of month ≤ 12 only for some; keep those that are ambiguous.
    const ambiguous = rows.filter((r) => Number(r.date.slice(8)) <= 12);
    const { t } = table(bookScanCsv(ambiguous, 'F', { date: dmy }));
    expect(t.files[0]!.dateFormat).toMatchObject({ format: 'dmy', ambiguous: true });
    expect(t.notes[0]).toMatch(/dd\/mm or mm\/dd; read as dd\/mm\/yyyy because that puts the weeks on one weekday/);
  });

  it('reads CRLF line ends the same as LF', () => {
    const text = bookScanCsv(rows, 'F');
    expect(Array.from(table(text.replaceAll('\n', '\r\n'), 'f.csv', 100).t.volume)).toEqual(Array.from(table(text).t.volume));
  });

  it('reads Excel serial dates', () => {
    const serial = (iso: string) => String(parseDay(iso)! + 25569);
    const { t } = table(bookScanCsv(rows, 'F', { date: serial }));
    expect(t.files[0]!.dateFormat.format).toBe('excel');
    expect(Array.from(t.day)).toEqual(Array.from(table(bookScanCsv(rows, 'F')).t.day));
  });

  it('gives the same rows whatever the chunk size, quoted commas and newlines included', () => {
    const quoted = rows.map((r, i) =>
      i % 5 === 0 ? { ...r, title: `${r.title}, "The"\nvol. ${i}`, volume: Number(r.volume) > 999 ? Number(r.volume).toLocaleString('en') : r.volume } : r,
    );
    const text = bookScanCsv(quoted, 'F');
    const whole = table(text).t;
    for (const chunk of [1, 7, 64, 1000]) {
      const t = table(text, 'f.csv', chunk).t;
      expect(Array.from(t.volume)).toEqual(Array.from(whole.volume));
      expect(t.rowsRead).toBe(60);
    }
    expect(totals(whole)).toBe(realTotal);
  });

  it('rejects rows with a bad ISBN check digit, by row number, and keeps ISBN-10s with leading zeros', () => {
    const text = bookScanCsv(rows.slice(0, 3), 'F').replaceAll('9780000000002', '9780000000003') + '0306406152,Ten,,200001,2000-01-08,4,,,,,,,,F\n';
    const { t } = table(text);
    expect(t.rejected.map((r) => [r.row, r.code])).toEqual([
      [2, 'bad-isbn'],
      [3, 'bad-isbn'],
      [4, 'bad-isbn'],
    ]);
    expect(t.rejected[0]!.message).toContain('fails its check digit (expected 2)');
    expect(t.products.map((p) => p.id)).toEqual(['0306406152']);
  });
});

describe('other long tables and bad input', () => {
  it('guess a mapping for the tuna panel and keep thousands separators', () => {
    const text = excerpt('data/dominicks-tuna/long.csv', ['tuna-b1'], 1, 3).replace(',20347,', ',"20,347",');
    const { head, t } = table(text);
    expect(head.kind).toBe('table');
    expect(head.mapping).toMatchObject({ id: 'id', title: 'title', date: 'week_ending', volume: 'volume', isbn: false });
    expect(Array.from(t.volume)).toEqual([20347, 44351, 25177]);
  });

  const codeOf = (text: string) => {
    const r = importText(text, 'x.csv');
    if (!r.head.ok) return r.head.error.code;
    return r.table!.ok ? 'ok' : r.table!.error.code;
  };
  it('refuses a 0-byte file', () => expect(codeOf('')).toBe('empty-file'));
  it('refuses a binary file', () => expect(codeOf('PK\u0003\u0004\u0000\u0000\u0001binary')).toBe('not-csv'));
  it('refuses a header-only file', () => expect(codeOf(BOOKSCAN_HEADER.join(',') + '\n')).toBe('no-data-rows'));

  it('rejects text in the volume column and future dates, row by row', () => {
    const rows = panelRows(UCI, ['P7'], 4);
    const text = bookScanCsv([rows[0]!, { ...rows[1]!, volume: 'n/a' }, { ...rows[2]!, date: '2031-01-04' }, rows[3]!], 'F');
    const { t } = table(text);
    expect(t.rejected.map((r) => [r.row, r.code])).toEqual([
      [3, 'bad-volume'],
      [4, 'future-date'],
    ]);
    expect(t.rejected[0]!.message).toBe('Row 3: "n/a" in column "Volume" is not a number.');
    expect(t.rejectedByCode).toEqual({ 'bad-volume': 1, 'future-date': 1 });
    expect(t.product.length).toBe(2);
  });

  it('refuses a file whose rows are all unusable, naming the first', () => {
    const rows = panelRows(UCI, ['P7'], 2).map((r) => ({ ...r, volume: 'many' }));
    const r = importText(bookScanCsv(rows, 'F'), 'x.csv');
    expect(r.table!.ok).toBe(false);
    if (r.table!.ok) return;
    expect(r.table!.error.code).toBe('no-usable-rows');
    expect(r.table!.error.where).toEqual({ row: 2 });
  });
});
