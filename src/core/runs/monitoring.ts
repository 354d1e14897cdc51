// Monitoring over the decision log and the registry: filters on the log, totals per run, each
// product's champion error over time, and the products whose error grew beyond a threshold.
import { summarizeDecisions, type DecisionOutcome, type DecisionRecord, type DecisionTotals } from '../registry/decision-log';
import type { ChampionEvent, ModelVersion } from '../registry/registry-types';

export interface DecisionFilter {
  outcome: DecisionOutcome | 'all';
  /** A reason kind (see `reasonKind`), or '' for all. */
  reason: string;
  /** The product picked (its id, any case), or '' for all: "P1" is not "P10" (finding is the picker's job). */
  product: string;
}

/** The reason without its numbers: "model_too_old_45_days" → "model_too_old". */
export function reasonKind(reason: string): string {
  return reason.replace(/_-?[\d.]+%?(_days)?$/, '').replace(/_inf%$/, '');
}

export function filterDecisions(records: readonly DecisionRecord[], f: DecisionFilter): DecisionRecord[] {
  const product = f.product.trim().toLowerCase();
  return records.filter(
    (r) =>
      (f.outcome === 'all' || r.outcome === f.outcome) &&
      (!f.reason || reasonKind(r.reason) === f.reason) &&
      (!product || r.productId.toLowerCase() === product),
  );
}

/** Decision totals per run id (null: decisions made outside a recorded run), newest run first. */
export function totalsPerRun(records: readonly DecisionRecord[]): { runId: string | null; at: string; totals: DecisionTotals }[] {
  const by = new Map<string | null, DecisionRecord[]>();
  for (const r of records) {
    const list = by.get(r.runId);
    if (list) list.push(r);
    else by.set(r.runId, [r]);
  }
  return [...by]
    .map(([runId, list]) => ({ runId, at: list.reduce((m, r) => (r.at > m ? r.at : m), ''), totals: summarizeDecisions(list) }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

export interface ChampionPoint {
  at: string;
  version: number;
  /** The version's error on its own test weeks (null when retention deleted the version). */
  testRmse: number | null;
  testWindow: { start: string; end: string } | null;
  /**
   * How it compared with the champion it replaced on the same weeks (the challenger's test window),
   * as the registry judged it; null for a first champion, a rollback, or an event that stated no window.
   */
  versus: SameWeeksComparison | null;
}

export interface SameWeeksComparison {
  window: { start: string; end: string };
  previousVersion: number;
  previousRmse: number;
  rmse: number;
  /** (rmse − previousRmse) / previousRmse: negative is better, as the arrow shows. */
  change: number;
}

/** The champion event's comparison on one stated window, when it made one. */
export function sameWeeksComparison(e: ChampionEvent): SameWeeksComparison | null {
  const { championRmse, challengerRmse, windowStart, windowEnd } = e.numbers;
  if (
    typeof championRmse !== 'number' ||
    typeof challengerRmse !== 'number' ||
    typeof windowStart !== 'string' ||
    typeof windowEnd !== 'string' ||
    e.from === null
  )
    return null;
  const change = championRmse > 0 ? (challengerRmse - championRmse) / championRmse : 0;
  return { window: { start: windowStart, end: windowEnd }, previousVersion: e.from, previousRmse: championRmse, rmse: challengerRmse, change };
}

/** Each time a version became champion: its own test error and weeks, and the same-weeks comparison that made it champion. */
export function performanceHistory(events: readonly ChampionEvent[], versions: readonly ModelVersion[]): ChampionPoint[] {
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  return events
    .filter((e) => e.kind !== 'challenger-lost' && e.to !== null)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => {
      const v = byNumber.get(e.to!);
      const window = v ? { start: v.evaluation.testWindow.start, end: v.evaluation.testWindow.end } : null;
      return {
        at: e.at,
        version: e.to!,
        testRmse: v ? v.evaluation.test.rmse : typeof e.numbers.challengerRmse === 'number' ? e.numbers.challengerRmse : null,
        testWindow: window,
        versus: e.kind === 'promoted' ? sameWeeksComparison(e) : null,
      };
    });
}

export interface ErrorGrowth {
  productId: string;
  /** Relative growth (0.2 = +20 %; Infinity from a zero error). */
  growth: number;
  from: number;
  to: number;
  /** The champion scored on weeks after its data, against its recorded test error. */
  source: 'recent-weeks';
}

/**
 * Products whose error grew by more than `threshold`: the latest decision that scored the champion
 * on new weeks (recentRmse vs recordedRmse). Successive champions' test errors are not compared:
 * they were measured on different weeks.
 */
export function errorGrowth(decisions: readonly DecisionRecord[], threshold: number): ErrorGrowth[] {
  const latest = new Map<string, DecisionRecord>();
  for (const d of decisions)
    if (typeof d.numbers.recentRmse === 'number' && (!latest.has(d.productId) || d.at > latest.get(d.productId)!.at)) latest.set(d.productId, d);
  const out: ErrorGrowth[] = [];
  const growthOf = (from: number, to: number) => (from > 0 ? (to - from) / from : to > 0 ? Infinity : 0);
  for (const [productId, d] of latest) {
    const from = d.numbers.recordedRmse,
      to = d.numbers.recentRmse;
    if (typeof from === 'number' && typeof to === 'number') out.push({ productId, growth: growthOf(from, to), from, to, source: 'recent-weeks' });
  }
  return out.filter((g) => g.growth > threshold).sort((a, b) => b.growth - a.growth || a.productId.localeCompare(b.productId));
}

/** For each version that was judged as a challenger: how it compared with the champion on its test weeks. */
export function judgedOnSameWeeks(events: readonly ChampionEvent[]): Map<number, SameWeeksComparison> {
  const out = new Map<number, SameWeeksComparison>();
  for (const e of events) {
    if ((e.kind !== 'promoted' && e.kind !== 'challenger-lost') || e.challenger === null) continue;
    const c = sameWeeksComparison(e);
    if (c) out.set(e.challenger, c);
  }
  return out;
}

/** "on 2024-01-06 – 2024-03-30: RMSE 197.56 against v1's 207.10, ▼ 4.6% lower (better)": arrow and words from one sign. */
export function sameWeeksText(c: SameWeeksComparison): string {
  const pct = `${Math.abs(c.change * 100).toFixed(1)}%`;
  const verdict = c.change < 0 ? `▼ ${pct} lower (better)` : c.change > 0 ? `▲ ${pct} higher (worse)` : 'the same';
  return `on ${c.window.start} – ${c.window.end}: RMSE ${c.rmse.toFixed(2)} against v${c.previousVersion}'s ${c.previousRmse.toFixed(2)}, ${verdict}`;
}
