import { describe, expect, it } from 'vitest';
import { loadRFits } from '../../test/r-arima-fits';
import { readShared } from '../../test/shared-data';
import { windowsOf } from '../data/windows';
import { evaluateOnTest, studySplit, validationObjective, type StudySplit } from '../search/objective';
import type { EngineForecast } from './engine';
import { checkForecast } from './guards';
import { evaluateHoldout } from './holdout';
import { nativeEngine } from './native';
import type { ModelSpec } from './spec';

const reason = (history: readonly number[], forecast: EngineForecast) => {
  const r = checkForecast(history, forecast);
  return r.ok ? 'ok' : r.error.message;
};
const flat = (value: number, weeks: number, se = 1) => ({ mean: Array<number>(weeks).fill(value), se: Array<number>(weeks).fill(se) });
/** A product selling 40–100 a week for 89 weeks. */
const units = Array.from({ length: 89 }, (_, i) => 70 + Math.round(30 * Math.sin(i / 3)));

describe('checkForecast envelope, one guard at a time', () => {
  it('accepts a forecast at the level of the history', () => expect(reason(units, flat(70, 32, 15))).toBe('ok'));
  it('rejects a forecast that climbs far above anything sold, naming the numbers', () => {
    const mean = Array.from({ length: 32 }, (_, h) => 70 + 1450 * h);
    expect(reason(units, { mean, se: flat(0, 32, 15).se })).toBe(
      'The forecast climbs to 45,020 a week by week 32, 450× the most this product ever sold in a week (100): the model is unstable.',
    );
  });
  it('allows a trend to extend over the horizon, up to its limit', () => {
    // Range 60 over 89 weeks, 32-week horizon: the ceiling is 100 + 60·(1 + 2·32/89) ≈ 203.
    expect(reason(units, flat(200, 32, 15))).toBe('ok');
    expect(reason(units, flat(210, 32, 15))).toMatch(/climbs to 210 a week/);
  });
  it('looks at the recent two years for the level, not the whole history', () => {
    const launch = [
      5000,
      ...Array<number>(150)
        .fill(0)
        .map((_, i) => 50 + (i % 7) * 5),
    ];
    expect(reason(launch, flat(2000, 32, 10))).toMatch(/the most this product in the last 104 weeks sold in a week \(80\)/);
  });
  it('rejects sales forecast well below zero, and lets small negatives through to be clipped', () => {
    expect(reason(units, flat(-60, 32, 15))).toMatch(/^The forecast falls to -60 a week by week 1; sales cannot be negative/);
    expect(reason(units, flat(-20, 32, 15))).toBe('ok');
    // A product selling 0 or 1 a week: −0.8 is a clipping matter, not a broken model.
    const sparse = Array.from({ length: 89 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    expect(reason(sparse, flat(-0.8, 32, 0.5))).toBe('ok');
  });
  it('for series that can be negative, rejects only a fall far below the least seen', () => {
    const profit = units.map((v) => v - 80);
    expect(reason(profit, flat(-100, 32, 15))).toBe('ok');
    expect(reason(profit, flat(-200, 32, 15))).toMatch(/far below the least this product ever sold in a week \(-40\)/);
  });
  it('rejects a 95% interval too wide to say anything, but not a random walk’s', () => {
    const se = (last: number) => Array.from({ length: 32 }, (_, h) => (last * (h + 1)) / 32);
    // 4 × range 60 × √32 ≈ 1,358 is the widest allowed; a random walk with σ = range has 1,254.
    expect(reason(units, { mean: flat(70, 32).mean, se: se(60 * Math.sqrt(32)) })).toBe('ok');
    expect(reason(units, { mean: flat(70, 32).mean, se: se(400) })).toBe(
      'The 95% range for week 32 is 1,568 wide, 26× the spread of everything this product sold so far (40 to 100 a week): the forecast says next to nothing.',
    );
  });
  it('can be limited to sound numbers, as an engine checks before retrying', () => {
    expect(checkForecast(units, flat(500, 32), { envelope: false }).ok).toBe(true);
  });
});

/** tuna-b3 (Dominick's, R's fixture series), weeks 17–137, scaled to sell ≈70 a week. */
function explodingProduct(): number[] {
  const tuna = loadRFits().find((c) => c.dataset === 'dominicks-tuna' && c.series_id === 'tuna-b3')!.series;
  const raw = tuna.slice(16, 16 + 89 + 32);
  const mean = raw.slice(0, 89).reduce((a, b) => a + b) / 89;
  return raw.map((v) => Math.round((v * 70) / mean));
}
const D2_FOURIER6: ModelSpec = { family: 'fourier', order: { p: 3, d: 2, q: 0 }, harmonics: 6, period: 365.25 / 7 };
const SENSIBLE: ModelSpec = { family: 'arima', order: { p: 1, d: 1, q: 1 } };

describe('the exploding product: ARIMA(3,2,0)+Fourier(K=6) on 89 real weeks of ≈70 a week', () => {
  const values = explodingProduct();
  const train = values.slice(0, 89);
  it('explodes, and only the envelope catches it (the 10× range rule let it through)', () => {
    const fitted = nativeEngine.fit(train, D2_FOURIER6, 32);
    expect(fitted.ok).toBe(true);
    if (!fitted.ok) return;
    expect(Math.max(...fitted.value.forecast.mean)).toBeGreaterThan(2000);
    expect(checkForecast(train, fitted.value.forecast, { envelope: false }).ok).toBe(true);
    expect(reason(train, fitted.value.forecast)).toMatch(
      /^The forecast climbs to 2,\d{3} a week by week 32, 10× the most this product ever sold in a week \(252\): the model is unstable\.$/,
    );
  });
  it('is rejected in the forecast view, while ARIMA(1,1,1) is shown', () => {
    const series = { start: '1990-01-06', values };
    const bad = evaluateHoldout(series, D2_FOURIER6, nativeEngine, { now: () => 0 });
    expect(bad.ok ? 'shown' : bad.error.code).toBe('forecast-rejected');
    expect(evaluateHoldout(series, SENSIBLE, nativeEngine, { now: () => 0 }).ok).toBe(true);
  });
  it('is rejected in studies, on validation and on test', async () => {
    // The study's split of the 121 weeks: 89 weeks of history, the last 32 as the test window.
    const split = studySplit(values, windowsOf({ test_weeks: 32, validation_weeks: 32, cv_folds: 1, selection: 'original' }));
    if (!split.ok) throw new Error(split.error.message);
    expect(split.value.history).toEqual(train);
    const engines = { native: nativeEngine };
    const refit = evaluateOnTest(engines, 'native', split.value, D2_FOURIER6);
    expect(refit.ok || refit.error.code).toBe('forecast-rejected');
    expect(evaluateOnTest(engines, 'native', split.value, SENSIBLE).ok).toBe(true);
    // A rolling origin at week 89 forecasting the 32 weeks after it (as if they were validation weeks).
    const atOrigin: StudySplit = { history: values, historyStart: 0, test: [], folds: [{ trainStart: 0, trainEnd: 89, end: 121 }], season: 52 };
    const trial = await validationObjective(engines, atOrigin, 'rmse')(D2_FOURIER6, { engine: 'native' });
    expect(trial.ok ? 'scored' : trial.reason).toMatch(/^forecast-rejected: The forecast/);
    expect((await validationObjective(engines, atOrigin, 'rmse')(SENSIBLE, { engine: 'native' })).ok).toBe(true);
  });
});
