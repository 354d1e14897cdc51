// Streaming reader of one sales CSV: text arrives in chunks (from `file.stream()` in the worker),
// is cut at record boundaries outside quotes (record-chunker.ts), parsed by papaparse and reduced
// to compact rows.
import Papa from 'papaparse';
import { fail, ok, type Result } from '../result';
import { checkDateForms, checkDateRange, type DateColumnErrorCode } from './date-column';
import { detectDateFormat, parseDateAs } from './date-format';
import { formatDay } from './dates';
import { MAX_LISTED_REJECTIONS, type ImportedTable, type ImportRejection, type ProductInfo, type RejectCode } from './import-types';
import { checkIsbn } from './isbn';
import { columnIndex, type ImportMapping, type MappedRole } from './mapping';
import { numberProblem, parseNumber } from './numbers';
import { stripBom, type ImportErrorCode } from './file-head';
import { RecordChunker, unclosedQuote } from './record-chunker';

export type ReaderErrorCode = ImportErrorCode | DateColumnErrorCode | 'bad-mapping' | 'unclosed-quote';

export class TableReader {
  #chunker: RecordChunker;
  #newline: '\r\n' | '\n' | undefined;
  #header: string[] | undefined;
  #cols = { id: -1, title: -1, author: -1, category: -1, date: -1, volume: -1 };
  #row = 1;
  /** Lines before the current block (a quoted field may span several). */
  #line = 0;
  #products: ProductInfo[] = [];
  #productIndex = new Map<string, number>();
  /** Product index by the id as written, so an ISBN is normalised once per spelling. */
  #idIndex = new Map<string, number>();
  /** Per product, the sum of |volume| so far: while it is finite, every weekly and total sum is. */
  #absTotal: number[] = [];
  #badIds = new Map<string, string>();
  #dates = new Map<string, number>();
  #dateFirstRow: number[] = [];
  #rowProduct: number[] = [];
  #rowDate: number[] = [];
  #rowVolume: number[] = [];
  #rowNumber: number[] = [];
  #rejected: ImportRejection[] = [];
  #rejectedByCode: Partial<Record<RejectCode, number>> = {};
  #rejectedCount = 0;
  #error: Result<never, ReaderErrorCode> | undefined;
  readonly #fallbackId: string;

  constructor(
    readonly fileName: string,
    readonly mapping: ImportMapping,
    readonly delimiter: string,
    minBlock?: number,
  ) {
    this.#chunker = new RecordChunker(minBlock);
    this.#fallbackId = fileName.replace(/\.[^.]*$/, '') || 'series';
  }

  /** Feeds the next piece of text; false once the file is known to be unusable (see `finish`). */
  push(chunk: string): boolean {
    if (this.#error) return false;
    const text = this.#header === undefined && this.#row === 1 && this.#rowProduct.length === 0 ? stripBom(chunk) : chunk;
    this.#records(this.#chunker.push(text));
    return !this.#error;
  }

  #records(text: string): void {
    // Blocks end where a CRLF line's \n was cut off; drop the orphaned \r.
    const block = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (block === '') return;
    // The newline is fixed from the first block: papaparse would otherwise guess it for every block.
    this.#newline ??= block.includes('\r\n') ? '\r\n' : block.includes('\n') ? '\n' : undefined;
    const parsed = Papa.parse<string[]>(block, this.#newline ? { delimiter: this.delimiter, newline: this.#newline } : { delimiter: this.delimiter });
    const firstRow = this.#header === undefined ? 1 : this.#row + 1;
    const header = this.#header ?? (parsed.data.length > 1 ? parsed.data[0]!.map((h) => h.trim()) : undefined);
    const quote = unclosedQuote(block, parsed, firstRow, this.#line, header);
    if (quote) {
      this.#error = fail('unclosed-quote', quote.message, quote.where);
      return;
    }
    for (const r of parsed.data) {
      if (this.#error) return;
      if (this.#header === undefined) this.#setHeader(r);
      else this.#take(r, ++this.#row);
    }
    for (let at = block.indexOf('\n'); at >= 0; at = block.indexOf('\n', at + 1)) this.#line++;
    this.#line++; // the newline the block was cut at
  }

  #setHeader(r: string[]): void {
    const headers = r.map((h) => h.trim());
    this.#header = headers;
    const m = this.mapping;
    const find = (role: MappedRole, required: boolean): number => {
      const name = m[role];
      const i = columnIndex(headers, m, role);
      if (name !== null && i < 0 && required)
        this.#error = fail('bad-mapping', `The file has no column "${name}". Columns: ${headers.join(', ')}.`, { row: 1, column: name });
      return i;
    };
    this.#cols = {
      id: find('id', true),
      title: find('title', false),
      author: find('author', false),
      category: find('category', false),
      date: find('date', true),
      volume: find('volume', true),
    };
  }

  #reject(row: number, code: RejectCode, message: string): void {
    this.#rejectedCount++;
    this.#rejectedByCode[code] = (this.#rejectedByCode[code] ?? 0) + 1;
    if (this.#rejected.length < MAX_LISTED_REJECTIONS) this.#rejected.push({ file: this.fileName, row, code, message: `Row ${row}: ${message}` });
  }

  #take(r: string[], row: number): void {
    if (r.length === 1 && r[0]!.trim() === '') return; // a blank line is not a row
    const c = this.#cols;
    if (r.length <= Math.max(c.id, c.date, c.volume)) return this.#reject(row, 'short-row', `only ${r.length} fields.`);
    const width = this.#header!.length;
    if (r.length > width && r.slice(width).some((f) => f.trim() !== '')) {
      const d = this.delimiter;
      const hint = d === ',' ? 'an unquoted comma, as in 1,234?' : `an unquoted ${d === '\t' ? 'tab' : `"${d}"`}?`;
      return this.#reject(row, 'extra-fields', `${r.length} fields where the header has ${width} (${hint}); the row was not read.`);
    }
    const written = c.id < 0 ? this.#fallbackId : r[c.id]!.trim();
    if (written === '') return this.#reject(row, 'missing-id', 'the product id is empty.');
    const p = this.#idIndex.get(written) ?? this.#newProduct(written, r);
    if (typeof p === 'string') return this.#reject(row, 'bad-isbn', p);
    const volumeText = r[c.volume]!.trim();
    const volume = parseNumber(volumeText);
    if (volume === undefined) {
      const shown = volumeText.length > 24 ? `${volumeText.slice(0, 20)}…` : volumeText;
      return this.#reject(row, 'bad-volume', `"${shown}" in column "${this.mapping.volume}" ${numberProblem(volumeText)}.`);
    }
    const absTotal = this.#absTotal[p]! + Math.abs(volume);
    if (!Number.isFinite(absTotal))
      return this.#reject(
        row,
        'sum-overflow',
        `${volumeText} added to the earlier rows of product ${this.#products[p]!.id} makes a total too large to compute.`,
      );
    this.#absTotal[p] = absTotal;
    const dateText = r[c.date]!.trim();
    let d = this.#dates.get(dateText);
    if (d === undefined) {
      d = this.#dates.size;
      this.#dates.set(dateText, d);
      this.#dateFirstRow.push(row);
    }
    this.#rowProduct.push(p);
    this.#rowDate.push(d);
    this.#rowVolume.push(volume);
    this.#rowNumber.push(row);
  }

  /** The product of an id not seen before (ISBNs under their normalised form), or why it is refused. */
  #newProduct(written: string, r: string[]): number | string {
    const bad = this.#badIds.get(written);
    if (bad) return bad;
    const check = this.mapping.isbn ? checkIsbn(written) : undefined;
    if (check && !check.ok) {
      this.#badIds.set(written, check.error.message);
      return check.error.message;
    }
    const id = check ? check.value : written;
    let p = this.#productIndex.get(id);
    if (p === undefined) {
      const c = this.#cols;
      const cell = (i: number) => (i < 0 ? '' : (r[i] ?? '').trim());
      p = this.#products.push({ id, title: cell(c.title) || id, author: cell(c.author), category: cell(c.category) || this.#fallbackId }) - 1;
      this.#productIndex.set(id, p);
      this.#absTotal.push(0);
    }
    this.#idIndex.set(written, p);
    return p;
  }

  /** Ends the file: dates are read in the file's detected format; days after `today` are rejected. */
  finish(today: number): Result<ImportedTable, ReaderErrorCode> {
    this.#records(this.#chunker.end());
    if (this.#error) return this.#error;
    if (this.#header === undefined) return fail('empty-file', 'The file is empty.');
    const texts = [...this.#dates.keys()];
    if (this.mapping.dateFormat === 'auto') {
      const forms = checkDateForms(texts, this.#dateFirstRow, this.mapping.date);
      if (!forms.ok) return forms;
    }
    const guess = this.mapping.dateFormat === 'auto' ? detectDateFormat(texts) : { format: this.mapping.dateFormat, ambiguous: false };
    const days = texts.map((t) => parseDateAs(t, guess.format));
    const n = this.#rowProduct.length;
    const product = new Int32Array(n),
      day = new Int32Array(n),
      volume = new Float64Array(n),
      keptRows = new Int32Array(n);
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const d = days[this.#rowDate[i]!];
      const row = this.#rowNumber[i]!;
      if (d === undefined) this.#reject(row, 'bad-date', `"${texts[this.#rowDate[i]!]}" is not a date (read as ${guess.format}).`);
      else if (d > today) this.#reject(row, 'future-date', `${formatDay(d)} is in the future.`);
      else {
        product[kept] = this.#rowProduct[i]!;
        day[kept] = d;
        keptRows[kept] = row;
        volume[kept++] = this.#rowVolume[i]!;
      }
    }
    const range = checkDateRange(day.subarray(0, kept), (i) => keptRows[i]!, this.mapping.date);
    if (!range.ok) return range;
    this.#rejected.sort((a, b) => a.row - b.row);
    if (kept === 0) {
      const first = this.#rejected[0];
      if (this.#row === 1) return fail('no-data-rows', 'The file has a header but no data rows.', { row: 2 });
      return fail('no-usable-rows', `No usable row in the file. ${first ? first.message : ''}`.trim(), first ? { row: first.row } : undefined);
    }
    const rowsRead = this.#row - 1;
    return ok({
      files: [{ name: this.fileName, rowsRead, rejectedCount: this.#rejectedCount, dateFormat: guess }],
      products: this.#products,
      product: product.slice(0, kept),
      day: day.slice(0, kept),
      volume: volume.slice(0, kept),
      rowsRead,
      rejectedCount: this.#rejectedCount,
      rejectedByCode: this.#rejectedByCode,
      rejected: this.#rejected,
      notes: guess.ambiguous && guess.note ? [`${this.fileName}: ${guess.note}`] : [],
    });
  }
}

/** Reads a whole text at once through the streaming reader (tests, small files). */
export function readTable(text: string, fileName: string, mapping: ImportMapping, delimiter: string, today: number): Result<ImportedTable, ReaderErrorCode> {
  const reader = new TableReader(fileName, mapping, delimiter);
  reader.push(text);
  return reader.finish(today);
}
