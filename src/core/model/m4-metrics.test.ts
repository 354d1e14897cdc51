import { describe, expect, it } from 'vitest';
import { coverage, lagOneScale, maseM4, owa, smapeM4 } from './m4-metrics';

describe('M4 metrics', () => {
  it('sMAPE is the mean of 200|a−f|/(|a|+|f|) (hand-computed)', () => {
    // (200·2/22 + 200·5/35) / 2 = (18.1818… + 28.5714…) / 2
    expect(smapeM4([10, 20], [12, 15])).toBeCloseTo((400 / 22 + 1000 / 35) / 2, 12);
    expect(smapeM4([10, 20], [12, 15])).toBeCloseTo(23.376623376623, 9);
  });

  it('sMAPE counts a week with actual and forecast both 0 as a perfect week', () => {
    expect(smapeM4([0, 10], [0, 5])).toBeCloseTo((0 + 1000 / 15) / 2, 12);
  });

  it('MASE divides the MAE by the mean absolute lag-1 difference of the history, not lag 52', () => {
    // history diffs 2, 1, 4 → scale 7/3; MAE (2 + 5)/2 = 3.5; MASE 3.5 / (7/3) = 1.5
    expect(lagOneScale([1, 3, 2, 6])).toBeCloseTo(7 / 3, 12);
    expect(maseM4([10, 20], [12, 15], [1, 3, 2, 6])).toBeCloseTo(1.5, 12);
  });

  it('MASE is null for a flat history', () => {
    expect(maseM4([1], [2], [5, 5, 5])).toBeNull();
  });

  it('coverage is the share of actuals inside the interval, bounds included', () => {
    expect(coverage([10, 20, 30, 40], [9, 21, 30, 0], [11, 30, 35, 39])).toBe(0.5);
  });

  it('OWA averages the set means relative to Naive2', () => {
    expect(owa({ smape: 8, mase: 2 }, { smape: 10, mase: 4 })).toBeCloseTo(0.65, 12);
    expect(owa({ smape: 10, mase: 4 }, { smape: 10, mase: 4 })).toBe(1);
  });
});
