// The page's side of a training run: loads the products' series, wires the orchestrator to the
// fit pool (every fit in a worker, under the per-fit limit), the repositories and Web Locks
// (one tab drives a study; the run's lock is held while it runs), and reports progress.
import type { ResolvedConfig } from '../core/config/config';
import type { ProductProgress, StudyLock, TrainProduct } from '../core/pipeline/train-ports';
import type { RunRecord } from '../core/runs/run-record';
import { trainRun } from '../core/pipeline/train-run';
import { shelfcastDb } from '../storage/db';
import { DecisionRepository } from '../storage/decision-repository';
import { LabRepository } from '../storage/lab-repository';
import { RegistryRepository } from '../storage/registry-repository';
import { runLockName, RunRepository } from '../storage/run-repository';
import { studyLockName, StudyRepository } from '../storage/study-repository';
import { fitPool, poolFitter } from '../workers/fit-pool';

const studyLock: StudyLock = async (key, drive) => {
  const locks = globalThis.navigator?.locks;
  if (!locks) return { driven: true, value: await drive() };
  return locks.request(studyLockName(key), { ifAvailable: true }, async (lock) =>
    lock ? { driven: true as const, value: await drive() } : { driven: false as const },
  );
};

export interface TrainRequest {
  datasetId: string;
  productIds: readonly string[];
  resolved: ResolvedConfig;
  appVersion: string;
  signal: AbortSignal;
  onProgress: (progress: ProductProgress) => void;
  /** Stored studies past study_retention_days that the person confirmed may be deleted first. */
  purgeStudyKeys?: readonly string[];
}

export async function runTraining(request: TrainRequest): Promise<RunRecord> {
  const db = await shelfcastDb();
  const lab = new LabRepository(db);
  const products: TrainProduct[] = [];
  for (const id of request.productIds) {
    const stored = await lab.getSeries(request.datasetId, id);
    if (stored) products.push({ id, title: stored.title, series: stored.series });
  }
  const studies = new StudyRepository(db);
  // Retention deletes only the studies the person was shown and agreed to delete (never silently).
  for (const key of request.purgeStudyKeys ?? []) await studies.deleteStudy(key);
  const runId = globalThis.crypto.randomUUID();
  const ports = {
    fitter: poolFitter(fitPool, request.resolved.config.fit_time_limit_s * 1000, request.signal),
    registry: new RegistryRepository(db),
    decisions: new DecisionRepository(db),
    runs: new RunRepository(db),
    studies,
    lock: studyLock,
    onProgress: request.onProgress,
  };
  // The dataset's name (its files) names the run and its experiment; the id stays the stable key.
  const datasetName = (await lab.getDataset(request.datasetId))?.name;
  const input = {
    runId,
    datasetId: request.datasetId,
    ...(datasetName ? { datasetName } : {}),
    products,
    resolved: request.resolved,
    concurrency: fitPool.size,
    appVersion: request.appVersion,
    signal: request.signal,
    clock: () => performance.now(),
  };
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(runLockName(runId), () => trainRun(input, ports)) : trainRun(input, ports);
}
