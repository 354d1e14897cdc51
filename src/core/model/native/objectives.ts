// The two functions R's arima minimises, over one parameter vector (ARMA coefficients, then
// regression coefficients): armaCSS (conditional) and armafn (exact, Kalman); both work on the
// differenced series with the differenced regressors, so a regression step is one pass over n.
import { conditionalSumOfSquares } from './css';
import { armaLikelihood, likelihoodObjective } from './fast-likelihood';
import type { Orders } from './orders';
import { nonZero, transPars } from './parameters';

export interface Problem {
  orders: Orders;
  narma: number;
  /** Differenced series and differenced regressor columns (possibly rotated). */
  dx: Float64Array;
  dxreg: Float64Array[];
  /** First index of the differenced series used by CSS: p + s·P. */
  cssStart: number;
}

/** w = dx − dxreg·β for the regression coefficients in par[narma…]. */
export function adjusted(problem: Problem, par: ArrayLike<number>, into?: Float64Array): Float64Array {
  const w = into ?? new Float64Array(problem.dx.length);
  w.set(problem.dx);
  problem.dxreg.forEach((col, j) => {
    const beta = par[problem.narma + j]!;
    for (let t = 0; t < w.length; t++) w[t]! -= beta * col[t]!;
  });
  return w;
}

/** Lags that can be non-zero for these orders (a zero start must not drop them). */
function structure(problem: Problem): { nzPhi: Int32Array; nzTheta: Int32Array } {
  const probe = Array.from({ length: problem.narma }, (_, i) => 0.1 + 0.013 * i);
  const poly = transPars(probe, problem.orders, false);
  return { nzPhi: nonZero(poly.phi), nzTheta: nonZero(poly.theta) };
}

export function cssObjective(problem: Problem): (par: Float64Array) => number {
  const { nzPhi, nzTheta } = structure(problem);
  const w = new Float64Array(problem.dx.length);
  const resid = new Float64Array(problem.dx.length);
  return (par) => {
    const poly = transPars(par, problem.orders, false);
    const { sigma2 } = conditionalSumOfSquares(adjusted(problem, par, w), poly, problem.cssStart, false, nzPhi, nzTheta, resid);
    return 0.5 * Math.log(sigma2);
  };
}

/** R returns .Machine$double.xmax when the model cannot be evaluated. */
export function mlObjective(problem: Problem, transform: boolean): (par: Float64Array) => number {
  const w = new Float64Array(problem.dx.length);
  return (par) => {
    const poly = transPars(par, problem.orders, transform);
    const terms = armaLikelihood(adjusted(problem, par, w), poly);
    if (!terms || terms.nu === 0) return Number.MAX_VALUE;
    const value = likelihoodObjective(terms);
    return Number.isFinite(value) ? value : Number.MAX_VALUE;
  };
}
