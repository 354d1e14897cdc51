// The fit worker's API, one for every fit the lab runs off the page: a lab forecast of the held-out
// weeks, a model file read and forecast (registry-api.ts), and the training fits, one per call (a
// trial on the validation window, the winner on the test window, a stored version's forecast) so
// the pool's per-fit time limit applies to each.
import type { WeeklySeries } from '../core/data/types';
import type { Windows } from '../core/data/windows';
import type { EngineName, EstimationMethod, FitErrorCode, FitOutcome } from '../core/model/engine';
import { selectEngine, type EngineRegistry } from '../core/model/engine-registry';
import { evaluateHoldout, type HoldoutForecast } from '../core/model/holdout';
import type { ModelSpec } from '../core/model/spec';
import type { ObjectiveMetric } from '../core/config/config';
import type { ModelVersion } from '../core/registry/registry-types';
import { localFitter } from '../core/pipeline/train-fitter';
import { ok, type Result } from '../core/result';
import type { ObjectiveOutcome } from '../core/search/driver';
import type { StudySplit, TestEvaluation } from '../core/search/objective';
import type { TrialParams } from '../core/search/types';
import { createRegistryApi } from './registry-api';

export interface HoldoutRequest {
  series: WeeklySeries;
  spec: ModelSpec;
  /** The Data screen's windows (data/windows.ts windowsOfSplit): its test weeks are held out. */
  windows: Windows;
  engine?: EngineName;
  method?: EstimationMethod;
}

export function createFitApi(registry: EngineRegistry) {
  const fitter = localFitter(registry, () => performance.now());
  return {
    ...createRegistryApi(registry),
    /** Loads every engine of this worker (the WASM once), before any fit is timed. */
    warmUp(): true {
      for (const engine of Object.values(registry)) engine?.warmUp?.();
      return true;
    },
    forecastHoldout(request: HoldoutRequest): Result<HoldoutForecast, FitErrorCode> {
      const engine = selectEngine(registry, request.engine);
      if (!engine.ok) return engine;
      return evaluateHoldout(request.series, request.spec, engine.value, {
        windows: request.windows,
        ...(request.method ? { method: request.method } : {}),
        now: () => performance.now(),
      });
    },
    // Each training answer is wrapped in ok(): the pool's own failures (timeout, crash, cancel) are the outer Result.
    async validation(request: {
      split: StudySplit;
      spec: ModelSpec;
      params: TrialParams;
      metric: ObjectiveMetric;
    }): Promise<Result<ObjectiveOutcome, FitErrorCode>> {
      return ok(await fitter.validation(request));
    },
    async test(request: { split: StudySplit; spec: ModelSpec; engine: EngineName }): Promise<Result<Result<TestEvaluation>, FitErrorCode>> {
      return ok(await fitter.test(request));
    },
    async future(request: {
      values: number[];
      start: number;
      spec: ModelSpec;
      engine: EngineName;
      horizon: number;
    }): Promise<Result<Result<FitOutcome>, FitErrorCode>> {
      return ok(await fitter.future(request));
    },
    async forecast(model: ModelVersion, history: WeeklySeries, horizon: number): Promise<Result<readonly number[] | null, FitErrorCode>> {
      return ok(await fitter.forecaster!(model, history, horizon));
    },
  };
}

export type FitApi = ReturnType<typeof createFitApi>;
