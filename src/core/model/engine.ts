// The contract between core and a forecasting engine: the `arima` WASM binding (src/engine), the
// native TypeScript estimator (src/core/model/native), or a fake in tests.
import type { Result } from '../result';
import type { ArimaSpec, ModelSpec } from './spec';

export type FitErrorCode = 'series-too-short' | 'invalid-input' | 'fit-failed' | 'forecast-rejected' | 'timeout' | 'cancelled';

export type EngineName = 'wasm' | 'native';

/** Estimation methods with R's names: conditional sum of squares, exact ML, CSS starts then ML. */
export type EstimationMethod = 'CSS' | 'ML' | 'CSS-ML';

export interface FitOptions {
  method?: EstimationMethod;
}

/** Point forecasts and their standard errors, `horizon` steps after the training series. */
export interface EngineForecast {
  mean: number[];
  se: number[];
}

/**
 * One estimated coefficient, named as R names it (ar1, ma1, sar1, sma1, intercept, then regressor
 * names such as S1-52) and signed as R signs it (MA polynomial 1 + θ1·B + …).
 */
export interface Coefficient {
  name: string;
  value: number;
  /** Standard error from the Hessian, or null when the engine cannot give one. */
  se: number | null;
}

/** What a fit knows about itself; plain data, so it can be stored and exported as JSON. */
export interface FittedModel {
  spec: ModelSpec;
  engine: EngineName;
  method: EstimationMethod;
  coefficients: Coefficient[];
  /** Covariance of the coefficients, in the order of `coefficients`, or null. */
  covariance: number[][] | null;
  sigma2: number;
  loglik: number;
  /** Information criteria are null where R's are NA (CSS fits). */
  aic: number | null;
  aicc: number | null;
  bic: number | null;
  /** Observations used by the likelihood (n − d − D·s). */
  nobs: number;
  residuals: number[];
  converged: boolean;
  /** Engine-specific plain data that forecasting needs without a refit, or null. */
  state: unknown;
}

/** One try at a fit: the method used and how it ended (retries are recorded, not hidden). */
export interface FitAttempt {
  method: EstimationMethod;
  outcome: 'converged' | 'not-converged' | 'rejected';
  detail: string;
}

export interface FitOutcome {
  model: FittedModel;
  forecast: EngineForecast;
  /** Every attempt in order, the last one produced `model` (engines that make one try may omit it). */
  attempts?: FitAttempt[];
}

export interface ModelEngine {
  readonly name: EngineName;
  /** Loads what the engine needs (e.g. compiles its WASM) so the first fit's time is the fit's own. */
  warmUp?(): void;
  /** Fits `spec` to `train` and forecasts `horizon` steps ahead; never throws for bad data. */
  fit(train: readonly number[], spec: ModelSpec, horizon: number, options?: FitOptions): Result<FitOutcome, FitErrorCode>;
}

/** An estimator of ARIMA-family models; `withModelFamilies` (composite-engine.ts) makes it a ModelEngine. */
export interface ArimaEngine {
  readonly name: EngineName;
  warmUp?(): void;
  fit(train: readonly number[], spec: ArimaSpec, horizon: number, options?: FitOptions): Result<FitOutcome, FitErrorCode>;
}
