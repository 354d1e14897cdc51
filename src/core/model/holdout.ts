// Fit on all but the last weeks, forecast them, and score the forecast (and the three baselines)
// against what really sold.
import { fail, ok, type Result } from '../result';
import type { WeeklySeries } from '../data/types';
import { BASELINES, baselineForecast, type BaselineName } from './baselines';
import { ljungBox, type LjungBox } from './diagnostics';
import type { EngineName, EstimationMethod, FitAttempt, FitErrorCode, FittedModel, ModelEngine } from './engine';
import { checkForecast } from './guards';
import { accuracy, type AccuracyMetrics } from './metrics';
import { predictionInterval, Z80, Z95, type Interval } from './intervals';
import { isArimaSpec, type ModelSpec } from './spec';

export { predictionInterval, type Interval } from './intervals';

/** The original pipeline held out the last 32 weeks. */
export const DEFAULT_HOLDOUT_WEEKS = 32;
/** Weekly data: a year is 52 weeks for the seasonal naive baseline and MASE (as R's fixtures). */
export const WEEKLY_FREQUENCY = 52;
/** Minimum training weeks we accept before the holdout (a year, so seasonality can show). */
export const MIN_TRAIN_WEEKS = 52;

export interface BaselineScore {
  name: BaselineName;
  mean: number[];
  metrics: AccuracyMetrics;
}

export interface HoldoutForecast {
  spec: ModelSpec;
  engine: EngineName;
  trainLength: number;
  actual: number[];
  mean: number[];
  se: number[];
  interval80: Interval;
  interval95: Interval;
  metrics: AccuracyMetrics;
  fitMs: number;
  /** The fitted model without its residuals (summarised by `ljungBox`). */
  model: Omit<FittedModel, 'residuals'>;
  ljungBox: LjungBox;
  attempts: FitAttempt[];
  baselines: BaselineScore[];
}

export interface HoldoutOptions {
  holdout?: number;
  method?: EstimationMethod;
  frequency?: number;
  now?: () => number;
}

function seasonalOrders(spec: ModelSpec) {
  return spec.family === 'sarima' ? spec.seasonal : { P: 0, Q: 0 };
}

export function evaluateHoldout(series: WeeklySeries, spec: ModelSpec, engine: ModelEngine, options: HoldoutOptions = {}): Result<HoldoutForecast, FitErrorCode> {
  const { holdout = DEFAULT_HOLDOUT_WEEKS, frequency = WEEKLY_FREQUENCY, now = Date.now } = options;
  const values = series.values;
  if (values.length < holdout + MIN_TRAIN_WEEKS) {
    return fail('series-too-short', `This product has ${values.length} weeks; a ${holdout}-week holdout needs at least ${holdout + MIN_TRAIN_WEEKS}.`);
  }
  const train = values.slice(0, values.length - holdout);
  const actual = values.slice(values.length - holdout);
  const started = now();
  const fitted = engine.fit(train, spec, holdout, options.method ? { method: options.method } : {});
  const fitMs = now() - started;
  if (!fitted.ok) return fitted;
  const checked = checkForecast(train, fitted.value.forecast);
  if (!checked.ok) return checked;
  const { model, forecast, attempts } = fitted.value;
  const { mean, se } = forecast;
  const { residuals, ...kept } = model;
  const { P, Q } = seasonalOrders(spec);
  return ok({
    spec,
    engine: engine.name,
    trainLength: train.length,
    actual,
    mean,
    se,
    interval80: predictionInterval(mean, se, Z80),
    interval95: predictionInterval(mean, se, Z95),
    metrics: accuracy(actual, mean, train, frequency),
    fitMs,
    model: kept,
    ljungBox: ljungBox(residuals, frequency, isArimaSpec(spec) ? spec.order.p + spec.order.q + P + Q : 0, train.length),
    attempts: attempts ?? [],
    baselines: BASELINES.map((name) => {
      const b = baselineForecast(name, train, holdout, frequency);
      return { name, mean: b.mean, metrics: accuracy(actual, b.mean, train, frequency) };
    }),
  });
}
