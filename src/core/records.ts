// Records the lab keeps in storage and passes between rooms: plain, versioned, serialisable.
import type { ProductSeries, RejectedRow } from './data/types';
import type { HoldoutForecast } from './model/holdout';

/** A dataset without its series (those live in `series`, one record per product). */
export interface DatasetRecord {
  id: string;
  name: string;
  weekEndingDay: number;
  productCount: number;
  rowsRead: number;
  rejectedCount: number;
  rejected: RejectedRow[];
  /** Product ids and titles, largest volume first, for pickers that must not load every series. */
  products: { id: string; title: string; author?: string; weeks: number; totalVolume: number }[];
  importedAt: string;
  recordVersion: 1;
}

export interface SeriesRecord extends ProductSeries {
  datasetId: string;
}

export interface ModelRecord {
  datasetId: string;
  productId: string;
  forecast: HoldoutForecast;
  createdAt: string;
  appVersion: string;
  recordVersion: 1;
}
