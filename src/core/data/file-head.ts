// The first bytes of a dropped file: is it a table at all, its delimiter, header and a row sample,
// and which mapping applies (BookScan recognised outright, anything else guessed for the dialog).
import Papa from 'papaparse';
import { fail, ok, type Result } from '../result';
import { detectDateFormat, parseDateAs } from './date-format';
import { guessMapping, recogniseBookScan, type ImportMapping } from './mapping';
import { parseNumber } from './numbers';

export type ImportErrorCode = 'empty-file' | 'not-csv' | 'no-data-rows' | 'no-date-column' | 'no-sales-column' | 'no-usable-rows';

export interface FileHead {
  headers: string[];
  delimiter: string;
  /** Up to 50 data rows, for checks and the mapping dialog's preview. */
  sample: string[][];
  kind: 'bookscan' | 'table';
  mapping: ImportMapping;
}

export const HEAD_BYTES = 64 * 1024;
const SAMPLE_ROWS = 50;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when the start of the text holds NUL or many control characters: a binary file. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return control > head.length * 0.05;
}

/** Which sample cells read as dates, in the format the reader would detect from them. */
function readsAsDates(texts: readonly string[]): boolean[] {
  const { format } = detectDateFormat(texts);
  return texts.map((t) => parseDateAs(t, format) !== undefined);
}

const readsAsNumbers = (texts: readonly string[]) => texts.map((t) => parseNumber(t) !== undefined);
const share = (read: readonly boolean[]) => read.filter(Boolean).length / read.length;

/**
 * The guessed mapping of a long table with its date and volume columns settled on the sample's
 * content: a named column must hold readable values, and a missing one is the single column that does.
 */
function checkedMapping(headers: string[], sample: string[][]): Result<ImportMapping, ImportErrorCode> {
  const guess = guessMapping(headers);
  const cells = headers.map((_, i) => sample.map((r) => (r[i] ?? '').trim()));
  const named = (name: string | null) => (name === null ? -1 : headers.indexOf(name));
  const unreadable = (code: ImportErrorCode, i: number, read: boolean[], what: string) => {
    const bad = read.indexOf(false);
    return fail(code, `Column "${headers[i]}" ${what} (row ${bad + 2}: "${cells[i]![bad]}").`, { row: bad + 2, column: headers[i]! });
  };
  const taken = [guess.id, guess.title, guess.volume].map(named);
  let date = named(guess.date);
  if (date < 0) {
    date = cells.findIndex((texts, i) => !taken.includes(i) && share(readsAsDates(texts)) >= 0.8);
    if (date < 0) return fail('no-date-column', `No date column found. Columns: ${headers.join(', ')}.`);
  } else if (share(readsAsDates(cells[date]!)) === 0) {
    return unreadable('no-date-column', date, readsAsDates(cells[date]!), 'holds no readable dates');
  }
  let volume = named(guess.volume);
  if (volume < 0) {
    const numeric = cells.flatMap((texts, i) => (i !== date && i !== taken[0] && share(readsAsNumbers(texts)) >= 0.9 ? [i] : []));
    if (numeric.length !== 1) {
      return fail('no-sales-column', `No numeric sales column (volume, units, sales, quantity) found. Columns: ${headers.join(', ')}.`);
    }
    volume = numeric[0]!;
  } else if (share(readsAsNumbers(cells[volume]!)) < 0.5) {
    return unreadable('no-sales-column', volume, readsAsNumbers(cells[volume]!), 'is not numeric');
  }
  // Positions too: with two columns of one name, the name alone does not say which is read.
  const [id, title] = taken;
  const positions = { date, volume, ...(id! >= 0 ? { id } : {}), ...(title! >= 0 ? { title } : {}) };
  return ok({ ...guess, date: headers[date]!, volume: headers[volume]!, positions });
}

/**
 * Reads the start of a file (`complete` when it is the whole file) into its head, or one clear error;
 * 'row-too-long' when the text holds no complete data row yet (the caller may read further).
 */
export function readHead(text: string, complete: boolean): Result<FileHead, ImportErrorCode | 'row-too-long'> {
  let body = stripBom(text);
  if (body.trim() === '') return fail('empty-file', 'The file is empty.');
  if (looksBinary(body)) return fail('not-csv', 'This is not a CSV file: it holds binary data.');
  if (!complete) body = body.slice(0, Math.max(body.lastIndexOf('\n'), 0));
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', preview: SAMPLE_ROWS + 1, delimitersToGuess: [',', ';', '\t', '|'] });
  if (!complete && parsed.data.length < 2) {
    const row = parsed.data.length + 1;
    return fail('row-too-long', `Row ${row} does not end within the part of the file read so far.`, { row });
  }
  const [headerRow, ...sample] = parsed.data;
  const headers = (headerRow ?? []).map((h) => h.trim());
  if (headers.length < 2) {
    return fail('not-csv', `This does not look like a CSV table: its first line has ${headers.length} column.`, { row: 1 });
  }
  if (sample.length === 0) return fail('no-data-rows', 'The file has a header but no data rows.', { row: 2 });
  const delimiter = parsed.meta.delimiter;
  const bookscan = recogniseBookScan(headers);
  if (bookscan) return ok({ headers, delimiter, sample, kind: 'bookscan', mapping: bookscan });
  const mapping = checkedMapping(headers, sample);
  if (!mapping.ok) return mapping;
  return ok({ headers, delimiter, sample, kind: 'table', mapping: mapping.value });
}
