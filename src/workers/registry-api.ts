// Model-file work for the registry, in the fit worker: reading and validating an imported file
// (size refused before reading) and forecasting an imported model from its state or by a refit.
import type { EngineForecast, FitErrorCode } from '../core/model/engine';
import { selectEngine, type EngineRegistry } from '../core/model/engine-registry';
import { checkForecast } from '../core/model/guards';
import { forecastFromState, type NativeState } from '../core/model/native';
import { checkModelFileSize, importModelsJson, type ImportedModel, type ModelImportErrorCode } from '../core/exchange/model-json';
import type { ForecastPlan } from '../core/exchange/imported-forecast';
import { fail, ok, type Result } from '../core/result';

export function createRegistryApi(registry: EngineRegistry) {
  return {
    /** The outer result is the pool's (timeout, crash); the inner one says what is wrong with the file. */
    async readModelFile(file: Blob, fileName: string, importedAt: string): Promise<Result<Result<ImportedModel[], ModelImportErrorCode>, FitErrorCode>> {
      const size = checkModelFileSize(file.size, fileName);
      if (!size.ok) return ok(size);
      return ok(await importModelsJson(await file.text(), fileName, new Date(importedAt)));
    },
    forecastPlanned(plan: Exclude<ForecastPlan, { kind: 'none' }>): Result<EngineForecast, FitErrorCode> {
      if (plan.kind === 'state') {
        try {
          // The state came from a file: a malformed one may throw or give non-finite numbers.
          const f = forecastFromState(plan.state as NativeState, plan.horizon);
          if (f.mean.length === plan.horizon && f.mean.every(Number.isFinite)) return ok(f);
        } catch {
          // reported below
        }
        return fail('forecast-rejected', 'The engine state in the file could not produce a forecast.');
      }
      const engine = selectEngine(registry, plan.engine);
      if (!engine.ok) return engine;
      const fitted = engine.value.fit(plan.train, plan.spec, plan.horizon);
      return fitted.ok ? checkForecast(plan.train, fitted.value.forecast) : fitted;
    },
  };
}
