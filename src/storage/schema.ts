// The lab's IndexedDB schema: record shapes and the upgrade chain. Bump DB_VERSION with a new step.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DatasetRecord, ModelRecord, SeriesRecord } from '../core/records';
import { addRegistryStores, type RegistryStores } from './registry-schema';

export type { DatasetRecord, ModelRecord, SeriesRecord };

export const DB_NAME = 'shelfcast';
export const DB_VERSION = 4;

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface ShelfcastDB extends DBSchema, RegistryStores {
  datasets: { key: string; value: DatasetRecord };
  series: { key: [string, string]; value: SeriesRecord; indexes: { byDataset: string } };
  models: { key: [string, string]; value: ModelRecord; indexes: { byDataset: string } };
  settings: { key: string; value: SettingRecord };
}

type UpgradeTx = IDBPTransaction<ShelfcastDB, StoreNames<ShelfcastDB>[], 'versionchange'>;

/** Each step brings a database from version `index` to `index + 1`. */
export const MIGRATIONS: ((db: IDBPDatabase<ShelfcastDB>, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('datasets', { keyPath: 'id' });
    db.createObjectStore('series', { keyPath: ['datasetId', 'id'] }).createIndex('byDataset', 'datasetId');
    db.createObjectStore('models', { keyPath: ['datasetId', 'productId'] }).createIndex('byDataset', 'datasetId');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // Versions 2 and 3 belong to the data-pipeline and search branches; their steps replace these
  // two placeholders at merge (the registry step below does not depend on them).
  () => undefined,
  () => undefined,
  // 3 → 4: model registry (versions, aliases, champion events, retraining decisions).
  (db) => addRegistryStores(db),
];
