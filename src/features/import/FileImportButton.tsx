import { useRef } from 'react';
import { useAppStore } from '../../store';
import { openImported } from './open-imported';
import { ACCEPTED_FILE_TYPES } from './accepted-types';

/** A real file input, visually a button; its accessible name is "Import files". */
export function FileImportButton({
  className = 'btn-secondary',
  compact = false,
}: {
  className?: string;
  /** Icon only on phones (the header); the accessible name stays "Import files". */
  compact?: boolean;
}) {
  const importFiles = useAppStore((s) => s.importFiles);
  const busy = useAppStore((s) => s.importProgress !== null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <label
      className={`${className} focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-teal-600`}
    >
      <span aria-hidden="true">⇪</span>
      <span className={compact ? 'sr-only sm:not-sr-only' : undefined}>Import files</span>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        aria-label="Import files"
        className="sr-only"
        disabled={busy}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Reset so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (files.length > 0) void importFiles(files).then(openImported);
        }}
      />
    </label>
  );
}
