// Geometry of the study charts, as pure functions of the trials: optimisation history (value and
// best-so-far per trial), parameter slices, and the Pareto front of validation error vs fit time.
import type { TrialRecord } from '../../core/search/types';

export interface Frame {
  width: number;
  height: number;
  pad: number;
}
export const FRAME: Frame = { width: 560, height: 220, pad: 36 };

export interface Dot {
  x: number;
  y: number;
  number: number;
  value: number;
}

export interface Scale {
  min: number;
  max: number;
}

function scaleOf(values: readonly number[]): Scale {
  if (values.length === 0) return { min: 0, max: 1 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? { min: min - 1, max: max + 1 } : { min, max };
}

const toX = (v: number, s: Scale, f: Frame) => f.pad + ((v - s.min) / (s.max - s.min)) * (f.width - 2 * f.pad);
const toY = (v: number, s: Scale, f: Frame) => f.height - f.pad - ((v - s.min) / (s.max - s.min)) * (f.height - 2 * f.pad);

const complete = (trials: readonly TrialRecord[]) => trials.filter((t) => t.state === 'complete' && t.value !== null && Number.isFinite(t.value));

/** Best value so far after each complete trial, in trial order (Optuna's history plot). */
export function bestSoFar(trials: readonly TrialRecord[]): { number: number; best: number }[] {
  let best = Infinity;
  return complete([...trials].sort((a, b) => a.number - b.number)).map((t) => ((best = Math.min(best, t.value!)), { number: t.number, best }));
}

export interface HistoryGeometry {
  dots: Dot[];
  /** SVG path of the best-so-far step line. */
  bestPath: string;
  x: Scale;
  y: Scale;
}

export function historyGeometry(trials: readonly TrialRecord[], frame: Frame = FRAME): HistoryGeometry {
  const done = complete(trials);
  const x = scaleOf(trials.map((t) => t.number));
  const y = scaleOf(done.map((t) => t.value!));
  const dots = done.map((t) => ({ x: toX(t.number, x, frame), y: toY(t.value!, y, frame), number: t.number, value: t.value! }));
  const steps = bestSoFar(trials);
  const bestPath = steps
    .map((s, i) => {
      const px = toX(s.number, x, frame).toFixed(1);
      const py = toY(s.best, y, frame).toFixed(1);
      return i === 0 ? `M${px},${py}` : `H${px}V${py}`;
    })
    .join('');
  return { dots, bestPath, x, y };
}

/** Value against one parameter (categorical parameters spread over their observed choices). */
export function sliceGeometry(trials: readonly TrialRecord[], param: string, frame: Frame = FRAME): { dots: Dot[]; ticks: { x: number; label: string }[] } {
  const done = complete(trials).filter((t) => t.params[param] !== undefined);
  const raw = done.map((t) => t.params[param]!);
  const categorical = raw.some((v) => typeof v === 'string');
  const choices = categorical ? [...new Set(raw.map(String))].sort() : [];
  const position = (v: number | string) => (categorical ? choices.indexOf(String(v)) : Number(v));
  const x = scaleOf(categorical ? choices.map((_, i) => i) : raw.map(Number));
  const y = scaleOf(done.map((t) => t.value!));
  const dots = done.map((t) => ({ x: toX(position(t.params[param]!), x, frame), y: toY(t.value!, y, frame), number: t.number, value: t.value! }));
  const tickValues = categorical ? choices.map((c, i) => ({ v: i, label: c })) : [...new Set(raw.map(Number))].sort((a, b) => a - b).map((v) => ({ v, label: String(v) }));
  return { dots, ticks: tickValues.map((t) => ({ x: toX(t.v, x, frame), label: t.label })) };
}

/** Every complete trial by (fit ms, value), the front's trials joined by a step line. */
export function paretoGeometry(trials: readonly TrialRecord[], front: readonly number[], frame: Frame = FRAME): { dots: (Dot & { onFront: boolean; fitMs: number })[]; frontPath: string } {
  const done = complete(trials).filter((t) => typeof t.userAttrs.fit_ms === 'number');
  const x = scaleOf(done.map((t) => t.userAttrs.fit_ms as number));
  const y = scaleOf(done.map((t) => t.value!));
  const onFront = new Set(front);
  const dots = done.map((t) => ({ x: toX(t.userAttrs.fit_ms as number, x, frame), y: toY(t.value!, y, frame), number: t.number, value: t.value!, fitMs: t.userAttrs.fit_ms as number, onFront: onFront.has(t.number) }));
  const path = dots.filter((d) => d.onFront).sort((a, b) => a.x - b.x);
  return { dots, frontPath: path.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x.toFixed(1)},${d.y.toFixed(1)}`).join('') };
}
