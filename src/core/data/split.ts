// Train / validation / test windows at the end of each series (as training cuts them: data/windows.ts),
// and the digest of each prepared series.
import type { PreparedProduct } from './prepare';
import { seriesDigest } from './series-digest';
import { DEFAULT_FOLDS, splitWindows, windowsOfSplit, type SplitWindowsParams, type Windows } from './windows';

export type SplitParams = SplitWindowsParams;

/** The development profile's test_weeks, validation_weeks and cv_folds. */
export const DEFAULT_SPLIT: SplitParams = { test: 32, validation: 32, folds: DEFAULT_FOLDS };

export interface ProductSplit {
  id: string;
  weeks: number;
  /**
   * Index ranges into the series: train [0, trainEnd), validation [trainEnd, validationEnd), test
   * [validationEnd, weeks). validationEnd is where the test window starts; trainEnd is the earliest
   * rolling origin's training end, so the validation span covers every origin's forecast weeks (each
   * origin trains on at most the latest MAX_TRAIN_WEEKS weeks before it).
   */
  trainEnd: number;
  validationEnd: number;
  /** Too short for training: fewer weeks than `minimumWeeks(windows)`. Reported, never dropped. */
  tooShort: boolean;
  /** SHA-256 of the canonical prepared series (see series-digest.ts). */
  digest: string;
}

/** A series' window bounds under `windows`; a too-short series gets its windows cut back from the end. */
export function splitBounds(weeks: number, windows: Windows): Pick<ProductSplit, 'trainEnd' | 'validationEnd' | 'tooShort'> {
  const split = splitWindows(weeks, windows);
  if (split.ok) return { trainEnd: split.value.folds.at(-1)!.trainEnd, validationEnd: split.value.historyEnd, tooShort: false };
  const validationEnd = Math.max(0, weeks - windows.test);
  const trainEnd = Math.max(0, validationEnd - windows.horizon - (Math.max(1, windows.folds) - 1) * windows.step);
  return { trainEnd, validationEnd, tooShort: true };
}

export async function splitSeries(
  products: readonly Pick<PreparedProduct, 'id' | 'start' | 'values' | 'digest'>[],
  params: SplitParams,
): Promise<ProductSplit[]> {
  const windows = windowsOfSplit(params);
  return Promise.all(
    products.map(async (p) => ({ id: p.id, weeks: p.values.length, ...splitBounds(p.values.length, windows), digest: p.digest ?? (await seriesDigest(p)) })),
  );
}
