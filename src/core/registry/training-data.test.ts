import { describe, expect, it } from 'vitest';
import { seriesDigest } from './series-change';
import { trainingDataOf, weekEndingAt } from './training-data';

describe('trainingDataOf', () => {
  it('records the dates of the whole series and of the fitted part, and the series digest', async () => {
    const series = { start: '2023-12-30', values: [1, 2, 3, 4, 5] };
    expect(await trainingDataOf('isbn-1', series, 3)).toEqual({
      start: '2023-12-30',
      end: '2024-01-27',
      weeks: 5,
      digest: await seriesDigest({ ...series, id: 'isbn-1' }),
      fitted: { start: '2023-12-30', end: '2024-01-13', weeks: 3 },
    });
    expect(weekEndingAt('2024-02-24', 1)).toBe('2024-03-02');
  });
});
