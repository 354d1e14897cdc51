// Train / validation / test windows at the end of each series, and the digest of each prepared series.
import { sha256Hex } from '../digest';
import type { PreparedProduct } from './prepare';

export interface SplitParams {
  test: number;
  validation: number;
}

export const DEFAULT_SPLIT: SplitParams = { test: 32, validation: 32 };

export interface ProductSplit {
  id: string;
  weeks: number;
  /** Index ranges into the series: train [0, trainEnd), validation [trainEnd, validationEnd), test [validationEnd, weeks). */
  trainEnd: number;
  validationEnd: number;
  /** Too short: no training week would be left. Reported, never dropped. */
  tooShort: boolean;
  /** SHA-256 of the canonical prepared series (see `canonicalSeries`). */
  digest: string;
}

/** The text a product's series is hashed as: id, first week, weekly values (NaN written as "NA"). */
export function canonicalSeries(p: Pick<PreparedProduct, 'id' | 'start' | 'values'>): string {
  return `${p.id}\n${p.start}\n${p.values.map((v) => (Number.isNaN(v) ? 'NA' : String(v))).join(',')}`;
}

export function seriesDigest(p: Pick<PreparedProduct, 'id' | 'start' | 'values'>): Promise<string> {
  return sha256Hex(canonicalSeries(p));
}

export async function splitSeries(products: readonly PreparedProduct[], params: SplitParams): Promise<ProductSplit[]> {
  return Promise.all(
    products.map(async (p) => {
      const n = p.values.length;
      const validationEnd = Math.max(0, n - params.test);
      const trainEnd = Math.max(0, validationEnd - params.validation);
      return { id: p.id, weeks: n, trainEnd, validationEnd, tooShort: trainEnd === 0, digest: p.digest ?? (await seriesDigest(p)) };
    }),
  );
}
