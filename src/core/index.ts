// The public API of Shelfcast's engine for scripts, workers and tests (pure: works in Node too).
// Engines are passed in: the arima WASM engine comes from src/engine/index.ts, which core never imports.

export { fail, ok, type AppError, type Result } from './result';

// Data: parse a CSV of weekly sales and prepare one weekly series per product.
export { importSalesCsv } from './data/import-dataset';
export type { ProductSeries, SalesDataset, WeeklySeries } from './data/types';
export { MAX_TRAIN_WEEKS, minimumWeeks, splitWindows, windowsOfSplit, type Windows } from './data/windows';

// Models: specs, the engine contract, fitting and forecasting.
export { DEFAULT_SPEC, WEEKS_PER_YEAR, describeSpec, includesMean, type ModelSpec, type ModelFamily } from './model/spec';
export type {
  Coefficient,
  EngineForecast,
  EngineName,
  EstimationMethod,
  FitAttempt,
  FitErrorCode,
  FitOptions,
  FitOutcome,
  FittedModel,
  ModelEngine,
} from './model/engine';
export { DEFAULT_ENGINE, selectEngine, type EngineRegistry } from './model/engine-registry';
export { fitAndForecast, type SeriesForecast } from './model/forecast';
// The native TypeScript SARIMA estimator (R's CSS / ML / CSS-ML), usable anywhere without WASM.
export { nativeEngine, forecastFromState } from './model/native';
export { fourierColumnNames, fourierTerms } from './model/fourier';
export { ARIMA_WASM_LIMITS, checkEngineInput, type InputLimits } from './model/input-guards';
export { checkFittedModel, checkForecast } from './model/guards';

// Evaluation: holdout, accuracy as forecast::accuracy(), baselines, diagnostics, intervals.
export {
  DEFAULT_HOLDOUT_WEEKS,
  DEFAULT_HOLDOUT_WINDOWS,
  WEEKLY_FREQUENCY,
  evaluateHoldout,
  holdoutStartOf,
  type BaselineScore,
  type HoldoutForecast,
  type HoldoutOptions,
} from './model/holdout';
export { accuracy, maseScale, pointMetrics, type AccuracyMetrics, type PointMetrics } from './model/metrics';
export { BASELINES, baselineForecast, type BaselineName } from './model/baselines';
export { informationCriteria, ljungBox, ljungBoxLag, type InformationCriteria, type LjungBox } from './model/diagnostics';
export { predictionInterval, Z80, Z95, type Interval } from './model/intervals';

// Shared models: forecast any horizon from a model file (its native engine state), with no data.
export { forecastFromModelFile, type ModelFileForecast, type ModelFileForecastErrorCode, type ModelFileForecastOptions } from './exchange/model-json';
