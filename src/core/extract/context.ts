/**
 * What every extractor receives: the cleaned text, its lines and sections, computed once.
 * `folded` has the same length as `text` (apostrophes and dashes folded one-for-one), so an
 * offset found in one is valid in the other.
 */
import type { Line } from '../clean/lines';
import { isSpace } from '../text/char-codes';
import { hasEasternDigits, westernDigits } from '../text/western-digits';
import { foldPunctuation, lineIndexAt } from '../clean/lines';
import { postingMessageStart } from '../clean/mail-thread';
import { featuredJobStart } from '../clean/newsletter';

/** Index of the line holding an offset: clean's own, re-exported for the extractors. */
export { lineIndexAt };
import type { Section, SectionKind } from '../model/section';

export interface ExtractContext {
  text: string;
  folded: string;
  lines: Line[];
  sections: Section[];
  /** Section kind of each line (by index into `lines`). */
  lineKinds: SectionKind[];
  /** Section of each line (by index into `lines`); null before the first one. */
  lineSections: (Section | null)[];
  /**
   * The first line of the posting's header: 0, or in a mail thread the first line of the message
   * that holds the posting (see mail-thread.ts), or in a newsletter the first line of its featured
   * job (see newsletter.ts).
   */
  top: number;
}

// A requirements label's line ("Basic Requirements: Degree of …", "Preferred Experience: two or
// more years …"), not a pay or perks label's ("Pay: $30/hour; requires an associate degree").
function isRequiredLabel(section: Section, line: Line): boolean {
  const heading = section.heading;
  return (
    (section.kind === 'requirements' || section.kind === 'preferred') &&
    heading != null &&
    // The label that opens the line, not one inside it.
    line.text.replace(/^[-•*\s]+/, '').startsWith(heading.replace(/:$/, ''))
  );
}

/** Builds the shared context once per parse. */
export function buildContext(text: string, lines: Line[], sections: Section[]): ExtractContext {
  // One linear merge: lines and sections are both in text order.
  const lineSections: (Section | null)[] = [];
  const lineKinds: SectionKind[] = [];
  let section: Section | null = null;
  let k = 0;
  for (const line of lines) {
    // A requirements label's value on its line is in the section the label opens (see
    // isRequiredLabel); other labels' lines stay where they were.
    const end = line.start + line.text.length;
    for (
      let next = sections[k];
      next &&
      (next.span.start <= line.start || (next.span.start < end && isRequiredLabel(next, line)));
      next = sections[++k]
    ) {
      section = next;
    }
    lineSections.push(section);
    lineKinds.push(section?.kind ?? 'header');
  }
  const top = featuredJobStart(lines, postingMessageStart(lines));
  return { text, folded: foldPunctuation(text), lines, sections, lineKinds, lineSections, top };
}

/**
 * The context with Eastern Arabic digits written as 0-9 ("٨٬٠٠٠" as "8,000"), for the steps
 * that read figures (pay, years): their patterns know ASCII digits only. Offsets are unchanged,
 * so their evidence spans point into the original text, which keeps the digits as written.
 */
export function withWesternDigits(ctx: ExtractContext): ExtractContext {
  if (!hasEasternDigits(ctx.text)) return ctx;
  return {
    ...ctx,
    text: westernDigits(ctx.text),
    folded: westernDigits(ctx.folded),
    lines: ctx.lines.map((line) =>
      hasEasternDigits(line.text) ? { ...line, text: westernDigits(line.text) } : line,
    ),
  };
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
  for (let i = ctx.top; i < ctx.lines.length && out.length < max; i++) {
    const line = ctx.lines[i];
    if (line && !isAccreditation(line.text)) out.push(line);
  }
  return out;
}

// An Indian college's masthead names its regulators, not itself nor its town: "(Autonomous |
// Approved by AICTE, New Delhi | Affiliated to Anna University, Chennai | NAAC 'A+')".
const ACCREDITATION =
  /^\(?\s*(?:autonomous|approved by|affiliated to|accredited by|recogni[sz]ed by|an? (?:autonomous|iso)\b)[^\n]*\b(?:approved by|affiliated to|accredited (?:by|with)|recogni[sz]ed by|naac|nba|ugc|aicte)\b/i;

// A charity's or a company's register entry under its name: "Scottish Charity No. SC012345",
// "Registered Charity Number 1098765", "Company No. 04567890".
const REGISTRATION =
  /^(?:(?:scottish |registered |english |irish )?charity|(?:registered )?company|registration|reg\.) (?:no\.?|number|#)\s?:?\s?[A-Z]{0,3}[\dX]{4,}/i;

function isAccreditation(text: string): boolean {
  return text.length < 200 && (ACCREDITATION.test(text) || REGISTRATION.test(text));
}

/**
 * Indexes of the lines where a global regex matches, from one scan of the whole text: far
 * cheaper than testing every line when few lines can match.
 */
export function linesMatching(ctx: ExtractContext, re: RegExp, text = ctx.text): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const index = lineIndexAt(ctx.lines, m.index);
    if (out[out.length - 1] !== index) out.push(index);
    const line = ctx.lines[index];
    // Continue after this line: one hit per line is enough.
    re.lastIndex = line ? Math.max(re.lastIndex, line.start + line.text.length) : re.lastIndex + 1;
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * Whether `text.split(/\s+/).length <= max`, counted without building the words: one more than
 * the runs of whitespace.
 */
export function hasAtMostWords(text: string, max: number): boolean {
  let words = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (++words > max) return false;
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return true;
}
