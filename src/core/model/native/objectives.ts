// The two functions R's arima minimises, over one parameter vector (ARMA coefficients, then
// regression coefficients): armaCSS (conditional) and armafn (exact, Kalman); both work on the
// differenced series with the differenced regressors, so a regression step is one pass over n.
import { conditionalSumOfSquares } from './css';
import { armaLikelihood, likelihoodObjective } from './fast-likelihood';
import type { Orders } from './orders';
import { transPars } from './parameters';

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
export function adjusted(problem: Problem, par: ArrayLike<number>): Float64Array {
  const w = Float64Array.from(problem.dx);
  problem.dxreg.forEach((col, j) => {
    const beta = par[problem.narma + j]!;
    for (let t = 0; t < w.length; t++) w[t]! -= beta * col[t]!;
  });
  return w;
}

export function cssObjective(problem: Problem): (par: Float64Array) => number {
  return (par) => {
    const poly = transPars(par, problem.orders, false);
    const { sigma2 } = conditionalSumOfSquares(adjusted(problem, par), poly, problem.cssStart, false);
    return 0.5 * Math.log(sigma2);
  };
}

/** R returns .Machine$double.xmax when the model cannot be evaluated. */
export function mlObjective(problem: Problem, transform: boolean): (par: Float64Array) => number {
  return (par) => {
    const poly = transPars(par, problem.orders, transform);
    const terms = armaLikelihood(adjusted(problem, par), poly);
    if (!terms || terms.nu === 0) return Number.MAX_VALUE;
    const value = likelihoodObjective(terms);
    return Number.isFinite(value) ? value : Number.MAX_VALUE;
  };
}
