// Forecasts from a fitted model's plain-data state, without refitting: R's KalmanForecast from the
// filtered state plus the regression on future regressor rows; se = √(variance·sigma2) as
// predict.Arima (its 80/95 % intervals: model/intervals.ts).
import type { EngineForecast } from '../engine';
import { regressorRows, type RegressorPlan } from './regressors';
import { applyTransition, propagateCovariance, type StateSpaceModel } from './state-space';

/** Everything forecasting needs; plain data, stored in FittedModel.state and exported as JSON. */
export interface NativeState {
  model: StateSpaceModel;
  /** Filtered state a_{n|n} and covariance P_{n|n} (column-major rd × rd). */
  a: number[];
  P: number[];
  regressors: RegressorPlan;
  /** Regression coefficients in the order of the regressor columns (intercept first). */
  beta: number[];
  /** Length of the training series: future regressor rows start at n + 1. */
  n: number;
  sigma2: number;
}

export function forecastFromState(state: NativeState, horizon: number): EngineForecast {
  if (horizon <= 0) return { mean: [], se: [] };
  const { mean, variance } = kalmanForecast(state.model, state.a, state.P, horizon);
  if (state.beta.length > 0) {
    const rows = regressorRows(state.regressors, state.n + 1, horizon);
    rows.forEach((row, i) => (mean[i]! += row.reduce((s, v, j) => s + v * state.beta[j]!, 0)));
  }
  return { mean, se: variance.map((v) => Math.sqrt(Math.max(0, v) * state.sigma2)) };
}

/** R's KalmanForecast: means and variances (in units of sigma2) h steps ahead of the state. */
export function kalmanForecast(m: StateSpaceModel, a0: ArrayLike<number>, P0: ArrayLike<number>, h: number): { mean: number[]; variance: number[] } {
  const { rd, r, delta } = m;
  const a = Float64Array.from(a0);
  let P = Float64Array.from(P0);
  const anew = new Float64Array(rd);
  let Pnew = new Float64Array(rd * rd);
  const work = new Float64Array(rd * rd);
  const z = (i: number): number => (i === 0 ? 1 : i >= r ? delta[i - r]! : 0);
  const mean: number[] = [];
  const variance: number[] = [];
  for (let l = 0; l < h; l++) {
    applyTransition(m, a, 0, 1, anew);
    a.set(anew);
    let fc = 0;
    for (let i = 0; i < rd; i++) fc += a[i]! * z(i);
    mean.push(fc);
    propagateCovariance(m, P, Pnew, work);
    [P, Pnew] = [Pnew, P];
    let v = 0;
    for (let i = 0; i < rd; i++) {
      const zi = z(i);
      if (zi === 0) continue;
      for (let j = 0; j < rd; j++) v += zi * z(j) * P[i + rd * j]!;
    }
    variance.push(v);
  }
  return { mean, variance };
}
