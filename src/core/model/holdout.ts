// Fit on all but the last weeks, forecast them, and score the forecast against what really sold.
import { fail, ok, type Result } from '../result';
import type { WeeklySeries } from '../data/types';
import { checkForecast } from './guards';
import type { FitErrorCode, ForecastEngine } from './engine';
import { pointMetrics, type PointMetrics } from './metrics';
import type { ModelSpec } from './spec';

/** The original pipeline held out the last 32 weeks. */
export const DEFAULT_HOLDOUT_WEEKS = 32;
const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;

export interface Interval {
  lower: number[];
  upper: number[];
}

export interface HoldoutForecast {
  spec: ModelSpec;
  engine: string;
  trainLength: number;
  actual: number[];
  mean: number[];
  se: number[];
  interval80: Interval;
  interval95: Interval;
  metrics: PointMetrics;
  fitMs: number;
}

export function predictionInterval(mean: readonly number[], se: readonly number[], z: number): Interval {
  return { lower: mean.map((m, i) => m - z * se[i]!), upper: mean.map((m, i) => m + z * se[i]!) };
}

/** Minimum training weeks we accept before the holdout (a year, so seasonality can show). */
export const MIN_TRAIN_WEEKS = 52;

export function evaluateHoldout(
  series: WeeklySeries,
  spec: ModelSpec,
  engine: ForecastEngine,
  holdout = DEFAULT_HOLDOUT_WEEKS,
  now: () => number = Date.now,
): Result<HoldoutForecast, FitErrorCode> {
  const values = series.values;
  if (values.length < holdout + MIN_TRAIN_WEEKS) {
    return fail('series-too-short', `This product has ${values.length} weeks; a ${holdout}-week holdout needs at least ${holdout + MIN_TRAIN_WEEKS}.`);
  }
  const train = values.slice(0, values.length - holdout);
  const actual = values.slice(values.length - holdout);
  const started = now();
  const fitted = engine.fitAndForecast(train, spec, holdout);
  const fitMs = now() - started;
  if (!fitted.ok) return fitted;
  const checked = checkForecast(train, fitted.value);
  if (!checked.ok) return checked;
  const { mean, se } = checked.value;
  return ok({
    spec,
    engine: engine.name,
    trainLength: train.length,
    actual,
    mean,
    se,
    interval80: predictionInterval(mean, se, Z80),
    interval95: predictionInterval(mean, se, Z95),
    metrics: pointMetrics(actual, mean),
    fitMs,
  });
}
