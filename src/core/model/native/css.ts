// R's ARIMA_CSS, sparse: the conditional sum of squares of a SARIMA model loops only over the
// non-zero lags of the expanded polynomials, so one evaluation costs n·(nnz φ + nnz θ).
import { nonZero, type ArmaPolynomials } from './parameters';

export interface CssResult {
  /** ssq / nu: R's CSS variance estimate. */
  sigma2: number;
  nu: number;
  residuals: Float64Array;
}

/**
 * `w` is the differenced series (length n − d − s·D), aligned to the end of the original; R
 * computes on the original length with leading differencing losses, which is the same as starting
 * the recursion at `ncond − loss` here.
 */
export function conditionalSumOfSquares(
  w: Float64Array,
  poly: ArmaPolynomials,
  start: number,
  keepResiduals: boolean,
  nzPhi: Int32Array = nonZero(poly.phi),
  nzTheta: Int32Array = nonZero(poly.theta),
  resid: Float64Array = new Float64Array(w.length),
): CssResult {
  const { phi, theta } = poly;
  const n = w.length;
  let ssq = 0;
  let nu = 0;
  for (let l = start; l < n; l++) {
    let tmp = w[l]!;
    for (let k = 0; k < nzPhi.length; k++) {
      const j = nzPhi[k]!;
      tmp -= phi[j]! * w[l - j - 1]!;
    }
    const limit = l - start;
    for (let k = 0; k < nzTheta.length; k++) {
      const j = nzTheta[k]!;
      if (j >= limit) break;
      tmp -= theta[j]! * resid[l - j - 1]!;
    }
    resid[l] = tmp;
    ssq += tmp * tmp;
    nu++;
  }
  return { sigma2: ssq / nu, nu, residuals: keepResiduals ? resid.slice() : new Float64Array(0) };
}
