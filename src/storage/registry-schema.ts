// The model registry's IndexedDB stores and the migration step that creates them. The step creates
// only what is absent, so it can run at whatever version number the merged upgrade chain gives it.
import type { IDBPDatabase } from 'idb';
import type { DecisionRecord } from '../core/registry/decision-log';
import type { ChampionEvent, ModelVersion, ProductAliases } from '../core/registry/registry-types';
import type { ShelfcastDB } from './schema';

export type StoredChampionEvent = ChampionEvent & { id?: number };

/** The registry's part of the database schema (merged into ShelfcastDB). */
export interface RegistryStores {
  modelVersions: { key: [string, number]; value: ModelVersion; indexes: { byProduct: string } };
  modelAliases: { key: string; value: ProductAliases };
  championEvents: { key: number; value: StoredChampionEvent; indexes: { byProduct: string } };
  retrainDecisions: { key: number; value: DecisionRecord; indexes: { byProduct: string } };
}

export const REGISTRY_STORE_NAMES = ['modelVersions', 'modelAliases', 'championEvents', 'retrainDecisions'] as const;

/** Creates the registry's stores that do not exist yet; safe to run twice or at any version. */
export function addRegistryStores(db: IDBPDatabase<ShelfcastDB>): void {
  const has = (name: (typeof REGISTRY_STORE_NAMES)[number]) => db.objectStoreNames.contains(name);
  if (!has('modelVersions')) db.createObjectStore('modelVersions', { keyPath: ['productId', 'version'] }).createIndex('byProduct', 'productId');
  if (!has('modelAliases')) db.createObjectStore('modelAliases', { keyPath: 'productId' });
  if (!has('championEvents')) db.createObjectStore('championEvents', { keyPath: 'id', autoIncrement: true }).createIndex('byProduct', 'productId');
  if (!has('retrainDecisions')) db.createObjectStore('retrainDecisions', { keyPath: 'id', autoIncrement: true }).createIndex('byProduct', 'productId');
}
