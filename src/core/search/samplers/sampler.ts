// The sampler contract: propose the next trial's params from the finished trials.
import type { SearchSpaceConfig, SamplerName } from '../../config/config';
import type { Rng } from '../prng';
import type { TrialParams, TrialRecord } from '../types';

export interface SamplerContext {
  space: SearchSpaceConfig;
  /** Every trial of the study so far, in number order (all states). */
  history: readonly TrialRecord[];
  /** This trial's own stream (derived from the sampler seed, the trial number and the attempt). */
  rng: Rng;
  /** The sampler seed itself, for samplers that need a study-wide stream (grid order). */
  seed: number;
}

export interface Sampler {
  readonly name: SamplerName;
  /** Params for the next trial, or null when the sampler has nothing left to propose. */
  propose(context: SamplerContext): TrialParams | null;
}
