// The three forecasts every model must beat, as forecast::naive, snaive and meanf make them, with
// their standard errors (from in-sample one-step residuals) for intervals.
import type { EngineForecast } from './engine';

export type BaselineName = 'naive' | 'seasonal-naive' | 'mean';
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

export function baselineForecast(name: BaselineName, train: readonly number[], horizon: number, frequency: number): EngineForecast {
  if (name === 'naive') return naive(train, horizon);
  if (name === 'seasonal-naive') return seasonalNaive(train, horizon, frequency);
  return mean(train, horizon);
}
