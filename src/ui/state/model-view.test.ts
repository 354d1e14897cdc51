import { describe, expect, it } from 'vitest';
import type { HoldoutForecast } from '../../core/model/holdout';
import { HOLDOUT_EXTRAS } from '../../test/holdout-extras';
import { accuracyRows, attemptNote, coefficientRows, criteria, mapeNote, specFor } from './model-view';

const forecast = {
  spec: HOLDOUT_EXTRAS.model.spec,
  engine: 'wasm',
  trainLength: 60,
  actual: [1, 2],
  mean: [1, 2],
  se: [1, 1],
  interval80: { lower: [0, 1], upper: [2, 3] },
  interval95: { lower: [0, 1], upper: [2, 3] },
  fitMs: 3,
  ...HOLDOUT_EXTRAS,
} satisfies HoldoutForecast;

describe('model view', () => {
  it('lists coefficients with standard errors, and the criteria with Ljung–Box', () => {
    expect(coefficientRows(forecast)).toEqual([
      { name: 'ar1', value: '0.5', se: '0.1' },
      { name: 'ma1', value: '0.2', se: '0.1' },
      { name: 'intercept', value: '100', se: '3' },
    ]);
    expect(criteria(forecast).map((c) => `${c.label}=${c.value}`)).toEqual([
      'AIC=208',
      'AICc=208.2',
      'BIC=215',
      'Log-likelihood=-100',
      'Ljung–Box Q (lag 12)=8',
      'Ljung–Box p=0.63',
    ]);
  });
  it('shows the model against the three baselines', () => {
    expect(accuracyRows(forecast).map((r) => r.label)).toEqual(['This model', 'Naive', 'Seasonal naive', 'Mean']);
  });
  it('says how many zero weeks MAPE skipped and which attempt fitted', () => {
    expect(mapeNote({ ...forecast, metrics: { ...forecast.metrics, mapeSkipped: 2 } })).toBe('2 held-out weeks sold nothing and are left out of MAPE.');
    expect(
      attemptNote({
        ...forecast,
        attempts: [
          { method: 'CSS-ML', outcome: 'not-converged', detail: '' },
          { method: 'ML', outcome: 'converged', detail: '' },
        ],
      }),
    ).toBe('Fitted on attempt 2 (CSS-ML: not-converged, ML: converged).');
  });
  it('maps the family choice to specs', () => {
    expect(specFor('fourier', 4)).toMatchObject({ family: 'fourier', harmonics: 4, period: 365.25 / 7 });
    expect(specFor('sarima', 4)).toMatchObject({ seasonal: { P: 1, D: 0, Q: 0, s: 52 } });
  });
});
