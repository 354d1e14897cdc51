// The model registry's records: versions of `arima_book_{id}`, aliases, champion events, decisions.
// Plain, versioned, serialisable: they are stored in IndexedDB and exported as model JSON.
import type { FittedModel } from '../model/engine';
import type { ModelFamily, ModelSpec } from '../model/spec';

/** Accuracy on one window; MAPE, sMAPE and MASE are null where undefined (all-zero weeks, flat history). */
export interface MetricSet {
  rmse: number;
  mae: number;
  mape: number | null;
  smape: number | null;
  mase: number | null;
  /** Kept when the evaluation recorded them (the engine's AccuracyMetrics): bias, MPE, zero weeks skipped by MAPE. */
  me?: number;
  mpe?: number | null;
  mapeSkipped?: number;
}

/** A run of consecutive weeks, by the week-ending date of its first and last week. */
export interface WeekRange {
  start: string;
  end: string;
  weeks: number;
}

/** The series a version was built from, and the part of it the model was fitted on. */
export interface TrainingData extends WeekRange {
  /** SHA-256 of the canonical series (see `seriesDigest`): detects appended vs revised history. */
  digest: string;
  fitted: WeekRange;
}

export interface Evaluation {
  validation: MetricSet | null;
  test: MetricSet;
  /** The held-out weeks `test` was measured on; champions are compared only on the same window. */
  testWindow: WeekRange;
  /** Naive, seasonal naive and the like, on the same test window. */
  baselines: { name: string; metrics: MetricSet }[];
  /**
   * Set when this version is a baseline registered in place of the study's choice, which was worse
   * than the baseline on the test weeks by more than the registry's margin: what it replaced, and why.
   */
  replaced?: { spec: ModelSpec; test: MetricSet; reason: string; /** Its forecast of the test weeks. */ forecast: ForecastTable | null };
}

/** Forecast table, one row per week after the end of the data (or of the fit). */
export interface ForecastTable {
  weekEnding: string[];
  mean: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}

/** What goes in and comes out: the model's signature. */
export interface IoDescription {
  frequency: 'weekly';
  /** 0 = Sunday … 6 = Saturday. */
  weekEndingDay: number;
  horizon: number;
  units: string;
}

export type Provenance =
  | { kind: 'trained' }
  | {
      kind: 'imported';
      importedAt: string;
      fileName: string;
      exportedAt: string;
      exportedBy: string;
      checksum: string;
      originalName: string;
      originalVersion: number;
      /**
       * 'recomputed': its test metrics were measured again on the importer's own series, on the
       * champion's test window. 'unverified' (or absent, in versions imported before this existed):
       * its metrics are the file's own, which a checksum cannot vouch for.
       */
      verification?: ImportVerification;
    };

export type ImportVerification = 'recomputed' | 'unverified';

/** One registered version, before the registry gives it a name and a number. */
export interface ModelVersionDraft {
  productId: string;
  productTitle: string;
  family: ModelFamily;
  spec: ModelSpec;
  engine: FittedModel['engine'];
  /** Coefficients and engine state where the engine provides them; null means refit from spec + series. */
  fitted: FittedModel | null;
  data: TrainingData;
  evaluation: Evaluation;
  /** The backtest: the forecast of the test window recorded at training time (what an import or a refit is checked against). */
  forecast: ForecastTable | null;
  /** The forecast of the weeks after the last real week (absent in versions stored before it existed). */
  future?: FutureForecast | null;
  /** The configuration the run used (profile knobs), as plain JSON. */
  config: Record<string, unknown>;
  study: { key: string; trial: number } | null;
  fitMs: number;
  /** Wall time of the search that produced this version: the estimate of what a reuse saves. */
  searchMs: number;
  createdAt: string;
  appVersion: string;
  io: IoDescription;
  provenance: Provenance;
}

export interface ModelVersion extends ModelVersionDraft {
  recordVersion: 2;
  /** `arima_book_{productId}`. */
  name: string;
  version: number;
}

/** Per product: aliases and the next version number (numbers are never reused after deletion). */
export interface ProductAliases {
  productId: string;
  champion: number | null;
  /** Set while a challenger is being judged or after it lost; cleared when it wins. */
  challenger: number | null;
  /** The champion before the current one: retention never deletes it, rollback usually goes to it. */
  previousChampion: number | null;
  nextVersion: number;
}

export type ChampionEventKind = 'first-champion' | 'promoted' | 'challenger-lost' | 'rollback';

/** Every change of champion (and every lost challenge) is logged. */
export interface ChampionEvent {
  productId: string;
  kind: ChampionEventKind;
  from: number | null;
  to: number | null;
  challenger: number | null;
  reason: string;
  numbers: Record<string, number | string | null>;
  at: string;
}

/** `arima_book_{id}`, the original's registered-model name. */
export function registeredModelName(productId: string): string {
  return `arima_book_${productId}`;
}

/** An empty alias record for a product that has no versions yet. */
export function emptyAliases(productId: string): ProductAliases {
  return { productId, champion: null, challenger: null, previousChampion: null, nextVersion: 1 };
}

/** The forecast of the weeks after the last real week (registry/future-forecast.ts makes it). */
export interface FutureForecast {
  /** The last real week: the forecast starts the week after it. */
  origin: string;
  table: ForecastTable;
  /** Means or interval bounds below zero were set to zero (a history of unit sales). */
  truncatedAtZero: boolean;
  /** The weeks the spec was refitted on (the latest ones, as training fits). */
  fittedWeeks: WeekRange;
  /** The fit on those weeks, with its engine state: what a shared model forecasts from. */
  fitted: Omit<FittedModel, 'residuals'> | null;
  createdAt: string;
  /**
   * SHA-256 of the whole series it was made from (see `seriesDigest`). Absent in forecasts stored
   * before refits existed: those were made at training, from the version's `data`.
   */
  seriesDigest?: string;
  /** 'refit': the champion's spec refitted on newer weeks without a search (absent: made at training). */
  source?: 'training' | 'refit';
}
