// What the product page says about its champion's forecast of the weeks ahead: the week a picked
// date falls in, that week's numbers, and whether data arrived after the forecast was made. Pure.
import { formatDay, parseDay, weekdayOf, weekEndingOnOrAfter } from '../../core/data/dates';
import { expectedSalesOn } from '../../core/registry/future-forecast';
import type { FutureForecast } from '../../core/registry/registry-types';

export type WeekLookup =
  | { kind: 'invalid'; date: string }
  | { kind: 'before'; weekEnding: string; first: string; origin: string }
  | { kind: 'after'; weekEnding: string; last: string; weeks: number }
  | { kind: 'in'; weekEnding: string; snapped: boolean; index: number; mean: number; lower80: number; upper80: number; lower95: number; upper95: number };

/** The week ending (on `weekday`, 0 = Sunday) of the week that contains `date`; undefined for a non-date. */
export function snapToWeekEnding(date: string, weekday: number): string | undefined {
  const day = parseDay(date);
  return day === undefined ? undefined : formatDay(weekEndingOnOrAfter(day, weekday));
}

/** The forecast's weekday (its week endings all fall on it), or undefined for an empty table. */
export function forecastWeekday(future: FutureForecast): number | undefined {
  const first = future.table.weekEnding[0];
  const day = first === undefined ? undefined : parseDay(first);
  return day === undefined ? undefined : weekdayOf(day);
}

/** The forecast for the week containing `date`, or why there is none. */
export function lookupWeek(future: FutureForecast, date: string): WeekLookup {
  const weekday = forecastWeekday(future);
  const weekEnding = weekday === undefined ? undefined : snapToWeekEnding(date, weekday);
  if (weekEnding === undefined) return { kind: 'invalid', date };
  const weeks = future.table.weekEnding;
  const first = weeks[0]!,
    last = weeks.at(-1)!;
  if (weekEnding < first) return { kind: 'before', weekEnding, first, origin: future.origin };
  if (weekEnding > last) return { kind: 'after', weekEnding, last, weeks: weeks.length };
  const values = expectedSalesOn(future, weekEnding);
  if (!values) return { kind: 'invalid', date };
  return { kind: 'in', weekEnding, snapped: weekEnding !== date, index: weeks.indexOf(weekEnding), ...values };
}

export interface Staleness {
  /** The last week in the stored data. */
  dataEnd: string;
  /** Weeks of data after the forecast's origin. */
  newWeeks: number;
}

/** Null when the forecast starts right after the stored data; otherwise how far the data now runs. */
export function staleness(future: FutureForecast, series: { start: string; values: readonly number[] }): Staleness | null {
  const start = parseDay(series.start),
    origin = parseDay(future.origin);
  if (start === undefined || origin === undefined || series.values.length === 0) return null;
  const endDay = start + 7 * (series.values.length - 1);
  if (endDay <= origin) return null;
  return { dataEnd: formatDay(endDay), newWeeks: Math.round((endDay - origin) / 7) };
}

/** Heading lines naming the forecast and the backtest, with their dates. */
export function forecastLabels(
  future: FutureForecast | null | undefined,
  backtest: { start: string; end: string; weeks: number; rmse: number | null } | null,
): { forecast: string | null; backtest: string | null } {
  const weeks = future?.table.weekEnding ?? [];
  const rmse = backtest?.rmse;
  return {
    forecast: weeks.length ? `Forecast: ${weeks.length} weeks from ${weeks[0]}` : null,
    backtest: backtest
      ? `Backtest: ${backtest.weeks} held-out weeks ${backtest.start} – ${backtest.end} (test RMSE ${rmse === null || rmse === undefined ? '—' : rmse.toFixed(2)})`
      : null,
  };
}
