// The filtered state forecasts start from. ML fits run R's filter with the differences in the
// state (R's residuals need it); CSS fits, the fast search path, filter only the differenced series
// and append the last observations as the difference states: the κ → ∞ limit of R's diffuse
// prior, equal to R's forecasts to O(1/κ) and O(r²) instead of O((r + d + sD)²) per step.
import type { ArmaPolynomials } from './parameters';
import { initialCovariance, makeModel, runFilter, type FilterResult, type StateSpaceModel } from './state-space';

export interface FilteredState {
  model: StateSpaceModel;
  filter: FilterResult;
}

/** `x` is the regression-adjusted series, `w` its differences (length n − nd). */
export function filteredState(poly: ArmaPolynomials, delta: number[], x: Float64Array, w: Float64Array, diffuse: boolean): FilteredState | null {
  const model = makeModel(poly, delta);
  if (diffuse || delta.length === 0) {
    const Pn = initialCovariance(model, poly);
    return Pn && { model, filter: runFilter(model, Pn, x) };
  }
  const arma = makeModel(poly, []);
  const Pn = initialCovariance(arma, poly);
  if (!Pn) return null;
  const inner = runFilter(arma, Pn, w);
  const { r, rd } = model;
  const n = x.length;
  const a = new Float64Array(rd);
  a.set(inner.a);
  // After observing x_n the difference states hold x_{n−1}, x_{n−2}, … exactly.
  for (let i = 0; i < delta.length; i++) a[r + i] = x[n - 2 - i]!;
  const P = new Float64Array(rd * rd);
  for (let j = 0; j < r; j++) for (let i = 0; i < r; i++) P[i + rd * j] = inner.P[i + r * j]!;
  return { model, filter: { ...inner, a, P } };
}
