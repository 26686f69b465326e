/** Public API of library search, filtering and sorting. Pure; runs in Node tests. */
export { createSearchIndex } from './search-index';
export { toSearchDoc } from './search-doc';
export type { HitHighlights, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types';
