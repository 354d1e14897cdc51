// A module worker reached through comlink, in the shape the worker pool manages.
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { PoolWorker } from './pool';

export function comlinkPoolWorker<Api>(worker: Worker): PoolWorker<Remote<Api>> {
  const api = wrap<Api>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
