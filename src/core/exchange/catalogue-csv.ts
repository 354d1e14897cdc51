// The catalogue's forecasts as CSV for spreadsheets: long (one row per product-week, with both
// intervals) and wide (one row per product, one column of means per week). RFC 4180 quoting; text
// cells that a spreadsheet would run as a formula are prefixed with a single quote. Numbers stay numbers.
import type { FutureForecast } from '../registry/registry-types';

export const LONG_CSV_HEADER = ['product_id', 'title', 'week_ending', 'mean', 'lo80', 'hi80', 'lo95', 'hi95'] as const;

/** One product to export: its id, title and future forecast. */
export interface CatalogueExport {
  productId: string;
  title: string;
  future: FutureForecast;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: formula-looking text is prefixed with `'`; quoted when it holds a comma, quote or line break. */
export function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A number cell as JavaScript writes it (round-trip exact; negatives stay numbers); empty when not finite. */
export function numberCell(x: number | undefined): string {
  return x !== undefined && Number.isFinite(x) ? String(x) : '';
}

function lines(rows: readonly string[][]): string {
  return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** `product_id,title,week_ending,mean,lo80,hi80,lo95,hi95`, one row per product-week. */
export function longCsv(items: readonly CatalogueExport[]): string {
  const rows: string[][] = [[...LONG_CSV_HEADER]];
  for (const { productId, title, future } of items) {
    const t = future.table;
    t.weekEnding.forEach((week, i) => {
      rows.push([textCell(productId), textCell(title), textCell(week), ...[t.mean[i], t.lower80[i], t.upper80[i], t.lower95[i], t.upper95[i]].map(numberCell)]);
    });
  }
  return lines(rows);
}

/** One row per product with a column of means per week ending (every week any product covers; empty where one does not). */
export function wideCsv(items: readonly CatalogueExport[]): string {
  const weeks = [...new Set(items.flatMap((i) => i.future.table.weekEnding))].sort();
  const rows: string[][] = [['product_id', 'title', ...weeks.map(textCell)]];
  for (const { productId, title, future } of items) {
    const at = new Map(future.table.weekEnding.map((w, i) => [w, future.table.mean[i]] as const));
    rows.push([textCell(productId), textCell(title), ...weeks.map((w) => numberCell(at.get(w)))]);
  }
  return lines(rows);
}

/** `forecast-long-YYYY-MM-DD.csv` or `forecast-wide-YYYY-MM-DD.csv`, dated by the local day of `now` (the person's calendar). */
export function catalogueCsvFileName(kind: 'long' | 'wide', now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `forecast-${kind}-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.csv`;
}
