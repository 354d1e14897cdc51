// Long rows → one consecutive weekly series per product, zero-filling weeks without a row
// (exports omit weeks with no sales) and summing rows that fall in the same week.
import { formatDay, weekdayOf, weekEndingOnOrAfter } from './dates';
import type { SalesRow } from './sales-table';
import type { ProductSeries } from './types';

/** The weekday most rows fall on: the export's week-ending day. */
export function detectWeekEndingDay(rows: readonly SalesRow[]): number {
  const counts = new Array<number>(7).fill(0);
  for (const r of rows) counts[weekdayOf(r.day)]!++;
  return counts.indexOf(Math.max(...counts));
}

/** Weekly series per product, largest total volume first. */
export function toWeeklySeries(rows: readonly SalesRow[], weekEndingDay: number): ProductSeries[] {
  const byProduct = new Map<string, { title: string; weeks: Map<number, number> }>();
  for (const r of rows) {
    let entry = byProduct.get(r.id);
    if (!entry) {
      entry = { title: r.title, weeks: new Map() };
      byProduct.set(r.id, entry);
    }
    const week = weekEndingOnOrAfter(r.day, weekEndingDay);
    entry.weeks.set(week, (entry.weeks.get(week) ?? 0) + r.volume);
  }
  const products: ProductSeries[] = [];
  for (const [id, { title, weeks }] of byProduct) {
    const days = [...weeks.keys()];
    const first = Math.min(...days);
    const last = Math.max(...days);
    const values = new Array<number>((last - first) / 7 + 1).fill(0);
    let totalVolume = 0;
    for (const [day, volume] of weeks) {
      values[(day - first) / 7] = volume;
      totalVolume += volume;
    }
    products.push({ id, title, series: { start: formatDay(first), values }, totalVolume });
  }
  return products.sort((a, b) => b.totalVolume - a.totalVolume || a.id.localeCompare(b.id));
}
