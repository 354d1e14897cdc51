// Imported rows → filtered weekly series per product, on the weekday the export's weeks end on.
import { formatDay, parseDay, weekdayOf } from './dates';
import type { ImportedTable, ProductInfo } from './import-types';
import { resampleWeekly, type FillMode } from './resample';

export interface PrepareParams {
  /** 0 = Sunday … 6 = Saturday, or 'auto' for the weekday most rows fall on. */
  weekEndingDay: number | 'auto';
  fill: FillMode;
  /** ISO dates, inclusive; null = no bound. The original pipeline modelled from 2012-01-01. */
  from: string | null;
  to: string | null;
  /** Keep products with a sale on or after this date (the original used 2024-07-01). */
  stillSellingAfter: string | null;
  /** Keep the N products with the largest volume (after the other filters); null = all. */
  topN: number | null;
  /** Case-insensitive match on title, id or author. */
  search: string;
  /** When non-empty, only these product ids. */
  pick: string[];
}

export const DEFAULT_PREPARE: PrepareParams = { weekEndingDay: 'auto', fill: 'zero', from: null, to: null, stillSellingAfter: null, topN: null, search: '', pick: [] };
/** The original pipeline's window: rows from 2012-01-01, books still selling after 2024-07-01. */
export const ORIGINAL_PRESET: Partial<PrepareParams> = { from: '2012-01-01', stillSellingAfter: '2024-07-01' };

export interface PreparedProduct extends ProductInfo {
  /** ISO date of the first week's end, and one value per week. */
  start: string;
  values: number[];
  totalVolume: number;
  rows: number;
  duplicateWeeks: number;
  filledWeeks: number;
  negativeWeeks: number;
  /** SHA-256 of the canonical series, set by the prepare step (see split.ts `canonicalSeries`). */
  digest?: string;
}

export interface PreparedDataset {
  weekEndingDay: number;
  /** Rows per weekday (0 = Sunday); more than one non-zero entry means mixed weekdays. */
  rowsByWeekday: number[];
  products: PreparedProduct[];
  productsBeforeFilters: number;
  params: PrepareParams;
}

const dayOrNull = (iso: string | null) => (iso ? (parseDay(iso) ?? null) : null);

/** Applies the filters and resamples each remaining product; largest total volume first. */
export function prepareSeries(table: ImportedTable, params: PrepareParams): PreparedDataset {
  const rowsByWeekday = new Array<number>(7).fill(0);
  for (let i = 0; i < table.day.length; i++) rowsByWeekday[weekdayOf(table.day[i]!)]!++;
  const weekEndingDay = params.weekEndingDay === 'auto' ? rowsByWeekday.indexOf(Math.max(...rowsByWeekday)) : params.weekEndingDay;
  const from = dayOrNull(params.from), to = dayOrNull(params.to), selling = dayOrNull(params.stillSellingAfter);
  const rowsOf: number[][] = table.products.map(() => []);
  const sellsLate = new Uint8Array(table.products.length);
  for (let i = 0; i < table.day.length; i++) {
    const d = table.day[i]!, p = table.product[i]!;
    if (selling !== null && d >= selling && table.volume[i]! > 0) sellsLate[p] = 1;
    if ((from !== null && d < from) || (to !== null && d > to)) continue;
    rowsOf[p]!.push(i);
  }
  const needle = params.search.trim().toLowerCase();
  const picked = new Set(params.pick);
  let products: PreparedProduct[] = [];
  table.products.forEach((info, p) => {
    const rows = rowsOf[p]!;
    if (rows.length === 0 || (selling !== null && !sellsLate[p])) return;
    if (picked.size > 0 && !picked.has(info.id)) return;
    if (needle && ![info.title, info.id, info.author].some((s) => s.toLowerCase().includes(needle))) return;
    const days = rows.map((i) => table.day[i]!), volumes = rows.map((i) => table.volume[i]!);
    const r = resampleWeekly(days, volumes, weekEndingDay, params.fill);
    let totalVolume = 0, negativeWeeks = 0;
    for (const v of r.values) {
      if (Number.isNaN(v)) continue;
      totalVolume += v;
      if (v < 0) negativeWeeks++;
    }
    products.push({ ...info, start: formatDay(r.start), values: r.values, totalVolume, rows: rows.length, duplicateWeeks: r.duplicateWeeks, filledWeeks: r.filledWeeks, negativeWeeks });
  });
  products.sort((a, b) => b.totalVolume - a.totalVolume || a.id.localeCompare(b.id));
  if (params.topN !== null && params.topN > 0) products = products.slice(0, params.topN);
  return { weekEndingDay, rowsByWeekday, products, productsBeforeFilters: table.products.length, params };
}
