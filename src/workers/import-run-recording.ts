// Records a data-pipeline run as a RunRecord while it happens: written before the pipeline starts,
// each step appended as it finishes, finished at the end. The tab holds the run's Web Lock for the
// whole run, so a later tab can tell a run whose tab was closed (interrupted) from a live one.
import { startImportRun, stepRecorder, type ImportRunStart } from '../core/pipeline/import-run';
import type { RunStatus } from '../core/runs/run-record';
import type { Step, StepReport } from '../core/pipeline/types';
import type { Result } from '../core/result';
import { runLockName, type RunRepository } from '../storage/run-repository';

type LockRequest = (name: string, body: () => Promise<unknown>) => Promise<unknown>;

function lockRequest(): LockRequest | undefined {
  const locks = (globalThis as { navigator?: { locks?: { request: LockRequest } } }).navigator?.locks;
  return locks ? locks.request.bind(locks) : undefined;
}

/** What the body tells the record once the files are hashed (the run is written before that). */
export interface RunContext {
  onStep: (r: StepReport) => void;
  identify: (sourceDigest: string, files: { name: string; digest: string }[]) => void;
}

export interface RecordedBody<T> {
  result: Result<T>;
  /** The prepared dataset's id once known (the prepare artifact's digest). */
  datasetId?: string;
}

/** Runs `body` as a recorded import run; without a repository it just runs it. */
export async function recordImportRun<T>(
  repo: RunRepository | undefined,
  start: Omit<ImportRunStart, 'sourceDigest' | 'files'>,
  steps: readonly Pick<Step, 'name' | 'inputs'>[],
  body: (ctx: RunContext) => Promise<RecordedBody<T>>,
): Promise<Result<T>> {
  if (!repo) return (await body({ onStep: () => undefined, identify: () => undefined })).result;
  const record = startImportRun({ ...start, sourceDigest: '', files: [] });
  let toStep = stepRecorder(steps, {});
  const work = async (): Promise<Result<T>> => {
    // Written before any work (hashing included), so a tab closed at any point leaves a trace.
    await repo.start(record);
    let writes: Promise<unknown> = Promise.resolve();
    const identify = (sourceDigest: string, files: { name: string; digest: string }[]) => {
      const named = startImportRun({ ...start, sourceDigest, files });
      Object.assign(record, { datasetId: named.datasetId, config: named.config });
      toStep = stepRecorder(steps, { files: { digest: sourceDigest } });
      const snapshot = { ...record, steps: [...record.steps] };
      writes = writes.then(() => repo.start(snapshot));
    };
    const onStep = (r: StepReport) => {
      const step = toStep(r);
      record.steps.push(step);
      writes = writes.then(() => repo.addStep(record.id, step));
    };
    let status: Exclude<RunStatus, 'running'> = 'failed';
    try {
      const out = await body({ onStep, identify });
      status = out.result.ok ? 'completed' : out.result.error.code === 'cancelled' ? 'cancelled' : 'failed';
      if (out.datasetId) record.datasetId = out.datasetId;
      return out.result;
    } finally {
      await writes;
      // The runner reports the steps after a failure as not-run without calling back: record them too.
      for (const s of steps.slice(record.steps.length)) record.steps.push({ step: s.name, status: 'not-run', ms: 0, inputs: [], outputs: [] });
      await repo.start({ ...record, status, endedAt: new Date().toISOString() });
    }
  };
  const request = lockRequest();
  return request ? ((await request(runLockName(record.id), work)) as Result<T>) : work();
}
