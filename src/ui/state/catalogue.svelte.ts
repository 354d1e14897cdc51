// State of the Forecast (catalogue) screen: every champion's future forecast, searched, sorted and
// paged; a selection with its total per week; long and wide CSV downloads of the selection.
import { catalogueCsvFileName, longCsv, wideCsv, type CatalogueExport } from '../../core/exchange/catalogue-csv';
import {
  catalogueRows,
  searchRows,
  sortRows,
  weeklyTotals,
  type CatalogueRow,
  type CatalogueSort,
  type CatalogueSortKey,
} from '../../core/registry/catalogue-forecast';
import { downloadText } from './download';
import type { OpenStores } from './lab-context';
import { pageOf } from './models-view';

/** Rows per page: a page renders well inside a frame even for a catalogue of thousands. */
export const CATALOGUE_PAGE = 50;

const TEXT_KEYS: readonly CatalogueSortKey[] = ['productId', 'title', 'firstWeek'];

export class CatalogueState {
  #rows = $state.raw<CatalogueRow[]>([]);
  #query = $state('');
  #sort = $state.raw<CatalogueSort>({ key: 'productId', descending: false });
  #page = $state(0);
  /** Selected product ids; replaced, never mutated, so derived values follow. */
  #selected = $state.raw<ReadonlySet<string>>(new Set());
  #loaded = $state(false);
  #notice = $state('');
  get rows() {
    return this.#rows;
  }
  get query() {
    return this.#query;
  }
  get sort() {
    return this.#sort;
  }
  get selected() {
    return this.#selected;
  }
  get loaded() {
    return this.#loaded;
  }
  get notice() {
    return this.#notice;
  }

  readonly matching = $derived(sortRows(searchRows(this.#rows, this.#query), this.#sort));
  readonly shown = $derived(pageOf(this.matching, this.#page, CATALOGUE_PAGE));
  readonly selectedRows = $derived(this.#rows.filter((r) => this.#selected.has(r.productId)));
  readonly totals = $derived(weeklyTotals(this.selectedRows.flatMap((r) => (r.future ? [r.future] : []))));
  readonly withoutFuture = $derived(this.#rows.filter((r) => r.future === null).length);
  readonly truncated = $derived(this.#rows.filter((r) => r.truncatedAtZero).length);

  constructor(private readonly stores: OpenStores<'registry'>) {}

  /** Reads every champion from the registry (called each time the screen opens). */
  async load(): Promise<void> {
    const champions = await (await this.stores()).registry.listChampions();
    this.#rows = catalogueRows(champions);
    const ids = new Set(this.#rows.map((r) => r.productId));
    this.#selected = new Set([...this.#selected].filter((id) => ids.has(id)));
    this.#loaded = true;
  }

  search(query: string): void {
    this.#query = query;
    this.#page = 0;
  }

  /** Shows page `page` of the matching rows (clamped by `shown`). */
  goToPage(page: number): void {
    this.#page = page;
  }

  /** Sorts by `key`; the same key again reverses. Numbers start largest first, text A to Z. */
  sortBy(key: CatalogueSortKey): void {
    this.#sort = this.#sort.key === key ? { key, descending: !this.#sort.descending } : { key, descending: !TEXT_KEYS.includes(key) };
    this.#page = 0;
  }

  toggle(productId: string, on: boolean): void {
    const next = new Set(this.#selected);
    if (on) next.add(productId);
    else next.delete(productId);
    this.#selected = next;
  }

  selectAllMatching(): void {
    this.#selected = new Set([...this.#selected, ...this.matching.map((r) => r.productId)]);
  }

  clearSelection(): void {
    this.#selected = new Set();
  }

  /** Downloads the selection (or every product when nothing is selected) as long or wide CSV. */
  download(kind: 'long' | 'wide'): void {
    const source = this.#selected.size > 0 ? this.selectedRows : this.#rows;
    const items: CatalogueExport[] = source.flatMap((r) => (r.future ? [{ productId: r.productId, title: r.title, future: r.future }] : []));
    const skipped = source.length - items.length;
    downloadText(kind === 'long' ? longCsv(items) : wideCsv(items), catalogueCsvFileName(kind, new Date()), 'text/csv');
    this.#notice = `Downloaded the ${kind} CSV of ${items.length} product${items.length === 1 ? '' : 's'}${skipped ? ` (${skipped} without a forecast of the weeks ahead left out)` : ''}.`;
  }
}

/** Expected units as people read them: thousands separated, one decimal. */
export function formatUnits(x: number | null): string {
  return x === null ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
