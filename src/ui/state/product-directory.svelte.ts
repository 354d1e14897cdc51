// Every product the lab knows, for pickers and for titles beside ids: the open dataset's products
// (read through `dataset`) and the registry's champions' titles (re-read by `refresh`).
import type { DatasetRecord } from '../../core/records';
import type { ProductEntry } from '../../core/data/product-search';
import type { OpenStores } from './lab-context';
import { productEntries } from './product-entries';

export class ProductDirectory {
  #registered = $state.raw<ReadonlyMap<string, string>>(new Map());
  readonly entries: ProductEntry[];
  /** Title by product id. */
  readonly titles: ReadonlyMap<string, string>;

  /** `dataset` reads the open dataset (reactively). */
  constructor(
    private readonly stores: OpenStores<'registry'>,
    dataset: () => DatasetRecord | null,
  ) {
    this.entries = $derived(productEntries(dataset()?.products ?? [], this.#registered));
    this.titles = $derived(new Map(this.entries.map((e) => [e.id, e.title])));
  }

  /** Re-reads the registered products' titles (after training, import or registering). */
  async refresh(): Promise<void> {
    const champions = await (await this.stores()).registry.listChampions();
    this.#registered = new Map(champions.map((c) => [c.productId, c.productTitle]));
  }
}
