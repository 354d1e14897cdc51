// Monitoring over the decision log and the registry: filters on the log, totals per run, each
// product's champion error over time, and the products whose error grew beyond a threshold.
import { summarizeDecisions, type DecisionOutcome, type DecisionRecord, type DecisionTotals } from '../policy/decision-log';
import type { ChampionEvent, ModelVersion } from '../policy/registry-types';

export interface DecisionFilter {
  outcome: DecisionOutcome | 'all';
  /** A reason kind (see `reasonKind`), or '' for all. */
  reason: string;
  /** Substring of the product id, or ''. */
  product: string;
}

/** The reason without its numbers: "model_too_old_45_days" → "model_too_old". */
export function reasonKind(reason: string): string {
  return reason.replace(/_-?[\d.]+%?(_days)?$/, '').replace(/_inf%$/, '');
}

export function filterDecisions(records: readonly DecisionRecord[], f: DecisionFilter): DecisionRecord[] {
  const product = f.product.trim().toLowerCase();
  return records.filter((r) => (f.outcome === 'all' || r.outcome === f.outcome) && (!f.reason || reasonKind(r.reason) === f.reason) && (!product || r.productId.toLowerCase().includes(product)));
}

/** Decision totals per run id (null: decisions made outside a recorded run), newest run first. */
export function totalsPerRun(records: readonly DecisionRecord[]): { runId: string | null; at: string; totals: DecisionTotals }[] {
  const by = new Map<string | null, DecisionRecord[]>();
  for (const r of records) {
    const list = by.get(r.runId);
    if (list) list.push(r);
    else by.set(r.runId, [r]);
  }
  return [...by].map(([runId, list]) => ({ runId, at: list.reduce((m, r) => (r.at > m ? r.at : m), ''), totals: summarizeDecisions(list) })).sort((a, b) => b.at.localeCompare(a.at));
}

export interface ChampionPoint {
  at: string;
  version: number;
  testRmse: number | null;
  testWindowEnd: string | null;
}

/** Each time a version became champion, its test error (null when retention deleted the version). */
export function performanceHistory(events: readonly ChampionEvent[], versions: readonly ModelVersion[]): ChampionPoint[] {
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  return events
    .filter((e) => e.kind !== 'challenger-lost' && e.to !== null)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => {
      const v = byNumber.get(e.to!);
      return { at: e.at, version: e.to!, testRmse: v ? v.evaluation.test.rmse : typeof e.numbers.challengerRmse === 'number' ? e.numbers.challengerRmse : null, testWindowEnd: v?.evaluation.testWindow.end ?? null };
    });
}

export interface ErrorGrowth {
  productId: string;
  /** Relative growth (0.2 = +20 %; Infinity from a zero error). */
  growth: number;
  from: number;
  to: number;
  /** Where it was seen: the champion scored on newer weeks, or a later champion's test error. */
  source: 'recent-weeks' | 'champion-history';
}

/**
 * Products whose error grew by more than `threshold`: the latest decision that scored the champion
 * on new weeks (recentRmse vs recordedRmse), else the last two champions' test errors.
 */
export function errorGrowth(decisions: readonly DecisionRecord[], histories: ReadonlyMap<string, ChampionPoint[]>, threshold: number): ErrorGrowth[] {
  const latest = new Map<string, DecisionRecord>();
  for (const d of decisions) if (typeof d.numbers.recentRmse === 'number' && (!latest.has(d.productId) || d.at > latest.get(d.productId)!.at)) latest.set(d.productId, d);
  const out = new Map<string, ErrorGrowth>();
  const growthOf = (from: number, to: number) => (from > 0 ? (to - from) / from : to > 0 ? Infinity : 0);
  for (const [productId, d] of latest) {
    const from = d.numbers.recordedRmse, to = d.numbers.recentRmse;
    if (typeof from === 'number' && typeof to === 'number') out.set(productId, { productId, growth: growthOf(from, to), from, to, source: 'recent-weeks' });
  }
  for (const [productId, points] of histories) {
    if (out.has(productId)) continue;
    const known = points.filter((p): p is ChampionPoint & { testRmse: number } => p.testRmse !== null);
    if (known.length < 2) continue;
    const [a, b] = [known[known.length - 2]!, known[known.length - 1]!];
    out.set(productId, { productId, growth: growthOf(a.testRmse, b.testRmse), from: a.testRmse, to: b.testRmse, source: 'champion-history' });
  }
  return [...out.values()].filter((g) => g.growth > threshold).sort((a, b) => b.growth - a.growth || a.productId.localeCompare(b.productId));
}
