/**
 * Step 3 of the pipeline: cleaned lines -> sections by their headings. A heading is a reader
 * heading block, a line that is a known heading word ("Requirements", "Ihr Profil", "Avantages"),
 * a short line ending with ':', a numbered one ("1. JOB PURPOSE"), or the label of an inline
 * "Duties: ..." line (which names that line only, see scopeInlineHeadings).
 */
import type { Line } from '../clean/lines';
import type { Section, SectionKind } from '../model/section';
import { classifyHeading, matchHeading } from './headings';
import { isSpace } from '../text/char-codes';
import { COLON, normaliseHeading } from './normalise-heading';

export { normaliseHeading };

interface Boundary {
  kind: SectionKind;
  heading: string | null;
  /** Where the heading starts (the previous section ends here). */
  at: number;
  /** Where the body starts. */
  bodyStart: number;
  /** The index of an inline "Label: value" line, else -1: such a label names that line only. */
  inlineLine: number;
}

function boundary(
  kind: SectionKind,
  heading: string | null,
  at: number,
  bodyStart: number,
): Boundary {
  return { kind, heading, at, bodyStart, inlineLine: -1 };
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
/** Splits the cleaned text into sections; the untitled opening block is the 'header' section. */
export function splitSections(text: string, lines: Line[]): Section[] {
  const boundaries: Boundary[] = [];
  // One search of the whole text, not one per line: most postings have no such phrase.
  const hasPhraseHeading = text.includes('Outlined below');
  // The last "Option N" line, looked for in the same pass (see addImplicitPreferred).
  let lastOption = -1;
  // Whether a list item has been read as a heading: a numbered document's later parts may then be
  // headings whatever their words (see findNumberedHeading).
  let listHeadings = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (startsLikeOption(line.text) && OPTION_LINE.test(line.text)) lastOption = i;
    const found = continuesAbove(text, lines[i - 1], line)
      ? null
      : (advantagesHeading(lines, i, boundaries) ?? findBoundary(line, lines[i + 1], listHeadings));
    if (found) {
      if (found.heading?.startsWith('- ')) listHeadings = true;
      // A heading whose body starts within its own line is an inline "Label: value".
      if (found.bodyStart < line.start + line.text.length) found.inlineLine = i;
      boundaries.push(found);
    }
    if (!hasPhraseHeading || !line.text.includes('Outlined below')) continue;
    for (const [re, kind] of PHRASE_HEADINGS) {
      const m = re.exec(line.text);
      if (m && !(found && found.at === line.start + m.index)) {
        const at = line.start + m.index;
        boundaries.push(boundary(kind, m[0], at, at + m[0].length));
      }
    }
  }
  // Already in text order unless two phrase headings share a line.
  if (!isSorted(boundaries)) boundaries.sort((a, b) => a.at - b.at);
  scopeInlineHeadings(lines, boundaries);
  addImplicitPreferred(lines, lastOption, boundaries);
  addImplicitBenefits(lines, boundaries);
  profileAsRequirements(text, boundaries);
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

// Israeli postings' "Advantages" (Hebrew "יתרון") after the requirements: what counts in one's
// favour. Elsewhere the word heads benefits (French "Avantages"), so only right after a
// requirements section, and over no perks ("Paid vacation 24 days", "Remote work or office"), is
// it the preferred qualifications.
const ADVANTAGES = /^(?:added |additional )?advantages?\s?:?\s*$/i;
const PERK =
  /\b(?:vacation|paid|insurance|bonus(?:es)?|salary|compensation|sick|holidays?|gym|medical|remote|office|laptop|equipment|days? off|leave|snacks|parking)\b/i;
const PERK_LINES = 8;
function advantagesHeading(lines: Line[], i: number, boundaries: Boundary[]): Boundary | null {
  const line = lines[i];
  if (!line) return null;
  const text = line.text;
  if (text.length > 24 || line.kind === 'list-item' || !ADVANTAGES.test(text)) return null;
  if (boundaries[boundaries.length - 1]?.kind !== 'requirements') return null;
  for (const item of lines.slice(i + 1, i + 1 + PERK_LINES)) {
    if (item.kind !== 'list-item') break;
    if (PERK.test(item.text)) return null;
  }
  return boundary('preferred', text, line.start, line.start + text.length);
}

// The end of a sentence wrapped onto its own line: "- Knowledge of SAP would be" over
// "advantageous", "… is" over "highly regarded". It starts in lower case right under a line that
// stops mid-sentence, so it is no heading of pluses, whatever its words.
const ENDS_MID_SENTENCE = /[\p{L},]\s*$/u;
const STARTS_LOWER = /^\p{Ll}/u;
function continuesAbove(text: string, above: Line | undefined, line: Line): boolean {
  if (!above || line.kind === 'heading' || !STARTS_LOWER.test(line.text)) return false;
  if (line.text.trimEnd().endsWith(':') || !ENDS_MID_SENTENCE.test(above.text)) return false;
  // Right under it, no blank line between.
  return !text.slice(above.start + above.text.length, line.start).includes('\n\n');
}

function isSorted(boundaries: Boundary[]): boolean {
  for (let i = 1; i < boundaries.length; i++) {
    if ((boundaries[i]?.at ?? 0) < (boundaries[i - 1]?.at ?? 0)) return false;
  }
  return true;
}

function findBoundary(line: Line, next: Line | undefined, listHeadings: boolean): Boundary | null {
  const text = line.text;
  if (line.kind === 'list-item' && !startsWithBoldItem(text)) {
    return findNumberedHeading(line, 2, next, listHeadings);
  }
  const numbered = numberingLength(text);
  if (numbered > 0) return findNumberedHeading(line, numbered);
  // Long lines can only hold an inline "Heading: text".
  if (
    line.kind !== 'heading' &&
    (text.length > 70 || (endsLikeSentence(text) && SENTENCE.test(text)))
  ) {
    return findQuestionHeading(line) ?? findInlineHeading(line);
  }
  const match = matchHeading(text);
  const bodyStart = line.start + text.length;
  if (line.kind === 'heading') {
    const kind =
      match === false ? null : classifyHeading(match === true ? normaliseHeading(text) : match);
    return boundary(kind ?? 'other', text, line.start, bodyStart);
  }
  // Most short lines are neither a known heading nor end with ':'.
  if (match === false && !endsWithColonOrSpace(text)) return findInlineHeading(line);
  const normalised = typeof match === 'string' ? match : normaliseHeading(text);
  if (normalised.length <= 60) {
    const kind = classifyHeading(normalised);
    if (kind) return boundary(kind, text, line.start, bodyStart);
    if (/:\s*$/.test(text) && countSpaces(normalised) <= 5 && !/[.!?;]/.test(normalised)) {
      return boundary('other', text, line.start, bodyStart);
    }
  }
  return findInlineHeading(line);
}

// PDF job descriptions number their headings ("1. JOB PURPOSE", "4. What we offer:"): the reader
// takes "1." for a list marker, so an item can be a heading. Only a vocabulary heading counts,
// and only one that is written as a heading (capitals, a colon, or several words): "- Experience"
// in a list of requirements is an item. A single word is one over its own numbered items: "4.
// Qualifications" over "(1) A doctoral degree …"; after such a heading, a later part over its own
// items is one whatever its words ("5. Employment conditions"), not a duty with its sub-points
// in an ordinary list.
function findNumberedHeading(
  line: Line,
  from: number,
  next?: Line,
  listHeadings = false,
): Boundary | null {
  const text = line.text;
  if (text.length - from > 60) return null;
  const overItems = next !== undefined && next.kind !== 'list-item' && SUB_ITEM.test(next.text);
  const match = matchHeading(text, text.length, from);
  if (match === false && !overItems) return null;
  const label = text.slice(from);
  const normalised = typeof match === 'string' ? match : normaliseHeading(label);
  const kind = match === false ? null : classifyHeading(normalised);
  // "5. Employment conditions" over "(1) Term: …": a heading of the same numbered document,
  // whatever its words; it ends the section before it.
  if (!kind) {
    // Not a lead-in to its items: "* PLUS one of the following:" over "(a) …".
    return listHeadings && overItems && countSpaces(normalised) <= 5 && !/[.!?;]|:\s*$/.test(label)
      ? boundary('other', text, line.start, line.start + text.length)
      : null;
  }
  const written = label === label.toUpperCase() || endsWithColonOrSpace(label);
  if (!written && !normalised.includes(' ') && !(overItems && kind !== 'other')) return null;
  return boundary(kind, text, line.start, line.start + text.length);
}

const SUB_ITEM = /^\((?:\d{1,2}|[a-h]|i{1,3}|iv)\)\s/;

// "2) Responsibilities", "II. REQUIREMENTS", "4 - BENEFITS": a number the reader left in place.
// A formal document's parts are numbered with a word: "ANEXO II - REQUISITOS", "Annex B:
// Person specification", "Anlage 1: Aufgaben", "PART 3 – QUALIFICATIONS".
const NUMBERING =
  /^(?:(?:ANEXO|Anexo|ANNEXE?|Annexe?|APPENDIX|Appendix|ANHANG|Anhang|ANLAGE|Anlage|SCHEDULE|Schedule|SECTION|Section|PART|Part|PARTE|Parte|PARTIE|Partie|TEIL|Teil) (?:\d{1,2}|[IVX]{1,4}|[A-H])(?:[.)]|\s?[-–:]))\s+|^(?:\d{1,2}|[IVX]{1,4})(?:[.)]|\s[-–])\s+/;

// What NUMBERING can start with: digits, "I", "V", "X", and the first letters of the numbering
// words. Most lines start otherwise, and skip the regex.
const NUMBERING_START = new Set('0123456789IVXAPST');

/** The length of a heading number at the start of a line, else 0. */
function numberingLength(text: string): number {
  if (!NUMBERING_START.has(text.charAt(0))) return 0;
  return NUMBERING.exec(text)?.[0].length ?? 0;
}

// Spanish and French headings are often questions of several words ("¿Qué vas a hacer?"):
// SENTENCE takes them for a sentence unless they are in the vocabulary.
function findQuestionHeading(line: Line): Boundary | null {
  const text = line.text;
  // 63: "?".
  if (text.charCodeAt(text.length - 1) !== 63 || text.length > 60) return null;
  const match = matchHeading(text);
  if (match === false) return null;
  const kind = classifyHeading(typeof match === 'string' ? match : normaliseHeading(text));
  if (!kind) return null;
  return boundary(kind, text, line.start, line.start + text.length);
}

/** `text.startsWith('- **')`, on char codes: most list items fail at the third one. */
function startsWithBoldItem(text: string): boolean {
  return (
    text.charCodeAt(2) === STAR &&
    text.charCodeAt(3) === STAR &&
    text.charCodeAt(0) === DASH &&
    text.charCodeAt(1) === SPACE
  );
}

const DASH = 45;
const SPACE = 32;
const STAR = 42;

/** SENTENCE ends with [.!?]: checking the last character first skips the regex for most lines. */
function endsLikeSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63;
}

/** A cheap gate for /:\s*$/: the last character is ':' or a space. */
function endsWithColonOrSpace(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === COLON || isSpace(c);
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
  if (colon < 2 || colon > 60 || matchHeading(text, colon) === false) return null;
  const inline = INLINE_HEADING.exec(text);
  if (inline?.[1] && inline[2]) {
    const kind = classifyHeading(normaliseHeading(inline[1]));
    if (kind && kind !== 'other' && kind !== 'about') {
      const offset = text.length - inline[2].length;
      return boundary(kind, inline[1], line.start, line.start + offset);
    }
  }
  return null;
}

// Walmart-style minimum qualifications list alternatives as "Option 1/2/3"; when a board drops
// the "preferred qualifications" heading, the preferred list follows the last option directly.
/** A cheap gate for OPTION_LINE: "o" or "- o", in either case. */
function startsLikeOption(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first | 0x20) === 111) return true;
  return first === DASH && text.charCodeAt(1) === SPACE && (text.charCodeAt(2) | 0x20) === 111;
}

function addImplicitPreferred(lines: Line[], lastOption: number, boundaries: Boundary[]): void {
  const next = lines[lastOption + 1];
  if (lastOption < 0 || !next || next.kind !== 'list-item') return;
  const optionAt = lines[lastOption]?.start ?? 0;
  const owner = [...boundaries].reverse().find((b) => b.at <= optionAt);
  const following = boundaries.find((b) => b.at > optionAt);
  if (owner?.kind !== 'requirements' || (following && following.at <= next.start)) return;
  boundaries.push(boundary('preferred', null, next.start, next.start));
  boundaries.sort((a, b) => a.at - b.at);
}

// Boards often drop the "Benefits" heading: a paragraph that starts talking about PTO, 401(k)
// or benefits right after a requirements list is the benefits section, not a requirement.
const BENEFIT_LEAD =
  /^(?:you will also receive|you'll also receive|you will receive|we offer|we provide|our (?:benefits|perks)|benefits include|in addition to (?:your |a )?(?:base )?(?:salary|pay))/i;
// Or names one of these within its first 60 characters, before any full stop.
const BENEFIT_WORD = /\b(?:PTO|paid time off|401\(k\)|health(?:care)? benefits|medical, dental)/i;
const BENEFIT_WORD_MAX = 'healthcare benefits'.length;

function isBenefitLead(text: string): boolean {
  if (BENEFIT_LEAD.test(text)) return true;
  // Where a benefit word may start: before the first "." and within 60 characters (the words
  // have no "."), so only that much of the line is searched.
  const dot = text.indexOf('.');
  const last = dot >= 0 && dot < 60 ? dot : 60;
  const word = BENEFIT_WORD.exec(text.slice(0, last + BENEFIT_WORD_MAX));
  return (word !== null && word.index <= last) || namesSeveralBenefits(text);
}

// Or lists benefits later in the paragraph, with no lead-in: "Hybrid work arrangement (3 days
// in office). AWS, 13th month bonus, medical and dental benefits, 18 days annual leave." Two
// different ones are needed: one alone may be a duty ("maintain annual leave records").
const SEVERAL_BENEFITS =
  /\b(?:13th[- ]month|annual leave|paid time off|PTO|401\(k\)|medical(?:,| and) dental|(?:dental|health|medical) (?:benefits|insurance|coverage)|(?:variable|annual|performance) bonus|paid holidays|parental leave)\b/gi;

function namesSeveralBenefits(text: string): boolean {
  // Such a list has commas; most requirement sentences have fewer than two.
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) < 0) return false;
  // Two different ones are enough: stop at the second (an exec loop, cheaper than matchAll).
  SEVERAL_BENEFITS.lastIndex = 0;
  let first: string | null = null;
  for (let m = SEVERAL_BENEFITS.exec(text); m !== null; m = SEVERAL_BENEFITS.exec(text)) {
    const word = m[0].toLowerCase();
    if (first === null) first = word;
    else if (word !== first) return true;
  }
  return false;
}

// Welcome to the Jungle's English layout, when its name went with the cut footer: "The job" or
// "The position" over "Job description".
const WTTJ_JOB = /\nThe (?:job|position)\n(?:[^\n]*\n)?Job description\n/;

/**
 * Welcome to the Jungle's English pages title the profile sought ("Profil recherché")
 * "Preferred experience": on such a page with no other requirements section, it is the
 * requirements, not the pluses ("At least 5 years of experience in DevOps" under it is required).
 * Only the board's own pages call it so: elsewhere the heading means what it says.
 */
function profileAsRequirements(text: string, boundaries: Boundary[]): void {
  if (!text.includes('Welcome to the Jungle') && !WTTJ_JOB.test(text)) return;
  // An inline "Experience: > 2 years" in the page's header is a field, no section.
  if (boundaries.some((b) => b.kind === 'requirements' && b.inlineLine < 0)) return;
  for (const b of boundaries) {
    if (
      b.kind === 'preferred' &&
      b.heading &&
      normaliseHeading(b.heading) === 'preferred experience'
    ) {
      b.kind = 'requirements';
    }
  }
}

function isListKind(kind: SectionKind): boolean {
  return kind === 'requirements' || kind === 'responsibilities' || kind === 'preferred';
}

function addImplicitBenefits(lines: Line[], boundaries: Boundary[]): void {
  // Only the lines of list sections are looked at, and only the first lead counts: the rest of
  // the paragraph follows it.
  for (let k = 0; k < boundaries.length; k++) {
    const current = boundaries[k];
    if (!current || !isListKind(current.kind)) continue;
    // The section holds the lines from its heading to the next boundary (none when they share
    // an offset: the later one owns the lines).
    const end = boundaries[k + 1]?.at ?? Infinity;
    for (let i = firstLineAt(lines, current.at); i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.start >= end) break;
      if (line.kind === 'list-item') continue;
      // Not the heading line itself (a section resumed after an inline label starts on its line).
      if (current.bodyStart > line.start || !isBenefitLead(line.text)) continue;
      boundaries.push(boundary('benefits', null, line.start, line.start));
      boundaries.sort((a, b) => a.at - b.at);
      return;
    }
  }
}

/** The index of the first line starting at or after `offset` (lines are in text order). */
function firstLineAt(lines: Line[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((lines[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

// An inline label with its value on the same line ("Salary: £29,970 - £36,483", "Deseable:
// Especialización en ...", "Role: Data Engineer") describes that line, not the lines after it:
// else a whole posting can end up in a "salary" or "preferred" section. The lines after it go
// back to the section the label sits in, unless they continue it: the value ends with ':', a
// list follows a list label ("Benefits: we offer" + bullets), or the value wraps onto lines that
// start in lower case ("... dominicales y festi-" / "vos de ley").
function scopeInlineHeadings(lines: Line[], boundaries: Boundary[]): void {
  let enclosing: Boundary | null = null;
  // The boundaries with each resumed section right after its label: it starts between the label
  // and the next boundary, so this is their text order, without a sort.
  const merged: Boundary[] = [];
  let resumed = false;
  boundaries.forEach((b, k) => {
    merged.push(b);
    if (b.inlineLine < 0) {
      enclosing = b;
      return;
    }
    // Pay or perks after a list ("Pay Range: $59.85 - $76.30 / hour" below the preferred
    // qualifications) start the closing part of the posting: the list does not resume.
    if (enclosing && isListKind(enclosing.kind) && !isListKind(b.kind)) return;
    const after = lines[inlineScopeEnd(lines, b)];
    const next = boundaries[k + 1];
    if (!after || (next && next.at <= after.start)) return;
    const { kind, heading } = enclosing ?? { kind: 'header' as const, heading: null };
    merged.push(boundary(kind, heading, after.start, after.start));
    resumed = true;
  });
  if (resumed) boundaries.splice(0, boundaries.length, ...merged);
}

/** The index of the first line after an inline heading's scope (lines.length: no end). */
function inlineScopeEnd(lines: Line[], b: Boundary): number {
  const line = lines[b.inlineLine];
  if (!line || lastNonSpace(line.text) === COLON) return lines.length;
  let j = b.inlineLine + 1;
  if (isListKind(b.kind) || b.kind === 'benefits') {
    if (lines[j]?.kind === 'list-item') return lines.length;
  }
  while (j < lines.length && continuesLine(lines[j - 1]?.text ?? '', lines[j])) j++;
  return j;
}

/** Whether a line carries on the one before: wrapped text ("festi-" / "vos de ley"). */
function continuesLine(previous: string, line: Line | undefined): boolean {
  if (!line || line.kind === 'list-item') return false;
  const last = lastNonSpace(previous);
  // 46, 33, 63: ".", "!", "?" end the value.
  if (last === 46 || last === 33 || last === 63) return false;
  // 44, 45: a line cut at "," or a hyphen goes on below ("Provident Fund," / "Group Mediclaim").
  if (last === 44 || last === 45) return true;
  const first = line.text.charAt(0);
  // "+ primes de nuit", "(pro rata)": an addition to the value on the line above.
  if (first === '+' || first === '(') return true;
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

function lastNonSpace(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 ? text.charCodeAt(end - 1) : 0;
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
