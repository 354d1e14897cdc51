// M4 scoring for the choice bench: each method's 13-week forecasts against the held-out weeks with
// M4's sMAPE, lag-1 MASE and OWA (Naive2 = naive), interval coverage, the lab's blow-ups, chosen
// specs and seconds per series by history length.
import { coverage, maseM4, owa, smapeM4 } from '../src/core/model/m4-metrics';
import { splitHeldOut, type BenchSeries } from './choice-data';
import type { LabRow } from './choice-lab';
import type { RForecasts, RMethod } from './choice-r';
import { median } from './native-panels';

export type M4Method = 'lab' | 'naive' | 'snaive' | RMethod;
interface Bands {
  lower80: number[] | null;
  upper80: number[] | null;
  lower95: number[] | null;
  upper95: number[] | null;
}
interface Score {
  smape: number;
  mase: number;
  coverage80: number | null;
  coverage95: number | null;
}
export interface M4SeriesScore {
  id: string;
  weeks: number;
  labSpec: string | null;
  scores: Partial<Record<M4Method, Score>>;
}

const BUCKETS: [string, number, number][] = [
  ['<300', 0, 300],
  ['300-800', 300, 800],
  ['800-1600', 800, 1600],
  ['>1600', 1600, Infinity],
];
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const countBy = <T>(xs: readonly T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});

function naiveForecasts(history: readonly number[], h: number): { naive: number[]; snaive: number[] } {
  const last = history[history.length - 1]!;
  const n = history.length;
  return {
    naive: Array<number>(h).fill(last),
    snaive: n >= 52 ? Array.from({ length: h }, (_, i) => history[n - 52 + (i % 52)]!) : Array<number>(h).fill(last),
  };
}

function score(test: number[], history: number[], mean: number[], bands?: Bands): Score | null {
  if (mean.length !== test.length || mean.some((x) => !Number.isFinite(x))) return null;
  const mase = maseM4(test, mean, history);
  if (mase === null) return null;
  const cov = (lo: number[] | null | undefined, hi: number[] | null | undefined) =>
    lo?.length === test.length && hi?.length === test.length ? coverage(test, lo, hi) : null;
  return { smape: smapeM4(test, mean), mase, coverage80: cov(bands?.lower80, bands?.upper80), coverage95: cov(bands?.lower95, bands?.upper95) };
}

/** Per series: every method's score where it has a forecast. */
export function scoreM4(series: readonly BenchSeries[], lab: readonly LabRow[], r: RForecasts | null): M4SeriesScore[] {
  return series.map((s) => {
    const { history, test } = splitHeldOut(s);
    const row = lab.find((x) => x.id === s.id);
    const base = naiveForecasts(history, s.horizon);
    const scores: Partial<Record<M4Method, Score>> = {};
    const put = (m: M4Method, sc: Score | null) => {
      if (sc) scores[m] = sc;
    };
    put('lab', row?.forecast ? score(test, history, row.forecast.mean, row.forecast) : null);
    put('naive', score(test, history, base.naive));
    put('snaive', score(test, history, base.snaive));
    for (const [m, fc] of Object.entries(r?.get(s.id) ?? {})) put(m as RMethod, score(test, history, fc.mean, fc));
    return { id: s.id, weeks: history.length, labSpec: row?.specText ?? null, scores };
  });
}

/** Means, medians, OWA against naive and coverage over `rows`, every method on the same series. */
export function summariseM4(rows: readonly M4SeriesScore[], methods: readonly M4Method[]) {
  const naive = { smape: mean(rows.map((r) => r.scores.naive!.smape)), mase: mean(rows.map((r) => r.scores.naive!.mase)) };
  return Object.fromEntries(
    methods.map((m) => {
      const s = rows.map((r) => r.scores[m]!);
      const cov = (k: 'coverage80' | 'coverage95') => (s.every((x) => x[k] !== null) ? mean(s.map((x) => x[k]!)) : null);
      const set = { smape: mean(s.map((x) => x.smape)), mase: mean(s.map((x) => x.mase)) };
      return [
        m,
        {
          series: s.length,
          meanSmape: set.smape,
          medianSmape: median(s.map((x) => x.smape)),
          meanMase: set.mase,
          medianMase: median(s.map((x) => x.mase)),
          owa: owa(set, naive),
          coverage80: cov('coverage80'),
          coverage95: cov('coverage95'),
        },
      ];
    }),
  );
}

/** The whole M4 section: summaries (lab series only; all series with lab failures as naive), blow-ups, specs, seconds. */
export function m4Report(series: readonly BenchSeries[], allLab: readonly LabRow[], r: RForecasts | null) {
  const lab = allLab.filter((x) => x.set === 'm4');
  const perSeries = scoreM4(series, lab, r);
  const rMethods = (['arima', 'ets', 'theta'] as const).filter((m) => perSeries.some((p) => p.scores[m]));
  const methods: M4Method[] = ['lab', 'naive', 'snaive', ...rMethods];
  const common = perSeries.filter((p) => methods.every((m) => p.scores[m]));
  const withFallback = perSeries
    .map((p) => ({ ...p, scores: { ...p.scores, lab: p.scores.lab ?? p.scores.naive } }))
    .filter((p) => methods.every((m) => p.scores[m]));
  const ok = lab.filter((x) => x.forecast);
  const blowUps = perSeries
    .filter((p) => p.scores.lab && p.scores.lab.mase > 3 * p.scores.naive!.mase)
    .map((p) => ({ id: p.id, weeks: p.weeks, spec: p.labSpec, labMase: p.scores.lab!.mase, naiveMase: p.scores.naive!.mase }));
  const seconds = Object.fromEntries(
    BUCKETS.map(([name, lo, hi]) => {
      const inBucket = (w: number) => w >= lo && w < hi;
      const labS = ok.filter((x) => inBucket(x.weeks)).map((x) => x.trainingMs / 1000);
      const rS = Object.fromEntries(
        rMethods.map((m) => [
          m,
          perSeries
            .filter((p) => inBucket(p.weeks))
            .map((p) => r?.get(p.id)?.[m]?.seconds ?? Number.NaN)
            .filter(Number.isFinite),
        ]),
      );
      return [
        name,
        {
          series: labS.length,
          labMeanS: labS.length ? mean(labS) : null,
          labMedianS: labS.length ? median(labS) : null,
          labMaxS: labS.length ? Math.max(...labS) : null,
          ...Object.fromEntries(Object.entries(rS).map(([m, xs]) => [`${m}MeanS`, xs.length ? mean(xs) : null])),
        },
      ];
    }),
  );
  return {
    series: series.length,
    labFailed: lab.filter((x) => !x.forecast).map((x) => ({ id: x.id, weeks: x.weeks, reason: x.reason })),
    onLabSeries: { series: common.length, note: 'every method on the series where the lab registered a forecast', methods: summariseM4(common, methods) },
    allSeriesLabFailuresAsNaive: {
      series: withFallback.length,
      note: "all series; where Train failed the lab's forecast is taken as naive",
      methods: summariseM4(withFallback, methods),
    },
    blowUps: { count: blowUps.length, rule: "lab MASE > 3 x naive's", series: blowUps },
    chosen: {
      dEquals2: ok.filter((x) => x.d === 2).length,
      families: countBy(ok, (x) => x.family ?? 'none'),
      specs: countBy(ok, (x) => x.specText ?? 'none'),
      choiceSources: countBy(ok, (x) => x.choiceSource ?? 'none'),
    },
    secondsPerSeriesByHistoryWeeks: seconds,
    perSeries,
  };
}
