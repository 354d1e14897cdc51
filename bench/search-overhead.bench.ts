// What the search itself costs per trial (sampler, early stopping, bookkeeping) with a free
// objective, so the production study budget (< 10 s per product) is left to the fits. Reference:
// random search in the same run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import type { SamplerName } from '../src/core/config/config';
import { profileConfig } from '../src/core/config/profiles';
import { runStudy } from '../src/core/search/driver';
import type { TrialParams } from '../src/core/search/types';

const bowl = (params: TrialParams): number => {
  const n = (k: string) => params[k] as number;
  const seasonal = params.family === 'sarima' ? Math.abs(n('P') - 1) + n('D') + Math.abs(n('Q') - 2) : 4;
  return Math.abs(n('p') - 2) + Math.abs(n('d') - 1) + Math.abs(n('q') - 3) + seasonal;
};

async function measure(sampler: SamplerName, seeds: number[]) {
  let trials = 0;
  let best = 0;
  const started = performance.now();
  for (const seed of seeds) {
    const config = { ...profileConfig('production'), sampler, sampler_seed: seed, patience: 100_000 };
    const summary = await runStudy({ studyKey: 'bench', productId: 'x', config, objective: async (_s, p) => ({ ok: true, value: bowl(p), fitMs: 0 }) });
    trials += summary.trials.length;
    best += summary.bestValue ?? 0;
  }
  const ms = performance.now() - started;
  return { sampler, studies: seeds.length, trials, msPerTrial: ms / trials, meanBest: best / seeds.length };
}

it('search overhead per trial, production profile (100 trials, free objective)', async () => {
  const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
  await measure('tpe', [99]); // warm-up
  const random = await measure('random', seeds);
  const tpe = await measure('tpe', seeds);
  const grid = await measure('grid', seeds);
  const rows = [random, tpe, grid].map((r) => ({ ...r, ratioToRandom: r.msPerTrial / random.msPerTrial }));
  console.table(rows);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/search-overhead.json', JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2));
});
