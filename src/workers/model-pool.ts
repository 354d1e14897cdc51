// The browser's pool of model workers: each is a module worker serving the model API over comlink.
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { ModelApi } from './model-api';
import { WorkerPool, type PoolOptions, type PoolWorker } from './pool';

function startModelWorker(): PoolWorker<Remote<ModelApi>> {
  const worker = new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'shelfcast-model' });
  const api = wrap<ModelApi>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}

export function createModelPool(options: PoolOptions = {}): WorkerPool<Remote<ModelApi>> {
  return new WorkerPool(startModelWorker, options);
}

/** The page's one pool (workers start on first use). */
export const modelPool = createModelPool();
