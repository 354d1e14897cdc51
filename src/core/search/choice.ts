// The final choice, with the original's fallback chain: the search's best, unless the best seed
// is strictly better; the best seed if the search found nothing; else the safe default
// SARIMA(1,0,0)(1,0,0), the original's last resort. The reason is recorded as a sentence.
import type { EngineName } from '../model/engine';
import { describeSpec } from '../model/spec';
import type { SearchSpaceConfig } from '../config/config';
import { paramsToSpec } from './space';
import type { StudyChoice, TrialParams, TrialRecord } from './types';

/** The original's message when no trial completed. */
export const NO_TRIALS_COMPLETED = 'No trials completed successfully';

/** (1,0,0)(1,0,0)[s] when SARIMA is allowed, else ARIMA(1,0,0). */
export function safeDefaultParams(space: SearchSpaceConfig, engine: EngineName): TrialParams {
  return space.families.includes('sarima') ? { family: 'sarima', engine, p: 1, d: 0, q: 0, P: 1, D: 0, Q: 0 } : { family: 'arima', engine, p: 1, d: 0, q: 0 };
}

/** Lowest value, the earliest trial on ties (Optuna's best_trial). */
function best(trials: readonly TrialRecord[]): TrialRecord | null {
  let winner: TrialRecord | null = null;
  for (const t of trials) if (t.state === 'complete' && t.value !== null && (!winner || t.value < winner.value!)) winner = t;
  return winner;
}

const isSeed = (t: TrialRecord) => t.userAttrs.origin === 'seed';

export function chooseFinal(trials: readonly TrialRecord[], space: SearchSpaceConfig, engine: EngineName, metric: string): StudyChoice {
  const ordered = [...trials].sort((a, b) => a.number - b.number);
  const search = best(ordered.filter((t) => !isSeed(t)));
  const seed = best(ordered.filter(isSeed));
  const label = (t: TrialRecord) => `trial #${t.number} ${describeSpec(paramsToSpec(t.params, space))} (validation ${metric} ${t.value!.toPrecision(6)})`;
  const pickTrial = (t: TrialRecord, source: 'search' | 'seed', reason: string): StudyChoice => ({
    params: t.params,
    spec: paramsToSpec(t.params, space),
    value: t.value,
    trialNumber: t.number,
    source,
    reason,
  });
  if (search && seed && seed.value! < search.value!) {
    return pickTrial(seed, 'seed', `Seed ${label(seed)} is strictly better than the search's best, ${label(search)}.`);
  }
  if (search) {
    const versus = seed ? `; the best seed, ${label(seed)}, is not strictly better` : '';
    return pickTrial(search, 'search', `Search's best: ${label(search)}${versus}.`);
  }
  if (seed) return pickTrial(seed, 'seed', `No search trial succeeded; best seed: ${label(seed)}.`);
  const params = safeDefaultParams(space, engine);
  const spec = paramsToSpec(params, space);
  return {
    params,
    spec,
    value: null,
    trialNumber: null,
    source: 'safe-default',
    reason: `${NO_TRIALS_COMPLETED}; using the safe default ${describeSpec(spec)}.`,
  };
}
