// A run: one "import" or "train" of the lab, recorded as MLflow records a run and ZenML a pipeline
// run: its configuration and where each value came from, its steps with the artifacts they read
// and wrote, and per-product results. Plain data; stored in IndexedDB and compared across runs.

export type RunKind = 'import' | 'train';
export type RunStatus = 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted';
/** ran / cached / failed as the pipeline reports; skipped-by-policy when retraining was not needed. */
export type RunStepStatus = 'ran' | 'cached' | 'failed' | 'not-run' | 'skipped-by-policy';

export interface RunStepRecord {
  step: string;
  status: RunStepStatus;
  ms: number;
  /** Artifact digests (or artifact keys) read and written: the run's lineage edges. */
  inputs: string[];
  outputs: string[];
  /** Set for per-product steps (decide, search, register). */
  productId?: string;
  message?: string;
}

export interface RunProductResult {
  productId: string;
  decision: 'retrain' | 'reuse' | 'failed';
  reason: string;
  /** A reuse whose champion was refitted on appended weeks (its forecast of the weeks ahead moved; no search). */
  refit?: boolean;
  studyKey?: string;
  /** Registry version created by this run, if any, and whether it became champion. */
  modelVersion?: number;
  championChanged?: boolean;
  /** Test-window metrics (rmse, mae, mase, …) of the version this run registered, or of the champion it reused. */
  metrics?: Record<string, number | null>;
  /** The weeks those metrics were measured on: metrics of two runs compare only on the same weeks. */
  testWindow?: { start: string; end: string };
  trainingMs: number;
  /** Estimated training time saved by reusing the champion (its last search time). */
  savedMs: number;
}

export interface RunRecord {
  id: string;
  name: string;
  /** Runs are grouped by experiment; default: one experiment per dataset. */
  experiment: string;
  kind: RunKind;
  datasetId: string;
  config: Record<string, unknown>;
  /** Where each configuration value came from (profile, json, url, panel). */
  configSources: Record<string, string>;
  startedAt: string;
  endedAt: string | null;
  status: RunStatus;
  steps: RunStepRecord[];
  products: RunProductResult[];
  recordVersion: 1;
}

/** What a run is known by before it does any work. */
export type RunStart = Pick<RunRecord, 'id' | 'name' | 'experiment' | 'kind' | 'datasetId' | 'config' | 'configSources'> & { startedAt: Date };

/** The record written before a run does any work: running, no steps or products yet. Every run starts here. */
export function newRunRecord(start: RunStart): RunRecord {
  return { ...start, startedAt: start.startedAt.toISOString(), endedAt: null, status: 'running', steps: [], products: [], recordVersion: 1 };
}

/** Totals a run's products: what the monitoring view and run comparison show (`refit` counts reuses refitted on new weeks). */
export function runTotals(run: Pick<RunRecord, 'products'>): {
  reused: number;
  refit: number;
  retrained: number;
  failed: number;
  savedMs: number;
  trainingMs: number;
} {
  const totals = { reused: 0, refit: 0, retrained: 0, failed: 0, savedMs: 0, trainingMs: 0 };
  for (const p of run.products) {
    if (p.decision === 'reuse') {
      totals.reused++;
      if (p.refit) totals.refit++;
    } else if (p.decision === 'retrain') totals.retrained++;
    else totals.failed++;
    totals.savedMs += p.savedMs;
    totals.trainingMs += p.trainingMs;
  }
  return totals;
}
