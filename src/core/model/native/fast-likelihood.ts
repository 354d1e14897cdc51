// The exact Gaussian likelihood of a stationary ARMA by the Kalman filter in Chandrasekhar form:
// starting from the stationary covariance, P_{t+1} − P_t stays rank one, so each step costs O(r)
// instead of the O(r²) covariance update, which is what makes s = 52 exact ML affordable.
import { stationaryFirstColumn, stationaryMoments } from './autocovariance';
import type { ArmaPolynomials } from './parameters';

/** R's ARIMA_Like summary: Σ v²/F, Σ log F and the count of terms (those with F < 1e4). */
export interface LikelihoodTerms {
  ssq: number;
  sumlog: number;
  nu: number;
}

/** Likelihood terms of the (differenced, regression-adjusted) series w; null if not stationary. */
export function armaLikelihood(w: Float64Array, poly: ArmaPolynomials): LikelihoodTerms | null {
  const moments = stationaryMoments(poly);
  if (!moments) return null;
  const { r } = moments;
  const phi = poly.phi;
  const p = phi.length;
  const applyT = (x: Float64Array, out: Float64Array) => {
    const x0 = x[0]!;
    for (let i = 0; i < r - 1; i++) out[i] = x[i + 1]!;
    out[r - 1] = 0;
    for (let i = 0; i < p; i++) out[i]! += phi[i]! * x0;
  };
  const q0 = stationaryFirstColumn(poly, moments);
  const a = new Float64Array(r);
  const ta = new Float64Array(r);
  const K = new Float64Array(r);
  const W = new Float64Array(r);
  const TW = new Float64Array(r);
  applyT(q0, K);
  W.set(K);
  let F = moments.gamma[0]!;
  let M = -1 / F;
  let ssq = 0;
  let sumlog = 0;
  let nu = 0;
  let converged = false;
  for (let t = 0; t < w.length; t++) {
    if (!(F > 0)) return null;
    const v = w[t]! - a[0]!;
    if (F < 1e4) {
      ssq += (v * v) / F;
      sumlog += Math.log(F);
      nu++;
    }
    applyT(a, ta);
    const g = v / F;
    for (let i = 0; i < r; i++) a[i] = ta[i]! + K[i]! * g;
    if (converged) continue;
    const w0 = W[0]!;
    applyT(W, TW);
    const Fnext = F + M * w0 * w0;
    const kw = w0 / F;
    const mw = M * w0;
    let size = 0;
    for (let i = 0; i < r; i++) {
      const ki = K[i]!;
      K[i] = ki + mw * TW[i]!;
      W[i] = TW[i]! - ki * kw;
      size = Math.max(size, Math.abs(W[i]!));
    }
    M = (M * F) / Fnext;
    F = Fnext;
    // Once the rank-one increment is below rounding, the gain and F are at their steady state.
    if (Math.abs(M) * size * size < 1e-15 * F) converged = true;
  }
  return { ssq, sumlog, nu };
}

/** R's armafn value: 0.5·(log(ssq/nu) + sumlog/nu). */
export function likelihoodObjective(terms: LikelihoodTerms): number {
  return 0.5 * (Math.log(terms.ssq / terms.nu) + terms.sumlog / terms.nu);
}
