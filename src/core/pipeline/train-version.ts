// The registry version a training run builds from the chosen trial's test evaluation: test metrics
// with the baselines on the same window, the recorded forecast, the data and the configuration.
import { accuracy } from '../model/metrics';
import { baselineForecast, type BaselineName } from '../model/baselines';
import { predictionInterval, Z80, Z95 } from '../model/intervals';
import type { ResolvedConfig } from '../config/config';
import type { MetricSet, ModelVersionDraft } from '../registry/registry-types';
import { trainingDataOf, weekEndingAt, weekRange } from '../registry/training-data';
import type { StudySplit, TestEvaluation } from '../search/objective';
import { engineOf } from '../search/space';
import type { StudyChoice } from '../search/types';
import type { TrainProduct } from './train-ports';

const SEASON = 52;

/** Every test-window metric of a forecast, MASE scaled by the seasonal naive on `history`. */
export function testMetrics(actual: readonly number[], forecast: readonly number[], history: readonly number[]): MetricSet {
  const a = accuracy(actual, forecast, history, SEASON);
  return { rmse: a.rmse, mae: a.mae, mape: a.mape, smape: a.smape, mase: a.mase, me: a.me, mpe: a.mpe, mapeSkipped: a.mapeSkipped };
}

/** Naive and seasonal naive on the test window, as the registry compares a model against them. */
export function testBaselines(split: StudySplit): { name: BaselineName; metrics: MetricSet }[] {
  const history = split.history;
  return (['naive', 'seasonal-naive'] as const).map((name) => ({ name, metrics: testMetrics(split.test, baselineForecast(name, history, split.test.length, SEASON).mean, history) }));
}

export interface VersionInput {
  product: TrainProduct;
  split: StudySplit;
  choice: StudyChoice;
  evaluation: TestEvaluation;
  resolved: ResolvedConfig;
  studyKey: string;
  searchMs: number;
  createdAt: Date;
  appVersion: string;
}

export async function versionDraft(input: VersionInput): Promise<ModelVersionDraft> {
  const { product, split, choice, evaluation } = input;
  const fittedWeeks = split.history.length;
  const history = split.history;
  const { mean, se } = evaluation.fit.forecast;
  const i80 = predictionInterval(mean, se, Z80);
  const i95 = predictionInterval(mean, se, Z95);
  return {
    productId: product.id,
    productTitle: product.title,
    family: choice.spec.family,
    spec: choice.spec,
    engine: engineOf(choice.params),
    fitted: evaluation.fit.model,
    data: await trainingDataOf(product.id, product.series, fittedWeeks, split.historyStart),
    evaluation: {
      validation: null,
      test: testMetrics(split.test, mean, history),
      testWindow: weekRange(product.series.start, fittedWeeks, split.test.length),
      baselines: testBaselines(split),
    },
    forecast: {
      weekEnding: mean.map((_, i) => weekEndingAt(product.series.start, fittedWeeks + i)),
      mean: [...mean],
      lower80: i80.lower,
      upper80: i80.upper,
      lower95: i95.lower,
      upper95: i95.upper,
    },
    config: { ...input.resolved.config, sources: input.resolved.sources } as unknown as Record<string, unknown>,
    study: choice.trialNumber === null ? null : { key: input.studyKey, trial: choice.trialNumber },
    fitMs: evaluation.fitMs,
    searchMs: input.searchMs,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    io: { frequency: 'weekly', weekEndingDay: new Date(`${product.series.start}T00:00:00Z`).getUTCDay(), horizon: split.test.length, units: 'units sold' },
    provenance: { kind: 'trained' },
  };
}
