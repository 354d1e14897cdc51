// Cutting a CSV text stream at record boundaries, so each piece can be parsed on its own.

/**
 * Splits a text stream into runs of whole records; a newline inside quotes does not end a record.
 * Text is held back until about `minBlock` characters are ready: papaparse is much faster on a few
 * large blocks than on many 64 KB ones. What is held back always starts outside quotes.
 */
export class RecordChunker {
  #parts: string[] = [];
  #pending = 0;
  constructor(private readonly minBlock = 1 << 20) {}

  push(chunk: string): string {
    this.#parts.push(chunk);
    this.#pending += chunk.length;
    return this.#pending < this.minBlock ? '' : this.#cut(this.#parts.join(''));
  }

  #cut(b: string): string {
    const cut = lastRecordEnd(b);
    const rest = cut < 0 ? b : b.slice(cut + 1);
    this.#parts = rest ? [rest] : [];
    this.#pending = rest.length;
    return cut < 0 ? '' : b.slice(0, cut);
  }

  /** The rest of the stream, without the newline that usually ends a file. */
  end(): string {
    const rest = this.#parts.join('');
    this.#parts = [];
    this.#pending = 0;
    return rest.endsWith('\n') ? rest.slice(0, -1) : rest;
  }
}

/** Index of the last newline outside quotes in `b` (which starts outside quotes), or -1. */
export function lastRecordEnd(b: string): number {
  const lastNewline = b.lastIndexOf('\n');
  if (lastNewline < 0) return -1;
  // Count quotes before the last newline by walking quote positions only (indexOf is fast).
  let quotes = 0;
  for (let q = b.indexOf('"'); q >= 0 && q < lastNewline; q = b.indexOf('"', q + 1)) quotes++;
  if (quotes % 2 === 0) return lastNewline;
  // Rare: that newline sits inside a quoted field; find the last one that does not.
  let inQuote = false, cut = -1;
  for (let i = 0; i < lastNewline; i++) {
    const c = b.charCodeAt(i);
    if (c === 34) inQuote = !inQuote;
    else if (c === 10 && !inQuote) cut = i;
  }
  return cut;
}
