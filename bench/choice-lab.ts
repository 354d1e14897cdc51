// Runs what the Train button runs on a list of series (Node, repositories over fake-indexeddb, as
// bench/study.bench.ts): `trainRun` at the production profile with only test_weeks set, then reads
// each product's registered version. Spec fields are read defensively: selection is being rewritten.
import 'fake-indexeddb/auto';
import { describeSpec, type ModelSpec } from '../src/core/model/spec';
import type { ForecastTable, MetricSet } from '../src/core/registry/registry-types';
import { resolveConfig } from '../src/core/config/resolve';
import { localFitter } from '../src/core/pipeline/train-fitter';
import { trainRun } from '../src/core/pipeline/train-run';
import { nativeEngine } from '../src/core/model/native';
import { arimaEngine } from '../src/engine/arima-engine';
import { openShelfcastDb } from '../src/storage/db';
import { DecisionRepository } from '../src/storage/decision-repository';
import { RegistryRepository } from '../src/storage/registry-repository';
import { RunRepository } from '../src/storage/run-repository';
import { StudyRepository } from '../src/storage/study-repository';
import type { BenchSeries } from './choice-data';

/** One product's outcome: null fields where Train failed. */
export interface LabRow {
  set: string;
  id: string;
  weeks: number;
  decision: string;
  reason: string | null;
  trainingMs: number;
  trials: number;
  choiceSource: string | null;
  family: string | null;
  specText: string | null;
  d: number | null;
  spec: unknown;
  /** The study's choice, scored on the test weeks it never saw (before the registry's baseline rule looks at them). */
  forecast: ForecastTable | null;
  test: MetricSet | null;
  baselines: { name: string; metrics: MetricSet }[];
  /** The registered champion: the choice, or the baseline the registry put in its place on the test weeks. */
  champion: { specText: string; test: MetricSet; replacedByBaseline: boolean } | null;
}

let dbCount = 0;

/** "ARIMA(1,1,1)" where describeSpec knows the family, else the spec's JSON. */
export function specText(spec: unknown): string {
  try {
    return describeSpec(spec as ModelSpec);
  } catch {
    return JSON.stringify(spec);
  }
}

/** `spec.order.d` when the spec has one (ARIMA-like families), else null. */
export function specD(spec: unknown): number | null {
  const d = (spec as { order?: { d?: unknown } } | null)?.order?.d;
  return typeof d === 'number' ? d : null;
}

/** Trains `series` (all with the same horizon) in one run, one product at a time. */
export async function labRun(name: string, series: readonly BenchSeries[]): Promise<LabRow[]> {
  if (series.length === 0) return [];
  const horizon = series[0]!.horizon;
  const db = await openShelfcastDb(`choice-${name}-${process.pid}-${++dbCount}`);
  const registry = new RegistryRepository(db);
  const studies = new StudyRepository(db);
  // Exactly the Train button's configuration: the production profile, the window length only.
  const resolved = resolveConfig({ url: { profile: 'production', test_weeks: horizon } });
  const t0 = performance.now();
  const run = await trainRun(
    {
      runId: `choice-${name}`,
      datasetId: name,
      products: series.map((s) => ({ id: s.id, title: s.id, series: { start: s.start, values: s.values } })),
      resolved,
      concurrency: 1,
      appVersion: 'bench',
      clock: () => performance.now(),
    },
    {
      fitter: localFitter({ native: nativeEngine, wasm: arimaEngine }, () => performance.now()),
      registry,
      studies,
      runs: new RunRepository(db),
      decisions: new DecisionRepository(db),
      onProgress: (p) => {
        if (['done', 'failed'].includes(p.state))
          console.log(`  [${name}] ${p.productId}: ${p.state} after ${p.trialsInStudy} trials (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      },
    },
  );
  const rows: LabRow[] = [];
  for (const r of run.products) {
    const s = series.find((x) => x.id === r.productId)!;
    const study = r.studyKey ? await studies.getStudy(r.studyKey) : undefined;
    const version = r.modelVersion ? await registry.getVersion(r.productId, r.modelVersion) : undefined;
    const replaced = version?.evaluation.replaced;
    const spec: unknown = replaced?.spec ?? version?.spec ?? null;
    rows.push({
      set: s.set,
      id: s.id,
      weeks: s.values.length - horizon,
      decision: r.decision,
      reason: r.decision === 'failed' ? r.reason : null,
      trainingMs: Math.round(r.trainingMs),
      trials: study?.counts.trials ?? 0,
      choiceSource: study?.choice?.source ?? null,
      family: version?.family ?? null,
      specText: version ? specText(spec) : null,
      d: specD(spec),
      spec,
      forecast: replaced ? replaced.forecast : (version?.forecast ?? null),
      test: replaced?.test ?? version?.evaluation.test ?? null,
      baselines: version?.evaluation.baselines ?? [],
      champion: version ? { specText: specText(version.spec), test: version.evaluation.test, replacedByBaseline: replaced !== undefined } : null,
    });
  }
  return rows;
}
