// The check that a refitted imported model reproduces the forecast recorded in its file.
import { fail, ok, type Result } from '../result';
import type { ForecastTable } from '../registry/registry-types';

/** The largest relative difference between recorded and recomputed means, scaled by max(|recorded|, 1), and its week. */
export function worstDifference(recorded: ForecastTable, mean: readonly number[]): { worst: number; week: string } {
  let worst = 0;
  let worstWeek = 0;
  for (let i = 0; i < recorded.mean.length; i++) {
    const d = Math.abs(mean[i]! - recorded.mean[i]!) / Math.max(Math.abs(recorded.mean[i]!), 1);
    if (!(d <= worst)) [worst, worstWeek] = [d, i];
  }
  return { worst, week: recorded.weekEnding[worstWeek] ?? '?' };
}

/** The tolerance an imported model's recomputed forecast must meet. */
export const REFIT_TOLERANCE = 1e-4;

/**
 * Whether a refit's point forecasts match the recorded ones: relative difference at most
 * `tolerance`, scaled by the larger of |recorded| and 1 so near-zero weeks do not explode it.
 */
export function checkRefitForecast(
  recorded: ForecastTable,
  refitMean: readonly number[],
  tolerance = REFIT_TOLERANCE,
): Result<{ maxDifference: number }, 'refit-mismatch'> {
  if (refitMean.length < recorded.mean.length || recorded.mean.length === 0) {
    return fail('refit-mismatch', `The refitted model gave ${refitMean.length} forecast weeks; the file records ${recorded.mean.length}.`);
  }
  const { worst, week } = worstDifference(recorded, refitMean);
  if (!(worst <= tolerance)) {
    return fail(
      'refit-mismatch',
      `The refitted model does not reproduce the forecast in the file (week ending ${week} differs by ${(worst * 100).toFixed(3)} %).`,
    );
  }
  return ok({ maxDifference: worst });
}
