// What a training run needs from the outside, as plain interfaces: fits (a worker pool in the
// browser, in-process engines in Node), the registry, the decision log, runs, studies and locks.
import type { WeeklySeries } from '../data/types';
import type { AliasChange, MeasuredChampion } from '../registry/champion';
import type { DecisionRecord } from '../registry/decision-log';
import type { FutureForecast } from '../registry/registry-types';
import type { ChampionForecaster } from '../registry/recent-performance';
import type { ModelVersion, ModelVersionDraft } from '../registry/registry-types';
import type { ChampionLookup, LostChallenge } from '../registry/retrain-decision';
import type { RegistryPolicy } from '../registry/retrain-policy';
import type { Result } from '../result';
import type { AbortSignalLike, ObjectiveOutcome } from '../search/driver';
import type { StudySplit, TestEvaluation } from '../search/objective';
import type { StudyRecord } from '../search/study-record';
import type { TrialParams, TrialRecord } from '../search/types';
import type { EngineName, FitOutcome } from '../model/engine';
import type { ModelSpec } from '../model/spec';
import type { ObjectiveMetric, ResolvedConfig } from '../config/config';
import type { RunRecord, RunProductResult, RunStatus, RunStepRecord } from '../runs/run-record';

export interface TrainProduct {
  id: string;
  title: string;
  series: WeeklySeries;
}

/** Fits happen here, never on the page's thread; each call may be cut off by the per-fit limit. */
export interface TrainFitter {
  /** One trial: fit on train, score the validation window. */
  validation(
    request: { split: StudySplit; spec: ModelSpec; params: TrialParams; metric: ObjectiveMetric },
    signal?: AbortSignalLike,
  ): Promise<ObjectiveOutcome>;
  /** The winner: refit on train + validation, score the test window once. */
  test(request: { split: StudySplit; spec: ModelSpec; engine: EngineName }, signal?: AbortSignalLike): Promise<Result<TestEvaluation>>;
  /** The future: `spec` refitted on `values` from `start` on, forecasting `horizon` weeks after the last one. */
  future(
    request: { values: number[]; start: number; spec: ModelSpec; engine: EngineName; horizon: number },
    signal?: AbortSignalLike,
  ): Promise<Result<FitOutcome>>;
  /** Forecasts with a stored version (to judge the champion on new weeks or on the challenger's window). */
  forecaster?: ChampionForecaster;
}

export interface RegistryPort {
  getChampion(productId: string): Promise<ChampionLookup>;
  /** The newest version when it lost as a challenger and nothing happened since (no later version, no rollback), else null. */
  lastLostChallenger?(productId: string): Promise<LostChallenge | null>;
  register(
    draft: ModelVersionDraft,
    policy: RegistryPolicy,
    options?: { championOnWindow?: MeasuredChampion | null; at?: Date },
  ): Promise<Result<AliasChange & { version: ModelVersion; deleted: number[] }>>;
  /** Replaces a stored version's forecast of the weeks ahead (a reuse refitted on appended weeks). */
  replaceFuture(productId: string, version: number, future: FutureForecast): Promise<Result<ModelVersion>>;
}

export interface DecisionPort {
  record(records: readonly DecisionRecord[]): Promise<Result<DecisionRecord[]>>;
  update(record: DecisionRecord): Promise<void>;
}

export interface RunPort {
  start(run: RunRecord): Promise<void>;
  addStep(id: string, step: RunStepRecord): Promise<unknown>;
  /** Stores a product's result and the steps that made it, together. */
  addProduct(id: string, result: RunProductResult, steps?: readonly RunStepRecord[]): Promise<unknown>;
  finish(id: string, status: Exclude<RunStatus, 'running'>, endedAt?: Date): Promise<unknown>;
}

export interface StudyPort {
  getStudy(key: string): Promise<StudyRecord | undefined>;
  saveStudy(record: StudyRecord): Promise<void>;
  /** Saves the record of a new search under a used key, dropping the earlier trials (ephemeral storage). */
  restartStudy(record: StudyRecord): Promise<void>;
  listTrials(key: string): Promise<TrialRecord[]>;
  putTrial(key: string, trial: TrialRecord): Promise<void>;
}

/** Runs `drive` if this tab gets the study's lock; else another tab drives it and this one watches. */
export type StudyLock = <T>(studyKey: string, drive: () => Promise<T>) => Promise<{ driven: true; value: T } | { driven: false }>;

export type ProductState = 'queued' | 'deciding' | 'reused' | 'searching' | 'evaluating' | 'registering' | 'done' | 'failed' | 'cancelled' | 'watching';

/** Live progress of one product (the Studies screen's row). */
export interface ProductProgress {
  productId: string;
  state: ProductState;
  studyKey: string | null;
  trialsThisSession: number;
  trialsInStudy: number;
  bestValue: number | null;
  message: string;
  /** The trial that just finished, so a view can append it without reloading the study. */
  trial?: TrialRecord;
}

export interface TrainPorts {
  fitter: TrainFitter;
  registry: RegistryPort;
  decisions?: DecisionPort;
  runs: RunPort;
  studies: StudyPort;
  /** Without it every study is driven (Node, tests). */
  lock?: StudyLock;
  onProgress?: (progress: ProductProgress) => void;
}

/** What every product of a run shares: the run, the configuration, the clocks and the stop signal. */
export interface ProductContext {
  runId: string;
  /** The dataset the products' series come from: what the first step of each product reads. */
  datasetId: string;
  resolved: ResolvedConfig;
  registryPolicy?: RegistryPolicy;
  appVersion: string;
  signal?: AbortSignalLike;
  now: () => Date;
  clock: () => number;
}
