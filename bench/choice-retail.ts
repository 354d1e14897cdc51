// Retail scoring for the choice bench: the lab's registered test metrics against naive and seasonal
// naive on the same 32 weeks (the version's own baselines) and against R's auto.arima and ets.
import { testMetrics } from '../src/core/registry/version-draft';
import { DEFAULT_REGISTRY_POLICY } from '../src/core/registry/retrain-policy';
import { splitHeldOut, type BenchSeries } from './choice-data';
import type { LabRow } from './choice-lab';
import type { RForecasts } from './choice-r';
import { median } from './native-panels';

const MARGIN = DEFAULT_REGISTRY_POLICY.championMargin;
type Pair = { rmse: number; mase: number | null } | null;

/** Per product: RMSE and MASE (seasonal scale, as the registry) of the lab, the baselines and R. */
export function scoreRetail(series: readonly BenchSeries[], lab: readonly LabRow[], r: RForecasts | null) {
  return series.map((s) => {
    const { history, test } = splitHeldOut(s);
    const row = lab.find((x) => x.id === s.id);
    const base = (name: string): Pair => {
      const m = row?.baselines.find((b) => b.name === name)?.metrics;
      return m ? { rmse: m.rmse, mase: m.mase } : null;
    };
    const fromR = (m: 'arima' | 'ets'): Pair => {
      const fc = r?.get(s.id)?.[m];
      if (!fc || fc.mean.length !== test.length) return null;
      const t = testMetrics(test, fc.mean, history);
      return { rmse: t.rmse, mase: t.mase };
    };
    const labPair: Pair = row?.test ? { rmse: row.test.rmse, mase: row.test.mase } : null;
    const championPair: Pair = row?.champion ? { rmse: row.champion.test.rmse, mase: row.champion.test.mase } : null;
    const naive = base('naive'),
      snaive = base('seasonal-naive');
    const bestBaselineRmse = naive && snaive ? Math.min(naive.rmse, snaive.rmse) : null;
    return {
      set: s.set,
      id: s.id,
      weeks: history.length,
      spec: row?.specText ?? null,
      failed: row?.reason ?? null,
      trainingMs: row?.trainingMs ?? null,
      lab: labPair,
      naive,
      snaive,
      arima: fromR('arima'),
      ets: fromR('ets'),
      rSpecs: { arima: r?.get(s.id)?.arima?.spec ?? null, ets: r?.get(s.id)?.ets?.spec ?? null },
      bestBaselineRmse,
      labOverBestBaseline: labPair && bestBaselineRmse ? labPair.rmse / bestBaselineRmse : null,
      // Compared directly, not by the ratio: a best baseline of RMSE 0 (tuna's zero-filled gap) must count.
      beatsBestBaseline: labPair && bestBaselineRmse !== null ? labPair.rmse < bestBaselineRmse : null,
      worseByMargin: labPair && bestBaselineRmse !== null ? labPair.rmse > bestBaselineRmse * (1 + MARGIN) : null,
      champion: row?.champion
        ? {
            spec: row.champion.specText,
            replacedByBaseline: row.champion.replacedByBaseline,
            beatsBestBaseline: championPair && bestBaselineRmse !== null ? championPair.rmse < bestBaselineRmse : null,
            worseByMargin: championPair && bestBaselineRmse !== null ? championPair.rmse > bestBaselineRmse * (1 + MARGIN) : null,
          }
        : null,
    };
  });
}

type RetailRow = ReturnType<typeof scoreRetail>[number];

function versus(rows: readonly RetailRow[], key: 'arima' | 'ets' | 'naive' | 'snaive') {
  const both = rows.filter((x) => x.lab && x[key]);
  const ratios = both.map((x) => x.lab!.rmse / x[key]!.rmse);
  return both.length ? { products: both.length, medianRmseRatio: median(ratios), labBetter: ratios.filter((q) => q < 1).length } : null;
}

/** Share beating the better baseline (target ≥ 70%), products worse than it by more than the registry margin. */
export function retailSummary(rows: readonly RetailRow[]) {
  const scored = rows.filter((x) => x.beatsBestBaseline !== null);
  const beats = scored.filter((x) => x.beatsBestBaseline);
  const worse = scored.filter((x) => x.worseByMargin);
  return {
    products: rows.length,
    labFailed: rows.filter((x) => !x.lab).map((x) => ({ id: x.id, reason: x.failed })),
    champion: {
      note: "the registered champion, after the registry's rule that puts the better baseline in place of a choice worse than it by more than the margin on the test weeks",
      beatsBetterBaseline: rows.filter((x) => x.champion?.beatsBestBaseline).length,
      tiesOrLoses: rows.filter((x) => x.champion && !x.champion.beatsBestBaseline).length,
      worseThanBestBaselineByMargin: rows.filter((x) => x.champion?.worseByMargin).map((x) => x.id),
      replacedByBaseline: rows.filter((x) => x.champion?.replacedByBaseline).map((x) => ({ id: x.id, choice: x.spec, champion: x.champion!.spec })),
    },
    beatsBetterBaseline: {
      products: scored.length,
      count: beats.length,
      share: scored.length ? beats.length / scored.length : null,
      target: 0.7,
      by: 'test RMSE below min(naive, seasonal naive)',
    },
    worseThanBestBaselineByMargin: {
      margin: MARGIN,
      products: worse.map((x) => ({ id: x.id, spec: x.spec, labRmse: x.lab!.rmse, bestBaselineRmse: x.bestBaselineRmse, ratio: x.labOverBestBaseline })),
    },
    medianLabOverBestBaseline: scored.some((x) => x.labOverBestBaseline !== null)
      ? median(scored.flatMap((x) => (x.labOverBestBaseline !== null ? [x.labOverBestBaseline] : [])))
      : null,
    vs: { naive: versus(rows, 'naive'), snaive: versus(rows, 'snaive'), arima: versus(rows, 'arima'), ets: versus(rows, 'ets') },
    meanMase: Object.fromEntries(
      (['lab', 'naive', 'snaive', 'arima', 'ets'] as const).map((k) => {
        const xs = rows.flatMap((x) => (x[k]?.mase != null ? [x[k]!.mase!] : []));
        return [k, xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null];
      }),
    ),
  };
}
