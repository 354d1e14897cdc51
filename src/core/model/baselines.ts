// The forecasts every model must beat, as forecast::naive, snaive, meanf and rwf(drift = TRUE) make
// them, with their standard errors (from in-sample one-step residuals) for intervals.
import type { EngineForecast } from './engine';
import type { BaselineMethod } from './spec';

export type BaselineName = BaselineMethod;
/** The baselines every accuracy table shows beside a model. */
export const BASELINES: readonly BaselineName[] = ['naive', 'seasonal-naive', 'mean'];

const rootMeanSquare = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0) / xs.length);

/** Last value repeated; se = σ·√h with σ from lag-1 differences (rwf). */
function naive(train: readonly number[], horizon: number): EngineForecast {
  const last = train[train.length - 1]!;
  const sigma = rootMeanSquare(train.slice(1).map((y, t) => y - train[t]!));
  return { mean: new Array<number>(horizon).fill(last), se: Array.from({ length: horizon }, (_, h) => sigma * Math.sqrt(h + 1)) };
}

/** The same week one season earlier; se = σ·√(⌊(h−1)/m⌋+1). Falls back to naive if under a season of data. */
function seasonalNaive(train: readonly number[], horizon: number, m: number): EngineForecast {
  const lag = Math.round(m);
  if (lag <= 1 || train.length <= lag) return naive(train, horizon);
  const n = train.length;
  const sigma = rootMeanSquare(train.slice(lag).map((y, t) => y - train[t]!));
  return {
    mean: Array.from({ length: horizon }, (_, h) => train[n - lag + (h % lag)]!),
    se: Array.from({ length: horizon }, (_, h) => sigma * Math.sqrt(Math.floor(h / lag) + 1)),
  };
}

/** Training mean; se = s·√(1 + 1/n) (meanf). */
function mean(train: readonly number[], horizon: number): EngineForecast {
  const n = train.length;
  const mu = train.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(train.reduce((a, y) => a + (y - mu) ** 2, 0) / Math.max(n - 1, 1));
  return { mean: new Array<number>(horizon).fill(mu), se: new Array<number>(horizon).fill(s * Math.sqrt(1 + 1 / n)) };
}

/** Last value plus the average weekly change; se = σ·√(h·(1 + h/(n−1))) as rwf(drift = TRUE). */
function drift(train: readonly number[], horizon: number): EngineForecast {
  const n = train.length;
  if (n < 3) return naive(train, horizon);
  const slope = (train[n - 1]! - train[0]!) / (n - 1);
  const changes = train.slice(1).map((y, t) => y - train[t]! - slope);
  const sigma = Math.sqrt(changes.reduce((a, x) => a + x * x, 0) / (changes.length - 1));
  return {
    mean: Array.from({ length: horizon }, (_, h) => train[n - 1]! + (h + 1) * slope),
    se: Array.from({ length: horizon }, (_, h) => sigma * Math.sqrt((h + 1) * (1 + (h + 1) / (n - 1)))),
  };
}

/**
 * Simple exponential smoothing with weight `alpha` and the best initial level (as ets(ANN), which
 * estimates it): the level is linear in the initial level, so that is a least-squares solve.
 */
function sesLevels(train: readonly number[], alpha: number): { level: number; sse: number } {
  // With l0 = 0: a_t is the level after week t, c_t the weight of l0 in it, (1 − α)^t.
  const n = train.length;
  const residual = new Float64Array(n);
  const weight = new Float64Array(n);
  let a = 0;
  let c = 1;
  for (let t = 0; t < n; t++) {
    residual[t] = train[t]! - a;
    weight[t] = c;
    a += alpha * (train[t]! - a);
    c *= 1 - alpha;
  }
  let rc = 0;
  let cc = 0;
  for (let t = 0; t < n; t++) {
    rc += residual[t]! * weight[t]!;
    cc += weight[t]! * weight[t]!;
  }
  const l0 = rc / cc;
  let sse = 0;
  for (let t = 0; t < n; t++) sse += (residual[t]! - weight[t]! * l0) ** 2;
  return { level: a + c * l0, sse };
}

/** The smoothing weight with the least one-step squared error (golden-section search on [1e-4, 0.9999], ets's bounds). */
function sesAlpha(train: readonly number[]): number {
  let lo = 1e-4;
  let hi = 0.9999;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = sesLevels(train, a).sse;
  let fb = sesLevels(train, b).sse;
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = sesLevels(train, a).sse;
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = sesLevels(train, b).sse;
    }
  }
  return (lo + hi) / 2;
}

/**
 * The Theta method as forecast::thetaf makes it (Hyndman & Billah 2003): simple exponential
 * smoothing plus half the slope of the least-squares line; se as SES's, σ·√(1 + (h−1)·α²).
 */
function theta(train: readonly number[], horizon: number): EngineForecast {
  const n = train.length;
  if (n < 3) return naive(train, horizon);
  const alpha = sesAlpha(train);
  const { level, sse } = sesLevels(train, alpha);
  const tMean = (n - 1) / 2;
  const yMean = train.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tMean) * (train[t]! - yMean);
    sxx += (t - tMean) ** 2;
  }
  const halfSlope = sxy / sxx / 2;
  const sigma = Math.sqrt(sse / (n - 1));
  const start = (1 - (1 - alpha) ** n) / alpha;
  return {
    mean: Array.from({ length: horizon }, (_, h) => level + halfSlope * (h + start)),
    se: Array.from({ length: horizon }, (_, h) => sigma * Math.sqrt(1 + h * alpha * alpha)),
  };
}

export function baselineForecast(name: BaselineName, train: readonly number[], horizon: number, frequency: number): EngineForecast {
  if (name === 'naive') return naive(train, horizon);
  if (name === 'seasonal-naive') return seasonalNaive(train, horizon, frequency);
  if (name === 'drift') return drift(train, horizon);
  if (name === 'theta') return theta(train, horizon);
  return mean(train, horizon);
}
