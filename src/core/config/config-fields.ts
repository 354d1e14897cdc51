// What each configuration key is: its kind (a choice, a bounded number, a flag, a JSON object), its
// bounds, a one-line help and the original pipeline's value. Validation and the settings panel both
// read this table, so the bounds a form offers are the bounds the lab enforces.
import type { ConfigKey } from './config';
import { PROFILE_NAMES } from './config';

interface FieldText {
  /** One line: what the setting does. */
  help: string;
  /** The original pipeline's value, as it would be written here ("" when the original had none). */
  original: string;
}

/** A value from a fixed list. */
export interface ChoiceField extends FieldText {
  kind: 'choice';
  choices: readonly string[];
}

/** A number within [min, max]; `whole` for integers; `nullable` when none (null) is allowed. */
export interface NumberField extends FieldText {
  kind: 'number';
  min: number;
  max: number;
  whole: boolean;
  nullable: boolean;
  /** What the number counts ("days", "s", "weeks"); shown beside the input. */
  unit: string;
  /** What none (null) means, for nullable fields. */
  noneMeans?: string;
}

/** An age in days (up to a century), or none for no limit. */
function optionalDays(noneMeans: string, help: string, original: string): NumberField {
  return { kind: 'number', min: 1, max: 36_500, whole: false, nullable: true, unit: 'days', noneMeans, help, original };
}

export interface FlagField extends FieldText {
  kind: 'boolean';
}

/** An object edited as JSON (a partial object merges onto the current value). */
export interface JsonField extends FieldText {
  kind: 'json';
}

export type ConfigField = ChoiceField | NumberField | FlagField | JsonField;

const whole = (min: number, max: number, unit: string, help: string, original: string): NumberField => ({
  kind: 'number',
  min,
  max,
  whole: true,
  nullable: false,
  unit,
  help,
  original,
});
const choice = (choices: readonly string[], help: string, original: string): ChoiceField => ({ kind: 'choice', choices, help, original });

/** setTimeout holds at most 2^31 − 1 ms (about 24.8 days); a longer fit limit would fire at once. */
export const MAX_FIT_TIME_LIMIT_S = 86_400;

/** Every key, in the order the panel shows them. */
export const CONFIG_FIELDS: { readonly [K in ConfigKey]: ConfigField } = {
  profile: choice(
    PROFILE_NAMES,
    'The preset every other value starts from; development trains fast, production searches longest.',
    'development / testing / production',
  ),
  n_trials: whole(1, 100_000, 'trials', 'Most trials (fitted candidates) one study runs per product.', '10 / 50 / 100 by profile'),
  patience: whole(1, 100_000, 'trials', 'Stop the search after this many trials in a row without an improvement.', '3 / 15 / 25 by profile'),
  min_trials: whole(0, 100_000, 'trials', 'Trials a study always runs before early stopping may stop it.', '5 / 25 / 50 by profile'),
  min_improvement: {
    kind: 'number',
    min: 0,
    max: 1_000_000,
    whole: false,
    nullable: false,
    unit: 'objective units',
    help: 'How much better (in the objective, e.g. RMSE) a trial must be to count as an improvement.',
    original: '0.5 / 0.1 / 0.05 by profile',
  },
  force_retrain: { kind: 'boolean', help: 'Train every chosen product even when its champion is still valid.', original: 'on in development, off otherwise' },
  max_model_age_days: optionalDays('never retrain for age', 'Retrain a product whose champion is older than this.', 'none / 7 / 30 by profile'),
  performance_threshold: {
    kind: 'number',
    min: 0.001,
    max: 10,
    whole: false,
    nullable: true,
    unit: 'fraction (0.05 = 5 %)',
    noneMeans: 'never retrain for degradation',
    help: "Retrain when the champion's recent error is this much worse than at training.",
    original: 'none / 0.1 / 0.05 by profile',
  },
  study_storage: choice(
    ['persistent', 'ephemeral'],
    'persistent: a study is kept and continued; ephemeral: each training run starts its search afresh.',
    'persistent; ephemeral in production',
  ),
  timeout_s: whole(10, 604_800, 's', 'Wall-clock budget of one study, checked between trials (at most 7 days).', '1800'),
  fit_time_limit_s: whole(1, MAX_FIT_TIME_LIMIT_S, 's', 'A single fit running longer than this is stopped and recorded as failed (at most a day).', '60'),
  engine: choice(['wasm', 'native'], 'ARIMA engine of the seeds and the final fit: native (TypeScript, R-compatible) or wasm (the arima package).', 'native'),
  test_weeks: whole(1, 520, 'weeks', 'Latest weeks held out to score the chosen model (the backtest).', '32'),
  validation_weeks: whole(1, 520, 'weeks', 'Weeks each rolling origin forecasts while the search compares candidates.', '32'),
  cv_folds: whole(1, 12, 'origins', 'Rolling origins each candidate is scored on (auto selection).', 'one window'),
  forecast_weeks: whole(1, 520, 'weeks', 'Weeks forecast after the last real week.', '12'),
  selection: choice(
    ['auto', 'original'],
    "auto: the lab's rolling-origin choice with tested differencing; original: one window and a blind d search.",
    'original',
  ),
  sampler: choice(['tpe', 'random', 'grid'], 'How the search proposes the next parameters: TPE (learns from trials), random, or a grid.', 'tpe'),
  sampler_seed: whole(0, 0xffffffff, '', 'Seed of the sampler, so a study can be repeated exactly.', '0'),
  objective: choice(['rmse', 'mae', 'mase'], 'The error a study minimises on the validation weeks.', 'rmse'),
  search_space: {
    kind: 'json',
    help: 'Orders and families the search may try; a partial object merges onto the current one.',
    original: 'p 0–3, d 0–2, q 0–4, P 0–2, D 0–1, Q 0–3, s 52',
  },
  seeds: { kind: 'json', help: 'Parameter sets tried first, per product id ("default" for the rest).', original: 'the per-book seeds' },
  study_retention_days: optionalDays(
    'keep every study',
    'Stored studies not updated for this many days are deleted before a training run (asked first).',
    "none (the lab's own)",
  ),
};
