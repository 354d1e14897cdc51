// Geometry of the product page's chart: the recent weekly sales, the champion's test window (its
// held-out weeks) shaded, and its forecast with 80 % and 95 % bands. Pure numbers for an SVG.
import { parseDay } from '../data/dates';
import type { ForecastTable, WeekRange } from '../policy/registry-types';

export interface ProductChart {
  width: number;
  height: number;
  sales: string;
  forecast: string;
  band80: string;
  band95: string;
  /** The test window as an x range, or null when it lies outside the drawn weeks. */
  testWindow: { x: number; width: number } | null;
  yMax: number;
}

const PAD = 24;

export function productChart(series: { start: string; values: readonly number[] }, forecast: ForecastTable | null, testWindow: WeekRange | null, width: number, height: number, recentWeeks = 104): ProductChart {
  const startDay = parseDay(series.start)!;
  const firstShown = Math.max(0, series.values.length - recentWeeks);
  const weekOf = (iso: string) => (parseDay(iso)! - startDay) / 7;
  const fWeeks = forecast ? forecast.weekEnding.map(weekOf) : [];
  const lastWeek = Math.max(series.values.length - 1, ...fWeeks);
  const finite = (xs: readonly number[]) => xs.filter(Number.isFinite);
  const yMax = Math.max(1, ...finite(series.values.slice(firstShown)), ...finite(forecast?.upper95 ?? []));
  const yMin = Math.min(0, ...finite(forecast?.lower95 ?? []));
  const x = (w: number) => PAD + ((w - firstShown) / Math.max(1, lastWeek - firstShown)) * (width - 2 * PAD);
  const y = (v: number) => height - PAD - ((v - yMin) / (yMax - yMin)) * (height - 2 * PAD);
  const line = (ws: number[], vs: readonly number[]) => ws.map((w, i) => (Number.isFinite(vs[i]!) ? `${x(w).toFixed(1)},${y(vs[i]!).toFixed(1)}` : null)).filter(Boolean).join(' ');
  const band = (lo: readonly number[], hi: readonly number[]) => (fWeeks.length ? `${line(fWeeks, hi)} ${line([...fWeeks].reverse(), [...lo].reverse())}` : '');
  const shown = series.values.slice(firstShown);
  let window: ProductChart['testWindow'] = null;
  if (testWindow) {
    const [a, b] = [Math.max(firstShown, weekOf(testWindow.start) - 0.5), weekOf(testWindow.end) + 0.5];
    if (b > a) window = { x: x(a), width: x(b) - x(a) };
  }
  return {
    width, height, yMax,
    sales: line(shown.map((_, i) => firstShown + i), shown),
    forecast: forecast ? line(fWeeks, forecast.mean) : '',
    band80: forecast ? band(forecast.lower80, forecast.upper80) : '',
    band95: forecast ? band(forecast.lower95, forecast.upper95) : '',
    testWindow: window,
  };
}
