// The first bytes of a dropped file: is it a table at all, its delimiter, header and a row sample,
// and which mapping applies (BookScan recognised outright, anything else guessed for the dialog).
import Papa from 'papaparse';
import { fail, ok, type Result } from '../result';
import { guessMapping, recogniseBookScan, type ImportMapping } from './mapping';
import { looksBinary, resolveMapping, type ImportErrorCode } from './sales-table';

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
  const checked = resolveMapping(headers, sample);
  if (!checked.ok) return checked;
  const guess = guessMapping(headers);
  const m = checked.value;
  const mapping: ImportMapping = {
    ...guess,
    id: m.id === undefined ? null : headers[m.id]!,
    title: m.title === undefined ? null : headers[m.title]!,
    date: headers[m.date]!,
    volume: headers[m.volume]!,
    positions: { date: m.date, volume: m.volume, ...(m.id === undefined ? {} : { id: m.id }), ...(m.title === undefined ? {} : { title: m.title }) },
  };
  mapping.isbn = mapping.id !== null && /isbn|ean/i.test(mapping.id);
  return ok({ headers, delimiter, sample, kind: 'table', mapping });
}
