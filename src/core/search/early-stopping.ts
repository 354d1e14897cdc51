// The original's early-stopping rule, as a pure fold over finished trials so that it replays
// identically after a reload: a new best counts only if it beats the last *counted* best by more
// than min_improvement (absolute); stop once the study holds ≥ min_trials trials and patience
// trials have passed since the last counted improvement. Failed trials count as trials, as the
// original's +∞ trials did.
import type { TrialRecord } from './types';

export interface EarlyStoppingRule {
  patience: number;
  minTrials: number;
  minImprovement: number;
}

export interface EarlyStoppingState {
  /** Finished trials in the study (the original's len(study.trials)). */
  total: number;
  /** Best complete value so far (Infinity before the first). */
  best: number;
  /** The last best that counted as an improvement. */
  reference: number;
  /** `total` when the last counted improvement happened. */
  lastImprovementAt: number;
  /** Trials since then. */
  sinceImprovement: number;
}

export const INITIAL_STATE: EarlyStoppingState = { total: 0, best: Infinity, reference: Infinity, lastImprovementAt: 0, sinceImprovement: 0 };

/** The state after one more finished trial (`value` null for a failed or pruned trial). */
export function observe(state: EarlyStoppingState, rule: EarlyStoppingRule, value: number | null): EarlyStoppingState {
  const total = state.total + 1;
  const best = value !== null && value < state.best ? value : state.best;
  // ∞ − x = ∞, so the first finite value always counts, as in the original.
  if (best < state.reference - rule.minImprovement) {
    return { total, best, reference: best, lastImprovementAt: total, sinceImprovement: 0 };
  }
  return { ...state, total, best, sinceImprovement: total - state.lastImprovementAt };
}

export function shouldStop(state: EarlyStoppingState, rule: EarlyStoppingRule): boolean {
  return state.total >= rule.minTrials && state.sinceImprovement >= rule.patience;
}

/** Replays the rule over a study's finished trials in number order (running ones are skipped). */
export function replay(rule: EarlyStoppingRule, trials: readonly TrialRecord[]): EarlyStoppingState {
  let state = INITIAL_STATE;
  for (const trial of [...trials].sort((a, b) => a.number - b.number)) {
    if (trial.state === 'running') continue;
    state = observe(state, rule, trial.state === 'complete' ? trial.value : null);
  }
  return state;
}

export function earlyStopMessage(state: EarlyStoppingState, rule: EarlyStoppingRule): string {
  return (
    `Stopped early: no improvement of more than ${rule.minImprovement} in the last ${state.sinceImprovement} trials ` +
    `(patience ${rule.patience}; ${state.total} trials in the study, min_trials ${rule.minTrials}).`
  );
}
