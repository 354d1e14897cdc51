// Combinations as candidates: the mean of the best few trials' forecasts at every rolling origin,
// scored like any trial. A combination replaces the single best model only where it forecasts
// better from the same origins (the M4 competition's lesson: combining rarely loses by much and
// often wins).
import { describeSpec, type ArimaSpec, type BaselineSpec, type CombinationSpec } from '../model/spec';
import type { ObjectiveMetric, SearchSpaceConfig } from '../config/config';
import { scoreForecast, type StudySplit } from './objective';
import { paramKey, paramsToSpec } from './space';
import type { StudyChoice, TrialRecord } from './types';

/** Most members a combination may have (measured on the development panels: 2–3 do best). */
export const MAX_MEMBERS = 3;

export interface ScoredCombination {
  spec: CombinationSpec;
  value: number;
  trials: number[];
}

/** The cross-validated value of the mean of `members`' fold forecasts. */
export function combinationValue(split: StudySplit, members: readonly number[][][], metric: ObjectiveMetric): number {
  let total = 0;
  split.folds.forEach((fold, f) => {
    const train = split.history.slice(fold.trainStart, fold.trainEnd);
    const actual = split.history.slice(fold.trainEnd, fold.end);
    const combined = actual.map((_, h) => members.reduce((a, m) => a + m[f]![h]!, 0) / members.length);
    total += scoreForecast(actual, combined, train, split.season)[metric] ?? Number.NaN;
  });
  return total / split.folds.length;
}

/** The best mean of the top 2..MAX_MEMBERS trials (distinct forecasts only), or null. */
export function bestCombination(
  trials: readonly TrialRecord[],
  forecasts: ReadonlyMap<string, number[][]>,
  split: StudySplit,
  space: Pick<SearchSpaceConfig, 's' | 'fourier_period'>,
  metric: ObjectiveMetric,
): ScoredCombination | null {
  const ranked = trials
    .filter((t) => t.state === 'complete' && t.value !== null && forecasts.has(paramKey(t.params)))
    .sort((a, b) => a.value! - b.value! || a.number - b.number);
  const members: TrialRecord[] = [];
  const seen = new Set<string>();
  for (const t of ranked) {
    if (members.length === MAX_MEMBERS) break;
    // Two trials with the same forecasts (e.g. a model whose extra term was estimated at zero) add nothing.
    const signature = forecasts
      .get(paramKey(t.params))!
      .map((f) => f.map((v) => v.toPrecision(8)).join(','))
      .join(';');
    if (seen.has(signature)) continue;
    seen.add(signature);
    members.push(t);
  }
  let best: ScoredCombination | null = null;
  for (let k = 2; k <= members.length; k++) {
    const chosen = members.slice(0, k);
    const value = combinationValue(
      split,
      chosen.map((t) => forecasts.get(paramKey(t.params))!),
      metric,
    );
    if (!Number.isFinite(value) || (best && value >= best.value)) continue;
    const specs = chosen.map((t) => paramsToSpec(t.params, space) as ArimaSpec | BaselineSpec);
    best = { spec: { family: 'combination', combine: 'mean', members: specs }, value, trials: chosen.map((t) => t.number) };
  }
  return best;
}

/** The study's choice, replaced by a combination where one forecasts better from the same origins. */
export function withCombination(choice: StudyChoice, combination: ScoredCombination | null, metric: ObjectiveMetric): StudyChoice {
  if (!combination || choice.value === null || combination.value >= choice.value) return choice;
  return {
    params: { ...choice.params, family: 'combination', members: combination.trials.join(',') },
    spec: combination.spec,
    value: combination.value,
    trialNumber: choice.trialNumber,
    source: 'combination',
    reason: `${describeSpec(combination.spec)} (trials ${combination.trials.map((n) => `#${n}`).join(', ')}; cross-validated ${metric} ${combination.value.toPrecision(6)}) forecasts better than the best single model (${choice.value.toPrecision(6)}). ${choice.reason}`,
  };
}
