// Imported rows → filtered weekly series per product, on the weekday the export's weeks end on.
import { fail, ok, type Result } from '../result';
import { formatDay, parseDay, weekdayOf, weekEndingOnOrAfter } from './dates';
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

export const DEFAULT_PREPARE: PrepareParams = {
  weekEndingDay: 'auto',
  fill: 'zero',
  from: null,
  to: null,
  stillSellingAfter: null,
  topN: null,
  search: '',
  pick: [],
};
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
  /** SHA-256 of the canonical series, set by the prepare step (see series-digest.ts). */
  digest?: string;
}

/** A filter of PrepareParams that can remove products (named by its parameter). */
export type ProductFilter = 'stillSellingAfter' | 'pick' | 'search' | 'dateRange' | 'topN';
const FILTER_ORDER: readonly ProductFilter[] = ['stillSellingAfter', 'pick', 'search', 'dateRange', 'topN'];

/** How many products a filter removed; each product counts once, under the first filter that removed it. */
export interface FilterRemoval {
  filter: ProductFilter;
  removed: number;
}

export interface PreparedDataset {
  weekEndingDay: number;
  /** Rows per weekday (0 = Sunday); more than one non-zero entry means mixed weekdays. */
  rowsByWeekday: number[];
  products: PreparedProduct[];
  productsBeforeFilters: number;
  /** Which filters removed products, in the order they apply (absent in results cached before it existed). */
  removedBy?: FilterRemoval[];
  /** First and last day of the rows read, before any filter (null when there are none). */
  dataDays?: { first: string; last: string } | null;
  params: PrepareParams;
}

const dayOrNull = (iso: string | null) => (iso ? (parseDay(iso) ?? null) : null);

/** Rows per product after the date, still-selling, pick and search filters (empty when filtered out). */
function selectRows(
  table: ImportedTable,
  params: PrepareParams,
): { weekEndingDay: number; rowsByWeekday: number[]; rowsOf: number[][]; removedBy: Map<number, ProductFilter> } {
  const rowsByWeekday = new Array<number>(7).fill(0);
  for (let i = 0; i < table.day.length; i++) rowsByWeekday[weekdayOf(table.day[i]!)]!++;
  const weekEndingDay = params.weekEndingDay === 'auto' ? rowsByWeekday.indexOf(Math.max(...rowsByWeekday)) : params.weekEndingDay;
  const from = dayOrNull(params.from),
    to = dayOrNull(params.to),
    selling = dayOrNull(params.stillSellingAfter);
  const rowsOf: number[][] = table.products.map(() => []);
  const sellsLate = new Uint8Array(table.products.length);
  for (let i = 0; i < table.day.length; i++) {
    const d = table.day[i]!,
      p = table.product[i]!;
    if (selling !== null && d >= selling && table.volume[i]! > 0) sellsLate[p] = 1;
    if ((from !== null && d < from) || (to !== null && d > to)) continue;
    rowsOf[p]!.push(i);
  }
  const needle = params.search.trim().toLowerCase();
  const picked = new Set(params.pick);
  const removedBy = new Map<number, ProductFilter>();
  table.products.forEach((info, p) => {
    const filter: ProductFilter | null =
      selling !== null && !sellsLate[p]
        ? 'stillSellingAfter'
        : picked.size > 0 && !picked.has(info.id)
          ? 'pick'
          : needle !== '' && ![info.title, info.id, info.author].some((s) => s.toLowerCase().includes(needle))
            ? 'search'
            : rowsOf[p]!.length === 0 && (from !== null || to !== null)
              ? 'dateRange'
              : null;
    if (filter === null) return;
    rowsOf[p] = [];
    removedBy.set(p, filter);
  });
  return { weekEndingDay, rowsByWeekday, rowsOf, removedBy };
}

/** Applies the filters and resamples each remaining product; largest total volume first. */
export function prepareSeries(table: ImportedTable, params: PrepareParams): PreparedDataset {
  const { weekEndingDay, rowsByWeekday, rowsOf, removedBy } = selectRows(table, params);
  let products: PreparedProduct[] = [];
  table.products.forEach((info, p) => {
    const rows = rowsOf[p]!;
    if (rows.length === 0) return;
    const days = rows.map((i) => table.day[i]!),
      volumes = rows.map((i) => table.volume[i]!);
    const r = resampleWeekly(days, volumes, weekEndingDay, params.fill);
    let totalVolume = 0,
      negativeWeeks = 0;
    for (const v of r.values) {
      if (Number.isNaN(v)) continue;
      totalVolume += v;
      if (v < 0) negativeWeeks++;
    }
    products.push({
      ...info,
      start: formatDay(r.start),
      values: r.values,
      totalVolume,
      rows: rows.length,
      duplicateWeeks: r.duplicateWeeks,
      filledWeeks: r.filledWeeks,
      negativeWeeks,
    });
  });
  products.sort((a, b) => b.totalVolume - a.totalVolume || a.id.localeCompare(b.id));
  const beforeTop = products.length;
  if (params.topN !== null && params.topN > 0) products = products.slice(0, params.topN);
  const counts = new Map<ProductFilter, number>([['topN', beforeTop - products.length]]);
  for (const filter of removedBy.values()) counts.set(filter, (counts.get(filter) ?? 0) + 1);
  const removals = FILTER_ORDER.map((filter) => ({ filter, removed: counts.get(filter) ?? 0 })).filter((r) => r.removed > 0);
  return { weekEndingDay, rowsByWeekday, products, productsBeforeFilters: table.products.length, removedBy: removals, dataDays: dayRange(table.day), params };
}

/** The first and last day of the rows, or null when there are none. */
function dayRange(days: ArrayLike<number>): { first: string; last: string } | null {
  if (days.length === 0) return null;
  let first = Infinity,
    last = -Infinity;
  for (let i = 0; i < days.length; i++) {
    if (days[i]! < first) first = days[i]!;
    if (days[i]! > last) last = days[i]!;
  }
  return { first: formatDay(first), last: formatDay(last) };
}

/**
 * Weekly values (and their dates) the prepared series would hold, counted from each product's first
 * and last row without building them; Top N keeps the products with the largest row totals, as
 * prepareSeries does.
 */
export function weeklyValuesNeeded(table: ImportedTable, params: PrepareParams): { values: number; products: number; first: number; last: number } {
  const { weekEndingDay, rowsOf } = selectRows(table, params);
  const spans: { weeks: number; total: number; lo: number; hi: number }[] = [];
  for (const rows of rowsOf) {
    if (rows.length === 0) continue;
    let lo = Infinity,
      hi = -Infinity,
      total = 0;
    for (const i of rows) {
      lo = Math.min(lo, table.day[i]!);
      hi = Math.max(hi, table.day[i]!);
      total += table.volume[i]!;
    }
    lo = weekEndingOnOrAfter(lo, weekEndingDay);
    hi = weekEndingOnOrAfter(hi, weekEndingDay);
    spans.push({ weeks: (hi - lo) / 7 + 1, total, lo, hi });
  }
  spans.sort((a, b) => b.total - a.total);
  const kept = params.topN !== null && params.topN > 0 ? spans.slice(0, params.topN) : spans;
  return {
    values: kept.reduce((s, x) => s + x.weeks, 0),
    products: kept.length,
    first: kept.reduce((m, x) => Math.min(m, x.lo), Infinity),
    last: kept.reduce((m, x) => Math.max(m, x.hi), -Infinity),
  };
}

/** The most weekly values a prepared dataset may hold: 8 bytes each, about 40 MB in IndexedDB. */
export const MAX_WEEKLY_VALUES = 5_000_000;

/** Refuses, before anything is expanded, series that would outgrow MAX_WEEKLY_VALUES. */
export function checkWeeklySize(table: ImportedTable, params: PrepareParams): Result<void, 'too-many-weeks'> {
  const need = weeklyValuesNeeded(table, params);
  if (need.values <= MAX_WEEKLY_VALUES) return ok(undefined);
  const n = (x: number) => x.toLocaleString('en-US');
  return fail(
    'too-many-weeks',
    `The ${n(need.products)} products would need ${n(need.values)} weekly values (${formatDay(need.first)} to ${formatDay(need.last)}); the lab stores at most ${n(MAX_WEEKLY_VALUES)} (about ${(MAX_WEEKLY_VALUES * 8) / 1e6} MB). Narrow the dates with From/To or keep fewer products (Top N).`,
  );
}
