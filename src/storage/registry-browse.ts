// Reads for the Models screen that the registry repository does not offer: every product with a
// registered model, the retention setting, pruning to it, and the training series behind a digest.
import type { WeeklySeries } from '../core/data/types';
import { versionsToDelete } from '../core/registry/retention';
import type { ProductAliases } from '../core/registry/registry-types';
import { seriesDigest } from '../core/data/series-digest';
import type { ShelfcastDatabase } from './db';

const RETENTION_KEY = 'registry-max-versions';

export class RegistryBrowser {
  constructor(private readonly db: ShelfcastDatabase) {}

  /** Aliases of every product that has (had) a registered version, by product id. */
  listAliases(): Promise<ProductAliases[]> {
    return this.db.getAll('modelAliases');
  }

  async getMaxVersions(fallback: number): Promise<number> {
    const v = (await this.db.get('settings', RETENTION_KEY))?.value;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fallback;
  }

  async setMaxVersions(max: number): Promise<void> {
    await this.db.put('settings', { key: RETENTION_KEY, value: max });
  }

  /** Applies retention to every product now (registering applies it to its product only). */
  async pruneAll(max: number): Promise<number> {
    const tx = this.db.transaction(['modelVersions', 'modelAliases'], 'readwrite');
    const versions = tx.objectStore('modelVersions');
    let deleted = 0;
    for (const aliases of await tx.objectStore('modelAliases').getAll()) {
      const stored = (await versions.index('byProduct').getAllKeys(aliases.productId)).map(([, v]) => v);
      for (const v of versionsToDelete(stored, aliases, max)) {
        await versions.delete([aliases.productId, v]);
        deleted++;
      }
    }
    await tx.done;
    return deleted;
  }

  /** The stored series of `productId` (in any dataset) whose digest is `digest`, if there is one. */
  async findSeries(productId: string, digest: string): Promise<WeeklySeries | null> {
    const keys = (await this.db.getAllKeys('series')).filter(([, id]) => id === productId);
    for (const key of keys) {
      const record = await this.db.get('series', key);
      if (record && (await seriesDigest({ ...record.series, id: productId })) === digest) return record.series;
    }
    return null;
  }
}
