// A forecast as the registry records it: week-ending dates, the mean and its 80 % and 95 % bounds
// from the engine's standard errors.
import { predictionBands } from '../model/intervals';
import type { ForecastTable } from './registry-types';
import { weekEndingAt } from './training-data';

/** The table for forecasts starting the week after a series (of `weeks` weeks from `start`) ends. */
export function forecastTable(start: string, weeks: number, mean: readonly number[], se: readonly number[]): ForecastTable {
  return { weekEnding: mean.map((_, i) => weekEndingAt(start, weeks + i)), mean: [...mean], ...predictionBands(mean, se) };
}
