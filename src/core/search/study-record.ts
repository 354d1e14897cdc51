// A stored study: its identity, the configuration it ran with (and where each value came from), how
// it ended and what it chose. Trials are stored apart, one record per trial (see StudyRepository).
import type { ConfigSource, StudyConfig, StudyStorage } from '../config/config';
import type { StudyIdentity } from './study-key';
import type { StopReason, StudyChoice, StudySummary, TrialRecord } from './types';

/** 'running' while a tab drives it (or until a reload finds it left so); else how it last ended. */
export type StudyState = 'running' | 'finished' | 'cancelled' | 'failed';

export interface StudyCounts {
  trials: number;
  complete: number;
  failed: number;
  running: number;
}

export interface StudyRecord {
  recordVersion: 1;
  key: string;
  productId: string;
  identity: StudyIdentity;
  config: StudyConfig;
  configSources: Partial<Record<keyof StudyConfig, ConfigSource>>;
  storage: StudyStorage;
  state: StudyState;
  stop: StopReason | null;
  choice: StudyChoice | null;
  bestValue: number | null;
  counts: StudyCounts;
  paretoFront: number[];
  /** Families the product's history could not support (too short for s = 52, …). */
  droppedFamilies: string[];
  createdAt: string;
  updatedAt: string;
}

export function countTrials(trials: readonly TrialRecord[]): StudyCounts {
  const counts: StudyCounts = { trials: trials.length, complete: 0, failed: 0, running: 0 };
  for (const t of trials) {
    if (t.state === 'complete') counts.complete++;
    else if (t.state === 'failed') counts.failed++;
    else if (t.state === 'running') counts.running++;
  }
  return counts;
}

/** The record of a study that has just started (or continues): no stop and no choice yet. */
export function openStudyRecord(
  base: Pick<StudyRecord, 'key' | 'identity' | 'config' | 'configSources' | 'droppedFamilies'>,
  trials: readonly TrialRecord[],
  at: Date,
  previous?: StudyRecord,
): StudyRecord {
  return {
    recordVersion: 1,
    ...base,
    productId: base.identity.productId,
    storage: base.config.study_storage,
    state: 'running',
    stop: null,
    choice: previous?.choice ?? null,
    bestValue: previous?.bestValue ?? null,
    counts: countTrials(trials),
    paretoFront: previous?.paretoFront ?? [],
    createdAt: previous?.createdAt ?? at.toISOString(),
    updatedAt: at.toISOString(),
  };
}

/** The record once runStudy returned. */
export function closeStudyRecord(open: StudyRecord, summary: StudySummary, at: Date): StudyRecord {
  return {
    ...open,
    state: summary.stop.code === 'aborted' ? 'cancelled' : summary.choice.source === 'safe-default' && summary.bestValue === null ? 'failed' : 'finished',
    stop: summary.stop,
    choice: summary.choice,
    bestValue: summary.bestValue,
    counts: countTrials(summary.trials),
    paretoFront: summary.paretoFront,
    updatedAt: at.toISOString(),
  };
}
