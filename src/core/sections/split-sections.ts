/**
 * Step 3 of the pipeline: cleaned lines -> sections by their headings. A heading is a reader
 * heading block, a line that is a known heading word ("Requirements", "Ihr Profil", "Avantages"),
 * a short line ending with ':', or the label of an inline "Duties: ..." line.
 */
import type { Line } from '../clean/lines';
import { foldPunctuation } from '../clean/lines';
import type { Section, SectionKind } from '../model/section';
import { classifyHeading } from './headings';

interface Boundary {
  kind: SectionKind;
  heading: string | null;
  /** Where the heading starts (the previous section ends here). */
  at: number;
  /** Where the body starts. */
  bodyStart: number;
}

const INLINE_HEADING = /^([^:]{2,60}):\s*(\S.*)$/;
// Walmart-style sentences that act as headings, sometimes glued mid-line by scrapers.
const PHRASE_HEADINGS: [RegExp, SectionKind][] = [
  [/Outlined below are the (?:optional )?preferred qualifications[^.]{0,40}\.?/, 'preferred'],
  [/Outlined below are the required minimum qualifications[^.]{0,40}\.?/, 'requirements'],
];
// A line that ends like a sentence and has several words is not a heading.
const SENTENCE = /\s\S+\s\S+.*[.!?]$/;
const OPTION_LINE = /^(?:- )?option \d\b/i;
// Anything `normaliseHeading` would strip, fold or collapse (else it is just `toLowerCase`).
const HEADING_NOISE = /[’‘`´‐‑‒–—―*_#:：]|[^\S ]| {2}|^[ -]| $/;

/** Normalises a candidate heading: no bullets, Markdown emphasis, trailing colon or case. */
export function normaliseHeading(text: string): string {
  // Most lines have nothing to strip or fold: then only the case changes.
  if (!HEADING_NOISE.test(text)) return text.toLowerCase();
  // By hand, what `.replace(/^[-#*_\s]+|[*_\s]+$/g, '').replace(/[:：]\s*$/, '')
  // .replace(/[*_]+$/, '')` did: those regexes tried every offset of the line.
  const folded = foldPunctuation(text);
  let from = 0;
  let to = folded.length;
  while (from < to && isLeadNoise(folded.charCodeAt(from))) from++;
  while (to > from && isTrailNoise(folded.charCodeAt(to - 1))) to--;
  let end = to;
  while (end > from && isSpace(folded.charCodeAt(end - 1))) end--;
  const last = end > from ? folded.charCodeAt(end - 1) : 0;
  if (last === COLON || last === FULLWIDTH_COLON) to = end - 1;
  while (to > from && isStarOrUnderscore(folded.charCodeAt(to - 1))) to--;
  return folded.slice(from, to).toLowerCase().replace(/\s+/g, ' ').trim();
}

const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;

/** Exactly the characters of `\s` in a JavaScript regex. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isStarOrUnderscore(c: number): boolean {
  return c === 42 || c === 95;
}

/** [-#*_\s] */
function isLeadNoise(c: number): boolean {
  return c === 45 || c === 35 || isStarOrUnderscore(c) || isSpace(c);
}

/** [*_\s] */
function isTrailNoise(c: number): boolean {
  return isStarOrUnderscore(c) || isSpace(c);
}

/** Splits the cleaned text into sections; the untitled opening block is the 'header' section. */
export function splitSections(text: string, lines: Line[]): Section[] {
  const boundaries: Boundary[] = [];
  // One search of the whole text, not one per line: most postings have no such phrase.
  const hasPhraseHeading = text.includes('Outlined below');
  for (const line of lines) {
    const found = findBoundary(line);
    if (found) boundaries.push(found);
    if (!hasPhraseHeading || !line.text.includes('Outlined below')) continue;
    for (const [re, kind] of PHRASE_HEADINGS) {
      const m = re.exec(line.text);
      if (m && !(found && found.at === line.start + m.index)) {
        const at = line.start + m.index;
        boundaries.push({ kind, heading: m[0], at, bodyStart: at + m[0].length });
      }
    }
  }
  boundaries.sort((a, b) => a.at - b.at);
  addImplicitPreferred(lines, boundaries);
  addImplicitBenefits(lines, boundaries);
  const sections: Section[] = [];
  const firstAt = boundaries[0]?.at ?? text.length;
  if (firstAt > 0)
    sections.push({ kind: 'header', heading: null, span: { start: 0, end: firstAt } });
  boundaries.forEach((b, i) => {
    const end = boundaries[i + 1]?.at ?? text.length;
    sections.push({ kind: b.kind, heading: b.heading, span: { start: b.bodyStart, end } });
  });
  return sections;
}

function findBoundary(line: Line): Boundary | null {
  const text = line.text;
  if (line.kind === 'list-item' && !text.startsWith('- **')) return null;
  // Long lines can only hold an inline "Heading: text".
  if (
    line.kind !== 'heading' &&
    (text.length > 70 || (endsLikeSentence(text) && SENTENCE.test(text)))
  ) {
    return findInlineHeading(line);
  }
  const normalised = normaliseHeading(text);
  const bodyStart = line.start + text.length;
  if (line.kind === 'heading') {
    return {
      kind: classifyHeading(normalised) ?? 'other',
      heading: text,
      at: line.start,
      bodyStart,
    };
  }
  if (normalised.length <= 60) {
    const kind = classifyHeading(normalised);
    if (kind) return { kind, heading: text, at: line.start, bodyStart };
    if (/:\s*$/.test(text) && countSpaces(normalised) <= 5 && !/[.!?;]/.test(normalised)) {
      return { kind: 'other', heading: text, at: line.start, bodyStart };
    }
  }
  return findInlineHeading(line);
}

/** SENTENCE ends with [.!?]: checking the last character first skips the regex for most lines. */
function endsLikeSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63;
}

/** `text.split(' ').length - 1`, without the array. */
function countSpaces(text: string): number {
  let count = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) count++;
  return count;
}

function findInlineHeading(line: Line): Boundary | null {
  const text = line.text;
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 60) return null;
  const inline = INLINE_HEADING.exec(text);
  if (inline?.[1] && inline[2]) {
    const kind = classifyHeading(normaliseHeading(inline[1]));
    if (kind && kind !== 'other' && kind !== 'about') {
      const offset = text.length - inline[2].length;
      return { kind, heading: inline[1], at: line.start, bodyStart: line.start + offset };
    }
  }
  return null;
}

// Walmart-style minimum qualifications list alternatives as "Option 1/2/3"; when a board drops
// the "preferred qualifications" heading, the preferred list follows the last option directly.
function addImplicitPreferred(lines: Line[], boundaries: Boundary[]): void {
  let lastOption = -1;
  for (let i = 0; i < lines.length; i++) {
    if (OPTION_LINE.test(lines[i]?.text ?? '')) lastOption = i;
  }
  const next = lines[lastOption + 1];
  if (lastOption < 0 || !next || next.kind !== 'list-item') return;
  const optionAt = lines[lastOption]?.start ?? 0;
  const owner = [...boundaries].reverse().find((b) => b.at <= optionAt);
  const following = boundaries.find((b) => b.at > optionAt);
  if (owner?.kind !== 'requirements' || (following && following.at <= next.start)) return;
  boundaries.push({ kind: 'preferred', heading: null, at: next.start, bodyStart: next.start });
  boundaries.sort((a, b) => a.at - b.at);
}

// Boards often drop the "Benefits" heading: a paragraph that starts talking about PTO, 401(k)
// or benefits right after a requirements list is the benefits section, not a requirement.
const BENEFIT_LEAD =
  /^(?:you will also receive|you'll also receive|you will receive|we offer|we provide|our (?:benefits|perks)|benefits include|in addition to (?:your |a )?(?:base )?(?:salary|pay)|[^.]{0,60}\b(?:PTO|paid time off|401\(k\)|health(?:care)? benefits|medical, dental))/i;
const LISTS: SectionKind[] = ['requirements', 'responsibilities', 'preferred'];

function addImplicitBenefits(lines: Line[], boundaries: Boundary[]): void {
  let k = -1;
  const added: Boundary[] = [];
  for (const line of lines) {
    while (k + 1 < boundaries.length && (boundaries[k + 1]?.at ?? Infinity) <= line.start) k++;
    const current = boundaries[k];
    if (!current || !LISTS.includes(current.kind) || line.kind === 'list-item') continue;
    if (current.at === line.start || !BENEFIT_LEAD.test(line.text)) continue;
    added.push({ kind: 'benefits', heading: null, at: line.start, bodyStart: line.start });
  }
  if (added.length === 0) return;
  // Only the first one per list section: the rest of the paragraph follows it.
  boundaries.push(...added.slice(0, 1));
  boundaries.sort((a, b) => a.at - b.at);
}

/** The section holding an offset (the last one starting at or before it). */
export function sectionAt(sections: Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const s of sections) {
    if (s.span.start <= offset || (s.heading === null && s.span.start === 0)) found = s;
    if (s.span.start > offset) break;
  }
  return found;
}
