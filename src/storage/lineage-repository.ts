// What the Runs and product views read besides run records: artifact headers, the models' data
// digests, datasets; and deleting a dataset (its series, models and only-its artifacts) in one go.
import type { ArtifactHeader } from '../core/pipeline/types';
import type { PreparedDataset } from '../core/data/prepare';
import type { ProductSplit } from '../core/data/split';
import { registeredModelName } from '../core/registry/registry-types';
import type { ModelRef } from '../core/runs/lineage';
import type { ShelfcastDatabase } from './db';
import type { DatasetRecord } from './schema';

export class LineageRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  artifactHeaders(): Promise<ArtifactHeader[]> {
    return this.db.getAll('artifacts');
  }

  /** Every registered version with its data digest, name and whether it is champion now. */
  async modelRefs(): Promise<ModelRef[]> {
    const tx = this.db.transaction(['modelVersions', 'modelAliases'], 'readonly');
    const [versions, aliases] = await Promise.all([tx.objectStore('modelVersions').getAll(), tx.objectStore('modelAliases').getAll(), tx.done]);
    const champion = new Map(aliases.map((a) => [a.productId, a.champion]));
    return versions.map((v) => ({
      productId: v.productId,
      version: v.version,
      dataDigest: v.data.digest,
      name: v.name,
      champion: champion.get(v.productId) === v.version,
    }));
  }

  /** What a training run's lineage names besides artifacts: study keys and versions as `name/version` (keys only: cheap). */
  async storedRefs(): Promise<string[]> {
    const tx = this.db.transaction(['studies', 'modelVersions'], 'readonly');
    const [studies, versions] = await Promise.all([tx.objectStore('studies').getAllKeys(), tx.objectStore('modelVersions').getAllKeys(), tx.done]);
    return [...studies, ...versions.map(([productId, version]) => `${registeredModelName(productId)}/${version}`)];
  }

  datasets(): Promise<DatasetRecord[]> {
    return this.db.getAll('datasets');
  }

  /** The per-product series digests inside a split or weekly-series artifact (what registry versions record). */
  async seriesDigests(header: ArtifactHeader): Promise<Set<string>> {
    if (header.type !== 'splits' && header.type !== 'weekly-series') return new Set();
    const payload = (await this.db.get('payloads', header.key))?.payload as ProductSplit[] | PreparedDataset | undefined;
    const products = Array.isArray(payload) ? payload : (payload?.products ?? []);
    return new Set(products.map((s) => s.digest).filter((d): d is string => d !== undefined));
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
