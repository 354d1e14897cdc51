// The catalogue of future forecasts: each product's champion summed over the next 4 / 13 / 52 weeks,
// sorted and searched, and the total per week of a selection. Pure; runs wherever the screen does.
import type { FutureForecast } from './registry-types';

/** The windows the catalogue sums over, in weeks after the last real week. */
export const CATALOGUE_WINDOWS = [4, 13, 52] as const;

/** What a catalogue row is built from: a champion's id, title, version and (maybe) its future forecast. */
export interface CatalogueSource {
  productId: string;
  productTitle: string;
  version: number;
  future?: FutureForecast | null;
}

export interface CatalogueRow {
  productId: string;
  title: string;
  version: number;
  /** The first forecast week's ending date; null when the champion has no future forecast ("train again"). */
  firstWeek: string | null;
  /** Expected sales over the next 4 / 13 / 52 weeks; null when the forecast is missing or shorter. */
  next4: number | null;
  next13: number | null;
  next52: number | null;
  truncatedAtZero: boolean;
  future: FutureForecast | null;
}

export type CatalogueSortKey = 'productId' | 'title' | 'firstWeek' | 'next4' | 'next13' | 'next52';
export interface CatalogueSort {
  key: CatalogueSortKey;
  descending: boolean;
}

/** The sum of the first `weeks` means, or null when the forecast covers fewer weeks. */
export function sumAhead(mean: readonly number[], weeks: number): number | null {
  if (mean.length < weeks) return null;
  let total = 0;
  for (let i = 0; i < weeks; i++) total += mean[i]!;
  return total;
}

/** One row per champion, in product id order. */
export function catalogueRows(sources: readonly CatalogueSource[]): CatalogueRow[] {
  return sources
    .map((s) => {
      const future = s.future ?? null;
      const mean = future?.table.mean ?? [];
      return {
        productId: s.productId,
        title: s.productTitle,
        version: s.version,
        firstWeek: future?.table.weekEnding[0] ?? null,
        next4: future ? sumAhead(mean, 4) : null,
        next13: future ? sumAhead(mean, 13) : null,
        next52: future ? sumAhead(mean, 52) : null,
        truncatedAtZero: future?.truncatedAtZero ?? false,
        future,
      };
    })
    .sort((a, b) => compareText(a.productId, b.productId));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rows whose id or title contains `query` (case-insensitive); all rows for a blank query. */
export function searchRows(rows: readonly CatalogueRow[], query: string): CatalogueRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  return rows.filter((r) => r.productId.toLowerCase().includes(q) || r.title.toLowerCase().includes(q));
}

/** Rows sorted by one column; missing values (no forecast) always last; ties by product id. */
export function sortRows(rows: readonly CatalogueRow[], sort: CatalogueSort): CatalogueRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null || y === null) return x === y ? compareText(a.productId, b.productId) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x).toLowerCase(), String(y).toLowerCase());
    return c !== 0 ? sign * c : compareText(a.productId, b.productId);
  });
}

export interface WeeklyTotal {
  weekEnding: string;
  /** The sum of the means of the selected products that forecast this week (no interval: see the screen). */
  mean: number;
  /** How many of the selected products forecast this week. */
  products: number;
}

/** Total expected sales per week of the given forecasts, over every week any of them covers, in date order. */
export function weeklyTotals(futures: readonly FutureForecast[]): WeeklyTotal[] {
  const byWeek = new Map<string, WeeklyTotal>();
  for (const f of futures) {
    f.table.weekEnding.forEach((week, i) => {
      const t = byWeek.get(week) ?? { weekEnding: week, mean: 0, products: 0 };
      t.mean += f.table.mean[i]!;
      t.products += 1;
      byWeek.set(week, t);
    });
  }
  return [...byWeek.values()].sort((a, b) => compareText(a.weekEnding, b.weekEnding));
}
