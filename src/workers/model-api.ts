// The model worker's API: fit a model on a product's training weeks and score the held-out ones.
import type { WeeklySeries } from '../core/data/types';
import type { FitErrorCode, ForecastEngine } from '../core/model/engine';
import { evaluateHoldout, type HoldoutForecast } from '../core/model/holdout';
import type { ModelSpec } from '../core/model/spec';
import type { Result } from '../core/result';

export function createModelApi(engine: ForecastEngine) {
  return {
    forecastHoldout(series: WeeklySeries, spec: ModelSpec, holdout: number): Result<HoldoutForecast, FitErrorCode> {
      return evaluateHoldout(series, spec, engine, holdout, () => performance.now());
    },
  };
}

export type ModelApi = ReturnType<typeof createModelApi>;
