// Per product, before any search: retrain or reuse the champion, with the original's triggers in
// its order and its reason strings, and the numbers behind the verdict.
import type { WeeklySeries } from '../data/types';
import type { RecentPerformance } from './recent-performance';
import type { ModelVersion } from './registry-types';
import type { RetrainPolicy } from './retrain-policy';
import { detectSeriesChange, seriesDigest } from './series-change';
import { baselineInstead } from './baseline-rule';

const MS_PER_DAY = 86_400_000;

/** What the champion alias points at: nothing, a version that is gone, or a stored version. */
export type ChampionLookup = { kind: 'none' } | { kind: 'missing'; version: number } | { kind: 'present'; model: ModelVersion };

export type DecisionNumbers = Record<string, number | string | null>;

export interface RetrainDecision {
  decision: 'retrain' | 'reuse';
  reason: string;
  numbers: DecisionNumbers;
}

export interface DecisionInput {
  champion: ChampionLookup;
  /** The product's series now. */
  series: WeeklySeries;
  now: Date;
  /** Scores the champion on the `newWeeks` latest weeks; called only when that check is reached. */
  judgeRecent?: (newWeeks: number) => Promise<RecentPerformance | null>;
  /** The product's newest version when it lost as a challenger (and nothing was registered since), else null. */
  lostChallenger?: LostChallenge | null;
}

/** A challenger that lost: its version, the digest of the series it was trained on, and the verdict. */
export interface LostChallenge {
  version: number;
  digest: string;
  reason: string;
}

export const CHALLENGER_LOST_ON_SAME_DATA = 'challenger_lost_on_same_data';
/** The sentence shown for `challenger_lost_on_same_data`. */
export const CHALLENGER_LOST_ON_SAME_DATA_TEXT =
  'The last retraining on these same weeks produced a challenger that lost; the champion is kept until the data changes.';

const retrain = (reason: string, numbers: DecisionNumbers): RetrainDecision => ({ decision: 'retrain', reason, numbers });

/** A decision reason as a sentence where there is one; other codes come back unchanged. */
export function decisionReasonInWords(code: string): string {
  if (code === CHALLENGER_LOST_ON_SAME_DATA) return CHALLENGER_LOST_ON_SAME_DATA_TEXT;
  const worse = /^champion_worse_than_baseline_([\d.]+%|inf%)$/.exec(code);
  if (worse)
    return `The champion forecast its test weeks ${worse[1]} worse than a naive baseline, beyond the margin, so it is not kept as valid: the product is retrained and the baseline takes its place unless a model beats it.`;
  return code;
}

/** Python's `{:.1%}`: 0.123 → "12.3%", infinity → "inf%". */
function percent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : 'inf%';
}

/** Relative change of `current` over `baseline`; a zero baseline makes any error an infinite rise. */
export function relativeChange(current: number, baseline: number): number {
  if (baseline > 0) return (current - baseline) / baseline;
  return current > 0 ? Infinity : 0;
}

/** Age in whole days, as the original floors it. */
export function modelAgeDays(createdAt: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(createdAt)) / MS_PER_DAY);
}

/**
 * Triggers, in order: force, no model, model missing, too old, then a lost challenge on the same
 * data (reuse: retraining on unchanged weeks would only repeat it), data revised, gates, a champion
 * worse than a baseline, degradation.
 */
export async function decideRetraining(input: DecisionInput, policy: RetrainPolicy): Promise<RetrainDecision> {
  if (policy.forceRetrain) return retrain('force_retrain=True', {});
  if (input.champion.kind === 'none') return retrain('no_existing_model', {});
  if (input.champion.kind === 'missing') return retrain('model_file_missing', { championVersion: input.champion.version });
  const model = input.champion.model;
  const test = model.evaluation.test;
  const ageDays = modelAgeDays(model.createdAt, input.now);
  const numbers: DecisionNumbers = { championVersion: model.version, ageDays, recordedRmse: test.rmse, recordedMape: test.mape, recordedMase: test.mase };
  if (policy.maxModelAgeDays !== null && ageDays > policy.maxModelAgeDays) return retrain(`model_too_old_${ageDays}_days`, numbers);

  const lost = input.lostChallenger;
  if (lost && lost.version !== model.version && lost.digest === (await seriesDigest({ ...input.series, id: model.productId }))) {
    return { decision: 'reuse', reason: CHALLENGER_LOST_ON_SAME_DATA, numbers: { ...numbers, lostChallenger: lost.version, lostReason: lost.reason } };
  }

  const change = await detectSeriesChange(model.data, { ...input.series, id: model.productId });
  numbers.dataChange = change.kind;
  if (change.kind === 'revised') return retrain('data_revised', { ...numbers, revision: change.detail });
  const newWeeks = change.kind === 'appended' ? change.newWeeks : 0;
  numbers.newWeeks = newWeeks;

  if (policy.minAcceptableRmse !== null && test.rmse > policy.minAcceptableRmse) {
    return retrain(`rmse_above_threshold_${test.rmse.toFixed(2)}`, { ...numbers, rmseGate: policy.minAcceptableRmse });
  }
  if (policy.maxAcceptableMape !== null && test.mape !== null && test.mape > policy.maxAcceptableMape) {
    return retrain(`mape_above_threshold_${test.mape.toFixed(1)}%`, { ...numbers, mapeGate: policy.maxAcceptableMape });
  }
  if (policy.maxAcceptableMase !== null && test.mase !== null && test.mase > policy.maxAcceptableMase) {
    return retrain(`mase_above_threshold_${test.mase.toFixed(2)}`, { ...numbers, maseGate: policy.maxAcceptableMase });
  }

  // No absurd champion stays: one worse than a baseline on its own test weeks (kept from before the
  // rule, or imported) is retrained, and the registry's baseline rule then registers the baseline.
  const absurd = baselineInstead(model.spec, test, model.evaluation.baselines, policy.baselineMargin);
  if (absurd) {
    const baselineRmse = model.evaluation.baselines.find((b) => b.name === absurd.method)!.metrics.rmse;
    return retrain(`champion_worse_than_baseline_${percent(test.rmse / baselineRmse - 1)}`, { ...numbers, baseline: absurd.method, baselineRmse });
  }

  if (policy.performanceThreshold !== null && newWeeks >= Math.max(1, policy.minNewWeeksToJudge) && input.judgeRecent) {
    const recent = await input.judgeRecent(newWeeks);
    numbers.recentRmse = recent ? recent.rmse : null;
    if (recent) {
      const change = relativeChange(recent.rmse, test.rmse);
      numbers.rmseChange = Number.isFinite(change) ? change : 'inf';
      if (change > policy.performanceThreshold) {
        return retrain(`performance_degraded_${percent(change)}`, { ...numbers, performanceThreshold: policy.performanceThreshold });
      }
    }
  }
  return { decision: 'reuse', reason: 'model_still_valid', numbers };
}
