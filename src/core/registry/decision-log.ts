// The decision log: one record per product per run (what was decided, why, the numbers, what came
// of it), and the totals shown above the list, including the training time a reuse saved.
import type { DecisionNumbers, RetrainDecision } from './retrain-decision';

/**
 * What came of a decision: a reuse, a reuse whose champion was refitted on appended weeks (its
 * forecast moved, no search), a retrain that registered a version, or a retrain that failed.
 */
export type DecisionOutcome = 'reused' | 'refit' | 'retrained' | 'failed' | 'pending';

export interface DecisionRecord {
  recordVersion: 1;
  /** Assigned by storage. */
  id?: number;
  productId: string;
  runId: string | null;
  decision: RetrainDecision['decision'];
  reason: string;
  numbers: DecisionNumbers;
  outcome: DecisionOutcome;
  /** For a reuse: the champion's last search time, the estimate of the training this avoided. */
  savedMs: number;
  at: string;
  error?: string;
}

/** A record for a fresh decision; a reuse is final, a retrain waits for its outcome. */
export function decisionRecord(productId: string, d: RetrainDecision, lastSearchMs: number | null, at: Date, runId: string | null = null): DecisionRecord {
  const reused = d.decision === 'reuse';
  return {
    recordVersion: 1,
    productId,
    runId,
    decision: d.decision,
    reason: d.reason,
    numbers: d.numbers,
    outcome: reused ? 'reused' : 'pending',
    savedMs: reused ? Math.max(0, lastSearchMs ?? 0) : 0,
    at: at.toISOString(),
  };
}

/** The same record once its retraining (or a reuse's refit) finished or failed. */
export function withOutcome(record: DecisionRecord, outcome: Exclude<DecisionOutcome, 'pending'>, error?: string): DecisionRecord {
  return error === undefined ? { ...record, outcome } : { ...record, outcome, error };
}

export interface DecisionTotals {
  total: number;
  reused: number;
  /** Reuses whose champion was refitted on appended weeks. */
  refit: number;
  retrained: number;
  failed: number;
  pending: number;
  savedMs: number;
  byReason: Record<string, number>;
}

export function summarizeDecisions(records: readonly DecisionRecord[]): DecisionTotals {
  const totals: DecisionTotals = { total: records.length, reused: 0, refit: 0, retrained: 0, failed: 0, pending: 0, savedMs: 0, byReason: {} };
  for (const r of records) {
    // An unknown outcome (a newer version's record) counts in the total only.
    if (r.outcome in totals) totals[r.outcome] += 1;
    totals.savedMs += r.savedMs;
    totals.byReason[r.reason] = (totals.byReason[r.reason] ?? 0) + 1;
  }
  return totals;
}
