// Tree-structured Parzen Estimator as Optuna's TPESampler (independent, single objective): after
// n_startup_trials random trials, split the finished trials into the best gamma(n) and the rest,
// fit one Parzen estimator per parameter to each group, draw n_ei_candidates from the good one
// and keep the candidate with the highest l(x)/g(x) (the expected-improvement ratio).
import { sampleParams, type ParamDef } from '../space';
import type { TrialParams, TrialRecord } from '../types';
import { buildMixture, defaultGamma, logPdf, sampleMixture, type DiscreteMixture } from './parzen';
import { randomSampler } from './random';
import type { Sampler } from './sampler';

export interface TpeOptions {
  nStartupTrials: number;
  nEiCandidates: number;
}

/** Optuna's defaults. */
export const TPE_DEFAULTS: TpeOptions = { nStartupTrials: 10, nEiCandidates: 24 };

/** The internal form Optuna keeps: the integer itself, or the index of a categorical choice. */
function internal(def: ParamDef, params: TrialParams): number | null {
  const value = params[def.name];
  const d = def.distribution;
  if (value === undefined) return null;
  if (d.type === 'CategoricalDistribution') {
    const index = d.choices.indexOf(String(value));
    return index >= 0 ? index : null;
  }
  return typeof value === 'number' && value >= d.low && value <= d.high ? value : null;
}

function observations(def: ParamDef, trials: readonly TrialRecord[]): number[] {
  const out: number[] = [];
  for (const trial of trials) {
    const x = internal(def, trial.params);
    if (x !== null) out.push(x);
  }
  return out;
}

/** Optuna's _split_trials for one objective: the best gamma(n) complete trials are "below". */
export function splitTrials(finished: readonly TrialRecord[]): { below: TrialRecord[]; above: TrialRecord[] } {
  const complete = finished.filter((t) => t.state === 'complete');
  const nBelow = Math.min(defaultGamma(finished.length), complete.length);
  const ranked = [...complete].sort((a, b) => a.value! - b.value! || a.number - b.number);
  const below = ranked.slice(0, nBelow);
  const belowSet = new Set(below);
  const byNumber = (a: TrialRecord, b: TrialRecord) => a.number - b.number;
  return { below: below.sort(byNumber), above: finished.filter((t) => !belowSet.has(t)).sort(byNumber) };
}

type Estimators = Map<string, { good: DiscreteMixture; bad: DiscreteMixture }>;

export function createTpeSampler(options: TpeOptions = TPE_DEFAULTS): Sampler {
  // Redraws for one trial see the same finished trials: build each estimator once per history.
  let cache: { key: string; estimators: Estimators } = { key: '', estimators: new Map() };
  return {
    name: 'tpe',
    propose(context) {
      const finished = context.history.filter((t) => t.state === 'complete' || t.state === 'pruned');
      if (finished.length < options.nStartupTrials) return randomSampler.propose(context);
      const { below, above } = splitTrials(finished);
      const key = finished.map((t) => `${t.number}:${t.value}`).join(',');
      if (cache.key !== key) cache = { key, estimators: new Map() };
      const { rng } = context;
      const { estimators } = cache;
      return sampleParams(context.space, (def) => {
        const d = def.distribution;
        const values = d.type === 'CategoricalDistribution' ? d.choices : null;
        const cacheKey = `${def.name}:${JSON.stringify(d)}`;
        if (!estimators.has(cacheKey)) {
          estimators.set(cacheKey, { good: buildMixture(d, observations(def, below)), bad: buildMixture(d, observations(def, above)) });
        }
        const { good, bad } = estimators.get(cacheKey)!;
        let best = -1;
        let bestScore = -Infinity;
        for (let i = 0; i < options.nEiCandidates; i++) {
          const x = sampleMixture(good, rng);
          const score = logPdf(good, x) - logPdf(bad, x);
          if (score > bestScore) [best, bestScore] = [x, score];
        }
        return values ? values[best]! : best + (d.type === 'IntDistribution' ? d.low : 0);
      });
    },
  };
}
