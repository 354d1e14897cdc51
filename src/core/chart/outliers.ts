// A value axis that a few extreme values cannot flatten: values above a robust cap (Tukey's far fence,
// Q3 + 3·IQR) are left out of the domain and drawn clipped at the top edge with a marker.
import { niceAxis, type ValueAxis } from './scale';

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q,
    lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (at - lo);
}

/** The value above which a value is an outlier, or null when none is (or there are too few to tell). */
export function robustCap(values: readonly number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 5) return null;
  const q1 = quantile(sorted, 0.25),
    q3 = quantile(sorted, 0.75),
    median = quantile(sorted, 0.5);
  // A floor on the spread, so near-identical values do not make every small difference an outlier.
  const spread = Math.max(q3 - q1, 0.1 * Math.abs(median), 1e-9);
  const cap = q3 + 3 * spread;
  return sorted.at(-1)! > cap ? cap : null;
}

/** A value axis over `values`, its domain set by the values up to the robust cap. */
export interface ClippedAxis extends ValueAxis {
  /** True when some values lie above `max` and are drawn clipped at the top edge. */
  clips: boolean;
}

/** A nice axis over the typical values; values above its `max` are clipped (see `isClipped`). */
export function clippedAxis(values: readonly number[], maxTicks: number, options: { includeZero?: boolean } = {}): ClippedAxis {
  const finite = values.filter(Number.isFinite);
  const cap = robustCap(finite);
  const kept = cap === null ? finite : finite.filter((v) => v <= cap);
  const axis = niceAxis(Math.min(...kept), Math.max(...kept), maxTicks, options);
  return { ...axis, clips: finite.some((v) => v > axis.max) };
}

/** Whether `value` lies above the axis and is drawn at its top edge. */
export const isClipped = (axis: ValueAxis, value: number) => value > axis.max;

/** `value` held inside the axis' domain, for drawing. */
export const clampTo = (axis: ValueAxis, value: number) => Math.min(axis.max, Math.max(axis.min, value));
