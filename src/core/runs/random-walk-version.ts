// A registry version for ARIMA(0,1,0) — the random walk, whose forecast is the last week repeated —
// evaluated honestly on the series' last test weeks. Cheap enough to build a 500-product history
// on the main thread for development and the end-to-end tests of the history views.
import { formatDay, parseDay } from '../data/dates';
import { baselineForecast } from '../model/baselines';
import { predictionBands } from '../model/intervals';
import { accuracy } from '../model/metrics';
import { WEEKS_PER_YEAR } from '../model/spec';
import type { ForecastTable, MetricSet, ModelVersionDraft, WeekRange } from '../registry/registry-types';
import { seriesDigest } from '../data/series-digest';

export interface NamedSeries {
  id: string;
  title: string;
  start: string;
  values: number[];
}

const weekEnding = (start: string, i: number) => formatDay(parseDay(start)! + 7 * i);
const range = (start: string, from: number, weeks: number): WeekRange => ({ start: weekEnding(start, from), end: weekEnding(start, from + weeks - 1), weeks });

function table(start: string, from: number, train: number[], horizon: number): ForecastTable {
  const f = baselineForecast('naive', train, horizon, WEEKS_PER_YEAR);
  return { weekEnding: f.mean.map((_, h) => weekEnding(start, from + h)), mean: f.mean, ...predictionBands(f.mean, f.se) };
}

const metricSet = (actual: number[], forecast: number[], train: number[]): MetricSet => {
  const a = accuracy(actual, forecast, train, WEEKS_PER_YEAR);
  return { rmse: a.rmse, mae: a.mae, mape: a.mape, smape: a.smape, mase: a.mase, me: a.me, mpe: a.mpe, mapeSkipped: a.mapeSkipped };
};

/** The version built from the first `weeks` weeks of `s`, its last `test` weeks held out. Null if too short. */
export async function randomWalkVersion(
  s: NamedSeries,
  weeks: number,
  test: number,
  weekEndingDay: number,
  createdAt: Date,
  searchMs = 0,
): Promise<ModelVersionDraft | null> {
  const values = s.values.slice(0, weeks);
  const fitted = weeks - test;
  if (fitted < 3 || test < 1) return null;
  const train = values.slice(0, fitted);
  const holdout = table(s.start, fitted, train, test);
  const evaluation = {
    validation: null,
    test: metricSet(values.slice(fitted), holdout.mean, train),
    testWindow: range(s.start, fitted, test),
    baselines: [{ name: 'mean', metrics: metricSet(values.slice(fitted), baselineForecast('mean', train, test, WEEKS_PER_YEAR).mean, train) }],
  };
  return {
    productId: s.id,
    productTitle: s.title,
    family: 'arima',
    spec: { family: 'arima', order: { p: 0, d: 1, q: 0 } },
    engine: 'native',
    fitted: null,
    data: { ...range(s.start, 0, weeks), digest: await seriesDigest({ id: s.id, start: s.start, values }), fitted: range(s.start, 0, fitted) },
    evaluation,
    forecast: table(s.start, weeks, values, test),
    config: { family: 'arima', order: '0,1,0', test },
    study: null,
    fitMs: 0,
    searchMs,
    createdAt: createdAt.toISOString(),
    appVersion: '0.1.0',
    io: { frequency: 'weekly', weekEndingDay, horizon: test, units: 'units sold' },
    provenance: { kind: 'trained' },
  };
}
