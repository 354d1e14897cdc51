// Forecast accuracy on held-out weeks, defined as forecast::accuracy() defines them for a ts test
// set, except that MAPE/MPE skip weeks that sold nothing (R gives Inf there) and say how many.

export interface PointMetrics {
  rmse: number;
  mae: number;
}

export interface AccuracyMetrics extends PointMetrics {
  /** Mean error (actual − forecast): the bias; positive means the forecast was too low. */
  me: number;
  /** Percent errors over weeks with non-zero sales; null if every held-out week was zero. */
  mpe: number | null;
  mape: number | null;
  /** Held-out weeks left out of MPE/MAPE because nothing sold. */
  mapeSkipped: number;
  /** Symmetric MAPE, 200·|e|/(|a|+|f|), over weeks where actual and forecast are not both zero. */
  smape: number | null;
  /** MAE over the in-sample seasonal naive MAE (lag m; 1 if m = 1); null if that is zero. */
  mase: number | null;
}

/** Root mean squared and mean absolute error of `forecast` against `actual` (same length). */
export function pointMetrics(actual: readonly number[], forecast: readonly number[]): PointMetrics {
  if (actual.length !== forecast.length || actual.length === 0) {
    throw new Error(`pointMetrics needs equal, non-empty lengths (got ${actual.length} and ${forecast.length})`);
  }
  let squared = 0;
  let absolute = 0;
  for (let i = 0; i < actual.length; i++) {
    const e = actual[i]! - forecast[i]!;
    squared += e * e;
    absolute += Math.abs(e);
  }
  return { rmse: Math.sqrt(squared / actual.length), mae: absolute / actual.length };
}

/**
 * forecast::accuracy's MASE scale: mean |y_t − y_{t−m}| over the training data. Where the training
 * data holds no full season (R gives NaN there) the lag-1 scale is used: one rule for every caller.
 */
export function maseScale(train: readonly number[], frequency: number): number {
  const seasonal = frequency > 1 ? Math.round(frequency) : 1;
  const lag = train.length > seasonal ? seasonal : 1;
  let sum = 0;
  for (let t = lag; t < train.length; t++) sum += Math.abs(train[t]! - train[t - lag]!);
  return train.length > lag ? sum / (train.length - lag) : Number.NaN;
}

const meanOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** All test-set metrics of `forecast` against `actual`, with `train` for MASE's scale. */
export function accuracy(actual: readonly number[], forecast: readonly number[], train: readonly number[], frequency: number): AccuracyMetrics {
  const { rmse, mae } = pointMetrics(actual, forecast);
  const errors = actual.map((a, i) => a - forecast[i]!);
  const percent = errors.filter((_, i) => actual[i] !== 0);
  const actualsNonZero = actual.filter((a) => a !== 0);
  const symmetric = errors.flatMap((e, i) => {
    const denominator = Math.abs(actual[i]!) + Math.abs(forecast[i]!);
    return denominator > 0 ? [(200 * Math.abs(e)) / denominator] : [];
  });
  const scale = maseScale(train, frequency);
  return {
    me: meanOf(errors)!,
    rmse,
    mae,
    mpe: meanOf(percent.map((e, j) => (100 * e) / actualsNonZero[j]!)),
    mape: meanOf(percent.map((e, j) => Math.abs((100 * e) / actualsNonZero[j]!))),
    mapeSkipped: actual.length - actualsNonZero.length,
    smape: meanOf(symmetric),
    mase: scale > 0 ? mae / scale : null,
  };
}
