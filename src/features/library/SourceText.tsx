import { useEffect, useMemo, useRef } from 'react';
import { collectEvidence, segmentText } from './evidence';
import type { ParsedPosting } from '../../core/model/posting';

interface Props {
  text: string;
  posting: ParsedPosting;
  /** The field whose evidence is shown strongly and scrolled to. */
  activeField: string | null;
}

/**
 * The cleaned source text with every extracted value highlighted where it was found. Text is
 * rendered as text nodes only: imported content can never become markup.
 */
export function SourceText({ text, posting, activeField }: Props) {
  const marks = useMemo(() => collectEvidence(posting), [posting]);
  const labels = useMemo(() => new Map(marks.map((m) => [m.field, m.label])), [marks]);
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!activeField) return;
    const first = container.current?.querySelector('mark[data-active="true"]');
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [activeField]);

  return (
    <div
      ref={container}
      tabIndex={0}
      role="region"
      aria-label="Source text"
      className="max-h-[32rem] overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-4 font-sans text-sm leading-relaxed whitespace-pre-wrap dark:border-slate-800 dark:bg-slate-950"
    >
      {segments.map((seg, i) => {
        if (seg.fields.length === 0) return <span key={i}>{seg.text}</span>;
        const active = activeField !== null && seg.fields.includes(activeField);
        const title = seg.fields.map((f) => labels.get(f) ?? f).join(', ');
        return (
          <mark
            key={i}
            title={title}
            data-active={active ? 'true' : undefined}
            className={
              active
                ? 'rounded-sm bg-amber-300 text-slate-950 ring-2 ring-amber-500 dark:bg-amber-400'
                : 'rounded-sm bg-teal-100 text-inherit dark:bg-teal-900/70'
            }
          >
            {seg.text}
          </mark>
        );
      })}
    </div>
  );
}
