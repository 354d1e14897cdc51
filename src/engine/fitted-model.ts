// Turns ctsa's fitted struct into core's FittedModel with R's conventions: coefficient names and
// order (ar, ma, sar, sma, intercept, regressors), R's MA sign, sigma² and criteria as forecast::Arima.
import type { Coefficient, EstimationMethod, FittedModel } from '../core/model/engine';
import { cssResiduals } from '../core/model/css-from-coefficients';
import { withCriteria } from '../core/model/diagnostics';
import type { ArimaSpec } from '../core/model/spec';
import type { SarimaxStruct } from './sarimax-struct';

const named = (prefix: string, values: number[], sign = 1) => values.map((v, i) => ({ name: `${prefix}${i + 1}`, value: sign * v }));

/** Coefficients in R's order; ctsa's MA polynomials are 1 − θB, R's 1 + θB, so MA signs flip. */
function coefficientsOf(fit: SarimaxStruct, regressorNames: readonly string[]): { name: string; value: number }[] {
  const hasMean = fit.M === regressorNames.length + 1;
  return [
    ...named('ar', fit.phi),
    ...named('ma', fit.theta, -1),
    ...named('sar', fit.PHI),
    ...named('sma', fit.THETA, -1),
    ...(hasMean ? [{ name: 'intercept', value: fit.mean }] : []),
    ...regressorNames.map((name, i) => ({ name, value: fit.exog[i]! })),
  ];
}

/** The covariance in R's signs: entries pairing an MA with a non-MA coefficient flip sign. */
function covarianceOf(fit: SarimaxStruct, signs: number[]): number[][] | null {
  const k = signs.length;
  if (fit.vcov.length !== k * k) return null;
  return signs.map((si, i) => signs.map((sj, j) => si * sj * fit.vcov[i * k + j]!));
}

/**
 * Residuals, sigma² and log-likelihood as R reports them. The package leaves a CSS fit's residuals
 * at 0 (a zero sigma² that the guard rejected, so every CSS request became an ML fit): for CSS
 * they are recomputed from the coefficients, with R's CSS log-likelihood.
 */
function residualsOf(fit: SarimaxStruct, spec: ArimaSpec, method: EstimationMethod, train: readonly number[], coefficients: readonly number[]) {
  if (method !== 'CSS') return { residuals: fit.residuals, loglik: fit.loglik };
  const css = cssResiduals(train, spec, coefficients);
  const loglik = -0.5 * fit.Nused * (Math.log(css.ssq / css.nu) + 1 + Math.log(2 * Math.PI));
  return { residuals: css.residuals, loglik };
}

export function toFittedModel(
  fit: SarimaxStruct,
  spec: ArimaSpec,
  method: EstimationMethod,
  regressorNames: readonly string[],
  train: readonly number[],
): FittedModel {
  const raw = coefficientsOf(fit, regressorNames);
  const signs = raw.map((c) => (/^s?ma\d/.test(c.name) ? -1 : 1));
  const covariance = covarianceOf(fit, signs);
  const coefficients: Coefficient[] = raw.map((c, i) => {
    const variance = covariance?.[i]?.[i];
    return { ...c, se: variance !== undefined && variance >= 0 && Number.isFinite(variance) ? Math.sqrt(variance) : null };
  });
  const nobs = fit.Nused;
  const k = coefficients.length;
  const { residuals, loglik } = residualsOf(
    fit,
    spec,
    method,
    train,
    raw.map((c) => c.value),
  );
  // forecast::Arima's sigma²: residual sum of squares over (nobs − k), what R's intervals use.
  const sumSquares = residuals.reduce((a, r) => a + r * r, 0);
  const sigma2 = nobs - k > 0 ? sumSquares / (nobs - k) : fit.variance;
  const state = { retval: fit.retval, optimizer: fit.optimizer, mleVariance: fit.variance };
  return withCriteria({ spec, engine: 'wasm', method, coefficients, covariance, sigma2, loglik, nobs, residuals, converged: fit.retval === 1, state }, k);
}
