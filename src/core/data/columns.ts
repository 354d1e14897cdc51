// Finds which columns of a sales table hold the product id, its title, the week and the units sold.

// Names in order of preference; compared after lower-casing and dropping non-letters.
const ID_NAMES = ['isbn', 'id', 'productid', 'sku', 'upc', 'ean', 'itemid', 'item', 'product', 'code'];
const TITLE_NAMES = ['title', 'name', 'productname', 'description', 'itemname'];
const DATE_NAMES = ['enddate', 'weekending', 'weekend', 'date', 'week', 'period', 'weekstart', 'day'];
const VOLUME_NAMES = ['volume', 'units', 'unitssold', 'quantity', 'qty', 'sales', 'unitsales', 'sold', 'demand', 'value'];

export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Guesses the id, title, date and volume columns from header names alone (each header plays one part). */
export function guessColumns(headers: readonly string[]): Record<'id' | 'title' | 'date' | 'volume', string | null> {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const pick = (names: readonly string[]): string | null => {
    for (const name of names) {
      const i = normalised.findIndex((h, j) => h === name && !taken.has(j));
      if (i < 0) continue;
      taken.add(i);
      return headers[i]!;
    }
    return null;
  };
  const date = pick(DATE_NAMES),
    volume = pick(VOLUME_NAMES);
  return { date, volume, id: pick(ID_NAMES), title: pick(TITLE_NAMES) };
}
