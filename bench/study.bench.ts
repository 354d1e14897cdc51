// Production studies on the real panels (Node, native engine, through the real training run and
// repositories over fake-indexeddb): wall time per product and per panel, trials until the early
// stop, chosen families; the same study with the wasm engine on a few products (ratio, time-capped);
// test-window accuracy of the chosen models against seasonal naive and against R's auto.arima order
// refitted on the same train + validation weeks. Writes bench/results/study.json.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import type { EngineName } from '../src/core/model/engine';
import { nativeEngine } from '../src/core/model/native';
import type { ModelSpec } from '../src/core/model/spec';
import { resolveConfig } from '../src/core/config/resolve';
import { localFitter } from '../src/core/pipeline/train-fitter';
import type { TrainProduct } from '../src/core/pipeline/train-ports';
import { trainRun } from '../src/core/pipeline/train-run';
import { evaluateOnTest, studySplit } from '../src/core/search/objective';
import { windowsOf } from '../src/core/data/windows';
import { testMetrics } from '../src/core/registry/version-draft';
import { arimaEngine } from '../src/engine/arima-engine';
import { openShelfcastDb } from '../src/storage/db';
import { DecisionRepository } from '../src/storage/decision-repository';
import { RegistryRepository } from '../src/storage/registry-repository';
import { RunRepository } from '../src/storage/run-repository';
import { StudyRepository } from '../src/storage/study-repository';
import { median, summary, tunaPanel, walmartPanel, type Panel } from './native-panels';

// Walmart only: on tuna's 398 weeks one wasm SARIMA s = 52 fit takes minutes, and a study's timeout is checked between fits.
const WASM_PRODUCTS = ['walmart-store-01', 'walmart-store-10', 'walmart-store-20'];
const WASM_STUDY_CAP_S = 90;
let dbCount = 0;

async function studyPanel(name: string, panel: Panel[], engine: EngineName, timeoutS?: number) {
  const db = await openShelfcastDb(`bench-${name}-${engine}-${++dbCount}`);
  const registry = new RegistryRepository(db);
  const studies = new StudyRepository(db);
  const runs = new RunRepository(db);
  const resolved = resolveConfig({ url: { profile: 'production', engine, search_space: { engines: [engine] }, ...(timeoutS ? { timeout_s: timeoutS } : {}) } });
  const products: TrainProduct[] = panel.map((p) => ({ id: p.id, title: p.id, series: { start: '2010-01-02', values: p.y } }));
  const t0 = performance.now();
  const run = await trainRun(
    { runId: `${name}-${engine}`, datasetId: name, products, resolved, concurrency: 1, appVersion: 'bench', clock: () => performance.now() },
    {
      fitter: localFitter({ native: nativeEngine, wasm: arimaEngine }, () => performance.now()),
      registry,
      runs,
      studies,
      decisions: new DecisionRepository(db),
      onProgress: (p) => {
        if (['done', 'failed'].includes(p.state))
          console.log(
            `  ${engine} ${p.productId}: ${p.state} after ${p.trialsInStudy} trials (${((performance.now() - t0) / 1000).toFixed(1)} s into the panel)`,
          );
      },
    },
  );
  const wallMs = performance.now() - t0;
  const rows = [];
  for (const r of run.products) {
    const study = r.studyKey ? await studies.getStudy(r.studyKey) : undefined;
    const version = r.modelVersion ? await registry.getVersion(r.productId, r.modelVersion) : undefined;
    const naive = version?.evaluation.baselines.find((b) => b.name === 'seasonal-naive')?.metrics;
    rows.push({
      id: r.productId,
      decision: r.decision,
      reason: r.decision === 'failed' ? r.reason : undefined,
      ms: Math.round(r.trainingMs),
      trials: study?.counts.trials ?? 0,
      failedTrials: study?.counts.failed ?? 0,
      stop: study?.stop?.code ?? null,
      family: version?.family ?? null,
      spec: version?.spec ?? null,
      choice: study?.choice?.source ?? null,
      testRmse: version?.evaluation.test.rmse ?? null,
      testMase: version?.evaluation.test.mase ?? null,
      seasonalNaiveRmse: naive?.rmse ?? null,
    });
  }
  return { wallMs: Math.round(wallMs), rows };
}

interface AutoCase {
  series_id: string;
  variant: string;
  ok: boolean;
  order?: number[];
  seasonal?: number[];
  best_K?: number;
}

/** R's auto.arima (defaults) order, refitted by the native engine on the study's train + validation, scored on its test window. */
function autoArimaOnTest(id: string, y: number[]) {
  const auto = (JSON.parse(readFileSync(new URL('../../shared/fixtures/r-arima/auto.json', import.meta.url), 'utf8')) as { cases: AutoCase[] }).cases;
  const c = auto.find((a) => a.series_id === id && a.variant === 'auto.arima(y) defaults' && a.ok) ?? auto.find((a) => a.series_id === id && a.ok);
  if (!c?.order) return null;
  const [p, d, q] = c.order as [number, number, number];
  const [P, D, Q, s] = (c.seasonal ?? [0, 0, 0, 0]) as [number, number, number, number];
  const spec: ModelSpec = c.best_K
    ? { family: 'fourier', order: { p, d, q }, harmonics: c.best_K, period: 52 }
    : s > 0
      ? { family: 'sarima', order: { p, d, q }, seasonal: { P, D, Q, s } }
      : { family: 'arima', order: { p, d, q } };
  const split = studySplit(y, windowsOf({ test_weeks: 32, validation_weeks: 32, cv_folds: 1, selection: 'original' }));
  if (!split.ok) return null;
  for (const engine of ['native', 'wasm'] as const) {
    const e = evaluateOnTest({ native: nativeEngine, wasm: arimaEngine }, engine, split.value, spec);
    if (e.ok) return { variant: c.variant, spec, engine, testRmse: testMetrics(split.value.test, e.value.fit.forecast.mean, split.value.history).rmse };
  }
  return { variant: c.variant, spec, engine: null, testRmse: null };
}

it('production studies on the real panels', async () => {
  const os = await import('node:os');
  const loadBefore = os.loadavg();
  const limit = Number(process.env.STUDY_BENCH_LIMIT ?? Infinity);
  const panels = { walmart: walmartPanel().slice(0, limit), tuna: tunaPanel().slice(0, limit) };
  const native: Record<string, Awaited<ReturnType<typeof studyPanel>>> = {};
  for (const [name, panel] of Object.entries(panels)) {
    native[name] = await studyPanel(name, panel, 'native');
    const ms = native[name]!.rows.map((r) => r.ms);
    console.log(
      `${name}: ${panel.length} products, panel ${(native[name]!.wallMs / 1000).toFixed(1)} s, per product median ${(median(ms) / 1000).toFixed(2)} s, max ${(Math.max(...ms) / 1000).toFixed(2)} s, trials median ${median(native[name]!.rows.map((r) => r.trials))}`,
    );
  }
  const all = Object.values(native).flatMap((p) => p.rows);
  const families = all.reduce<Record<string, number>>((acc, r) => ((acc[r.family ?? 'none'] = (acc[r.family ?? 'none'] ?? 0) + 1), acc), {});
  const stops = all.reduce<Record<string, number>>((acc, r) => ((acc[r.stop ?? 'none'] = (acc[r.stop ?? 'none'] ?? 0) + 1), acc), {});

  const wasm = [];
  for (const id of WASM_PRODUCTS) {
    const panel = [...panels.walmart, ...panels.tuna].filter((p) => p.id === id);
    if (panel.length === 0) continue;
    const w = await studyPanel(`wasm-${id}`, panel, 'wasm', WASM_STUDY_CAP_S);
    const n = all.find((r) => r.id === id)!;
    const row = w.rows[0]!;
    wasm.push({
      id,
      nativeMs: n.ms,
      wasmMs: row.ms,
      ratio: row.ms / n.ms,
      wasmTrials: row.trials,
      nativeTrials: n.trials,
      wasmStop: row.stop,
      wasmTestRmse: row.testRmse,
      nativeTestRmse: n.testRmse,
    });
    console.log(
      `wasm vs native on ${id}: ${(row.ms / 1000).toFixed(1)} s vs ${(n.ms / 1000).toFixed(2)} s (×${(row.ms / n.ms).toFixed(0)}; ${row.trials} vs ${n.trials} trials, wasm stop ${row.stop})`,
    );
  }

  const accuracy: {
    id: string;
    chosen: unknown;
    chosenRmse: number | null;
    seasonalNaiveRmse: number | null;
    autoArima: ModelSpec;
    autoArimaEngine: string | null;
    autoArimaRmse: number | null;
  }[] = [];
  for (const [name, panel] of Object.entries(panels)) {
    for (const p of panel) {
      const auto = autoArimaOnTest(p.id, p.y);
      if (!auto) continue;
      const r = native[name]!.rows.find((x) => x.id === p.id)!;
      accuracy.push({
        id: p.id,
        chosen: r.spec,
        chosenRmse: r.testRmse,
        seasonalNaiveRmse: r.seasonalNaiveRmse,
        autoArima: auto.spec,
        autoArimaEngine: auto.engine,
        autoArimaRmse: auto.testRmse,
      });
    }
  }
  const ratios = (key: 'seasonalNaiveRmse' | 'autoArimaRmse') => accuracy.filter((a) => a.chosenRmse !== null && a[key]).map((a) => a.chosenRmse! / a[key]!);
  const allRmse = all.filter((r) => r.testRmse !== null && r.seasonalNaiveRmse);
  const result = {
    // Wall times depend on what else runs: the load average (1, 5, 15 min) before and after the run.
    machine: { cores: os.cpus().length, node: process.version, loadBefore, loadAfter: os.loadavg() },
    profile: 'production',
    engine: 'native',
    panels: Object.fromEntries(
      Object.entries(native).map(([name, p]) => [
        name,
        { products: p.rows.length, panelWallMs: p.wallMs, perProductMs: summary(p.rows.map((r) => r.ms)), trials: summary(p.rows.map((r) => r.trials)) },
      ]),
    ),
    families,
    stops,
    underTenSeconds: `${all.filter((r) => r.ms < 10_000).length}/${all.length}`,
    vsSeasonalNaive: {
      products: allRmse.length,
      medianRmseRatio: median(allRmse.map((r) => r.testRmse! / r.seasonalNaiveRmse!)),
      better: allRmse.filter((r) => r.testRmse! < r.seasonalNaiveRmse!).length,
    },
    vsAutoArima: {
      products: ratios('autoArimaRmse').length,
      medianRmseRatio: median(ratios('autoArimaRmse')),
      better: ratios('autoArimaRmse').filter((x) => x < 1).length,
      note: "R's auto.arima order (fit on the full series in auto.json) refitted here on the same train + validation weeks, scored on the same 32 test weeks",
    },
    wasm: { capSecondsPerStudy: WASM_STUDY_CAP_S, products: wasm },
    accuracy,
    products: native,
  };
  console.log(
    JSON.stringify(
      { families, stops, underTenSeconds: result.underTenSeconds, vsSeasonalNaive: result.vsSeasonalNaive, vsAutoArima: result.vsAutoArima },
      null,
      1,
    ),
  );
  writeFileSync(new URL('./results/study.json', import.meta.url), `${JSON.stringify(result, null, 1)}\n`);
});
