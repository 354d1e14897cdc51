// What model to fit, as plain data: ARIMA, seasonal ARIMA, or ARIMA with Fourier terms of the
// yearly cycle as regressors (dynamic harmonic regression, the fast way to weekly seasonality).

export interface ArimaOrder {
  p: number;
  d: number;
  q: number;
}

export interface SeasonalOrder {
  P: number;
  D: number;
  Q: number;
  s: number;
}

/** Weeks per year: the period of the Fourier terms for weekly data. */
export const WEEKS_PER_YEAR = 365.25 / 7;

/** A model an ARIMA engine estimates. `drift` (d = 1 only) adds a linear trend, as R's include.drift. */
export type ArimaSpec =
  | { family: 'arima'; order: ArimaOrder; drift?: boolean }
  | { family: 'sarima'; order: ArimaOrder; seasonal: SeasonalOrder }
  /** ARIMA errors with K sine/cosine pairs of period `period` as regressors. */
  | { family: 'fourier'; order: ArimaOrder; harmonics: number; period: number; drift?: boolean };

/** The forecasts every model must beat, as forecast::naive, snaive, meanf, rwf(drift = TRUE) and thetaf. */
export type BaselineMethod = 'naive' | 'seasonal-naive' | 'mean' | 'drift' | 'theta';
export const BASELINE_METHODS: readonly BaselineMethod[] = ['naive', 'seasonal-naive', 'mean', 'drift', 'theta'];

export interface BaselineSpec {
  family: 'baseline';
  method: BaselineMethod;
  /** Season length of the seasonal naive (weeks). */
  season: number;
}

/** The mean (or median) of its members' forecasts: the M4 competition's strongest lesson. */
export interface CombinationSpec {
  family: 'combination';
  combine: 'mean' | 'median';
  members: (ArimaSpec | BaselineSpec)[];
}

export type ModelSpec = ArimaSpec | BaselineSpec | CombinationSpec;

export type ModelFamily = ModelSpec['family'];

export const isArimaSpec = (spec: ModelSpec): spec is ArimaSpec => spec.family === 'arima' || spec.family === 'sarima' || spec.family === 'fourier';

/** The lab's first model for a product: a stationary ARMA(1,1) with mean, cheap and rarely unstable. */
export const DEFAULT_SPEC: ModelSpec = { family: 'arima', order: { p: 1, d: 0, q: 1 } };

/** Whether a mean is estimated: as R does, only when the model has no differencing. */
export function includesMean(spec: ArimaSpec): boolean {
  const seasonalD = spec.family === 'sarima' ? spec.seasonal.D : 0;
  return spec.order.d + seasonalD === 0;
}

/** Whether a linear trend is estimated (only meaningful with d = 1). */
export function includesDrift(spec: ArimaSpec): boolean {
  return spec.family !== 'sarima' && spec.drift === true && spec.order.d === 1;
}

const BASELINE_NAMES: Record<BaselineMethod, string> = { naive: 'Naive', 'seasonal-naive': 'Seasonal naive', mean: 'Mean', drift: 'Drift', theta: 'Theta' };

/** "ARIMA(1,0,1)", "ARIMA(0,1,1) with drift", "SARIMA(1,0,0)(1,0,0)[52]", "ARIMA(1,0,1)+Fourier(K=3)", "Seasonal naive", "Mean of …". */
export function describeSpec(spec: ModelSpec): string {
  if (spec.family === 'baseline') return BASELINE_NAMES[spec.method];
  if (spec.family === 'combination') return `${spec.combine === 'mean' ? 'Mean' : 'Median'} of ${spec.members.map(describeSpec).join(', ')}`;
  const { p, d, q } = spec.order;
  const drift = includesDrift(spec) ? ' with drift' : '';
  if (spec.family === 'arima') return `ARIMA(${p},${d},${q})${drift}`;
  if (spec.family === 'fourier') return `ARIMA(${p},${d},${q})+Fourier(K=${spec.harmonics})${drift}`;
  const { P, D, Q, s } = spec.seasonal;
  return `SARIMA(${p},${d},${q})(${P},${D},${Q})[${s}]`;
}
