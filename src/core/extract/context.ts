/**
 * What every extractor receives: the cleaned text, its lines and sections, computed once.
 * `folded` has the same length as `text` (apostrophes and dashes folded one-for-one), so an
 * offset found in one is valid in the other.
 */
import type { Line } from '../clean/lines';
import { foldPunctuation } from '../clean/lines';
import type { Section, SectionKind } from '../model/section';
import { sectionAt } from '../sections/split-sections';

export interface ExtractContext {
  text: string;
  folded: string;
  lines: Line[];
  sections: Section[];
  /** Section kind of each line (by index into `lines`). */
  lineKinds: SectionKind[];
}

/** Builds the shared context once per parse. */
export function buildContext(text: string, lines: Line[], sections: Section[]): ExtractContext {
  const lineKinds = lines.map((l) => sectionAt(sections, l.start)?.kind ?? 'header');
  return { text, folded: foldPunctuation(text), lines, sections, lineKinds };
}

/** A line's text without its list marker, with the offset where that text starts. */
export function lineBody(line: Line): { body: string; start: number } {
  if (line.kind === 'list-item' && line.text.startsWith('- ')) {
    return { body: line.text.slice(2), start: line.start + 2 };
  }
  return { body: line.text, start: line.start };
}

/** An evidenced value pointing at [start, end). */
export function evidence<T>(
  value: T,
  start: number,
  end: number,
): { value: T; spans: { start: number; end: number }[] } {
  return { value, spans: [{ start, end }] };
}

/** The first lines of the posting (the header block most boards print). */
export function headerLines(ctx: ExtractContext, max = 14): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < ctx.lines.length && out.length < max; i++) {
    const line = ctx.lines[i];
    if (line) out.push(line);
  }
  return out;
}
