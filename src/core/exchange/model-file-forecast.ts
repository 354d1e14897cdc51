// Forecasts any number of weeks ahead from a model file, without data: each model's future fit is
// read (after every import check), its recorded forecast reproduced from the native engine state,
// and the state forecast `horizon` weeks past the model's last real week. Pure: runs in Node too.
import type { EngineForecast } from '../model/engine';
import { predictionBands } from '../model/intervals';
import { forecastFromState } from '../model/native';
import type { ForecastTable } from '../registry/registry-types';
import { weekEndingAt } from '../registry/training-data';
import { truncateAtZero } from '../registry/future-forecast';
import { fail, ok, type Result } from '../result';
import { checkFutureForecast, nativeFutureState } from './future-check';
import { importModelsJson, type ImportedModel } from './model-json-import';
import type { ModelImportErrorCode } from './model-json-format';
import { MAX_HORIZON } from './model-schema';

/** One product's forecast: the week after `origin` onwards, `horizon` weeks of mean and 80 % / 95 % bounds. */
export interface ModelFileForecast extends ForecastTable {
  productId: string;
  /** The model's last real week. */
  origin: string;
  /** Means and bounds below zero were set to zero (asked for with `truncateAtZero`). */
  truncatedAtZero: boolean;
}

export type ModelFileForecastErrorCode = ModelImportErrorCode | 'invalid-horizon' | 'no-future' | 'no-engine-state' | 'future-mismatch' | 'forecast-failed';

export interface ModelFileForecastOptions {
  /** Named in messages. */
  fileName?: string;
  /** Set means and bounds below zero to zero, as the lab does for unit sales (its recorded forecast says whether it did). */
  truncateAtZero?: boolean;
}

/** `horizon` weeks ahead (1–520) for every model in a model file; refused as a value when a model cannot. */
export async function forecastFromModelFile(
  json: string,
  horizon: number,
  options: ModelFileForecastOptions = {},
): Promise<Result<ModelFileForecast[], ModelFileForecastErrorCode>> {
  const fileName = options.fileName ?? 'model file';
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) {
    return fail('invalid-horizon', `The horizon must be a whole number of weeks from 1 to ${MAX_HORIZON} (got ${horizon}).`);
  }
  const imported = await importModelsJson(json, fileName, new Date());
  if (!imported.ok) return imported;
  const forecasts: ModelFileForecast[] = [];
  for (const m of imported.value) {
    const one = forecastOne(m, horizon, options.truncateAtZero ?? false, fileName);
    if (!one.ok) return one;
    forecasts.push(one.value);
  }
  return ok(forecasts);
}

function forecastOne(m: ImportedModel, horizon: number, truncate: boolean, fileName: string): Result<ModelFileForecast, ModelFileForecastErrorCode> {
  const { future, productId } = m.draft;
  const where = { file: fileName, product: productId };
  if (!future)
    return fail('no-future', `The model for ${productId} records no forecast of the weeks ahead (it was exported before Shelfcast made them).`, where);
  const state = nativeFutureState(future);
  if (!state) {
    const kind = future.fitted ? `${future.fitted.spec.family} model fitted by the ${future.fitted.engine} engine` : 'model without a recorded fit';
    return fail(
      'no-engine-state',
      `The model for ${productId} is a ${kind}: only native-engine ARIMA states forecast any horizon from a file. Its recorded forecast covers ${future.table.mean.length} weeks.`,
      where,
    );
  }
  let engine: EngineForecast | null;
  try {
    engine = forecastFromState(state, Math.max(horizon, future.table.mean.length));
  } catch {
    engine = null;
  }
  if (!engine || !engine.mean.every(Number.isFinite)) return fail('forecast-failed', `The engine state for ${productId} could not produce a forecast.`, where);
  const check = checkFutureForecast(future, engine.mean);
  if (!check.ok) return fail(check.error.code, `The model for ${productId}: ${check.error.message}`, where);
  const mean = engine.mean.slice(0, horizon);
  const bounds = predictionBands(mean, engine.se.slice(0, horizon));
  const raw: ForecastTable = { weekEnding: mean.map((_, i) => weekEndingAt(future.origin, i + 1)), mean, ...bounds };
  const table = truncate ? truncateAtZero(raw) : { table: raw, truncated: false };
  return ok({ productId, origin: future.origin, ...table.table, truncatedAtZero: table.truncated });
}
