// Re-scores an imported model on the importer's own data: its recorded spec refitted on the weeks the
// champion was fitted on and scored on the champion's test weeks, so the two compare on one window.
// The file's metrics, backtest, engine state and forecast of the weeks ahead are all replaced or dropped.
import type { WeeklySeries } from '../data/types';
import { accuracy } from '../model/metrics';
import { fitLengthOf, type ForecastPlan } from './imported-forecast';
import { forecastTable } from '../registry/forecast-table';
import type { EngineForecast } from '../model/engine';
import type { ModelVersion, ModelVersionDraft } from '../registry/registry-types';
import { metricsTrusted } from '../registry/champion';
import { metricSetOf } from '../registry/version-draft';

/** MASE's seasonal lag, as training scores its versions (pipeline/train-version.ts). */
const SEASON = 52;

export type RescorePlan = Extract<ForecastPlan, { kind: 'refit' }> & { actual: number[] };

/**
 * The refit that scores `model` (spec and engine) on `reference`'s test window of `series` (the series
 * `reference` was built from), or null when the series does not hold that window.
 */
export function planRescore(
  model: Pick<ModelVersionDraft, 'spec' | 'engine'>,
  reference: Pick<ModelVersion, 'data' | 'evaluation'>,
  series: WeeklySeries,
): RescorePlan | null {
  const window = reference.evaluation.testWindow;
  const testFrom = fitLengthOf(series, window.start);
  const fitFrom = reference.data.fitted.start === series.start ? 0 : fitLengthOf(series, reference.data.fitted.start);
  if (testFrom === null || fitFrom === null || fitFrom >= testFrom || testFrom + window.weeks > series.values.length) return null;
  return {
    kind: 'refit',
    engine: model.engine,
    spec: model.spec,
    horizon: window.weeks,
    end: testFrom,
    train: series.values.slice(fitFrom, testFrom),
    actual: series.values.slice(testFrom, testFrom + window.weeks),
  };
}

/**
 * The imported draft as the lab measured it: the reference's data and test window, the metrics and
 * backtest of the refit, no engine state (the refit made these numbers, not the file's state) and no
 * forecast of the weeks ahead (the file's was made on other data). Marked 'recomputed'.
 */
export function rescoredDraft(
  draft: ModelVersionDraft,
  reference: Pick<ModelVersion, 'data' | 'evaluation' | 'provenance'>,
  series: WeeklySeries,
  plan: RescorePlan,
  forecast: EngineForecast,
): ModelVersionDraft {
  const test = metricSetOf(accuracy(plan.actual, forecast.mean, plan.train, SEASON));
  const provenance = draft.provenance.kind === 'imported' ? { ...draft.provenance, verification: 'recomputed' as const } : draft.provenance;
  return {
    ...draft,
    fitted: null,
    data: reference.data,
    evaluation: {
      validation: null,
      test,
      testWindow: reference.evaluation.testWindow,
      baselines: metricsTrusted(reference) ? reference.evaluation.baselines : [],
    },
    forecast: forecastTable(series.start, plan.end, forecast.mean, forecast.se),
    future: null,
    provenance,
  };
}

/** The imported draft registered on its file's word: marked 'unverified'. */
export function unverifiedDraft(draft: ModelVersionDraft): ModelVersionDraft {
  return draft.provenance.kind === 'imported' ? { ...draft, provenance: { ...draft.provenance, verification: 'unverified' } } : draft;
}
