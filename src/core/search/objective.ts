// The study objective on a validation window, not the test window (the original tuned and reported
// on the same 32 weeks): fit on train, score the validation weeks; the winner is then refitted on
// train + validation and scored once on the untouched test weeks.
import type { EngineName, FitOutcome, ModelEngine } from '../model/engine';
import { checkForecast } from '../model/guards';
import { pointMetrics } from '../model/metrics';
import type { ModelSpec } from '../model/spec';
import type { ObjectiveMetric } from '../policy/config';
import { fail, ok, type Result } from '../result';
import type { StudyObjective } from './driver';
import { engineOf } from './space';

export interface StudySplit {
  train: number[];
  validation: number[];
  test: number[];
}

export type Engines = Partial<Record<EngineName, ModelEngine>>;

/** Train | validation | test, the last `testWeeks` being the test window. */
export function splitSeries(values: readonly number[], testWeeks: number, validationWeeks: number, minTrainWeeks = 52): Result<StudySplit, 'series-too-short'> {
  const need = minTrainWeeks + validationWeeks + testWeeks;
  if (values.length < need) {
    return fail('series-too-short', `This product has ${values.length} weeks; ${testWeeks} test + ${validationWeeks} validation weeks need at least ${need}.`);
  }
  const testStart = values.length - testWeeks;
  const validationStart = testStart - validationWeeks;
  return ok({ train: values.slice(0, validationStart), validation: values.slice(validationStart, testStart), test: values.slice(testStart) });
}

/** MAE of the in-sample seasonal naive forecast (lag 52, or lag 1 for short series): MASE's scale. */
export function naiveScale(train: readonly number[], season = 52): number {
  const lag = train.length > season ? season : 1;
  let sum = 0;
  for (let i = lag; i < train.length; i++) sum += Math.abs(train[i]! - train[i - lag]!);
  return sum / (train.length - lag);
}

export interface Scores {
  rmse: number;
  mae: number;
  /** Null when the naive scale is zero (a constant history). */
  mase: number | null;
}

export function scoreForecast(actual: readonly number[], forecast: readonly number[], train: readonly number[]): Scores {
  const { rmse, mae } = pointMetrics(actual, forecast);
  const scale = naiveScale(train);
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

/** The objective runStudy calls: validation-window score of the trial's spec and engine. */
export function validationObjective(engines: Engines, split: StudySplit, metric: ObjectiveMetric, now: () => number = Date.now): StudyObjective {
  return async (spec, params) => {
    const started = now();
    const fitted = fitChecked(engines, engineOf(params), split.train, spec, split.validation.length);
    const fitMs = now() - started;
    if (!fitted.ok) return { ok: false, reason: `${fitted.error.code}: ${fitted.error.message}`, fitMs };
    const value = scoreForecast(split.validation, fitted.value.forecast.mean, split.train)[metric];
    if (value === null || !Number.isFinite(value)) return { ok: false, reason: `${metric} is not defined for this series (constant history).`, fitMs };
    return { ok: true, value, fitMs };
  };
}

export interface TestEvaluation {
  fit: FitOutcome;
  scores: Scores;
  fitMs: number;
}

/** Refits the chosen spec on train + validation and scores the untouched test window once. */
export function evaluateOnTest(engines: Engines, engine: EngineName, split: StudySplit, spec: ModelSpec, now: () => number = Date.now): Result<TestEvaluation> {
  const history = [...split.train, ...split.validation];
  const started = now();
  const fitted = fitChecked(engines, engine, history, spec, split.test.length);
  const fitMs = now() - started;
  if (!fitted.ok) return fitted;
  return ok({ fit: fitted.value, scores: scoreForecast(split.test, fitted.value.forecast.mean, history), fitMs });
}
