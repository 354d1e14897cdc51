// The studies' IndexedDB stores (studies, and their trials one record each) and the migration step
// that creates them. The step creates only what is absent, so it can run at whatever version number
// the merged upgrade chain gives it.
import type { IDBPDatabase } from 'idb';
import type { StudyRecord } from '../core/search/study-record';
import type { TrialRecord } from '../core/search/types';
import type { ShelfcastDB } from './schema';

export type StoredTrial = TrialRecord & { studyKey: string };

/** The studies' part of the database schema (merged into ShelfcastDB). */
export interface StudyStores {
  studies: { key: string; value: StudyRecord; indexes: { byProduct: string; byUpdated: string } };
  trials: { key: [string, number]; value: StoredTrial; indexes: { byStudy: string } };
}

/** Creates the study stores that are absent; safe at any version number of the upgrade chain. */
export function addStudyStores(db: IDBPDatabase<ShelfcastDB>): void {
  if (!db.objectStoreNames.contains('studies')) {
    const studies = db.createObjectStore('studies', { keyPath: 'key' });
    studies.createIndex('byProduct', 'productId');
    studies.createIndex('byUpdated', 'updatedAt');
  }
  if (!db.objectStoreNames.contains('trials')) db.createObjectStore('trials', { keyPath: ['studyKey', 'number'] }).createIndex('byStudy', 'studyKey');
}
