// Property tests: series simulated from known SARIMA models with a seeded generator are refitted,
// and every coefficient must lie within 3 standard errors of the value it was simulated with.
import { describe, expect, test } from 'vitest';
import type { EstimationMethod } from '../engine';
import type { ArimaSpec } from '../spec';
import { nativeEngine } from './index';
import { ordersOf } from './orders';
import { transPars } from './parameters';

/** mulberry32 uniforms → Box–Muller normals: reproducible across runs and machines. */
function normals(seed: number, n: number): number[] {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform()));
}

/** Simulates y from the model with R's conventions (ARMA coefficients in R's order, then mean). */
function simulate(spec: ArimaSpec, arma: number[], mean: number, sigma: number, n: number, seed: number): number[] {
  const o = ordersOf(spec);
  const { phi, theta } = transPars(arma, o, false);
  const burn = 600;
  const e = normals(seed, n + burn).map((v) => v * sigma);
  const w: number[] = [];
  for (let t = 0; t < n + burn; t++) {
    let v = e[t]!;
    phi.forEach((c, i) => (v += t - i - 1 >= 0 ? c * w[t - i - 1]! : 0));
    theta.forEach((c, j) => (v += t - j - 1 >= 0 ? c * e[t - j - 1]! : 0));
    w.push(v);
  }
  let y = w.slice(burn);
  // Integrate the differences: seasonal first, then regular (the order does not matter).
  const integrate = (x: number[], lag: number) => {
    const out = x.slice();
    for (let t = lag; t < out.length; t++) out[t]! += out[t - lag]!;
    return out;
  };
  for (let i = 0; i < o.D; i++) y = integrate(y, o.s);
  for (let i = 0; i < o.d; i++) y = integrate(y, 1);
  return y.map((v) => v + mean);
}

interface Case {
  label: string;
  spec: ArimaSpec;
  truth: Record<string, number>;
  method: EstimationMethod;
  n: number;
}

const cases: Case[] = [
  {
    label: 'ARMA(1,1) with mean, ML',
    spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
    truth: { ar1: 0.6, ma1: -0.3, intercept: 10 },
    method: 'ML',
    n: 1500,
  },
  {
    label: 'SARIMA(1,0,0)(1,0,0)[12], CSS-ML',
    spec: { family: 'sarima', order: { p: 1, d: 0, q: 0 }, seasonal: { P: 1, D: 0, Q: 0, s: 12 } },
    truth: { ar1: 0.5, sar1: 0.6, intercept: 5 },
    method: 'CSS-ML',
    n: 1500,
  },
  {
    label: 'airline model (0,1,1)(0,1,1)[12], CSS',
    spec: { family: 'sarima', order: { p: 0, d: 1, q: 1 }, seasonal: { P: 0, D: 1, Q: 1, s: 12 } },
    truth: { ma1: -0.4, sma1: -0.6 },
    method: 'CSS',
    n: 1200,
  },
  {
    label: 'weekly (1,0,0)(0,0,1)[52], ML',
    spec: { family: 'sarima', order: { p: 1, d: 0, q: 0 }, seasonal: { P: 0, D: 0, Q: 1, s: 52 } },
    truth: { ar1: 0.5, sma1: 0.4, intercept: 100 },
    method: 'ML',
    n: 1040,
  },
];

describe('refits recover simulated coefficients within 3 standard errors', () => {
  test.each(cases)('$label', ({ spec, truth, method, n }) => {
    const arma = Object.entries(truth)
      .filter(([k]) => k !== 'intercept')
      .map(([, v]) => v);
    const y = simulate(spec, arma, truth.intercept ?? 0, 2, n, 20261127);
    const result = nativeEngine.fit(y, spec, 10, { method });
    if (!result.ok) throw new Error(result.error.message);
    for (const coef of result.value.model.coefficients) {
      expect(coef.se).not.toBeNull();
      expect(Math.abs(coef.value - truth[coef.name]!), `${coef.name} = ${coef.value} ± ${coef.se}`).toBeLessThan(3 * coef.se!);
    }
    expect(Math.sqrt(result.value.model.sigma2)).toBeCloseTo(2, 0);
  });
});
