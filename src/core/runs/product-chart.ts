// Geometry of the product page's chart: the recent weekly sales, the champion's forecast of the weeks
// ahead with 80 % and 95 % bands, and its backtest (the forecast of the held-out test window) faintly
// behind the sales. Pure numbers for an SVG.
import { formatDay, parseDay } from '../data/dates';
import type { ForecastTable, WeekRange } from '../policy/registry-types';

/** A forecast drawn as a mean line inside its 80 % and 95 % bands (SVG `points` strings). */
export interface DrawnForecast {
  mean: string;
  band80: string;
  band95: string;
}

export interface DateLabel {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface ProductChart {
  width: number;
  height: number;
  sales: string;
  /** The forecast of the weeks after the last real week, or null without one. */
  future: DrawnForecast | null;
  /** The forecast of the test window recorded at training, or null without one. */
  backtest: DrawnForecast | null;
  /** The test window as an x range, or null when it lies outside the drawn weeks. */
  testWindow: { x: number; width: number } | null;
  /** Between the last real week and the first forecast week, or null without a future forecast. */
  originX: number | null;
  /** The first week shown, the last real week and the last forecast week. */
  dates: DateLabel[];
  yMax: number;
}

export interface ProductChartInput {
  future: ForecastTable | null;
  backtest: ForecastTable | null;
  testWindow: WeekRange | null;
}

const PAD = 24;
const finite = (xs: readonly number[]) => xs.filter(Number.isFinite);
const allValues = (t: ForecastTable | null) => (t ? [...t.mean, ...t.lower95, ...t.upper95] : []);

/** The chart of `series`' latest `recentWeeks` weeks and the forecasts beside them. */
export function productChart(series: { start: string; values: readonly number[] }, input: ProductChartInput, width: number, height: number, recentWeeks = 104): ProductChart {
  const { future, backtest, testWindow } = input;
  const startDay = parseDay(series.start)!;
  const n = series.values.length;
  const firstShown = Math.max(0, n - recentWeeks);
  const weekOf = (iso: string) => (parseDay(iso)! - startDay) / 7;
  const lastWeek = Math.max(n - 1, ...(future ? future.weekEnding.map(weekOf) : []));
  const shown = series.values.slice(firstShown);
  // The backtest's bands are faint context: they do not stretch the axis (an untruncated band
  // below zero would halve the room for unit sales); they are clipped to it instead.
  const values = finite([...shown, ...allValues(future), ...(backtest?.mean ?? [])]);
  const yMax = Math.max(1, ...values);
  const yMin = Math.min(0, ...values);
  const x = (w: number) => PAD + ((w - firstShown) / Math.max(1, lastWeek - firstShown)) * (width - 2 * PAD);
  const y = (v: number) => height - PAD - ((Math.min(yMax, Math.max(yMin, v)) - yMin) / (yMax - yMin)) * (height - 2 * PAD);
  const line = (ws: readonly number[], vs: readonly number[]) => ws.map((w, i) => (Number.isFinite(vs[i]!) && w >= firstShown ? `${x(w).toFixed(1)},${y(vs[i]!).toFixed(1)}` : null)).filter(Boolean).join(' ');
  const drawn = (t: ForecastTable | null): DrawnForecast | null => {
    if (!t || t.weekEnding.length === 0) return null;
    const ws = t.weekEnding.map(weekOf), back = [...ws].reverse();
    const band = (lo: number[], hi: number[]) => `${line(ws, hi)} ${line(back, [...lo].reverse())}`.trim();
    return { mean: line(ws, t.mean), band80: band(t.lower80, t.upper80), band95: band(t.lower95, t.upper95) };
  };
  let window: ProductChart['testWindow'] = null;
  if (testWindow) {
    const [a, b] = [Math.max(firstShown, weekOf(testWindow.start) - 0.5), weekOf(testWindow.end) + 0.5];
    if (b > a) window = { x: x(a), width: x(b) - x(a) };
  }
  const dayOf = (week: number) => formatDay(startDay + 7 * week);
  const lastReal = dayOf(Math.max(0, n - 1));
  const dates: DateLabel[] = [{ x: x(firstShown), label: dayOf(firstShown), anchor: 'start' }];
  const hasFuture = !!future && future.weekEnding.length > 0;
  if (hasFuture) dates.push({ x: x(n - 1), label: lastReal, anchor: 'middle' }, { x: x(lastWeek), label: future.weekEnding.at(-1)!, anchor: 'end' });
  else dates.push({ x: x(n - 1), label: lastReal, anchor: 'end' });
  return {
    width, height, yMax,
    sales: line(shown.map((_, i) => firstShown + i), shown),
    future: drawn(future),
    backtest: drawn(backtest),
    testWindow: window,
    originX: hasFuture ? x(n - 0.5) : null,
    dates,
  };
}

