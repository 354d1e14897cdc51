// The R reference fits (shared/fixtures/r-arima/fits.json) as typed cases with their ModelSpec and
// regressors, for the native engine's tests and benchmark.
import type { EstimationMethod, FittedModel } from '../core/model/engine';
import type { ModelSpec } from '../core/model/spec';
import { readShared } from './shared-data';

/** R's fit as forecast::Arima reports it: the statistics core's FittedModel mirrors, plus R's own extras. */
export interface RFit extends Pick<FittedModel, 'sigma2' | 'loglik' | 'aic' | 'aicc' | 'bic' | 'nobs' | 'residuals'> {
  name: string;
  dataset: string;
  series_id: string;
  kind: 'classic' | 'weekly';
  series: number[];
  n: number;
  frequency: number;
  order: [number, number, number];
  seasonal: [number, number, number, number];
  method: EstimationMethod;
  h: number;
  fourier_K: number;
  ok: boolean;
  error?: string;
  coef: Record<string, number>;
  var_coef: { names: string[]; rows: number[][] };
  forecast: { mean: number[]; se: number[]; lower80: number[]; upper95: number[] };
  ljung_box: { lag: number; fitdf: number; statistic: number; p_value: number };
  seconds: number;
}

export function loadRFits(): RFit[] {
  return (JSON.parse(readShared('fixtures/r-arima/fits.json')) as { cases: RFit[] }).cases;
}

/** The ModelSpec R's case describes (Fourier cases use period = frequency, as forecast::fourier). */
export function specOf(c: RFit): ModelSpec {
  const [p, d, q] = c.order;
  const order = { p, d, q };
  if (c.fourier_K > 0) return { family: 'fourier', order, harmonics: c.fourier_K, period: c.frequency };
  const [P, D, Q, s] = c.seasonal;
  if (s > 0) return { family: 'sarima', order, seasonal: { P, D, Q, s } };
  return { family: 'arima', order };
}
