// Pipeline artifacts in IndexedDB, and the one transaction that commits a whole pipeline run
// (artifacts + the prepared dataset the forecast path reads): all of it or nothing.
import type { ImportMapping } from '../core/data/mapping';
import type { SalesDataset } from '../core/data/types';
import type { Artifact, ArtifactHeader, ArtifactStore } from '../core/pipeline/types';
import type { ShelfcastDatabase } from './db';
import { toDatasetRecord } from './lab-repository';
import type { DatasetRecord } from './schema';

export class IdbArtifactStore implements ArtifactStore {
  constructor(private readonly db: ShelfcastDatabase) {}

  getHeader(key: string): Promise<ArtifactHeader | undefined> {
    return this.db.get('artifacts', key);
  }

  async getPayload(key: string): Promise<unknown> {
    return (await this.db.get('payloads', key))?.payload;
  }

  getDataset(id: string): Promise<DatasetRecord | undefined> {
    return this.db.get('datasets', id);
  }

  async putAll(artifacts: readonly Artifact[]): Promise<void> {
    await this.commit(artifacts);
  }

  /** Writes the run's new artifacts and, when given, the prepared dataset, in one transaction. */
  async commit(artifacts: readonly Artifact[], dataset?: { id: string; value: SalesDataset }): Promise<DatasetRecord | undefined> {
    const tx = this.db.transaction(['artifacts', 'payloads', 'datasets', 'series', 'settings'], 'readwrite');
    const writes: Promise<unknown>[] = [];
    let record: DatasetRecord | undefined;
    try {
      for (const { payload, ...header } of artifacts) {
        writes.push(tx.objectStore('artifacts').put(header), tx.objectStore('payloads').put({ key: header.key, payload }));
      }
      if (dataset) {
        record = toDatasetRecord(dataset.id, dataset.value, new Date());
        writes.push(tx.objectStore('datasets').put(record));
        for (const p of dataset.value.products) writes.push(tx.objectStore('series').put({ ...p, datasetId: dataset.id }));
        writes.push(tx.objectStore('settings').put({ key: 'last-opened', value: { datasetId: dataset.id, productId: null } }));
      }
    } catch (error) {
      // A put that throws (a value IndexedDB cannot clone) does not end the transaction: the writes
      // queued before it would still commit.
      tx.abort();
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    }
    await Promise.all([...writes, tx.done]);
    return record;
  }
}

/** Import mappings the person confirmed, per header signature. */
export class MappingRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  async get(signature: string): Promise<ImportMapping | undefined> {
    return (await this.db.get('mappings', signature))?.mapping;
  }

  async put(signature: string, mapping: ImportMapping): Promise<void> {
    await this.db.put('mappings', { signature, mapping, savedAt: new Date().toISOString() });
  }
}
