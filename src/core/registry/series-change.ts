// How a product's series changed since a model was built from it: identical, appended, or revised.
// Better than the original's hash check: a new week is not a revision, so the champion can be judged.
import { seriesDigest, type IdentifiedSeries } from '../data/series-digest';
import type { TrainingData } from './registry-types';

// Re-exported for policy's own callers (training-data, retrain-decision); the digest is data's.
export { seriesDigest };

export type SeriesChange =
  | { kind: 'identical' }
  /** History unchanged and `newWeeks` weeks added after it. */
  | { kind: 'appended'; newWeeks: number }
  /** Anything else: a changed value, a moved start, a shorter series. */
  | { kind: 'revised'; detail: 'start-moved' | 'shorter' | 'values-changed' };

/** Compares the series a model was built from (by digest) with the product's current series. */
export async function detectSeriesChange(trained: Pick<TrainingData, 'start' | 'weeks' | 'digest'>, current: IdentifiedSeries): Promise<SeriesChange> {
  if (current.start !== trained.start) return { kind: 'revised', detail: 'start-moved' };
  const n = current.values.length;
  if (n < trained.weeks) return { kind: 'revised', detail: 'shorter' };
  // The old series must be an exact prefix of the new one: digest the prefix of the same length.
  const prefix = n === trained.weeks ? current : { id: current.id, start: current.start, values: current.values.slice(0, trained.weeks) };
  if ((await seriesDigest(prefix)) !== trained.digest) return { kind: 'revised', detail: 'values-changed' };
  return n === trained.weeks ? { kind: 'identical' } : { kind: 'appended', newWeeks: n - trained.weeks };
}
