import { describe, expect, it } from 'vitest';
import { MAX_TRAIN_WEEKS, MIN_TRAIN_WEEKS, minimumWeeks, splitWindows, windowsOf, type Windows } from './windows';

const auto = (overrides: Partial<Windows> = {}): Windows => ({
  test: 32,
  horizon: 32,
  folds: 3,
  step: 16,
  minTrain: 52,
  maxTrain: 260,
  season: 52,
  ...overrides,
});

describe('windowsOf', () => {
  it("'original' is the original pipeline's one window of validation_weeks right before the test weeks", () => {
    const w = windowsOf({ test_weeks: 32, validation_weeks: 20, cv_folds: 5, selection: 'original' });
    expect(w).toEqual({ test: 32, horizon: 20, folds: 1, step: 20, minTrain: MIN_TRAIN_WEEKS, maxTrain: null, season: 52 });
    // On 120 weeks it is the old train | validation | test split: 68 | 20 | 32, all weeks trained on.
    const s = splitWindows(120, w);
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value).toEqual({ weeks: 120, historyStart: 0, historyEnd: 88, folds: [{ trainStart: 0, trainEnd: 68, end: 88 }] });
  });

  it("'auto' judges cv_folds origins on at most the test window's horizon, half a horizon apart, on the latest weeks", () => {
    expect(windowsOf({ test_weeks: 32, validation_weeks: 32, cv_folds: 3, selection: 'auto' })).toEqual(auto());
    // The horizon is the shorter of the two windows; the step rounds half of it.
    expect(windowsOf({ test_weeks: 13, validation_weeks: 40, cv_folds: 4, selection: 'auto' })).toMatchObject({
      horizon: 13,
      step: 7,
      folds: 4,
      maxTrain: MAX_TRAIN_WEEKS,
    });
    expect(windowsOf({ test_weeks: 32, validation_weeks: 8, cv_folds: 2, selection: 'auto' })).toMatchObject({ horizon: 8, step: 4, folds: 2 });
    expect(windowsOf({ test_weeks: 1, validation_weeks: 1, cv_folds: 1, selection: 'auto' })).toMatchObject({ horizon: 1, step: 1 });
  });
});

describe('splitWindows', () => {
  it('lists the rolling origins latest first, each fold step weeks before the next', () => {
    const s = splitWindows(200, auto({ maxTrain: null }));
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.historyEnd).toBe(168);
    expect(s.value.historyStart).toBe(0);
    expect(s.value.folds).toEqual([
      { trainStart: 0, trainEnd: 136, end: 168 },
      { trainStart: 0, trainEnd: 120, end: 152 },
      { trainStart: 0, trainEnd: 104, end: 136 },
    ]);
    // No fold ever reaches into the test window.
    expect(s.value.folds.every((f) => f.end <= s.value.historyEnd)).toBe(true);
  });

  it('drops the origins that would train on fewer than minTrain weeks, keeping at least one', () => {
    // 130 weeks: the history ends at 98; origins at 66 and 50, and 50 < 52 training weeks.
    const s = splitWindows(130, auto());
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.folds).toEqual([{ trainStart: 0, trainEnd: 66, end: 98 }]);
    // 150 weeks: origins at 86, 70 and 54 all train on a year or more.
    const longer = splitWindows(150, auto());
    expect(longer.ok && longer.value.folds.map((f) => f.trainEnd)).toEqual([86, 70, 54]);
    // Exactly the minimum: one fold training on exactly minTrain weeks.
    const least = splitWindows(minimumWeeks(auto()), auto());
    expect(least.ok && least.value.folds).toEqual([{ trainStart: 0, trainEnd: 52, end: 84 }]);
    // A fold count below one still gives one origin.
    const none = splitWindows(200, auto({ folds: 0 }));
    expect(none.ok && none.value.folds).toHaveLength(1);
  });

  it('trains each fold and the refit on the latest maxTrain weeks of a long history', () => {
    const s = splitWindows(400, auto());
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.historyEnd).toBe(368);
    expect(s.value.historyStart).toBe(368 - 260);
    expect(s.value.folds).toEqual([
      { trainStart: 336 - 260, trainEnd: 336, end: 368 },
      { trainStart: 320 - 260, trainEnd: 320, end: 352 },
      { trainStart: 304 - 260, trainEnd: 304, end: 336 },
    ]);
    expect(s.value.folds.every((f) => f.trainEnd - f.trainStart === 260)).toBe(true);
    // Shorter than maxTrain: everything is used.
    const short = splitWindows(250, auto());
    expect(short.ok && [short.value.historyStart, short.value.folds[0]!.trainStart]).toEqual([0, 0]);
  });

  it('refuses a series too short for a year of training, one horizon and the test window, saying why', () => {
    expect(minimumWeeks(auto())).toBe(116);
    const short = splitWindows(115, auto());
    expect(short.ok).toBe(false);
    if (short.ok) return;
    expect(short.error.code).toBe('series-too-short');
    expect(short.error.message).toBe('This product has 115 weeks; 32 test weeks, a 32-week validation origin and 52 training weeks need at least 116.');
  });
});
