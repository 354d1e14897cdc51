import { describe, expect, it } from 'vitest';
import { windowsOfSplit } from '../../core/data/windows';
import { fitsWindows } from './holdout-windows';

const actual = (n: number) => Array.from({ length: n }, () => 1);

describe('fitsWindows: whether a stored forecast is shown or refitted under the current split', () => {
  const windows = windowsOfSplit({ test: 32, validation: 32 });
  it('a forecast cut as the split cuts the series is shown', () => {
    expect(fitsWindows({ actual: actual(32), trainStart: 0, trainLength: 200 }, 232, windows)).toBe(true);
    expect(fitsWindows({ actual: actual(32), trainStart: 108, trainLength: 260 }, 400, windows)).toBe(true);
  });
  it('other test weeks, or a fit on all of a long history (stored before the 260-week cap), are refitted', () => {
    expect(fitsWindows({ actual: actual(32), trainStart: 0, trainLength: 200 }, 232, windowsOfSplit({ test: 13, validation: 32 }))).toBe(false);
    expect(fitsWindows({ actual: actual(32), trainLength: 368 }, 400, windows)).toBe(false);
  });
  it('nothing fits a series too short for the windows', () => {
    expect(fitsWindows({ actual: actual(32), trainLength: 80 }, 112, windows)).toBe(false);
  });
});
