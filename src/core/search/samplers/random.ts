// Uniform random search over the (conditional) space, as Optuna's RandomSampler.
import { sampleParams } from '../space';
import type { Sampler } from './sampler';

export const randomSampler: Sampler = {
  name: 'random',
  propose: ({ space, rng }) =>
    sampleParams(space, ({ distribution: d }) =>
      d.type === 'CategoricalDistribution' ? d.choices[rng.int(0, d.choices.length - 1)]! : rng.int(d.low, d.high),
    ),
};
