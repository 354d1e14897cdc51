// Calendar arithmetic on whole days since 1970-01-01 (UTC), so week maths never meets time zones.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const SLASH_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/** Day number of a valid calendar date, or undefined (Feb 30 is not a date). */
export function dayFromParts(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/**
 * Parses ISO dates (with an optional time part) and slashed day-first dates (dd/mm/yyyy, as UK
 * exports write them; a first part above 12 is only possible day-first anyway). Undefined if unknown.
 */
export function parseDay(text: string): number | undefined {
  const s = text.trim();
  const iso = ISO_DATE.exec(s);
  if (iso) return dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slash = SLASH_DATE.exec(s);
  if (slash) return dayFromParts(Number(slash[3]), Number(slash[2]), Number(slash[1]));
  return undefined;
}

/** ISO `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The first day on or after `day` that falls on `weekday` (pandas `W-SAT` style right-labelled bins). */
export function weekEndingOnOrAfter(day: number, weekday: number): number {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}
