// R's stats::arima estimation flow for CSS, ML and CSS-ML: starting values (OLS for regressors,
// with R's SVD rotation when there are two or more), BFGS on the chosen objective, the Hessian for
// the covariance, then one pass of R's state-space filter for residuals, log-likelihood and state.
import { fail, ok, type Result } from '../../result';
import type { EstimationMethod, FitErrorCode } from '../engine';
import { conditionalSumOfSquares } from './css';
import { invert, leastSquares, multiply, symmetricEigenvectors, transpose } from './linalg';
import { cssObjective, mlObjective, adjusted, type Problem } from './objectives';
import { bfgs, hessian } from './optim';
import { difference, differencingLoss, differencingPolynomial, type Orders } from './orders';
import { gradTrans, invTrans, transPars, undoPars } from './parameters';
import { arCheck, maInvert } from './roots';
import { filteredState } from './filtered-state';
import type { StateSpaceModel } from './state-space';

export interface Estimate {
  /** ARMA coefficients then regression coefficients, in the original regressor basis. */
  coef: number[];
  covariance: number[][] | null;
  /** R's optimum value: loglik = −0.5·(2·nUsed·value + nUsed + nUsed·log 2π). */
  value: number;
  nUsed: number;
  residuals: number[];
  converged: boolean;
  model: StateSpaceModel;
  a: number[];
  P: number[];
}

type Fit = Result<Estimate, FitErrorCode>;

const TWO_PI = 2 * Math.PI;
export const loglikOf = (value: number, nUsed: number) => -0.5 * (2 * nUsed * value + nUsed + nUsed * Math.log(TWO_PI));

function columns(rows: readonly (readonly number[])[], k: number): Float64Array[] {
  return Array.from({ length: k }, (_, j) => Float64Array.from(rows, (row) => row[j]!));
}

export function estimate(x: readonly number[], o: Orders, xregRows: number[][], method: EstimationMethod): Fit {
  const n = x.length;
  const narma = o.p + o.q + o.P + o.Q;
  const k = xregRows[0]?.length ?? 0;
  const loss = differencingLoss(o);
  const nUsed = n - loss;
  const cssStart = o.p + o.s * o.P;
  if (nUsed <= cssStart + narma + k)
    return fail('series-too-short', `${n} points are too few for this model (it needs more than ${loss + cssStart + narma + k}).`);

  // R rotates two or more regressors onto their right singular vectors for a better-conditioned search.
  let rotation: number[][] | null = null;
  let X = xregRows;
  if (k >= 2) {
    const XtX = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => X.reduce((s, row) => s + row[i]! * row[j]!, 0)));
    rotation = symmetricEigenvectors(XtX);
    X = multiply(X, rotation);
  }
  const dx = difference(x, o);
  const dxreg = columns(X, k).map((col) => difference(col, o));
  const init = new Array<number>(narma).fill(0);
  const parscale = new Float64Array(narma + k).fill(1);
  if (k > 0) {
    const dRows = Array.from({ length: dx.length }, (_, t) => dxreg.map((col) => col[t]!));
    const ols = dx.length > k ? leastSquares(dRows, dx) : null;
    if (!ols) return fail('fit-failed', 'The regressors are collinear on this series (singular least-squares system).');
    init.push(...ols.coef);
    ols.se.forEach((se, j) => (parscale[narma + j] = Number.isFinite(se) && se > 0 ? 10 * se : 1));
  }
  const problem: Problem = { orders: o, narma, dx, dxreg, cssStart };
  const result = method === 'CSS' ? fitCss(problem, init, parscale) : fitMl(problem, init, parscale, method);
  if (!result.ok) return result;
  let { coef, covariance } = result.value;
  const { value, converged } = result.value;
  const regression = coef.slice(narma);
  if (rotation) {
    const rotated = rotation.map((row) => row.reduce((s, v, j) => s + v * regression[j]!, 0));
    coef = [...coef.slice(0, narma), ...rotated];
    if (covariance) {
      const A = Array.from({ length: narma + k }, (_, i) =>
        Array.from({ length: narma + k }, (_, j) => (i < narma || j < narma ? (i === j ? 1 : 0) : rotation![i - narma]![j - narma]!)),
      );
      covariance = multiply(multiply(A, covariance), transpose(A));
    }
  }
  // R's arimaSS: filter x − X·β (original basis) through the state-space form of the final coefficients.
  const xAdj = Float64Array.from(x, (v, t) => v - xregRows[t]!.reduce((s, xv, j) => s + xv * coef[narma + j]!, 0));
  const poly = transPars(coef, o, false);
  const state = filteredState(poly, differencingPolynomial(o), xAdj, difference(xAdj, o), method !== 'CSS');
  if (!state) return fail('fit-failed', 'The estimated AR part is not stationary, so the model cannot forecast.');
  const { model, filter: filtered } = state;
  let residuals: number[];
  let finalValue = value;
  if (method === 'CSS') {
    const css = conditionalSumOfSquares(adjusted(problem, result.value.rawPar), transPars(result.value.rawPar, o, false), cssStart, true);
    residuals = [...new Array<number>(loss).fill(0), ...css.residuals];
  } else {
    residuals = Array.from(filtered.residuals);
    finalValue = 0.5 * (Math.log(filtered.ssq / filtered.nu) + filtered.sumlog / filtered.nu);
  }
  return ok({ coef, covariance, value: finalValue, nUsed, residuals, converged, model, a: Array.from(filtered.a), P: Array.from(filtered.P) });
}

interface Optimum {
  coef: number[];
  /** The optimiser's parameters (rotated basis, untransformed) for re-evaluating residuals. */
  rawPar: number[];
  covariance: number[][] | null;
  value: number;
  converged: boolean;
}

/** solve(H·nUsed), scaled to unit diagonal first: regression and ARMA entries differ by 1e10+. */
function covarianceFrom(H: number[][] | null, nUsed: number): number[][] | null {
  if (!H) return null;
  const d = H.map((row, i) => 1 / Math.sqrt(Math.abs(row[i]!) * nUsed || 1));
  const inv = invert(H.map((row, i) => row.map((v, j) => v * nUsed * d[i]! * d[j]!)));
  return inv && inv.map((row, i) => row.map((v, j) => v * d[i]! * d[j]!));
}

function fitCss(problem: Problem, init: number[], parscale: Float64Array): Result<Optimum, FitErrorCode> {
  const fn = cssObjective(problem);
  const res = bfgs(fn, init, parscale);
  if (res.failure) return fail('fit-failed', `CSS estimation failed: ${res.failure}.`);
  const par = Array.from(res.par);
  const check = stationarity(par, problem.orders);
  if (check) return fail('fit-failed', `CSS estimation gave a ${check}.`);
  const covariance = covarianceFrom(hessian(fn, par, parscale), problem.dx.length);
  return ok({ coef: par, rawPar: par, covariance, value: res.value, converged: res.converged });
}

/** Which AR block (if any) is not stationary. */
function stationarity(par: number[], o: Orders): string | null {
  if (o.p > 0 && !arCheck(par.slice(0, o.p))) return 'non-stationary AR part';
  if (o.P > 0 && !arCheck(par.slice(o.p + o.q, o.p + o.q + o.P))) return 'non-stationary seasonal AR part';
  return null;
}

function invertMa(par: number[], o: Orders): number[] {
  const out = [...par];
  if (o.q > 0) out.splice(o.p, o.q, ...maInvert(par.slice(o.p, o.p + o.q)));
  if (o.Q > 0) out.splice(o.p + o.q + o.P, o.Q, ...maInvert(par.slice(o.p + o.q + o.P, o.p + o.q + o.P + o.Q)));
  return out;
}

function fitMl(problem: Problem, init0: number[], parscale: Float64Array, method: EstimationMethod): Result<Optimum, FitErrorCode> {
  const o = problem.orders;
  let init = [...init0];
  if (method === 'CSS-ML') {
    const css = bfgs(cssObjective(problem), init, parscale);
    // R stops here when the CSS start is not stationary; we start ML from R's ML defaults instead.
    if (!css.failure && css.converged && !stationarity(Array.from(css.par), o)) init = Array.from(css.par);
  }
  init = invertMa(invTrans(init, o), o);
  const fn = mlObjective(problem, true);
  const res = bfgs(fn, init, parscale);
  if (res.failure) return fail('fit-failed', `Maximum likelihood estimation failed: ${res.failure}.`);
  let par = Array.from(res.par);
  let value = res.value;
  const inverted = invertMa(par, o);
  if (inverted.some((v, i) => v !== par[i])) {
    par = inverted;
    value = fn(Float64Array.from(par));
  }
  const H = hessian(fn, par, parscale);
  let covariance: number[][] | null = null;
  const inv = covarianceFrom(H, problem.dx.length);
  if (inv) {
    const A = gradTrans(par, o);
    covariance = multiply(multiply(transpose(A), inv), A);
  }
  const coef = undoPars(par, o);
  if (!coef.every(Number.isFinite) || !Number.isFinite(value)) return fail('fit-failed', 'Maximum likelihood estimation did not reach finite estimates.');
  return ok({ coef, rawPar: coef, covariance, value, converged: res.converged });
}
