// Geometry of the forecast chart as plain numbers and SVG path strings, so it can be tested
// without rendering; ForecastChart.svelte only draws what this returns.
import { holdoutStartOf, type HoldoutForecast } from '../../core/model/holdout';
import { parseDay } from '../../core/data/dates';
import { fitPlot, formatNumber, humanDay, niceAxis, placeTicks, weekAxis, type PlacedTick, type Plot, type ReadoutPoint } from '../../core/chart';

export interface ForecastChartGeometry {
  plot: Plot;
  history: string;
  actual: string;
  forecast: string;
  band80: string;
  band95: string;
  holdoutX: number;
  yTicks: PlacedTick[];
  yTitle: string;
  xTicks: PlacedTick[];
  /** One readout per week shown, left to right. */
  points: ReadoutPoint[];
}

const xy = (x: number, y: number) => `${x.toFixed(1)},${y.toFixed(1)}`;
const linePath = (xs: readonly number[], ys: readonly number[]) => xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${xy(x, ys[i]!)}`).join('');
function bandPath(xs: readonly number[], lower: readonly number[], upper: readonly number[]): string {
  const bottom = [...xs]
    .reverse()
    .map((x, i) => `L${xy(x, lower[lower.length - 1 - i]!)}`)
    .join('');
  return `${linePath(xs, upper)}${bottom}Z`;
}

const units = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
const range = (lo: number, hi: number) => `${formatNumber(lo, 1)} – ${formatNumber(hi, 1)}`;

/** The weekly sales (up to `historyWeeks` before the test weeks) and the holdout forecast, drawn `width` × `height` px. */
export function forecastChart(
  values: readonly number[],
  start: string,
  forecast: HoldoutForecast,
  width: number,
  height: number,
  historyWeeks = 104,
): ForecastChartGeometry {
  // The test weeks start after the weeks fitted on (which may skip a long history's early weeks).
  const testStart = holdoutStartOf(forecast);
  const first = Math.max(0, testStart - historyWeeks);
  const last = values.length - 1;
  const h = forecast.mean.length;
  // Unit sales start at zero: a band reaching below it is drawn cut at the axis (its bounds are in the readout).
  const top = Math.max(...values.slice(first), ...forecast.interval95.upper);
  const { plot, axis, y: rawY } = fitPlot(width, height, (n) => niceAxis(0, top, n, { includeZero: true }));
  const y = (v: number) => rawY(Math.max(axis.min, v));
  const startDay = parseDay(start) ?? 0;
  const { x, ticks: xTicks } = weekAxis(plot, startDay, first, last);
  const trainIdx = Array.from({ length: testStart - first }, (_, i) => first + i);
  const testX = Array.from({ length: h }, (_, i) => x(testStart + i));
  const points = Array.from({ length: last - first + 1 }, (_, k): ReadoutPoint => {
    const i = first + k,
      j = i - testStart,
      week = `Week ending ${humanDay(startDay + 7 * i)}`;
    if (j < 0 || j >= h) return { x: x(i), y: y(values[i]!), text: `${week}: ${units(values[i]!)} units sold` };
    const f = forecast;
    return {
      x: x(i),
      y: y(f.actual[j]!),
      text: `${week} (held out): ${units(f.actual[j]!)} units sold; forecast ${formatNumber(f.mean[j]!, 1)} (80%: ${range(f.interval80.lower[j]!, f.interval80.upper[j]!)}; 95%: ${range(f.interval95.lower[j]!, f.interval95.upper[j]!)})`,
    };
  });
  return {
    plot,
    history: linePath(
      trainIdx.map(x),
      trainIdx.map((i) => y(values[i]!)),
    ),
    actual: linePath(testX, forecast.actual.map(y)),
    forecast: linePath(testX, forecast.mean.map(y)),
    band80: bandPath(testX, forecast.interval80.lower.map(y), forecast.interval80.upper.map(y)),
    band95: bandPath(testX, forecast.interval95.lower.map(y), forecast.interval95.upper.map(y)),
    holdoutX: x(testStart - 0.5),
    yTicks: placeTicks(axis, y),
    yTitle: 'units sold',
    xTicks,
    points,
  };
}
