// Everything the monitoring and product views read across products: the whole decision log,
// every champion event and registry version, and a product's series.
import type { ProductSeries } from '../core/data/types';
import type { DecisionRecord } from '../core/registry/decision-log';
import type { ChampionEvent, ModelVersion, ProductAliases } from '../core/registry/registry-types';
import { DECISION_RECORD, MODEL_VERSION_RECORD } from '../core/stored/stored-kinds';
import type { ShelfcastDatabase } from './db';
import { readAllStored } from './stored-records';

export class MonitoringRepository {
  constructor(private readonly db: ShelfcastDatabase) {}

  async decisions(productId?: string): Promise<DecisionRecord[]> {
    return readAllStored(
      DECISION_RECORD,
      productId === undefined ? await this.db.getAll('retrainDecisions') : await this.db.getAllFromIndex('retrainDecisions', 'byProduct', productId),
    );
  }

  events(productId?: string): Promise<ChampionEvent[]> {
    return productId === undefined ? this.db.getAll('championEvents') : this.db.getAllFromIndex('championEvents', 'byProduct', productId);
  }

  async versions(productId?: string): Promise<ModelVersion[]> {
    return readAllStored(
      MODEL_VERSION_RECORD,
      productId === undefined ? await this.db.getAll('modelVersions') : await this.db.getAllFromIndex('modelVersions', 'byProduct', productId),
    );
  }

  aliases(productId: string): Promise<ProductAliases | undefined> {
    return this.db.get('modelAliases', productId);
  }

  series(datasetId: string, productId: string): Promise<ProductSeries | undefined> {
    return this.db.get('series', [datasetId, productId]);
  }
}
