// A registry version from the lab's holdout fit of one product: the record the "Register this model"
// action stores (spec, engine, fitted coefficients/state, data digest and range, metrics, baselines).
import { parseDay } from '../data/dates';
import type { ProductSeries } from '../data/types';
import { forecastTable } from '../exchange/forecast-table';
import { holdoutStartOf, type HoldoutForecast } from '../model/holdout';
import type { AccuracyMetrics } from '../model/metrics';
import { profileConfig } from '../config/profiles';
import type { MetricSet, ModelVersionDraft } from './registry-types';
import { trainingDataOf, weekRange } from './training-data';

/** The engine's accuracy record as the registry's metric set (nothing dropped). */
export function metricSetOf(m: AccuracyMetrics): MetricSet {
  return { rmse: m.rmse, mae: m.mae, mape: m.mape, smape: m.smape, mase: m.mase, me: m.me, mpe: m.mpe, mapeSkipped: m.mapeSkipped };
}

/** 0 = Sunday … 6 = Saturday, of an ISO date (the series' week-ending weekday). */
export function weekdayOf(isoDay: string): number {
  const day = parseDay(isoDay);
  if (day === undefined) throw new Error(`weekdayOf: ${isoDay} is not a date`);
  // Day 0 of parseDay is 1970-01-01, a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
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
export async function draftFromHoldout(input: LabFitInput): Promise<ModelVersionDraft> {
  const { product, forecast } = input;
  const { series } = product;
  const horizon = forecast.actual.length;
  const testStart = holdoutStartOf(forecast);
  const config = input.config ?? { ...profileConfig('development'), engine: forecast.engine, test_weeks: horizon, source: 'lab-manual-fit' };
  return {
    productId: product.id,
    productTitle: product.title,
    family: forecast.spec.family,
    spec: forecast.spec,
    engine: forecast.engine,
    // Residuals are summarised by the holdout's Ljung–Box test and not kept; the rest is the fit.
    fitted: { ...forecast.model, residuals: [] },
    data: await trainingDataOf(product.id, series, testStart, forecast.trainStart ?? 0),
    evaluation: {
      validation: null,
      test: metricSetOf(forecast.metrics),
      testWindow: weekRange(series.start, testStart, horizon),
      baselines: forecast.baselines.map((b) => ({ name: b.name, metrics: metricSetOf(b.metrics) })),
    },
    forecast: forecastTable(series.start, testStart, forecast.mean, forecast.se),
    config,
    study: null,
    fitMs: forecast.fitMs,
    searchMs: forecast.fitMs,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    io: { frequency: 'weekly', weekEndingDay: weekdayOf(series.start), horizon, units: input.units ?? 'units sold' },
    provenance: { kind: 'trained' },
  };
}
