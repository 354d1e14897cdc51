// Why the quality report kept fewer products than the files hold: one sentence per filter that
// removed some, naming the filter and its value, for the "Clear this filter" offer beside it.
import type { FilterRemoval, PrepareParams, ProductFilter } from '../../core/data/prepare';

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
export function filterNotes(removedBy: readonly FilterRemoval[] | undefined, params: PrepareParams, data: { first: string; last: string } | null | undefined): FilterNote[] {
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
