import { useState } from 'react';
import type { LibraryQuery, SortKey } from '../../../core/search';
import type { ParsedPosting } from '../../../core/model/posting';
import { countActiveFilters, FilterPanel } from './FilterPanel';

const SORT_LABEL: Record<SortKey, string> = {
  match: 'Best match',
  newest: 'Newest',
  pay: 'Highest pay',
  title: 'Title A–Z',
};

interface Props {
  query: LibraryQuery;
  /** The order actually applied (a search without an explicit sort is by relevance). */
  effectiveSort: SortKey;
  onChange: (next: LibraryQuery, options?: { typing?: boolean; sortChosen?: boolean }) => void;
  postings: readonly { posting: ParsedPosting; tags: readonly string[] }[];
}

/** Search box, filters and sort for the library list. */
export function SearchBar({ query, effectiveSort, onChange, postings }: Props) {
  const [open, setOpen] = useState(() => countActiveFilters(query.filters) > 0);
  const active = countActiveFilters(query.filters);
  return (
    <div className="flex flex-col gap-2" role="search">
      <div className="relative">
        <span aria-hidden="true" className="muted pointer-events-none absolute top-2 left-3">
          ⌕
        </span>
        <input
          type="search"
          className="field-input pl-8"
          aria-label="Search postings"
          placeholder="Search title, company, place, skill…"
          value={query.q}
          onChange={(e) => onChange({ ...query, q: e.target.value }, { typing: true })}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="h-4 w-4 accent-teal-700"
            checked={query.fullText}
            onChange={(e) => onChange({ ...query, fullText: e.target.checked })}
          />
          Search full posting text
        </label>
        <div className="flex items-center gap-2">
          <button
            type="button"
            className="btn-secondary min-h-8 px-3 py-1"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            Filters{active > 0 ? ` (${active})` : ''}
          </button>
          <label className="flex items-center gap-1.5">
            <span className="sr-only sm:not-sr-only">Sort</span>
            <select
              className="field-input w-auto py-1"
              aria-label="Sort by"
              value={effectiveSort}
              onChange={(e) =>
                onChange({ ...query, sort: e.target.value as SortKey }, { sortChosen: true })
              }
            >
              {(Object.keys(SORT_LABEL) as SortKey[]).map((k) => (
                <option key={k} value={k}>
                  {SORT_LABEL[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {open && (
        <FilterPanel
          filters={query.filters}
          onChange={(filters) => onChange({ ...query, filters })}
          postings={postings}
        />
      )}
    </div>
  );
}
