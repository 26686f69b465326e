import type { Span } from '../../core/model/posting';

/** Text with some ranges marked; rendered as text nodes only, never as markup. */
export function Highlighted({ text, ranges }: { text: string; ranges?: readonly Span[] }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (const [i, r] of sorted.entries()) {
    const start = Math.max(at, Math.min(text.length, r.start));
    const end = Math.max(start, Math.min(text.length, r.end));
    if (start > at) parts.push(text.slice(at, start));
    if (end > start) {
      parts.push(
        <mark key={i} className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-700/70">
          {text.slice(start, end)}
        </mark>,
      );
    }
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
