import { describe, expect, it } from 'vitest';
import { ok } from '../result';
import type { ModelEngine } from './engine';
import { selectEngine } from './engine-registry';
import { evaluateHoldout } from './holdout';
import { arimaEngine } from '../../engine/arima-engine';

/** A fake native engine: a flat forecast at the training mean, so its use is visible in the result. */
const fakeNative: ModelEngine = {
  name: 'native',
  fit(train, spec, horizon) {
    const mu = train.reduce((a, b) => a + b, 0) / train.length;
    const model = {
      spec,
      engine: 'native' as const,
      method: 'ML' as const,
      coefficients: [{ name: 'intercept', value: mu, se: null }],
      covariance: null,
      sigma2: 1,
      loglik: -1,
      aic: 4,
      aicc: 4,
      bic: 4,
      nobs: train.length,
      residuals: train.map((y) => y - mu),
      converged: true,
      state: null,
    };
    return ok({ model, forecast: { mean: new Array<number>(horizon).fill(mu), se: new Array<number>(horizon).fill(1) }, attempts: [] });
  },
};

const series = { start: '2024-01-06', values: Array.from({ length: 120 }, (_, t) => 100 + 10 * Math.sin(t / 3) + (t % 7)) };
const spec = { family: 'arima', order: { p: 1, d: 0, q: 1 } } as const;

describe('engine selection', () => {
  const registry = { wasm: arimaEngine, native: fakeNative };
  it('runs the holdout on the engine the caller names', () => {
    for (const name of ['wasm', 'native'] as const) {
      const engine = selectEngine(registry, name);
      if (!engine.ok) throw new Error(engine.error.message);
      const r = evaluateHoldout(series, spec, engine.value);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.engine).toBe(name);
      expect(r.value.model.engine).toBe(name);
    }
  });
  it('defaults to native and refuses an engine the registry lacks, naming those it has', () => {
    expect(selectEngine(registry)).toEqual(ok(fakeNative));
    expect(selectEngine({ wasm: arimaEngine }, 'native')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/available: wasm/) },
    });
  });
});
