// Every product the lab knows, for pickers and for titles beside ids: the open dataset's products
// (read through `dataset`) and the registry's champions' titles (re-read by `refresh`).
import type { DatasetRecord } from '../../core/records';
import type { ProductEntry } from '../../core/data/product-search';
import { shelfcastDb } from '../../storage/db';
import { RegistryRepository } from '../../storage/registry-repository';
import { productEntries } from './product-entries';

export class ProductDirectory {
  #registered = $state.raw<ReadonlyMap<string, string>>(new Map());
  readonly entries: ProductEntry[];
  /** Title by product id. */
  readonly titles: ReadonlyMap<string, string>;

  /** `dataset` reads the open dataset (reactively). */
  constructor(dataset: () => DatasetRecord | null) {
    this.entries = $derived(productEntries(dataset()?.products ?? [], this.#registered));
    this.titles = $derived(new Map(this.entries.map((e) => [e.id, e.title])));
  }

  /** Re-reads the registered products' titles (after training, import or registering). */
  async refresh(): Promise<void> {
    const champions = await new RegistryRepository(await shelfcastDb()).listChampions();
    this.#registered = new Map(champions.map((c) => [c.productId, c.productTitle]));
  }
}
