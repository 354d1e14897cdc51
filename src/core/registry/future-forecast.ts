// The forecast a person opens the lab for: the champion's spec refitted on every real week and
// forecast `forecast_weeks` ahead from the week after the last one. Unit sales are never negative:
// for a history without negative weeks, means and interval bounds below zero are set to zero, and
// the record says so (the chart and the CSV repeat it).
import type { FittedModel } from '../model/engine';
import { forecastTable } from './forecast-table';
import type { ForecastTable, FutureForecast } from './registry-types';
import { weekEndingAt, weekRange } from './training-data';

/** The digest of the series a version's future forecast was made from, or null when it has none. */
export function futureDigest(version: { data: { digest: string }; future?: FutureForecast | null }): string | null {
  if (!version.future) return null;
  return version.future.seriesDigest ?? version.data.digest;
}

/** Sets means and bounds below zero to zero; whether anything changed. */
export function truncateAtZero(table: ForecastTable): { table: ForecastTable; truncated: boolean } {
  let truncated = false;
  const clip = (xs: number[]) =>
    xs.map((x) => {
      if (x >= 0) return x;
      truncated = true;
      return 0;
    });
  const out = {
    ...table,
    mean: clip(table.mean),
    lower80: clip(table.lower80),
    upper80: clip(table.upper80),
    lower95: clip(table.lower95),
    upper95: clip(table.upper95),
  };
  return { table: out, truncated };
}

export interface FutureInput {
  series: { start: string; values: readonly number[] };
  /** Where the refit started (long histories use their latest weeks). */
  fittedFrom: number;
  mean: readonly number[];
  se: readonly number[];
  model: FittedModel | null;
  createdAt: Date;
  /** The series' digest, recorded so a later run can tell whether the forecast is current. */
  seriesDigest?: string;
  source?: 'training' | 'refit';
}

/** The future forecast record of a refit on every real week. */
export function futureForecast(input: FutureInput): FutureForecast {
  const { series, fittedFrom } = input;
  const weeks = series.values.length;
  const raw = forecastTable(series.start, weeks, input.mean, input.se);
  const counts = series.values.every((v) => !(v < 0));
  const { table, truncated } = counts ? truncateAtZero(raw) : { table: raw, truncated: false };
  const fitted = input.model ? (({ residuals: _r, ...kept }) => kept)(input.model) : null;
  return {
    origin: weekEndingAt(series.start, weeks - 1),
    table,
    truncatedAtZero: truncated,
    fittedWeeks: weekRange(series.start, fittedFrom, weeks - fittedFrom),
    fitted,
    createdAt: input.createdAt.toISOString(),
    ...(input.seriesDigest ? { seriesDigest: input.seriesDigest } : {}),
    ...(input.source ? { source: input.source } : {}),
  };
}

/** The forecast's number for the week ending on `date`, or null when the forecast does not cover it. */
export function expectedSalesOn(
  future: FutureForecast,
  date: string,
): { mean: number; lower80: number; upper80: number; lower95: number; upper95: number } | null {
  const i = future.table.weekEnding.indexOf(date);
  if (i < 0) return null;
  const t = future.table;
  return { mean: t.mean[i]!, lower80: t.lower80[i]!, upper80: t.upper80[i]!, lower95: t.lower95[i]!, upper95: t.upper95[i]! };
}
