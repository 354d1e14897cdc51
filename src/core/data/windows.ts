// The one definition of a series' windows, used by the Data screen's split, the forecast view,
// studies, the registry and the benchmarks: the test window at the end (scored once), and before it
// the rolling origins a study chooses on (each fits on the weeks before its origin and forecasts the
// weeks after it), with the minimum training a fit needs.
import { fail, ok, type Result } from '../result';

export interface Windows {
  /** Weeks held out at the end of every series and scored once. */
  test: number;
  /** Weeks each rolling origin forecasts: the horizon the choice is judged on. */
  horizon: number;
  /** How many rolling origins (1 = the original pipeline's single validation window). */
  folds: number;
  /** Weeks between two origins. */
  step: number;
  /** The least a fit may train on (a year, so a yearly pattern can show). */
  minTrain: number;
  /** The most a fit trains on: only the latest `maxTrain` weeks before an origin (null: all). */
  maxTrain: number | null;
  /** Weeks per season, for the seasonal naive baseline and MASE. */
  season: number;
}

/** One rolling origin: fit on weeks [trainStart, trainEnd), forecast [trainEnd, end). */
export interface Fold {
  trainStart: number;
  trainEnd: number;
  end: number;
}

export interface WindowSplit {
  weeks: number;
  /** Weeks before the test window: the chosen model is refitted on [historyStart, historyEnd). */
  historyStart: number;
  historyEnd: number;
  /** Latest origin first; at least one. */
  folds: Fold[];
}

export const MIN_TRAIN_WEEKS = 52;
export const SEASON_WEEKS = 52;
/**
 * Five years: on longer histories the latest five years forecast as well or better, at a fraction
 * of the fitting time (M4 weekly-dev, 13 pseudo-test weeks cut from the training part of two samples
 * of 60 series: OWA 0.787 and 0.824 with 260 weeks, 0.845 and 0.829 with 520, 0.838 with all).
 */
export const MAX_TRAIN_WEEKS = 260;

/**
 * The windows of a configuration: folds forecast as far as the test window judges (at most
 * `validationWeeks`), half a horizon apart, so neighbouring origins share half their weeks.
 */
export function windowsOf(config: { test_weeks: number; validation_weeks: number; cv_folds: number; selection: 'auto' | 'original' }): Windows {
  if (config.selection === 'original') {
    // The original pipeline: one validation window of validation_weeks right before the test weeks.
    return {
      test: config.test_weeks,
      horizon: config.validation_weeks,
      folds: 1,
      step: config.validation_weeks,
      minTrain: MIN_TRAIN_WEEKS,
      maxTrain: null,
      season: SEASON_WEEKS,
    };
  }
  const horizon = Math.max(1, Math.min(config.validation_weeks, config.test_weeks));
  return {
    test: config.test_weeks,
    horizon,
    folds: config.cv_folds,
    step: Math.max(1, Math.round(horizon / 2)),
    minTrain: MIN_TRAIN_WEEKS,
    maxTrain: MAX_TRAIN_WEEKS,
    season: SEASON_WEEKS,
  };
}

/** The Data screen's split: test weeks, validation weeks and (optionally) rolling origins. */
export interface SplitWindowsParams {
  test: number;
  validation: number;
  /** Rolling origins; the profiles' cv_folds (3) when absent. */
  folds?: number;
}

/** The profiles' default cv_folds, used when a split does not name its origins. */
export const DEFAULT_FOLDS = 3;

/**
 * The windows the Data screen's split stands for: those a training run with test_weeks = `test`,
 * validation_weeks = `validation` and cv_folds = `folds` uses under the default ("auto") selection.
 */
export function windowsOfSplit(split: SplitWindowsParams): Windows {
  return windowsOf({ test_weeks: split.test, validation_weeks: split.validation, cv_folds: split.folds ?? DEFAULT_FOLDS, selection: 'auto' });
}

/** The least a series needs: a year of training, one fold's horizon and the test window. */
export function minimumWeeks(windows: Windows): number {
  return windows.minTrain + windows.horizon + windows.test;
}

/** Where a fit that ends at week `end` starts: the latest `maxTrain` weeks. */
export const startFor = (end: number, windows: Windows) => (windows.maxTrain === null ? 0 : Math.max(0, end - windows.maxTrain));

/**
 * Splits a series of `weeks` weeks. Origins that would leave fewer than `minTrain` training weeks
 * are dropped (a short product is judged on fewer origins, never refused while one fits).
 */
export function splitWindows(weeks: number, windows: Windows): Result<WindowSplit, 'series-too-short'> {
  const need = minimumWeeks(windows);
  if (weeks < need) {
    return fail(
      'series-too-short',
      `This product has ${weeks} weeks; ${windows.test} test weeks, a ${windows.horizon}-week validation origin and ${windows.minTrain} training weeks need at least ${need}.`,
    );
  }
  const historyEnd = weeks - windows.test;
  const folds: Fold[] = [];
  for (let i = 0; i < Math.max(1, windows.folds); i++) {
    const end = historyEnd - i * windows.step;
    const trainEnd = end - windows.horizon;
    if (trainEnd < windows.minTrain) break;
    folds.push({ trainStart: startFor(trainEnd, windows), trainEnd, end });
  }
  return ok({ weeks, historyStart: startFor(historyEnd, windows), historyEnd, folds });
}
