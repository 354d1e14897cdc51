// What a fit says about itself beyond its coefficients: information criteria from the
// log-likelihood, and the Ljung–Box test of its residuals, as R and forecast::checkresiduals compute them.
import { chiSquaredUpperTail } from './chi-squared';
import type { FittedModel } from './engine';

export interface InformationCriteria {
  aic: number;
  aicc: number;
  bic: number;
}

/**
 * R's definitions: npar = estimated coefficients + 1 (the variance), nobs = n − d − D·s.
 * aicc = aic + 2·npar·(npar+1)/(nobs − npar − 1); bic = aic + npar·(log(nobs) − 2).
 */
export function informationCriteria(loglik: number, coefficients: number, nobs: number): InformationCriteria {
  const npar = coefficients + 1;
  const aic = -2 * loglik + 2 * npar;
  const aicc = nobs - npar - 1 > 0 ? aic + (2 * npar * (npar + 1)) / (nobs - npar - 1) : Number.POSITIVE_INFINITY;
  return { aic, aicc, bic: aic + npar * (Math.log(nobs) - 2) };
}

/**
 * A fitted model with its information criteria from `k` estimated coefficients: null for a CSS
 * fit, whose likelihood is conditional (R reports NA there). Every engine's fit ends here.
 */
export function withCriteria(fit: Omit<FittedModel, 'aic' | 'aicc' | 'bic'>, k: number): FittedModel {
  const criteria = fit.method === 'CSS' ? null : informationCriteria(fit.loglik, k, fit.nobs);
  return { ...fit, aic: criteria?.aic ?? null, aicc: criteria?.aicc ?? null, bic: criteria?.bic ?? null };
}

export interface LjungBox {
  lag: number;
  /** Degrees of freedom taken by the ARMA coefficients (p + q + P + Q). */
  fitdf: number;
  statistic: number;
  pValue: number;
}

/** forecast::checkresiduals' lag: 2m for seasonal data else 10, at most n/5, at least fitdf + 3. */
export function ljungBoxLag(n: number, frequency: number, fitdf: number): number {
  const lag = Math.min(frequency > 1 ? 2 * frequency : 10, Math.round(n / 5));
  return Math.max(lag, fitdf + 3);
}

/**
 * Box.test(residuals, lag, type = "Ljung-Box", fitdf): autocorrelations of the demeaned residuals.
 * `seriesLength` sets the lag as R does (its residuals span the whole series, also the differenced-away start).
 */
export function ljungBox(residuals: readonly number[], frequency: number, fitdf: number, seriesLength = residuals.length): LjungBox {
  const n = residuals.length;
  const lag = ljungBoxLag(seriesLength, frequency, fitdf);
  const mean = residuals.reduce((a, b) => a + b, 0) / n;
  const centred = residuals.map((x) => x - mean);
  const denominator = centred.reduce((a, x) => a + x * x, 0);
  let statistic = 0;
  for (let k = 1; k <= lag; k++) {
    let numerator = 0;
    for (let t = k; t < n; t++) numerator += centred[t]! * centred[t - k]!;
    const r = numerator / denominator;
    statistic += (r * r) / (n - k);
  }
  statistic *= n * (n + 2);
  return { lag, fitdf, statistic, pValue: chiSquaredUpperTail(statistic, lag - fitdf) };
}
