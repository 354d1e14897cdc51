// Runs steps in order, skipping any whose cache key matches a stored artifact. Nothing is written
// while running: the new artifacts are returned for one all-or-nothing commit by the caller.
import { stepKey, v1StepKey } from './step-key';
import type { AppError } from '../result';
import type { Artifact, ArtifactHeader, ArtifactStore, Source, Step, StepReport } from './types';

export interface PipelineRun {
  ok: boolean;
  error?: AppError & { step: string };
  reports: StepReport[];
  /** Header of every step's artifact that exists after the run (cached or new). */
  headers: Record<string, ArtifactHeader>;
  /** Artifacts produced in this run by caching steps, to be committed. */
  fresh: Artifact[];
  /** The payload of a step's artifact, from this run or from the store. */
  payload<T>(step: string): Promise<T>;
}

export async function runPipeline(
  steps: readonly Step<never>[],
  sources: Record<string, Source>,
  params: Record<string, unknown>,
  store: ArtifactStore,
  options: { signal?: AbortSignal; now?: () => number; onStep?: (r: StepReport) => void } = {},
): Promise<PipelineRun> {
  const now = options.now ?? (() => Date.now());
  const headers: Record<string, ArtifactHeader> = {};
  const payloads = new Map<string, unknown>();
  const reports: StepReport[] = [];
  const fresh: Artifact[] = [];
  const payload = async <T>(name: string): Promise<T> => {
    if (name in sources) return sources[name]!.payload as T;
    if (!payloads.has(name)) payloads.set(name, await store.getPayload(headers[name]!.key));
    return payloads.get(name) as T;
  };
  const report = (r: StepReport) => {
    reports.push(r);
    options.onStep?.(r);
  };
  const finish = (error?: PipelineRun['error']): PipelineRun => {
    for (const s of steps.slice(reports.length)) reports.push({ step: s.name, status: 'not-run', ms: 0 });
    return { ok: !error, ...(error ? { error } : {}), reports, headers, fresh, payload };
  };
  for (const step of steps) {
    if (options.signal?.aborted) return finish({ step: step.name, code: 'cancelled', message: 'The import was cancelled; nothing was stored.' });
    const started = now();
    const parents = step.inputs.map((n) => sources[n]?.digest ?? headers[n]?.digest ?? '');
    const stepParams = params[step.name] ?? null;
    const key = await stepKey(step, parents, stepParams);
    const hit = step.cache ? ((await store.getHeader(key)) ?? (await store.getHeader(await v1StepKey(step, parents, stepParams)))) : undefined;
    if (hit) {
      headers[step.name] = hit;
      report({ step: step.name, status: 'cached', ms: now() - started, key: hit.key, digest: hit.digest, metadata: hit.metadata });
      continue;
    }
    const inputs: Record<string, unknown> = {};
    for (const n of step.inputs) inputs[n] = await payload(n);
    let out: Awaited<ReturnType<Step['run']>>;
    try {
      out = await step.run(inputs, params[step.name] as never, { ...(options.signal ? { signal: options.signal } : {}) });
    } catch (e) {
      const cancelled = options.signal?.aborted;
      out = {
        ok: false,
        error: {
          code: cancelled ? 'cancelled' : 'step-crashed',
          message: cancelled ? 'The import was cancelled; nothing was stored.' : `Step ${step.name} failed: ${(e as Error).message}`,
        },
      };
    }
    if (!out.ok) {
      report({ step: step.name, status: 'failed', ms: now() - started, key });
      return finish({ ...out.error, step: step.name });
    }
    const { type, metadata, payload: value } = out.value;
    const artifact: Artifact = {
      key,
      digest: out.value.digest ?? key,
      type,
      step: step.name,
      version: step.version,
      metadata,
      parents,
      createdAt: new Date().toISOString(),
      payload: value,
    };
    const { payload: _omit, ...header } = artifact;
    headers[step.name] = header;
    payloads.set(step.name, value);
    if (step.cache) fresh.push(artifact);
    report({ step: step.name, status: 'ran', ms: now() - started, key, digest: artifact.digest, metadata });
  }
  return finish();
}
