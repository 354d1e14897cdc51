// The study objective: rolling-origin evaluation inside the weeks before the test window (each fold
// fits on the weeks before its origin and forecasts the horizon after it; the value is the mean over
// folds), so the winner is the model that forecasts well from several origins, not the one that fits
// one window's noise. The winner is then refitted on every week before the test window and scored
// once on the untouched test weeks.
import { splitWindows, type Fold, type Windows } from '../data/windows';
import type { EngineName, FitOutcome, ModelEngine } from '../model/engine';
import { checkForecast } from '../model/guards';
import { maseScale, pointMetrics } from '../model/metrics';
import type { ModelSpec } from '../model/spec';
import type { ObjectiveMetric } from '../config/config';
import { fail, ok, type Result } from '../result';
import type { ObjectiveOutcome, StudyObjective } from './driver';
import { engineOf } from './space';

export interface StudySplit {
  /** Every week before the test window. */
  history: number[];
  /** Where the chosen model's refit starts in `history` (long histories use their latest weeks). */
  historyStart: number;
  test: number[];
  /** Rolling origins inside `history`, latest first. */
  folds: Fold[];
  season: number;
}

export type Engines = Partial<Record<EngineName, ModelEngine>>;

/** The study's view of a series under `windows` (see data/windows.ts). */
export function studySplit(values: readonly number[], windows: Windows): Result<StudySplit, 'series-too-short'> {
  const split = splitWindows(values.length, windows);
  if (!split.ok) return split;
  const { historyStart, historyEnd, folds } = split.value;
  return ok({ history: values.slice(0, historyEnd), historyStart, test: values.slice(historyEnd), folds, season: windows.season });
}

export interface Scores {
  rmse: number;
  mae: number;
  /** Null when the naive scale is zero (a constant history). */
  mase: number | null;
}

/** RMSE, MAE and MASE (MASE scaled as `accuracy` scales it: metrics.ts maseScale). */
export function scoreForecast(actual: readonly number[], forecast: readonly number[], train: readonly number[], season = 52): Scores {
  const { rmse, mae } = pointMetrics(actual, forecast);
  const scale = maseScale(train, season);
  return { rmse, mae, mase: scale > 0 ? mae / scale : null };
}

function fitChecked(engines: Engines, name: EngineName, train: number[], spec: ModelSpec, horizon: number): Result<FitOutcome> {
  const engine = engines[name];
  if (!engine) return fail('engine-unavailable', `The ${name} engine is not available here.`);
  const fitted = engine.fit(train, spec, horizon);
  if (!fitted.ok) return fitted;
  const checked = checkForecast(train, fitted.value.forecast);
  return checked.ok ? fitted : checked;
}

/** The objective runStudy calls: the mean over the rolling origins of the trial's forecast error. */
export function validationObjective(engines: Engines, split: StudySplit, metric: ObjectiveMetric, now: () => number = Date.now): StudyObjective {
  return async (spec, params) => crossValidate(engines, engineOf(params), split, spec, metric, now);
}

/** Fits `spec` at every fold of `split` and averages `metric`; the folds' forecasts come back for combinations. */
export function crossValidate(
  engines: Engines,
  engine: EngineName,
  split: StudySplit,
  spec: ModelSpec,
  metric: ObjectiveMetric,
  now: () => number = Date.now,
): ObjectiveOutcome {
  const started = now();
  const forecasts: number[][] = [];
  let total = 0;
  let aicc: number | null = null;
  for (const fold of split.folds) {
    const train = split.history.slice(fold.trainStart, fold.trainEnd);
    const actual = split.history.slice(fold.trainEnd, fold.end);
    const fitted = fitChecked(engines, engine, train, spec, actual.length);
    if (!fitted.ok) return { ok: false, reason: `${fitted.error.code}: ${fitted.error.message}`, fitMs: now() - started };
    const value = scoreForecast(actual, fitted.value.forecast.mean, train, split.season)[metric];
    if (value === null || !Number.isFinite(value))
      return { ok: false, reason: `${metric} is not defined for this series (constant history).`, fitMs: now() - started };
    forecasts.push(fitted.value.forecast.mean);
    // The latest origin's fit has the most data: its AICc ranks models of the same differencing.
    if (fold === split.folds[0]) aicc = fitted.value.model.aicc;
    total += value;
  }
  return { ok: true, value: total / split.folds.length, fitMs: now() - started, forecasts, aicc };
}

export interface TestEvaluation {
  fit: FitOutcome;
  scores: Scores;
  fitMs: number;
}

/** Refits the chosen spec on every week before the test window and scores the test window once. */
export function evaluateOnTest(engines: Engines, engine: EngineName, split: StudySplit, spec: ModelSpec, now: () => number = Date.now): Result<TestEvaluation> {
  const history = split.history.slice(split.historyStart);
  const started = now();
  const fitted = fitChecked(engines, engine, history, spec, split.test.length);
  const fitMs = now() - started;
  if (!fitted.ok) return fitted;
  return ok({ fit: fitted.value, scores: scoreForecast(split.test, fitted.value.forecast.mean, history, split.season), fitMs });
}

/** Refits `spec` on the latest weeks of a whole series (from `start`) and forecasts `horizon` weeks after its end. */
export function fitFuture(
  engines: Engines,
  engine: EngineName,
  values: readonly number[],
  start: number,
  spec: ModelSpec,
  horizon: number,
): Result<FitOutcome> {
  return fitChecked(engines, engine, values.slice(start), spec, horizon);
}
