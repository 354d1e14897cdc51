// A CSS fit's residuals and forecast from its coefficients alone, as R's arima and predict derive
// them: for an engine that keeps only the coefficients (the arima package leaves its CSS residuals
// at 0, and its CSS forecast variances differ from R's by up to 4%).
import type { EngineForecast } from './engine';
import { conditionalSumOfSquares } from './native/css';
import { filteredState } from './native/filtered-state';
import { forecastFromState } from './native/forecast';
import { difference, differencingLoss, differencingPolynomial, ordersOf } from './native/orders';
import { transPars } from './native/parameters';
import { regressorPlan, regressorRows } from './native/regressors';
import type { ArimaSpec } from './spec';

export interface CssResiduals {
  /** One per week; the first d + D·s + p + P·s are 0, as R's CSS residuals. */
  residuals: number[];
  /** Sum of squares over the `nu` conditioned residuals. */
  ssq: number;
  nu: number;
}

/**
 * `coefficients` are in R's order and signs (ar, ma, sar, sma, then intercept and regressors), as
 * FittedModel holds them. The recursion runs on the differenced, regression-adjusted series.
 */
export function cssResiduals(train: readonly number[], spec: ArimaSpec, coefficients: readonly number[]): CssResiduals {
  const o = ordersOf(spec);
  const narma = o.p + o.q + o.P + o.Q;
  const beta = coefficients.slice(narma);
  const rows = regressorRows(regressorPlan(spec), 1, train.length);
  const adjusted = train.map((y, t) => y - rows[t]!.reduce((s, v, j) => s + v * beta[j]!, 0));
  const w = difference(adjusted, o);
  const css = conditionalSumOfSquares(w, transPars(coefficients, o, false), o.p + o.s * o.P, true);
  const residuals = [...new Array<number>(differencingLoss(o)).fill(0), ...css.residuals];
  return { residuals, ssq: css.sigma2 * css.nu, nu: css.nu };
}

/**
 * R's predict after a CSS fit: the state-space form of the coefficients filtered over the
 * regression-adjusted series, then KalmanForecast scaled by sigma². Null if the AR part is not
 * stationary (the filter has no initial covariance).
 */
export function cssForecast(
  train: readonly number[],
  spec: ArimaSpec,
  coefficients: readonly number[],
  sigma2: number,
  horizon: number,
): EngineForecast | null {
  const o = ordersOf(spec);
  const narma = o.p + o.q + o.P + o.Q;
  const beta = coefficients.slice(narma);
  const plan = regressorPlan(spec);
  const rows = regressorRows(plan, 1, train.length);
  const adjusted = Float64Array.from(train, (y, t) => y - rows[t]!.reduce((s, v, j) => s + v * beta[j]!, 0));
  const state = filteredState(transPars(coefficients, o, false), differencingPolynomial(o), adjusted, difference(adjusted, o), false);
  if (!state) return null;
  const { model, filter } = state;
  return forecastFromState({ model, a: Array.from(filter.a), P: Array.from(filter.P), regressors: plan, beta, n: train.length, sigma2 }, horizon);
}
