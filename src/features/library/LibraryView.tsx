import { useDeferredValue, useMemo } from 'react';
import { navigate, useSearch } from '../../app/router';
import { scoreSkills } from '../../core/compare/match-score';
import { filterAndSort, NO_FILTERS, type SearchHit } from '../../core/search';
import { useAppStore } from '../../store';
import { MAX_COMPARE } from '../../store/ui-slice';
import { ImportStatus } from '../import/ImportStatus';
import { PasteBox } from '../import/PasteBox';
import { EmptyState } from './EmptyState';
import { PostingDetail } from './PostingDetail';
import { LibraryOverview } from './LibraryOverview';
import { PostingList } from './PostingList';
import { toLibraryItem, type RecordItem } from './search/library-items';
import { countActiveFilters } from './search/FilterPanel';
import { SearchBar } from './search/SearchBar';
import { useLibraryQuery } from './search/use-library-query';
import { useSearchIndex } from './search/use-search-index';

/** The library: the list of postings and, beside it (or instead of it on a phone), one posting. */
export function LibraryView() {
  const records = useAppStore((s) => s.records);
  const loadState = useAppStore((s) => s.loadState);
  const selectedId = useSearch().get('posting');
  const selected = records.find((r) => r.id === selectedId) ?? null;
  const select = (id: string | null) => navigate({ posting: id });
  const compareIds = useAppStore((s) => s.compareIds);
  const toggleCompare = useAppStore((s) => s.toggleCompare);
  const setCompare = useAppStore((s) => s.setCompare);
  const deleteRecords = useAppStore((s) => s.deleteRecords);
  // Ticks of postings deleted since are ignored.
  const ticked = compareIds.filter((id) => records.some((r) => r.id === id));
  const profileSkills = useAppStore((s) => s.profile.skills);
  const { query, effectiveSort, setQuery } = useLibraryQuery();
  const getIndex = useSearchIndex(records);
  // Typing stays responsive: the list re-filters at the pace the machine allows.
  const q = useDeferredValue(query.q);
  const items = useMemo(() => records.map(toLibraryItem), [records]);
  const hits = useMemo(
    () => (q.trim() ? getIndex().search(q, { fullText: query.fullText }) : null),
    [getIndex, q, query.fullText],
  );
  const visible = useMemo(() => {
    const list = filterAndSort(items, query.filters, effectiveSort, hits ?? undefined);
    if (effectiveSort === 'match' && !hits && profileSkills.length > 0) {
      // No search: "best match" means best fit to the user's skills.
      const score = new Map<string, number>(
        list.map((i) => [i.id, scoreSkills(i.posting.skills, profileSkills).score ?? -1]),
      );
      list.sort((a, b) => (score.get(b.id) ?? -1) - (score.get(a.id) ?? -1));
    }
    return list;
  }, [items, query.filters, effectiveSort, hits, profileSkills]);
  const visibleRecords = useMemo(() => visible.map((i: RecordItem) => i.record), [visible]);
  const hitById = useMemo(() => new Map<string, SearchHit>(hits?.map((h) => [h.id, h])), [hits]);
  const narrowed = hits !== null || countActiveFilters(query.filters) > 0;

  if (loadState !== 'ready' && records.length === 0) {
    return (
      <p className="muted p-8 text-center" role="status">
        {loadState === 'error' ? 'Your postings could not be loaded.' : 'Loading your postings…'}
      </p>
    );
  }
  if (records.length === 0) return <EmptyState />;

  return (
    <div className="flex min-h-0 flex-1">
      <div
        className={`flex min-h-0 w-full flex-col border-slate-200 lg:w-[400px] lg:shrink-0 lg:border-r dark:border-slate-800 ${
          selected ? 'hidden lg:flex' : 'flex'
        }`}
      >
        <div className="flex flex-col gap-3 border-b border-slate-200 p-3 dark:border-slate-800">
          <SearchBar
            query={query}
            effectiveSort={effectiveSort}
            onChange={setQuery}
            postings={items}
          />
          <details className="group">
            <summary className="btn-ghost cursor-pointer list-none justify-start px-2 text-sm">
              <span aria-hidden="true" className="transition-transform group-open:rotate-90">
                ▸
              </span>
              Paste a new posting
            </summary>
            <div className="pt-2">
              <PasteBox onAdded={(id) => select(id)} />
            </div>
          </details>
          <ImportStatus />
        </div>
        <div className="flex items-center justify-between gap-2 px-4 pt-3 pb-1">
          <h2 className="muted text-xs font-semibold tracking-wide uppercase">
            {narrowed
              ? `${visible.length} of ${records.length} postings`
              : `${records.length} posting${records.length === 1 ? '' : 's'}`}
          </h2>
          <div className="flex items-center gap-2">
            {ticked.length > 0 && (
              <>
                <button
                  type="button"
                  className="rounded px-1 text-xs underline"
                  onClick={() => setCompare([])}
                  aria-label="Clear the ticks"
                >
                  Clear
                </button>
                <button
                  type="button"
                  className="rounded px-1 text-xs text-red-800 underline dark:text-red-300"
                  onClick={() => {
                    const ids = ticked;
                    setCompare([]);
                    void deleteRecords(ids);
                  }}
                >
                  Delete ticked
                </button>
              </>
            )}
            <button
              type="button"
              className="btn-primary min-h-8 px-3 py-1"
              disabled={ticked.length < 2}
              aria-describedby="compare-hint"
              onClick={() => navigate({ view: 'compare', ids: ticked.join(','), posting: null })}
            >
              Compare
            </button>
          </div>
        </div>
        <p id="compare-hint" className="muted px-4 pb-1 text-xs">
          {ticked.length < 2
            ? `Tick 2 to ${MAX_COMPARE} postings to compare them side by side.`
            : `${ticked.length} postings ticked.`}
        </p>
        {visible.length === 0 && (
          <div className="muted flex flex-col items-start gap-2 px-4 py-6 text-sm" role="status">
            <p>No postings match {hits ? `“${query.q}”` : 'these filters'}.</p>
            <button
              type="button"
              className="btn-secondary min-h-8 px-3 py-1"
              onClick={() => setQuery({ ...query, q: '', filters: NO_FILTERS })}
            >
              Clear search and filters
            </button>
          </div>
        )}
        <PostingList
          records={visibleRecords}
          hits={hitById}
          selectedId={selectedId}
          onSelect={(id) => select(id)}
          compareIds={ticked}
          onToggleCompare={toggleCompare}
          compareFull={ticked.length >= MAX_COMPARE}
        />
      </div>
      <div className={`min-w-0 flex-1 overflow-y-auto ${selected ? 'block' : 'hidden lg:block'}`}>
        <div className="mx-auto max-w-4xl px-4 py-6 sm:px-8">
          {selected ? (
            <PostingDetail key={selected.id} record={selected} onBack={() => select(null)} />
          ) : (
            <LibraryOverview records={visibleRecords} />
          )}
        </div>
      </div>
    </div>
  );
}
