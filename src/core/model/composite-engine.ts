// The model families no ARIMA estimator fits: baselines (closed forms) and combinations (the mean
// or median of members' forecasts). Wraps an ARIMA engine so that every caller of `fit` — studies,
// the forecast view, the registry's forecasts — handles every family the same way.
import { fail, ok, type Result } from '../result';
import { baselineForecast } from './baselines';
import type { ArimaEngine, EngineForecast, FitAttempt, FitErrorCode, FitOptions, FitOutcome, FittedModel, ModelEngine } from './engine';
import type { BaselineSpec, CombinationSpec, ModelSpec } from './spec';

/** What forecasting a baseline needs without its history. */
export interface BaselineState {
  kind: 'baseline';
  /** The last season of the history (the last value is its end), its mean and length. */
  tail: number[];
  mean: number;
  first: number;
  n: number;
}

export interface CombinationState {
  kind: 'combination';
  members: Omit<FittedModel, 'residuals'>[];
}

const LOG_TWO_PI = Math.log(2 * Math.PI);

function fitBaseline(engineName: ArimaEngine['name'], train: readonly number[], spec: BaselineSpec, horizon: number): Result<FitOutcome, FitErrorCode> {
  if (train.length < 2) return fail('series-too-short', 'A baseline needs at least two weeks of history.');
  const bad = train.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) return fail('invalid-input', `The series holds a missing or infinite value at position ${bad + 1}.`);
  const forecast = baselineForecast(spec.method, train, horizon, spec.season);
  // One-step in-sample errors give sigma² (as forecast's residuals for these methods).
  const oneStep = train.slice(1).map((y, t) => y - baselineForecast(spec.method, train.slice(0, t + 1), 1, spec.season).mean[0]!);
  const sigma2 = oneStep.reduce((a, e) => a + e * e, 0) / Math.max(1, oneStep.length);
  const n = train.length;
  const state: BaselineState = {
    kind: 'baseline',
    tail: train.slice(-Math.max(1, Math.round(spec.season))),
    mean: train.reduce((a, b) => a + b, 0) / n,
    first: train[0]!,
    n,
  };
  const model: FittedModel = {
    spec,
    engine: engineName,
    method: 'ML',
    coefficients: [],
    covariance: null,
    sigma2,
    loglik: -0.5 * oneStep.length * (LOG_TWO_PI + Math.log(Math.max(sigma2, Number.MIN_VALUE)) + 1),
    aic: null,
    aicc: null,
    bic: null,
    nobs: oneStep.length,
    residuals: oneStep,
    converged: true,
    state,
  };
  return ok({ model, forecast, attempts: [{ method: 'ML', outcome: 'converged', detail: 'closed form' }] });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Mean (or median) of the members' forecasts; se is the members' mean se (exact if they were perfectly correlated, so never too narrow). */
export function combineForecasts(combine: CombinationSpec['combine'], forecasts: readonly EngineForecast[]): EngineForecast {
  const horizon = forecasts[0]!.mean.length;
  const at = (h: number, key: 'mean' | 'se') => forecasts.map((f) => f[key][h]!);
  return {
    mean: Array.from({ length: horizon }, (_, h) =>
      combine === 'median' ? median(at(h, 'mean')) : at(h, 'mean').reduce((a, b) => a + b, 0) / forecasts.length,
    ),
    se: Array.from({ length: horizon }, (_, h) => at(h, 'se').reduce((a, b) => a + b, 0) / forecasts.length),
  };
}

function fitCombination(
  engine: ModelEngine,
  train: readonly number[],
  spec: CombinationSpec,
  horizon: number,
  options?: FitOptions,
): Result<FitOutcome, FitErrorCode> {
  if (spec.members.length < 2) return fail('invalid-input', 'A combination needs at least two members.');
  const outcomes: FitOutcome[] = [];
  const attempts: FitAttempt[] = [];
  for (const member of spec.members) {
    const fitted = engine.fit(train, member, horizon, options);
    if (!fitted.ok) return fail(fitted.error.code, `A member of the combination failed: ${fitted.error.message}`);
    outcomes.push(fitted.value);
    attempts.push(...(fitted.value.attempts ?? []));
  }
  const models = outcomes.map((o) => o.model);
  const shortest = Math.min(...models.map((m) => m.residuals.length));
  const residuals = Array.from({ length: shortest }, (_, i) => models.reduce((a, m) => a + m.residuals[m.residuals.length - shortest + i]!, 0) / models.length);
  const sigma2 = residuals.reduce((a, e) => a + e * e, 0) / Math.max(1, residuals.length);
  const state: CombinationState = { kind: 'combination', members: models.map(({ residuals: _r, ...kept }) => kept) };
  const model: FittedModel = {
    spec,
    engine: models[0]!.engine,
    method: models[0]!.method,
    coefficients: [],
    covariance: null,
    sigma2,
    loglik: -0.5 * residuals.length * (LOG_TWO_PI + Math.log(Math.max(sigma2, Number.MIN_VALUE)) + 1),
    aic: null,
    aicc: null,
    bic: null,
    nobs: residuals.length,
    residuals,
    converged: models.every((m) => m.converged),
    state,
  };
  return ok({
    model,
    forecast: combineForecasts(
      spec.combine,
      outcomes.map((o) => o.forecast),
    ),
    attempts,
  });
}

/** An engine for every model family: ARIMA specs go to `arima`, baselines and combinations are handled here. */
export function withModelFamilies(arima: ArimaEngine): ModelEngine {
  const engine: ModelEngine = {
    name: arima.name,
    ...(arima.warmUp ? { warmUp: () => arima.warmUp!() } : {}),
    fit(train: readonly number[], spec: ModelSpec, horizon: number, options?: FitOptions) {
      if (spec.family === 'baseline') return fitBaseline(arima.name, train, spec, horizon);
      if (spec.family === 'combination') return fitCombination(engine, train, spec, horizon, options);
      return arima.fit(train, spec, horizon, options);
    },
  };
  return engine;
}
