// The parts of a HoldoutForecast that tests about storage and charts do not look at: a fitted
// model summary, diagnostics and baselines with plausible values.
import type { HoldoutForecast } from '../core/model/holdout';
import type { AccuracyMetrics } from '../core/model/metrics';

const metrics: AccuracyMetrics = { me: 0, rmse: 1, mae: 1, mpe: 0, mape: 1, mapeSkipped: 0, smape: 1, mase: 1 };

export const HOLDOUT_EXTRAS: Pick<HoldoutForecast, 'model' | 'ljungBox' | 'attempts' | 'baselines'> & { metrics: AccuracyMetrics } = {
  metrics,
  model: {
    spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } },
    engine: 'wasm',
    method: 'CSS-ML',
    coefficients: [
      { name: 'ar1', value: 0.5, se: 0.1 },
      { name: 'ma1', value: 0.2, se: 0.1 },
      { name: 'intercept', value: 100, se: 3 },
    ],
    covariance: null,
    sigma2: 4,
    loglik: -100,
    aic: 208,
    aicc: 208.2,
    bic: 215,
    nobs: 60,
    converged: true,
    state: null,
  },
  ljungBox: { lag: 12, fitdf: 2, statistic: 8, pValue: 0.63 },
  attempts: [{ method: 'CSS-ML', outcome: 'converged', detail: 'status 1' }],
  baselines: (['naive', 'seasonal-naive', 'mean'] as const).map((name) => ({ name, mean: [100, 100], metrics })),
};
