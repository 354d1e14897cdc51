// What an import produces: rows kept column by column (400,000 rows stay compact and clone fast
// between worker and storage), the products they belong to, and every rejected row with its reason.
import { fail, ok, type Result } from '../result';
import type { DateFormatGuess } from './date-format';

export type RejectCode = 'missing-id' | 'bad-isbn' | 'bad-date' | 'future-date' | 'bad-volume' | 'short-row' | 'extra-fields' | 'sum-overflow';

export interface ImportRejection {
  file: string;
  /** Record number in the file; the header is row 1. */
  row: number;
  code: RejectCode;
  message: string;
}

export interface ProductInfo {
  id: string;
  title: string;
  author: string;
  /** The category/source column, or the file name when the file has none. */
  category: string;
}

export interface FileReport {
  name: string;
  rowsRead: number;
  rejectedCount: number;
  dateFormat: DateFormatGuess;
}

export interface ImportedTable {
  files: FileReport[];
  products: ProductInfo[];
  /** Per row: index into `products`, day number, units. */
  product: Int32Array;
  day: Int32Array;
  volume: Float64Array;
  rowsRead: number;
  rejectedCount: number;
  rejectedByCode: Partial<Record<RejectCode, number>>;
  /** The first rejections of each file (each is counted in `rejectedCount`). */
  rejected: ImportRejection[];
  notes: string[];
}

export const MAX_LISTED_REJECTIONS = 200;

/** Stacks imported files into one table; a product seen in several files keeps its first category. */
export function combineTables(parts: readonly ImportedTable[]): ImportedTable {
  const index = new Map<string, number>();
  const products: ProductInfo[] = [];
  const n = parts.reduce((s, p) => s + p.product.length, 0);
  const product = new Int32Array(n);
  const day = new Int32Array(n);
  const volume = new Float64Array(n);
  let at = 0;
  const rejectedByCode: Partial<Record<RejectCode, number>> = {};
  for (const part of parts) {
    const remap = part.products.map((p) => {
      let i = index.get(p.id);
      if (i === undefined) {
        i = products.push(p) - 1;
        index.set(p.id, i);
      }
      return i;
    });
    for (let r = 0; r < part.product.length; r++) product[at + r] = remap[part.product[r]!]!;
    day.set(part.day, at);
    volume.set(part.volume, at);
    at += part.product.length;
    for (const [code, count] of Object.entries(part.rejectedByCode)) {
      rejectedByCode[code as RejectCode] = (rejectedByCode[code as RejectCode] ?? 0) + count;
    }
  }
  return {
    files: parts.flatMap((p) => p.files),
    products,
    product,
    day,
    volume,
    rowsRead: parts.reduce((s, p) => s + p.rowsRead, 0),
    rejectedCount: parts.reduce((s, p) => s + p.rejectedCount, 0),
    rejectedByCode,
    rejected: parts.flatMap((p) => p.rejected).slice(0, MAX_LISTED_REJECTIONS * 2),
    notes: parts.flatMap((p) => p.notes),
  };
}

/**
 * Refuses a combined table in which one product's rows (each file's own sums are checked as it is
 * read) add up beyond a double: its weekly sums and total would be Infinity.
 */
export function checkProductTotals(table: ImportedTable): Result<void, 'sum-overflow'> {
  const abs = new Float64Array(table.products.length);
  for (let i = 0; i < table.product.length; i++) abs[table.product[i]!]! += Math.abs(table.volume[i]!);
  const p = abs.findIndex((x) => !Number.isFinite(x));
  if (p < 0) return ok(undefined);
  const id = table.products[p]!.id;
  const files = table.files.map((f) => f.name).join(', ');
  return fail(
    'sum-overflow',
    `Product ${id}: its volumes in ${files} add up to a total too large to compute (above 1.8e308). Check the volume column of these files.`,
    { product: id },
  );
}
