// Main-thread side of the workers: each worker starts on first use and is reached through comlink.
import { proxy, wrap, type Remote } from 'comlink';
import type { DataApi } from './data-api';

/** A worker started lazily on first call; `terminate` ends it (a running fit cannot be interrupted otherwise). */
class LazyWorker<Api> {
  #worker: Worker | undefined;
  #remote: Remote<Api> | undefined;
  constructor(private readonly start: () => Worker) {}

  get api(): Remote<Api> {
    if (!this.#remote) {
      this.#worker = this.start();
      this.#remote = wrap<Api>(this.#worker);
    }
    return this.#remote;
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#remote = undefined;
  }
}

export const dataWorker = new LazyWorker<DataApi>(
  () => new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'shelfcast-data' }),
);

/** Wraps a main-thread callback so a worker can call it (e.g. import progress); comlink stays in workers/. */
export function callback<F extends (...args: never[]) => void>(fn: F): F {
  return proxy(fn);
}
