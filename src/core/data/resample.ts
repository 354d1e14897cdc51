// One product's dated rows → one value per week on a fixed week-ending weekday. Rows in the same
// week are summed (and counted as duplicates); weeks without a row become 0 or, in 'gap' mode, NaN
// (NaN rather than a separate mask, so no consumer can mistake a missing week for zero sales).
import { weekEndingOnOrAfter } from './dates';

export type FillMode = 'zero' | 'gap';

export interface Resampled {
  /** Day number of the first week's ending day. */
  start: number;
  values: number[];
  /** Weeks that had more than one row (their rows were summed). */
  duplicateWeeks: number;
  /** Weeks with no row, filled by zero or left as a gap. */
  filledWeeks: number;
}

/** `days[i]` and `volumes[i]` belong together; order does not matter. Empty input → no weeks. */
export function resampleWeekly(days: ArrayLike<number>, volumes: ArrayLike<number>, weekday: number, fill: FillMode): Resampled {
  if (days.length === 0) return { start: 0, values: [], duplicateWeeks: 0, filledWeeks: 0 };
  let first = Infinity,
    last = -Infinity;
  const weeks = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const w = weekEndingOnOrAfter(days[i]!, weekday);
    weeks[i] = w;
    if (w < first) first = w;
    if (w > last) last = w;
  }
  const length = (last - first) / 7 + 1;
  const values = new Array<number>(length).fill(0);
  const rowsPerWeek = new Uint32Array(length);
  for (let i = 0; i < days.length; i++) {
    const k = (weeks[i]! - first) / 7;
    values[k]! += volumes[i]!;
    rowsPerWeek[k]!++;
  }
  let duplicateWeeks = 0,
    filledWeeks = 0;
  for (let k = 0; k < length; k++) {
    if (rowsPerWeek[k]! > 1) duplicateWeeks++;
    if (rowsPerWeek[k] === 0) {
      filledWeeks++;
      if (fill === 'gap') values[k] = NaN;
    }
  }
  return { start: first, values, duplicateWeeks, filledWeeks };
}
