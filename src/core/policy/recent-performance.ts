// Judges a champion on the weeks that arrived after the series it was built from: the check the
// original could never reach, because any new week changed its data hash first.
import type { WeeklySeries } from '../data/types';
import { pointMetrics } from '../model/metrics';
import type { ModelVersion } from './registry-types';

/** Point forecasts `horizon` weeks after `history` from the version's model, or null if it cannot. */
export type ChampionForecaster = (model: ModelVersion, history: WeeklySeries, horizon: number) => Promise<readonly number[] | null>;

export interface RecentPerformance {
  weeks: number;
  rmse: number;
  mae: number;
}

/**
 * The champion's error on the newest weeks: it forecasts from the end of the series it was built
 * from, and is scored against what sold since. Null when it cannot forecast (then it is not judged).
 */
export async function judgeOnNewWeeks(
  champion: ModelVersion,
  current: WeeklySeries,
  newWeeks: number,
  forecaster: ChampionForecaster,
): Promise<RecentPerformance | null> {
  const known = champion.data.weeks;
  if (newWeeks < 1 || current.values.length < known + newWeeks) return null;
  const history: WeeklySeries = { start: current.start, values: current.values.slice(0, known) };
  const actual = current.values.slice(known, known + newWeeks);
  const forecast = await forecaster(champion, history, newWeeks);
  if (!forecast || forecast.length !== newWeeks || !forecast.every(Number.isFinite)) return null;
  const { rmse, mae } = pointMetrics(actual, forecast);
  return { weeks: newWeeks, rmse, mae };
}
