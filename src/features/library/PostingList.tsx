import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { formatBand } from '../../core/compare/format';
import type { SearchHit } from '../../core/search';
import type { PostingRecord } from '../../persistence/posting-record';
import { Highlighted } from './Highlighted';
import { displayTitle, effectivePosting } from './effective-posting';
import { WORK_MODE_LABEL } from './labels';

interface Props {
  records: PostingRecord[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  compareIds: string[];
  onToggleCompare: (id: string) => void;
  compareFull: boolean;
  /** Search hits by posting id, for highlighting what matched. */
  hits?: ReadonlyMap<string, SearchHit>;
}

function PostingRow({
  record,
  selected,
  onSelect,
  compared,
  onToggleCompare,
  compareFull,
  hit,
}: {
  hit: SearchHit | undefined;
  record: PostingRecord;
  selected: boolean;
  onSelect: (id: string) => void;
  compared: boolean;
  onToggleCompare: (id: string) => void;
  compareFull: boolean;
}) {
  const p = effectivePosting(record);
  const title = displayTitle(record);
  const h = hit?.highlights;
  const company = p.company?.value;
  const place = p.locations[0]?.value;
  const matchedSkills = h
    ? p.skills.filter((_, i) => (h.skills[i]?.length ?? 0) > 0).map((s) => s.name)
    : [];
  return (
    <div className="flex items-start gap-1">
      <label
        className="flex h-11 w-9 shrink-0 cursor-pointer items-center justify-center"
        title={compareFull && !compared ? 'Up to 6 postings can be compared' : undefined}
      >
        <input
          type="checkbox"
          className="h-4 w-4 accent-teal-700"
          aria-label={`Compare ${title}`}
          checked={compared}
          disabled={compareFull && !compared}
          onChange={() => onToggleCompare(record.id)}
        />
      </label>
      <button
        type="button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(record.id)}
        className={`flex min-w-0 flex-1 flex-col gap-1 rounded-lg border px-3 py-2.5 text-left transition-colors focus-visible:outline-offset-[-2px] ${
          selected
            ? 'border-teal-600 bg-teal-50 dark:border-teal-500 dark:bg-teal-950/50'
            : 'border-transparent hover:bg-slate-100 dark:hover:bg-slate-800/70'
        }`}
      >
        {/* dir="auto": an Arabic or Hebrew title or employer reads right to left, and is cut
            at its own end, not its start. */}
        <span dir="auto" className="line-clamp-2 font-semibold text-slate-900 dark:text-slate-50">
          <Highlighted text={title} ranges={h?.title} />
        </span>
        {(company || place) && (
          <span dir="auto" className="muted truncate text-sm">
            {company && <Highlighted text={company} ranges={h?.company} />}
            {company && place && ' · '}
            {place && <Highlighted text={place} ranges={h?.locations[0]} />}
          </span>
        )}
        {matchedSkills.length > 0 && (
          <span className="muted truncate text-xs">
            Skills:{' '}
            <mark className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-700/70">
              {matchedSkills.join(', ')}
            </mark>
          </span>
        )}
        <span className="flex flex-wrap items-center gap-1.5 text-xs">
          {p.workMode && (
            <span className="chip border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300">
              {WORK_MODE_LABEL[p.workMode.value]}
            </span>
          )}
          {p.salary.length > 0 ? (
            <span className="font-medium text-teal-800 dark:text-teal-300">
              {formatBand(p.salary[0]!)}
              {p.salary.length > 1 ? ` (+${p.salary.length - 1} more)` : ''}
            </span>
          ) : (
            <span className="muted">Pay not stated</span>
          )}
        </span>
      </button>
    </div>
  );
}

/** All postings, virtualised so thousands scroll smoothly. */
export function PostingList({
  records,
  selectedId,
  onSelect,
  compareIds,
  onToggleCompare,
  compareFull,
  hits,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed for this
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 8,
    getItemKey: (i) => records[i]!.id,
  });

  return (
    <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto px-2 pt-1 pb-2">
      <ul
        aria-label="Postings"
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const record = records[item.index]!;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={records.length}
              aria-posinset={item.index + 1}
              className="absolute top-0 left-0 w-full py-0.5"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <PostingRow
                record={record}
                selected={record.id === selectedId}
                onSelect={onSelect}
                compared={compareIds.includes(record.id)}
                onToggleCompare={onToggleCompare}
                compareFull={compareFull}
                hit={hits?.get(record.id)}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
