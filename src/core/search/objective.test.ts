import { describe, expect, it } from 'vitest';
import type { FitOutcome, ModelEngine } from '../model/engine';
import type { ModelSpec } from '../model/spec';
import { fail, ok } from '../result';
import { profileConfig } from '../policy/profiles';
import { runStudy } from './driver';
import { evaluateOnTest, naiveScale, splitSeries, validationObjective, type StudySplit } from './objective';

/** A fake engine that forecasts the constant p + 10·q and records what it was asked to fit. */
function fakeEngine(name: 'wasm' | 'native' = 'wasm') {
  const calls: { trainLength: number; horizon: number; spec: ModelSpec }[] = [];
  const engine: ModelEngine = {
    name,
    fit(train, spec, horizon) {
      calls.push({ trainLength: train.length, horizon, spec });
      if (spec.order.d === 2) return fail('fit-failed', 'd = 2 does not converge here');
      const level = spec.order.p === 3 ? Number.NaN : spec.order.p + 10 * spec.order.q;
      const outcome: FitOutcome = {
        model: { spec, engine: name, method: 'CSS-ML', coefficients: [], covariance: null, sigma2: 1, loglik: 0, aic: null, aicc: null, bic: null, nobs: train.length, residuals: [], converged: true, state: null },
        forecast: { mean: Array<number>(horizon).fill(level), se: Array<number>(horizon).fill(1) },
      };
      return ok(outcome);
    },
  };
  return { engine, calls };
}

const split: StudySplit = { train: Array.from({ length: 60 }, (_, i) => i % 5), validation: [2, 2, 2, 4], test: [1, 1, 1] };
const arima = (p: number, d: number, q: number): ModelSpec => ({ family: 'arima', order: { p, d, q } });
const params = { family: 'arima', engine: 'wasm', p: 0, d: 0, q: 0 };

describe('validationObjective', () => {
  it('fits on the training weeks only and scores the validation window', async () => {
    const { engine, calls } = fakeEngine();
    const objective = validationObjective({ wasm: engine }, split, 'rmse');
    const result = await objective(arima(1, 0, 0), params);
    expect(calls[0]).toMatchObject({ trainLength: 60, horizon: 4 });
    // Forecast 1 against [2, 2, 2, 4]: errors 1, 1, 1, 3 → RMSE √3.
    expect(result).toMatchObject({ ok: true, value: Math.sqrt(3) });
    const mae = await validationObjective({ wasm: engine }, split, 'mae')(arima(1, 0, 0), params);
    expect(mae).toMatchObject({ ok: true, value: 1.5 });
    const mase = await validationObjective({ wasm: engine }, split, 'mase')(arima(1, 0, 0), params);
    expect(mase).toMatchObject({ ok: true, value: 1.5 / naiveScale(split.train) });
  });

  it('turns engine failures, rejected forecasts and missing engines into failed trials with reasons', async () => {
    const { engine } = fakeEngine();
    const objective = validationObjective({ wasm: engine }, split, 'rmse');
    expect(await objective(arima(1, 2, 0), params)).toMatchObject({ ok: false, reason: 'fit-failed: d = 2 does not converge here' });
    expect(await objective(arima(3, 0, 0), params)).toMatchObject({ ok: false, reason: 'forecast-rejected: The forecast holds non-finite values.' });
    expect(await objective(arima(1, 0, 0), { ...params, engine: 'native' })).toMatchObject({ ok: false, reason: 'engine-unavailable: The native engine is not available here.' });
  });
});

describe('evaluateOnTest', () => {
  it('refits on train + validation and scores the untouched test weeks', () => {
    const { engine, calls } = fakeEngine();
    const result = evaluateOnTest({ wasm: engine }, 'wasm', split, arima(2, 0, 0));
    if (!result.ok) throw new Error(result.error.message);
    expect(calls[0]).toMatchObject({ trainLength: 64, horizon: 3 });
    expect(result.value.scores.rmse).toBe(1);
    expect(result.value.scores.mae).toBe(1);
  });
});

describe('a study on the validation window', () => {
  it('finds the spec that forecasts the validation weeks best and never looks at the test weeks', async () => {
    const { engine, calls } = fakeEngine('native');
    const config = { ...profileConfig('testing'), sampler: 'grid' as const, n_trials: 100, patience: 1000, search_space: { ...profileConfig('testing').search_space, families: ['arima' as const] } };
    const summary = await runStudy({ studyKey: 'k', productId: 'x', config, objective: validationObjective({ native: engine }, split, 'mae') });
    // Best constant for [2, 2, 2, 4] under MAE is 2: p = 2, q = 0.
    expect(summary.stop.code).toBe('space-exhausted');
    expect(summary.choice.spec.order).toMatchObject({ p: 2, q: 0 });
    expect(summary.choice.value).toBe(0.5);
    expect(calls.every((c) => c.trainLength === 60 && c.horizon === 4)).toBe(true);
  });

  it('splits train | validation | test and refuses series too short for both windows', () => {
    const values = Array.from({ length: 120 }, (_, i) => i);
    const s = splitSeries(values, 32, 32);
    if (!s.ok) throw new Error(s.error.message);
    expect([s.value.train.length, s.value.validation.length, s.value.test.length]).toEqual([56, 32, 32]);
    expect(s.value.test[0]).toBe(88);
    const short = splitSeries(values.slice(0, 100), 32, 32);
    expect(short.ok || short.error.message).toBe('This product has 100 weeks; 32 test + 32 validation weeks need at least 116.');
  });
});
