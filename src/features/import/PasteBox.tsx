import { useId, useState } from 'react';
import { useAppStore } from '../../store';

/** Paste a posting's text and add it. */
export function PasteBox({ onAdded }: { onAdded?: (id: string) => void }) {
  const [text, setText] = useState('');
  const importInputs = useAppStore((s) => s.importInputs);
  const busy = useAppStore((s) => s.importProgress !== null);
  const id = useId();
  const hintId = `${id}-hint`;

  const add = async () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const firstLine = trimmed.split('\n', 1)[0]!.slice(0, 60);
    const result = await importInputs([
      {
        name: `Pasted: ${firstLine}`,
        type: 'text/plain',
        bytes: new TextEncoder().encode(trimmed),
      },
    ]);
    if (result.added.length > 0 || result.issues.length > 0) setText('');
    const first = result.added[0];
    if (first) onAdded?.(first.id);
  };

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        Paste a posting
      </label>
      <textarea
        id={id}
        aria-describedby={hintId}
        className="field-input min-h-24 resize-y font-sans"
        rows={4}
        placeholder="Paste the text of a job ad here…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void add();
          }
        }}
      />
      <p id={hintId} className="muted text-xs">
        Text stays on this device. Ctrl+Enter adds it.
      </p>
      <div>
        <button type="submit" className="btn-primary" disabled={busy || text.trim() === ''}>
          Add posting
        </button>
      </div>
    </form>
  );
}
