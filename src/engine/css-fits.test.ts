// CSS fits on the arima binding against R's CSS fixtures: a CSS request must be answered by a CSS
// fit (the package leaves its residuals at zero, which once made every CSS fit fail the variance
// guard and silently become an ML fit) with R's sigma², log-likelihood and forecasts.
import { describe, expect, it } from 'vitest';
import { loadRFits, specOf } from '../test/r-arima-fits';
import { arimaEngine } from './arima-engine';

// s = 52 SARIMA fits take seconds each on the binding; the rest (Fourier weekly included) run.
const cases = loadRFits().filter((c) => c.ok && c.method === 'CSS' && !(c.seasonal[3] === 52 && c.seasonal[0] > 0));

/** The package's CSS optimiser stops with status 4 (15 for tuna-b4) here: the fit is retried with ML, and says so. */
const CSS_NOT_CONVERGED = new Set([
  'tuna-b1 ARIMA(1,0,1)+fourier(K=3) CSS',
  'tuna-b1 ARIMA(1,0,1)+fourier(K=6) CSS',
  'tuna-b1 ARIMA(1,0,1) CSS',
  'tuna-b4 ARIMA(1,0,1) CSS',
  'tuna-b7 ARIMA(1,0,1)+fourier(K=6) CSS',
  'walmart-store-01 ARIMA(1,0,1)+fourier(K=3) CSS',
  'walmart-store-01 ARIMA(1,0,1)+fourier(K=6) CSS',
  'walmart-store-01 ARIMA(1,0,1) CSS',
  'walmart-store-10 ARIMA(1,0,1)+fourier(K=3) CSS',
  'walmart-store-20 ARIMA(1,0,1)+fourier(K=3) CSS',
  'walmart-store-20 ARIMA(1,0,1) CSS',
]);
/** ML's retry fails too (R converges): a failed fit, never a model. */
const ENGINE_FAILS = new Set(['walmart-store-10 ARIMA(1,0,1)+fourier(K=6) CSS', 'walmart-store-20 ARIMA(1,0,1)+fourier(K=6) CSS']);
/** Both converge, at different CSS optima; the sign of the log-likelihood gap (engine − R) says which is better. */
const DIFFERENT_OPTIMA: Record<string, 'engine-higher' | 'r-higher'> = {
  'AirPassengers_log ARIMA(2,1,1)(0,1,1)[12] CSS': 'r-higher',
  'tuna-b2 ARIMA(2,1,2) CSS': 'engine-higher',
  'tuna-b2 ARIMA(1,0,1) CSS': 'engine-higher',
  'tuna-b4 ARIMA(1,0,1)+fourier(K=3) CSS': 'engine-higher',
  'tuna-b4 ARIMA(2,1,2) CSS': 'engine-higher',
  'tuna-b5 ARIMA(2,1,2) CSS': 'r-higher',
  'walmart-store-20 ARIMA(2,1,2) CSS': 'engine-higher',
  'walmart-store-10 ARIMA(1,0,1) CSS': 'r-higher', // ll −0.015, ar1/ma1 0.17 SE apart
};
/** sar1 ≈ 1 makes the forecast variance steep in the coefficients: 0.017 SE apart moves the se 4%. */
const NEAR_UNIT_ROOT = new Set(['nottem ARIMA(1,0,1)(1,0,1)[12] CSS']);

describe('arima engine CSS fits vs R', () => {
  it('covers the classic and weekly CSS cases', () => expect(cases.length).toBeGreaterThan(60));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const r = arimaEngine.fit(c.series, specOf(c), c.h, { method: 'CSS' });
    if (ENGINE_FAILS.has(name)) return expect(r).toMatchObject({ ok: false, error: { code: 'fit-failed' } });
    if (!r.ok) throw new Error(r.error.message);
    const { model, forecast, attempts } = r.value;
    if (CSS_NOT_CONVERGED.has(name)) {
      expect(attempts?.map((a) => [a.method, a.outcome])).toEqual([
        ['CSS', 'not-converged'],
        ['ML', 'converged'],
      ]);
      expect(attempts?.[0]?.detail).toMatch(/^status (4|15): The optimiser did not converge/);
      return;
    }
    expect(attempts?.map((a) => [a.method, a.outcome])).toEqual([['CSS', 'converged']]);
    expect(model.method).toBe('CSS');
    expect([model.aic, model.aicc, model.bic]).toEqual([null, null, null]);
    expect(model.coefficients.map((k) => k.name)).toEqual(Object.keys(c.coef));
    const conditioned = c.order[1] + c.order[0] + c.seasonal[3] * (c.seasonal[0] + c.seasonal[1]);
    expect(model.residuals.slice(0, conditioned).every((e) => e === 0)).toBe(true);
    const llGap = model.loglik - c.loglik;
    const why = DIFFERENT_OPTIMA[name];
    if (why) return expect(why === 'engine-higher' ? llGap > 0.005 : llGap < -0.005).toBe(true);
    const rSe = (n: string) => Math.sqrt(c.var_coef.rows[c.var_coef.names.indexOf(n)]![c.var_coef.names.indexOf(n)]!);
    // R gives NaN standard errors for some coefficients; those are compared through the forecast.
    const coefGaps = model.coefficients.map((k) => Math.abs(k.value - c.coef[k.name]!) / rSe(k.name)).filter(Number.isFinite);
    expect(Math.max(0, ...coefGaps)).toBeLessThan(0.05);
    expect(Math.abs(model.sigma2 / c.sigma2 - 1)).toBeLessThan(2e-5);
    expect(Math.abs(llGap)).toBeLessThan(5e-3);
    const scale = Math.max(...c.series) - Math.min(...c.series);
    expect(Math.max(...forecast.mean.map((m, i) => Math.abs(m - c.forecast.mean[i]!))) / scale).toBeLessThan(2e-3);
    const seGap = Math.max(...forecast.se.map((s, i) => Math.abs(s / c.forecast.se[i]! - 1)));
    expect(seGap).toBeLessThan(NEAR_UNIT_ROOT.has(name) ? 0.05 : 2e-3);
  });
});
