import { navigate, useSearch } from '../../app/router';
import { useAppStore } from '../../store';
import { MAX_COMPARE } from '../../store/ui-slice';
import { ImportStatus } from '../import/ImportStatus';
import { PasteBox } from '../import/PasteBox';
import { EmptyState } from './EmptyState';
import { PostingDetail } from './PostingDetail';
import { PostingList } from './PostingList';

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
  // Ticks of postings deleted since are ignored.
  const ticked = compareIds.filter((id) => records.some((r) => r.id === id));

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
            {records.length} posting{records.length === 1 ? '' : 's'}
          </h2>
          <div className="flex items-center gap-2">
            {ticked.length > 0 && (
              <button
                type="button"
                className="text-xs underline"
                onClick={() => setCompare([])}
                aria-label="Clear comparison selection"
              >
                Clear
              </button>
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
        <PostingList
          records={records}
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
            <div className="muted flex h-64 items-center justify-center text-center">
              Select a posting to see its details and where each value was found.
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
