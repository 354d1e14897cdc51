// Finding a product by what a person remembers of it: its id (an ISBN typed with or without
// hyphens), its title's start, a word inside it, or its author. Pure; runs in the UI thread on
// every keystroke, so the folding is done once per catalogue and a query costs one pass.

/** What a picker knows of a product. `note` is shown, never searched (e.g. "champion v3"). */
export interface ProductEntry {
  id: string;
  title: string;
  author?: string;
  note?: string;
}

/** A catalogue prepared for searching: the entries and their folded texts, in the given order. */
export interface ProductIndex {
  entries: readonly ProductEntry[];
  ids: string[];
  titles: string[];
  authors: string[];
}

/** Lower case without diacritics ("Émile" → "emile"), spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An id as it is compared: folded, hyphens and spaces removed ("978-0-7225-3293-5" → "9780722532935"). */
export function compactId(id: string): string {
  return foldText(id).replace(/[-\s]/g, '');
}

export function indexProducts(entries: readonly ProductEntry[]): ProductIndex {
  return {
    entries,
    ids: entries.map((e) => compactId(e.id)),
    titles: entries.map((e) => foldText(e.title)),
    authors: entries.map((e) => foldText(e.author ?? '')),
  };
}

/** How well entry i matches: lower is better, null is no match. */
function rankOf(index: ProductIndex, i: number, q: string, qId: string, words: string[]): number | null {
  const id = index.ids[i]!;
  const title = index.titles[i]!;
  if (qId !== '' && id === qId) return 0;
  if (title === q) return 1;
  if (qId !== '' && id.startsWith(qId)) return 2;
  if (title.startsWith(q)) return 3;
  if (title.includes(` ${q}`)) return 4;
  if (title.includes(q)) return 5;
  const author = index.authors[i]!;
  if (author.includes(q)) return 6;
  if (qId !== '' && id.includes(qId)) return 7;
  // Every word somewhere: "tolkien hobbit" finds The Hobbit by J.R.R. Tolkien.
  if (words.length > 1 && words.every((w) => title.includes(w) || author.includes(w) || id.includes(w))) return 8;
  return null;
}

/**
 * The positions (into `index.entries`) of every entry matching `query`, best first: exact id, exact
 * title, id prefix, title prefix, a title word's prefix, title substring, author, id substring, all
 * words anywhere. Ties keep the catalogue's order. An empty query matches everything in order.
 */
export function searchProducts(index: ProductIndex, query: string): number[] {
  const q = foldText(query);
  const n = index.entries.length;
  if (q === '') return Array.from({ length: n }, (_, i) => i);
  const qId = compactId(q);
  const words = q.split(' ');
  // One bucket per rank keeps the pass linear and the order stable without a sort.
  const buckets: number[][] = Array.from({ length: 9 }, () => []);
  for (let i = 0; i < n; i++) {
    const rank = rankOf(index, i, q, qId, words);
    if (rank !== null) buckets[rank]!.push(i);
  }
  return buckets.flat();
}
