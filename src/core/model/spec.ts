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

export type ModelSpec =
  | { family: 'arima'; order: ArimaOrder }
  | { family: 'sarima'; order: ArimaOrder; seasonal: SeasonalOrder }
  /** ARIMA errors with K sine/cosine pairs of period `period` as regressors. */
  | { family: 'fourier'; order: ArimaOrder; harmonics: number; period: number };

export type ModelFamily = ModelSpec['family'];

/** The lab's first model for a product: a stationary ARMA(1,1) with mean, cheap and rarely unstable. */
export const DEFAULT_SPEC: ModelSpec = { family: 'arima', order: { p: 1, d: 0, q: 1 } };

/** Whether a mean is estimated: as R does, only when the model has no differencing. */
export function includesMean(spec: ModelSpec): boolean {
  const seasonalD = spec.family === 'sarima' ? spec.seasonal.D : 0;
  return spec.order.d + seasonalD === 0;
}

/** "ARIMA(1,0,1)", "SARIMA(1,0,0)(1,0,0)[52]" or "ARIMA(1,0,1)+Fourier(K=3)". */
export function describeSpec(spec: ModelSpec): string {
  const { p, d, q } = spec.order;
  if (spec.family === 'arima') return `ARIMA(${p},${d},${q})`;
  if (spec.family === 'fourier') return `ARIMA(${p},${d},${q})+Fourier(K=${spec.harmonics})`;
  const { P, D, Q, s } = spec.seasonal;
  return `SARIMA(${p},${d},${q})(${P},${D},${Q})[${s}]`;
}
