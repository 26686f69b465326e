/** Public API of library search, filtering and sorting. Pure; runs in Node tests. */
export { createSearchIndex } from './search-index';
export { toSearchDoc } from './search-doc';
export type { HitHighlights, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types';
export { filterAndSort, NO_FILTERS, SORT_KEYS, topAnnualPay } from './filter-sort';
export type { LibraryFilters, LibraryItem, SortKey } from './filter-sort';
export {
  DEFAULT_LIBRARY_QUERY,
  filtersFromParams,
  filtersToParams,
  LIBRARY_PARAMS,
} from './filter-params';
export type { LibraryQuery } from './filter-params';
