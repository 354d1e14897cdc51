// Which text encoding a dropped file is in, judged from its first bytes: byte-order marks, UTF-16
// without one, valid UTF-8, else Latin-1 (Windows-1252, which decodes any byte); and what a file
// that is not text at all is (a workbook, a PDF, an archive), so the person is told what to do.
import { fail, ok, type Result } from '../result';

/** Labels TextDecoder knows. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Said to the person when the choice is a fallback (file name first). */
  note?: string;
}

export type EncodingErrorCode = 'unreadable-encoding' | 'not-csv';

const SAVE_AS = 'Save the sheet as CSV (UTF-8) and drop that.';
const MAGIC: readonly [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], `This is a ZIP archive (an Excel .xlsx workbook is one), not a CSV file. ${SAVE_AS}`],
  [[0xd0, 0xcf, 0x11, 0xe0], `This is an old Excel .xls (or other Office) file, not a CSV file. ${SAVE_AS}`],
  [[0x25, 0x50, 0x44, 0x46], 'This is a PDF, not a CSV file.'],
  [[0x1f, 0x8b], 'This is a gzip archive: unpack it and drop the CSV inside.'],
];

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** Bytes in the UTF-8 sequence starting at `b[i]`, or 0 when it is not a valid sequence (one cut off by the end counts as valid). */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const extra = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
  if (extra < 0) return 0;
  for (let k = 1; k <= extra && i + k < b.length; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  return extra + 1;
}

/** True when `b` is valid UTF-8, a sequence cut off at the very end included (the head is a slice). */
export function isUtf8(b: Uint8Array): boolean {
  return invalidUtf8At(b, false) < 0;
}

/**
 * Index of the first byte that breaks UTF-8 in `b`, or -1. A stream piece (`piece`) may start with
 * the continuation bytes of a character begun in the previous piece; those are skipped.
 */
export function invalidUtf8At(b: Uint8Array, piece = true): number {
  let i = 0;
  if (piece) while (i < b.length && i < 3 && (b[i]! & 0xc0) === 0x80) i++;
  while (i < b.length) {
    const n = sequenceAt(b, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** 'le' / 'be' when NULs sit at odd / even byte offsets of ASCII-range UTF-16 text; else undefined. */
function utf16WithoutBom(b: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0,
    odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'le';
  if (even > half * 0.4 && odd < half * 0.05) return 'be';
  return undefined;
}

/** The encoding of a file from its first bytes, or what it is when it is not text the lab can read. */
export function sniffEncoding(head: Uint8Array, fileName: string): Result<EncodingGuess, EncodingErrorCode> {
  if (startsWith(head, [0xff, 0xfe, 0, 0]) || startsWith(head, [0, 0, 0xfe, 0xff])) {
    return fail('unreadable-encoding', 'This file is UTF-32 text, which the lab cannot read. Save it as CSV (UTF-8) and drop it again.');
  }
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return ok({ encoding: 'utf-8' });
  if (startsWith(head, [0xff, 0xfe])) return ok({ encoding: 'utf-16le' });
  if (startsWith(head, [0xfe, 0xff])) return ok({ encoding: 'utf-16be' });
  for (const [sig, message] of MAGIC) if (startsWith(head, sig)) return fail('not-csv', message);
  const utf16 = utf16WithoutBom(head);
  if (utf16) return ok({ encoding: utf16 === 'le' ? 'utf-16le' : 'utf-16be' });
  if (head.includes(0)) return fail('not-csv', 'This is not a CSV file: it holds binary data (NUL bytes), not text.');
  if (isUtf8(head)) return ok({ encoding: 'utf-8' });
  return ok({ encoding: 'windows-1252', note: `${fileName} is not UTF-8: it was read as Latin-1 (Windows-1252). Check that accented titles look right.` });
}
