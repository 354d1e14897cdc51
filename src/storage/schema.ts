// The lab's IndexedDB schema: record shapes and the upgrade chain. Bump DB_VERSION with a new step.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DatasetRecord, ModelRecord, SeriesRecord } from '../core/records';
import type { ArtifactHeader } from '../core/pipeline/types';
import type { ImportMapping } from '../core/data/mapping';
import { addRegistryStores, type RegistryStores } from './registry-schema';
import { addRunStores, type RunStores } from './run-schema';
import { addStudyStores, type StudyStores } from './study-schema';

export type { DatasetRecord, ModelRecord, SeriesRecord };

export const DB_NAME = 'shelfcast';
export const DB_VERSION = 5;

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface ShelfcastDB extends DBSchema, RegistryStores, RunStores, StudyStores {
  datasets: { key: string; value: DatasetRecord };
  series: { key: [string, string]; value: SeriesRecord; indexes: { byDataset: string } };
  models: { key: [string, string]; value: ModelRecord; indexes: { byDataset: string } };
  settings: { key: string; value: SettingRecord };
  artifacts: { key: string; value: ArtifactHeader; indexes: { byStep: string } };
  payloads: { key: string; value: { key: string; payload: unknown } };
  mappings: { key: string; value: { signature: string; mapping: ImportMapping; savedAt: string } };
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
  // v2 (data pipeline): artifact headers and payloads apart, so a cache hit never loads a payload;
  // import mappings remembered per header signature.
  (db) => {
    db.createObjectStore('artifacts', { keyPath: 'key' }).createIndex('byStep', 'step');
    db.createObjectStore('payloads', { keyPath: 'key' });
    db.createObjectStore('mappings', { keyPath: 'signature' });
  },
  // 2 → 3: model registry (versions, aliases, champion events, retraining decisions).
  (db) => addRegistryStores(db),
  // 3 → 4: runs (imports and trainings with their steps, lineage and per-product results).
  (db) => addRunStores(db),
  // 4 → 5: studies and their trials (one record per trial).
  (db) => addStudyStores(db),
];
