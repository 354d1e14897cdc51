// A "train" run over many products: the run record first, then the products in parallel (each one's
// trials in order), each product's result recorded as it finishes, the run finished last.
import type { ResolvedConfig } from '../config/config';
import type { RegistryPolicy } from '../registry/retrain-policy';
import type { AbortSignalLike } from '../search/driver';
import { runName } from '../runs/run-names';
import { newRunRecord, type RunProductResult, type RunRecord, type RunStatus, type RunStepRecord } from '../runs/run-record';
import { trainProduct } from './train-product';
import type { TrainPorts, TrainProduct } from './train-ports';

export interface TrainRunInput {
  runId: string;
  /** The dataset's stable id (its prepared series' digest): the first steps read it. */
  datasetId: string;
  /** The dataset's name (its file names): the experiment, and part of the run's name. */
  datasetName?: string;
  products: readonly TrainProduct[];
  resolved: ResolvedConfig;
  /** Products trained at once (the pool's size); their fits queue in the pool. */
  concurrency: number;
  appVersion: string;
  registryPolicy?: RegistryPolicy;
  signal?: AbortSignalLike;
  name?: string;
  /** Time zone of the run's name (the reader's own when omitted). */
  timeZone?: string;
  now?: () => Date;
  /** Monotonic milliseconds for durations. */
  clock?: () => number;
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the input order in the output. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return out;
}

export async function trainRun(input: TrainRunInput, ports: TrainPorts): Promise<RunRecord> {
  const now = input.now ?? (() => new Date());
  const clock = input.clock ?? Date.now;
  const started = now();
  const source = input.datasetName ?? `dataset ${input.datasetId.slice(0, 8)}`;
  const run = newRunRecord({
    id: input.runId,
    name:
      input.name ??
      runName({ kind: 'train', source, profile: input.resolved.config.profile, startedAt: started, ...(input.timeZone ? { timeZone: input.timeZone } : {}) }),
    experiment: source,
    kind: 'train',
    datasetId: input.datasetId,
    config: input.resolved.config as unknown as Record<string, unknown>,
    configSources: input.resolved.sources,
    startedAt: started,
  });
  await ports.runs.start(run);
  for (const p of input.products)
    ports.onProgress?.({
      productId: p.id,
      state: 'queued',
      studyKey: null,
      trialsThisSession: 0,
      trialsInStudy: 0,
      bestValue: null,
      message: 'Waiting for a worker',
    });
  const ctx = {
    runId: run.id,
    datasetId: input.datasetId,
    resolved: input.resolved,
    registryPolicy: input.registryPolicy,
    appVersion: input.appVersion,
    signal: input.signal,
    now,
    clock,
  };
  const results = await mapLimited(input.products, input.concurrency, async (product): Promise<RunProductResult | null> => {
    if (input.signal?.aborted) return null;
    let result: RunProductResult;
    // A product's steps are stored with its result in one write: writing the run per step made a
    // run of n products rewrite its growing record n × steps times (quadratic in the catalogue).
    const steps: RunStepRecord[] = [];
    const productPorts: TrainPorts = { ...ports, runs: { ...ports.runs, addStep: async (_id, step) => void steps.push(step) } };
    try {
      result = await trainProduct(product, ctx, productPorts);
    } catch (error) {
      // A storage failure or a bug must not lose the other products' results.
      const reason = `Training stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`;
      ports.onProgress?.({ productId: product.id, state: 'failed', studyKey: null, trialsThisSession: 0, trialsInStudy: 0, bestValue: null, message: reason });
      result = { productId: product.id, decision: 'failed', reason, trainingMs: 0, savedMs: 0 };
    }
    await ports.runs.addProduct(run.id, result, steps);
    return result;
  });
  const done = results.filter((r): r is RunProductResult => r !== null);
  const status: Exclude<RunStatus, 'running'> = input.signal?.aborted
    ? 'cancelled'
    : done.length > 0 && done.every((r) => r.decision === 'failed')
      ? 'failed'
      : 'completed';
  const endedAt = now();
  await ports.runs.finish(run.id, status, endedAt);
  return { ...run, products: done, status, endedAt: endedAt.toISOString() };
}
