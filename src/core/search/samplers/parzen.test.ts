import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Distribution } from '../types';
import { buildMixture, defaultWeights, logPdf } from './parzen';

interface Case {
  kind: 'int' | 'categorical';
  low?: number;
  high?: number;
  choices?: string[];
  observations: number[];
  logPdf: number[];
}
const { cases } = JSON.parse(readFileSync(new URL('./parzen-optuna-5.0.0.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('Parzen estimators against Optuna 5.0.0', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i: log densities over the whole domain to 1e-6', (_i, c) => {
    const distribution: Distribution =
      c.kind === 'int'
        ? { type: 'IntDistribution', low: c.low!, high: c.high!, step: 1, log: false }
        : { type: 'CategoricalDistribution', choices: c.choices! };
    const mixture = buildMixture(distribution, c.observations);
    c.logPdf.forEach((expected, x) => expect(Math.abs(logPdf(mixture, x) - expected)).toBeLessThan(1e-6));
  });

  it('ramps down the weights of old observations beyond 25, as default_weights does', () => {
    expect(defaultWeights(3)).toEqual([1, 1, 1]);
    const w = defaultWeights(28);
    expect(w.slice(0, 3).map((x) => +x.toFixed(6))).toEqual([+(1 / 28).toFixed(6), +(1 / 28 + (1 - 1 / 28) / 2).toFixed(6), 1]);
    expect(w).toHaveLength(28);
  });
});
