// Development and end-to-end seed, never in the production build: reached only by a dynamic import
// behind import.meta.env.DEV (?demo-history, wired in ui/state/lab-context.ts) and by
// e2e/seed-history.ts in Node. Two real training runs over the last-opened dataset, through trainRun
// as the Train button runs it (in-thread engines instead of the worker pool): the first with its
// clock 8 weeks back on the series without their last 8 weeks, then one on every week, so the
// second judges each champion on 8 new weeks. Runs, Monitoring and the product views get a history.
import { nativeEngine } from '../core/model/native';
import { localFitter } from '../core/pipeline/train-fitter';
import type { TrainPorts, TrainProduct } from '../core/pipeline/train-ports';
import { trainRun } from '../core/pipeline/train-run';
import { resolveConfig } from '../core/config/resolve';
import type { DecisionRepository } from '../storage/decision-repository';
import type { LabRepository } from '../storage/lab-repository';
import type { RegistryRepository } from '../storage/registry-repository';
import type { RunRepository } from '../storage/run-repository';
import type { StudyRepository } from '../storage/study-repository';

const HELD_BACK_WEEKS = 8;
const DAY_MS = 86_400_000;

/**
 * A quick study the smallest datasets can train (a year of weeks): the baselines only, short
 * windows; champions kept unless their error on new weeks grew by 10 %, whatever their age.
 */
const resolved = resolveConfig({
  json: {
    profile: 'testing',
    max_model_age_days: null,
    performance_threshold: 0.1,
    n_trials: 5,
    min_trials: 5,
    patience: 5,
    test_weeks: 8,
    validation_weeks: 8,
    cv_folds: 2,
    forecast_weeks: 12,
    search_space: { families: ['baseline'] },
  },
});

export interface DemoStores {
  lab: LabRepository;
  registry: RegistryRepository;
  decisions: DecisionRepository;
  runs: RunRepository;
  studies: StudyRepository;
}

/** Seeds the history for the last-opened dataset when no decision exists yet; `now` is when the second run starts. */
export async function seedDemoHistory(stores: DemoStores, options: { appVersion: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  if (resolved.problems.length > 0) throw new Error(`The demo history's configuration is invalid: ${resolved.problems.map((p) => p.message).join('; ')}`);
  const last = await stores.lab.getLastOpened();
  const dataset = last && (await stores.lab.getDataset(last.datasetId));
  if (!dataset || (await stores.decisions.list()).length > 0) return;
  const products: TrainProduct[] = [];
  for (const p of dataset.products) {
    const stored = await stores.lab.getSeries(dataset.id, p.id);
    if (stored) products.push({ id: p.id, title: stored.title, series: stored.series });
  }
  const ports: TrainPorts = { ...stores, fitter: localFitter({ native: nativeEngine }) };
  for (const weeksBack of [HELD_BACK_WEEKS, 0]) {
    // The run's clock: back-dated, but ticking, so steps and the run still take their real time.
    const [at, started] = [now.getTime() - weeksBack * 7 * DAY_MS, Date.now()];
    const cut = products.map((p) => ({ ...p, series: { ...p.series, values: p.series.values.slice(0, p.series.values.length - weeksBack) } }));
    await trainRun(
      {
        runId: crypto.randomUUID(),
        datasetId: dataset.id,
        datasetName: dataset.name,
        products: cut,
        resolved,
        concurrency: 1,
        appVersion: options.appVersion,
        now: () => new Date(at + Date.now() - started),
      },
      ports,
    );
  }
}
