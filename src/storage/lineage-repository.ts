// What the Runs and product views read besides run records: artifact headers, the models' data
// digests, datasets; and deleting a dataset (its series, models and only-its artifacts) in one go.
import type { ArtifactHeader } from '../core/pipeline/types';
import type { ProductSplit } from '../core/data/split';
import type { ModelRef } from '../core/runs/lineage';
import type { ShelfcastDatabase } from './db';
import type { DatasetRecord } from './schema';

export class LineageRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  artifactHeaders(): Promise<ArtifactHeader[]> {
    return this.db.getAll('artifacts');
  }

  async modelRefs(): Promise<ModelRef[]> {
    const versions = await this.db.getAll('modelVersions');
    return versions.map((v) => ({ productId: v.productId, version: v.version, dataDigest: v.data.digest }));
  }

  datasets(): Promise<DatasetRecord[]> {
    return this.db.getAll('datasets');
  }

  /** The per-product series digests inside a split artifact (what registry versions record). */
  async seriesDigests(header: ArtifactHeader): Promise<Set<string>> {
    if (header.type !== 'splits') return new Set();
    const payload = (await this.db.get('payloads', header.key))?.payload as ProductSplit[] | undefined;
    return new Set((payload ?? []).map((s) => s.digest));
  }

  /** The payload of the stored artifact with this content digest, if any. */
  async payloadOfDigest(digest: string): Promise<unknown> {
    const header = (await this.db.getAll('artifacts')).find((h) => h.digest === digest);
    return header ? (await this.db.get('payloads', header.key))?.payload : undefined;
  }

  /** Deletes a dataset, its series and fitted models, and the artifacts with the given digests. */
  async deleteDataset(datasetId: string, artifactDigests: ReadonlySet<string>): Promise<void> {
    const tx = this.db.transaction(['datasets', 'series', 'models', 'artifacts', 'payloads', 'settings'], 'readwrite');
    const work: Promise<unknown>[] = [tx.objectStore('datasets').delete(datasetId)];
    for (const key of await tx.objectStore('series').index('byDataset').getAllKeys(datasetId)) work.push(tx.objectStore('series').delete(key));
    for (const key of await tx.objectStore('models').index('byDataset').getAllKeys(datasetId)) work.push(tx.objectStore('models').delete(key));
    for (const header of await tx.objectStore('artifacts').getAll()) {
      if (!artifactDigests.has(header.digest)) continue;
      work.push(tx.objectStore('artifacts').delete(header.key), tx.objectStore('payloads').delete(header.key));
    }
    const last = await tx.objectStore('settings').get('last-opened');
    if ((last?.value as { datasetId?: string } | undefined)?.datasetId === datasetId) work.push(tx.objectStore('settings').delete('last-opened'));
    await Promise.all([...work, tx.done]);
  }
}
