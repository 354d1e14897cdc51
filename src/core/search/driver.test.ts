import { describe, expect, it } from 'vitest';
import type { StudyConfig } from '../config/config';
import { BASELINE_METHODS } from '../model/spec';
import { ORIGINAL_SEARCH_SPACE, profileConfig } from '../config/profiles';
import { runStudy, type ObjectiveOutcome, type StudyObjective } from './driver';
import { paramKey } from './space';
import type { TrialParams, TrialRecord } from './types';

const ALCHEMIST = '9780722532935';
const CATERPILLAR = '9780241003008';
const order = (p: TrialParams) => (p.family === 'sarima' ? `(${p.p},${p.d},${p.q})(${p.P},${p.D},${p.Q})` : paramKey(p));

/** An objective that returns scripted values in call order, recording what it was asked. */
function scripted(values: (number | string)[]) {
  const asked: TrialParams[] = [];
  const objective: StudyObjective = async (_spec, params) => {
    asked.push(params);
    const v = values[asked.length - 1] ?? 100;
    return (typeof v === 'number' ? { ok: true, value: v, fitMs: 10 * asked.length } : { ok: false, reason: v }) as ObjectiveOutcome;
  };
  return { objective, asked };
}

const dev = (overrides: Partial<StudyConfig> = {}): StudyConfig => ({ ...profileConfig('development'), ...overrides });
/** The development profile under the original pipeline's selection and space (SARIMA seeds, no baselines). */
const original = (overrides: Partial<StudyConfig> = {}): StudyConfig =>
  dev({ selection: 'original', search_space: structuredClone(ORIGINAL_SEARCH_SPACE), ...overrides });

describe('runStudy', () => {
  it('runs the product’s seeds first, in the original’s order (original selection)', async () => {
    const { objective, asked } = scripted([50, 40, 30, 29, 28, 27, 26, 25, 24, 23]);
    const summary = await runStudy({ studyKey: 'k', productId: CATERPILLAR, config: original(), objective });
    expect(asked.slice(0, 3).map(order)).toEqual(['(2,1,1)(1,0,1)', '(1,1,1)(2,0,2)', '(0,2,3)(2,0,3)']);
    expect(summary.trials.slice(0, 3).map((t) => t.userAttrs.origin)).toEqual(['seed', 'seed', 'seed']);
    expect(summary.trials[3]!.userAttrs.origin).toBe('sampler');
  });

  it('stops early with the development profile’s rule and says why', async () => {
    // 50 counts; nothing after it beats 50 by more than 0.5: trial 5 (≥ min_trials 5, patience 3 since #1).
    const { objective } = scripted([50, 49.8, 49.9, 49.7, 60, 10]);
    const summary = await runStudy({ studyKey: 'k', productId: ALCHEMIST, config: dev(), objective });
    expect(summary.trials).toHaveLength(5);
    expect(summary.stop.code).toBe('early-stopped');
    expect(summary.stop.message).toBe('Stopped early: no improvement of more than 0.5 in the last 4 trials (patience 3; 5 trials in the study, min_trials 5).');
  });

  it('continues a study across sessions: counts old trials, skips tried seeds, re-runs the one left running', async () => {
    const first = scripted([50, 45]);
    const aborter = { aborted: false };
    const persisted = new Map<number, TrialRecord>();
    const session1 = await runStudy({
      studyKey: 'k',
      productId: ALCHEMIST,
      config: dev({ min_trials: 100 }),
      objective: first.objective,
      signal: aborter,
      onTrialStart: (t) => void persisted.set(t.number, t),
      onTrialFinished: (t) => {
        persisted.set(t.number, t);
        if (t.number === 1) aborter.aborted = true;
      },
    });
    expect(session1.stop.code).toBe('aborted');
    // A crash while trial 2 was fitting: storage holds it as running.
    const crashed: TrialRecord = {
      ...persisted.get(1)!,
      number: 2,
      state: 'running',
      value: null,
      params: { family: 'arima', engine: 'wasm', p: 2, d: 0, q: 1 },
      userAttrs: { origin: 'sampler' },
    };
    const second = scripted([44, 43, 42, 41, 40, 39, 38, 37]);
    const session2 = await runStudy({
      studyKey: 'k',
      productId: ALCHEMIST,
      config: dev({ min_trials: 100 }),
      objective: second.objective,
      existingTrials: [...persisted.values(), crashed],
    });
    expect(second.asked[0]).toEqual(crashed.params);
    expect(second.asked.map(order)).not.toContain('(1,0,0)(2,0,1)');
    expect(session2.trials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(session2.trialsThisSession).toBe(8);
    expect(session2.stop.code).toBe('n-trials');
  });

  it('leaves a trial cut short by cancellation running, so that resuming re-runs it', async () => {
    const signal = { aborted: false };
    const objective: StudyObjective = async () => {
      signal.aborted = true; // the caller terminated the worker mid-fit
      return { ok: false, reason: 'worker terminated' };
    };
    const finished: TrialRecord[] = [];
    const summary = await runStudy({ studyKey: 'k', productId: 'x', config: dev(), objective, signal, onTrialFinished: (t) => void finished.push(t) });
    expect(summary.stop.code).toBe('aborted');
    expect(finished).toEqual([]);
    expect(summary.trials.map((t) => t.state)).toEqual(['running']);
  });

  it('records failures with their reason and ends with the original’s safe default SARIMA(1,0,0)(1,0,0) when nothing succeeds', async () => {
    const { objective } = scripted(Array(10).fill('fit-failed: non-stationary AR part'));
    const summary = await runStudy({ studyKey: 'k', productId: 'tuna-b1', config: original(), objective });
    expect(summary.trials.every((t) => t.state === 'failed' && t.userAttrs.failure_reason === 'fit-failed: non-stationary AR part')).toBe(true);
    expect(summary.choice.source).toBe('safe-default');
    expect(summary.choice.reason).toBe('No trials completed successfully; using the safe default SARIMA(1,0,0)(1,0,0)[52].');
    expect(summary.bestValue).toBeNull();
  });

  it('falls back to ARIMA(1,0,0) in the lab’s default space, which holds no SARIMA', async () => {
    const { objective } = scripted(Array(10).fill('fit-failed: non-stationary AR part'));
    const summary = await runStudy({ studyKey: 'k', productId: 'tuna-b1', config: dev(), objective });
    expect(summary.trials.every((t) => t.state === 'failed')).toBe(true);
    expect(summary.choice).toMatchObject({ source: 'safe-default', spec: { family: 'arima', order: { p: 1, d: 0, q: 0 } } });
    expect(summary.choice.reason).toBe('No trials completed successfully; using the safe default ARIMA(1,0,0).');
  });

  it('queues the baselines first in the lab’s default space (its SARIMA seeds are outside it)', async () => {
    const { objective, asked } = scripted([50, 40, 30, 29, 28, 27, 26, 25, 24, 23]);
    const summary = await runStudy({ studyKey: 'k', productId: CATERPILLAR, config: dev({ min_trials: 100 }), objective });
    const methods = [...BASELINE_METHODS];
    expect(asked.slice(0, methods.length)).toEqual(methods.map((method) => ({ family: 'baseline', engine: 'native', method })));
    expect(summary.trials.map((t) => t.userAttrs.origin)).toEqual([...methods.map(() => 'baseline'), ...Array(10 - methods.length).fill('sampler')]);
    // The sampler then proposes no baseline again, and no trial is a seed.
    expect(asked.slice(methods.length).some((p) => p.family === 'baseline')).toBe(false);
    expect(new Set(asked.map(paramKey)).size).toBe(asked.length);
  });

  it('queues only the baselines the space names, on its first engine, before the seeds, and not again on continuation', async () => {
    const space = {
      ...structuredClone(ORIGINAL_SEARCH_SPACE),
      families: ['sarima' as const, 'baseline' as const],
      engines: ['native' as const, 'wasm' as const],
      baselines: ['naive' as const, 'theta' as const],
    };
    const first = scripted([50, 40, 30, 29]);
    const session1 = await runStudy({
      studyKey: 'k',
      productId: ALCHEMIST,
      config: original({ search_space: space, n_trials: 4, min_trials: 100 }),
      objective: first.objective,
    });
    expect(first.asked.map((p) => (p.family === 'baseline' ? `${p.method}@${p.engine}` : order(p)))).toEqual([
      'naive@native',
      'theta@native',
      '(1,0,0)(2,0,1)',
      '(1,0,0)(1,0,0)',
    ]);
    expect(session1.trials.map((t) => t.userAttrs.origin)).toEqual(['baseline', 'baseline', 'seed', 'seed']);
    const second = scripted([20, 19]);
    await runStudy({
      studyKey: 'k',
      productId: ALCHEMIST,
      config: original({ search_space: space, n_trials: 6, min_trials: 100 }),
      objective: second.objective,
      existingTrials: session1.trials,
    });
    // Nothing of the first session is queued again: the sampler proposes two new points.
    expect(second.asked).toHaveLength(2);
    const before = new Set(session1.trials.map((t) => paramKey(t.params)));
    expect(second.asked.filter((p) => before.has(paramKey(p)))).toEqual([]);
    expect(second.asked.every((p) => p.family !== 'baseline' || p.engine === 'wasm')).toBe(true);
  });

  it('turns an objective that throws into a failed trial instead of ending the study', async () => {
    let calls = 0;
    const objective: StudyObjective = async () => {
      calls++;
      if (calls === 1) throw new Error('worker crashed');
      return { ok: true, value: 5, fitMs: 1 };
    };
    const summary = await runStudy({ studyKey: 'k', productId: 'x', config: dev({ n_trials: 2 }), objective });
    expect(summary.trials[0]!.userAttrs.failure_reason).toBe('worker crashed');
    expect(summary.choice.value).toBe(5);
  });

  it('stops at the timeout, checked between trials', async () => {
    let clock = 0;
    const objective: StudyObjective = async () => {
      clock += 700_000;
      return { ok: true, value: 1, fitMs: 700_000 };
    };
    const summary = await runStudy({ studyKey: 'k', productId: 'x', config: dev(), objective, now: () => clock });
    expect(summary.trials).toHaveLength(3);
    expect(summary.stop).toEqual({ code: 'timeout', message: 'Reached the study timeout of 1800 s after 3 trials this session.' });
  });

  it('lets a seed win only when strictly better than the search’s best (original selection)', async () => {
    const tie = await runStudy({ studyKey: 'k', productId: ALCHEMIST, config: original({ n_trials: 4 }), objective: scripted([30, 40, 30, 35]).objective });
    expect(tie.choice.source).toBe('search');
    expect(tie.choice.trialNumber).toBe(2);
    const better = await runStudy({
      studyKey: 'k',
      productId: ALCHEMIST,
      config: original({ n_trials: 4 }),
      objective: scripted([29.9, 40, 30, 35]).objective,
    });
    expect(better.choice.source).toBe('seed');
    expect(better.choice.reason).toMatch(/^Seed trial #0 SARIMA\(1,0,0\)\(2,0,1\)\[52\] \(validation rmse 29\.9000\) is strictly better/);
  });

  it('reports the Pareto front of error against fit time', async () => {
    // fitMs grows 10, 20, 30, …: only trials that beat every faster one are on the front.
    const summary = await runStudy({
      studyKey: 'k',
      productId: 'x',
      config: dev({ n_trials: 5, patience: 100 }),
      objective: scripted([9, 7, 8, 3, 5]).objective,
    });
    expect(summary.paretoFront).toEqual([3, 1, 0]);
  });
});
