// Reads an Optuna journal (JSON lines of JournalStorage) back into a study: the operations are
// replayed as Optuna replays them, every line is validated, and problems name the line.
import { fail, ok, type Result } from '../result';
import type { AttrValue, Distribution, TrialParams, TrialRecord, TrialState } from '../search/types';
import { DistributionError, external, parseDistribution } from './optuna-distribution';
import { MINIMIZE, OP } from './optuna-journal';

export type JournalErrorCode = 'invalid-journal' | 'unsupported-study' | 'no-study';

export interface ImportedStudy {
  name: string;
  metricNames: string[];
  userAttrs: Record<string, unknown>;
  trials: TrialRecord[];
  /** Enqueued trials that never ran (Optuna's WAITING): not imported. */
  skippedWaiting: number;
}

interface ReplayTrial {
  state: number;
  params: TrialParams;
  distributions: Record<string, Distribution>;
  values: (number | null)[] | null;
  userAttrs: Record<string, AttrValue>;
  start: string | null;
  complete: string | null;
}

interface ReplayStudy {
  name: string;
  directions: number[];
  metricNames: string[];
  userAttrs: Record<string, unknown>;
  trialIds: number[];
}

class JournalError extends Error {}
const STATES: Record<number, TrialState | 'waiting'> = { 0: 'running', 1: 'complete', 2: 'pruned', 3: 'failed', 4: 'waiting' };
type Log = Record<string, unknown>;

function field<T>(log: Log, key: string, check: (v: unknown) => v is T, what: string): T {
  const value = log[key];
  if (!check(value)) throw new JournalError(`"${key}" must be ${what}`);
  return value;
}
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Log => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const isTime = (v: unknown): v is string | null | undefined => v === null || v === undefined || (typeof v === 'string' && !Number.isNaN(Date.parse(toUtc(v))));

/** Python's isoformat: naive times (older Optuna) are taken as UTC; microseconds kept to ms. */
function toUtc(text: string): string {
  return /([+-]\d\d:\d\d|Z)$/.test(text) ? text : `${text}Z`;
}
const isoOrNull = (v: string | null | undefined) => (v ? new Date(toUtc(v)).toISOString() : null);

function parseLine(line: string): Log {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // Python writes NaN/Infinity bare (the original pipeline's failed fits were +∞).
    value = JSON.parse(
      line.replace(/-Infinity|Infinity|NaN/g, (t) => `"__${t}__"`),
      (_k, v: unknown) => (v === '__Infinity__' ? Infinity : v === '__-Infinity__' ? -Infinity : v === '__NaN__' ? NaN : v),
    );
  }
  if (!isObject(value)) throw new JournalError('a line must be a JSON object');
  return value;
}

class Replay {
  studies = new Map<number, ReplayStudy>();
  trials: ReplayTrial[] = [];
  private nextStudyId = 0;

  apply(log: Log): void {
    const op = field(log, 'op_code', isInt, 'an operation code 0–9');
    // As Optuna's replay: updates to a finished trial are ignored.
    if (op >= OP.SET_TRIAL_PARAM && op !== OP.CREATE_TRIAL && [1, 2, 3].includes(this.trial(log).state)) return;
    if (op === OP.CREATE_STUDY) {
      const name = field(log, 'study_name', isString, 'a string');
      const directions = field(log, 'directions', isNumberList, 'a list of directions');
      if (![...this.studies.values()].some((s) => s.name === name)) {
        this.studies.set(this.nextStudyId++, { name, directions, metricNames: [], userAttrs: {}, trialIds: [] });
      }
    } else if (op === OP.DELETE_STUDY) this.studies.delete(field(log, 'study_id', isInt, 'a study id'));
    else if (op === OP.SET_STUDY_USER_ATTR) Object.assign(this.study(log).userAttrs, field(log, 'user_attr', isObject, 'an object'));
    else if (op === OP.SET_STUDY_SYSTEM_ATTR) {
      const names = field(log, 'system_attr', isObject, 'an object')['study:metric_names'];
      if (Array.isArray(names)) this.study(log).metricNames = names.map(String);
    } else if (op === OP.CREATE_TRIAL) this.createTrial(log);
    else if (op === OP.SET_TRIAL_PARAM) {
      const trial = this.trial(log);
      const name = field(log, 'param_name', isString, 'a string');
      const distribution = parseDistribution(log.distribution);
      trial.distributions[name] = distribution;
      trial.params[name] = external(distribution, log.param_value_internal);
    } else if (op === OP.SET_TRIAL_STATE_VALUES) {
      const trial = this.trial(log);
      trial.state = field(log, 'state', (v): v is number => isInt(v) && v in STATES, 'a trial state 0–4');
      if (log.values !== null && log.values !== undefined) trial.values = field(log, 'values', isNumberList, 'a list of numbers');
      if (trial.state === 0 && isTime(log.datetime_start)) trial.start = (log.datetime_start as string | null) ?? trial.start;
      if (trial.state !== 0 && trial.state !== 4) trial.complete = field(log, 'datetime_complete', isTime, 'an ISO time') ?? null;
    } else if (op === OP.SET_TRIAL_USER_ATTR) Object.assign(this.trial(log).userAttrs, field(log, 'user_attr', isObject, 'an object'));
    else if (op === OP.SET_TRIAL_INTERMEDIATE_VALUE || op === OP.SET_TRIAL_SYSTEM_ATTR) this.trial(log);
    else throw new JournalError(`unknown operation code ${op}`);
  }

  private study(log: Log): ReplayStudy {
    const study = this.studies.get(field(log, 'study_id', isInt, 'a study id'));
    if (!study) throw new JournalError(`study ${String(log.study_id)} does not exist`);
    return study;
  }

  private trial(log: Log): ReplayTrial {
    const trial = this.trials[field(log, 'trial_id', isInt, 'a trial id')];
    if (!trial) throw new JournalError(`trial ${String(log.trial_id)} does not exist`);
    return trial;
  }

  private createTrial(log: Log): void {
    const study = this.study(log);
    const distributions: Record<string, Distribution> = {};
    const params: TrialParams = {};
    const raw = isObject(log.distributions) ? log.distributions : {};
    for (const [name, text] of Object.entries(raw)) distributions[name] = parseDistribution(text);
    for (const [name, internal] of Object.entries(isObject(log.params) ? log.params : {})) {
      if (!distributions[name]) throw new JournalError(`param ${name} has no distribution`);
      params[name] = external(distributions[name], internal);
    }
    const value = log.value;
    const values = typeof value === 'number' ? [value] : isNumberList(log.values) ? log.values : null;
    const state = log.state === undefined ? 0 : field(log, 'state', (v): v is number => isInt(v) && v in STATES, 'a trial state 0–4');
    const start = field(log, 'datetime_start', isTime, 'an ISO time or null') ?? null;
    const complete = field(log, 'datetime_complete', isTime, 'an ISO time') ?? null;
    const userAttrs = (isObject(log.user_attrs) ? log.user_attrs : {}) as Record<string, AttrValue>;
    study.trialIds.push(this.trials.length);
    this.trials.push({ state, params, distributions, values, userAttrs: { ...userAttrs }, start, complete });
  }
}

function toRecord(trial: ReplayTrial, number: number): TrialRecord {
  let state = STATES[trial.state] as TrialState;
  let value = state === 'complete' ? (trial.values?.[0] ?? null) : null;
  const userAttrs = { ...trial.userAttrs };
  if (state === 'complete' && (value === null || !Number.isFinite(value))) {
    // The original pipeline recorded a failed fit as a COMPLETE trial worth +∞.
    state = 'failed';
    userAttrs.failure_reason ??= `objective value was ${String(value)}`;
    value = null;
  }
  const start = isoOrNull(trial.start) ?? isoOrNull(trial.complete) ?? new Date(0).toISOString();
  return {
    number,
    state,
    params: trial.params,
    distributions: trial.distributions,
    value,
    userAttrs,
    datetimeStart: start,
    datetimeComplete: isoOrNull(trial.complete),
  };
}

/** The study named `studyName` (or the first one) of a journal file, validated. */
export function importOptunaJournal(text: string, options: { file?: string; studyName?: string } = {}): Result<ImportedStudy, JournalErrorCode> {
  const file = options.file ?? 'journal';
  const replay = new Replay();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    try {
      replay.apply(parseLine(line));
    } catch (error) {
      const reason = error instanceof JournalError || error instanceof DistributionError || error instanceof SyntaxError ? error.message : String(error);
      return fail('invalid-journal', `${file}, line ${index + 1}: ${reason}.`, { file, row: index + 1 });
    }
  }
  const studies = [...replay.studies.values()];
  const study = options.studyName === undefined ? studies[0] : studies.find((s) => s.name === options.studyName);
  if (!study) {
    const names = studies.map((s) => `"${s.name}"`).join(', ') || 'none';
    return fail('no-study', `${file} has no study${options.studyName ? ` named "${options.studyName}"` : ''} (studies: ${names}).`, { file });
  }
  if (study.directions.length !== 1 || study.directions[0] !== MINIMIZE) {
    return fail('unsupported-study', `Study "${study.name}" is not a single-objective minimisation; the lab only minimises a forecast error.`, { file });
  }
  const ran = study.trialIds.map((id) => replay.trials[id]!).filter((t) => t.state !== 4);
  return ok({
    name: study.name,
    metricNames: study.metricNames,
    userAttrs: study.userAttrs,
    trials: ran.map(toRecord),
    skippedWaiting: study.trialIds.length - ran.length,
  });
}
