// One builder for every registry version a fit produces — a training run's chosen trial, the lab's
// "Register this model" holdout fit, a bench's study — so each records the same things the same
// way: test metrics beside every baseline on the same window, the forecast table, the data range.
import { parseDay } from '../data/dates';
import type { ProductSeries, WeeklySeries } from '../data/types';
import { baselineForecast, BASELINES } from '../model/baselines';
import type { EngineForecast, EngineName, FittedModel } from '../model/engine';
import { holdoutStartOf, type HoldoutForecast } from '../model/holdout';
import { accuracy, type AccuracyMetrics } from '../model/metrics';
import type { ModelSpec } from '../model/spec';
import { profileConfig } from '../config/profiles';
import { forecastTable } from './forecast-table';
import type { MetricSet, ModelVersionDraft } from './registry-types';
import { trainingDataOf, weekRange } from './training-data';

const SEASON = 52;

/** The engine's accuracy record as the registry's metric set (nothing dropped). */
export function metricSetOf(m: AccuracyMetrics): MetricSet {
  return { rmse: m.rmse, mae: m.mae, mape: m.mape, smape: m.smape, mase: m.mase, me: m.me, mpe: m.mpe, mapeSkipped: m.mapeSkipped };
}

/** Every test-window metric of a forecast, MASE scaled by the seasonal naive on `history`. */
export function testMetrics(actual: readonly number[], forecast: readonly number[], history: readonly number[]): MetricSet {
  return metricSetOf(accuracy(actual, forecast, history, SEASON));
}

/** 0 = Sunday … 6 = Saturday, of an ISO date (the series' week-ending weekday). */
export function weekdayOf(isoDay: string): number {
  const day = parseDay(isoDay);
  if (day === undefined) throw new Error(`weekdayOf: ${isoDay} is not a date`);
  // Day 0 of parseDay is 1970-01-01, a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

export interface DraftInput {
  product: { id: string; title: string; series: WeeklySeries };
  /** The weeks before the test window that the metrics are scaled on and the baselines forecast from. */
  history: readonly number[];
  /** The model was fitted on series weeks [fittedFrom, testStart); the test window starts at `testStart`. */
  fittedFrom: number;
  testStart: number;
  test: readonly number[];
  forecast: EngineForecast;
  spec: ModelSpec;
  engine: EngineName;
  fitted: FittedModel;
  config: Record<string, unknown>;
  study: ModelVersionDraft['study'];
  fitMs: number;
  /** The search time a later reuse saves. */
  searchMs: number;
  createdAt: Date;
  appVersion: string;
  units?: string;
}

export async function versionDraft(input: DraftInput): Promise<ModelVersionDraft> {
  const { product, history, test, testStart } = input;
  const { series } = product;
  const { mean, se } = input.forecast;
  return {
    productId: product.id,
    productTitle: product.title,
    family: input.spec.family,
    spec: input.spec,
    engine: input.engine,
    fitted: input.fitted,
    data: await trainingDataOf(product.id, series, testStart, input.fittedFrom),
    evaluation: {
      validation: null,
      test: testMetrics(test, mean, history),
      testWindow: weekRange(series.start, testStart, test.length),
      baselines: BASELINES.map((name) => ({ name, metrics: testMetrics(test, baselineForecast(name, history, test.length, SEASON).mean, history) })),
    },
    forecast: forecastTable(series.start, testStart, mean, se),
    config: input.config,
    study: input.study,
    fitMs: input.fitMs,
    searchMs: input.searchMs,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    io: { frequency: 'weekly', weekEndingDay: weekdayOf(series.start), horizon: test.length, units: input.units ?? 'units sold' },
    provenance: { kind: 'trained' },
  };
}

export interface LabFitInput {
  product: ProductSeries;
  forecast: HoldoutForecast;
  appVersion: string;
  createdAt: Date;
  /** The configuration the fit ran under; the lab's manual fit uses the default profile's. */
  config?: Record<string, unknown>;
  units?: string;
}

/**
 * The draft for a holdout fit: fitted on `trainLength` weeks from `trainStart`, tested on the rest. There was
 * no search, so the search time a later reuse would save is the fit time, and there is no study.
 */
export function draftFromHoldout(input: LabFitInput): Promise<ModelVersionDraft> {
  const { product, forecast } = input;
  const testStart = holdoutStartOf(forecast);
  const fittedFrom = forecast.trainStart ?? 0;
  return versionDraft({
    product,
    history: product.series.values.slice(fittedFrom, testStart),
    fittedFrom,
    testStart,
    test: forecast.actual,
    forecast,
    spec: forecast.spec,
    engine: forecast.engine,
    // Residuals are summarised by the holdout's Ljung–Box test and not kept; the rest is the fit.
    fitted: { ...forecast.model, residuals: [] },
    config: input.config ?? { ...profileConfig('development'), engine: forecast.engine, test_weeks: forecast.actual.length, source: 'lab-manual-fit' },
    study: null,
    fitMs: forecast.fitMs,
    searchMs: forecast.fitMs,
    createdAt: input.createdAt,
    appVersion: input.appVersion,
    ...(input.units === undefined ? {} : { units: input.units }),
  });
}
