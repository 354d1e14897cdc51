// What model to fit: the orders of an ARIMA or seasonal ARIMA, as plain data.

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

export type ModelSpec =
  | { family: 'arima'; order: ArimaOrder }
  | { family: 'sarima'; order: ArimaOrder; seasonal: SeasonalOrder };

/** The lab's first model for a product: a stationary ARMA(1,1) with mean, cheap and rarely unstable. */
export const DEFAULT_SPEC: ModelSpec = { family: 'arima', order: { p: 1, d: 0, q: 1 } };

/** "ARIMA(1,0,1)" or "SARIMA(1,0,0)(1,0,0)[52]". */
export function describeSpec(spec: ModelSpec): string {
  const { p, d, q } = spec.order;
  if (spec.family === 'arima') return `ARIMA(${p},${d},${q})`;
  const { P, D, Q, s } = spec.seasonal;
  return `SARIMA(${p},${d},${q})(${P},${D},${Q})[${s}]`;
}
