// The model worker's API: fit a model on a product's training weeks and score the held-out ones,
// with the engine the caller names, taken from the worker's registry.
import type { WeeklySeries } from '../core/data/types';
import type { Windows } from '../core/data/windows';
import type { EngineName, EstimationMethod, FitErrorCode } from '../core/model/engine';
import { selectEngine, type EngineRegistry } from '../core/model/engine-registry';
import { evaluateHoldout, type HoldoutForecast } from '../core/model/holdout';
import type { ModelSpec } from '../core/model/spec';
import type { Result } from '../core/result';
import { createRegistryApi } from './registry-api';

export interface HoldoutRequest {
  series: WeeklySeries;
  spec: ModelSpec;
  /** The Data screen's windows (data/windows.ts windowsOfSplit): its test weeks are held out. */
  windows: Windows;
  engine?: EngineName;
  method?: EstimationMethod;
}

export function createModelApi(registry: EngineRegistry) {
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
  };
}

export type ModelApi = ReturnType<typeof createModelApi>;
