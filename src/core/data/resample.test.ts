// Property tests of the weekly resampler over many seeded random inputs.
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './dates';
import { resampleWeekly } from './resample';

/** Small seeded generator (mulberry32), so a failing case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCase(seed: number) {
  const r = rng(seed);
  const n = 1 + Math.floor(r() * 300);
  const base = 10_000 + Math.floor(r() * 5000);
  const days = Array.from({ length: n }, () => base + Math.floor(r() * 2000));
  const volumes = days.map(() => Math.floor(r() * 50) - (r() < 0.05 ? 60 : 0));
  return { days, volumes, weekday: Math.floor(r() * 7) };
}

describe('resampleWeekly properties (200 seeded cases)', () => {
  const cases = Array.from({ length: 200 }, (_, s) => randomCase(s + 1));

  it('preserves the total volume', () => {
    for (const c of cases) {
      const r = resampleWeekly(c.days, c.volumes, c.weekday, 'zero');
      expect(r.values.reduce((a, b) => a + b, 0)).toBe(c.volumes.reduce((a, b) => a + b, 0));
    }
  });

  it('gives one value per consecutive week on the chosen weekday, every row inside', () => {
    for (const c of cases) {
      const r = resampleWeekly(c.days, c.volumes, c.weekday, 'zero');
      expect(weekdayOf(r.start)).toBe(c.weekday);
      const end = r.start + 7 * (r.values.length - 1);
      expect(Math.min(...c.days)).toBeGreaterThan(r.start - 7);
      expect(Math.max(...c.days)).toBeLessThanOrEqual(end);
      expect(Math.max(...c.days)).toBeGreaterThan(end - 7);
      const distinctWeeks = new Set(c.days.map((d) => Math.ceil((d - r.start) / 7))).size;
      expect(r.filledWeeks).toBe(r.values.length - distinctWeeks);
    }
  });

  it('leaves no gap when zero-filling, and marks exactly the empty weeks as NaN in gap mode', () => {
    for (const c of cases) {
      const zero = resampleWeekly(c.days, c.volumes, c.weekday, 'zero');
      const gap = resampleWeekly(c.days, c.volumes, c.weekday, 'gap');
      expect(zero.values.every(Number.isFinite)).toBe(true);
      expect(gap.values.filter(Number.isNaN)).toHaveLength(zero.filledWeeks);
    }
  });

  it('counts weeks that had several rows as duplicates', () => {
    const r = resampleWeekly([10, 10, 11, 30], [1, 2, 3, 4], weekdayOf(12), 'zero');
    expect(r.values).toEqual([6, 0, 0, 4]);
    expect(r.duplicateWeeks).toBe(1);
  });
});
