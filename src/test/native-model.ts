// Test fixtures: a registry version fitted by the native engine, as training records it — the
// backtest fitted on all but the test weeks, and the future forecast refitted on every week.
import type { WeeklySeries } from '../core/data/types';
import { forecastTable } from '../core/registry/forecast-table';
import { nativeEngine } from '../core/model/native';
import type { ArimaSpec } from '../core/model/spec';
import { futureForecast } from '../core/registry/future-forecast';
import type { ModelVersion } from '../core/registry/registry-types';
import { modelVersion } from './model-version';

const TEST_WEEKS = 8;

function fit(values: readonly number[], spec: ArimaSpec, horizon: number) {
  const r = nativeEngine.fit(values, spec, horizon);
  if (!r.ok) throw new Error(`fixture fit failed: ${r.error.message}`);
  return r.value;
}

/** A native ARIMA version of `series` with its backtest and a `horizon`-week future forecast. */
export async function nativeModelVersion(series: WeeklySeries, spec: ArimaSpec, horizon = 52, overrides: Partial<ModelVersion> = {}): Promise<ModelVersion> {
  const weeks = series.values.length;
  const backtest = fit(series.values.slice(0, weeks - TEST_WEEKS), spec, TEST_WEEKS);
  const ahead = fit(series.values, spec, horizon);
  const future = futureForecast({
    series,
    fittedFrom: 0,
    mean: ahead.forecast.mean,
    se: ahead.forecast.se,
    model: ahead.model,
    createdAt: new Date('2026-12-01T00:00:00Z'),
  });
  const base = await modelVersion(series, overrides);
  return {
    ...base,
    family: spec.family,
    spec,
    engine: 'native',
    fitted: backtest.model,
    forecast: forecastTable(series.start, weeks - TEST_WEEKS, backtest.forecast.mean, backtest.forecast.se),
    future,
    ...overrides,
  };
}

/** 80 weeks of unit sales falling towards zero: its future forecast goes below zero and is truncated. */
export function fallingSeries(n = 80): WeeklySeries {
  return { start: '2022-01-01', values: Array.from({ length: n }, (_, i) => Math.max(0, Math.round(90 - 1.1 * i + 6 * Math.sin(i / 3) + ((i * 37) % 7)))) };
}
