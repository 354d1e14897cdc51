// The shapes of imported sales data, as they cross workers and land in storage (plain, serialisable).
import type { RejectCode } from './import-types';

/** One value per week, consecutive weeks, starting at the week ending on `start` (ISO date). */
export interface WeeklySeries {
  start: string;
  values: number[];
}

export interface ProductSeries {
  id: string;
  title: string;
  /** When the file had an author column (records stored before it have none). */
  author?: string;
  series: WeeklySeries;
  /** Sum of all weekly volumes; used to order products. */
  totalVolume: number;
}

/** A row the import could not use, with the file's line number (the header is row 1). */
export interface RejectedRow {
  row: number;
  code: RejectCode;
  message: string;
}

export interface SalesDataset {
  name: string;
  /** 0 = Sunday … 6 = Saturday: the weekday every week ends on. */
  weekEndingDay: number;
  products: ProductSeries[];
  rowsRead: number;
  /** Every rejected row is counted; the first few hundred are listed. */
  rejectedCount: number;
  rejected: RejectedRow[];
}
