import { describe, expect, it } from 'vitest';
import { windowsOf, type Windows } from '../data/windows';
import type { FitOutcome, ModelEngine } from '../model/engine';
import { isArimaSpec, type ModelSpec } from '../model/spec';
import { fail, ok } from '../result';
import { profileConfig } from '../config/profiles';
import { runStudy } from './driver';
import { crossValidate, evaluateOnTest, scoreForecast, studySplit, validationObjective, type StudySplit } from './objective';

/**
 * A fake engine that forecasts the constant p + 10·q, reports the training length as its AICc and
 * records what it was asked to fit; it refuses training shorter than `minTrain`.
 */
function fakeEngine(name: 'wasm' | 'native' = 'wasm', minTrain = 0) {
  const calls: { train: number[]; trainLength: number; horizon: number; spec: ModelSpec }[] = [];
  const engine: ModelEngine = {
    name,
    fit(train, spec, horizon) {
      calls.push({ train: [...train], trainLength: train.length, horizon, spec });
      if (!isArimaSpec(spec)) return fail('fit-failed', 'only ARIMA models here');
      if (spec.order.d === 2) return fail('fit-failed', 'd = 2 does not converge here');
      if (train.length < minTrain) return fail('series-too-short', `needs ${minTrain} weeks`);
      const level = spec.order.p === 3 ? Number.NaN : spec.order.p + 10 * spec.order.q;
      const outcome: FitOutcome = {
        model: {
          spec,
          engine: name,
          method: 'CSS-ML',
          coefficients: [],
          covariance: null,
          sigma2: 1,
          loglik: 0,
          aic: null,
          aicc: train.length,
          bic: null,
          nobs: train.length,
          residuals: [],
          converged: true,
          state: null,
        },
        forecast: { mean: Array<number>(horizon).fill(level), se: Array<number>(horizon).fill(1) },
      };
      return ok(outcome);
    },
  };
  return { engine, calls };
}

/**
 * 58 weeks of 0,1,2,3,4,… then 2,2,2,2,2,4, then the test weeks 1,1,1. Two origins 2 weeks apart,
 * each forecasting 4 weeks: fold 0 trains on weeks 0–59 and forecasts [2, 2, 2, 4]; fold 1 trains on
 * weeks 0–57 and forecasts [2, 2, 2, 2].
 */
const values = [...Array.from({ length: 58 }, (_, i) => i % 5), 2, 2, 2, 2, 2, 4, 1, 1, 1];
const WINDOWS: Windows = { test: 3, horizon: 4, folds: 2, step: 2, minTrain: 52, maxTrain: null, season: 52 };
function splitOf(windows: Windows = WINDOWS): StudySplit {
  const s = studySplit(values, windows);
  if (!s.ok) throw new Error(s.error.message);
  return s.value;
}
const split = splitOf();
const arima = (p: number, d: number, q: number): ModelSpec => ({ family: 'arima', order: { p, d, q } });
const params = { family: 'arima', engine: 'wasm', p: 0, d: 0, q: 0 };

describe('studySplit', () => {
  it('keeps every week before the test window as history, with the rolling origins inside it', () => {
    expect(split.history).toEqual(values.slice(0, 64));
    expect(split.test).toEqual([1, 1, 1]);
    expect(split.historyStart).toBe(0);
    expect(split.season).toBe(52);
    expect(split.folds).toEqual([
      { trainStart: 0, trainEnd: 60, end: 64 },
      { trainStart: 0, trainEnd: 58, end: 62 },
    ]);
  });

  it("splits as the original's train | validation | test under 'original' and refuses series too short", () => {
    const series = Array.from({ length: 120 }, (_, i) => i);
    const original = windowsOf({ test_weeks: 32, validation_weeks: 32, cv_folds: 3, selection: 'original' });
    const s = studySplit(series, original);
    if (!s.ok) throw new Error(s.error.message);
    expect([s.value.history.length, s.value.test.length]).toEqual([88, 32]);
    expect(s.value.test[0]).toBe(88);
    expect(s.value.folds).toEqual([{ trainStart: 0, trainEnd: 56, end: 88 }]);
    const short = studySplit(series.slice(0, 100), original);
    expect(short.ok || short.error.message).toBe(
      'This product has 100 weeks; 32 test weeks, a 32-week validation origin and 52 training weeks need at least 116.',
    );
  });
});

describe('scoreForecast', () => {
  it('scales MASE by the seasonal naive over the training weeks, and by lag 1 without a full season', () => {
    // A full season: lag-52 differences of weeks 0–59 (see the fold-0 scale below) average 15/8.
    expect(scoreForecast([2, 2, 2, 4], [1, 1, 1, 1], values.slice(0, 60), 52).mase).toBeCloseTo(1.5 / (15 / 8), 12);
    // Four weeks hold no season: |3 − 1|, |2 − 3|, |5 − 2| average 2, so MAE 1 → MASE 0.5.
    expect(scoreForecast([4], [3], [1, 3, 2, 5], 52)).toEqual({ rmse: 1, mae: 1, mase: 0.5 });
    expect(scoreForecast([4], [3], [7, 7, 7, 7], 52).mase).toBeNull();
  });
});

describe('crossValidate', () => {
  it('fits each fold on the weeks before its origin and averages the metric over the folds', () => {
    const { engine, calls } = fakeEngine();
    const result = crossValidate({ wasm: engine }, 'wasm', split, arima(1, 0, 0), 'rmse');
    expect(calls.map((c) => [c.trainLength, c.horizon])).toEqual([
      [60, 4],
      [58, 4],
    ]);
    expect(calls[1]!.train).toEqual(values.slice(0, 58));
    // Forecast 1: fold 0 errors 1, 1, 1, 3 → RMSE √3; fold 1 errors 1, 1, 1, 1 → RMSE 1.
    expect(result).toMatchObject({ ok: true, value: (Math.sqrt(3) + 1) / 2 });
    // The folds' forecasts come back (latest first) for combinations; AICc is the latest fold's.
    expect(result.ok && result.forecasts).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
    expect(result.ok && result.aicc).toBe(60);
  });

  it('averages MAE and MASE the same way, each fold with its own training scale', () => {
    const { engine } = fakeEngine();
    expect(crossValidate({ wasm: engine }, 'wasm', split, arima(1, 0, 0), 'mae')).toMatchObject({ ok: true, value: (1.5 + 1) / 2 });
    // Seasonal-naive scales: weeks 0–59 give 15/8, weeks 0–57 give 14/6 → MASE 0.8 and 3/7.
    const mase = crossValidate({ wasm: engine }, 'wasm', split, arima(1, 0, 0), 'mase');
    expect(mase.ok).toBe(true);
    expect(mase.ok && mase.value).toBeCloseTo((0.8 + 3 / 7) / 2, 12);
  });

  it('fails the trial when any fold fails, naming the failure', () => {
    // Fold 1 trains on 58 weeks: too few for this engine, although fold 0 fits.
    const { engine } = fakeEngine('wasm', 59);
    expect(crossValidate({ wasm: engine }, 'wasm', split, arima(1, 0, 0), 'rmse')).toMatchObject({ ok: false, reason: 'series-too-short: needs 59 weeks' });
  });

  it('fails the trial when the metric is undefined (MASE of a constant history)', () => {
    const flat = studySplit(Array<number>(67).fill(5), WINDOWS);
    if (!flat.ok) throw new Error(flat.error.message);
    const { engine } = fakeEngine();
    expect(crossValidate({ wasm: engine }, 'wasm', flat.value, arima(1, 0, 0), 'mase')).toMatchObject({
      ok: false,
      reason: 'mase is not defined for this series (constant history).',
    });
  });

  it('trains each fold on its latest maxTrain weeks only', () => {
    const { engine, calls } = fakeEngine();
    crossValidate({ wasm: engine }, 'wasm', splitOf({ ...WINDOWS, maxTrain: 55 }), arima(1, 0, 0), 'rmse');
    expect(calls.map((c) => c.train)).toEqual([values.slice(5, 60), values.slice(3, 58)]);
  });
});

describe('validationObjective', () => {
  it('cross-validates the trial on the engine its params name', async () => {
    const { engine, calls } = fakeEngine();
    const objective = validationObjective({ wasm: engine }, split, 'mae');
    expect(await objective(arima(1, 0, 0), params)).toMatchObject({ ok: true, value: 1.25 });
    expect(calls).toHaveLength(2);
  });

  it('turns engine failures, rejected forecasts and missing engines into failed trials with reasons', async () => {
    const { engine } = fakeEngine();
    const objective = validationObjective({ wasm: engine }, split, 'rmse');
    expect(await objective(arima(1, 2, 0), params)).toMatchObject({ ok: false, reason: 'fit-failed: d = 2 does not converge here' });
    expect(await objective(arima(3, 0, 0), params)).toMatchObject({ ok: false, reason: 'forecast-rejected: The forecast holds non-finite values.' });
    expect(await objective(arima(1, 0, 0), { ...params, engine: 'native' })).toMatchObject({
      ok: false,
      reason: 'engine-unavailable: The native engine is not available here.',
    });
  });
});

describe('evaluateOnTest', () => {
  it('refits on every week before the test window and scores the untouched test weeks', () => {
    const { engine, calls } = fakeEngine();
    const result = evaluateOnTest({ wasm: engine }, 'wasm', split, arima(2, 0, 0));
    if (!result.ok) throw new Error(result.error.message);
    expect(calls[0]).toMatchObject({ trainLength: 64, horizon: 3 });
    expect(result.value.scores.rmse).toBe(1);
    expect(result.value.scores.mae).toBe(1);
  });

  it('refits a long history on its latest maxTrain weeks, and scales MASE by them', () => {
    const { engine, calls } = fakeEngine();
    const result = evaluateOnTest({ wasm: engine }, 'wasm', splitOf({ ...WINDOWS, maxTrain: 60 }), arima(2, 0, 0));
    if (!result.ok) throw new Error(result.error.message);
    expect(calls[0]!.train).toEqual(values.slice(4, 64));
    // Lag-52 differences of weeks 4–63 sum to 14 over 8 → scale 1.75; MAE 1 → MASE 4/7.
    expect(result.value.scores.mase).toBeCloseTo(4 / 7, 12);
  });
});

describe('a study over rolling origins', () => {
  it('finds the spec that forecasts the folds best and never looks at the test weeks', async () => {
    const { engine, calls } = fakeEngine('native');
    const testing = profileConfig('testing');
    const config = {
      ...testing,
      sampler: 'grid' as const,
      n_trials: 100,
      patience: 1000,
      search_space: { ...testing.search_space, families: ['arima' as const] },
    };
    const summary = await runStudy({ studyKey: 'k', productId: 'x', config, objective: validationObjective({ native: engine }, split, 'mae') });
    // Best constant for [2, 2, 2, 4] and [2, 2, 2, 2] under MAE is 2: p = 2, q = 0 (MAE 0.5 and 0).
    expect(summary.stop.code).toBe('space-exhausted');
    const spec = summary.choice.spec;
    expect(isArimaSpec(spec) && spec.order).toMatchObject({ p: 2, q: 0 });
    expect(summary.choice.value).toBe(0.25);
    expect(calls.length).toBeGreaterThan(0);
    // Every fit trains on a prefix of the history and forecasts no further than its end.
    expect(calls.every((c) => c.trainLength + c.horizon <= split.history.length)).toBe(true);
    expect(calls.every((c) => c.train.every((v, i) => v === values[i]))).toBe(true);
  });
});
