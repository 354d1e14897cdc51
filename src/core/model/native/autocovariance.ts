// Second moments of a stationary ARMA process with unit innovation variance: ψ weights,
// autocovariances (through the PACF, O(p²) rather than solving a (p+1)² system), and the
// stationary covariance Q0 of R's state vector, which R computes with Gardner et al.'s algorithm.
import { nonZero, type ArmaPolynomials } from './parameters';

/** ψ_0..ψ_len of w_t = Σ ψ_j ε_{t−j}. */
export function psiWeights(poly: ArmaPolynomials, len: number): Float64Array {
  const { phi, theta } = poly;
  const psi = new Float64Array(len + 1);
  const nz = nonZero(phi);
  psi[0] = 1;
  for (let k = 1; k <= len; k++) {
    let v = k - 1 < theta.length ? theta[k - 1]! : 0;
    for (let a = 0; a < nz.length; a++) {
      const j = nz[a]! + 1;
      if (j > k) break;
      v += phi[j - 1]! * psi[k - j]!;
    }
    psi[k] = v;
  }
  return psi;
}

/** Autocovariances 0..maxLag of the pure AR process φ(B)u_t = ε_t, or null if not stationary. */
export function arAutocovariance(phi: Float64Array, maxLag: number): Float64Array | null {
  const p = phi.length;
  const rho = new Float64Array(Math.max(maxLag, p) + 1);
  rho[0] = 1;
  let gamma0 = 1;
  if (p > 0) {
    // Step down: coefficient vectors of the AR(k) fits, k = p … 1, and the PACF κ_k.
    const levels: Float64Array[] = new Array(p + 1);
    levels[p] = Float64Array.from(phi);
    for (let k = p; k >= 1; k--) {
      const a = levels[k]!;
      const kappa = a[k - 1];
      if (!(Math.abs(kappa!) < 1)) return null;
      const denom = 1 - kappa! * kappa!;
      gamma0 /= denom;
      const lower = new Float64Array(k - 1);
      for (let j = 0; j < k - 1; j++) lower[j] = (a[j]! + kappa! * a[k - 2 - j]!) / denom;
      levels[k - 1] = lower;
    }
    // Step up: ρ(k) = Σ_{j=1..k} a^{(k)}_j ρ(k − j).
    for (let k = 1; k <= p; k++) {
      const a = levels[k]!;
      let v = 0;
      for (let j = 1; j <= k; j++) v += a[j - 1]! * rho[k - j]!;
      rho[k] = v;
    }
  }
  const nz = nonZero(phi);
  for (let h = p + 1; h <= maxLag; h++) {
    let v = 0;
    for (let a = 0; a < nz.length; a++) v += phi[nz[a]!]! * rho[h - nz[a]! - 1]!;
    rho[h] = v;
  }
  const gamma = new Float64Array(maxLag + 1);
  for (let h = 0; h <= maxLag; h++) gamma[h] = gamma0 * rho[h]!;
  if (!gamma.every(Number.isFinite)) return null;
  return gamma;
}

/** Autocovariances 0..maxLag of w = θ(B)u, u the AR part; null if the AR part is not stationary. */
export function armaAutocovariance(poly: ArmaPolynomials, maxLag: number): Float64Array | null {
  const { theta } = poly;
  const q = theta.length;
  const gu = arAutocovariance(poly.phi, maxLag + q);
  if (!gu) return null;
  const lags = [0, ...Array.from(nonZero(theta), (j) => j + 1)];
  const coef = (j: number): number => (j === 0 ? 1 : theta[j - 1]!);
  const gamma = new Float64Array(maxLag + 1);
  for (let h = 0; h <= maxLag; h++) {
    let v = 0;
    for (const j of lags) for (const k of lags) v += coef(j) * coef(k) * gu[Math.abs(h + j - k)]!;
    gamma[h] = v;
  }
  return gamma;
}

/** State dimension of R's form: r = max(p, q + 1). */
export function stateDimension(poly: ArmaPolynomials): number {
  return Math.max(poly.phi.length, poly.theta.length + 1);
}

export interface StationaryMoments {
  r: number;
  gamma: Float64Array;
  psi: Float64Array;
}

export function stationaryMoments(poly: ArmaPolynomials): StationaryMoments | null {
  const r = stateDimension(poly);
  const gamma = armaAutocovariance(poly, r + 1);
  if (!gamma) return null;
  return { r, gamma, psi: psiWeights(poly, r + 1) };
}

/** Terms of state element i: a_t[i] = Σ φ_m w_{t−(m−i)} (m > i) + Σ θ_m ε_{t−(m−i)} (m ≥ i, θ_0 = 1). */
function stateTerms(poly: ArmaPolynomials, r: number) {
  const ar = Array.from(nonZero(poly.phi), (j) => ({ lag: j + 1, c: poly.phi[j]! })).filter((t) => t.lag <= r);
  const ma = [{ lag: 0, c: 1 }, ...Array.from(nonZero(poly.theta), (j) => ({ lag: j + 1, c: poly.theta[j]! }))].filter((t) => t.lag <= r - 1);
  return { ar, ma };
}

/** First column of Q0: Cov(a_t[i], w_t). */
export function stationaryFirstColumn(poly: ArmaPolynomials, m: StationaryMoments): Float64Array {
  const { ar, ma } = stateTerms(poly, m.r);
  const col = new Float64Array(m.r);
  for (let i = 0; i < m.r; i++) {
    let v = 0;
    for (const t of ar) if (t.lag > i) v += t.c * m.gamma[t.lag - i]!;
    for (const t of ma) if (t.lag >= i) v += t.c * m.psi[t.lag - i]!;
    col[i] = v;
  }
  return col;
}

/**
 * Full Q0 (r × r, column-major), the stationary covariance of R's state vector. It solves
 * Q0 = T·Q0·Tᵀ + R·Rᵀ; with its first column known, T's shift structure gives every other entry
 * from its lower-right neighbour: Q0[i][j] = Q0[i+1][j+1] + φi·q[j+1] + φj·q[i+1] + φiφj·q[0] + RiRj.
 */
export function stationaryCovariance(poly: ArmaPolynomials, m: StationaryMoments): Float64Array {
  const { r } = m;
  const q = stationaryFirstColumn(poly, m);
  const phi = (i: number): number => (i < poly.phi.length ? poly.phi[i]! : 0);
  const R = (i: number): number => (i === 0 ? 1 : i - 1 < poly.theta.length ? poly.theta[i - 1]! : 0);
  const at = (i: number): number => (i < r ? q[i]! : 0);
  const Q = new Float64Array(r * r);
  for (let i = r - 1; i >= 0; i--) {
    for (let j = r - 1; j >= i; j--) {
      const shifted = i + 1 < r && j + 1 < r ? Q[i + 1 + r * (j + 1)]! : 0;
      const v = shifted + phi(i) * at(j + 1) + phi(j) * at(i + 1) + phi(i) * phi(j) * q[0]! + R(i) * R(j);
      Q[i + r * j] = v;
      Q[j + r * i] = v;
    }
  }
  return Q;
}
