// The native SARIMA engine: R's stats::arima estimation (CSS, exact ML, CSS-ML) in TypeScript with
// sparse seasonal polynomials, reported as forecast::Arima reports it, behind core's ModelEngine.
import { fail, ok, type Result } from '../../result';
import { withModelFamilies } from '../composite-engine';
import type { ArimaEngine, Coefficient, EstimationMethod, FitErrorCode, FitOutcome, FittedModel, ModelEngine } from '../engine';
import type { ArimaSpec } from '../spec';
import { estimate, loglikOf } from './estimate';
import { forecastFromState, type NativeState } from './forecast';
import { armaCount, armaNames, ordersOf } from './orders';
import { regressorNames, regressorPlan, regressorRows } from './regressors';

export { forecastFromState, type NativeState } from './forecast';

function validate(train: readonly number[], spec: ArimaSpec): string | null {
  const o = ordersOf(spec);
  const orders = [o.p, o.d, o.q, o.P, o.D, o.Q, o.s];
  if (!orders.every((v) => Number.isInteger(v) && v >= 0)) return 'Model orders must be non-negative whole numbers.';
  if (spec.family === 'sarima' && o.s < 2 && o.P + o.D + o.Q > 0) return 'A seasonal model needs a period of at least 2.';
  if (spec.family === 'fourier' && !(spec.harmonics >= 1 && 2 * spec.harmonics <= spec.period)) return 'Fourier terms need 1 ≤ K ≤ period/2.';
  const bad = train.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) return `The series holds a missing or infinite value at position ${bad + 1}.`;
  return null;
}

export function fitNative(train: readonly number[], spec: ArimaSpec, horizon: number, method: EstimationMethod): Result<FitOutcome, FitErrorCode> {
  const problem = validate(train, spec);
  if (problem) return fail('invalid-input', problem);
  const o = ordersOf(spec);
  const plan = regressorPlan(spec);
  const xreg = regressorRows(plan, 1, train.length);
  const scale = train.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const spread = Math.max(...train) - Math.min(...train);
  if (train.length > 0 && !(spread > 1e-12 * Math.max(1, scale))) {
    return fail('fit-failed', 'The series is constant: there is no variation for an ARIMA model to describe.');
  }
  let est;
  try {
    est = estimate(train, o, xreg, method);
  } catch (error) {
    // Numerical code should not throw; if it does, the user still gets a failed fit, not a crash.
    return fail('fit-failed', `The native engine failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!est.ok) return est;
  const e = est.value;
  const names = [...armaNames(o), ...regressorNames(plan)];
  const ncoef = names.length;
  const ssr = e.residuals.reduce((s, v) => s + v * v, 0);
  const sigma2 = ssr / (e.nUsed - ncoef);
  const loglik = loglikOf(e.value, e.nUsed);
  const npar = ncoef + 1;
  const aic = method === 'CSS' ? null : -2 * loglik + 2 * npar;
  const aicc = aic === null ? null : aic + (2 * npar * (npar + 1)) / (e.nUsed - npar - 1);
  const bic = aic === null ? null : aic + npar * (Math.log(e.nUsed) - 2);
  if (!Number.isFinite(loglik) || !(sigma2 > 0) || !e.coef.every(Number.isFinite)) {
    return fail('fit-failed', 'The fit did not produce finite estimates (the series may be degenerate for this model).');
  }
  const coefficients: Coefficient[] = names.map((name, i) => {
    const v = e.covariance?.[i]?.[i];
    return { name, value: e.coef[i]!, se: v !== undefined && v >= 0 && Number.isFinite(v) ? Math.sqrt(v) : null };
  });
  const covariance = e.covariance && e.covariance.every((row) => row.every(Number.isFinite)) ? e.covariance : null;
  const state: NativeState = { model: e.model, a: e.a, P: e.P, regressors: plan, beta: e.coef.slice(armaCount(o)), n: train.length, sigma2 };
  const forecast = forecastFromState(state, horizon);
  if (!forecast.mean.every(Number.isFinite) || !forecast.se.every(Number.isFinite)) {
    return fail('forecast-rejected', 'The fitted model produced non-finite forecasts.');
  }
  const model: FittedModel = {
    spec,
    engine: 'native',
    method,
    coefficients,
    covariance,
    sigma2,
    loglik,
    aic,
    aicc,
    bic,
    nobs: e.nUsed,
    residuals: e.residuals,
    converged: e.converged,
    state,
  };
  return ok({ model, forecast });
}

/** The estimator alone (ARIMA families). */
export const nativeArimaEngine: ArimaEngine = {
  name: 'native',
  fit: (train, spec, horizon, options) => fitNative(train, spec, horizon, options?.method ?? 'CSS-ML'),
};

/** Every model family: baselines and combinations beside the estimator's ARIMA models. */
export const nativeEngine: ModelEngine = withModelFamilies(nativeArimaEngine);
