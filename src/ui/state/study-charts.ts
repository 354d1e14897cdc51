// Geometry of the study charts, as pure functions of the trials: optimisation history (value and
// best-so-far per trial), parameter slices, and the Pareto front of validation error vs fit time.
// All three share one value axis that clips outliers, so one bad trial cannot flatten the rest.
import type { TrialRecord } from '../../core/search/types';
import type { ObjectiveMetric } from '../../core/config/config';
import {
  clampTo,
  clippedAxis,
  fitPlot,
  formatNumber,
  inReadingOrder,
  isClipped,
  linearScale,
  niceAxis,
  placeTicks,
  xTickBudget,
  type ClippedAxis,
  type PlacedTick,
  type Plot,
  type ReadoutPoint,
} from '../../core/chart';

/** A trial drawn as a dot; `clipped` when its value lies above the chart and it sits at the top edge. */
export interface Dot {
  x: number;
  y: number;
  number: number;
  value: number;
  clipped: boolean;
}

/** What every study chart has: its plot, both axes with titles, its dots and their readouts. */
export interface StudyChart<D extends Dot = Dot> {
  plot: Plot;
  xTicks: PlacedTick[];
  yTicks: PlacedTick[];
  xTitle: string;
  yTitle: string;
  /** True when some trial lies above the value axis (drawn at the top edge with a ▲). */
  clips: boolean;
  dots: D[];
  /** One readout per dot, left to right. */
  points: ReadoutPoint[];
}

/** The study's objective as an axis title: "RMSE on validation weeks". */
export const metricTitle = (metric: ObjectiveMetric | string) => `${metric.toUpperCase()} on validation weeks`;

// Dots keep clear of the y axis line and the right edge.
const INSET = 8;
const xScale = (lo: number, hi: number, plot: Plot) => linearScale(lo, hi, plot.x0 + INSET, plot.x1 - INSET);

const complete = (trials: readonly TrialRecord[]) => trials.filter((t) => t.state === 'complete' && t.value !== null && Number.isFinite(t.value));

/** Best value so far after each complete trial, in trial order (Optuna's history plot). */
export function bestSoFar(trials: readonly TrialRecord[]): { number: number; best: number }[] {
  let best = Infinity;
  return complete([...trials].sort((a, b) => a.number - b.number)).map((t) => ((best = Math.min(best, t.value!)), { number: t.number, best }));
}

const valueText = (metric: string, d: Dot, axis: ClippedAxis) =>
  `${metric} ${formatNumber(d.value, 3)}${d.clipped ? ` (above the chart's top, ${formatNumber(axis.max, 0)})` : ''}`;

/** The plot and the shared value axis of a study chart over `trials`' values. */
function valueFrame(trials: readonly TrialRecord[], width: number, height: number) {
  const { plot, axis, y } = fitPlot(
    width,
    height,
    (n) =>
      clippedAxis(
        trials.map((t) => t.value!),
        n,
      ),
    true,
  );
  const dot = (x: number, t: TrialRecord): Dot => ({ x, y: y(clampTo(axis, t.value!)), number: t.number, value: t.value!, clipped: isClipped(axis, t.value!) });
  return { plot, axis, y, dot };
}

function chart<D extends Dot>(
  frame: ReturnType<typeof valueFrame>,
  xTicks: PlacedTick[],
  titles: [string, string],
  dots: D[],
  text: (d: D) => string,
): StudyChart<D> {
  const points = inReadingOrder(dots.map((d) => ({ x: d.x, y: d.y, text: text(d) })));
  return { plot: frame.plot, xTicks, yTicks: placeTicks(frame.axis, frame.y), xTitle: titles[0], yTitle: titles[1], clips: frame.axis.clips, dots, points };
}

export interface HistoryChart extends StudyChart {
  /** SVG path of the best-so-far step line. */
  bestPath: string;
}

/** Each complete trial's value by trial number, and the best so far as a step line. */
export function historyGeometry(trials: readonly TrialRecord[], metric: string, width: number, height: number): HistoryChart {
  const done = complete(trials);
  const frame = valueFrame(done, width, height);
  const numbers = trials.map((t) => t.number);
  const xAxis = niceAxis(Math.min(...numbers, 0), Math.max(...numbers, 1), xTickBudget(frame.plot, 4), { integer: true });
  const x = xScale(xAxis.min, xAxis.max, frame.plot);
  const steps = bestSoFar(trials);
  const bestPath = steps
    .map((s, i) => {
      const px = x(s.number).toFixed(1),
        py = frame.y(clampTo(frame.axis, s.best)).toFixed(1);
      return i === 0 ? `M${px},${py}` : `H${px}V${py}`;
    })
    .join('');
  const best = new Map(steps.map((s) => [s.number, s.best]));
  const dots = done.map((t) => frame.dot(x(t.number), t));
  const c = chart(
    frame,
    placeTicks(xAxis, x),
    ['trial', metricTitle(metric)],
    dots,
    (d) => `Trial ${d.number}: ${valueText(metric.toUpperCase(), d, frame.axis)}; best so far ${formatNumber(best.get(d.number)!, 3)}`,
  );
  return { ...c, bestPath };
}

/** Value against one parameter (categorical parameters spread over their observed choices). */
export function sliceGeometry(trials: readonly TrialRecord[], param: string, metric: string, width: number, height: number): StudyChart {
  const done = complete(trials).filter((t) => t.params[param] !== undefined);
  const frame = valueFrame(done, width, height);
  const { plot } = frame;
  const raw = done.map((t) => t.params[param]!);
  let xTicks: PlacedTick[], xOf: (v: number | string) => number;
  if (raw.some((v) => typeof v === 'string')) {
    // Each choice in the middle of its own band of the axis.
    const choices = [...new Set(raw.map(String))].sort();
    xOf = (v) => plot.x0 + INSET + ((choices.indexOf(String(v)) + 0.5) / choices.length) * (plot.x1 - plot.x0 - 2 * INSET);
    xTicks = choices.map((c) => ({ position: xOf(c), label: c }));
  } else {
    const nums = raw.map(Number);
    const axis = niceAxis(Math.min(...nums), Math.max(...nums), xTickBudget(plot, 5), { integer: nums.every(Number.isInteger) });
    const x = xScale(axis.min, axis.max, plot);
    xOf = (v) => x(Number(v));
    xTicks = placeTicks(axis, x);
  }
  const dots = done.map((t) => frame.dot(xOf(t.params[param]!), t));
  const byNumber = new Map(done.map((t) => [t.number, t.params[param]!]));
  return chart(
    frame,
    xTicks,
    [param, metricTitle(metric)],
    dots,
    (d) => `Trial ${d.number}: ${param} = ${byNumber.get(d.number)}, ${valueText(metric.toUpperCase(), d, frame.axis)}`,
  );
}

export type ParetoDot = Dot & { onFront: boolean; fitMs: number };

/** Every complete trial by (fit ms, value), the front's trials joined by a step line. */
export function paretoGeometry(
  trials: readonly TrialRecord[],
  front: readonly number[],
  metric: string,
  width: number,
  height: number,
): StudyChart<ParetoDot> & { frontPath: string } {
  const done = complete(trials).filter((t) => typeof t.userAttrs.fit_ms === 'number');
  const frame = valueFrame(done, width, height);
  const ms = done.map((t) => t.userAttrs.fit_ms as number);
  const xAxis = niceAxis(0, Math.max(...ms, 1), xTickBudget(frame.plot, 6), { includeZero: true });
  const x = xScale(xAxis.min, xAxis.max, frame.plot);
  const onFront = new Set(front);
  const dots = done.map((t) => ({ ...frame.dot(x(t.userAttrs.fit_ms as number), t), fitMs: t.userAttrs.fit_ms as number, onFront: onFront.has(t.number) }));
  const path = dots.filter((d) => d.onFront).sort((a, b) => a.x - b.x);
  const c = chart(
    frame,
    placeTicks(xAxis, x),
    ['fit time (ms)', metricTitle(metric)],
    dots,
    (d) => `Trial ${d.number}${d.onFront ? ' (on the front)' : ''}: ${valueText(metric.toUpperCase(), d, frame.axis)} in ${formatNumber(d.fitMs, 0)} ms`,
  );
  return { ...c, frontPath: path.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x.toFixed(1)},${d.y.toFixed(1)}`).join('') };
}
