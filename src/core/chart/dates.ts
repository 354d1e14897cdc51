// Date axes for weekly charts: ticks on the first day of months, quarters or years (whichever fits the
// width), labelled as people write dates ("Apr", "Jan 2024", "2024"), never as ISO strings.
import { dayFromParts, formatDay } from '../data/dates';

/** A tick on a date axis: the day number it marks and its label. */
export interface DateTick {
  day: number;
  label: string;
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// Months between ticks, from the finest to the coarsest.
const INTERVALS = [1, 2, 3, 6, 12, 24, 60, 120, 240];

function monthStarts(first: number, last: number, every: number): { day: number; year: number; month: number }[] {
  const [y0, m0] = formatDay(first).split('-').map(Number) as [number, number];
  const out: { day: number; year: number; month: number }[] = [];
  for (let k = y0 * 12 + m0 - 1; ; k++) {
    const year = Math.floor(k / 12),
      month = k % 12;
    const day = dayFromParts(year, month + 1, 1)!;
    if (day > last) return out;
    if (day >= first && k % every === 0) out.push({ day, year, month });
  }
}

/** Month, quarter or year ticks between `first` and `last` (day numbers), at most `maxTicks` of them. */
export function dateTicks(first: number, last: number, maxTicks: number): DateTick[] {
  for (const every of INTERVALS) {
    const starts = monthStarts(first, last, every);
    if (starts.length > Math.max(1, maxTicks)) continue;
    return starts.map((s, i) => ({
      day: s.day,
      label: every >= 12 ? String(s.year) : s.month === 0 || i === 0 ? `${MONTHS[s.month]} ${s.year}` : MONTHS[s.month]!,
    }));
  }
  return [];
}

/** A day as people write it: "2 Mar 2024". */
export function humanDay(day: number): string {
  const [y, m, d] = formatDay(day).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
