import { useAppStore } from '../../store';
import { DuplicateOffers } from './DuplicateOffers';

/** Progress of a running import (with Cancel) and the per-file problems of the last one. */
export function ImportStatus() {
  const progress = useAppStore((s) => s.importProgress);
  const issues = useAppStore((s) => s.importIssues);
  const cancel = useAppStore((s) => s.cancelImport);
  const dismiss = useAppStore((s) => s.dismissImportIssue);
  const clear = useAppStore((s) => s.clearImportIssues);

  return (
    <>
      <DuplicateOffers />
      {progress && (
        <div className="card flex flex-col gap-2 p-3" role="status" aria-live="polite">
          <div className="flex items-center justify-between gap-3 text-sm">
            <span className="min-w-0 truncate">
              Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}:{' '}
              <span className="font-medium">{progress.current}</span>
            </span>
            <button type="button" className="btn-secondary min-h-8 px-3 py-1" onClick={cancel}>
              Cancel import
            </button>
          </div>
          <progress
            className="h-2 w-full accent-teal-700"
            max={progress.total}
            value={progress.done}
            aria-label="Import progress"
          />
        </div>
      )}
      {issues.length > 0 && (
        <section
          aria-label="Import problems"
          role="alert"
          className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
        >
          <div className="mb-1 flex items-center justify-between gap-2">
            <h2 className="font-semibold">
              {issues.length === 1
                ? '1 file needs attention'
                : `${issues.length} files need attention`}
            </h2>
            <button type="button" className="text-xs underline" onClick={clear}>
              Dismiss all
            </button>
          </div>
          <ul className="flex flex-col gap-1">
            {issues.map((issue) => (
              <li key={issue.id} className="flex items-start justify-between gap-2">
                <span className="min-w-0 break-words">
                  <span className="font-medium">{issue.file}</span> {issue.message}
                </span>
                <button
                  type="button"
                  aria-label={`Dismiss message about ${issue.file}`}
                  className="shrink-0 rounded px-1"
                  onClick={() => dismiss(issue.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
