// State of the Home page: the catalogue overview from the registry's champions and the decision log
// (a returning user's landing page), or, in an empty lab, which step of the first minute is next.
import type { DatasetRecord } from '../../core/records';
import { catalogueOverview, type CatalogueOverview, type OverviewChampion } from '../../core/registry/catalogue-overview';
import type { DecisionRecord } from '../../core/registry/decision-log';
import { errorGrowth } from '../../core/runs/monitoring';
import type { OpenStores } from './lab-context';

/** Growth of the recent error that counts as degraded (the Monitoring screen's default). */
export const DEGRADED_GROWTH = 0.1;

/** The step of the first minute a person is at: load data, train, or done (the overview). */
export type FirstMinuteStep = 'load' | 'train' | 'overview';

/** Which step to show: no data and no champions → load; data without champions → train. */
export function firstMinuteStep(hasDataset: boolean, champions: number): FirstMinuteStep {
  if (champions > 0) return 'overview';
  return hasDataset ? 'train' : 'load';
}

export class HomeState {
  #champions = $state.raw<OverviewChampion[]>([]);
  #decisions = $state.raw<DecisionRecord[]>([]);
  #loaded = $state(false);
  get champions() {
    return this.#champions;
  }
  get loaded() {
    return this.#loaded;
  }

  constructor(private readonly stores: OpenStores<'registry' | 'monitoring'>) {}

  /** Reads the champions and the decision log (called when Home opens and after a training run). */
  async load(): Promise<void> {
    const { registry, monitoring } = await this.stores();
    const [champions, decisions] = await Promise.all([registry.listChampions(), monitoring.decisions()]);
    [this.#champions, this.#decisions, this.#loaded] = [champions, decisions, true];
  }

  /** The overview for the open dataset's products (the registry's champions when none is open). */
  overview(dataset: DatasetRecord | null, today = new Date().toISOString().slice(0, 10)): CatalogueOverview {
    const degraded = errorGrowth(this.#decisions, DEGRADED_GROWTH);
    return catalogueOverview({ products: dataset?.products ?? [], champions: this.#champions, degraded, today });
  }
}
