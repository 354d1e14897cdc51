import { describe, expect, it } from 'vitest';
import { wavySeries } from '../../test/model-version';
import { DEFAULT_SPLIT, splitSeries } from '../data/split';
import { MAX_TRAIN_WEEKS, minimumWeeks, windowsOfSplit } from '../data/windows';
import { studySplit } from '../search/objective';
import type { ModelEngine } from './engine';
import { DEFAULT_HOLDOUT_WINDOWS, evaluateHoldout, holdoutStartOf } from './holdout';
import { nativeEngine } from './native';

const spec = { family: 'arima' as const, order: { p: 1, d: 0, q: 1 } };
const noisy = (n: number) => ({ ...wavySeries(n), values: wavySeries(n).values.map((v, i) => v + ((i * 37) % 11)) });

/** The native engine, recording what each fit was given. */
function recording() {
  const calls: { train: number[]; horizon: number }[] = [];
  const engine: ModelEngine = {
    name: 'native',
    fit: (train, s, horizon, options) => (calls.push({ train: [...train], horizon }), nativeEngine.fit(train, s, horizon, options)),
  };
  return { engine, calls };
}

describe('evaluateHoldout under the windows', () => {
  it('holds out the test weeks of the split it is given (13, not the default 32)', () => {
    const series = noisy(150);
    const { engine, calls } = recording();
    const r = evaluateHoldout(series, spec, engine, { windows: windowsOfSplit({ test: 13, validation: 13 }), now: () => 0 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.actual).toEqual(series.values.slice(137));
    expect(r.value.mean).toHaveLength(13);
    expect(r.value).toMatchObject({ trainStart: 0, trainLength: 137 });
    expect(calls).toEqual([{ train: series.values.slice(0, 137), horizon: 13 }]);
    expect(r.value.baselines.every((b) => b.mean.length === 13)).toBe(true);
  });

  it('fits a long series on its latest 260 weeks before the test window, as training does, and records where they start', () => {
    const series = noisy(400);
    const { engine, calls } = recording();
    const r = evaluateHoldout(series, spec, engine, { windows: DEFAULT_HOLDOUT_WINDOWS, now: () => 0 });
    if (!r.ok) throw new Error(r.error.message);
    const study = studySplit(series.values, DEFAULT_HOLDOUT_WINDOWS);
    if (!study.ok) throw new Error(study.error.message);
    expect(r.value).toMatchObject({ trainStart: 400 - 32 - MAX_TRAIN_WEEKS, trainLength: MAX_TRAIN_WEEKS });
    expect(r.value.trainStart).toBe(study.value.historyStart);
    expect(calls[0]!.train).toEqual(study.value.history.slice(study.value.historyStart));
    expect(r.value.actual).toEqual(study.value.test);
    // The test weeks still start where they did: 368, after the weeks fitted on.
    expect(holdoutStartOf(r.value)).toBe(368);
  });

  it('refuses a series exactly when training and the Data screen call it too short', async () => {
    for (const split of [DEFAULT_SPLIT, { test: 13, validation: 26, folds: 2 }]) {
      const windows = windowsOfSplit(split);
      const need = minimumWeeks(windows);
      for (const n of [need - 1, need]) {
        const r = evaluateHoldout(noisy(n), spec, nativeEngine, { windows, now: () => 0 });
        const [s] = await splitSeries([{ id: 'p', ...noisy(n) }], split);
        expect(r.ok, `${n} weeks`).toBe(!s!.tooShort);
        if (!r.ok) expect(r.error).toMatchObject({ code: 'series-too-short', message: expect.stringContaining(`at least ${need}`) });
      }
    }
  });

  it('a forecast stored before trainStart existed still starts its test weeks after trainLength', () => {
    expect(holdoutStartOf({ trainLength: 366 })).toBe(366);
    expect(holdoutStartOf({ trainLength: 260, trainStart: 106 })).toBe(366);
  });
});
