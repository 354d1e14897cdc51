// Test fixture: a future forecast record with simple, checkable numbers.
import type { FutureForecast } from '../core/registry/registry-types';

/** A future forecast of `mean` from the week ending `first` (weekly), intervals ±10 / ±20. */
export function futureFixture(first: string, mean: number[], truncatedAtZero = false): FutureForecast {
  const start = Date.parse(`${first}T00:00:00Z`);
  const weekEnding = mean.map((_, i) => new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10));
  const band = (d: number) => mean.map((m) => m + d);
  return {
    origin: new Date(start - 7 * 86_400_000).toISOString().slice(0, 10),
    table: { weekEnding, mean, lower80: band(-10), upper80: band(10), lower95: band(-20), upper95: band(20) },
    truncatedAtZero,
    fittedWeeks: { start: '2020-01-04', end: '2023-12-30', weeks: 209 },
    fitted: null,
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}
