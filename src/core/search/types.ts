// Studies and trials modelled as Optuna models them (optuna-dashboard's types): tagged-union
// distributions named after Optuna's classes, string trial states, user attributes.
import type { ModelSpec } from '../model/spec';
import type { ObjectiveMetric } from '../config/config';

export type Distribution =
  { type: 'IntDistribution'; low: number; high: number; step: 1; log: false } | { type: 'CategoricalDistribution'; choices: readonly string[] };

export type TrialState = 'running' | 'complete' | 'failed' | 'pruned';
export type ParamValue = number | string;
export type TrialParams = Record<string, ParamValue>;
export type AttrValue = string | number | boolean | null;

/** Where a trial's parameters came from. */
export type TrialOrigin = 'seed' | 'baseline' | 'sampler' | 'fallback';

export interface TrialRecord {
  /** 0-based position in the study, across sessions (Optuna's `trial.number`). */
  number: number;
  state: TrialState;
  params: TrialParams;
  distributions: Record<string, Distribution>;
  /** The objective on the validation window; null unless complete. */
  value: number | null;
  /** fit_ms, failure_reason, origin, engine, … (Optuna's user_attrs). */
  userAttrs: Record<string, AttrValue>;
  /** ISO 8601 UTC. */
  datetimeStart: string;
  datetimeComplete: string | null;
}

export type StopCode = 'early-stopped' | 'n-trials' | 'timeout' | 'aborted' | 'space-exhausted' | 'empty-space';

export interface StopReason {
  code: StopCode;
  message: string;
}

/** Which parameters were finally chosen and why (the original's fallback chain). */
export interface StudyChoice {
  params: TrialParams;
  spec: ModelSpec;
  /** The validation value of the chosen trial, or null for the safe default. */
  value: number | null;
  trialNumber: number | null;
  source: 'search' | 'seed' | 'combination' | 'safe-default';
  reason: string;
}

export interface StudySummary {
  studyKey: string;
  objective: ObjectiveMetric;
  trials: TrialRecord[];
  /** Trials finished in this session (the rest were continued from storage). */
  trialsThisSession: number;
  stop: StopReason;
  choice: StudyChoice;
  bestValue: number | null;
  /** Trial numbers on the Pareto front of (validation error, fit time). */
  paretoFront: number[];
}
