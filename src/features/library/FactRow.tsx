import { useState, type ReactNode } from 'react';

interface Props {
  label: string;
  /** Shows the "Show in text" button when the value has evidence. */
  onShowEvidence?: () => void;
  /** The user corrected this field; offers a reset. */
  edited?: boolean;
  onReset?: () => void;
  /** Renders the editor; omitted for read-only facts. */
  editor?: (close: () => void) => ReactNode;
  children: ReactNode;
}

const linkButton =
  'inline-flex min-h-6 shrink-0 items-center rounded px-1 text-xs font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300';

/** One labelled fact of a posting: its value, where it was found, and how to correct it. */
export function FactRow({ label, onShowEvidence, edited, onReset, editor, children }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="flex flex-col gap-0.5 border-b border-slate-100 py-2.5 last:border-0 sm:flex-row sm:gap-4 dark:border-slate-800">
      <dt className="muted flex w-40 shrink-0 items-center gap-2 text-sm">
        {label}
        {edited && (
          <span className="chip border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
            Edited
          </span>
        )}
      </dt>
      <dd className="flex min-w-0 flex-1 flex-wrap items-start justify-between gap-2 text-sm">
        {editing && editor ? (
          editor(() => setEditing(false))
        ) : (
          <>
            <div className="min-w-0">{children}</div>
            <div className="flex shrink-0 flex-wrap gap-3">
              {onShowEvidence && (
                <button
                  type="button"
                  className={linkButton}
                  aria-label={`Show in text: ${label}`}
                  onClick={onShowEvidence}
                >
                  Show in text
                </button>
              )}
              {editor && (
                <button
                  type="button"
                  className={linkButton}
                  aria-label={`Edit ${label}`}
                  onClick={() => setEditing(true)}
                >
                  Edit
                </button>
              )}
              {edited && onReset && (
                <button
                  type="button"
                  className={linkButton}
                  aria-label={`Reset ${label} to the parsed value`}
                  onClick={onReset}
                >
                  Reset
                </button>
              )}
            </div>
          </>
        )}
      </dd>
    </div>
  );
}
