// The orders of a SARIMA model as R's `arma` vector holds them, and the coefficient names R gives
// them, derived once from a ModelSpec so every other native module reads one plain shape.
import type { ArimaSpec } from '../spec';

export interface Orders {
  p: number;
  q: number;
  P: number;
  Q: number;
  /** Seasonal period; 0 when the model has no seasonal part (as R's arma[5] for period 1). */
  s: number;
  d: number;
  D: number;
}

export function ordersOf(spec: ArimaSpec): Orders {
  const { p, d, q } = spec.order;
  if (spec.family !== 'sarima') return { p, q, P: 0, Q: 0, s: 0, d, D: 0 };
  const { P, D, Q, s } = spec.seasonal;
  return { p, q, P, Q, s, d, D };
}

/** Number of ARMA coefficients (before the mean and regressors). */
export function armaCount(o: Orders): number {
  return o.p + o.q + o.P + o.Q;
}

/** Lengths of the expanded AR and MA polynomials, p + s·P and q + s·Q. */
export function expandedLengths(o: Orders): { p: number; q: number } {
  return { p: o.p + o.s * o.P, q: o.q + o.s * o.Q };
}

/** Points lost to differencing: d + s·D. */
export function differencingLoss(o: Orders): number {
  return o.d + o.s * o.D;
}

export function armaNames(o: Orders): string[] {
  const names: string[] = [];
  for (let i = 1; i <= o.p; i++) names.push(`ar${i}`);
  for (let i = 1; i <= o.q; i++) names.push(`ma${i}`);
  for (let i = 1; i <= o.P; i++) names.push(`sar${i}`);
  for (let i = 1; i <= o.Q; i++) names.push(`sma${i}`);
  return names;
}

/** R's Delta: y_t = Σ delta_i·y_{t−i} + w_t, from (1 − B)^d (1 − B^s)^D. */
export function differencingPolynomial(o: Orders): number[] {
  let poly = [1];
  const multiply = (factor: number[]) => {
    const out = new Array<number>(poly.length + factor.length - 1).fill(0);
    for (let i = 0; i < poly.length; i++) for (let j = 0; j < factor.length; j++) out[i + j]! += poly[i]! * factor[j]!;
    poly = out;
  };
  for (let i = 0; i < o.d; i++) multiply([1, -1]);
  if (o.s > 0) {
    const seasonal = new Array<number>(o.s + 1).fill(0);
    seasonal[0] = 1;
    seasonal[o.s] = -1;
    for (let i = 0; i < o.D; i++) multiply(seasonal);
  }
  return poly.slice(1).map((c) => -c);
}

/** Differences a series d times at lag 1 and D times at lag s (R's diff). */
export function difference(x: ArrayLike<number>, o: Orders): Float64Array {
  let w: Float64Array = Float64Array.from(x);
  for (let i = 0; i < o.d; i++) w = lagDiff(w, 1);
  for (let i = 0; i < o.D; i++) w = lagDiff(w, o.s);
  return w;
}

function lagDiff(x: Float64Array, lag: number): Float64Array {
  const n = Math.max(0, x.length - lag);
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) out[t] = x[t + lag]! - x[t]!;
  return out;
}
