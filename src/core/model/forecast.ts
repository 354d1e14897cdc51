// Fit a model to a whole series and forecast the weeks after it, with 80% and 95% intervals: the
// one-call path for scripts (the lab's holdout evaluation is in holdout.ts).
import { ok, type Result } from '../result';
import type { FitAttempt, FitErrorCode, FitOptions, FittedModel, ModelEngine } from './engine';
import { checkForecast } from './guards';
import { predictionInterval, Z80, Z95, type Interval } from './intervals';
import type { ModelSpec } from './spec';

export interface SeriesForecast {
  model: FittedModel;
  attempts: FitAttempt[];
  mean: number[];
  se: number[];
  interval80: Interval;
  interval95: Interval;
}

export function fitAndForecast(
  engine: ModelEngine,
  values: readonly number[],
  spec: ModelSpec,
  horizon: number,
  options: FitOptions = {},
): Result<SeriesForecast, FitErrorCode> {
  const fitted = engine.fit(values, spec, horizon, options);
  if (!fitted.ok) return fitted;
  const checked = checkForecast(values, fitted.value.forecast);
  if (!checked.ok) return checked;
  const { model, forecast, attempts } = fitted.value;
  return ok({
    model,
    attempts: attempts ?? [],
    mean: forecast.mean,
    se: forecast.se,
    interval80: predictionInterval(forecast.mean, forecast.se, Z80),
    interval95: predictionInterval(forecast.mean, forecast.se, Z95),
  });
}
