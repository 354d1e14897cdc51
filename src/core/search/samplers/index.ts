// The samplers by configuration name.
import type { SamplerName } from '../../config/config';
import { gridSampler } from './grid';
import { randomSampler } from './random';
import type { Sampler } from './sampler';
import { createTpeSampler } from './tpe';

export function samplerFor(name: SamplerName): Sampler {
  if (name === 'grid') return gridSampler;
  if (name === 'random') return randomSampler;
  return createTpeSampler();
}

export type { Sampler, SamplerContext } from './sampler';
