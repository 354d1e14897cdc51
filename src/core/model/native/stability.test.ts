// Nasty inputs a user can upload: the native engine returns a clear failed fit or a sane model,
// never NaN, garbage or an exception; and a stored model forecasts again from its JSON alone.
import { describe, expect, test } from 'vitest';
import type { FitOutcome } from '../engine';
import type { ModelSpec } from '../spec';
import { forecastFromState, nativeEngine, type NativeState } from './index';

const weekly: ModelSpec = { family: 'sarima', order: { p: 1, d: 0, q: 0 }, seasonal: { P: 1, D: 0, Q: 0, s: 52 } };
const arma11: ModelSpec = { family: 'arima', order: { p: 1, d: 0, q: 1 } };
const differenced: ModelSpec = { family: 'arima', order: { p: 2, d: 1, q: 2 } };
const fourier: ModelSpec = { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 3, period: 52 };
const specs = [weekly, arma11, differenced, fourier];
const methods = ['CSS', 'ML', 'CSS-ML'] as const;

function expectSane(outcome: FitOutcome) {
  const { model, forecast } = outcome;
  expect(model.coefficients.every((c) => Number.isFinite(c.value))).toBe(true);
  expect(Number.isFinite(model.loglik) && model.sigma2 > 0).toBe(true);
  expect(forecast.mean.every(Number.isFinite) && forecast.se.every((s) => Number.isFinite(s) && s > 0)).toBe(true);
}

const inputs: Record<string, number[]> = {
  'all zeros': new Array<number>(200).fill(0),
  constant: new Array<number>(200).fill(42),
  'a single spike': Array.from({ length: 200 }, (_, i) => (i === 120 ? 500 : 0)),
  '52 points only': Array.from({ length: 52 }, (_, i) => 100 + 10 * Math.sin(i / 3) + (i % 7)),
  'three points': [1, 5, 2],
};

describe('nasty series give a clear failure or a sane model', () => {
  for (const [label, y] of Object.entries(inputs)) {
    test.each(specs.flatMap((spec) => methods.map((method) => [JSON.stringify(spec.order), spec, method] as const)))(`${label}: %s %s`, (_o, spec, method) => {
      const result = nativeEngine.fit(y, spec, 8, { method });
      if (result.ok) expectSane(result.value);
      else expect(result.error.message.length).toBeGreaterThan(10);
    });
  }

  test('constant and all-zero series fail with the reason', () => {
    for (const y of [inputs['all zeros']!, inputs.constant!]) {
      const result = nativeEngine.fit(y, arma11, 8, { method: 'CSS-ML' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/constant/);
    }
  });

  test('a seasonal model on a single season is refused as too short', () => {
    const result = nativeEngine.fit(inputs['52 points only']!, weekly, 8, { method: 'CSS' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('series-too-short');
  });

  test('missing values and bad orders are invalid input', () => {
    const withGap = Array.from({ length: 100 }, (_, i) => (i === 40 ? Number.NaN : i % 9));
    const gap = nativeEngine.fit(withGap, arma11, 4);
    expect(!gap.ok && gap.error.code).toBe('invalid-input');
    const bad = nativeEngine.fit(inputs['a single spike']!, { family: 'arima', order: { p: 1.5, d: 0, q: 0 } }, 4);
    expect(!bad.ok && bad.error.code).toBe('invalid-input');
  });
});

test('a fitted model forecasts from its JSON state alone, as it did at fit time', () => {
  const y = Array.from({ length: 300 }, (_, i) => 50 + 20 * Math.sin((2 * Math.PI * i) / 52) + ((i * 37) % 11));
  const spec: ModelSpec = { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 2, period: 52 };
  const result = nativeEngine.fit(y, spec, 20, { method: 'CSS-ML' });
  if (!result.ok) throw new Error(result.error.message);
  const state = JSON.parse(JSON.stringify(result.value.model.state)) as NativeState;
  const again = forecastFromState(state, 20);
  again.mean.forEach((m, i) => expect(m).toBeCloseTo(result.value.forecast.mean[i]!, 9));
  again.se.forEach((s, i) => expect(s).toBeCloseTo(result.value.forecast.se[i]!, 9));
});
