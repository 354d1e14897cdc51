// A forecast as the registry records it: week-ending dates, the mean and its 80 % and 95 % bounds
// from the engine's standard errors.
import { predictionInterval, Z80, Z95 } from '../model/intervals';
import type { ForecastTable } from './registry-types';
import { weekEndingAt } from './training-data';

/** The table for forecasts starting the week after a series (of `weeks` weeks from `start`) ends. */
export function forecastTable(start: string, weeks: number, mean: readonly number[], se: readonly number[]): ForecastTable {
  const i80 = predictionInterval(mean, se, Z80);
  const i95 = predictionInterval(mean, se, Z95);
  return {
    weekEnding: mean.map((_, i) => weekEndingAt(start, weeks + i)),
    mean: [...mean],
    lower80: i80.lower,
    upper80: i80.upper,
    lower95: i95.lower,
    upper95: i95.upper,
  };
}
