// The contract between core and a forecasting engine (the arima WASM binding, or a fake in tests).
import type { Result } from '../result';
import type { ModelSpec } from './spec';

export type FitErrorCode = 'series-too-short' | 'invalid-input' | 'fit-failed' | 'forecast-rejected';

/** Point forecasts and their standard errors, `horizon` steps after the training series. */
export interface EngineForecast {
  mean: number[];
  se: number[];
}

export interface ForecastEngine {
  readonly name: string;
  /** Fits `spec` to `train` and forecasts `horizon` steps ahead; never throws for bad data. */
  fitAndForecast(train: readonly number[], spec: ModelSpec, horizon: number): Result<EngineForecast, FitErrorCode>;
}
