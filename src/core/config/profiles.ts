// The three profiles with the numbers of the table (the original's documented values),
// and the defaults every profile shares: search space, holdouts, seeds, sampler.
import { WEEKS_PER_YEAR } from '../model/spec';
import type { ProfileName, SearchSpaceConfig, SeedParams, SeedTable, SelectionName, StudyConfig } from './config';

const seed = (p: number, d: number, q: number, P: number, D: number, Q: number): SeedParams => ({ p, d, q, P, D, Q });

/** The original's per-book seeds, in its order (the first is tried first). */
export const ORIGINAL_SEEDS: SeedTable = {
  default: [seed(1, 0, 0, 1, 0, 0), seed(1, 0, 0, 2, 0, 1)],
  products: {
    // The Alchemist: (1,0,0)(2,0,1) "best performing", then (1,0,0)(1,0,0).
    '9780722532935': [seed(1, 0, 0, 2, 0, 1), seed(1, 0, 0, 1, 0, 0)],
    // The Very Hungry Caterpillar.
    '9780241003008': [seed(2, 1, 1, 1, 0, 1), seed(1, 1, 1, 2, 0, 2), seed(0, 2, 3, 2, 0, 3)],
  },
};

/** The original's space (p 0–3, d 0–2, q 0–4, P 0–2, D 0–1, Q 0–3, s = 52) plus families: selection "original". */
export const ORIGINAL_SEARCH_SPACE: SearchSpaceConfig = {
  p: { low: 0, high: 3 },
  d: { low: 0, high: 2 },
  q: { low: 0, high: 4 },
  P: { low: 0, high: 2 },
  D: { low: 0, high: 1 },
  Q: { low: 0, high: 3 },
  s: 52,
  K: { low: 1, high: 10 },
  fourier_period: WEEKS_PER_YEAR,
  families: ['sarima', 'fourier', 'arima'],
  engines: ['native'],
};

/**
 * The lab's space (selection "auto"): d is decided by unit-root tests within 0–1 rather than
 * searched (a second difference extrapolates a trend quadratically; widen d to allow it); ARIMA and Fourier orders small enough to estimate well on a few years of weeks, drift
 * for d = 1, and the baselines as candidates. SARIMA at s = 52 stays in the original space: its
 * fits are slow and memory-hungry, and Fourier terms carry the yearly pattern better.
 */
export const DEFAULT_SEARCH_SPACE: SearchSpaceConfig = {
  ...ORIGINAL_SEARCH_SPACE,
  // Where the lab's space differs from the original's (p, D, s, the Fourier period and engines are the same).
  d: { low: 0, high: 1 },
  q: { low: 0, high: 3 },
  P: { low: 0, high: 1 },
  Q: { low: 0, high: 1 },
  K: { low: 1, high: 5 },
  drift: { low: 0, high: 1 },
  families: ['arima', 'fourier', 'baseline'],
};

/** The default space of a selection. */
export function searchSpaceFor(selection: SelectionName): SearchSpaceConfig {
  return structuredCloneSpace(selection === 'original' ? ORIGINAL_SEARCH_SPACE : DEFAULT_SEARCH_SPACE);
}

type ProfileKnobs = Pick<
  StudyConfig,
  'n_trials' | 'patience' | 'min_trials' | 'min_improvement' | 'force_retrain' | 'max_model_age_days' | 'performance_threshold' | 'study_storage'
>;

/** The table, column by column. */
export const PROFILE_KNOBS: Record<ProfileName, ProfileKnobs> = {
  development: {
    n_trials: 10,
    patience: 3,
    min_trials: 5,
    min_improvement: 0.5,
    force_retrain: true,
    max_model_age_days: null,
    performance_threshold: null,
    study_storage: 'persistent',
  },
  testing: {
    n_trials: 50,
    patience: 15,
    min_trials: 25,
    min_improvement: 0.1,
    force_retrain: false,
    max_model_age_days: 7,
    performance_threshold: 0.1,
    study_storage: 'persistent',
  },
  production: {
    n_trials: 100,
    patience: 25,
    min_trials: 50,
    min_improvement: 0.05,
    force_retrain: false,
    max_model_age_days: 30,
    performance_threshold: 0.05,
    study_storage: 'ephemeral',
  },
};

/** A fresh, complete configuration of `profile` (deep copies: callers may mutate). */
export function profileConfig(profile: ProfileName): StudyConfig {
  return {
    profile,
    ...PROFILE_KNOBS[profile],
    timeout_s: 30 * 60,
    fit_time_limit_s: 60,
    engine: 'native',
    test_weeks: 32,
    validation_weeks: 32,
    cv_folds: 3,
    // A year ahead; the original's predictor served 12 weeks.
    forecast_weeks: 52,
    selection: 'auto',
    sampler: 'tpe',
    sampler_seed: 0,
    objective: 'rmse',
    search_space: structuredCloneSpace(DEFAULT_SEARCH_SPACE),
    seeds: JSON.parse(JSON.stringify(ORIGINAL_SEEDS)) as SeedTable,
    study_retention_days: 90,
  };
}

function structuredCloneSpace(space: SearchSpaceConfig): SearchSpaceConfig {
  return JSON.parse(JSON.stringify(space)) as SearchSpaceConfig;
}

/** Seeds for one product: its own list, or the default list (own entries only: an id may be "constructor"). */
export function seedsFor(table: SeedTable, productId: string): SeedParams[] {
  return Object.hasOwn(table.products, productId) ? table.products[productId]! : table.default;
}
