// Names of runs and experiments that people read: "Training · oj-bookscan.csv · production · 2 Dec
// 00:08". The stable ids (dataset digest, source digest) stay in their own fields; runs recorded by
// older versions, whose experiment or name is a digest, get a readable name when read.
import type { RunKind, RunRecord } from './run-record';

const KIND_WORD: Record<RunKind, string> = { import: 'Import', train: 'Training' };
const DIGEST = /^[0-9a-f]{64}$/;

/** "2 Dec 00:08" in `timeZone` (the reader's own when omitted). */
export function whenForPeople(at: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

export interface RunNameInput {
  kind: RunKind;
  /** The file names the data came from (the experiment). */
  source: string;
  /** Training runs: the configuration profile. */
  profile?: string;
  startedAt: Date;
  timeZone?: string;
}

/** "Training · file.csv · production · 2 Dec 00:08" or "Import · file.csv · 2 Dec 00:08". */
export function runName(n: RunNameInput): string {
  return [KIND_WORD[n.kind], n.source, ...(n.kind === 'train' && n.profile ? [n.profile] : []), whenForPeople(n.startedAt, n.timeZone)].join(' · ');
}

/** True for a 64-character hex digest, which earlier versions used as names. */
export function isDigest(text: string): boolean {
  return DIGEST.test(text);
}

/**
 * Runs with a digest for experiment or name given readable ones: the experiment of the import run
 * that made the dataset, else the dataset's name, else a short digest. Other runs are returned as they are.
 */
export function readableRuns(runs: readonly RunRecord[], datasets: readonly { id: string; name: string }[], timeZone?: string): RunRecord[] {
  const sourceOf = new Map<string, string>(datasets.map((d) => [d.id, d.name]));
  for (const r of runs) if (r.kind === 'import' && !isDigest(r.experiment)) sourceOf.set(r.datasetId, r.experiment);
  return runs.map((run) => {
    if (!isDigest(run.experiment) && !isDigest(run.name)) return run;
    const experiment = isDigest(run.experiment)
      ? (sourceOf.get(run.datasetId) ?? sourceOf.get(run.experiment) ?? `dataset ${run.experiment.slice(0, 8)}`)
      : run.experiment;
    const profile = (run.config as { profile?: unknown }).profile;
    const name = isDigest(run.name)
      ? runName({
          kind: run.kind,
          source: experiment,
          ...(typeof profile === 'string' ? { profile } : {}),
          startedAt: new Date(run.startedAt),
          ...(timeZone ? { timeZone } : {}),
        })
      : run.name;
    return { ...run, experiment, name };
  });
}
