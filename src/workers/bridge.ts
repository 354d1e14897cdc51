// Main-thread side of the workers: each worker starts on first use and is reached through comlink.
import { proxy, wrap, type Remote } from 'comlink';
import type { PipelineApi } from './pipeline-api';
import { watchWorkerLife } from './worker-life';

/** A call failed because its worker died (the message says so, for the person to try again). */
export class WorkerStopped extends Error {
  override name = 'WorkerStopped';
}

/**
 * A worker started lazily on first call; `terminate` ends it (a running fit cannot be interrupted
 * otherwise). A worker that dies fails the calls in flight at once and is replaced on the next call.
 */
export class LazyWorker<Api> {
  #worker: Worker | undefined;
  #remote: Remote<Api> | undefined;
  #died: Promise<never> | undefined;
  #stopWatching: (() => void) | undefined;
  constructor(
    private readonly label: string,
    private readonly start: () => Worker,
  ) {}

  /** Runs `fn` against the worker; rejects with WorkerStopped as soon as the worker dies. */
  call<R>(fn: (api: Remote<Api>) => R): Promise<Awaited<R>> {
    if (!this.#remote) this.#begin();
    return Promise.race([fn(this.#remote!), this.#died!]);
  }

  terminate(): void {
    this.#stopWatching?.();
    this.#worker?.terminate();
    this.#worker = this.#remote = this.#died = this.#stopWatching = undefined;
  }

  #begin(): void {
    const worker = this.start();
    this.#worker = worker;
    this.#remote = wrap<Api>(worker);
    this.#died = new Promise<never>((_, reject) => {
      this.#stopWatching = watchWorkerLife(worker, (reason) => {
        if (this.#worker === worker) this.terminate();
        else worker.terminate();
        reject(new WorkerStopped(`The ${this.label} worker ${reason}; it was restarted, so try again.`));
      });
    });
    this.#died.catch(() => {}); // a death with no call in flight is not an unhandled rejection
  }
}

export const dataWorker = new LazyWorker<PipelineApi>(
  'data',
  () => new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'shelfcast-data' }),
);

/** Wraps a main-thread callback so a worker can call it (e.g. import progress); comlink stays in workers/. */
export function callback<F extends (...args: never[]) => void>(fn: F): F {
  return proxy(fn);
}
