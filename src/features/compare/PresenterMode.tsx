import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { SECTION_LABEL, type Comparison, type SectionId } from './comparison-model';
import { ComparisonTable } from './ComparisonTable';

interface Props {
  comparison: Comparison;
  sections: readonly SectionId[];
  userSkills: ReadonlySet<string>;
  onClose: () => void;
}

/**
 * Presenter mode for workshops: the comparison large and high contrast, one row group per step,
 * driven by ArrowRight / ArrowLeft (also PageDown / PageUp, Home / End) and closed with Escape.
 * The app behind it is made inert so focus and screen readers stay in the presentation.
 */
export function PresenterMode({ comparison, sections, userSkills, onClose }: Props) {
  const [step, setStep] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const last = sections.length - 1;
  const current = sections[Math.min(step, last)]!;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    dialog.current?.focus();
    return () => {
      root?.removeAttribute('inert');
      opener?.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const move: Record<string, () => number> = {
        ArrowRight: () => Math.min(step + 1, last),
        PageDown: () => Math.min(step + 1, last),
        ArrowLeft: () => Math.max(step - 1, 0),
        PageUp: () => Math.max(step - 1, 0),
        Home: () => 0,
        End: () => last,
      };
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (move[event.key]) {
        event.preventDefault();
        setStep(move[event.key]!());
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, last, onClose]);

  return createPortal(
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-label="Presenter mode: job comparison"
      tabIndex={-1}
      className="dark fixed inset-0 z-50 flex flex-col overflow-hidden bg-black text-white outline-none"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-600 px-6 py-4">
        <div className="min-w-0">
          <p className="text-base text-slate-300">
            Step {step + 1} of {sections.length}
          </p>
          <h2 className="text-4xl font-bold" aria-live="polite">
            {SECTION_LABEL[current]}
          </h2>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn border border-slate-400 text-lg text-white hover:bg-slate-800"
            onClick={() => setStep(Math.max(step - 1, 0))}
            disabled={step === 0}
          >
            <span aria-hidden="true">←</span> Previous
          </button>
          <button
            type="button"
            className="btn border border-slate-400 text-lg text-white hover:bg-slate-800"
            onClick={() => setStep(Math.min(step + 1, last))}
            disabled={step === last}
          >
            Next <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="btn bg-white text-lg text-black hover:bg-slate-200"
            onClick={onClose}
          >
            Exit presenter mode
          </button>
        </div>
      </div>
      {/* Small print (badges, notes) grows with the rest, so it reads from the back of a room. */}
      <div className="min-h-0 flex-1 overflow-auto p-6 [&_.chip]:px-3 [&_.chip]:py-1 [&_.chip]:text-lg [&_.text-xs]:text-lg">
        <ComparisonTable
          comparison={comparison}
          sections={[current]}
          variant="present"
          userSkills={userSkills}
        />
      </div>
      <p className="border-t border-slate-600 px-6 py-3 text-center text-lg text-slate-200">
        <kbd className="rounded border border-slate-400 px-2">→</kbd> next ·{' '}
        <kbd className="rounded border border-slate-400 px-2">←</kbd> previous ·{' '}
        <kbd className="rounded border border-slate-400 px-2">Esc</kbd> exit
      </p>
    </div>,
    document.body,
  );
}
