import { describe, expect, it } from 'vitest';
import { randomWalkVersion } from './random-walk-version';

describe('the random-walk version used to seed a history', () => {
  it('forecasts the last training week on the test window and scores it honestly', async () => {
    const s = { id: 'P1', title: 'P1', start: '2024-01-06', values: [10, 12, 11, 13, 15, 9, 20, 14] };
    const v = (await randomWalkVersion(s, 8, 3, 6, new Date('2026-11-27T00:00:00Z')))!;
    expect(v.evaluation.testWindow).toEqual({ start: '2024-02-10', end: '2024-02-24', weeks: 3 });
    // Last training week sold 15; the test weeks sold 9, 20, 14.
    expect(v.evaluation.test.rmse).toBeCloseTo(Math.sqrt((36 + 25 + 1) / 3), 10);
    expect(v.forecast!.weekEnding[0]).toBe('2024-03-02');
    expect(v.forecast!.mean).toEqual([14, 14, 14]);
    expect(v.forecast!.lower95[2]! < v.forecast!.lower80[2]!).toBe(true);
    expect(v.data.fitted.weeks).toBe(5);
    expect(await randomWalkVersion(s, 4, 2, 6, new Date())).toBeNull();
  });
});
