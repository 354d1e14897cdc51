// Which way a file writes its dates (ISO, day-first, month-first, Excel serial), decided once per file.
import { dayFromParts, weekdayOf } from './dates';

export type DateFormat = 'iso' | 'dmy' | 'mdy' | 'excel';

export interface DateFormatGuess {
  format: DateFormat;
  /** True when slashed dates could be read both ways and the choice rests on a weaker hint. */
  ambiguous: boolean;
  note?: string;
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/;
const SLASH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
// Excel's 1900 date system: serial 25569 is 1970-01-01; 20000..80000 spans 1954..2119.
const EXCEL_EPOCH = 25569;

/** Day number of `text` read in `format`, or undefined when it is not a date in that format. */
export function parseDateAs(text: string, format: DateFormat): number | undefined {
  const s = text.trim();
  if (format === 'excel') {
    if (!SERIAL.test(s)) return ISO.test(s) ? parseDateAs(s, 'iso') : undefined;
    const serial = Math.floor(Number(s));
    return serial >= 20000 && serial <= 80000 ? serial - EXCEL_EPOCH : undefined;
  }
  const iso = ISO.exec(s);
  if (iso) return dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const slash = SLASH.exec(s);
  if (!slash || format === 'iso') return undefined;
  const [a, b, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
  return format === 'dmy' ? dayFromParts(y, b, a) : dayFromParts(y, a, b);
}

/** Indexes of the first slashed date that only reads day-first, only month-first, and either way (-1 if none). */
export function slashForms(texts: readonly string[]): { dayFirst: number; monthFirst: number; either: number } {
  const forms = { dayFirst: -1, monthFirst: -1, either: -1 };
  texts.forEach((t, i) => {
    const m = SLASH.exec(t.trim());
    if (!m) return;
    const [a, b] = [Number(m[1]), Number(m[2])];
    const form = a > 12 && b <= 12 ? 'dayFirst' : b > 12 && a <= 12 ? 'monthFirst' : a <= 12 && b <= 12 ? 'either' : undefined;
    if (form && forms[form] < 0) forms[form] = i;
  });
  return forms;
}

/** Share of the readable dates that fall on their most common weekday (1 = one weekday only). */
function weekdayAgreement(texts: readonly string[], format: DateFormat): number {
  const counts = new Array<number>(7).fill(0);
  let n = 0;
  for (const t of texts) {
    const day = parseDateAs(t, format);
    if (day === undefined) continue;
    counts[weekdayOf(day)]!++;
    n++;
  }
  return n === 0 ? 0 : Math.max(...counts) / n;
}

/**
 * Decides the format from the distinct date texts of a file. Slashed dates whose first part is
 * above 12 can only be day-first (and vice versa); when none is, the reading that puts the dates
 * on one weekday wins (weekly exports end every week on the same day); failing that, day-first.
 */
export function detectDateFormat(texts: readonly string[]): DateFormatGuess {
  let iso = 0,
    slash = 0,
    serial = 0,
    dayFirst = 0,
    monthFirst = 0;
  for (const t of texts) {
    const s = t.trim();
    if (ISO.test(s)) iso++;
    else if (SERIAL.test(s)) serial++;
    else {
      const m = SLASH.exec(s);
      if (!m) continue;
      slash++;
      if (Number(m[1]) > 12) dayFirst++;
      if (Number(m[2]) > 12) monthFirst++;
    }
  }
  if (serial > iso && serial > slash) return { format: 'excel', ambiguous: false };
  if (slash <= iso) return { format: 'iso', ambiguous: false };
  if (dayFirst > 0 && monthFirst === 0) return { format: 'dmy', ambiguous: false };
  if (monthFirst > 0 && dayFirst === 0) return { format: 'mdy', ambiguous: false };
  if (dayFirst > 0 && monthFirst > 0) {
    const format = dayFirst >= monthFirst ? 'dmy' : 'mdy';
    return {
      format,
      ambiguous: true,
      note: `Dates mix day-first (${dayFirst}) and month-first (${monthFirst}) forms; read as ${format === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy'}, the others are rejected.`,
    };
  }
  const dmy = weekdayAgreement(texts, 'dmy');
  const mdy = weekdayAgreement(texts, 'mdy');
  if (mdy > dmy)
    return { format: 'mdy', ambiguous: true, note: 'Every date could be dd/mm or mm/dd; read as mm/dd/yyyy because that puts the weeks on one weekday.' };
  const why = dmy > mdy ? 'because that puts the weeks on one weekday' : 'as UK exports write them';
  return { format: 'dmy', ambiguous: true, note: `Every date could be dd/mm or mm/dd; read as dd/mm/yyyy ${why}.` };
}
