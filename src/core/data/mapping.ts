// Which column plays which part: BookScan exports are recognised by their headers; any other long
// table gets a guessed mapping the person confirms (plain data, so the UI can edit and store it).
import { guessColumns, normaliseHeader } from './columns';
import type { DateFormat } from './date-format';

export interface ImportMapping {
  /** Header names; null when the file has no such column. */
  id: string | null;
  title: string | null;
  author: string | null;
  category: string | null;
  date: string;
  volume: string;
  dateFormat: DateFormat | 'auto';
  /** Verify ISBN check digits in the id column and reject rows that fail. */
  isbn: boolean;
  /**
   * The chosen column's position (0-based) by role, for a header that names two columns alike
   * (two "units"): the name alone would always find the first of them.
   */
  positions?: Partial<Record<MappedRole, number>>;
}

/** The parts of a mapping that name a column. */
export type MappedRole = 'id' | 'title' | 'author' | 'category' | 'date' | 'volume';

/**
 * Where a role's column is in `headers`: the mapping's chosen position while that column still
 * bears the chosen name (a remembered mapping may meet the same header in another order), else the
 * first column of that name; -1 when there is none.
 */
export function columnIndex(headers: readonly string[], mapping: ImportMapping, role: MappedRole): number {
  const name = mapping[role];
  if (name === null) return -1;
  const at = mapping.positions?.[role];
  return at !== undefined && headers[at] === name ? at : headers.indexOf(name);
}

/** What a column picker shows: the header, with its position where another column has the same name. */
export function columnLabels(headers: readonly string[]): string[] {
  return headers.map((h, i) => (headers.indexOf(h) !== headers.lastIndexOf(h) ? `${h} (column ${i + 1})` : h));
}

export const BOOKSCAN_COLUMNS = [
  'ISBN',
  'Title',
  'Author',
  'Interval',
  'End Date',
  'Volume',
  'Value',
  'ASP',
  'RRP',
  'Binding',
  'Imprint',
  'Publisher Group',
  'Product Class',
] as const;
const CATEGORY_NAMES = ['source', 'category', 'sheet', 'sourcecategory', 'categorysource'];

function findHeader(headers: readonly string[], names: readonly string[]): string | null {
  for (const name of names) {
    const found = headers.find((h) => normaliseHeader(h) === name);
    if (found !== undefined) return found;
  }
  return null;
}

/** The mapping of a BookScan-style export (the 13 columns in any order and case), or undefined. */
export function recogniseBookScan(headers: readonly string[]): ImportMapping | undefined {
  const byName = (name: string) => findHeader(headers, [normaliseHeader(name)]);
  if (BOOKSCAN_COLUMNS.some((c) => byName(c) === null)) return undefined;
  return {
    id: byName('ISBN'),
    title: byName('Title'),
    author: byName('Author'),
    category: findHeader(headers, CATEGORY_NAMES),
    date: byName('End Date')!,
    volume: byName('Volume')!,
    dateFormat: 'auto',
    isbn: true,
  };
}

/** A pre-filled mapping for any other table; date/volume may be null when nothing fits. */
export function guessMapping(headers: readonly string[]): Omit<ImportMapping, 'date' | 'volume'> & { date: string | null; volume: string | null } {
  const g = guessColumns(headers);
  return {
    ...g,
    author: findHeader(headers, ['author', 'authors', 'writer']),
    category: findHeader(headers, CATEGORY_NAMES),
    dateFormat: 'auto',
    isbn: g.id !== null && /isbn|ean/i.test(g.id),
  };
}

/** Identifies a header row regardless of column order and case, to remember its mapping. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).sort().join('|');
}
