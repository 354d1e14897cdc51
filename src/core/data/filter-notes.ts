// Why the filters kept fewer products than the files hold: one sentence per filter that removed
// some, naming the filter and its value, for the "Clear this filter" offer beside it. Pure.
import { DEFAULT_PREPARE, type FilterRemoval, type PrepareParams, type ProductFilter } from './prepare';

export interface FilterNote {
  filter: ProductFilter;
  text: string;
}

const products = (n: number) => `${n.toLocaleString('en')} product${n === 1 ? '' : 's'}`;

function sentence(r: FilterRemoval, params: PrepareParams, data: { first: string; last: string } | null): string {
  const span = data ? ` (the data runs ${data.first} to ${data.last})` : '';
  switch (r.filter) {
    case 'stillSellingAfter':
      return `“Still selling after ${params.stillSellingAfter}” removed ${products(r.removed)}: no sale on or after that date${data ? ` (the data ends ${data.last})` : ''}.`;
    case 'dateRange': {
      const range = [params.from ? `from ${params.from}` : '', params.to ? `to ${params.to}` : ''].filter(Boolean).join(' ');
      return `The date range (${range}) removed ${products(r.removed)}: no rows inside it${span}.`;
    }
    case 'pick':
      return `“Pick ids” removed ${products(r.removed)} not in its list.`;
    case 'search':
      return `The search “${params.search}” removed ${products(r.removed)} whose title, id and author do not match.`;
    case 'topN':
      return `“Top N by volume” (${params.topN}) removed ${products(r.removed)}.`;
  }
}

/** One note per filter that removed products, in the order the filters apply. */
export function filterNotes(
  removedBy: readonly FilterRemoval[] | undefined,
  params: PrepareParams,
  data: { first: string; last: string } | null | undefined,
): FilterNote[] {
  return (removedBy ?? []).map((r) => ({ filter: r.filter, text: sentence(r, params, data ?? null) }));
}

/** The filters with `filter` set back to "no filter". */
export function clearedFilter(params: PrepareParams, filter: ProductFilter): PrepareParams {
  switch (filter) {
    case 'stillSellingAfter':
      return { ...params, stillSellingAfter: null };
    case 'dateRange':
      return { ...params, from: null, to: null };
    case 'pick':
      return { ...params, pick: [] };
    case 'search':
      return { ...params, search: '' };
    case 'topN':
      return { ...params, topN: null };
  }
}

/** The product filters `params` sets, in the order they apply. */
export function activeFilters(params: PrepareParams): ProductFilter[] {
  const set: Record<ProductFilter, boolean> = {
    stillSellingAfter: params.stillSellingAfter !== null,
    pick: params.pick.length > 0,
    search: params.search.trim() !== '',
    dateRange: params.from !== null || params.to !== null,
    topN: params.topN !== null && params.topN > 0,
  };
  return (Object.keys(set) as ProductFilter[]).filter((f) => set[f]);
}

/** A filter as its button names it: "Still selling after 2024-07-01", "From 2012-01-01". */
export function filterLabel(filter: ProductFilter, params: PrepareParams = DEFAULT_PREPARE): string {
  switch (filter) {
    case 'stillSellingAfter':
      return `Still selling after ${params.stillSellingAfter}`;
    case 'dateRange':
      return [params.from ? `From ${params.from}` : '', params.to ? `to ${params.to}` : ''].filter(Boolean).join(' ');
    case 'pick':
      return 'Pick ids';
    case 'search':
      return `Search “${params.search}”`;
    case 'topN':
      return `Top ${params.topN}`;
  }
}

/** Said when the filters leave no product: which filters removed them, and that nothing was stored. */
export function noProductsMessage(
  removedBy: readonly FilterRemoval[] | undefined,
  params: PrepareParams,
  data: { first: string; last: string } | null | undefined,
): string {
  const why = filterNotes(removedBy, params, data)
    .map((n) => n.text)
    .join(' ');
  return `No product is left after the filters.${why ? ` ${why}` : ''} No dataset was stored and the one before stays open: clear a filter or loosen it and apply again.`;
}
