// The next untried parameter set: the sampler's proposal, re-drawn when it repeats a tried point
// (the original re-fitted duplicates), then the untried point nearest the last proposal (so a
// converged TPE keeps exploring its good region), else null (space exhausted).
import type { SearchSpaceConfig } from '../config/config';
import { createRng } from './prng';
import type { Sampler } from './samplers';
import { paramKey, spacePoints } from './space';
import type { TrialParams, TrialRecord } from './types';

const REDRAWS = 3;
const FALLBACK_STREAM = 0xfa11;

export interface Proposal {
  params: TrialParams;
  origin: 'sampler' | 'fallback';
}

export function proposeUntried(
  sampler: Sampler,
  space: SearchSpaceConfig,
  history: readonly TrialRecord[],
  tried: ReadonlySet<string>,
  seed: number,
  trialNumber: number,
): Proposal | null {
  let last: TrialParams | null = null;
  for (let attempt = 0; attempt < REDRAWS; attempt++) {
    last = sampler.propose({ space, history, seed, rng: createRng(seed, trialNumber, attempt) });
    if (last === null) return null;
    if (!tried.has(paramKey(last))) return { params: last, origin: 'sampler' };
  }
  if (last === null) return null;
  // The untried points nearest the last proposal; ties broken by the trial's own stream.
  let nearest: TrialParams[] = [];
  let closest = Infinity;
  for (const point of spacePoints(space)) {
    if (tried.has(paramKey(point))) continue;
    const d = distance(point, last);
    if (d < closest) [closest, nearest] = [d, [point]];
    else if (d === closest) nearest.push(point);
  }
  if (nearest.length === 0) return null;
  const rng = createRng(seed, trialNumber, FALLBACK_STREAM);
  return { params: nearest[rng.int(0, nearest.length - 1)]!, origin: 'fallback' };
}

/** Steps between two points: |Δ| per integer, 1 per differing or missing categorical/param. */
function distance(a: TrialParams, b: TrialParams): number {
  let sum = 0;
  for (const key in a) {
    const x = a[key];
    const y = b[key];
    sum += typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) : x === y ? 0 : 1;
  }
  for (const key in b) if (!(key in a)) sum += 1;
  return sum;
}
