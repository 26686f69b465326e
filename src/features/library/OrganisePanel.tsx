import { useEffect, useId, useRef, useState } from 'react';
import { POSTING_STATUSES, type PostingRecord } from '../../persistence/posting-record';
import { useAppStore } from '../../store';

export const STATUS_LABEL: Record<PostingRecord['status'], string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
};

function StarRating({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
}) {
  const name = useId();
  return (
    <fieldset className="relative flex items-center gap-1">
      <legend className="sr-only">Rating</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className="cursor-pointer text-2xl leading-none" title={`${n} of 5`}>
          <input
            type="radio"
            name={name}
            className="peer sr-only"
            checked={value === n}
            onChange={() => onChange(n)}
            aria-label={`${n} star${n === 1 ? '' : 's'}`}
          />
          <span
            aria-hidden="true"
            className={`rounded peer-focus-visible:outline-2 peer-focus-visible:outline-teal-600 ${
              value !== null && n <= value
                ? 'text-amber-500 dark:text-amber-400'
                : 'text-slate-500 dark:text-slate-400'
            }`}
          >
            ★
          </span>
        </label>
      ))}
      {value !== null && (
        <button
          type="button"
          className="muted ml-2 text-xs underline"
          onClick={() => onChange(null)}
        >
          Clear rating
        </button>
      )}
    </fieldset>
  );
}

/** Status, rating, tags and notes: the user's own organisation of a posting. */
export function OrganisePanel({ record }: { record: PostingRecord }) {
  const updateRecord = useAppStore((s) => s.updateRecord);
  const [tagDraft, setTagDraft] = useState('');
  const [notes, setNotes] = useState(record.notes);
  const ids = useId();
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Notes save shortly after typing stops, and on leaving the field.
  const flushNotes = (text: string) => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    if (text !== record.notes) void updateRecord(record.id, { notes: text });
  };
  useEffect(
    () => () => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
    },
    [],
  );

  const addTags = () => {
    const fresh = tagDraft
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !record.tags.includes(t));
    setTagDraft('');
    if (fresh.length > 0) void updateRecord(record.id, { tags: [...record.tags, ...fresh] });
  };

  return (
    <section aria-labelledby={`${ids}-h`} className="card flex flex-col gap-4 p-4">
      <h3 id={`${ids}-h`} className="text-lg font-semibold">
        Your notes
      </h3>
      <div className="flex flex-wrap items-center gap-x-8 gap-y-3">
        <label className="flex items-center gap-2 text-sm">
          Status
          <select
            className="field-input w-auto"
            value={record.status}
            onChange={(e) =>
              void updateRecord(record.id, { status: e.target.value as PostingRecord['status'] })
            }
          >
            {POSTING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <StarRating
          value={record.rating}
          onChange={(rating) => void updateRecord(record.id, { rating })}
        />
      </div>
      <div className="flex flex-col gap-2">
        <span id={`${ids}-tags`} className="text-sm">
          Tags
        </span>
        {record.tags.length > 0 && (
          <ul aria-labelledby={`${ids}-tags`} className="flex flex-wrap gap-1.5">
            {record.tags.map((tag) => (
              <li
                key={tag}
                className="chip border-slate-300 text-slate-800 dark:border-slate-600 dark:text-slate-200"
              >
                {tag}
                <button
                  type="button"
                  aria-label={`Remove tag ${tag}`}
                  className="rounded px-0.5"
                  onClick={() =>
                    void updateRecord(record.id, { tags: record.tags.filter((t) => t !== tag) })
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            addTags();
          }}
        >
          <input
            className="field-input max-w-xs"
            aria-label="Add tags"
            placeholder="e.g. shortlist, remote (comma-separated)"
            value={tagDraft}
            onChange={(e) => setTagDraft(e.target.value)}
          />
          <button
            type="submit"
            className="btn-secondary min-h-9 px-3 py-1"
            disabled={!tagDraft.trim()}
          >
            Add tag
          </button>
        </form>
      </div>
      <label className="flex flex-col gap-2 text-sm">
        Notes
        <textarea
          className="field-input min-h-20"
          value={notes}
          placeholder="Anything you want to remember: contacts, questions, impressions…"
          onChange={(e) => {
            const text = e.target.value;
            setNotes(text);
            if (saveTimer.current) clearTimeout(saveTimer.current);
            saveTimer.current = setTimeout(() => flushNotes(text), 600);
          }}
          onBlur={() => flushNotes(notes)}
        />
      </label>
    </section>
  );
}
