// An import as a recorded run: the record started before any work, and each pipeline step report
// turned into a step record whose input and output digests are the lineage edges.
import { newRunRecord, type RunRecord, type RunStepRecord } from '../runs/run-record';
import type { Step, StepReport } from './types';
import { runName } from '../runs/run-names';

export interface ImportRunStart {
  id: string;
  startedAt: Date;
  /** File names, joined: the default experiment (one per dataset). */
  datasetName: string;
  /** Digest of the dropped files together: the import step's input. */
  sourceDigest: string;
  files: { name: string; digest: string }[];
  params: { prepare: unknown; split: unknown; quality?: unknown };
  /** Time zone of the run's name (the reader's own when omitted). */
  timeZone?: string;
}

/** The record written before the pipeline starts: status running, no steps yet. */
export function startImportRun(s: ImportRunStart): RunRecord {
  return newRunRecord({
    id: s.id,
    name: runName({ kind: 'import', source: s.datasetName, startedAt: s.startedAt, ...(s.timeZone ? { timeZone: s.timeZone } : {}) }),
    experiment: s.datasetName,
    kind: 'import',
    datasetId: s.sourceDigest,
    config: {
      prepare: s.params.prepare,
      split: s.params.split,
      ...(s.params.quality === undefined ? {} : { quality: s.params.quality }),
      files: s.files,
      sourceDigest: s.sourceDigest,
    },
    configSources: { prepare: 'data screen', split: 'data screen', ...(s.params.quality === undefined ? {} : { quality: 'data screen' }), files: 'dropped' },
    startedAt: s.startedAt,
  });
}

/**
 * Follows a pipeline's reports and returns each as a step record: inputs are the digests of the
 * step's sources or earlier steps' artifacts (as the runner hashes them), outputs its own digest.
 */
export function stepRecorder(steps: readonly Pick<Step, 'name' | 'inputs'>[], sources: Record<string, { digest: string }>) {
  const digests = new Map<string, string>(Object.entries(sources).map(([name, s]) => [name, s.digest]));
  return (report: StepReport): RunStepRecord => {
    const step = steps.find((s) => s.name === report.step);
    const inputs = (step?.inputs ?? []).map((n) => digests.get(n)).filter((d): d is string => d !== undefined);
    if (report.digest) digests.set(report.step, report.digest);
    return { step: report.step, status: report.status, ms: report.ms, inputs, outputs: report.digest ? [report.digest] : [] };
  };
}
