// The training workers and a TrainFitter over them: every fit is one pool task with the per-fit time
// limit, so a fit past it (or a crash) ends its worker, fails that trial, and the study goes on.
import type { Remote } from 'comlink';
import type { TrainFitter } from '../core/pipeline/train-ports';
import { comlinkPoolWorker } from './comlink-pool-worker';
import type { StudyApi } from './study-api';
import { WorkerPool, type PoolOptions, type PoolWorker } from './pool';

function startTrainWorker(): PoolWorker<Remote<StudyApi>> {
  return comlinkPoolWorker<StudyApi>(new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module', name: 'shelfcast-train' }));
}

export function createStudyPool(options: PoolOptions<Remote<StudyApi>> = {}): WorkerPool<Remote<StudyApi>> {
  return new WorkerPool(startTrainWorker, { warmUp: (api) => api.warmUp(), ...options });
}

/** Fits through `pool`, each limited to `fitLimitMs` and stopped by `signal`. */
export function poolFitter(pool: WorkerPool<Remote<StudyApi>>, fitLimitMs: number, signal?: AbortSignal): TrainFitter {
  const options = { timeoutMs: fitLimitMs, ...(signal ? { signal } : {}) };
  return {
    async validation(request) {
      const started = performance.now();
      const result = await pool.run((api) => api.validation(request), options);
      return result.ok ? result.value : { ok: false, reason: `${result.error.code}: ${result.error.message}`, fitMs: performance.now() - started };
    },
    async test(request) {
      const result = await pool.run((api) => api.test(request), options);
      return result.ok ? result.value : result;
    },
    async future(request) {
      const result = await pool.run((api) => api.future(request), options);
      return result.ok ? result.value : result;
    },
    async forecaster(model, history, horizon) {
      const result = await pool.run((api) => api.forecast(model, history, horizon), options);
      return result.ok ? result.value : null;
    },
  };
}
