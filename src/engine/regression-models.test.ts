// Models without AR/MA terms (p = q = P = Q = 0: a mean and/or Fourier terms, possibly on
// differenced data) against R (src/engine/__fixtures__/r-regression-arima.json, made by
// scripts/fixtures/r-regression-arima.R). The WASM package returned wrong standard errors for them;
// the native engine is held to the same numbers as a second oracle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EstimationMethod, ModelEngine } from '../core/model/engine';
import { nativeEngine } from '../core/model/native';
import type { ModelSpec } from '../core/model/spec';
import { arimaEngine } from './arima-engine';

interface RCase {
  name: string;
  series: number[];
  frequency: number;
  order: [number, number, number];
  seasonal: [number, number, number, number];
  fourier_K: number;
  method: EstimationMethod;
  h: number;
  coef_names: string[];
  coef: number[];
  var_coef: number[][];
  sigma2: number;
  loglik: number;
  aic: number | null;
  aicc: number | null;
  bic: number | null;
  nobs: number;
  residuals: number[];
  forecast: { mean: number[]; se: number[] };
}
const fixture = JSON.parse(readFileSync(new URL('./__fixtures__/r-regression-arima.json', import.meta.url), 'utf8')) as { cases: RCase[] };

function specOf(c: RCase): ModelSpec {
  const [p, d, q] = c.order;
  const [P, D, Q, s] = c.seasonal;
  if (c.fourier_K) return { family: 'fourier', order: { p, d, q }, harmonics: c.fourier_K, period: c.frequency };
  return s ? { family: 'sarima', order: { p, d, q }, seasonal: { P, D, Q, s } } : { family: 'arima', order: { p, d, q } };
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
const worst = (a: readonly number[], b: readonly number[]) => Math.max(0, ...a.map((x, i) => relative(x, b[i]!)));

/**
 * R's ML fits with differencing start from a diffuse prior (κ = 1e6): its first d + D·s residuals
 * are y/√κ-sized rather than 0, which moves sigma² and the se by ~5e-7; hence 1e-5, not 1e-9.
 */
const TOLERANCE = 1e-5;

describe.each([
  ['wasm', arimaEngine],
  ['native', nativeEngine],
] as [string, ModelEngine][])('%s engine on models without AR/MA terms vs R', (_, engine) => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = engine.fit(c.series, specOf(c), c.h, { method: c.method });
    if (!r.ok) throw new Error(r.error.message);
    const { model, forecast } = r.value;
    expect(model.method).toBe(c.method);
    expect(model.coefficients.map((k) => k.name)).toEqual(c.coef_names);
    // Coefficients in R's standard errors: they are in the series' units (1e6 for walmart).
    model.coefficients.forEach((k, i) => expect(Math.abs(k.value - c.coef[i]!) / Math.sqrt(c.var_coef[i]![i]!)).toBeLessThan(1e-6));
    model.coefficients.forEach((k, i) => expect(relative(k.se!, Math.sqrt(c.var_coef[i]![i]!))).toBeLessThan(1e-3));
    expect(model.nobs).toBe(c.nobs);
    expect(relative(model.sigma2, c.sigma2)).toBeLessThan(TOLERANCE);
    expect(Math.abs(model.loglik - c.loglik)).toBeLessThan(1e-4);
    if (c.method === 'CSS') expect([model.aic, model.aicc, model.bic]).toEqual([null, null, null]);
    else expect(Math.abs(model.aicc! - c.aicc!)).toBeLessThan(1e-4);
    const loss = c.order[1] + c.seasonal[1] * c.seasonal[3];
    // In units of R's innovation sd: a relative gap would blow up on residuals near zero.
    const residualGap = Math.max(...model.residuals.slice(loss).map((e, i) => Math.abs(e - c.residuals[loss + i]!)));
    expect(residualGap / Math.sqrt(c.sigma2)).toBeLessThan(1e-6);
    expect(worst(forecast.mean, c.forecast.mean)).toBeLessThan(1e-8);
    expect(worst(forecast.se, c.forecast.se)).toBeLessThan(TOLERANCE);
  });
});
