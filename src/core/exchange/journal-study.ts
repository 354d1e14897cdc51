// What an imported Optuna journal becomes: its own study (a key of its own, so it can never overwrite
// or steer the lab's study), or, only when the person asks, new trials merged into the lab's study of
// the same key. The file's config and split are validated before anything is stored.
import { sha256Hex } from '../digest';
import { BASELINE_METHODS, type BaselineMethod } from '../model/spec';
import type { ConfigSource, StudyConfig } from '../config/config';
import { SOURCE_ORDER } from '../config/config';
import { profileConfig } from '../config/profiles';
import { isConfigKey, validateValue } from '../config/validate';
import { fail, ok, type Result } from '../result';
import type { StudyIdentity } from '../search/study-key';
import { countTrials, type StudyRecord } from '../search/study-record';
import type { StopCode, StopReason, TrialRecord } from '../search/types';
import type { ImportedStudy } from './optuna-journal-import';

export type JournalStudyErrorCode = 'no-complete-trials' | 'invalid-config' | 'invalid-split' | 'no-study-to-merge';

export interface JournalStudyPlan {
  /** The study to write: a new one of its own, or the stored study (merge) with its counts updated. */
  record: StudyRecord;
  /** The trials to write: all of the file's, or (merge) those whose numbers the stored study lacks. */
  trials: TrialRecord[];
  merged: boolean;
  /** Merge: the file's trials left out because the stored study already holds their numbers. */
  kept: number;
}

export interface JournalStudyOptions {
  file: string;
  /** The journal's text: its digest names the imported study. */
  text: string;
  /** Used when the journal names no product (a journal Python Optuna wrote). */
  fallbackProductId: string;
  /** Merge into the stored study of the journal's own key, which the person chose knowingly. */
  merge: boolean;
  /** The stored study with the journal's `shelfcast:study_key`, and its trials, if any. */
  stored: { record: StudyRecord; trials: readonly TrialRecord[] } | null;
  at: Date;
}

type Attrs = Record<string, unknown>;
const isObject = (v: unknown): v is Attrs => typeof v === 'object' && v !== null && !Array.isArray(v);
const wholeIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The file's configuration over the default profile's, every key validated; unknown keys refused. */
function configOf(raw: unknown, file: string): Result<StudyConfig, 'invalid-config'> {
  const config = profileConfig('development');
  if (raw === undefined) return ok(config);
  if (!isObject(raw)) return fail('invalid-config', `${file}: its shelfcast:config must be an object of settings.`, { file });
  for (const [key, entry] of Object.entries(raw)) {
    const value = key === 'search_space' ? withoutBaselines(entry) : { rest: entry, baselines: undefined };
    if (value === null)
      return fail(
        'invalid-config',
        `${file}: in its shelfcast:config, search_space.baselines must be a list of ${BASELINE_METHODS.join(', ')}; nothing was imported.`,
        { file },
      );
    if (!isConfigKey(key)) return fail('invalid-config', `${file}: its shelfcast:config has an unknown setting "${key}"; nothing was imported.`, { file });
    const checked = validateValue(key, value.rest, config[key]);
    if (!checked.ok) return fail('invalid-config', `${file}: in its shelfcast:config, ${checked.error.message} Nothing was imported.`, { file });
    // The validator checked this value for this key; TypeScript cannot pair them through a loop.
    (config as unknown as Record<string, unknown>)[key] = value.baselines ? { ...(checked.value as object), baselines: value.baselines } : checked.value;
  }
  return ok(config);
}

/**
 * The lab sets `search_space.baselines` per product (it is no user setting, so the config validator
 * does not take it): checked here on its own. Null when it is there and not a list of known methods.
 */
function withoutBaselines(space: unknown): { rest: unknown; baselines: BaselineMethod[] | undefined } | null {
  if (!isObject(space) || !('baselines' in space)) return { rest: space, baselines: undefined };
  const { baselines, ...rest } = space;
  const known = Array.isArray(baselines) && baselines.every((b) => BASELINE_METHODS.includes(b as BaselineMethod));
  return known ? { rest, baselines: [...new Set(baselines as BaselineMethod[])] } : null;
}

function splitOf(raw: unknown, config: StudyConfig, file: string): Result<StudyIdentity['split'], 'invalid-split'> {
  const split = raw ?? { testWeeks: config.test_weeks, validationWeeks: config.validation_weeks };
  const bad = fail(
    'invalid-split',
    `${file}: its shelfcast:split must have testWeeks and validationWeeks from 1 to 520 (and folds from 1 to 12, selection "auto", if present); nothing was imported.`,
    { file },
  );
  if (!isObject(split) || !wholeIn(split.testWeeks, 1, 520) || !wholeIn(split.validationWeeks, 1, 520)) return bad;
  if (Object.keys(split).some((k) => !['testWeeks', 'validationWeeks', 'folds', 'selection'].includes(k))) return bad;
  if (split.folds !== undefined && !wholeIn(split.folds, 1, 12)) return bad;
  if (split.selection !== undefined && split.selection !== 'auto') return bad;
  return ok(split as StudyIdentity['split']);
}

function sourcesOf(raw: unknown): StudyRecord['configSources'] {
  if (!isObject(raw)) return {};
  const valid = Object.entries(raw).filter(([k, v]) => isConfigKey(k) && SOURCE_ORDER.includes(v as ConfigSource));
  return Object.fromEntries(valid) as StudyRecord['configSources'];
}

const STOP_CODES: readonly StopCode[] = ['early-stopped', 'n-trials', 'timeout', 'aborted', 'space-exhausted', 'empty-space'];

/** How the exported study ended, when the file says so in a shape the lab knows. */
function stopOf(raw: unknown): StopReason | null {
  if (!isObject(raw) || !STOP_CODES.includes(raw.code as StopCode) || typeof raw.message !== 'string') return null;
  return { code: raw.code as StopCode, message: raw.message.slice(0, 1000) };
}

const text = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length >= 1 && v.length <= max ? v : null);

/** Decides and validates what an imported journal becomes; nothing is stored here. */
export async function planJournalStudy(imported: ImportedStudy, options: JournalStudyOptions): Promise<Result<JournalStudyPlan, JournalStudyErrorCode>> {
  const { file } = options;
  const complete = imported.trials.filter((t) => t.state === 'complete' && t.value !== null);
  if (complete.length === 0) {
    return fail(
      'no-complete-trials',
      `${file}: study "${imported.name}" has no complete trial (${imported.trials.length} trial${imported.trials.length === 1 ? '' : 's'}, none finished with a value), so there is nothing to compare or choose; nothing was imported.`,
      { file },
    );
  }
  const attrs = imported.userAttrs;
  const fileKey = text(attrs['shelfcast:study_key'], 500);
  if (options.merge) return mergePlan(imported, fileKey, options);
  const config = configOf(attrs['shelfcast:config'], file);
  if (!config.ok) return config;
  const split = splitOf(attrs['shelfcast:split'], config.value, file);
  if (!split.ok) return split;
  const key = `imported-${(await sha256Hex(options.text)).slice(0, 16)}`;
  const productId = text(attrs['shelfcast:product_id'], 200) ?? options.fallbackProductId;
  const identity: StudyIdentity = {
    productId,
    dataDigest: text(attrs['shelfcast:data_digest'], 200) ?? '',
    searchSpace: config.value.search_space,
    split: split.value,
    objective: config.value.objective,
  };
  const at = options.at.toISOString();
  const record: StudyRecord = {
    recordVersion: 1,
    key,
    productId,
    identity,
    config: { ...config.value, study_storage: 'persistent' },
    configSources: sourcesOf(attrs['shelfcast:config_sources']),
    storage: 'persistent',
    state: 'finished',
    stop: stopOf(attrs['shelfcast:stop']),
    choice: null,
    bestValue: Math.min(...complete.map((t) => t.value!)),
    counts: countTrials(imported.trials),
    paretoFront: [],
    droppedFamilies: [],
    createdAt: at,
    updatedAt: at,
  };
  return ok({ record, trials: imported.trials, merged: false, kept: 0 });
}

/** New trials appended to the stored study of the journal's key; stored trials are never replaced. */
function mergePlan(imported: ImportedStudy, fileKey: string | null, options: JournalStudyOptions): Result<JournalStudyPlan, 'no-study-to-merge'> {
  const { stored, file } = options;
  if (!fileKey || !stored || stored.record.key !== fileKey) {
    return fail(
      'no-study-to-merge',
      `${file}: this browser has no study with the journal's key${fileKey ? ` ${fileKey.slice(0, 12)}…` : ' (it names none)'}, so there is nothing to merge into; import it as its own study instead.`,
      { file },
    );
  }
  const held = new Set(stored.trials.map((t) => t.number));
  const added = imported.trials.filter((t) => !held.has(t.number));
  const all = [...stored.trials, ...added];
  const values = all.filter((t) => t.state === 'complete' && t.value !== null).map((t) => t.value!);
  const record: StudyRecord = {
    ...stored.record,
    counts: countTrials(all),
    bestValue: values.length ? Math.min(...values) : stored.record.bestValue,
    updatedAt: options.at.toISOString(),
  };
  return ok({ record, trials: added, merged: true, kept: imported.trials.length - added.length });
}
