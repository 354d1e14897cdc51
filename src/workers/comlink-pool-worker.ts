// A module worker reached through comlink, in the shape the worker pool manages; its death (see
// worker-life.ts) settles `stopped`, so the pool fails the fit at once and replaces the worker.
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { PoolWorker } from './pool';
import { watchWorkerLife } from './worker-life';

export function comlinkPoolWorker<Api>(worker: Worker): PoolWorker<Remote<Api>> {
  const api = wrap<Api>(worker);
  let stopWatching = () => {};
  const stopped = new Promise<string>((resolve) => (stopWatching = watchWorkerLife(worker, resolve)));
  return {
    api,
    stopped,
    terminate() {
      stopWatching();
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
