// Files that used to lose data without a word (issue 16, "Silent data loss in CSV"): each is read
// through the worker's path (head → mapping → streamed reader) and must end in a clear error or a
// rejected row naming its row, never in quietly wrong numbers.
import { describe, expect, it } from 'vitest';
import { isbnFor } from '../../test/bookscan';
import { parseDay, formatDay } from './dates';
import { readHead } from './file-head';
import { TableReader } from './table-reader';
import { DEFAULT_PREPARE } from './prepare';
import { importStep, prepareStep } from '../pipeline/data-steps';

const TODAY = parseDay('2026-11-27')!;
const FIRST_SATURDAY = parseDay('2022-01-01')!;

interface Row {
  id: string;
  title?: string;
  date: string;
  volume: string;
}

/** A small isbn,title,week_ending,volume table (the guessed mapping treats the ids as ISBNs). */
function csv(rows: readonly Row[]): string {
  return ['isbn,title,week_ending,volume', ...rows.map((r) => `${r.id},${r.title ?? 'A Book'},${r.date},${r.volume}`)].join('\n') + '\n';
}

/** `weeks` consecutive Saturdays of sales for each of `products` products. */
function weeklyRows(products: number, weeks: number): Row[] {
  const rows: Row[] = [];
  for (let p = 0; p < products; p++) {
    for (let w = 0; w < weeks; w++) rows.push({ id: isbnFor(p), date: formatDay(FIRST_SATURDAY + 7 * w), volume: String(10 + ((p * 7 + w) % 13)) });
  }
  return rows;
}

function importText(text: string, chunk = 1 << 20) {
  const head = readHead(text.slice(0, 65536), text.length <= 65536);
  if (!head.ok) throw new Error(head.error.message);
  const reader = new TableReader('hostile.csv', head.value.mapping, head.value.delimiter, chunk < 100 ? 16 : undefined);
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  return reader.finish(TODAY);
}
function table(text: string, chunk?: number) {
  const r = importText(text, chunk);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const total = (volume: Float64Array) => volume.reduce((a, b) => a + b, 0);

describe('a quote opened and never closed', () => {
  const rows = weeklyRows(4, 50);
  rows[50] = { ...rows[50]!, title: '"The Unfinished' };
  const text = csv(rows);

  it('refuses the file, naming the row and line where the quote opened, whatever the chunk size', () => {
    for (const chunk of [1 << 20, 64, 7]) {
      const r = importText(text, chunk);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('unclosed-quote');
      expect(r.error.where).toEqual({ row: 52, column: 'title' });
      expect(r.error.message).toBe(
        'Row 52 (line 52), column "title": a quote opens here and is never closed, so the rest of the file (149 more lines) would be read as one value. Close or remove the quote.',
      );
    }
  });
});

describe('rows with more fields than the header', () => {
  it('rejects an unquoted 1,234 in a comma file instead of reading 1, naming the row and the reason', () => {
    const rows = weeklyRows(1, 4);
    rows[2] = { ...rows[2]!, volume: '1,234' };
    const t = table(csv(rows));
    expect(t.rejected.map((r) => [r.row, r.code])).toEqual([[4, 'extra-fields']]);
    expect(t.rejected[0]!.message).toBe('Row 4: 5 fields where the header has 4 (an unquoted comma, as in 1,234?); the row was not read.');
    expect(Array.from(t.volume)).not.toContain(1);
    expect(t.product.length).toBe(3);
  });

  it('still reads a row whose extra fields are only a trailing empty delimiter', () => {
    const text = csv(weeklyRows(1, 3))
      .replace(/\n/g, ',\n')
      .replace(/^isbn,title,week_ending,volume,/, 'isbn,title,week_ending,volume');
    const t = table(text);
    expect([t.product.length, t.rejectedCount]).toEqual([3, 0]);
  });
});

describe('dates written three ways in one column', () => {
  it('refuses the file when dd/mm and mm/dd forms are mixed, naming an example row of each', () => {
    const rows = weeklyRows(1, 6);
    rows[1] = { ...rows[1]!, date: '15/01/2022' }; // day-first only
    rows[2] = { ...rows[2]!, date: '01/22/2022' }; // month-first only
    rows[3] = { ...rows[3]!, date: '05/02/2022' }; // either: 5 Feb or 2 May
    const r = importText(csv(rows));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ambiguous-dates');
    expect(r.error.where).toEqual({ row: 5, column: 'week_ending' });
    expect(r.error.message).toBe(
      'Column "week_ending" mixes day-first dates (row 3: "15/01/2022") and month-first dates (row 4: "01/22/2022"), so a date like "05/02/2022" (row 5) could be either. Write every date the same way (2022-01-15 is safest), or choose the date format in the column mapping dialog where it is offered.',
    );
  });

  it('reads such a file when the person has chosen the format: the other form is rejected, not misread', () => {
    const rows = weeklyRows(1, 3);
    rows[1] = { ...rows[1]!, date: '15/01/2022' };
    rows[2] = { ...rows[2]!, date: '01/22/2022' };
    const head = readHead(csv(rows), true);
    if (!head.ok) throw new Error(head.error.message);
    const reader = new TableReader('x.csv', { ...head.value.mapping, dateFormat: 'dmy' }, ',');
    reader.push(csv(rows));
    const r = reader.finish(TODAY);
    expect(r.ok && r.value.rejected.map((x) => [x.row, x.code])).toEqual([[4, 'bad-date']]);
  });
});

describe('one ISBN written three ways', () => {
  it('is one product under its normalised ISBN, with every row kept', () => {
    const isbn = '9780306406157';
    const rows: Row[] = [
      { id: isbn, date: '2022-01-01', volume: '1' },
      { id: '978-0-306-40615-7', date: '2022-01-08', volume: '2' },
      { id: '978 0 306 40615 7', date: '2022-01-15', volume: '4' },
    ];
    const t = table(csv(rows));
    expect(t.products.map((p) => p.id)).toEqual([isbn]);
    expect([...t.product]).toEqual([0, 0, 0]);
    expect(total(t.volume)).toBe(7);
  });
});

describe('numbers too large for a float', () => {
  it('rejects 1e309 and a 400-digit number by row, rather than storing Infinity', () => {
    const rows = weeklyRows(1, 4);
    rows[1] = { ...rows[1]!, volume: '1e309' };
    rows[2] = { ...rows[2]!, volume: '9'.repeat(400) };
    const t = table(csv(rows));
    expect(t.rejected.map((r) => [r.row, r.code])).toEqual([
      [3, 'bad-volume'],
      [4, 'bad-volume'],
    ]);
    expect(t.rejected[0]!.message).toBe('Row 3: "1e309" in column "volume" is too large to be a number (the largest is about 1.8e308).');
    expect(t.rejected[1]!.message).toMatch(/^Row 4: "9{20}…" in column "volume" is too large to be a number/);
    expect(Array.from(t.volume).every(Number.isFinite)).toBe(true);
  });

  it("rejects the row that would make a product's sum overflow, naming the earlier rows", () => {
    const rows = weeklyRows(1, 3);
    rows[0] = { ...rows[0]!, volume: '1e308' };
    rows[1] = { ...rows[1]!, volume: '1e308' };
    const t = table(csv(rows));
    expect(t.rejected.map((r) => [r.row, r.code])).toEqual([[3, 'sum-overflow']]);
    expect(t.rejected[0]!.message).toBe(`Row 3: 1e308 added to the earlier rows of product ${isbnFor(0)} makes a total too large to compute.`);
    expect(Number.isFinite(total(t.volume))).toBe(true);
  });
});

describe('a row dated a thousand years ago', () => {
  it('refuses the file before any series is expanded, naming the row', () => {
    const rows = weeklyRows(300, 4);
    rows[157] = { ...rows[157]!, date: '1000-01-04' };
    const r = importText(csv(rows));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('date-range-too-wide');
    expect(r.error.where).toEqual({ row: 159, column: 'week_ending' });
    expect(r.error.message).toBe(
      'Row 159, column "week_ending": 1000-01-04 lies 1022 years before the next earliest date (2022-01-01); sales weeks before 1900 are not plausible. Fix or remove that row.',
    );
  });
});

describe('weekly series that would outgrow storage', () => {
  it('are refused by the prepare step before expanding, naming the size and the limit; a From filter makes them fit', async () => {
    const rows = weeklyRows(2_000, 1);
    for (let p = 0; p < 2_000; p++) rows.push({ id: isbnFor(p), date: '1905-01-07', volume: '1' });
    const imported = table(csv(rows));
    const r = await prepareStep.run({ import: imported }, DEFAULT_PREPARE, {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('too-many-weeks');
    expect(r.error.message).toBe(
      'The 2,000 products would need 12,210,000 weekly values (1905-01-07 to 2022-01-01); the lab stores at most 5,000,000 (about 40 MB). Narrow the dates with From/To or keep fewer products (Top N).',
    );
    const narrowed = await prepareStep.run({ import: imported }, { ...DEFAULT_PREPARE, from: '2000-01-01' }, {});
    expect(narrowed.ok).toBe(true);
  });
});

describe('volumes that overflow only when two files are stacked', () => {
  it('refuse the import, naming the product and the files', async () => {
    const rows = weeklyRows(1, 2).map((r) => ({ ...r, volume: '1e308' }));
    const [a, b] = [csv(rows.slice(0, 1)), csv(rows.slice(1))];
    const head = readHead(a, true);
    if (!head.ok) throw new Error(head.error.message);
    const source = (name: string, text: string) => ({
      name,
      mapping: head.value.mapping,
      delimiter: ',',
      chunks: async function* () {
        yield text;
      },
    });
    const r = await importStep.run({ files: { files: [source('a.csv', a), source('b.csv', b)], today: TODAY } }, { mappings: [] }, {});
    expect(r.ok === false && r.error).toEqual({
      code: 'sum-overflow',
      where: { product: isbnFor(0) },
      message: `Product ${isbnFor(0)}: its volumes in a.csv, b.csv add up to a total too large to compute (above 1.8e308). Check the volume column of these files.`,
    });
  });
});
