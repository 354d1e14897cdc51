// New weeks move the forecast (Node, native engine, through the real training run and repositories
// over fake-indexeddb): tuna + Walmart trained under the production profile on every series without
// its last real week; then the real last week appended and the champions kept and refitted (no
// search) against a forced retraining of the same data, measured in the same run → bench/results/refit.json.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { it } from 'vitest';
import { nativeEngine } from '../src/core/model/native';
import type { StudyConfig } from '../src/core/config/config';
import { resolveConfig } from '../src/core/config/resolve';
import { weekEndingAt } from '../src/core/registry/training-data';
import { localFitter } from '../src/core/pipeline/train-fitter';
import type { TrainPorts, TrainProduct } from '../src/core/pipeline/train-ports';
import { trainRun } from '../src/core/pipeline/train-run';
import { openShelfcastDb } from '../src/storage/db';
import { DecisionRepository } from '../src/storage/decision-repository';
import { RegistryRepository } from '../src/storage/registry-repository';
import { RunRepository } from '../src/storage/run-repository';
import { StudyRepository } from '../src/storage/study-repository';
import { median, tunaPanel, walmartPanel } from './native-panels';

const START = '2010-01-02';
const production = (extra: Partial<StudyConfig> = {}) =>
  resolveConfig({ url: { profile: 'production', engine: 'native', search_space: { engines: ['native'] }, ...extra } });

it('refitting the champions on an appended week against retraining them', async () => {
  const loadBefore = loadavg();
  const limit = Number(process.env.REFIT_BENCH_LIMIT ?? Infinity);
  const panel = [...walmartPanel().slice(0, limit), ...tunaPanel().slice(0, limit)];
  const full: TrainProduct[] = panel.map((p) => ({ id: p.id, title: p.id, series: { start: START, values: p.y } }));
  const withoutLast = full.map((p) => ({ ...p, series: { ...p.series, values: p.series.values.slice(0, -1) } }));
  const db = await openShelfcastDb('bench-refit');
  const repos = { registry: new RegistryRepository(db), studies: new StudyRepository(db), runs: new RunRepository(db), decisions: new DecisionRepository(db) };
  const ports: TrainPorts = { ...repos, fitter: localFitter({ native: nativeEngine }, () => performance.now()) };
  const run = async (id: string, products: TrainProduct[], resolved = production()) => {
    const t0 = performance.now();
    const record = await trainRun(
      { runId: id, datasetId: 'bench-refit', products, resolved, concurrency: 1, appVersion: 'bench', clock: () => performance.now() },
      ports,
    );
    return { record, wallMs: performance.now() - t0 };
  };

  const a = await run('a-first', withoutLast);
  console.log(
    `(a) first run, production profile: ${a.record.products.filter((p) => p.decision === 'retrain').length}/${full.length} trained in ${(a.wallMs / 1000).toFixed(1)} s`,
  );
  const studyKeys = a.record.products.map((p) => p.studyKey).filter((k): k is string => !!k);
  const trialsOf = async () => (await Promise.all(studyKeys.map((k) => repos.studies.listTrials(k)))).reduce((s, t) => s + t.length, 0);
  const trialsBefore = await trialsOf();
  const before = new Map((await repos.registry.listChampions()).map((m) => [m.productId, m]));

  // (b) The real last week appended; production's knobs, with the 5 % judge on new weeks off so every champion is kept.
  const b = await run('b-refit', full, production({ performance_threshold: null }));
  const trialsAfter = await trialsOf();
  const after = new Map((await repos.registry.listChampions()).map((m) => [m.productId, m]));
  const steps = (await repos.runs.get('b-refit'))!.steps.filter((s) => s.step === 'refit');
  const moved = full.filter(
    (p) =>
      after.get(p.id)?.future?.table.weekEnding[0] === weekEndingAt(START, p.series.values.length) &&
      before.get(p.id)?.future?.table.weekEnding[0] === weekEndingAt(START, p.series.values.length - 1),
  );
  const refitMs = steps.map((s) => s.ms);
  console.log(
    `(b) week appended: ${b.record.products.filter((p) => p.refit).length} refitted, ${moved.length} forecasts moved one week, ${trialsAfter - trialsBefore} new trials, ${(b.wallMs / 1000).toFixed(2)} s (refit median ${median(refitMs).toFixed(0)} ms, max ${Math.max(...refitMs).toFixed(0)} ms)`,
  );

  // (c) The same data, retraining forced: what the refit avoided.
  const c = await run('c-forced', full, production({ force_retrain: true }));
  console.log(
    `(c) forced retraining of the same data: ${(c.wallMs / 1000).toFixed(1)} s; refit took ${((100 * b.wallMs) / c.wallMs).toFixed(2)}% of it (×${(c.wallMs / b.wallMs).toFixed(0)} faster)`,
  );
  const loadAfter = loadavg();

  const out = {
    machine: { cores: cpus().length, loadavgBefore: loadBefore, loadavgAfter: loadAfter, note: 'shared 2-core machine; other work was running' },
    engine: 'native',
    profile: 'production (concurrency 1); (b) with performance_threshold null so every champion is kept',
    products: full.length,
    a: {
      trained: a.record.products.filter((p) => p.decision === 'retrain').length,
      failed: a.record.products.filter((p) => p.decision === 'failed').length,
      wallMs: Math.round(a.wallMs),
    },
    b: {
      decisions: b.record.products.reduce<Record<string, number>>(
        (acc, p) => ((acc[`${p.decision}${p.refit ? '+refit' : ''}:${p.reason}`] = (acc[`${p.decision}${p.refit ? '+refit' : ''}:${p.reason}`] ?? 0) + 1), acc),
        {},
      ),
      refitted: b.record.products.filter((p) => p.refit).length,
      forecastsMovedOneWeek: moved.length,
      newTrials: trialsAfter - trialsBefore,
      wallMs: Math.round(b.wallMs),
      refitStepMs: { median: Math.round(median(refitMs)), max: Math.round(Math.max(...refitMs)), total: Math.round(refitMs.reduce((s, x) => s + x, 0)) },
    },
    c: { retrained: c.record.products.filter((p) => p.decision === 'retrain').length, wallMs: Math.round(c.wallMs) },
    refitOverForced: b.wallMs / c.wallMs,
  };
  writeFileSync('bench/results/refit.json', `${JSON.stringify(out, null, 2)}\n`);
}, 3_600_000);
