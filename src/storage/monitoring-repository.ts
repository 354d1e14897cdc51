// Everything the monitoring and product views read across products: the whole decision log,
// every champion event and registry version, and a product's series.
import type { ProductSeries } from '../core/data/types';
import type { DecisionRecord } from '../core/registry/decision-log';
import type { ChampionEvent, ModelVersion, ProductAliases } from '../core/registry/registry-types';
import type { ShelfcastDatabase } from './db';

export class MonitoringRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  decisions(productId?: string): Promise<DecisionRecord[]> {
    return productId === undefined ? this.db.getAll('retrainDecisions') : this.db.getAllFromIndex('retrainDecisions', 'byProduct', productId);
  }

  events(productId?: string): Promise<ChampionEvent[]> {
    return productId === undefined ? this.db.getAll('championEvents') : this.db.getAllFromIndex('championEvents', 'byProduct', productId);
  }

  versions(productId?: string): Promise<ModelVersion[]> {
    return productId === undefined ? this.db.getAll('modelVersions') : this.db.getAllFromIndex('modelVersions', 'byProduct', productId);
  }

  aliases(productId: string): Promise<ProductAliases | undefined> {
    return this.db.get('modelAliases', productId);
  }

  series(datasetId: string, productId: string): Promise<ProductSeries | undefined> {
    return this.db.get('series', [datasetId, productId]);
  }
}
