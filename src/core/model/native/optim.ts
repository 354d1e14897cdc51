// R's optim(method = "BFGS") ported: vmmin with central-difference gradients in parscale units
// (ndeps 1e-3), reltol √ε, maxit 100, and optimhess for the Hessian at the optimum. Staying this
// close to R makes us stop where R stops, which is what matching its coefficients needs.

export type Objective = (x: Float64Array) => number;

export interface OptimResult {
  par: Float64Array;
  value: number;
  converged: boolean;
  /** Set when the objective could not be evaluated (non-finite start or gradient). */
  failure: string | null;
}

const REL_TOL = Math.sqrt(2.220446049250313e-16);
const NDEPS = 1e-3;

/** fn on the scaled parameters p (x = p·parscale), as R's fminfn. */
function scaled(fn: Objective, parscale: Float64Array): Objective {
  const x = new Float64Array(parscale.length);
  return (p) => {
    for (let i = 0; i < p.length; i++) x[i] = p[i]! * parscale[i]!;
    return fn(x);
  };
}

function gradient(f: Objective, p: Float64Array, g: Float64Array): boolean {
  for (let i = 0; i < p.length; i++) {
    const keep = p[i]!;
    p[i] = keep + NDEPS;
    const v1 = f(p);
    p[i] = keep - NDEPS;
    const v2 = f(p);
    p[i] = keep;
    g[i] = (v1 - v2) / (2 * NDEPS);
    if (!Number.isFinite(g[i])) return false;
  }
  return true;
}

export function bfgs(fn: Objective, start: ArrayLike<number>, parscale: Float64Array, maxit = 100): OptimResult {
  const n = start.length;
  const f = scaled(fn, parscale);
  const b = Float64Array.from(start, (v, i) => v / parscale[i]!);
  const unscale = () => Float64Array.from(b, (v, i) => v * parscale[i]!);
  let fmin = f(b);
  if (!Number.isFinite(fmin)) return { par: unscale(), value: fmin, converged: false, failure: 'the objective is not finite at the starting values' };
  if (n === 0) return { par: unscale(), value: fmin, converged: true, failure: null };
  const g = new Float64Array(n);
  if (!gradient(f, b, g)) return { par: unscale(), value: fmin, converged: false, failure: 'non-finite gradient at the starting values' };
  const B = Array.from({ length: n }, () => new Float64Array(n));
  const t = new Float64Array(n),
    X = new Float64Array(n),
    c = new Float64Array(n);
  let iter = 1,
    gradcount = 1,
    ilast = gradcount,
    count = 0;
  do {
    if (ilast === gradcount)
      for (let i = 0; i < n; i++) {
        B[i]!.fill(0);
        B[i]![i] = 1;
      }
    X.set(b);
    c.set(g);
    let gradproj = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s -= B[i]![j]! * g[j]!;
      for (let j = i + 1; j < n; j++) s -= B[j]![i]! * g[j]!;
      t[i] = s;
      gradproj += s * g[i]!;
    }
    if (gradproj < 0) {
      let steplength = 1;
      let accpoint = false;
      let fval = fmin;
      do {
        count = 0;
        for (let i = 0; i < n; i++) {
          b[i] = X[i]! + steplength * t[i]!;
          if (10 + X[i]! === 10 + b[i]!) count++;
        }
        if (count < n) {
          fval = f(b);
          accpoint = Number.isFinite(fval) && fval <= fmin + gradproj * steplength * 1e-4;
          if (!accpoint) steplength *= 0.2;
        }
      } while (!(count === n || accpoint));
      const enough = Math.abs(fval - fmin) > REL_TOL * (Math.abs(fmin) + REL_TOL);
      if (!enough) {
        count = n;
        fmin = fval;
      }
      if (count < n) {
        fmin = fval;
        if (!gradient(f, b, g)) return { par: unscale(), value: fmin, converged: false, failure: 'non-finite gradient during optimisation' };
        gradcount++;
        iter++;
        let D1 = 0;
        for (let i = 0; i < n; i++) {
          t[i]! *= steplength;
          c[i] = g[i]! - c[i]!;
          D1 += t[i]! * c[i]!;
        }
        if (D1 > 0) {
          let D2 = 0;
          for (let i = 0; i < n; i++) {
            let s = 0;
            for (let j = 0; j <= i; j++) s += B[i]![j]! * c[j]!;
            for (let j = i + 1; j < n; j++) s += B[j]![i]! * c[j]!;
            X[i] = s;
            D2 += s * c[i]!;
          }
          D2 = 1 + D2 / D1;
          for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) B[i]![j]! += (D2 * t[i]! * t[j]! - X[i]! * t[j]! - t[i]! * X[j]!) / D1;
        } else {
          ilast = gradcount;
        }
      } else if (ilast < gradcount) {
        count = 0;
        ilast = gradcount;
      }
    } else {
      count = 0;
      if (ilast === gradcount) count = n;
      else ilast = gradcount;
    }
    if (iter >= maxit) break;
    if (gradcount - ilast > 2 * n) ilast = gradcount;
  } while (count !== n || ilast !== gradcount);
  return { par: unscale(), value: fmin, converged: iter < maxit, failure: null };
}

/** R's optimhess: Hessian in the original units by differences of numerical gradients. */
export function hessian(fn: Objective, par: ArrayLike<number>, parscale: Float64Array): number[][] | null {
  const n = par.length;
  const f = scaled(fn, parscale);
  const dpar = Float64Array.from(par, (v, i) => v / parscale[i]!);
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const df1 = new Float64Array(n),
    df2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const eps = NDEPS / parscale[i]!;
    const keep = dpar[i]!;
    dpar[i] = keep + eps;
    if (!gradient(f, dpar, df1)) return null;
    dpar[i] = keep - eps;
    if (!gradient(f, dpar, df2)) return null;
    dpar[i] = keep;
    for (let j = 0; j < n; j++) H[i]![j] = (df1[j]! - df2[j]!) / (2 * eps * parscale[i]! * parscale[j]!);
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) H[i]![j] = H[j]![i] = 0.5 * (H[i]![j]! + H[j]![i]!);
  return H;
}
