// Validation of one exported model (format v2 shape): every field typed, absurd values refused
// (negative or fractional orders, horizons beyond ten years, non-finite coefficients), paths named.
import type { WeeklySeries } from '../data/types';
import type { Coefficient, FittedModel } from '../model/engine';
import { BASELINE_METHODS, type ArimaSpec, type BaselineSpec, type ModelSpec } from '../model/spec';
import type { Evaluation, ForecastTable, MetricSet, Provenance, TrainingData, WeekRange } from '../registry/registry-types';
import {
  bad,
  bool,
  field,
  literal,
  finite,
  int,
  isoDate,
  isoTime,
  list,
  nullable,
  optionalField,
  oneOf,
  plainJson,
  range,
  record,
  sha256,
  text,
  type Check,
} from './json-reader';

/** Ten years of weeks: the longest horizon, and (×20) the longest series we accept. */
export const MAX_HORIZON = 520;
const MAX_WEEKS = 10_000;
const MAX_ORDER = 20;

export function object<T>(build: (o: Record<string, unknown>, path: string) => T): Check<T> {
  return (v, p) => build(record(v, p), p);
}

const order = object((o, p) => ({ p: field(o, 'p', p, int(0, MAX_ORDER)), d: field(o, 'd', p, int(0, 3)), q: field(o, 'q', p, int(0, MAX_ORDER)) }));

const baselineSpec: Check<BaselineSpec> = object((o, p) => ({
  family: field(o, 'family', p, literal('baseline')),
  method: field(o, 'method', p, oneOf(...BASELINE_METHODS)),
  season: field(o, 'season', p, int(1, 366)),
}));

/** Drift is written only when true; anything else present is refused. */
const driftOf = (o: Record<string, unknown>, p: string): { drift?: true } => {
  if (o.drift === undefined) return {};
  if (o.drift !== true) bad(`${p}.drift`, 'must be true when present', o.drift);
  return { drift: true };
};

const arimaSpec: Check<ArimaSpec> = object((o, p) => {
  const family = field(o, 'family', p, oneOf('arima', 'sarima', 'fourier'));
  const ord = field(o, 'order', p, order);
  if (family === 'arima') return { family, order: ord, ...driftOf(o, p) };
  if (family === 'fourier') {
    const period = field(o, 'period', p, range(2, 366));
    return { family, order: ord, harmonics: field(o, 'harmonics', p, int(1, Math.floor(period / 2))), period, ...driftOf(o, p) };
  }
  const seasonal = field(
    o,
    'seasonal',
    p,
    object((s, sp) => ({
      P: field(s, 'P', sp, int(0, 10)),
      D: field(s, 'D', sp, int(0, 2)),
      Q: field(s, 'Q', sp, int(0, 10)),
      s: field(s, 's', sp, int(2, 366)),
    })),
  );
  return { family, order: ord, seasonal };
});

const memberSpec: Check<ArimaSpec | BaselineSpec> = (v, p) => (record(v, p).family === 'baseline' ? baselineSpec(v, p) : arimaSpec(v, p));

/** ARIMA families, baselines, and combinations of them (2–10 members). */
export const modelSpec: Check<ModelSpec> = (v, p) => {
  const family = record(v, p).family;
  if (family === 'baseline') return baselineSpec(v, p);
  if (family !== 'combination') return arimaSpec(v, p);
  const o = record(v, p);
  const members = field(o, 'members', p, list(memberSpec, 10));
  if (members.length < 2) bad(`${p}.members`, 'must hold at least two models', members.length);
  return { family: 'combination', combine: field(o, 'combine', p, oneOf('mean', 'median')), members };
};

const nonNegative = range(0, Number.MAX_VALUE);
const finiteList = (max: number) => list(finite, max);

const coefficient: Check<Coefficient> = object((o, p) => ({
  name: field(o, 'name', p, text(40, 1)),
  value: field(o, 'value', p, finite),
  se: field(o, 'se', p, nullable(finite)),
}));

/** Every field of a fit but its residuals (which a future forecast's fit does not keep). */
const fitFields = (o: Record<string, unknown>, p: string): Omit<FittedModel, 'residuals'> => ({
  spec: field(o, 'spec', p, modelSpec),
  engine: field(o, 'engine', p, oneOf('wasm', 'native')),
  method: field(o, 'method', p, oneOf('CSS', 'ML', 'CSS-ML')),
  coefficients: field(o, 'coefficients', p, list(coefficient, 200)),
  covariance: field(o, 'covariance', p, nullable(list(finiteList(200), 200))),
  sigma2: field(o, 'sigma2', p, nonNegative),
  loglik: field(o, 'loglik', p, finite),
  aic: field(o, 'aic', p, nullable(finite)),
  aicc: field(o, 'aicc', p, nullable(finite)),
  bic: field(o, 'bic', p, nullable(finite)),
  nobs: field(o, 'nobs', p, int(0, MAX_WEEKS)),
  converged: field(o, 'converged', p, bool),
  state: field(o, 'state', p, plainJson),
});

export const fittedModel: Check<FittedModel> = object((o, p) => ({ ...fitFields(o, p), residuals: field(o, 'residuals', p, finiteList(MAX_WEEKS)) }));

/** A fit recorded without residuals: the one a future forecast was made from. */
export const fittedWithoutResiduals: Check<Omit<FittedModel, 'residuals'>> = object(fitFields);

export const metricSet: Check<MetricSet> = object((o, p) => ({
  rmse: field(o, 'rmse', p, nonNegative),
  mae: field(o, 'mae', p, nonNegative),
  mape: field(o, 'mape', p, nullable(nonNegative)),
  smape: field(o, 'smape', p, nullable(nonNegative)),
  mase: field(o, 'mase', p, nullable(nonNegative)),
  ...optionalField(o, 'me', p, finite),
  ...optionalField(o, 'mpe', p, nullable(finite)),
  ...optionalField(o, 'mapeSkipped', p, int(0, MAX_WEEKS)),
}));

export const weekRange: Check<WeekRange> = object((o, p) => ({
  start: field(o, 'start', p, isoDate),
  end: field(o, 'end', p, isoDate),
  weeks: field(o, 'weeks', p, int(0, MAX_WEEKS)),
}));

export const trainingData: Check<TrainingData> = object((o, p) => ({
  ...weekRange(o, p),
  digest: field(o, 'digest', p, sha256),
  fitted: field(o, 'fitted', p, weekRange),
}));

export const evaluation: Check<Evaluation> = object((o, p) => ({
  validation: field(o, 'validation', p, nullable(metricSet)),
  test: field(o, 'test', p, metricSet),
  testWindow: field(o, 'testWindow', p, weekRange),
  baselines: field(
    o,
    'baselines',
    p,
    list(
      object((b, bp) => ({ name: field(b, 'name', bp, text(60, 1)), metrics: field(b, 'metrics', bp, metricSet) })),
      20,
    ),
  ),
  ...optionalField(
    o,
    'replaced',
    p,
    object((r, rp) => ({
      spec: field(r, 'spec', rp, modelSpec),
      test: field(r, 'test', rp, metricSet),
      reason: field(r, 'reason', rp, text(1000, 1)),
      forecast: field(r, 'forecast', rp, nullable(forecastTable)),
    })),
  ),
}));

export const forecastTable: Check<ForecastTable> = object((o, p) => {
  const weekEnding = field(o, 'weekEnding', p, list(isoDate, MAX_HORIZON));
  // Each week once, in order: a repeated week would be two rows for one date on every screen.
  weekEnding.forEach((w, i) => {
    if (i > 0 && w <= weekEnding[i - 1]!) bad(`${p}.weekEnding[${i}]`, 'must come after the week before it (weeks may not repeat)', w);
  });
  const column = (key: string) => {
    const values = field(o, key, p, finiteList(MAX_HORIZON));
    return values.length === weekEnding.length ? values : bad(`${p}.${key}`, `must have one value per week (${weekEnding.length})`, values.length);
  };
  return { weekEnding, mean: column('mean'), lower80: column('lower80'), upper80: column('upper80'), lower95: column('lower95'), upper95: column('upper95') };
});

export const provenance: Check<Provenance> = object((o, p) => {
  if (field(o, 'kind', p, oneOf('trained', 'imported')) === 'trained') return { kind: 'trained' };
  return {
    kind: 'imported',
    importedAt: field(o, 'importedAt', p, isoTime),
    fileName: field(o, 'fileName', p, text(500)),
    exportedAt: field(o, 'exportedAt', p, isoTime),
    exportedBy: field(o, 'exportedBy', p, text(50)),
    checksum: field(o, 'checksum', p, sha256),
    originalName: field(o, 'originalName', p, text(300)),
    originalVersion: field(o, 'originalVersion', p, int(1, Number.MAX_SAFE_INTEGER)),
  };
});

export const weeklySeries: Check<WeeklySeries> = object((o, p) => ({
  start: field(o, 'start', p, isoDate),
  values: field(o, 'values', p, finiteList(MAX_WEEKS)),
}));
