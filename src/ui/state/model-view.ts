// Pure view models for the forecast page: the family choice as a spec, and the rows of the
// coefficient and accuracy tables, so components only lay out what is computed (and tested) here.
import type { BaselineName } from '../../core/model/baselines';
import type { HoldoutForecast } from '../../core/model/holdout';
import type { AccuracyMetrics } from '../../core/model/metrics';
import { WEEKS_PER_YEAR, type ModelSpec } from '../../core/model/spec';

export type FamilyChoice = 'arima' | 'sarima' | 'fourier';

/** The two engines behind one contract: the arima package's WASM, and our TypeScript estimator. */
export const ENGINE_LABELS: Record<'wasm' | 'native', string> = {
  wasm: 'wasm (arima package, ctsa)',
  native: 'native (TypeScript, R-exact)',
};

export const FAMILY_LABELS: Record<FamilyChoice, string> = {
  arima: 'ARIMA(1,0,1)',
  sarima: 'SARIMA(1,0,0)(1,0,0)[52]',
  fourier: 'ARIMA(1,0,1) + Fourier K',
};

/** The lab's model for each family: cheap, and what the R fixtures check. */
export function specFor(family: FamilyChoice, harmonics: number): ModelSpec {
  const order = { p: 1, d: 0, q: 1 };
  if (family === 'arima') return { family, order };
  if (family === 'sarima') return { family, order: { p: 1, d: 0, q: 0 }, seasonal: { P: 1, D: 0, Q: 0, s: 52 } };
  return { family, order, harmonics, period: WEEKS_PER_YEAR };
}

export function familyOf(spec: ModelSpec): { family: FamilyChoice; harmonics: number } {
  // Baselines and combinations are chosen by training, not in the forecast view's picker: show them as ARIMA there.
  const family = spec.family === 'baseline' || spec.family === 'combination' ? 'arima' : spec.family;
  return { family, harmonics: spec.family === 'fourier' ? spec.harmonics : 3 };
}

const number = (x: number | null, digits = 3) =>
  x === null || !Number.isFinite(x) ? '—' : x.toLocaleString('en', { maximumSignificantDigits: digits + 2, maximumFractionDigits: digits });

export interface CoefficientRow {
  name: string;
  value: string;
  se: string;
}

export function coefficientRows(forecast: HoldoutForecast): CoefficientRow[] {
  return forecast.model.coefficients.map((c) => ({ name: c.name, value: number(c.value, 4), se: number(c.se, 4) }));
}

export interface Criterion {
  label: string;
  value: string;
  testId: string;
}

export function criteria(forecast: HoldoutForecast): Criterion[] {
  const { model, ljungBox } = forecast;
  return [
    { label: 'AIC', value: number(model.aic, 2), testId: 'aic' },
    { label: 'AICc', value: number(model.aicc, 2), testId: 'aicc' },
    { label: 'BIC', value: number(model.bic, 2), testId: 'bic' },
    { label: 'Log-likelihood', value: number(model.loglik, 2), testId: 'loglik' },
    { label: `Ljung–Box Q (lag ${ljungBox.lag})`, value: number(ljungBox.statistic, 2), testId: 'ljung-box' },
    { label: 'Ljung–Box p', value: number(ljungBox.pValue, 3), testId: 'ljung-box-p' },
  ];
}

const BASELINE_LABELS: Record<BaselineName, string> = { naive: 'Naive', 'seasonal-naive': 'Seasonal naive', drift: 'Drift', theta: 'Theta', mean: 'Mean' };

export interface AccuracyRow {
  label: string;
  isModel: boolean;
  cells: string[];
}

export const ACCURACY_COLUMNS = ['RMSE', 'MAE', 'MAPE %', 'sMAPE %', 'MASE', 'Bias (ME)'];

function cells(m: AccuracyMetrics): string[] {
  return [number(m.rmse, 1), number(m.mae, 1), number(m.mape, 1), number(m.smape, 1), number(m.mase, 3), number(m.me, 1)];
}

/** The model first, then each baseline; a model row is marked when a baseline beats its RMSE. */
export function accuracyRows(forecast: HoldoutForecast): AccuracyRow[] {
  return [
    { label: 'This model', isModel: true, cells: cells(forecast.metrics) },
    ...forecast.baselines.map((b) => ({ label: BASELINE_LABELS[b.name], isModel: false, cells: cells(b.metrics) })),
  ];
}

/** "2 held-out weeks sold nothing and are left out of MAPE", or '' when none were. */
export function mapeNote(forecast: HoldoutForecast): string {
  const n = forecast.metrics.mapeSkipped;
  return n === 0 ? '' : `${n} held-out week${n === 1 ? '' : 's'} sold nothing and ${n === 1 ? 'is' : 'are'} left out of MAPE.`;
}

/** Which attempt produced the model, when it was not the first. */
export function attemptNote(forecast: HoldoutForecast): string {
  const { attempts } = forecast;
  if (attempts.length <= 1) return '';
  return `Fitted on attempt ${attempts.length} (${attempts.map((a) => `${a.method}: ${a.outcome}`).join(', ')}).`;
}
