// Geometry of the forecast chart as plain numbers and SVG path strings, so it can be tested
// without rendering; ForecastChart.svelte only draws what this returns.
import { holdoutStartOf, type HoldoutForecast } from '../../core/model/holdout';
import { formatDay, parseDay } from '../../core/data/dates';

export interface ChartTick {
  position: number;
  label: string;
}

export interface ForecastChartGeometry {
  width: number;
  height: number;
  history: string;
  actual: string;
  forecast: string;
  band80: string;
  band95: string;
  holdoutX: number;
  yTicks: ChartTick[];
  xTicks: ChartTick[];
}

export const CHART_MARGIN = { top: 12, right: 16, bottom: 28, left: 64 };

function linePath(xs: readonly number[], ys: readonly number[]): string {
  return xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${ys[i]!.toFixed(1)}`).join('');
}

function bandPath(xs: readonly number[], lower: readonly number[], upper: readonly number[]): string {
  const top = xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${upper[i]!.toFixed(1)}`).join('');
  const bottom = [...xs].reverse().map((x, i) => `L${x.toFixed(1)},${lower[lower.length - 1 - i]!.toFixed(1)}`).join('');
  return `${top}${bottom}Z`;
}

/** A "nice" step (1, 2 or 5 × 10^k) giving about `count` ticks over `span`. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

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
  const shown = values.slice(first);
  const h = forecast.mean.length;
  const all = [...shown, ...forecast.interval95.lower, ...forecast.interval95.upper];
  const yMin = Math.min(0, ...all);
  const yMax = Math.max(...all, yMin + 1);
  const innerW = width - CHART_MARGIN.left - CHART_MARGIN.right;
  const innerH = height - CHART_MARGIN.top - CHART_MARGIN.bottom;
  const x = (i: number) => CHART_MARGIN.left + ((i - first) / Math.max(values.length - 1 - first, 1)) * innerW;
  const y = (v: number) => CHART_MARGIN.top + (1 - (v - yMin) / (yMax - yMin)) * innerH;
  const trainIdx = Array.from({ length: testStart - first }, (_, i) => first + i);
  const testIdx = Array.from({ length: h }, (_, i) => testStart + i);
  const testX = testIdx.map(x);
  const step = niceStep(yMax - yMin, 5);
  const yTicks: ChartTick[] = [];
  for (let v = Math.ceil(yMin / step) * step; v <= yMax; v += step) yTicks.push({ position: y(v), label: v.toLocaleString('en') });
  const startDay = parseDay(start) ?? 0;
  const xTicks: ChartTick[] = [];
  for (let i = first; i < values.length; i += 26) xTicks.push({ position: x(i), label: formatDay(startDay + 7 * i) });
  return {
    width,
    height,
    history: linePath(trainIdx.map(x), trainIdx.map((i) => y(values[i]!))),
    actual: linePath(testX, forecast.actual.map(y)),
    forecast: linePath(testX, forecast.mean.map(y)),
    band80: bandPath(testX, forecast.interval80.lower.map(y), forecast.interval80.upper.map(y)),
    band95: bandPath(testX, forecast.interval95.lower.map(y), forecast.interval95.upper.map(y)),
    holdoutX: x(testStart),
    yTicks,
    xTicks,
  };
}
