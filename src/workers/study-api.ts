// The training worker's API: one fit per call (a trial on the validation window, the winner on the
// test window, or a stored version's forecast), so the pool's per-fit time limit applies to each.
import type { EngineName, FitErrorCode, FitOutcome } from '../core/model/engine';
import type { ModelSpec } from '../core/model/spec';
import type { ObjectiveMetric } from '../core/config/config';
import type { ModelVersion } from '../core/registry/registry-types';
import type { WeeklySeries } from '../core/data/types';
import { localFitter } from '../core/pipeline/train-fitter';
import { ok, type Result } from '../core/result';
import type { ObjectiveOutcome } from '../core/search/driver';
import type { Engines, StudySplit, TestEvaluation } from '../core/search/objective';
import type { TrialParams } from '../core/search/types';

export function createStudyApi(engines: Engines) {
  const fitter = localFitter(engines, () => performance.now());
  return {
    /** Loads every engine of this worker (the WASM once), before any fit is timed. */
    warmUp(): true {
      for (const engine of Object.values(engines)) engine?.warmUp?.();
      return true;
    },
    // Each answer is wrapped in ok(): the pool's own failures (timeout, crash, cancel) are the outer Result.
    async validation(request: { split: StudySplit; spec: ModelSpec; params: TrialParams; metric: ObjectiveMetric }): Promise<Result<ObjectiveOutcome, FitErrorCode>> {
      return ok(await fitter.validation(request));
    },
    async test(request: { split: StudySplit; spec: ModelSpec; engine: EngineName }): Promise<Result<Result<TestEvaluation>, FitErrorCode>> {
      return ok(await fitter.test(request));
    },
    async future(request: { values: number[]; start: number; spec: ModelSpec; engine: EngineName; horizon: number }): Promise<Result<Result<FitOutcome>, FitErrorCode>> {
      return ok(await fitter.future(request));
    },
    async forecast(model: ModelVersion, history: WeeklySeries, horizon: number): Promise<Result<readonly number[] | null, FitErrorCode>> {
      return ok(await fitter.forecaster!(model, history, horizon));
    },
  };
}

export type StudyApi = ReturnType<typeof createStudyApi>;
