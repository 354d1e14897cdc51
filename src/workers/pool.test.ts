// The pool's logic with fake workers: no real Worker, the same queue, limits and replacement.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../core/result';
import type { FitErrorCode } from '../core/model/engine';
import { WorkerPool, type PoolProgress } from './pool';

/** A fake worker whose `fit` resolves after `ms`, hangs (ms = Infinity), or throws like a WASM abort. */
class FakeWorker {
  terminated = false;
  constructor(readonly id: number) {}
  api = {
    fit: (ms: number, value: number, crash = false): Promise<Result<number, FitErrorCode>> =>
      new Promise((resolve, reject) => {
        if (this.terminated) return reject(new Error('worker was terminated'));
        if (crash) return reject(new Error('RuntimeError: memory access out of bounds'));
        if (ms !== Infinity) setTimeout(() => resolve(value < 0 ? fail('fit-failed', 'did not converge') : ok(value * 10 + this.id * 0)), ms);
      }),
    whoAmI: async (): Promise<Result<number, FitErrorCode>> => ok(this.id),
  };
  terminate() {
    this.terminated = true;
  }
}

function fakePool(size: number, timeoutMs = 1_000, idleTimeoutMs = 0) {
  const started: FakeWorker[] = [];
  const progress: PoolProgress[] = [];
  const pool = new WorkerPool(
    () => {
      const w = new FakeWorker(started.length);
      started.push(w);
      return w;
    },
    { size, timeoutMs, idleTimeoutMs, onProgress: (p) => progress.push(p) },
  );
  return { pool, started, progress };
}

describe('WorkerPool', () => {
  it('runs tasks on at most `size` workers at once and queues the rest, in order', async () => {
    const { pool, started, progress } = fakePool(2);
    const results = await Promise.all([1, 2, 3, 4, 5].map((v) => pool.run((api) => api.fit(10, v))));
    expect(results).toEqual([10, 20, 30, 40, 50].map((v) => ok(v)));
    expect(started).toHaveLength(2);
    expect(Math.max(...progress.map((p) => p.running))).toBe(2);
    expect(Math.max(...progress.map((p) => p.queued))).toBe(3);
    expect(pool.progress).toMatchObject({ queued: 0, running: 0, done: 5, failed: 0, replaced: 0 });
  });

  it('fails a hanging fit with "timeout", terminates its worker and replaces it for the next fit', async () => {
    const { pool, started } = fakePool(1, 50);
    const hung = await pool.run((api) => api.fit(Infinity, 1));
    expect(hung).toMatchObject({ ok: false, error: { code: 'timeout', message: expect.stringMatching(/longer than 0.05 s/) } });
    expect(started[0]!.terminated).toBe(true);
    expect(await pool.run((api) => api.whoAmI())).toEqual(ok(1));
    expect(pool.progress.replaced).toBe(1);
  });

  it('reports a crashed worker as a failed fit with the reason; the next fit runs on a fresh worker', async () => {
    const { pool, started } = fakePool(1);
    const crashed = await pool.run((api) => api.fit(0, 1, true));
    expect(crashed).toMatchObject({ ok: false, error: { code: 'fit-failed', message: expect.stringMatching(/memory access out of bounds/) } });
    expect(started[0]!.terminated).toBe(true);
    expect(await pool.run((api) => api.fit(5, 7))).toEqual(ok(70));
    expect(started).toHaveLength(2);
  });

  it('a fit that fails as a value keeps its worker: the next fit reuses it', async () => {
    const { pool, started } = fakePool(1);
    expect(await pool.run((api) => api.fit(1, -1))).toMatchObject({ ok: false, error: { code: 'fit-failed' } });
    expect(await pool.run((api) => api.fit(1, 3))).toEqual(ok(30));
    expect(started).toHaveLength(1);
    expect(started[0]!.terminated).toBe(false);
  });

  it('cancels a queued fit without touching the running one, and a running fit by replacing its worker', async () => {
    const { pool, started } = fakePool(1);
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.run((api) => api.fit(Infinity, 1), { signal: running.signal });
    const second = pool.run((api) => api.fit(1, 2), { signal: queued.signal });
    const third = pool.run((api) => api.fit(1, 3));
    queued.abort();
    expect(await second).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    running.abort();
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await third).toEqual(ok(30));
    expect(started[0]!.terminated).toBe(true);
    expect(started).toHaveLength(2);
    const already = AbortSignal.abort();
    expect(await pool.run((api) => api.fit(1, 4), { signal: already })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('warms each new worker up once, outside the fit time limit', async () => {
    let warmUps = 0;
    const pool = new WorkerPool(() => new FakeWorker(0), {
      size: 1,
      timeoutMs: 50,
      warmUp: () => new Promise((resolve) => setTimeout(() => resolve(++warmUps), 80)),
    });
    expect(await pool.run((api) => api.fit(10, 1))).toEqual(ok(10));
    expect(await pool.run((api) => api.fit(10, 2))).toEqual(ok(20));
    expect(warmUps).toBe(1);
  });

  it('has at least one worker', () => {
    expect(new WorkerPool(() => new FakeWorker(0), { size: 0 }).size).toBe(1);
  });
});

describe('WorkerPool when a worker dies', () => {
  /** A fake worker that can be killed from outside, as the browser or a crash would end it. */
  function killablePool(timeoutMs = 60_000) {
    const started: (FakeWorker & { kill(reason: string): void })[] = [];
    const pool = new WorkerPool(
      () => {
        const w = new FakeWorker(started.length) as FakeWorker & { kill(reason: string): void; stopped: Promise<string> };
        w.stopped = new Promise<string>((resolve) => (w.kill = resolve));
        started.push(w);
        return w;
      },
      { size: 1, timeoutMs },
    );
    return { pool, started };
  }

  it('fails the running fit at once with the reason, not after the time limit, and replaces the worker', async () => {
    const { pool, started } = killablePool(60_000);
    const t0 = Date.now();
    const hung = pool.run((api) => api.fit(Infinity, 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    started[0]!.kill('stopped unexpectedly');
    const result = await hung;
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'fit-failed', message: 'The worker running this fit stopped unexpectedly; it was replaced.' } });
    expect(started[0]!.terminated).toBe(true);
    expect(await pool.run((api) => api.whoAmI())).toEqual(ok(1));
    expect(pool.progress.replaced).toBe(1);
  });

  it('replaces a worker that died while idle before giving it the next fit', async () => {
    const { pool, started } = killablePool();
    expect(await pool.run((api) => api.whoAmI())).toEqual(ok(0));
    started[0]!.kill('stopped unexpectedly');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await pool.run((api) => api.fit(1, 4))).toEqual(ok(40));
    expect(started).toHaveLength(2);
  });
});

describe('WorkerPool idle workers', () => {
  // Fake timers: the idle limit is minutes in the app; the test steps the clock instead of waiting.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const idlePool = (size: number, idleTimeoutMs: number) => fakePool(size, 60_000, idleTimeoutMs);

  it('ends a worker left idle for the idle limit, and starts a fresh one for the next task', async () => {
    const { pool, started } = idlePool(1, 1_000);
    expect(await pool.run((api) => api.whoAmI())).toEqual(ok(0));
    await vi.advanceTimersByTimeAsync(999);
    expect(started[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started[0]!.terminated).toBe(true);
    expect(await pool.run((api) => api.whoAmI())).toEqual(ok(1));
    expect(started).toHaveLength(2);
    // An idle end is not a replacement after a failure.
    expect(pool.progress.replaced).toBe(0);
  });

  it('reuses a worker that gets a task within the idle limit, and restarts its clock', async () => {
    const { pool, started } = idlePool(1, 1_000);
    await pool.run((api) => api.whoAmI());
    await vi.advanceTimersByTimeAsync(900);
    const busy = pool.run((api) => api.fit(500, 2));
    await vi.advanceTimersByTimeAsync(500);
    expect(await busy).toEqual(ok(20));
    await vi.advanceTimersByTimeAsync(900);
    expect(await pool.run((api) => api.whoAmI())).toEqual(ok(0));
    expect(started).toHaveLength(1);
    expect(started[0]!.terminated).toBe(false);
  });

  it('never ends a worker while it runs a task longer than the idle limit', async () => {
    const { pool, started } = idlePool(1, 100);
    const long = pool.run((api) => api.fit(5_000, 3), { timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await long).toEqual(ok(30));
    expect(started[0]!.terminated).toBe(false);
  });

  it('ends each idle worker of a larger pool on its own clock', async () => {
    const { pool, started } = idlePool(2, 1_000);
    await Promise.all([pool.run((api) => api.whoAmI()), pool.run((api) => api.whoAmI())]);
    expect(started).toHaveLength(2);
    const one = pool.run((api) => api.fit(1_500, 1));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started.map((w) => w.terminated)).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(500);
    expect(await one).toEqual(ok(10));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('keeps workers for good without an idle limit', async () => {
    const { pool, started } = idlePool(1, 0);
    await pool.run((api) => api.whoAmI());
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(started[0]!.terminated).toBe(false);
  });
});
