// Builds the `data` part of a registry version from the series a run used: dates, weeks, digest.
import { formatDay, parseDay } from '../data/dates';
import type { WeeklySeries } from '../data/types';
import type { TrainingData, WeekRange } from './registry-types';
import { seriesDigest } from './series-change';

/** Week-ending date of week `index` (0-based) of a series starting on `start`. */
export function weekEndingAt(start: string, index: number): string {
  const day = parseDay(start);
  if (day === undefined) throw new Error(`weekEndingAt: ${start} is not a date`);
  return formatDay(day + 7 * index);
}

/** The weeks `from` … `from + weeks − 1` of a series starting on `start`. */
export function weekRange(start: string, from: number, weeks: number): WeekRange {
  return { start: weekEndingAt(start, from), end: weekEndingAt(start, from + Math.max(weeks, 1) - 1), weeks };
}

/** The whole series (with its digest) and the weeks [fittedFrom, fittedEnd) the model was fitted on. */
export async function trainingDataOf(productId: string, series: WeeklySeries, fittedEnd: number, fittedFrom = 0): Promise<TrainingData> {
  return {
    ...weekRange(series.start, 0, series.values.length),
    digest: await seriesDigest({ ...series, id: productId }),
    fitted: weekRange(series.start, fittedFrom, fittedEnd - fittedFrom),
  };
}
