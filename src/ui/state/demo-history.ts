// Development and end-to-end seed, never in the production build: `npm start` with ?demo-history
// (imported dynamically behind import.meta.env.DEV) and e2e/seed-history.ts (in Node, then copied into
// the page's database). Two training runs over the open dataset written through the real repositories — a first run 8 weeks back, then one on all weeks —
// deciding with the real retraining policy and registering ARIMA(0,1,0) versions judged by the real
// champion logic. It gives the Runs, Monitoring and product views a history to show.
import { baselineForecast } from '../../core/model/baselines';
import { WEEKS_PER_YEAR } from '../../core/model/spec';
import { decisionRecord, withOutcome, type DecisionRecord } from '../../core/registry/decision-log';
import { championOnChallengerWindow, judgeOnNewWeeks, type ChampionForecaster } from '../../core/registry/recent-performance';
import { decideRetraining } from '../../core/registry/retrain-decision';
import { DEFAULT_REGISTRY_POLICY, DEFAULT_RETRAIN_POLICY } from '../../core/registry/retrain-policy';
import { newRunRecord, type RunProductResult, type RunStepRecord } from '../../core/runs/run-record';
import { randomWalkVersion } from '../../core/runs/random-walk-version';
import { runName } from '../../core/runs/run-names';
import { shelfcastDb, type ShelfcastDatabase } from '../../storage/db';
import { DecisionRepository } from '../../storage/decision-repository';
import { LabRepository } from '../../storage/lab-repository';
import { RegistryRepository } from '../../storage/registry-repository';
import { RunRepository } from '../../storage/run-repository';

export const DEMO_FLAG = 'demo-history';
const TEST_WEEKS = 8;
const forecaster: ChampionForecaster = async (_model, history, horizon) => baselineForecast('naive', history.values, horizon, WEEKS_PER_YEAR).mean;
const policy = { ...DEFAULT_RETRAIN_POLICY, performanceThreshold: 0.1 };

/** Seeds the history for the last-opened dataset of `database` when no decision exists yet. */
export async function seedDemoHistory(now = new Date(), database?: ShelfcastDatabase): Promise<void> {
  const db = database ?? (await shelfcastDb());
  const [lab, registry, decisions, runs] = [new LabRepository(db), new RegistryRepository(db), new DecisionRepository(db), new RunRepository(db)];
  const last = await lab.getLastOpened();
  const dataset = last && (await lab.getDataset(last.datasetId));
  if (!dataset || (await db.count('retrainDecisions')) > 0) return;
  for (const [weeksBack, daysBack] of [[8, 56], [0, 0]] as const) {
    const at = new Date(now.getTime() - daysBack * 86_400_000);
    const run = newRunRecord({
      id: crypto.randomUUID(), name: runName({ kind: 'train', source: dataset.name, profile: DEMO_FLAG, startedAt: at }), experiment: dataset.name, kind: 'train', datasetId: dataset.id,
      config: { model: 'ARIMA(0,1,0)', testWeeks: TEST_WEEKS, performanceThreshold: policy.performanceThreshold, weeksHeldBack: weeksBack },
      configSources: { model: DEMO_FLAG, testWeeks: DEMO_FLAG, performanceThreshold: DEMO_FLAG, weeksHeldBack: DEMO_FLAG },
      startedAt: at,
    });
    await runs.start(run);
    const records: DecisionRecord[] = [];
    const steps: RunStepRecord[] = [];
    const products: RunProductResult[] = [];
    for (const p of dataset.products) {
      const full = await lab.getSeries(dataset.id, p.id);
      if (!full) continue;
      const values = full.series.values.slice(0, full.series.values.length - weeksBack);
      const series = { start: full.series.start, values };
      const champion = await registry.getChampion(p.id);
      const decision = await decideRetraining({ champion, series, now: at, judgeRecent: champion.kind === 'present' ? (n) => judgeOnNewWeeks(champion.model, series, n, forecaster) : undefined }, policy);
      let record = decisionRecord(p.id, decision, champion.kind === 'present' ? champion.model.searchMs : null, at, run.id);
      const result: RunProductResult = { productId: p.id, decision: decision.decision, reason: decision.reason, trainingMs: 0, savedMs: record.savedMs };
      if (decision.decision === 'retrain') {
        const draft = await randomWalkVersion({ id: p.id, title: p.title, start: series.start, values }, values.length, TEST_WEEKS, dataset.weekEndingDay, at, 5);
        const measured = draft && champion.kind === 'present' ? await championOnChallengerWindow(champion.model, draft, series, forecaster) : null;
        const reg = draft ? await registry.register(draft, DEFAULT_REGISTRY_POLICY, { championOnWindow: measured, at }) : null;
        record = withOutcome(record, reg?.ok ? 'retrained' : 'failed', reg?.ok ? undefined : reg ? reg.error.message : 'too short for a test window');
        if (reg?.ok) Object.assign(result, { modelVersion: reg.value.version.version, championChanged: reg.value.aliases.champion === reg.value.version.version, trainingMs: 5 });
        else result.decision = 'failed';
        steps.push({ step: 'register', status: reg?.ok ? 'ran' : 'failed', ms: 5, inputs: [draft?.data.digest ?? ''], outputs: reg?.ok ? [`${reg.value.version.name}/${reg.value.version.version}`] : [], productId: p.id });
      } else {
        steps.push({ step: 'register', status: 'skipped-by-policy', ms: 0, inputs: [], outputs: [], productId: p.id });
      }
      const now = await registry.getChampion(p.id);
      if (now.kind === 'present') {
        const { test, testWindow } = now.model.evaluation;
        Object.assign(result, { metrics: { rmse: test.rmse, mae: test.mae, mase: test.mase }, testWindow: { start: testWindow.start, end: testWindow.end } });
      }
      records.push(record);
      products.push(result);
    }
    await decisions.record(records);
    await runs.start({ ...run, steps, products, status: 'completed', endedAt: new Date(at.getTime() + 1000).toISOString() });
  }
}
