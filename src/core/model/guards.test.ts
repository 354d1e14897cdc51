import { describe, expect, it } from 'vitest';
import type { FittedModel } from './engine';
import { checkFittedModel, checkForecast } from './guards';

const train = [10, 20, 15, 30, 25];
const codeOf = (mean: number[], se: number[]) => {
  const r = checkForecast(train, { mean, se });
  return r.ok ? 'ok' : r.error.message;
};

describe('checkForecast', () => {
  it('accepts a forecast within the data range', () => expect(codeOf([20, 21], [3, 4])).toBe('ok'));
  it('rejects an exploding forecast', () => expect(codeOf([20, 1e103], [3, 4])).toMatch(/climbs to/));
  it('rejects NaN and infinite forecasts', () => {
    expect(codeOf([20, NaN], [3, 4])).toMatch(/non-finite/);
    expect(codeOf([20, Infinity], [3, 4])).toMatch(/non-finite/);
  });
  it('rejects negative or non-finite standard errors', () => {
    expect(codeOf([20, 21], [3, -1])).toMatch(/variances/);
    expect(codeOf([20, 21], [3, NaN])).toMatch(/variances/);
  });
  it('rejects uninitialised memory read back as denormals', () => expect(codeOf([4.5e-319, 21], [3, 4])).toMatch(/uninitialised/));
});

describe('checkForecast on collinear-regressor output', () => {
  it('rejects an all-zero forecast of a series that is not zero', () => expect(codeOf([0, 0], [0, 0])).toMatch(/only zeros/));
});

describe('checkFittedModel', () => {
  const model = {
    spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
    engine: 'wasm',
    method: 'CSS-ML',
    coefficients: [{ name: 'ar1', value: 0.5, se: 0.1 }],
    covariance: null,
    sigma2: 2,
    loglik: -10,
    aic: 24,
    aicc: 25,
    bic: 26,
    nobs: 50,
    residuals: [],
    converged: true,
    state: null,
  } as const satisfies FittedModel;
  const reason = (m: FittedModel) => {
    const r = checkFittedModel(m);
    return r.ok ? 'ok' : r.error.message;
  };
  it('accepts a converged fit', () => expect(reason(model)).toBe('ok'));
  it('refuses a fit whose optimiser did not converge', () => expect(reason({ ...model, converged: false })).toMatch(/did not converge/));
  it('refuses non-finite coefficients, variance or likelihood', () => {
    expect(reason({ ...model, coefficients: [{ name: 'ma1', value: NaN, se: null }] })).toMatch(/ma1 is NaN/);
    expect(reason({ ...model, sigma2: 0 })).toMatch(/variance/);
    expect(reason({ ...model, loglik: -Infinity })).toMatch(/log-likelihood/);
  });
});
