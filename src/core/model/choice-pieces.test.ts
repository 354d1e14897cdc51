// The pieces of the automatic choice against R (src/core/model/__fixtures__/r-choice-pieces.json,
// made by scripts/fixtures/r-choice-pieces.R): KPSS and ndiffs, thetaf, rwf with drift, and
// Arima(0,1,1) with drift, on real series of the shared panels.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineForecast } from './baselines';
import { chooseDifferencing, kpssStatistic, seasonalStrength } from './differencing';
import { nativeEngine } from './native';

interface Case {
  id: string;
  y: number[];
  kpss_level: number;
  kpss_diff1: number;
  ndiffs: number;
  theta_mean: number[];
  drift_mean: number[];
  arima011_drift_coef: [number, number];
  arima011_drift_loglik: number;
  arima011_drift_mean: number[];
  arima011_drift_se: number[];
}

const cases = (JSON.parse(readFileSync(new URL('./__fixtures__/r-choice-pieces.json', import.meta.url), 'utf8')) as { cases: Case[] }).cases;
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
const diff = (y: number[]) => y.slice(1).map((v, t) => v - y[t]!);

describe.each(cases)('$id', (c) => {
  it('has the KPSS statistic of urca::ur.kpss (type mu, short lag) and the d of forecast::ndiffs', () => {
    expect(relative(kpssStatistic(c.y), c.kpss_level)).toBeLessThan(1e-9);
    expect(relative(kpssStatistic(diff(c.y)), c.kpss_diff1)).toBeLessThan(1e-9);
    expect(chooseDifferencing(c.y, 2).d).toBe(c.ndiffs);
  });
  it('forecasts as forecast::thetaf and rwf(drift = TRUE)', () => {
    // R's ets (inside ses) stops its Nelder–Mead near, not at, the least-squares smoothing weight we solve for exactly.
    const theta = baselineForecast('theta', c.y, 13, 1).mean;
    theta.forEach((v, h) => expect(relative(v, c.theta_mean[h]!)).toBeLessThan(5e-3));
    baselineForecast('drift', c.y, 13, 1).mean.forEach((v, h) => expect(relative(v, c.drift_mean[h]!)).toBeLessThan(1e-10));
  });
  it('fits ARIMA(0,1,1) with drift as forecast::Arima(include.drift = TRUE)', () => {
    const fit = nativeEngine.fit(c.y, { family: 'arima', order: { p: 0, d: 1, q: 1 }, drift: true }, 13, { method: 'ML' });
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.value.model.coefficients.map((k) => k.name)).toEqual(['ma1', 'drift']);
    // Flat likelihoods (an MA root at the unit circle) leave the optimum's coefficients loose; the fit must be as good as R's.
    expect(fit.value.model.loglik).toBeGreaterThan(c.arima011_drift_loglik - 1e-3 * Math.abs(c.arima011_drift_loglik));
    fit.value.forecast.mean.forEach((v, h) => expect(relative(v, c.arima011_drift_mean[h]!)).toBeLessThan(2e-3));
  });
});

describe('seasonalStrength', () => {
  it('is near 1 for a pure yearly pattern, near 0 for noise, and 0 without two seasons', () => {
    const season = Array.from({ length: 260 }, (_, t) => 100 + 30 * Math.sin((2 * Math.PI * t) / 52));
    expect(seasonalStrength(season, 52)).toBeGreaterThan(0.99);
    let s = 7;
    const noise = Array.from({ length: 260 }, () => ((s = (s * 16807) % 2147483647) / 2147483647) * 10);
    expect(seasonalStrength(noise, 52)).toBeLessThan(0.3);
    expect(seasonalStrength(season.slice(0, 100), 52)).toBe(0);
  });
  it('does not mistake noise for a pattern on short histories (k years of noise no longer score 1/k)', () => {
    let s = 11;
    const uniform = () => (s = (s * 16807) % 2147483647) / 2147483647;
    for (const weeks of [156, 208, 260]) {
      const strengths = Array.from({ length: 40 }, () =>
        seasonalStrength(
          Array.from({ length: weeks }, () => 100 + 20 * uniform()),
          52,
        ),
      );
      expect(strengths.reduce((a, b) => a + b, 0) / strengths.length).toBeLessThan(0.1);
    }
  });
});
