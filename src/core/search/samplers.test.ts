import { describe, expect, it } from 'vitest';
import type { StudyConfig } from '../config/config';
import { ORIGINAL_SEARCH_SPACE, profileConfig } from '../config/profiles';
import { runStudy, type StudyObjective } from './driver';
import { buildMixture, logPdf, normalMass } from './samplers/parzen';
import { enumerateSpace, paramKey } from './space';
import type { TrialParams } from './types';

const original = (): StudyConfig['search_space'] => structuredClone(ORIGINAL_SEARCH_SPACE);

/** A study config in the original's space (SARIMA, no baselines), without seeds or early stopping, so only the sampler decides. */
function plainConfig(overrides: Partial<StudyConfig>): StudyConfig {
  return {
    ...profileConfig('testing'),
    selection: 'original',
    search_space: original(),
    seeds: { default: [], products: {} },
    patience: 100_000,
    ...overrides,
  };
}

/** Smooth synthetic objective with its optimum at SARIMA(2,1,3)(1,0,2). */
const bowl = (params: TrialParams): number => {
  const n = (k: string) => params[k] as number;
  const seasonal = params.family === 'sarima' ? Math.abs(n('P') - 1) + n('D') + Math.abs(n('Q') - 2) : 4;
  return Math.abs(n('p') - 2) + Math.abs(n('d') - 1) + Math.abs(n('q') - 3) + seasonal;
};
const objective: StudyObjective = async (_spec, params) => ({ ok: true, value: bowl(params), fitMs: 1 });

async function paramsOf(config: StudyConfig): Promise<TrialParams[]> {
  const summary = await runStudy({ studyKey: 'k', productId: 'x', config, objective });
  return summary.trials.map((t) => t.params);
}

describe('TPE', () => {
  it('is reproducible: the same seed gives the same trials, another seed different ones', async () => {
    const a = await paramsOf(plainConfig({ n_trials: 25, sampler_seed: 7 }));
    const b = await paramsOf(plainConfig({ n_trials: 25, sampler_seed: 7 }));
    const c = await paramsOf(plainConfig({ n_trials: 25, sampler_seed: 8 }));
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('concentrates on the good region where random search does not', async () => {
    const meanLate = async (sampler: 'tpe' | 'random') => {
      let sum = 0;
      let count = 0;
      for (const seed of [1, 2, 3, 4, 5]) {
        const values = (await paramsOf(plainConfig({ n_trials: 60, sampler, sampler_seed: seed }))).map(bowl);
        for (const v of values.slice(30)) [sum, count] = [sum + v, count + 1];
      }
      return sum / count;
    };
    const tpe = await meanLate('tpe');
    const random = await meanLate('random');
    // Random search averages about 6 on this bowl; TPE's later trials sit well inside it.
    expect(random).toBeGreaterThan(5);
    expect(tpe).toBeLessThan(0.6 * random);
  });

  it('never proposes a point twice within a study', async () => {
    const params = await paramsOf(plainConfig({ n_trials: 80, sampler_seed: 3, search_space: { ...original(), families: ['arima'] } }));
    expect(params).toHaveLength(60);
    expect(new Set(params.map(paramKey)).size).toBe(params.length);
  });
});

describe('grid', () => {
  it('visits every point of the space exactly once, then stops as exhausted', async () => {
    const space = { ...original(), families: ['arima' as const, 'fourier' as const], K: { low: 1, high: 2 } };
    const summary = await runStudy({
      studyKey: 'k',
      productId: 'x',
      config: plainConfig({ sampler: 'grid', n_trials: 10_000, search_space: space }),
      objective,
    });
    const all = enumerateSpace(space).map(paramKey).sort();
    expect(all).toHaveLength(60 + 120);
    expect(summary.trials.map((t) => paramKey(t.params)).sort()).toEqual(all);
    expect(summary.stop.code).toBe('space-exhausted');
  });

  it('counts 2,100 points per engine in the original space (1,440 SARIMA as the original)', () => {
    const points = enumerateSpace(original());
    expect(points).toHaveLength(1440 + 600 + 60);
    expect(points.filter((p) => p.family === 'sarima')).toHaveLength(1440);
  });

  it('counts 293 points per engine in the lab’s default space: drift only with d = 1, and the five baselines', () => {
    const points = enumerateSpace(profileConfig('testing').search_space);
    // ARIMA: p 0–3 × q 0–3 × (d = 0, or d = 1 with drift 0 or 1) = 48; Fourier: 48 × K 1–5 = 240.
    expect(points).toHaveLength(48 + 240 + 5);
    expect(points.filter((p) => p.family === 'arima')).toHaveLength(48);
    expect(points.filter((p) => p.family === 'baseline').map((p) => p.method)).toEqual(['naive', 'seasonal-naive', 'mean', 'drift', 'theta']);
    expect(points.filter((p) => p.family === 'sarima')).toEqual([]);
    expect(points.every((p) => 'drift' in p === ((p.family === 'arima' || p.family === 'fourier') && p.d === 1))).toBe(true);
    // A space that names its baselines holds only those.
    expect(enumerateSpace({ ...profileConfig('testing').search_space, baselines: ['naive'] })).toHaveLength(48 + 240 + 1);
  });
});

describe('Parzen estimators as Optuna builds them', () => {
  it('gives standard-normal masses to 1e-7', () => {
    expect(normalMass(-1.959963984540054, 1.959963984540054)).toBeCloseTo(0.95, 7);
    expect(normalMass(3, Infinity)).toBeCloseTo(0.0013498980316301, 9);
  });

  it('puts more mass near the observations than the prior does, and sums to 1', () => {
    const d = { type: 'IntDistribution' as const, low: 0, high: 4, step: 1 as const, log: false as const };
    const mixture = buildMixture(d, [3, 3, 4]);
    const total = [0, 1, 2, 3, 4].reduce((s, x) => s + Math.exp(logPdf(mixture, x)), 0);
    expect(total).toBeCloseTo(1, 9);
    expect(logPdf(mixture, 3)).toBeGreaterThan(logPdf(mixture, 0));
    const prior = buildMixture(d, []);
    expect(Math.exp(logPdf(prior, 2))).toBeGreaterThan(Math.exp(logPdf(prior, 0)));
  });
});
