// The Pareto front of validation error against fit time: the trials no other trial beats on both.
import type { TrialRecord } from './types';

/** Fit time of a trial in milliseconds, from its user attributes, or null. */
export function fitMsOf(trial: TrialRecord): number | null {
  const ms = trial.userAttrs.fit_ms;
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : null;
}

/** Numbers of the complete trials on the front, by ascending error (ties keep the earlier trial). */
export function paretoFront(trials: readonly TrialRecord[]): number[] {
  const points = trials
    .filter((t) => t.state === 'complete' && t.value !== null && fitMsOf(t) !== null)
    .map((t) => ({ n: t.number, error: t.value!, ms: fitMsOf(t)! }))
    .sort((a, b) => a.error - b.error || a.ms - b.ms || a.n - b.n);
  const front: number[] = [];
  let fastest = Infinity;
  for (const p of points) {
    if (p.ms < fastest) {
      front.push(p.n);
      fastest = p.ms;
    }
  }
  return front;
}
