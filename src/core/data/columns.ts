// Finds which columns of a sales table hold the product id, its title, the week and the units sold.

/** Column indexes of a long sales table; id and title are optional (one unnamed product). */
export interface ColumnMapping {
  id?: number;
  title?: number;
  date: number;
  volume: number;
}

// Names in order of preference; compared after lower-casing and dropping non-letters.
const ID_NAMES = ['isbn', 'id', 'productid', 'sku', 'upc', 'ean', 'itemid', 'item', 'product', 'code'];
const TITLE_NAMES = ['title', 'name', 'productname', 'description', 'itemname'];
const DATE_NAMES = ['enddate', 'weekending', 'weekend', 'date', 'week', 'period', 'weekstart', 'day'];
const VOLUME_NAMES = ['volume', 'units', 'unitssold', 'quantity', 'qty', 'sales', 'unitsales', 'sold', 'demand', 'value'];

export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function findColumn(headers: readonly string[], names: readonly string[], taken: Set<number>): number | undefined {
  const normalised = headers.map(normaliseHeader);
  for (const name of names) {
    const index = normalised.findIndex((h, i) => h === name && !taken.has(i));
    if (index >= 0) return index;
  }
  return undefined;
}

/** Guesses the mapping from header names alone; missing date or volume is reported by the caller. */
export function guessColumns(headers: readonly string[]): Partial<ColumnMapping> {
  const taken = new Set<number>();
  const pick = (names: readonly string[]): number | undefined => {
    const index = findColumn(headers, names, taken);
    if (index !== undefined) taken.add(index);
    return index;
  };
  const date = pick(DATE_NAMES);
  const volume = pick(VOLUME_NAMES);
  const id = pick(ID_NAMES);
  const title = pick(TITLE_NAMES);
  const mapping: Partial<ColumnMapping> = {};
  if (date !== undefined) mapping.date = date;
  if (volume !== undefined) mapping.volume = volume;
  if (id !== undefined) mapping.id = id;
  if (title !== undefined) mapping.title = title;
  return mapping;
}
