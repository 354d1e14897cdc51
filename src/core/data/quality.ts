// The data-quality report: what was read and rejected (with reasons and rows), and per product its
// dates, filled weeks, zeros, duplicates, negative weeks, robust-z outliers and whether it is long
// enough for the chosen windows (as training judges it: data/windows.ts) and for seasonality.
import { formatDay, parseDay } from './dates';
import type { ImportedTable, ImportRejection, RejectCode } from './import-types';
import type { FilterRemoval, PreparedDataset } from './prepare';
import { DEFAULT_FOLDS, minimumWeeks, windowsOfSplit, type SplitWindowsParams, type Windows } from './windows';

export interface QualityParams extends SplitWindowsParams {
  /** Seasonal period in weeks; a seasonal model wants two full seasons of training data. */
  season: number;
}

export const DEFAULT_QUALITY: QualityParams = { test: 32, validation: 32, folds: DEFAULT_FOLDS, season: 52 };

/** Weeks a product needs to be trained at all (the split's and training's rule) and to train on two seasons. */
export function weeksNeeded(windows: Windows, season: number): { holdout: number; seasonality: number } {
  return { holdout: minimumWeeks(windows), seasonality: minimumWeeks({ ...windows, minTrain: Math.max(windows.minTrain, 2 * season) }) };
}

export interface ProductQuality {
  id: string;
  title: string;
  category: string;
  weeks: number;
  first: string;
  last: string;
  filledWeeks: number;
  zeroShare: number;
  duplicateWeeks: number;
  negativeWeeks: number;
  /** Weeks whose robust z-score (median/MAD) exceeds 3.5, with their dates. */
  outliers: string[];
  /** At least `minimumWeeks(windows)`: the split, the forecast view and training can use it. */
  longEnoughForHoldout: boolean;
  /** As long, with two seasons of training before the earliest origin rather than one year. */
  longEnoughForSeasonality: boolean;
}

export interface QualityReport {
  files: { name: string; rowsRead: number; rejectedCount: number; dateFormat: string; dateNote?: string }[];
  rowsRead: number;
  rowsRejected: number;
  rejectedByCode: Partial<Record<RejectCode, number>>;
  rejected: ImportRejection[];
  notes: string[];
  firstWeek: string | null;
  lastWeek: string | null;
  weekEndingDay: number;
  /** Rows that fell on another weekday than the week-ending day (they were moved to their week's end). */
  offWeekdayRows: number;
  products: number;
  productsBeforeFilters: number;
  /** Which filters removed products (absent in reports made before it existed). */
  removedBy?: FilterRemoval[];
  /** First and last day of the rows read, before the filters. */
  dataDays?: { first: string; last: string } | null;
  filledWeeks: number;
  zeroShare: number;
  duplicateWeeks: number;
  negativeWeeks: number;
  outlierWeeks: number;
  tooShortForHoldout: number;
  perProduct: ProductQuality[];
}

const OUTLIER_Z = 3.5;

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n === 0 ? 0 : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

/** Indexes of values whose modified z-score 0.6745·|x − median| / MAD exceeds 3.5 (Iglewicz–Hoaglin). */
export function robustOutliers(values: readonly number[]): number[] {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const m = median(finite);
  const mad = median(finite.map((v) => Math.abs(v - m)).sort((a, b) => a - b));
  if (mad === 0) return [];
  const out: number[] = [];
  values.forEach((v, i) => {
    if (Number.isFinite(v) && (0.6745 * Math.abs(v - m)) / mad > OUTLIER_Z) out.push(i);
  });
  return out;
}

export function qualityReport(table: ImportedTable, prepared: PreparedDataset, params: QualityParams): QualityReport {
  const need = weeksNeeded(windowsOfSplit(params), params.season);
  let filled = 0,
    zeros = 0,
    weeks = 0,
    dup = 0,
    neg = 0,
    outl = 0,
    short = 0,
    firstDay = Infinity,
    lastDay = -Infinity;
  const perProduct = prepared.products.map((p): ProductQuality => {
    const start = parseDay(p.start)!;
    const end = start + 7 * (p.values.length - 1);
    firstDay = Math.min(firstDay, start);
    lastDay = Math.max(lastDay, end);
    const z = p.values.filter((v) => v === 0).length;
    const outliers = robustOutliers(p.values).map((i) => formatDay(start + 7 * i));
    const holdout = p.values.length >= need.holdout;
    filled += p.filledWeeks;
    zeros += z;
    weeks += p.values.length;
    dup += p.duplicateWeeks;
    neg += p.negativeWeeks;
    outl += outliers.length;
    if (!holdout) short++;
    return {
      id: p.id,
      title: p.title,
      category: p.category,
      weeks: p.values.length,
      first: p.start,
      last: formatDay(end),
      filledWeeks: p.filledWeeks,
      zeroShare: p.values.length ? z / p.values.length : 0,
      duplicateWeeks: p.duplicateWeeks,
      negativeWeeks: p.negativeWeeks,
      outliers,
      longEnoughForHoldout: holdout,
      longEnoughForSeasonality: p.values.length >= need.seasonality,
    };
  });
  const offWeekdayRows = prepared.rowsByWeekday.reduce((s, n, d) => (d === prepared.weekEndingDay ? s : s + n), 0);
  return {
    files: table.files.map((f) => ({
      name: f.name,
      rowsRead: f.rowsRead,
      rejectedCount: f.rejectedCount,
      dateFormat: f.dateFormat.format,
      ...(f.dateFormat.note ? { dateNote: f.dateFormat.note } : {}),
    })),
    rowsRead: table.rowsRead,
    rowsRejected: table.rejectedCount,
    rejectedByCode: table.rejectedByCode,
    rejected: table.rejected,
    notes: table.notes,
    firstWeek: Number.isFinite(firstDay) ? formatDay(firstDay) : null,
    lastWeek: Number.isFinite(lastDay) ? formatDay(lastDay) : null,
    weekEndingDay: prepared.weekEndingDay,
    offWeekdayRows,
    products: prepared.products.length,
    productsBeforeFilters: prepared.productsBeforeFilters,
    ...(prepared.removedBy ? { removedBy: prepared.removedBy } : {}),
    ...(prepared.dataDays !== undefined ? { dataDays: prepared.dataDays } : {}),
    filledWeeks: filled,
    zeroShare: weeks ? zeros / weeks : 0,
    duplicateWeeks: dup,
    negativeWeeks: neg,
    outlierWeeks: outl,
    tooShortForHoldout: short,
    perProduct,
  };
}
