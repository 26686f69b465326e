import { useMemo } from 'react';
import { navigate, useSearch } from '../../../app/router';
import {
  filtersFromParams,
  filtersToParams,
  type LibraryQuery,
  type SortKey,
} from '../../../core/search';

export interface LibraryQueryState {
  query: LibraryQuery;
  /** The order applied: a search with no sort chosen is ordered by relevance. */
  effectiveSort: SortKey;
  /** Writes the query to the URL; typing replaces the history entry instead of adding one. */
  setQuery: (next: LibraryQuery, options?: { typing?: boolean; sortChosen?: boolean }) => void;
}

/** The list's query, filters and sort, read from and written to the URL. */
export function useLibraryQuery(): LibraryQueryState {
  const params = useSearch();
  const key = params.toString();
  const sortInUrl = params.has('sort');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity
  const query = useMemo(() => filtersFromParams(params), [key]);
  const searching = query.q.trim() !== '';
  const effectiveSort: SortKey = searching && !sortInUrl ? 'match' : query.sort;

  const setQuery: LibraryQueryState['setQuery'] = (next, options = {}) => {
    const out = filtersToParams(next);
    // "Newest" is the URL's default and normally left out, but once chosen by the user it must
    // be written down, or a search would fall back to relevance.
    if (next.sort === 'newest' && (options.sortChosen || sortInUrl)) out.sort = 'newest';
    if (options.sortChosen && next.sort === 'match' && next.q.trim()) out.sort = null;
    navigate(out, { replace: !!options.typing });
  };
  return { query, effectiveSort, setQuery };
}
