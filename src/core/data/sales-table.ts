// CSV text → validated long table of (product, day, volume) rows. Pure; runs in the data worker and Node.
import Papa from 'papaparse';
import { fail, ok, type Result } from '../result';
import { guessColumns, type ColumnMapping } from './columns';
import { parseDay } from './dates';
import { parseNumber } from './numbers';
import type { RejectedRow } from './types';

export type ImportErrorCode =
  | 'empty-file'
  | 'not-csv'
  | 'no-data-rows'
  | 'no-date-column'
  | 'no-sales-column'
  | 'no-usable-rows';

export interface SalesRow {
  id: string;
  title: string;
  day: number;
  volume: number;
}

export interface SalesTable {
  headers: string[];
  mapping: ColumnMapping;
  rows: SalesRow[];
  rowsRead: number;
  rejectedCount: number;
  rejected: RejectedRow[];
}

const MAX_LISTED_REJECTIONS = 200;
const SAMPLE_ROWS = 50;

/** True when the start of the text holds NUL or many control characters: a binary file. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 9 || (c > 13 && c < 32)) || c === 0xfffd) control++;
  }
  return control > head.length * 0.05;
}

function cell(row: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (row[index] ?? '').trim();
}

/** Picks the date and volume columns, checking their content on a sample of rows. */
export function resolveMapping(headers: string[], sample: string[][]): Result<ColumnMapping, ImportErrorCode> {
  const guess = guessColumns(headers);
  const readable = (i: number, parse: (s: string) => unknown) =>
    sample.filter((r) => parse(cell(r, i)) !== undefined).length;
  let date = guess.date;
  if (date === undefined) {
    date = headers.findIndex((_, i) => readable(i, parseDay) >= sample.length * 0.8);
    if (date < 0) return fail('no-date-column', `No date column found. Columns: ${headers.join(', ')}.`);
  } else if (readable(date, parseDay) === 0) {
    const bad = sample.findIndex((r) => parseDay(cell(r, date)) === undefined);
    return fail('no-date-column', `Column "${headers[date]}" holds no readable dates (row ${bad + 2}: "${cell(sample[bad] ?? [], date)}").`, { row: bad + 2, column: headers[date] });
  }
  let volume = guess.volume;
  if (volume === undefined) {
    const numeric = headers
      .map((_, i) => i)
      .filter((i) => i !== date && i !== guess.id && readable(i, parseNumber) >= sample.length * 0.9);
    if (numeric.length !== 1) {
      return fail('no-sales-column', `No numeric sales column (volume, units, sales, quantity) found. Columns: ${headers.join(', ')}.`);
    }
    volume = numeric[0]!;
  } else if (readable(volume, parseNumber) < sample.length * 0.5) {
    const bad = sample.findIndex((r) => parseNumber(cell(r, volume)) === undefined);
    return fail('no-sales-column', `Column "${headers[volume]}" is not numeric (row ${bad + 2}: "${cell(sample[bad] ?? [], volume)}").`, { row: bad + 2, column: headers[volume] });
  }
  const mapping: ColumnMapping = { date, volume };
  if (guess.id !== undefined) mapping.id = guess.id;
  if (guess.title !== undefined) mapping.title = guess.title;
  return ok(mapping);
}

/** Parses a sales CSV into rows; `fallbackId` names the single product of a file without an id column. */
export function parseSalesTable(text: string, fallbackId: string): Result<SalesTable, ImportErrorCode> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty-file', 'The file is empty.');
  if (looksBinary(body)) return fail('not-csv', 'This is not a CSV file: it holds binary data.');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const [headerRow, ...data] = parsed.data;
  const headers = (headerRow ?? []).map((h) => h.trim());
  if (headers.length < 2) {
    return fail('not-csv', `This does not look like a CSV table: its first line has ${headers.length} column.`, { row: 1 });
  }
  if (data.length === 0) return fail('no-data-rows', 'The file has a header but no data rows.', { row: 2 });
  const mapped = resolveMapping(headers, data.slice(0, SAMPLE_ROWS));
  if (!mapped.ok) return mapped;
  const mapping = mapped.value;
  const rows: SalesRow[] = [];
  const rejected: RejectedRow[] = [];
  let rejectedCount = 0;
  const reject = (entry: RejectedRow) => {
    rejectedCount++;
    if (rejected.length < MAX_LISTED_REJECTIONS) rejected.push(entry);
  };
  data.forEach((r, i) => {
    const row = i + 2;
    const id = mapping.id === undefined ? fallbackId : cell(r, mapping.id);
    const dateText = cell(r, mapping.date);
    const day = parseDay(dateText);
    const volume = parseNumber(cell(r, mapping.volume));
    if (id === '') reject({ row, code: 'missing-id', message: `Row ${row}: the product id is empty.` });
    else if (day === undefined) reject({ row, code: 'bad-date', message: `Row ${row}: "${dateText}" is not a date.` });
    else if (volume === undefined) reject({ row, code: 'bad-volume', message: `Row ${row}: "${cell(r, mapping.volume)}" is not a number.` });
    else rows.push({ id, title: cell(r, mapping.title) || id, day, volume });
  });
  if (rows.length === 0) {
    const first = rejected[0];
    return fail('no-usable-rows', `No usable row in the file. ${first ? first.message : ''}`.trim(), first ? { row: first.row } : undefined);
  }
  return ok({ headers, mapping, rows, rowsRead: data.length, rejectedCount, rejected });
}
