// Validation of one configuration value: either the value to apply or a message that names the
// key and the bad value. Object-valued keys (search_space, seeds) merge onto the current value.
import type { ConfigKey, StudyConfig } from './config';
import { PROFILE_NAMES } from './config';
import { show, type Checked } from './check';
import { validateSearchSpace, validateSeeds } from './validate-space';

const good = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (key: string, expected: string, raw: unknown): Checked<never> => ({
  ok: false,
  message: `${key} must be ${expected}; got ${show(raw)}.`,
});

function wholeNumber(key: string, raw: unknown, min: number, max: number): Checked<number> {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) return good(raw);
  return bad(key, `a whole number from ${min} to ${max}`, raw);
}

function positive(key: string, raw: unknown, allowZero: boolean): Checked<number> {
  if (typeof raw === 'number' && Number.isFinite(raw) && (allowZero ? raw >= 0 : raw > 0)) return good(raw);
  return bad(key, allowZero ? 'a number ≥ 0' : 'a number > 0', raw);
}

function oneOf<T extends string>(key: string, raw: unknown, choices: readonly T[]): Checked<T> {
  if (typeof raw === 'string' && (choices as readonly string[]).includes(raw)) return good(raw as T);
  return bad(key, `one of ${choices.join(', ')}`, raw);
}

function orNull(check: (raw: unknown) => Checked<number>, key: string, raw: unknown): Checked<number | null> {
  if (raw === null) return good(null);
  const checked = check(raw);
  return checked.ok ? checked : { ok: false, message: checked.message.replace(' must be ', ' must be none (null) or ') };
}

type Validator<K extends ConfigKey> = (raw: unknown, current: StudyConfig[K]) => Checked<StudyConfig[K]>;

const VALIDATORS: { [K in ConfigKey]: Validator<K> } = {
  profile: (raw) => oneOf('profile', raw, PROFILE_NAMES),
  n_trials: (raw) => wholeNumber('n_trials', raw, 1, 100_000),
  patience: (raw) => wholeNumber('patience', raw, 1, 100_000),
  min_trials: (raw) => wholeNumber('min_trials', raw, 0, 100_000),
  min_improvement: (raw) => positive('min_improvement', raw, true),
  force_retrain: (raw) => (typeof raw === 'boolean' ? good(raw) : bad('force_retrain', 'true or false', raw)),
  max_model_age_days: (raw) => orNull((r) => positive('max_model_age_days', r, false), 'max_model_age_days', raw),
  performance_threshold: (raw) => orNull((r) => positive('performance_threshold', r, false), 'performance_threshold', raw),
  study_storage: (raw) => oneOf('study_storage', raw, ['persistent', 'ephemeral'] as const),
  timeout_s: (raw) => positive('timeout_s', raw, false),
  fit_time_limit_s: (raw) => positive('fit_time_limit_s', raw, false),
  engine: (raw) => oneOf('engine', raw, ['wasm', 'native'] as const),
  test_weeks: (raw) => wholeNumber('test_weeks', raw, 1, 520),
  validation_weeks: (raw) => wholeNumber('validation_weeks', raw, 1, 520),
  cv_folds: (raw) => wholeNumber('cv_folds', raw, 1, 12),
  forecast_weeks: (raw) => wholeNumber('forecast_weeks', raw, 1, 520),
  selection: (raw) => oneOf('selection', raw, ['auto', 'original'] as const),
  sampler: (raw) => oneOf('sampler', raw, ['tpe', 'random', 'grid'] as const),
  sampler_seed: (raw) => wholeNumber('sampler_seed', raw, 0, 0xffffffff),
  objective: (raw) => oneOf('objective', raw, ['rmse', 'mae', 'mase'] as const),
  search_space: (raw, current) => validateSearchSpace(raw, current),
  seeds: (raw, current) => validateSeeds(raw, current),
  study_retention_days: (raw) => orNull((r) => positive('study_retention_days', r, false), 'study_retention_days', raw),
};

export const CONFIG_KEYS = Object.keys(VALIDATORS) as ConfigKey[];

export function isConfigKey(key: string): key is ConfigKey {
  return Object.prototype.hasOwnProperty.call(VALIDATORS, key);
}

/** Checks `raw` for `key`, given the value it would replace (object keys merge onto it). */
export function validateValue<K extends ConfigKey>(key: K, raw: unknown, current: StudyConfig[K]): Checked<StudyConfig[K]> {
  return (VALIDATORS[key] as Validator<K>)(raw, current);
}
