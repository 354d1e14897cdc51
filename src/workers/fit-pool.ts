// The page's one pool of fit workers (module workers serving the fit API over comlink), and a
// TrainFitter over it: every training fit is one pool task with the per-fit time limit, so a fit
// past it (or a crash) ends its worker, fails that trial, and the study goes on.
import type { Remote } from 'comlink';
import { MAX_FIT_TIME_LIMIT_S } from '../core/config/config-fields';
import type { TrainFitter } from '../core/pipeline/train-ports';
import { comlinkPoolWorker } from './comlink-pool-worker';
import type { FitApi } from './fit-api';
import { WorkerPool, type PoolOptions, type PoolWorker } from './pool';

export type FitPool = WorkerPool<Remote<FitApi>>;

/**
 * How long a fit worker may sit idle before it is ended. Long enough that the fits of one study or
 * one screen share a warm worker; short enough that a lab left open does not hold the engines' memory.
 */
export const FIT_WORKER_IDLE_MS = 30_000;

function startFitWorker(): PoolWorker<Remote<FitApi>> {
  return comlinkPoolWorker<FitApi>(new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module', name: 'shelfcast-fit' }));
}

export function createFitPool(options: PoolOptions<Remote<FitApi>> = {}): FitPool {
  return new WorkerPool(startFitWorker, { warmUp: (api) => api.warmUp(), idleTimeoutMs: FIT_WORKER_IDLE_MS, ...options });
}

/**
 * The fit time limit, in seconds, from the page address (`?fit-timeout-s=5`), else the pool's
 * default (60 s): lets a slow machine allow more, and the end-to-end tests reach a timeout quickly.
 * Training fits carry their own limit (fit_time_limit_s).
 */
function timeoutFromAddress(): number | undefined {
  const raw = new URLSearchParams(globalThis.location?.search ?? '').get('fit-timeout-s');
  const seconds = raw === null ? Number.NaN : Number(raw);
  // Above a day setTimeout's 2^31 − 1 ms would overflow and every fit would time out at once.
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_FIT_TIME_LIMIT_S ? seconds * 1000 : undefined;
}

/** The page's one pool (workers start on first use and end when idle). */
export const fitPool: FitPool = createFitPool({ timeoutMs: timeoutFromAddress() });

/** Fits through `pool`, each limited to `fitLimitMs` and stopped by `signal`. */
export function poolFitter(pool: FitPool, fitLimitMs: number, signal?: AbortSignal): TrainFitter {
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
