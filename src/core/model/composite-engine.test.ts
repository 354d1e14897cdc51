// Every model family through one engine: ARIMA specs reach the estimator, baselines and
// combinations are handled beside it.
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../result';
import { combineForecasts, withModelFamilies, type BaselineState, type CombinationState } from './composite-engine';
import type { ArimaEngine, FitOptions, FitOutcome } from './engine';
import type { ArimaSpec, BaselineSpec } from './spec';

/** An estimator forecasting the constant 10 (se 2), or failing for p = 9; records its calls. */
function fakeArima() {
  const calls: { spec: ArimaSpec; horizon: number; options?: FitOptions }[] = [];
  const engine: ArimaEngine = {
    name: 'native',
    fit(train, spec, horizon, options) {
      calls.push({ spec, horizon, ...(options ? { options } : {}) });
      if (spec.order.p === 9) return fail('fit-failed', 'no convergence');
      const outcome: FitOutcome = {
        model: {
          spec,
          engine: 'native',
          method: 'CSS-ML',
          coefficients: [],
          covariance: null,
          sigma2: 4,
          loglik: -1,
          aic: 1,
          aicc: 1,
          bic: 1,
          nobs: train.length,
          residuals: train.map(() => 2),
          converged: true,
          state: null,
        },
        forecast: { mean: Array<number>(horizon).fill(10), se: Array<number>(horizon).fill(2) },
      };
      return ok(outcome);
    },
  };
  return { engine, calls };
}

const arima = (p: number): ArimaSpec => ({ family: 'arima', order: { p, d: 0, q: 0 } });
const naive: BaselineSpec = { family: 'baseline', method: 'naive', season: 52 };
const train = [1, 2, 3, 4];

describe('withModelFamilies', () => {
  it('passes ARIMA specs and options to the estimator unchanged', () => {
    const { engine, calls } = fakeArima();
    const fitted = withModelFamilies(engine).fit(train, arima(1), 3, { method: 'ML' });
    expect(fitted.ok && fitted.value.forecast.mean).toEqual([10, 10, 10]);
    expect(calls).toEqual([{ spec: arima(1), horizon: 3, options: { method: 'ML' } }]);
  });

  it('fits baselines in closed form, with one-step residuals and a state to forecast from', () => {
    const { engine, calls } = fakeArima();
    const all = withModelFamilies(engine);
    const fitted = all.fit(train, naive, 3);
    if (!fitted.ok) throw new Error(fitted.error.message);
    expect(calls).toEqual([]);
    expect(fitted.value.forecast.mean).toEqual([4, 4, 4]);
    // Naive one-step errors are the weekly changes: 1, 1, 1.
    expect(fitted.value.model).toMatchObject({ spec: naive, engine: 'native', residuals: [1, 1, 1], sigma2: 1, nobs: 3, converged: true });
    expect(fitted.value.model.state as BaselineState).toEqual({ kind: 'baseline', tail: [1, 2, 3, 4], mean: 2.5, first: 1, n: 4 });
    const drift = all.fit(train, { family: 'baseline', method: 'drift', season: 52 }, 2);
    expect(drift.ok && drift.value.forecast.mean).toEqual([5, 6]);
    const seasonal = all.fit([1, 2, 3, 4, 5, 6], { family: 'baseline', method: 'seasonal-naive', season: 3 }, 4);
    expect(seasonal.ok && seasonal.value.forecast.mean).toEqual([4, 5, 6, 4]);
  });

  it('refuses a baseline on too little or broken history', () => {
    const all = withModelFamilies(fakeArima().engine);
    const short = all.fit([5], naive, 3);
    expect(short.ok || short.error.code).toBe('series-too-short');
    const broken = all.fit([1, Number.NaN, 3], naive, 3);
    expect(broken.ok || broken.error).toEqual({ code: 'invalid-input', message: 'The series holds a missing or infinite value at position 2.' });
  });

  it('combines its members’ forecasts by mean or median, fitting each member on the same weeks', () => {
    const { engine, calls } = fakeArima();
    const all = withModelFamilies(engine);
    const mean = all.fit(train, { family: 'combination', combine: 'mean', members: [arima(1), naive] }, 2);
    if (!mean.ok) throw new Error(mean.error.message);
    // (10 + 4) / 2; se the members' mean (2 and 1·√h).
    expect(mean.value.forecast.mean).toEqual([7, 7]);
    expect(mean.value.forecast.se).toEqual([(2 + 1) / 2, (2 + Math.SQRT2) / 2]);
    expect(calls).toHaveLength(1);
    expect((mean.value.model.state as CombinationState).members.map((m) => m.spec)).toEqual([arima(1), naive]);
    const median = all.fit(
      train,
      { family: 'combination', combine: 'median', members: [arima(1), naive, { family: 'baseline', method: 'mean', season: 52 }] },
      1,
    );
    expect(median.ok && median.value.forecast.mean).toEqual([4]);
  });

  it('fails a combination with fewer than two members, or when a member fails', () => {
    const all = withModelFamilies(fakeArima().engine);
    const single = all.fit(train, { family: 'combination', combine: 'mean', members: [naive] }, 2);
    expect(single.ok || single.error.code).toBe('invalid-input');
    const broken = all.fit(train, { family: 'combination', combine: 'mean', members: [naive, arima(9)] }, 2);
    expect(broken.ok || broken.error).toEqual({ code: 'fit-failed', message: 'A member of the combination failed: no convergence' });
  });
});

describe('combineForecasts', () => {
  it('takes the mean or the median at each step', () => {
    const forecasts = [
      { mean: [1, 10], se: [1, 1] },
      { mean: [2, 20], se: [2, 2] },
      { mean: [9, 30], se: [3, 6] },
    ];
    expect(combineForecasts('mean', forecasts)).toEqual({ mean: [4, 20], se: [2, 3] });
    expect(combineForecasts('median', forecasts).mean).toEqual([2, 20]);
    expect(combineForecasts('median', forecasts.slice(0, 2)).mean).toEqual([1.5, 15]);
  });
});
