// The whole import in one call: CSV text → SalesDataset, or one clear error.
import { ok, type Result } from '../result';
import { parseSalesTable, type ImportErrorCode } from './sales-table';
import type { SalesDataset } from './types';
import { detectWeekEndingDay, toWeeklySeries } from './weekly';

/** Parses and prepares a weekly sales CSV; `name` is the file name shown to the person. */
export function importSalesCsv(text: string, name: string): Result<SalesDataset, ImportErrorCode> {
  const table = parseSalesTable(text, name.replace(/\.[^.]*$/, '') || 'series');
  if (!table.ok) return table;
  const { rows, rowsRead, rejectedCount, rejected } = table.value;
  const weekEndingDay = detectWeekEndingDay(rows);
  const products = toWeeklySeries(rows, weekEndingDay);
  return ok({ name, weekEndingDay, products, rowsRead, rejectedCount, rejected });
}
