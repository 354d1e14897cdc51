import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, observe, replay, shouldStop, type EarlyStoppingRule } from './early-stopping';
import type { TrialRecord } from './types';

/** Trial number at which the rule first says stop, or null if it never does. */
function stopAt(rule: EarlyStoppingRule, values: (number | null)[]): number | null {
  let state = INITIAL_STATE;
  for (const [i, v] of values.entries()) {
    state = observe(state, rule, v);
    if (shouldStop(state, rule)) return i + 1;
  }
  return null;
}

const trial = (number: number, value: number | null): TrialRecord => ({
  number,
  state: value === null ? 'failed' : 'complete',
  params: {},
  distributions: {},
  value,
  userAttrs: {},
  datetimeStart: '2026-01-01T00:00:00.000Z',
  datetimeComplete: '2026-01-01T00:00:01.000Z',
});

describe('early stopping with the original meaning', () => {
  const rule = { patience: 3, minTrials: 5, minImprovement: 0.5 };

  it('stops once min_trials exist and patience trials passed without a counted improvement', () => {
    // 10 counts, then 9.8 / 9.7 / 9.6 are real but small gains: not > 0.5 below 10.
    expect(stopAt(rule, [10, 9.8, 9.7, 9.6, 9.9, 9.9])).toBe(5);
  });

  it('does not stop before min_trials even when patience has run out', () => {
    expect(stopAt({ ...rule, minTrials: 8 }, [10, 11, 12, 13, 14, 15, 16, 17, 18])).toBe(8);
  });

  it('lets several small gains add up to a counted one (compares with the last counted best)', () => {
    // 10 → 9.7 → 9.4: the second small step is 0.6 below the counted 10, so it resets the counter.
    const state = [10, 9.7, 9.4].reduce((s, v) => observe(s, rule, v), INITIAL_STATE);
    expect(state.reference).toBe(9.4);
    expect(state.sinceImprovement).toBe(0);
    expect(stopAt(rule, [10, 9.7, 9.4, 9.5, 9.5, 9.5])).toBe(6);
  });

  it('needs strictly more than min_improvement', () => {
    const state = [10, 9.5].reduce((s, v) => observe(s, rule, v), INITIAL_STATE);
    expect(state.reference).toBe(10);
    expect(state.sinceImprovement).toBe(1);
  });

  it('counts failed trials as trials without improvement, as the original’s +∞ trials', () => {
    expect(stopAt(rule, [null, null, null, null, null])).toBe(5);
    expect(stopAt(rule, [10, null, null, null, 3, null, null, null])).toBe(8);
  });

  it('replays across sessions exactly as an uninterrupted study', () => {
    const values = [10, 9, 8.2, 8.1, 8.0, 7.0, 7.2, 7.1, 7.3];
    const whole = replay(
      rule,
      values.map((v, i) => trial(i, v)),
    );
    const firstSession = replay(
      rule,
      values.slice(0, 4).map((v, i) => trial(i, v)),
    );
    const continued = values.slice(4).reduce((s, v) => observe(s, rule, v), firstSession);
    expect(continued).toEqual(whole);
    expect(whole).toMatchObject({ total: 9, reference: 7, lastImprovementAt: 6, sinceImprovement: 3 });
    expect(shouldStop(whole, rule)).toBe(true);
  });

  it('skips a trial left running by a crash (it will be re-run)', () => {
    const running = { ...trial(2, null), state: 'running' as const };
    expect(replay(rule, [trial(0, 5), trial(1, 4), running]).total).toBe(2);
  });
});
