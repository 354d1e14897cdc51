// Scores a stored model on weeks it never saw: the newest weeks (the check the original could never
// reach, because any new week changed its data hash first) or a challenger's test window.
import type { WeeklySeries } from '../data/types';
import { pointMetrics } from '../model/metrics';
import type { MetricSet, ModelVersion, ModelVersionDraft } from './registry-types';

/** Point forecasts `horizon` weeks after `history` from the version's model, or null if it cannot. */
export type ChampionForecaster = (model: ModelVersion, history: WeeklySeries, horizon: number) => Promise<readonly number[] | null>;

export interface RecentPerformance {
  weeks: number;
  rmse: number;
  mae: number;
}

/**
 * The model's error on weeks `from` … `from + weeks − 1` of `series`, forecast from the weeks before
 * them. Null when it cannot forecast them (then it is not judged).
 */
export async function scoreOnWeeks(
  model: ModelVersion,
  series: WeeklySeries,
  from: number,
  weeks: number,
  forecaster: ChampionForecaster,
): Promise<RecentPerformance | null> {
  if (weeks < 1 || from < 1 || series.values.length < from + weeks) return null;
  const history: WeeklySeries = { start: series.start, values: series.values.slice(0, from) };
  const actual = series.values.slice(from, from + weeks);
  const forecast = await forecaster(model, history, weeks);
  if (!forecast || forecast.length !== weeks || !forecast.every(Number.isFinite)) return null;
  const { rmse, mae } = pointMetrics(actual, forecast);
  return { weeks, rmse, mae };
}

/** The champion on the `newWeeks` weeks after the series it was built from. */
export function judgeOnNewWeeks(
  champion: ModelVersion,
  current: WeeklySeries,
  newWeeks: number,
  forecaster: ChampionForecaster,
): Promise<RecentPerformance | null> {
  return scoreOnWeeks(champion, current, champion.data.weeks, newWeeks, forecaster);
}

/**
 * The champion's score on a challenger's test window (the weeks after the challenger's fitted part of
 * `series`), for `judgeChallenger` when the two were evaluated on different data. 'unavailable'
 * when the champion cannot forecast there.
 */
export async function championOnChallengerWindow(
  champion: ModelVersion,
  challenger: Pick<ModelVersionDraft, 'data' | 'evaluation'>,
  series: WeeklySeries,
  forecaster: ChampionForecaster,
): Promise<{ version: number; metrics: MetricSet | 'unavailable' }> {
  const s = await scoreOnWeeks(champion, series, challenger.data.fitted.weeks, challenger.evaluation.testWindow.weeks, forecaster);
  return { version: champion.version, metrics: s ? { rmse: s.rmse, mae: s.mae, mape: null, smape: null, mase: null } : 'unavailable' };
}
