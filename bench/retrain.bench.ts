// Smart retraining on the real panels (Node, native engine, testing profile's policy): (a) first run,
// all trained; (b) the same data again; (c) the real last week appended to every product; (d) one
// product's history revised. Times are measured in this run; JSON to bench/results/retrain.json.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import type { ProductSeries, WeeklySeries } from '../src/core/data/types';
import { nativeEngine } from '../src/core/model/native';
import { profileConfig } from '../src/core/config/profiles';
import type { ChampionForecaster } from '../src/core/registry/recent-performance';
import { championOnChallengerWindow } from '../src/core/registry/recent-performance';
import { decideForProduct } from '../src/core/registry/retrain-plan';
import type { ModelVersionDraft } from '../src/core/registry/registry-types';
import type { RetrainPolicy } from '../src/core/registry/retrain-policy';
import { DEFAULT_REGISTRY_POLICY } from '../src/core/registry/retrain-policy';
import { openShelfcastDb } from '../src/storage/db';
import { RegistryRepository } from '../src/storage/registry-repository';
import { realPanels, trainProduct } from './retrain-train';

const testing = profileConfig('testing');
// Simplified search (the Train run's orchestrator is on another branch), with the testing profile's
// knobs as they are (n_trials 50, min_trials 25, patience 15) and the native engine only.
const config = { ...testing, engine: 'native' as const, search_space: { ...testing.search_space, engines: ['native' as const] } };
const policy: RetrainPolicy = {
  forceRetrain: false,
  maxModelAgeDays: testing.max_model_age_days,
  performanceThreshold: testing.performance_threshold,
  minAcceptableRmse: null,
  maxAcceptableMape: null,
  maxAcceptableMase: null,
  minNewWeeksToJudge: 1,
  baselineMargin: 0.02,
};
/** The champion judged on new weeks: its recorded spec refitted on the history before them. */
const forecaster: ChampionForecaster = async (model, history, horizon) => {
  const r = nativeEngine.fit(history.values, model.spec, horizon);
  return r.ok ? r.value.forecast.mean : null;
};

type Scenario = { name: string; series: Map<string, WeeklySeries> };
interface RunResult {
  drafts: ModelVersionDraft[];
  scenario: string;
  products: number;
  retrained: number;
  reused: number;
  failed: number;
  reasons: Record<string, number>;
  retrainedIds: string[];
  decideMs: number;
  trainMs: number;
  totalMs: number;
  estimatedSavedMs: number;
  promoted: number;
}

async function run(registry: RegistryRepository, products: ProductSeries[], s: Scenario, now: Date): Promise<RunResult> {
  const result: RunResult = {
    drafts: [],
    scenario: s.name,
    products: products.length,
    retrained: 0,
    reused: 0,
    failed: 0,
    reasons: {},
    retrainedIds: [],
    decideMs: 0,
    trainMs: 0,
    totalMs: 0,
    estimatedSavedMs: 0,
    promoted: 0,
  };
  const t0 = performance.now();
  for (const p of products) {
    const series = s.series.get(p.id)!;
    const d0 = performance.now();
    const champion = await registry.getChampion(p.id);
    const { decision, record } = await decideForProduct({ productId: p.id, series, champion, policy, now, forecaster });
    result.decideMs += performance.now() - d0;
    result.reasons[decision.reason] = (result.reasons[decision.reason] ?? 0) + 1;
    if (decision.decision === 'reuse') {
      result.reused++;
      result.estimatedSavedMs += record.savedMs;
      continue;
    }
    const trained = await trainProduct({ ...p, series }, config, now);
    result.trainMs += trained.searchMs;
    if (!trained.ok) {
      result.failed++;
      continue;
    }
    result.retrained++;
    result.retrainedIds.push(p.id);
    result.drafts.push(trained.draft);
    const onWindow = champion.kind === 'present' ? await championOnChallengerWindow(champion.model, trained.draft, series, forecaster) : null;
    const reg = await registry.register(trained.draft, DEFAULT_REGISTRY_POLICY, { championOnWindow: onWindow, at: now });
    if (reg.ok && reg.value.aliases.champion === reg.value.version.version) result.promoted++;
  }
  result.totalMs = performance.now() - t0;
  return result;
}

/** What forcing retraining costs on these series: every product trained, nothing registered. */
async function forced(products: ProductSeries[], s: Scenario, now: Date): Promise<number> {
  const t0 = performance.now();
  for (const p of products) await trainProduct({ ...p, series: s.series.get(p.id)! }, config, now);
  return performance.now() - t0;
}

it('retraining only what needs it, on the real panels', async () => {
  const { products, tooShort } = realPanels(config.test_weeks + config.validation_weeks + 52 + 1);
  const registry = new RegistryRepository(await openShelfcastDb('bench-retrain'));
  const now = new Date('2026-11-27T00:00:00Z');
  const full = new Map(products.map((p) => [p.id, p.series]));
  // Honest "new week": the first run sees every series without its last real week.
  const withoutLast = new Map(products.map((p) => [p.id, { start: p.series.start, values: p.series.values.slice(0, -1) }]));
  const revisedId = products[0]!.id;
  const revised = new Map(withoutLast);
  const r0 = withoutLast.get(revisedId)!;
  revised.set(revisedId, { start: r0.start, values: r0.values.map((v, i) => (i === 100 ? v + 1 : v)) });

  const a = await run(registry, products, { name: 'a-first-run', series: withoutLast }, now);
  console.log('(a)', JSON.stringify({ ...a, drafts: undefined }));
  const b = await run(registry, products, { name: 'b-same-data', series: withoutLast }, now);
  console.log('(b)', JSON.stringify({ ...b, drafts: undefined }));
  // (d) starts from the registry as (a) left it, in a second database, so (c) does not see its revision.
  const registryD = new RegistryRepository(await openShelfcastDb('bench-retrain-d'));
  for (const draft of a.drafts) await registryD.register(draft, DEFAULT_REGISTRY_POLICY, { at: now });
  const d = await run(registryD, products, { name: 'd-one-revised', series: revised }, now);
  console.log('(d)', JSON.stringify({ ...d, drafts: undefined }));
  const c = await run(registry, products, { name: 'c-week-appended', series: full }, now);
  console.log('(c)', JSON.stringify({ ...c, drafts: undefined }));
  const forcedFullMs = await forced(products, { name: 'forced-full', series: full }, now);

  const saved = (r: RunResult, reference: number) => 1 - r.totalMs / reference;
  const out = {
    machine: { cores: (await import('node:os')).cpus().length, loadavg: (await import('node:os')).loadavg() },
    engine: 'native',
    training:
      'simplified: product seeds + TPE through runStudy with validationObjective (testing profile knobs n_trials 50, min_trials 25, patience 15, min_improvement 0.1; validation 32 + test 32 weeks), winner refitted on train+validation and scored on test; not the Train run orchestrator',
    policy,
    panels: { products: products.length, tooShortForSplit: tooShort },
    a: { ...a, drafts: undefined },
    b: { ...b, drafts: undefined, forcedReferenceMs: a.totalMs, timeSavedFraction: saved(b, a.totalMs), goal: 0.95 },
    c: { ...c, drafts: undefined, forcedReferenceMs: forcedFullMs, timeSavedFraction: saved(c, forcedFullMs) },
    d: {
      ...d,
      drafts: undefined,
      forcedReferenceMs: a.totalMs,
      timeSavedFraction: saved(d, a.totalMs),
      onlyRevisedRetrained: d.retrainedIds.length === 1 && d.retrainedIds[0] === revisedId,
      revisedId,
    },
  };
  console.log(`(b) same data: ${b.reused}/${b.products} reused, ${(out.b.timeSavedFraction * 100).toFixed(2)}% of the forced run's time saved (goal ≥ 95%)`);
  console.log(
    `(c) week appended: ${c.retrained} retrained, ${c.reused} reused, ${(out.c.timeSavedFraction * 100).toFixed(1)}% saved vs forcing (${(forcedFullMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `(d) one revised: retrained ${d.retrainedIds.join(', ')} (${out.d.onlyRevisedRetrained ? 'only the revised product' : 'NOT only the revised product'})`,
  );
  writeFileSync('bench/results/retrain.json', `${JSON.stringify(out, null, 2)}\n`);
});
