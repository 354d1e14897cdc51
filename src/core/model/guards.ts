// Checks that an engine's forecast is usable before anyone sees it: the arima package can return
// exploding, oscillating or uninitialised numbers without raising an error.
import { fail, ok, type Result } from '../result';
import type { EngineForecast, FitErrorCode, FittedModel } from './engine';
import { checkForecastEnvelope, ENVELOPE_LIMITS, type EnvelopeLimits } from './envelope';

export { ENVELOPE_LIMITS, type EnvelopeLimits } from './envelope';

/** How far beyond the training range a forecast may go before it is called an explosion. */
const RANGE_MULTIPLE = 10;

export interface ForecastCheckOptions {
  /**
   * Also require the forecast to stay in a plausible envelope of its history (envelope.ts), with
   * these limits; `false` checks only that the numbers are sound (what an engine checks before
   * retrying). Default: the calibrated limits.
   */
  envelope?: EnvelopeLimits | false;
}

/**
 * The one check every forecast passes before it is scored or shown: sound numbers, then a plausible
 * envelope of `train` (no explosion, no deep negatives for sales, no meaningless interval).
 */
export function checkForecast(train: readonly number[], forecast: EngineForecast, options: ForecastCheckOptions = {}): Result<EngineForecast, FitErrorCode> {
  const { mean, se } = forecast;
  if (mean.some((x) => !Number.isFinite(x))) return fail('forecast-rejected', 'The forecast holds non-finite values.');
  if (se.some((x) => !Number.isFinite(x) || x < 0)) return fail('forecast-rejected', 'The forecast error variances are not finite and non-negative.');
  if ([...mean, ...se].some((x) => x !== 0 && Math.abs(x) < 1e-300)) {
    return fail('forecast-rejected', 'The forecast holds uninitialised memory (denormal numbers).');
  }
  if (mean.every((x) => x === 0) && se.every((x) => x === 0) && train.some((x) => x !== 0)) {
    return fail('forecast-rejected', 'The engine returned only zeros (it does this for collinear regressors).');
  }
  // The envelope first: its reasons say what went wrong in the product's own numbers.
  const limits = options.envelope ?? ENVELOPE_LIMITS;
  const envelope = limits === false ? ok(forecast) : checkForecastEnvelope(train, forecast, limits);
  if (!envelope.ok) return envelope;
  const lo = Math.min(...train);
  const hi = Math.max(...train);
  const span = Math.max(hi - lo, Math.abs(hi), 1);
  if (mean.some((x) => x > hi + RANGE_MULTIPLE * span || x < lo - RANGE_MULTIPLE * span)) {
    return fail('forecast-rejected', `The forecast leaves ${RANGE_MULTIPLE}× the range of this product's sales: the model is unstable.`);
  }
  return ok(forecast);
}

/** A fit counts only if the optimiser converged and what it estimated is finite. */
export function checkFittedModel(model: FittedModel): Result<FittedModel, FitErrorCode> {
  if (!model.converged) return fail('fit-failed', 'The optimiser did not converge.');
  if (!Number.isFinite(model.sigma2) || model.sigma2 <= 0) return fail('fit-failed', `The innovation variance is ${model.sigma2}, not a positive number.`);
  const bad = model.coefficients.find((c) => !Number.isFinite(c.value));
  if (bad) return fail('fit-failed', `Coefficient ${bad.name} is ${bad.value}.`);
  if (!Number.isFinite(model.loglik)) return fail('fit-failed', `The log-likelihood is ${model.loglik}.`);
  return ok(model);
}
