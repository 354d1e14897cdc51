import { describe, expect, it } from 'vitest';
import { clampTo, clippedAxis, isClipped, robustCap } from './outliers';

const typical = [480, 530, 500, 510, 495, 560, 470, 520, 505];

describe('outlier clipping', () => {
  it('leaves one 6,200 trial out of the domain of trials near 500 (issue 14), so it cannot flatten them', () => {
    const axis = clippedAxis([...typical, 6200], 5);
    expect(axis.max).toBeLessThan(1000);
    expect(axis.min).toBeGreaterThan(300);
    expect(axis.clips).toBe(true);
    expect(isClipped(axis, 6200)).toBe(true);
    expect(clampTo(axis, 6200)).toBe(axis.max);
    expect(typical.some((v) => isClipped(axis, v))).toBe(false);
  });

  it('clips nothing when the values are merely spread, or too few to judge', () => {
    expect(robustCap(typical)).toBeNull();
    expect(robustCap([1, 2, 4, 8, 16, 32])).toBeNull();
    expect(robustCap([500, 6200, 480])).toBeNull();
    expect(clippedAxis([500, 6200, 480], 5).clips).toBe(false);
  });

  it('does not call a small difference an outlier when the values are nearly equal', () => {
    expect(robustCap([500, 500, 500, 500, 500, 520])).toBeNull();
  });
});
