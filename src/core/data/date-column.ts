// Checks on a file's date column as a whole, made before any series is built: dates written both
// day-first and month-first (some would be misread without a word), and dates too old to be sales.
import { fail, ok, type Result } from '../result';
import { slashForms } from './date-format';
import { dayFromParts, formatDay } from './dates';

export type DateColumnErrorCode = 'ambiguous-dates' | 'date-range-too-wide';

/** Sales weeks before this day are typing slips (year 1000 for 2000), not history. */
export const EARLIEST_PLAUSIBLE_DAY = dayFromParts(1900, 1, 1)!;

/**
 * Refuses a column read in 'auto' format that mixes dd/mm-only and mm/dd-only dates while other
 * dates could be either: those would be read one way with nothing to show they were misdated.
 * `texts` are the distinct date texts, `rows[i]` the first row where `texts[i]` appears.
 */
export function checkDateForms(texts: readonly string[], rows: readonly number[], column: string): Result<void, DateColumnErrorCode> {
  const forms = slashForms(texts);
  if (forms.dayFirst < 0 || forms.monthFirst < 0 || forms.either < 0) return ok(undefined);
  const at = (i: number) => `row ${rows[i]}: "${texts[i]!.trim()}"`;
  return fail(
    'ambiguous-dates',
    `Column "${column}" mixes day-first dates (${at(forms.dayFirst)}) and month-first dates (${at(forms.monthFirst)}), so a date like "${texts[forms.either]!.trim()}" (row ${rows[forms.either]}) could be either. Write every date the same way (2022-01-15 is safest), or choose the date format in the column mapping dialog where it is offered.`,
    { row: rows[forms.either]!, column },
  );
}

/** Refuses a file whose earliest kept date is before 1900, naming its row and the next earliest date. */
export function checkDateRange(days: ArrayLike<number>, rowOf: (i: number) => number, column: string): Result<void, DateColumnErrorCode> {
  let first = -1;
  for (let i = 0; i < days.length; i++) if (first < 0 || days[i]! < days[first]!) first = i;
  if (first < 0 || days[first]! >= EARLIEST_PLAUSIBLE_DAY) return ok(undefined);
  let next = Infinity;
  for (let i = 0; i < days.length; i++) if (days[i]! > days[first]! && days[i]! < next) next = days[i]!;
  const day = days[first]!;
  const gap = Number.isFinite(next)
    ? ` lies ${Math.round((next - day) / 365.2425)} years before the next earliest date (${formatDay(next)});`
    : ' is the only date;';
  const row = rowOf(first);
  return fail(
    'date-range-too-wide',
    `Row ${row}, column "${column}": ${formatDay(day)}${gap} sales weeks before 1900 are not plausible. Fix or remove that row.`,
    { row, column },
  );
}
