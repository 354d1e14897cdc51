// The training fitter over the pool: a fit past the per-fit limit fails its trial (the worker is
// replaced) and the study carries on; a cancelled fit leaves the trial to be re-run.
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { nativeEngine } from '../core/model/native';
import type { StudySplit } from '../core/search/objective';
import { WorkerPool } from './pool';
import { createFitApi, type FitApi } from './fit-api';
import { poolFitter } from './fit-pool';

// 80 training weeks, then 4 validation weeks (one rolling origin), then 2 test weeks.
const split: StudySplit = {
  history: [...Array.from({ length: 80 }, (_, i) => 10 + (i % 7)), 10, 11, 12, 13],
  historyStart: 0,
  test: [14, 15],
  folds: [{ trainStart: 0, trainEnd: 80, end: 84 }],
  season: 52,
};
const request = {
  split,
  spec: { family: 'arima' as const, order: { p: 1, d: 0, q: 0 } },
  params: { family: 'arima', engine: 'native', p: 1, d: 0, q: 0 },
  metric: 'rmse' as const,
};

function pool(hangFirst: boolean) {
  let started = 0;
  let ended = 0;
  const real = createFitApi({ native: nativeEngine });
  const factory = () => {
    const index = started++;
    const api = {
      ...real,
      validation: (r: typeof request) => (hangFirst && index === 0 ? new Promise<never>(() => {}) : real.validation(r)),
      warmUp: async () => true,
    } as unknown as Remote<FitApi>;
    return { api, terminate: () => void ended++ };
  };
  return { pool: new WorkerPool(factory, { size: 1 }), counts: () => ({ started, ended }) };
}

describe('poolFitter', () => {
  it('fails a trial whose fit passes the per-fit limit, replaces the worker, and the next fit works', async () => {
    const { pool: p, counts } = pool(true);
    const fitter = poolFitter(p, 50);
    const first = await fitter.validation(request);
    expect(first).toMatchObject({ ok: false });
    expect(first.ok ? '' : first.reason).toBe('timeout: The fit took longer than 0.05 s and was stopped.');
    const second = await fitter.validation(request);
    expect(second.ok).toBe(true);
    expect(counts()).toEqual({ started: 2, ended: 1 });
  });

  it("passes the worker's test evaluation through and reports a cancelled fit as a failure", async () => {
    const { pool: p } = pool(false);
    const controller = new AbortController();
    const fitter = poolFitter(p, 5000, controller.signal);
    const test = await fitter.test({ split, spec: request.spec, engine: 'native' });
    expect(test.ok && test.value.scores.rmse).toBeGreaterThan(0);
    controller.abort();
    expect(await fitter.validation(request)).toMatchObject({ ok: false, reason: expect.stringContaining('cancelled') });
  });
});
