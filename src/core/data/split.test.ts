import { describe, expect, it } from 'vitest';
import { profileConfig } from '../config/profiles';
import { studySplit } from '../search/objective';
import { DEFAULT_SPLIT, splitBounds, splitSeries } from './split';
import { minimumWeeks, windowsOf, windowsOfSplit } from './windows';

const series = (id: string, weeks: number) => ({ id, start: '2020-01-01', values: Array.from({ length: weeks }, (_, i) => 10 + (i % 7)) });

describe("the Data screen's split cuts the windows training cuts", () => {
  it('defaults to the development profile: the same test weeks, validation weeks and origins', () => {
    const config = profileConfig('development');
    expect(DEFAULT_SPLIT).toEqual({ test: config.test_weeks, validation: config.validation_weeks, folds: config.cv_folds });
    expect(windowsOfSplit(DEFAULT_SPLIT)).toEqual(windowsOf(config));
    // A split stored before it named its origins means the profile's.
    expect(windowsOfSplit({ test: 32, validation: 32 })).toEqual(windowsOf(config));
  });

  for (const params of [DEFAULT_SPLIT, { test: 13, validation: 13, folds: 4 }, { test: 8, validation: 20, folds: 1 }]) {
    it(`is too short exactly where studySplit refuses (test ${params.test}, validation ${params.validation}, ${params.folds} origins)`, async () => {
      const windows = windowsOfSplit(params);
      const need = minimumWeeks(windows);
      const lengths = [1, need - 20, need - 1, need, need + 1, need + 7, need + 40, 400];
      const splits = await splitSeries(
        lengths.map((n) => series(`p${n}`, n)),
        params,
      );
      for (const [i, n] of lengths.entries()) {
        const study = studySplit(series('x', n).values, windows);
        const s = splits[i]!;
        expect(s.tooShort, `${n} weeks`).toBe(!study.ok);
        if (!study.ok) continue;
        // The test window starts where the study's history ends; validation spans every origin.
        expect(s.validationEnd).toBe(study.value.history.length);
        expect(s.trainEnd).toBe(study.value.folds.at(-1)!.trainEnd);
        expect(study.value.folds.every((f) => f.trainEnd >= s.trainEnd && f.end <= s.validationEnd)).toBe(true);
      }
    });
  }

  it('a 115-week product is too short for 32 + 32 (it needs 52 + 32 + 32 = 116), though weeks would remain to train on', () => {
    expect(splitBounds(115, windowsOfSplit(DEFAULT_SPLIT))).toEqual({ trainEnd: 19, validationEnd: 83, tooShort: true });
    expect(splitBounds(116, windowsOfSplit(DEFAULT_SPLIT))).toEqual({ trainEnd: 52, validationEnd: 84, tooShort: false });
  });

  it('a product long enough for one origin only is judged on that one: trainEnd is its origin', () => {
    // 130 weeks: origins end at 98, 82 (→ 66), 66 (→ 50 < 52, dropped).
    expect(splitBounds(130, windowsOfSplit(DEFAULT_SPLIT))).toEqual({ trainEnd: 66, validationEnd: 98, tooShort: false });
  });

  it('the Data screen changing the test weeks moves the test window and the minimum', async () => {
    const [s] = await splitSeries([series('p', 100)], { test: 13, validation: 32 });
    // horizon = min(32, 13) = 13, step 7, three origins: 87 − 13 − 14 = 60.
    expect(s).toMatchObject({ weeks: 100, validationEnd: 87, trainEnd: 60, tooShort: false });
  });
});
