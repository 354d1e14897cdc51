// Geometry of the product page's chart: the recent weekly sales, the champion's forecast of the weeks
// ahead with 80 % and 95 % bands, and its backtest (the forecast of the held-out test window) faintly
// behind the sales. Pure numbers for an SVG.
import { parseDay } from '../data/dates';
import type { ForecastTable, WeekRange } from '../registry/registry-types';
import { fitPlot, formatNumber, humanDay, niceAxis, placeTicks, weekAxis, type PlacedTick, type Plot, type ReadoutPoint } from '../chart';

/** A forecast drawn as a mean line inside its 80 % and 95 % bands (SVG `points` strings). */
export interface DrawnForecast {
  mean: string;
  band80: string;
  band95: string;
}

export interface ProductChart {
  plot: Plot;
  sales: string;
  /** The forecast of the weeks after the last real week, or null without one. */
  future: DrawnForecast | null;
  /** The forecast of the test window recorded at training, or null without one. */
  backtest: DrawnForecast | null;
  /** The test window as an x range, or null when it lies outside the drawn weeks. */
  testWindow: { x: number; width: number } | null;
  /** Between the last real week and the first forecast week, or null without a future forecast. */
  originX: number | null;
  /** Month, quarter or year ticks along the weeks shown. */
  xTicks: PlacedTick[];
  /** Unit-sales ticks from zero. */
  yTicks: PlacedTick[];
  yTitle: string;
  /** One readout per week shown (sales, backtest, forecast), left to right. */
  points: ReadoutPoint[];
}

export interface ProductChartInput {
  future: ForecastTable | null;
  backtest: ForecastTable | null;
  testWindow: WeekRange | null;
}

const finite = (xs: readonly number[]) => xs.filter(Number.isFinite);
const allValues = (t: ForecastTable | null) => (t ? [...t.mean, ...t.lower95, ...t.upper95] : []);
const one = (v: number) => formatNumber(v, 1);
const bands = (t: ForecastTable, i: number) => `80%: ${one(t.lower80[i]!)} – ${one(t.upper80[i]!)}; 95%: ${one(t.lower95[i]!)} – ${one(t.upper95[i]!)}`;

/** What the readout says about week `w`: its sales, the backtest's forecast of it, or the forecast ahead. */
function weekText(
  w: number,
  day: string,
  values: readonly number[],
  future: ForecastTable | null,
  fi: Map<number, number>,
  backtest: ForecastTable | null,
  bi: Map<number, number>,
): string {
  const parts: string[] = [];
  if (w < values.length && Number.isFinite(values[w]!)) parts.push(`${formatNumber(values[w]!, Number.isInteger(values[w]!) ? 0 : 1)} units sold`);
  const b = bi.get(w);
  if (backtest && b !== undefined) parts.push(`backtest forecast ${one(backtest.mean[b]!)}`);
  const f = fi.get(w);
  if (future && f !== undefined) parts.push(`forecast ${one(future.mean[f]!)} units (${bands(future, f)})`);
  return `Week ending ${day}: ${parts.join('; ') || 'no sales recorded'}`;
}

/** The chart of `series`' latest `recentWeeks` weeks and the forecasts beside them, drawn `width` × `height` px. */
export function productChart(
  series: { start: string; values: readonly number[] },
  input: ProductChartInput,
  width: number,
  height: number,
  recentWeeks = 104,
): ProductChart {
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
  const { plot, axis, y: rawY } = fitPlot(width, height, (count) => niceAxis(Math.min(0, ...values), Math.max(1, ...values), count, { includeZero: true }));
  const y = (v: number) => rawY(Math.min(axis.max, Math.max(axis.min, v)));
  const { x, ticks: xTicks } = weekAxis(plot, startDay, firstShown, lastWeek);
  const line = (ws: readonly number[], vs: readonly number[]) =>
    ws
      .map((w, i) => (Number.isFinite(vs[i]!) && w >= firstShown ? `${x(w).toFixed(1)},${y(vs[i]!).toFixed(1)}` : null))
      .filter(Boolean)
      .join(' ');
  const drawn = (t: ForecastTable | null): DrawnForecast | null => {
    if (!t || t.weekEnding.length === 0) return null;
    const ws = t.weekEnding.map(weekOf),
      back = [...ws].reverse();
    const band = (lo: number[], hi: number[]) => `${line(ws, hi)} ${line(back, [...lo].reverse())}`.trim();
    return { mean: line(ws, t.mean), band80: band(t.lower80, t.upper80), band95: band(t.lower95, t.upper95) };
  };
  let window: ProductChart['testWindow'] = null;
  if (testWindow) {
    const [a, b] = [Math.max(firstShown, weekOf(testWindow.start) - 0.5), weekOf(testWindow.end) + 0.5];
    if (b > a) window = { x: x(a), width: x(b) - x(a) };
  }
  const hasFuture = !!future && future.weekEnding.length > 0;
  const indexOf = (t: ForecastTable | null) => new Map((t?.weekEnding ?? []).map((d, i) => [Math.round(weekOf(d)), i]));
  const fi = indexOf(future),
    bi = indexOf(backtest);
  const points = Array.from({ length: Math.round(lastWeek) - firstShown + 1 }, (_, k): ReadoutPoint => {
    const w = firstShown + k,
      f = fi.get(w);
    const v = w < n ? series.values[w]! : f !== undefined ? future!.mean[f]! : NaN;
    return { x: x(w), y: Number.isFinite(v) ? y(v) : plot.y1, text: weekText(w, humanDay(startDay + 7 * w), series.values, future, fi, backtest, bi) };
  });
  return {
    plot,
    sales: line(
      shown.map((_, i) => firstShown + i),
      shown,
    ),
    future: drawn(future),
    backtest: drawn(backtest),
    testWindow: window,
    originX: hasFuture ? x(n - 0.5) : null,
    xTicks,
    yTicks: placeTicks(axis, y),
    yTitle: 'units sold',
    points,
  };
}
