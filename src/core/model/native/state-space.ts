// R's makeARIMA state-space form and its ARIMA_Like filter, with differencing carried in the state
// under a diffuse prior (kappa = 1e6): used once per fit for R's residuals, log-likelihood and the
// final state that forecasts start from. Transitions use T's structure, O(rd²) per step.
import { stationaryCovariance, stationaryMoments } from './autocovariance';
import type { ArmaPolynomials } from './parameters';

export interface StateSpaceModel {
  phi: number[];
  /** θ padded to r − 1. */
  theta: number[];
  delta: number[];
  r: number;
  rd: number;
}

export const KAPPA = 1e6;

export function makeModel(poly: ArmaPolynomials, delta: number[]): StateSpaceModel {
  const r = Math.max(poly.phi.length, poly.theta.length + 1);
  const theta = Array.from({ length: r - 1 }, (_, i) => (i < poly.theta.length ? poly.theta[i]! : 0));
  return { phi: Array.from(poly.phi), theta, delta, r, rd: r + delta.length };
}

/** Initial prediction covariance Pn: Q0 for the ARMA block, kappa for the differencing states. */
export function initialCovariance(model: StateSpaceModel, poly: ArmaPolynomials): Float64Array | null {
  const { r, rd } = model;
  const Pn = new Float64Array(rd * rd);
  const moments = stationaryMoments(poly);
  if (!moments) return null;
  const Q0 = stationaryCovariance(poly, moments);
  for (let i = 0; i < r; i++) for (let j = 0; j < r; j++) Pn[i + rd * j] = Q0[i + r * j]!;
  for (let i = r; i < rd; i++) Pn[i + rd * i] = KAPPA;
  return Pn;
}

/** out = T·x for a state vector x (strided view into x so matrix rows/columns work too). */
export function applyTransition(m: StateSpaceModel, x: Float64Array, xOff: number, xStride: number, out: Float64Array): void {
  const { r, rd, phi, delta } = m;
  const x0 = x[xOff]!;
  for (let i = 0; i < r; i++) out[i] = (i < r - 1 ? x[xOff + (i + 1) * xStride]! : 0) + (i < phi.length ? phi[i]! * x0 : 0);
  if (rd > r) {
    let v = x0;
    for (let k = 0; k < delta.length; k++) v += delta[k]! * x[xOff + (r + k) * xStride]!;
    out[r] = v;
    for (let i = r + 1; i < rd; i++) out[i] = x[xOff + (i - 1) * xStride]!;
  }
}

/** Pnew = T·P·Tᵀ + R·Rᵀ (column-major, rd × rd); P symmetric, so T·P·Tᵀ = T·(T·P)ᵀ. */
export function propagateCovariance(m: StateSpaceModel, P: Float64Array, Pnew: Float64Array, work: Float64Array): void {
  const { rd, theta } = m;
  const col = new Float64Array(rd);
  for (let j = 0; j < rd; j++) {
    applyTransition(m, P, rd * j, 1, col);
    for (let i = 0; i < rd; i++) Pnew[j + rd * i] = col[i]!;
  }
  for (let j = 0; j < rd; j++) {
    applyTransition(m, Pnew, rd * j, 1, col);
    work.set(col, rd * j);
  }
  Pnew.set(work);
  const q = theta.length;
  for (let i = 0; i <= q; i++) {
    const vi = i === 0 ? 1 : theta[i - 1]!;
    for (let j = 0; j <= q; j++) Pnew[i + rd * j]! += vi * (j === 0 ? 1 : theta[j - 1]!);
  }
}

export interface FilterResult {
  ssq: number;
  sumlog: number;
  nu: number;
  /** Standardised innovations v_t/√F_t, R's ML residuals. */
  residuals: Float64Array;
  /** Filtered state a_{n|n} and covariance P_{n|n}: where forecasts start. */
  a: Float64Array;
  P: Float64Array;
}

/** R's ARIMA_Like(y, mod, 0, TRUE). */
export function runFilter(m: StateSpaceModel, Pn0: Float64Array, y: ArrayLike<number>): FilterResult {
  return m.rd === m.r ? runStationaryFilter(m, Pn0, y) : runDiffuseFilter(m, Pn0, y);
}

/**
 * Without differencing states Z = e1 and the observation is exact, so the filtered covariance has
 * a zero first row and column and T·P·Tᵀ reduces to a shift: one fused O(r²) pass per step.
 */
function runStationaryFilter(m: StateSpaceModel, Pn0: Float64Array, y: ArrayLike<number>): FilterResult {
  const { r, theta } = m;
  const a = new Float64Array(r);
  const anew = new Float64Array(r);
  const Pnew = Float64Array.from(Pn0);
  const M = new Float64Array(r);
  const V = new Float64Array(r);
  V[0] = 1;
  for (let i = 1; i < r; i++) V[i] = theta[i - 1]!;
  const residuals = new Float64Array(y.length);
  let ssq = 0,
    sumlog = 0,
    nu = 0,
    gain = 1;
  let steady = false;
  for (let l = 0; l < y.length; l++) {
    applyTransition(m, a, 0, 1, anew);
    if (l > 0 && !steady) {
      // Pnew ← shift(Pnew − M·Mᵀ/gain) + V·Vᵀ, in place (reads (i+1, j+1) before it is written).
      // Only the upper triangle (i ≤ j) is kept: (i+1, j+1) stays in it.
      let change = 0;
      for (let j = 0; j < r; j++) {
        const vj = V[j]!;
        const mj = j + 1 < r ? M[j + 1]! / gain : 0;
        for (let i = 0; i <= j; i++) {
          const inner = j + 1 < r ? Pnew[i + 1 + r * (j + 1)]! - M[i + 1]! * mj : 0;
          const v = inner + V[i]! * vj;
          change = Math.max(change, Math.abs(v - Pnew[i + r * j]!));
          Pnew[i + r * j] = v;
        }
      }
      // At the steady state the Riccati recursion is a fixed point: stop paying O(r²) per step.
      steady = change <= 1e-11 * gain;
    }
    for (let i = 0; i < r; i++) M[i] = Pnew[r * i]!;
    gain = M[0]!;
    const resid0 = y[l]! - anew[0]!;
    if (gain < 1e4) {
      nu++;
      ssq += (resid0 * resid0) / gain;
      sumlog += Math.log(gain);
    }
    residuals[l] = resid0 / Math.sqrt(gain);
    for (let i = 0; i < r; i++) a[i] = anew[i]! + (M[i]! * resid0) / gain;
  }
  const P = new Float64Array(r * r);
  for (let j = 0; j < r; j++) {
    for (let i = 0; i <= j; i++) {
      const v = Pnew[i + r * j]! - (M[i]! * M[j]!) / gain;
      P[i + r * j] = v;
      P[j + r * i] = v;
    }
  }
  return { ssq, sumlog, nu, residuals, a, P };
}

function runDiffuseFilter(m: StateSpaceModel, Pn0: Float64Array, y: ArrayLike<number>): FilterResult {
  const { r, rd, delta } = m;
  const d = delta.length;
  const a = new Float64Array(rd);
  const anew = new Float64Array(rd);
  const P = new Float64Array(rd * rd);
  const Pnew = Float64Array.from(Pn0);
  const work = new Float64Array(rd * rd);
  const M = new Float64Array(rd);
  const residuals = new Float64Array(y.length);
  let ssq = 0,
    sumlog = 0,
    nu = 0;
  for (let l = 0; l < y.length; l++) {
    applyTransition(m, a, 0, 1, anew);
    if (l > 0) propagateCovariance(m, P, Pnew, work);
    let resid0 = y[l]! - anew[0]!;
    for (let i = 0; i < d; i++) resid0 -= delta[i]! * anew[r + i]!;
    for (let i = 0; i < rd; i++) {
      let tmp = Pnew[i]!;
      for (let j = 0; j < d; j++) tmp += Pnew[i + rd * (r + j)]! * delta[j]!;
      M[i] = tmp;
    }
    let gain = M[0]!;
    for (let i = 0; i < d; i++) gain += delta[i]! * M[r + i]!;
    if (gain < 1e4) {
      nu++;
      ssq += (resid0 * resid0) / gain;
      sumlog += Math.log(gain);
    }
    residuals[l] = resid0 / Math.sqrt(gain);
    for (let i = 0; i < rd; i++) a[i] = anew[i]! + (M[i]! * resid0) / gain;
    for (let j = 0; j < rd; j++) {
      const mj = M[j]! / gain;
      for (let i = 0; i < rd; i++) P[i + rd * j] = Pnew[i + rd * j]! - M[i]! * mj;
    }
  }
  return { ssq, sumlog, nu, residuals, a, P };
}
