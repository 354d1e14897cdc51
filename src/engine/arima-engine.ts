// The `arima` package (ctsa compiled to WASM) behind core's ForecastEngine. Importing this module
// compiles the WASM synchronously, which browsers allow only off the main thread: import it from
// workers and Node only.
import ARIMA from 'arima';
import type { EngineForecast, FitErrorCode, ForecastEngine } from '../core/model/engine';
import { fourierTerms } from '../core/model/fourier';
import type { ModelSpec } from '../core/model/spec';
import { fail, ok, type Result } from '../core/result';

function optionsOf(spec: ModelSpec) {
  const { p, d, q } = spec.order;
  const seasonal = spec.family === 'sarima' ? spec.seasonal : { P: 0, D: 0, Q: 0, s: 0 };
  return { p, d, q, ...seasonal, verbose: false, transpose: true, optimizer: 5 };
}

/** Regressor rows for training and forecasting; empty unless the spec has Fourier terms. */
function regressorsOf(spec: ModelSpec, n: number, horizon: number): { train: number[][]; future: number[][] } {
  if (spec.family !== 'fourier') return { train: [], future: [] };
  return {
    train: fourierTerms(spec.period, spec.harmonics, 1, n),
    future: fourierTerms(spec.period, spec.harmonics, n + 1, horizon),
  };
}

function fitAndForecast(train: readonly number[], spec: ModelSpec, horizon: number): Result<EngineForecast, FitErrorCode> {
  if (train.some((x) => !Number.isFinite(x))) {
    return fail('invalid-input', 'The series holds missing or infinite values; the arima engine cannot take them.');
  }
  const model = new ARIMA(optionsOf(spec));
  try {
    const regressors = regressorsOf(spec, train.length, horizon);
    model.train([...train], regressors.train);
    const [mean, variance] = model.predict(horizon, regressors.future);
    return ok({ mean, se: variance.map((v) => (v >= 0 ? Math.sqrt(v) : Number.NaN)) });
  } catch (error) {
    // The binding throws plain Errors for short series and WASM traps; both are fit failures here.
    const message = error instanceof Error ? error.message : String(error);
    const code: FitErrorCode = message.startsWith('Series too short') ? 'series-too-short' : 'fit-failed';
    return fail(code, `The arima engine failed: ${message}`);
  } finally {
    model.destroy();
  }
}

export const arimaEngine: ForecastEngine = { name: 'wasm', fitAndForecast };
