// Forecasts as CSV: week_ending, mean and the 80 % / 95 % interval bounds, one row per week.
import type { ForecastTable } from '../registry/registry-types';

export const FORECAST_CSV_HEADER = 'week_ending,mean,lower80,upper80,lower95,upper95';

/** CSV text with a header row; numbers as JavaScript writes them (round-trip exact). */
export function forecastCsv(table: ForecastTable): string {
  const rows = table.weekEnding.map((week, i) =>
    [week, table.mean[i], table.lower80[i], table.upper80[i], table.lower95[i], table.upper95[i]].map(String).join(','),
  );
  return `${[FORECAST_CSV_HEADER, ...rows].join('\n')}\n`;
}
