// The whole import in one call, for scripts and tests: the page's own path (file head → table →
// weekly series with the default preparation) run on one text, giving the stored dataset shape.
import { ok, type Result } from '../result';
import { readHead } from './file-head';
import type { ImportedTable } from './import-types';
import { DEFAULT_PREPARE, prepareSeries, type PreparedDataset } from './prepare';
import { readTable, type ReaderErrorCode } from './table-reader';
import type { SalesDataset } from './types';

/** A prepared dataset as storage keeps it, with the rows read and rejected on the way. */
export function toSalesDataset(name: string, prepared: PreparedDataset, rows: Pick<ImportedTable, 'rowsRead' | 'rejectedCount' | 'rejected'>): SalesDataset {
  return {
    name,
    weekEndingDay: prepared.weekEndingDay,
    rowsRead: rows.rowsRead,
    rejectedCount: rows.rejectedCount,
    rejected: rows.rejected.map((r) => ({ row: r.row, code: r.code, message: `${r.file}: ${r.message}` })),
    products: prepared.products.map((p) => ({
      id: p.id,
      title: p.title,
      ...(p.author ? { author: p.author } : {}),
      series: { start: p.start, values: p.values },
      totalVolume: p.totalVolume,
    })),
  };
}

/**
 * Parses and prepares a weekly sales CSV; `name` is the file name shown to the person, and dates
 * after `today` (a day number) are rejected as the page rejects them.
 */
export function importSalesCsv(
  text: string,
  name: string,
  today = Math.floor(Date.now() / 86_400_000),
): Result<SalesDataset, ReaderErrorCode | 'row-too-long'> {
  const head = readHead(text, true);
  if (!head.ok) return head;
  const table = readTable(text, name, head.value.mapping, head.value.delimiter, today);
  if (!table.ok) return table;
  return ok(toSalesDataset(name, prepareSeries(table.value, DEFAULT_PREPARE), table.value));
}
