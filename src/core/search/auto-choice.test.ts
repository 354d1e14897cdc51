// The auto selection's final choice: AICc keeps one ARIMA model, the rolling origins choose among
// it and the baselines, and a mean of the best of them replaces the single model only when it
// forecasts better from the same origins.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_SPACE } from '../config/profiles';
import { autoChoice, finalists } from './auto-choice';
import { bestCombination, combinationValue, withCombination } from './combination';
import type { StudySplit } from './objective';
import { paramKey } from './space';
import type { StudyChoice, TrialParams, TrialRecord } from './types';

/** Two origins: fold 0 forecasts [2, 2, 2, 4], fold 1 forecasts [2, 2, 2, 2]. */
const split: StudySplit = {
  history: [...Array.from({ length: 58 }, (_, i) => i % 5), 2, 2, 2, 2, 2, 4],
  historyStart: 0,
  test: [1, 1, 1],
  folds: [
    { trainStart: 0, trainEnd: 60, end: 64 },
    { trainStart: 0, trainEnd: 58, end: 62 },
  ],
  season: 52,
};
const flat = (level: number) => [Array<number>(4).fill(level), Array<number>(4).fill(level)];

function trial(number: number, params: TrialParams, value: number | null, aicc?: number): TrialRecord {
  return {
    number,
    state: value === null ? 'failed' : 'complete',
    params,
    distributions: {},
    value,
    userAttrs: { origin: params.family === 'baseline' ? 'baseline' : 'sampler', ...(aicc === undefined ? {} : { aicc }) },
    datetimeStart: '2026-01-01T00:00:00.000Z',
    datetimeComplete: '2026-01-01T00:00:01.000Z',
  };
}
const baseline = (method: string): TrialParams => ({ family: 'baseline', engine: 'native', method });
const arima = (p: number): TrialParams => ({ family: 'arima', engine: 'native', p, d: 0, q: 0 });

// MAE over the two folds of each trial's constant forecast: 1 → 1.25, 3 → 1, 2 → 0.25, 2.5 → 0.625.
const trials = [
  trial(0, baseline('naive'), 1.25),
  trial(1, baseline('mean'), 1),
  trial(2, arima(1), 0.25, 100),
  trial(3, arima(2), 0.625, 90),
  trial(4, arima(3), null),
];
const forecasts = new Map<string, number[][]>([
  [paramKey(trials[0]!.params), flat(1)],
  [paramKey(trials[1]!.params), flat(3)],
  [paramKey(trials[2]!.params), flat(2)],
  [paramKey(trials[3]!.params), flat(2.5)],
]);
const fallback: StudyChoice = {
  params: trials[2]!.params,
  spec: { family: 'arima', order: { p: 1, d: 0, q: 0 } },
  value: 0.25,
  trialNumber: 2,
  source: 'search',
  reason: 'fallback',
};

describe('combinations', () => {
  it('scores the mean of the members’ fold forecasts over the folds', () => {
    // Mean of 1 and 3 is 2: MAE 0.5 on fold 0 and 0 on fold 1.
    expect(combinationValue(split, [flat(1), flat(3)], 'mae')).toBe(0.25);
    expect(combinationValue(split, [flat(2.5), flat(3), flat(1)], 'mae')).toBeCloseTo(0.375, 12);
  });

  it('combines the best trials with distinct forecasts and keeps the best size', () => {
    const best = bestCombination(trials, forecasts, split, DEFAULT_SEARCH_SPACE, 'mae');
    // Ranked 2 (0.25), 3, 1, 0: the mean of 2 and 3 (2.25) scores 0.4375; adding 1 (mean 2.5) scores 0.625.
    expect(best).toMatchObject({ value: 0.4375, trials: [2, 3] });
    expect(best!.spec).toEqual({
      family: 'combination',
      combine: 'mean',
      members: [
        { family: 'arima', order: { p: 1, d: 0, q: 0 } },
        { family: 'arima', order: { p: 2, d: 0, q: 0 } },
      ],
    });
    // A trial whose forecasts repeat a better one's adds nothing and is skipped.
    const twin = trial(5, { ...arima(1), q: 1 }, 0.25, 101);
    const withTwin = new Map(forecasts).set(paramKey(twin.params), flat(2));
    expect(bestCombination([...trials, twin], withTwin, split, DEFAULT_SEARCH_SPACE, 'mae')!.trials).toEqual([2, 3]);
    // One scored trial is no combination.
    expect(bestCombination(trials.slice(2, 3), forecasts, split, DEFAULT_SEARCH_SPACE, 'mae')).toBeNull();
  });

  it('replaces the choice only when strictly better', () => {
    const combination = bestCombination(trials, forecasts, split, DEFAULT_SEARCH_SPACE, 'mae')!;
    expect(withCombination(fallback, combination, 'mae')).toBe(fallback);
    expect(withCombination({ ...fallback, value: 0.4375 }, combination, 'mae').source).toBe('search');
    expect(withCombination(fallback, null, 'mae')).toBe(fallback);
    const replaced = withCombination({ ...fallback, value: 0.5 }, combination, 'mae');
    expect(replaced).toMatchObject({ source: 'combination', value: 0.4375, trialNumber: 2, params: { family: 'combination', members: '2,3' } });
    expect(replaced.reason).toMatch(
      /^Mean of ARIMA\(1,0,0\), ARIMA\(2,0,0\) \(trials #2, #3; cross-validated mae 0\.437500\) forecasts better than the best single model \(0\.500000\)\. fallback$/,
    );
  });
});

describe('autoChoice', () => {
  it('keeps the ARIMA model AICc ranks first, not the one that fits the origins best', () => {
    const { byAicc, baselines, ranked } = finalists(trials);
    expect(byAicc?.number).toBe(3);
    expect(baselines.map((t) => t.number)).toEqual([0, 1]);
    expect(ranked).toBe(2);
  });

  it('chooses among that model, the baselines and their combinations on the rolling origins', () => {
    const choice = autoChoice(fallback, trials, forecasts, split, DEFAULT_SEARCH_SPACE, 'mae');
    // Trial 2 (the lower error, higher AICc) is no finalist. Of 3 (0.625), 1 and 0, the mean of all
    // three (2⅙) scores 0.375 and beats the best single one.
    expect(choice).toMatchObject({ source: 'combination', params: { members: '3,1,0' } });
    expect(choice.value).toBeCloseTo(0.375, 12);
    expect(choice.spec).toEqual({
      family: 'combination',
      combine: 'mean',
      members: [
        { family: 'arima', order: { p: 2, d: 0, q: 0 } },
        { family: 'baseline', method: 'mean', season: 52 },
        { family: 'baseline', method: 'naive', season: 52 },
      ],
    });
    expect(choice.reason).toMatch(
      /AICc ranked 2 ARIMA models and kept ARIMA\(2,0,0\) \(trial #3\); over 2 rolling origins, ARIMA\(2,0,0\) forecast best among that model and the 2 baselines \(mean mae 0\.625000\)\.$/,
    );
  });

  it('chooses a baseline when it forecasts best and no combination beats it', () => {
    // Constant forecasts 0 (MAE 2.25), 2.5 (0.625) and 9 (6.75); the means of 2.5 with the others score 1 and 1.625.
    const only = [trial(0, baseline('naive'), 2.25), trial(1, baseline('mean'), 0.625), trial(2, arima(1), 6.75, 50)];
    const f = new Map<string, number[][]>([
      [paramKey(only[0]!.params), flat(0)],
      [paramKey(only[1]!.params), flat(2.5)],
      [paramKey(only[2]!.params), flat(9)],
    ]);
    const choice = autoChoice(fallback, only, f, split, DEFAULT_SEARCH_SPACE, 'mae');
    expect(choice).toMatchObject({ source: 'search', trialNumber: 1, spec: { family: 'baseline', method: 'mean', season: 52 }, value: 0.625 });
    expect(choice.reason).toMatch(
      /kept ARIMA\(1,0,0\) \(trial #2\); over 2 rolling origins, Mean forecast best among that model and the 2 baselines \(mean mae 0\.625000\)\.$/,
    );
    const alone = autoChoice(fallback, only.slice(1, 2), f, split, DEFAULT_SEARCH_SPACE, 'mae');
    expect(alone).toMatchObject({ source: 'search', trialNumber: 1, value: 0.625 });
    expect(alone.reason).toMatch(/^No ARIMA model fitted; over 2 rolling origins, Mean forecast best/);
  });

  it('keeps the fallback when no finalist has fold forecasts', () => {
    expect(autoChoice(fallback, trials, new Map(), split, DEFAULT_SEARCH_SPACE, 'mae')).toBe(fallback);
  });
});
