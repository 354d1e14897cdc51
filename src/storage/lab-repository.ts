// Reads and writes the lab's datasets, series, fitted models and the last-opened selection.
import type { ProductSeries, SalesDataset } from '../core/data/types';
import type { HoldoutForecast } from '../core/model/holdout';
import { DATASET_RECORD, LAB_MODEL_RECORD } from '../core/stored/stored-kinds';
import type { ShelfcastDatabase } from './db';
import { readStoredIfAny } from './stored-records';
import type { DatasetRecord, ModelRecord } from './schema';

const LAST_OPENED = 'last-opened';

export interface LastOpened {
  datasetId: string;
  productId: string | null;
}

export function toDatasetRecord(id: string, dataset: SalesDataset, importedAt: Date): DatasetRecord {
  return {
    id,
    name: dataset.name,
    weekEndingDay: dataset.weekEndingDay,
    productCount: dataset.products.length,
    rowsRead: dataset.rowsRead,
    rejectedCount: dataset.rejectedCount,
    rejected: dataset.rejected,
    products: dataset.products.map((p) => ({
      id: p.id,
      title: p.title,
      ...(p.author ? { author: p.author } : {}),
      weeks: p.series.values.length,
      totalVolume: p.totalVolume,
    })),
    importedAt: importedAt.toISOString(),
    recordVersion: 1,
  };
}

export class LabRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  async getDataset(id: string): Promise<DatasetRecord | undefined> {
    return readStoredIfAny(DATASET_RECORD, await this.db.get('datasets', id));
  }

  getSeries(datasetId: string, productId: string): Promise<ProductSeries | undefined> {
    return this.db.get('series', [datasetId, productId]);
  }

  async saveModel(datasetId: string, productId: string, forecast: HoldoutForecast, appVersion: string): Promise<ModelRecord> {
    const record: ModelRecord = { datasetId, productId, forecast, createdAt: new Date().toISOString(), appVersion, recordVersion: 1 };
    const tx = this.db.transaction(['models', 'settings'], 'readwrite');
    await Promise.all([tx.objectStore('models').put(record), tx.objectStore('settings').put({ key: LAST_OPENED, value: { datasetId, productId } }), tx.done]);
    return record;
  }

  async getModel(datasetId: string, productId: string): Promise<ModelRecord | undefined> {
    return readStoredIfAny(LAB_MODEL_RECORD, await this.db.get('models', [datasetId, productId]));
  }

  async setLastOpened(value: LastOpened): Promise<void> {
    await this.db.put('settings', { key: LAST_OPENED, value });
  }

  /** The selection to restore after a reload, if a valid one was stored. */
  async getLastOpened(): Promise<LastOpened | undefined> {
    const record = await this.db.get('settings', LAST_OPENED);
    const value = record?.value as Partial<LastOpened> | undefined;
    if (!value || typeof value.datasetId !== 'string') return undefined;
    return { datasetId: value.datasetId, productId: typeof value.productId === 'string' ? value.productId : null };
  }
}
