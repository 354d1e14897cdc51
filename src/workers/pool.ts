// A pool of fit workers: hardwareConcurrency − 1 of them (at least 1), a queue, a time limit per
// fit, cancel by AbortSignal. Workers start on demand and end after a while idle (as squoosh's
// worker bridge does): an idle worker holds its engines' memory for nothing. A fit that times out,
// is cancelled mid-run or crashes its worker (a WASM abort poisons the instance) ends that worker,
// which is replaced; the pool carries on. A worker that dies on its own fails its fit at once (not
// at the time limit) and is replaced the same way.
import { fail, type Result } from '../core/result';
import type { FitErrorCode } from '../core/model/engine';

export interface PoolWorker<Api> {
  api: Api;
  terminate(): void;
  /** Settles, with why, if the worker dies on its own (not when terminated); see worker-life.ts. */
  stopped?: Promise<string>;
}
export type WorkerFactory<Api> = () => PoolWorker<Api>;

export interface PoolProgress {
  queued: number;
  running: number;
  done: number;
  failed: number;
  /** Workers ended and replaced after a timeout, cancel or crash. */
  replaced: number;
}

export interface PoolOptions<Api = unknown> {
  size?: number;
  /** Runs once on each new worker before its first task (e.g. compiling WASM); not counted in task limits. */
  warmUp?: (api: Api) => Promise<unknown>;
  /** Default time limit per task (ms); a task past it is failed with code 'timeout'. */
  timeoutMs?: number;
  onProgress?: (progress: PoolProgress) => void;
  /** A worker idle this long (ms) is ended; the next task starts a fresh one. 0 or absent: kept for good. */
  idleTimeoutMs?: number;
}

export interface TaskOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

type Task<Api, T> = (api: Api) => Promise<Result<T, FitErrorCode>>;
interface Job<Api> {
  task: Task<Api, unknown>;
  options: TaskOptions;
  resolve: (result: Result<unknown, FitErrorCode>) => void;
}
interface Slot<Api> {
  worker: PoolWorker<Api> | undefined;
  /** Settles when the worker's warm-up has; rejects if the warm-up failed. */
  ready: Promise<unknown> | undefined;
  busy: boolean;
  /** Fails the running task if this slot's worker dies (set while busy). */
  onStopped: ((reason: string) => void) | undefined;
  /** Ends the idle worker when it fires (set while idle with a worker). */
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const WARM_UP_LIMIT_MS = 60_000;

/** hardwareConcurrency − 1, at least 1 (one core stays with the page). */
export function defaultPoolSize(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, cores - 1);
}

export class WorkerPool<Api> {
  readonly size: number;
  readonly #slots: Slot<Api>[];
  readonly #queue: Job<Api>[] = [];
  readonly #progress: PoolProgress = { queued: 0, running: 0, done: 0, failed: 0, replaced: 0 };

  constructor(
    private readonly factory: WorkerFactory<Api>,
    private readonly options: PoolOptions<Api> = {},
  ) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    // Workers start on first use, each loading its WASM once.
    this.#slots = Array.from({ length: this.size }, () => ({ worker: undefined, ready: undefined, busy: false, onStopped: undefined, idleTimer: undefined }));
  }

  /** Runs `task` on a free worker (queued until one is); never rejects. */
  run<T>(task: Task<Api, T>, options: TaskOptions = {}): Promise<Result<T, FitErrorCode>> {
    return new Promise((resolve) => {
      if (options.signal?.aborted) return resolve(fail('cancelled', 'The fit was cancelled before it started.'));
      const job: Job<Api> = { task, options, resolve: resolve as Job<Api>['resolve'] };
      this.#queue.push(job);
      options.signal?.addEventListener('abort', () => this.#dequeue(job), { once: true });
      this.#dispatch();
    });
  }

  get progress(): PoolProgress {
    return { ...this.#progress, queued: this.#queue.length };
  }

  /** Ends every worker; queued tasks are reported cancelled. */
  terminate(): void {
    for (const job of this.#queue.splice(0)) job.resolve(fail('cancelled', 'The worker pool was shut down.'));
    for (const slot of this.#slots) this.#end(slot);
  }

  /** Ends the slot's worker (if any); the slot starts a fresh one for its next task. */
  #end(slot: Slot<Api>): void {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    slot.worker?.terminate();
    slot.worker = undefined;
    slot.ready = undefined;
  }

  /** Starts the idle clock of a slot whose worker has nothing to do. */
  #idle(slot: Slot<Api>): void {
    const limit = this.options.idleTimeoutMs;
    if (!limit || !slot.worker || slot.busy || slot.idleTimer) return;
    slot.idleTimer = setTimeout(() => {
      if (!slot.busy) this.#end(slot);
    }, limit);
  }

  #dequeue(job: Job<Api>): void {
    const index = this.#queue.indexOf(job);
    if (index < 0) return;
    this.#queue.splice(index, 1);
    job.resolve(fail('cancelled', 'The fit was cancelled while waiting for a worker.'));
    this.#report();
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.busy || this.#queue.length === 0) continue;
      this.#start(slot, this.#queue.shift()!);
    }
    for (const slot of this.#slots) this.#idle(slot);
    this.#report();
  }

  #start(slot: Slot<Api>, job: Job<Api>): void {
    slot.busy = true;
    clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    if (!slot.worker) {
      const started = this.factory();
      slot.worker = started;
      const warmUp = this.options.warmUp;
      const api = started.api;
      slot.ready = warmUp ? Promise.resolve().then(() => warmUp(api)) : Promise.resolve();
      void started.stopped?.then((reason) => {
        if (slot.worker !== started) return;
        if (slot.onStopped) return slot.onStopped(reason);
        // Died while idle: replaced before its next task.
        this.#end(slot);
        this.#progress.replaced++;
      });
    }
    const worker = slot.worker;
    const ready = slot.ready!;
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: Result<unknown, FitErrorCode>, recycle: boolean) => {
      if (settled) return;
      settled = true;
      slot.onStopped = undefined;
      clearTimeout(timer);
      job.options.signal?.removeEventListener('abort', onAbort);
      if (recycle) {
        // A running WASM call cannot be interrupted, and an aborted one leaves the instance unusable.
        this.#end(slot);
        this.#progress.replaced++;
      }
      slot.busy = false;
      this.#progress.running--;
      if (result.ok) this.#progress.done++;
      else this.#progress.failed++;
      job.resolve(result);
      this.#dispatch();
    };
    const limit = job.options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const onAbort = () => finish(fail('cancelled', 'The fit was cancelled.'), true);
    job.options.signal?.addEventListener('abort', onAbort, { once: true });
    slot.onStopped = (reason) => finish(fail('fit-failed', `The worker running this fit ${reason}; it was replaced.`), true);
    this.#progress.running++;
    // Starting a worker has its own, generous limit: a short fit limit must not fail a slow start.
    timer = setTimeout(() => finish(fail('timeout', `The worker did not start within ${WARM_UP_LIMIT_MS / 1000} s.`), true), WARM_UP_LIMIT_MS);
    ready
      .then(() => {
        if (settled) return new Promise<never>(() => {});
        clearTimeout(timer);
        timer = setTimeout(() => finish(fail('timeout', `The fit took longer than ${limit / 1000} s and was stopped.`), true), limit);
        return job.task(worker.api);
      })
      .then(
        (result) => finish(result, false),
        (error: unknown) => finish(fail('fit-failed', `The fit crashed its worker: ${error instanceof Error ? error.message : String(error)}`), true),
      );
  }

  #report(): void {
    this.options.onProgress?.(this.progress);
  }
}
