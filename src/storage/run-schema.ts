// The runs' IndexedDB store and the migration step that creates it. The step creates only what is
// absent, so it can run at whatever version number the merged upgrade chain gives it.
import type { IDBPDatabase } from 'idb';
import type { RunRecord } from '../core/runs/run-record';
import type { ShelfcastDB } from './schema';

/** The runs' part of the database schema (merged into ShelfcastDB). */
export interface RunStores {
  runs: { key: string; value: RunRecord; indexes: { byExperiment: string; byDataset: string } };
}

/** Creates the runs store if absent; safe at any version number of the upgrade chain. */
export function addRunStores(db: IDBPDatabase<ShelfcastDB>): void {
  if (db.objectStoreNames.contains('runs')) return;
  const runs = db.createObjectStore('runs', { keyPath: 'id' });
  runs.createIndex('byExperiment', 'experiment');
  runs.createIndex('byDataset', 'datasetId');
}
