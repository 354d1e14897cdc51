// R's parameter maps for ARIMA (src/library/stats/src/arima.c): the expansion of the seasonal
// polynomials into phi/theta, and the tanh/PACF reparametrisation that keeps ML fits stationary.
import type { Orders } from './orders';
import { expandedLengths } from './orders';

/** R's partrans: raw values → PACF via tanh → AR coefficients by Durbin–Levinson. */
export function partrans(raw: ArrayLike<number>, offset: number, p: number, out: Float64Array | number[]): void {
  const work = new Float64Array(p);
  for (let j = 0; j < p; j++) work[j] = out[offset + j] = Math.tanh(raw[offset + j]!);
  for (let j = 1; j < p; j++) {
    const a = out[offset + j]!;
    for (let k = 0; k < j; k++) work[k]! -= a * out[offset + j - k - 1]!;
    for (let k = 0; k < j; k++) out[offset + k] = work[k]!;
  }
}

/** R's invpartrans: AR coefficients → PACF (backwards Durbin–Levinson) → atanh. */
function invpartrans(phi: ArrayLike<number>, offset: number, p: number, out: number[]): void {
  const cur = new Float64Array(p);
  const work = new Float64Array(p);
  for (let j = 0; j < p; j++) work[j] = cur[j] = phi[offset + j]!;
  for (let j = p - 1; j > 0; j--) {
    const a = cur[j]!;
    for (let k = 0; k < j; k++) work[k] = (cur[k]! + a * cur[j - k - 1]!) / (1 - a * a);
    for (let k = 0; k < j; k++) cur[k] = work[k]!;
  }
  for (let j = 0; j < p; j++) out[offset + j] = Math.atanh(cur[j]!);
}

/** ARIMA_undoPars: the model coefficients for a transformed parameter vector. */
export function undoPars(par: ArrayLike<number>, o: Orders): number[] {
  const out = Array.from(par);
  if (o.p > 0) partrans(par, 0, o.p, out);
  if (o.P > 0) partrans(par, o.p + o.q, o.P, out);
  return out;
}

/** ARIMA_Invtrans: transformed parameters for model coefficients (AR blocks must be stationary). */
export function invTrans(par: ArrayLike<number>, o: Orders): number[] {
  const out = Array.from(par);
  if (o.p > 0) invpartrans(par, 0, o.p, out);
  if (o.P > 0) invpartrans(par, o.p + o.q, o.P, out);
  return out;
}

/** ARIMA_Gradtrans: A[i][j] = d coef_j / d raw_i by forward differences (eps 1e-3), as R. */
export function gradTrans(par: ArrayLike<number>, o: Orders): number[][] {
  const n = par.length;
  const A = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  const eps = 1e-3;
  const block = (offset: number, m: number) => {
    const w1 = Array.from({ length: m }, (_, i) => par[offset + i]!);
    const w2 = new Float64Array(m);
    const w3 = new Float64Array(m);
    partrans(w1, 0, m, w2);
    for (let i = 0; i < m; i++) {
      w1[i]! += eps;
      partrans(w1!, 0, m, w3);
      for (let j = 0; j < m; j++) A[offset + i]![offset + j] = (w3[j]! - w2[j]!) / eps;
      w1[i]! -= eps;
    }
  };
  if (o.p > 0) block(0, o.p);
  if (o.P > 0) block(o.p + o.q, o.P);
  return A;
}

export interface ArmaPolynomials {
  /** y_t = Σ phi_i·y_{t−1−i} + …, length p + s·P. */
  phi: Float64Array;
  /** … + ε_t + Σ theta_i·ε_{t−1−i}, length q + s·Q. */
  theta: Float64Array;
}

/** ARIMA_transPars: expands (φ, θ, Φ, Θ) into the full lag polynomials, optionally from raw values. */
export function transPars(par: ArrayLike<number>, o: Orders, transform: boolean): ArmaPolynomials {
  let params: ArrayLike<number> = par;
  if (transform) {
    const t = Array.from(par);
    if (o.p > 0) partrans(par, 0, o.p, t);
    if (o.P > 0) partrans(par, o.p + o.q, o.P, t);
    params = t;
  }
  const len = expandedLengths(o);
  const phi = new Float64Array(len.p);
  const theta = new Float64Array(len.q);
  for (let i = 0; i < o.p; i++) phi[i] = params[i]!;
  for (let i = 0; i < o.q; i++) theta[i] = params[i + o.p]!;
  const ns = o.s;
  for (let j = 0; j < o.P; j++) {
    const sar = params[j + o.p + o.q]!;
    phi[(j + 1) * ns - 1]! += sar;
    for (let i = 0; i < o.p; i++) phi[(j + 1) * ns + i]! -= params[i]! * sar;
  }
  for (let j = 0; j < o.Q; j++) {
    const sma = params[j + o.p + o.q + o.P]!;
    theta[(j + 1) * ns - 1]! += sma;
    for (let i = 0; i < o.q; i++) theta[(j + 1) * ns + i]! += params[i + o.p]! * sma;
  }
  return { phi, theta };
}

/** Indexes of the non-zero entries: the sparse structure every recursion loops over. */
export function nonZero(coefs: Float64Array): Int32Array {
  const idx: number[] = [];
  for (let i = 0; i < coefs.length; i++) if (coefs[i] !== 0) idx.push(i);
  return Int32Array.from(idx);
}
