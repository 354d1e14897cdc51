// The browser's pool of model workers: each is a module worker serving the model API over comlink.
import type { Remote } from 'comlink';
import { MAX_FIT_TIME_LIMIT_S } from '../core/config/config-fields';
import { comlinkPoolWorker } from './comlink-pool-worker';
import type { ModelApi } from './model-api';
import { WorkerPool, type PoolOptions, type PoolWorker } from './pool';

function startModelWorker(): PoolWorker<Remote<ModelApi>> {
  return comlinkPoolWorker<ModelApi>(new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'shelfcast-model' }));
}

export function createModelPool(options: PoolOptions<Remote<ModelApi>> = {}): WorkerPool<Remote<ModelApi>> {
  return new WorkerPool(startModelWorker, { warmUp: (api) => api.warmUp(), ...options });
}

/**
 * The fit time limit, in seconds, from the page address (`?fit-timeout-s=5`), else the pool's
 * default (60 s): lets a slow machine allow more, and the end-to-end tests reach a timeout quickly.
 */
function timeoutFromAddress(): number | undefined {
  const raw = new URLSearchParams(globalThis.location?.search ?? '').get('fit-timeout-s');
  const seconds = raw === null ? Number.NaN : Number(raw);
  // Above a day setTimeout's 2^31 − 1 ms would overflow and every fit would time out at once.
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_FIT_TIME_LIMIT_S ? seconds * 1000 : undefined;
}

/** The page's one pool (workers start on first use). */
export const modelPool = createModelPool({ timeoutMs: timeoutFromAddress() });
