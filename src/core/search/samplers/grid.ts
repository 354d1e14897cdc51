// Grid search: every point of the space once, in an order shuffled by the sampler seed (as
// Optuna's GridSampler), skipping points the study has already tried.
import { createRng } from '../prng';
import { enumerateSpace, paramKey } from '../space';
import type { Sampler } from './sampler';

const GRID_STREAM = 0x67726964; // "grid": keeps the order independent of the trial streams

export const gridSampler: Sampler = {
  name: 'grid',
  propose: ({ space, history, seed }) => {
    const points = enumerateSpace(space);
    const rng = createRng(seed, GRID_STREAM);
    for (let i = points.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [points[i], points[j]] = [points[j]!, points[i]!];
    }
    const tried = new Set(history.filter((t) => t.state !== 'running').map((t) => paramKey(t.params)));
    return points.find((p) => !tried.has(paramKey(p))) ?? null;
  },
};
