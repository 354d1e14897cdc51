// The products a picker offers and the titles shown beside ids, gathered from what the lab knows:
// the open dataset (volume order, with authors when the file had them) and the model registry.
import type { ProductEntry } from '../../core/data/product-search';

interface DatasetProduct {
  id: string;
  title: string;
  author?: string;
}

/** The open dataset's products in its order, then products only the registry knows, by id. */
export function productEntries(dataset: readonly DatasetProduct[], registered: ReadonlyMap<string, string>): ProductEntry[] {
  const seen = new Set(dataset.map((p) => p.id));
  const fromDataset = dataset.map((p) => (p.author ? { id: p.id, title: p.title, author: p.author } : { id: p.id, title: p.title }));
  const onlyRegistered = [...registered]
    .filter(([id]) => !seen.has(id))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, title]) => ({ id, title }));
  return [...fromDataset, ...onlyRegistered];
}

/** Entries for exactly these ids (first-seen order), titled from `titles`, or by their id when unknown. */
export function entriesFor(ids: Iterable<string>, titles: ReadonlyMap<string, string>): ProductEntry[] {
  return [...new Set(ids)].map((id) => ({ id, title: titles.get(id) ?? id }));
}

/** "Title (id)" for a list that shows a product, or the id alone when no title is known. */
export function titledId(id: string, titles: ReadonlyMap<string, string>): string {
  const title = titles.get(id);
  return title && title !== id ? `${title} (${id})` : id;
}
