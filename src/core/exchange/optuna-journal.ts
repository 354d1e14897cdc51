// Study export as an Optuna journal: the JSON-lines log of optuna.storages.JournalStorage
// (optuna/storages/journal/_storage.py), which Python Optuna (JournalFileBackend) and
// optuna-dashboard's browser mode open. Each trial is written as a live run writes it: created
// running with its params, then its user attrs, then its final state and value.
import type { AttrValue, TrialRecord, TrialState } from '../search/types';
import { distributionToJson, toInternal } from './optuna-distribution';

export { distributionToJson } from './optuna-distribution';

/** Optuna's JournalOperation codes. */
export const OP = {
  CREATE_STUDY: 0,
  DELETE_STUDY: 1,
  SET_STUDY_USER_ATTR: 2,
  SET_STUDY_SYSTEM_ATTR: 3,
  CREATE_TRIAL: 4,
  SET_TRIAL_PARAM: 5,
  SET_TRIAL_STATE_VALUES: 6,
  SET_TRIAL_INTERMEDIATE_VALUE: 7,
  SET_TRIAL_USER_ATTR: 8,
  SET_TRIAL_SYSTEM_ATTR: 9,
} as const;

/** Optuna's TrialState values (WAITING = 4 has no counterpart here). */
export const STATE_CODE: Record<TrialState, number> = { running: 0, complete: 1, pruned: 2, failed: 3 };
/** StudyDirection.MINIMIZE */
export const MINIMIZE = 1;
const WORKER_ID = 'shelfcast-export';

export interface ExportableStudy {
  name: string;
  /** The objective's name, shown by optuna-dashboard (`study:metric_names`). */
  metricName: string;
  userAttrs: Record<string, unknown>;
  trials: readonly TrialRecord[];
}

/** "2026-11-27T04:07:39.204Z" → "2026-11-27T04:07:39.204000+00:00", as Optuna 5 writes (any Python ≥ 3.7 reads it). */
export function pythonIsoTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: ${iso}`);
  return `${date.toISOString().slice(0, 23)}000+00:00`;
}

function trialLines(trial: TrialRecord, trialId: number): object[] {
  const distributions: Record<string, string> = {};
  const params: Record<string, number> = {};
  for (const [name, value] of Object.entries(trial.params)) {
    const distribution = trial.distributions[name];
    if (!distribution) throw new Error(`trial ${trial.number} has no distribution for ${name}`);
    distributions[name] = distributionToJson(distribution);
    params[name] = toInternal(distribution, value);
  }
  const start = pythonIsoTime(trial.datetimeStart);
  const lines: object[] = [
    {
      op_code: OP.CREATE_TRIAL,
      worker_id: WORKER_ID,
      study_id: 0,
      datetime_start: start,
      state: STATE_CODE.running,
      distributions,
      params,
      user_attrs: {},
      system_attrs: {},
      intermediate_values: {},
    },
  ];
  // optuna-dashboard calls toString() on every user attr value, so nulls are left out (and a
  // running trial carries no "value": the dashboard would show it as [null]).
  for (const [key, value] of Object.entries(trial.userAttrs) as [string, AttrValue][]) {
    if (value !== null) lines.push({ op_code: OP.SET_TRIAL_USER_ATTR, worker_id: WORKER_ID, trial_id: trialId, user_attr: { [key]: value } });
  }
  if (trial.state !== 'running') {
    lines.push({
      op_code: OP.SET_TRIAL_STATE_VALUES,
      worker_id: WORKER_ID,
      trial_id: trialId,
      state: STATE_CODE[trial.state],
      values: trial.state === 'complete' ? [trial.value] : null,
      // Python reads only datetime_complete here; optuna-dashboard also resets the start from it.
      datetime_start: start,
      datetime_complete: pythonIsoTime(trial.datetimeComplete ?? trial.datetimeStart),
    });
  }
  return lines;
}

/** The journal file's text: one JSON object per line, trials in number order. */
export function exportOptunaJournal(study: ExportableStudy): string {
  const trials = [...study.trials].sort((a, b) => a.number - b.number);
  const lines: object[] = [
    { op_code: OP.CREATE_STUDY, worker_id: WORKER_ID, study_name: study.name, directions: [MINIMIZE] },
    { op_code: OP.SET_STUDY_SYSTEM_ATTR, worker_id: WORKER_ID, study_id: 0, system_attr: { 'study:metric_names': [study.metricName] } },
  ];
  for (const [key, value] of Object.entries(study.userAttrs)) {
    lines.push({ op_code: OP.SET_STUDY_USER_ATTR, worker_id: WORKER_ID, study_id: 0, user_attr: { [key]: value } });
  }
  trials.forEach((trial, trialId) => lines.push(...trialLines(trial, trialId)));
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}
