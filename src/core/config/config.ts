// The study configuration: every knob of the original pipeline's profiles plus the lab's own.
// Keys are snake_case because they are user-facing names, identical in URL queries, config JSON,
// the settings panel and validation messages (`?n_trials=40` sets `n_trials`).
import type { EngineName } from '../model/engine';
import type { BaselineMethod } from '../model/spec';

export type ProfileName = 'development' | 'testing' | 'production';
export const PROFILE_NAMES: readonly ProfileName[] = ['development', 'testing', 'production'];

export type SamplerName = 'tpe' | 'random' | 'grid';
export type ObjectiveMetric = 'rmse' | 'mae' | 'mase';
export type StudyStorage = 'persistent' | 'ephemeral';
export type SearchFamily = 'sarima' | 'fourier' | 'arima' | 'baseline';

/** How a study chooses: the lab's rolling-origin choice, or the original pipeline's single window and blind d search. */
export type SelectionName = 'auto' | 'original';

/** Inclusive integer range, as Optuna's IntDistribution(low, high). */
export interface IntRange {
  low: number;
  high: number;
}

/** What the search may try; the original's space plus the model family and the engine. */
export interface SearchSpaceConfig {
  p: IntRange;
  d: IntRange;
  q: IntRange;
  P: IntRange;
  D: IntRange;
  Q: IntRange;
  /** Seasonal period of the SARIMA family (weeks). */
  s: number;
  /** Fourier pairs K of the ARIMA + Fourier family. */
  K: IntRange;
  /** 0–1: whether ARIMA and Fourier models with d = 1 may carry a drift term (absent in older configs: none). */
  drift?: IntRange;
  /** Period of the Fourier terms in weeks (365.25/7 for the yearly cycle of weekly data). */
  fourier_period: number;
  families: SearchFamily[];
  engines: EngineName[];
  /** Which baselines the 'baseline' family holds (all when absent); set per product by the lab. */
  baselines?: BaselineMethod[];
}

/** One enqueued parameter set: SARIMA(p,d,q)(P,D,Q)[s] as the original's seeds are. */
export interface SeedParams {
  p: number;
  d: number;
  q: number;
  P: number;
  D: number;
  Q: number;
}

/** Seeds per product id; `default` applies to every product without its own list. */
export interface SeedTable {
  default: SeedParams[];
  products: Record<string, SeedParams[]>;
}

export interface StudyConfig {
  profile: ProfileName;
  n_trials: number;
  patience: number;
  min_trials: number;
  /** Absolute, in the objective's units, as the original's RMSE threshold. */
  min_improvement: number;
  force_retrain: boolean;
  max_model_age_days: number | null;
  /** Relative degradation that triggers a retrain (0.05 = 5 %). */
  performance_threshold: number | null;
  study_storage: StudyStorage;
  /** Wall-clock budget of one study, checked between trials. */
  timeout_s: number;
  /** Budget of one fit; enforced by the caller (a worker that is terminated). */
  fit_time_limit_s: number;
  engine: EngineName;
  test_weeks: number;
  /** Weeks each rolling origin forecasts, at most (the test window's length when shorter). */
  validation_weeks: number;
  /** Rolling origins a candidate is scored on (auto selection). */
  cv_folds: number;
  /** Weeks forecast after the last real week. */
  forecast_weeks: number;
  selection: SelectionName;
  sampler: SamplerName;
  sampler_seed: number;
  objective: ObjectiveMetric;
  search_space: SearchSpaceConfig;
  seeds: SeedTable;
  /** Stored studies not updated for this many days are purged before a training run; null = keep all. */
  study_retention_days: number | null;
}

export type ConfigKey = keyof StudyConfig;

/** Where a value came from, lowest precedence first. */
export type ConfigSource = 'profile' | 'json' | 'url' | 'panel';
export const SOURCE_ORDER: readonly ConfigSource[] = ['profile', 'json', 'url', 'panel'];

/** A configuration and, per key, the layer that set it (stored with every study and run). */
export interface ResolvedConfig {
  config: StudyConfig;
  sources: Record<ConfigKey, ConfigSource>;
  /** Values that were rejected, each with a message naming the key and the bad value. */
  problems: ConfigProblem[];
}

export interface ConfigProblem {
  source: ConfigSource;
  key: string;
  message: string;
}
