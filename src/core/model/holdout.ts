// Fit on the weeks training would fit on (data/windows.ts: the latest MAX_TRAIN_WEEKS before the test
// window), forecast the test weeks, and score the forecast (and the three baselines) against what sold.
import { ok, type Result } from '../result';
import type { WeeklySeries } from '../data/types';
import { splitWindows, windowsOfSplit, type Windows } from '../data/windows';
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
/** The default profile's windows (32 test weeks, 32 validation weeks, 3 origins). */
export const DEFAULT_HOLDOUT_WINDOWS: Windows = windowsOfSplit({ test: DEFAULT_HOLDOUT_WEEKS, validation: 32 });

export interface BaselineScore {
  name: BaselineName;
  mean: number[];
  metrics: AccuracyMetrics;
}

export interface HoldoutForecast {
  spec: ModelSpec;
  engine: EngineName;
  /** Weeks fitted on: [trainStart, trainStart + trainLength); the test weeks follow them. */
  trainLength: number;
  /** First week fitted on (absent in records stored before the 260-week cap: 0). */
  trainStart?: number;
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

/** Where a holdout forecast's test weeks start in its series. */
export function holdoutStartOf(forecast: Pick<HoldoutForecast, 'trainLength' | 'trainStart'>): number {
  return (forecast.trainStart ?? 0) + forecast.trainLength;
}

export interface HoldoutOptions {
  /** The windows whose test weeks are held out and whose rule says how long a series must be. */
  windows?: Windows;
  method?: EstimationMethod;
  frequency?: number;
  now?: () => number;
}

function seasonalOrders(spec: ModelSpec) {
  return spec.family === 'sarima' ? spec.seasonal : { P: 0, Q: 0 };
}

export function evaluateHoldout(
  series: WeeklySeries,
  spec: ModelSpec,
  engine: ModelEngine,
  options: HoldoutOptions = {},
): Result<HoldoutForecast, FitErrorCode> {
  const { windows = DEFAULT_HOLDOUT_WINDOWS, frequency = WEEKLY_FREQUENCY, now = Date.now } = options;
  const values = series.values;
  const split = splitWindows(values.length, windows);
  if (!split.ok) return split;
  const { historyStart, historyEnd } = split.value;
  const holdout = values.length - historyEnd;
  const train = values.slice(historyStart, historyEnd);
  const actual = values.slice(historyEnd);
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
    trainStart: historyStart,
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
