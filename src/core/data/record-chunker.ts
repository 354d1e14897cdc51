// Cutting a CSV text stream at record boundaries, so each piece can be parsed on its own; and the
// one parse error that must stop a file: a quote that opens and never closes.
import type { ErrorLocation } from '../result';

/**
 * Splits a text stream into runs of whole records; a newline inside quotes does not end a record.
 * Text is held back until about `minBlock` characters are ready: papaparse is much faster on a few
 * large blocks than on many 64 KB ones. What is held back always starts outside quotes. Each chunk
 * is scanned once (quote parity is carried over), so a quote left open near the start of a large
 * file costs one pass rather than a rescan of everything held back at every chunk.
 */
export class RecordChunker {
  #parts: string[] = [];
  #pending = 0;
  /** Inside quotes at the end of what is held back. */
  #inQuote = false;
  /** Position, in what is held back, of its last newline outside quotes; -1 if none. */
  #cutAt = -1;
  constructor(private readonly minBlock = 1 << 20) {}

  push(chunk: string): string {
    const cut = lastRecordEnd(chunk, this.#inQuote);
    if (cut >= 0) this.#cutAt = this.#pending + cut;
    if (quoteCount(chunk, 0, chunk.length) % 2 === 1) this.#inQuote = !this.#inQuote;
    this.#parts.push(chunk);
    this.#pending += chunk.length;
    if (this.#pending < this.minBlock || this.#cutAt < 0) return '';
    const b = this.#parts.join('');
    const rest = b.slice(this.#cutAt + 1);
    const out = b.slice(0, this.#cutAt);
    this.#parts = rest ? [rest] : [];
    this.#pending = rest.length;
    this.#cutAt = -1;
    return out;
  }

  /** The rest of the stream, without the newline that usually ends a file. */
  end(): string {
    const rest = this.#parts.join('');
    this.#parts = [];
    this.#pending = 0;
    this.#cutAt = -1;
    this.#inQuote = false;
    return rest.endsWith('\n') ? rest.slice(0, -1) : rest;
  }
}

function quoteCount(b: string, from: number, to: number): number {
  let n = 0;
  for (let q = b.indexOf('"', from); q >= 0 && q < to; q = b.indexOf('"', q + 1)) n++;
  return n;
}

/** Index of the last newline outside quotes in `b` (which starts inside quotes if `inQuote`), or -1. */
export function lastRecordEnd(b: string, inQuote = false): number {
  // Walk newlines from the end, counting the quotes after each (indexOf is fast): a newline is
  // outside quotes when the quotes before it, plus the opening state, are even.
  const total = quoteCount(b, 0, b.length) + (inQuote ? 1 : 0);
  let after = 0;
  let end = b.length;
  for (let nl = b.lastIndexOf('\n'); nl >= 0; nl = nl > 0 ? b.lastIndexOf('\n', nl - 1) : -1) {
    after += quoteCount(b, nl, end);
    end = nl;
    if ((total - after) % 2 === 0) return nl;
  }
  return -1;
}

/** What papaparse returns that this check reads. */
interface ParsedBlock {
  data: string[][];
  errors: { code: string; row?: number; index?: number }[];
}

/**
 * The error for a quote papaparse found open at the end of `block` (everything after it would be one
 * value), with the record row and file line where it opened; undefined when every quote closes.
 */
export function unclosedQuote(
  block: string,
  parsed: ParsedBlock,
  firstRow: number,
  linesBefore: number,
  header: readonly string[] | undefined,
): { message: string; where: ErrorLocation } | undefined {
  const e = parsed.errors.find((x) => x.code === 'MissingQuotes');
  if (!e) return undefined;
  const at = e.index ?? 0;
  const newlines = (from: number, to: number) => {
    let n = 0;
    for (let i = block.indexOf('\n', from); i >= 0 && i < to; i = block.indexOf('\n', i + 1)) n++;
    return n;
  };
  const row = firstRow + (e.row ?? 0);
  const line = linesBefore + newlines(0, at) + 1;
  const fields = parsed.data[e.row ?? 0]?.length ?? 0;
  const column = header && fields > 0 ? header[fields - 1] : undefined;
  const more = newlines(at, block.length);
  const place = `Row ${row} (line ${line})${column ? `, column "${column}"` : ''}`;
  return {
    message: `${place}: a quote opens here and is never closed, so the rest of the file (${more} more line${more === 1 ? '' : 's'}) would be read as one value. Close or remove the quote.`,
    where: column ? { row, column } : { row },
  };
}
