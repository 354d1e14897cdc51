// The auto selection's final choice, in two steps the field trusts: AICc ranks the ARIMA-family
// models (all share one differencing order, so their likelihoods compare), then the rolling-origin
// error chooses among that model, the baselines and their combinations. Cross-validating a hundred
// candidates on a few origins picks whichever fits those origins' noise; a handful does not.
import { describeSpec } from '../model/spec';
import type { ObjectiveMetric, SearchSpaceConfig } from '../config/config';
import { bestCombination, withCombination } from './combination';
import type { StudySplit } from './objective';
import { paramKey, paramsToSpec } from './space';
import type { StudyChoice, TrialRecord } from './types';

const aiccOf = (t: TrialRecord) => (typeof t.userAttrs.aicc === 'number' ? t.userAttrs.aicc : null);

/** The finalists: the ARIMA-family trial with the lowest AICc, and every baseline trial. */
export function finalists(trials: readonly TrialRecord[]): { byAicc: TrialRecord | null; baselines: TrialRecord[]; ranked: number } {
  const complete = trials.filter((t) => t.state === 'complete' && t.value !== null);
  let byAicc: TrialRecord | null = null;
  let ranked = 0;
  for (const t of complete) {
    const aicc = aiccOf(t);
    if (t.params.family === 'baseline' || aicc === null) continue;
    ranked++;
    if (!byAicc || aicc < aiccOf(byAicc)!) byAicc = t;
  }
  return { byAicc, baselines: complete.filter((t) => t.params.family === 'baseline'), ranked };
}

export function autoChoice(
  fallback: StudyChoice,
  trials: readonly TrialRecord[],
  forecasts: ReadonlyMap<string, number[][]>,
  split: StudySplit,
  space: Pick<SearchSpaceConfig, 's' | 'fourier_period'>,
  metric: ObjectiveMetric,
): StudyChoice {
  const { byAicc, baselines, ranked } = finalists(trials);
  const pool = [...(byAicc ? [byAicc] : []), ...baselines].filter((t) => forecasts.has(paramKey(t.params)));
  if (pool.length === 0) return fallback;
  const best = pool.reduce((a, b) => (b.value! < a.value! ? b : a));
  const spec = paramsToSpec(best.params, space);
  const folds = `${split.folds.length} rolling origin${split.folds.length > 1 ? 's' : ''}`;
  const aiccText = byAicc
    ? `AICc ranked ${ranked} ARIMA model${ranked === 1 ? '' : 's'} and kept ${describeSpec(paramsToSpec(byAicc.params, space))} (trial #${byAicc.number}); `
    : 'No ARIMA model fitted; ';
  const single: StudyChoice = {
    params: best.params,
    spec,
    value: best.value,
    trialNumber: best.number,
    source: 'search',
    reason: `${aiccText}over ${folds}, ${describeSpec(spec)} forecast best among ${byAicc ? 'that model and ' : ''}the ${baselines.length} baseline${baselines.length === 1 ? '' : 's'} (mean ${metric} ${best.value!.toPrecision(6)}).`,
  };
  return withCombination(single, bestCombination(pool, forecasts, split, space, metric), metric);
}
