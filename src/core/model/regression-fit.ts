// ARIMA models without AR/MA terms (p = q = P = Q = 0) fitted directly: such a model is a linear
// regression of the differenced series on the differenced mean/Fourier columns, so CSS and exact ML
// share its least-squares estimate and need no optimiser. Pure; used by the WASM engine, whose
// package mishandles these models (wrong standard errors, uninitialised memory for (0,1,0)).
import { withCriteria } from './diagnostics';
import type { Coefficient, EngineForecast, EngineName, EstimationMethod, FittedModel } from './engine';
import { filteredState } from './native/filtered-state';
import { invert } from './native/linalg';
import { difference, differencingLoss, differencingPolynomial, ordersOf } from './native/orders';
import { regressorNames, regressorPlan, regressorRows } from './native/regressors';
import type { ArimaSpec } from './spec';

/** True when the model has AR or MA terms, i.e. needs an iterative fit. */
export function hasArmaTerms(spec: ArimaSpec): boolean {
  const o = ordersOf(spec);
  return o.p + o.q + o.P + o.Q > 0;
}

/** Columns of `rows` differenced as the series is (R regresses diff(y) on diff(X)). */
function differencedColumns(rows: number[][], spec: ArimaSpec): Float64Array[] {
  const k = rows[0]?.length ?? 0;
  return Array.from({ length: k }, (_, j) =>
    difference(
      rows.map((r) => r[j]!),
      ordersOf(spec),
    ),
  );
}

/** ψ-weights of 1/δ(B): how a shock at t carries into t + j through the differencing alone. */
function integrationWeights(delta: readonly number[], horizon: number): number[] {
  const psi = [1];
  for (let j = 1; j < horizon; j++) psi.push(delta.reduce((s, c, i) => s + (i < j ? c * psi[j - i - 1]! : 0), 0));
  return psi;
}

/**
 * The fit and its forecast as R's arima + predict give them: sigma² = SSR / (nstar − k) (what
 * forecast::Arima reports), log-likelihood with the MLE variance SSR / nstar (CSS conditions on
 * nothing here, so both methods agree), covariance SSR/nstar·(X'X)⁻¹, forecast se from the
 * differencing alone (constant √sigma² when d = D = 0). Null when the columns are collinear.
 */
export function fitRegressionModel(
  train: readonly number[],
  spec: ArimaSpec,
  horizon: number,
  method: EstimationMethod,
  engine: EngineName,
): { model: FittedModel; forecast: EngineForecast } | null {
  const o = ordersOf(spec);
  const plan = regressorPlan(spec);
  const names = regressorNames(plan);
  const n = train.length;
  const w = difference(train, o);
  const columns = differencedColumns(regressorRows(plan, 1, n), spec);
  const k = names.length;
  const xtx = columns.map((a) => columns.map((b) => a.reduce((s, v, t) => s + v * b[t]!, 0)));
  const inverse = k > 0 ? invert(xtx) : [];
  if (!inverse) return null;
  const xty = columns.map((a) => a.reduce((s, v, t) => s + v * w[t]!, 0));
  const beta = inverse.map((row) => row.reduce((s, v, j) => s + v * xty[j]!, 0));
  const nstar = w.length;
  const innovations = Array.from(w, (v, t) => v - columns.reduce((s, c, j) => s + c[t]! * beta[j]!, 0));
  const ssr = innovations.reduce((s, e) => s + e * e, 0);
  const mleVariance = ssr / nstar;
  const residuals = residualsOf(train, regressorRows(plan, 1, n), beta, innovations, spec, method);
  // forecast::Arima's sigma²: all of R's residuals, the diffuse ones of an ML fit included.
  const sigma2 = residuals.reduce((s, e) => s + e * e, 0) / (nstar - k);
  const covariance = inverse.map((row) => row.map((v) => v * mleVariance));
  const coefficients: Coefficient[] = names.map((name, i) => ({ name, value: beta[i]!, se: Math.sqrt(covariance[i]![i]!) }));
  const loglik = -0.5 * nstar * (Math.log(2 * Math.PI * mleVariance) + 1);
  const model = withCriteria(
    { spec, engine, method, coefficients, covariance, sigma2, loglik, nobs: nstar, residuals, converged: true, state: { solver: 'least-squares' } },
    k,
  );
  return { model, forecast: regressionForecast(train, plan, beta, differencingPolynomial(o), sigma2, horizon) };
}

/**
 * R's residuals: CSS sets the d + D·s weeks lost to differencing to 0; exact ML filters them with
 * a diffuse prior (κ = 1e6), leaving residuals of about y/√κ there, which R counts in sigma²
 * (up to 1e-3 of it on log series with seasonal differencing), so they are reproduced here.
 */
function residualsOf(
  train: readonly number[],
  rows: readonly (readonly number[])[],
  beta: readonly number[],
  innovations: readonly number[],
  spec: ArimaSpec,
  method: EstimationMethod,
): number[] {
  const o = ordersOf(spec);
  const loss = differencingLoss(o);
  const cssResiduals = [...new Array<number>(loss).fill(0), ...innovations];
  if (loss === 0 || method === 'CSS') return cssResiduals;
  const adjusted = Float64Array.from(train, (y, t) => y - rows[t]!.reduce((s, v, j) => s + v * beta[j]!, 0));
  const none = { phi: new Float64Array(0), theta: new Float64Array(0) };
  const filtered = filteredState(none, differencingPolynomial(o), adjusted, difference(adjusted, o), true);
  return filtered ? Array.from(filtered.filter.residuals) : cssResiduals;
}

/** x·β plus the regression error carried forward by the differencing (zero future innovations). */
function regressionForecast(
  train: readonly number[],
  plan: ReturnType<typeof regressorPlan>,
  beta: readonly number[],
  delta: readonly number[],
  sigma2: number,
  horizon: number,
): EngineForecast {
  const n = train.length;
  const fitted = (row: readonly number[]) => row.reduce((s, v, j) => s + v * beta[j]!, 0);
  const errors = regressorRows(plan, 1, n).map((row, t) => train[t]! - fitted(row));
  const mean = regressorRows(plan, n + 1, horizon).map((row) => {
    const e = delta.reduce((s, c, i) => s + c * errors[errors.length - 1 - i]!, 0);
    errors.push(e);
    return fitted(row) + e;
  });
  let variance = 0;
  const se = integrationWeights(delta, horizon).map((psi) => Math.sqrt((variance += sigma2 * psi * psi)));
  return { mean, se };
}
