/**
 * Context around a phrase match: token neighbours, list-item shape, the lead-in line of a list,
 * and the section a position falls in. Shared by the skills and benefits extractors. Every check
 * is bounded or answered from a per-text table, so no input makes them quadratic.
 */
import type { Section, SectionKind } from '../model/section';
import { isDigit, isSpace } from '../text/char-codes';
import { WORDS, isJoined, isWord, punctOf, tokenize } from './tokenize';
import type { TokenizedText } from './tokenize';

let cachedTokens: TokenizedText | null = null;
let cachedLeadIns: LeadIns | null = null;

/**
 * Tokenises once per text: the skills and benefits extractors run on the same cleaned text. A
 * vocabulary built since (new word ids) makes the cached tokens stale. The tokens of the previous
 * text are overwritten: callers use the result only until they return, never keep it.
 */
export function tokenizeCached(text: string): TokenizedText {
  if (
    cachedTokens === null ||
    cachedTokens.text !== text ||
    cachedTokens.tableSize !== WORDS.words.length
  ) {
    cachedTokens = tokenize(text, cachedTokens?.columns ?? null);
    cachedLeadIns = null;
  }
  return cachedTokens;
}

/**
 * The tokens `tokenizeCached` already holds for `text`, or null: tokenises nothing, for callers
 * that have a cheaper way when the text is not tokenised yet.
 */
export function cachedTokensOf(text: string): TokenizedText | null {
  return cachedTokens !== null &&
    cachedTokens.text === text &&
    cachedTokens.tableSize === WORDS.words.length
    ? cachedTokens
    : null;
}

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** Punctuation that, touching a match, means the match is part of a larger name or code. */
const GLUE = codes('&@_+#$%=\\');
const DOT = 46;
const HASH = 35;
const COMMA = 44;
const HYPHEN = 45;

/**
 * Rejects a match that is only a piece of a larger token compound: "R" in "R&D", "C" in "C+",
 * "walmart" in "One.Walmart.com", "js" in "Vue.js".
 */
export function isWholeCompound(tt: TokenizedText, first: number, last: number): boolean {
  if (first < 0 || last >= tt.count) return false;
  if (first > 0 && isJoined(tt, first)) {
    if (isInsideHashtag(tt, first)) return false;
    const prev = punctOf(tt, first - 1);
    if (GLUE.has(prev)) return false;
    if (prev === DOT && isJoined(tt, first - 1) && first >= 2 && isWord(tt, first - 2)) {
      return false;
    }
  }
  if (last + 1 < tt.count && isJoined(tt, last + 1)) {
    const next = punctOf(tt, last + 1);
    if (GLUE.has(next)) return false;
    if (next === DOT && last + 2 < tt.count && isJoined(tt, last + 2) && isWord(tt, last + 2)) {
      return false;
    }
  }
  return true;
}

/** "#LI-DNP": a hashtag glued to its words is a tag, never a skill or a benefit. */
function isInsideHashtag(tt: TokenizedText, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    if (punctOf(tt, k) === HASH) return true;
    if (!isJoined(tt, k)) return false;
  }
  return false;
}

const LIST_LEFT = codes(',;:([/|•·▪●◦-*–—"');
const LIST_RIGHT = codes(',;.)]:!?/|–—"');

/**
 * True when tokens[first..last] is a list item on its own: line start, a list separator or a
 * conjunction on the left (a conjunction only in a sentence that has a comma, i.e. a list), and
 * line end, a separator or a conjunction on the right. `conjunctions` holds word ids.
 */
export function isStandaloneItem(
  tt: TokenizedText,
  first: number,
  last: number,
  conjunctions: ReadonlySet<number>,
): boolean {
  if (first < 0 || last >= tt.count) return false;
  const { line, id } = tt;
  if (first > 0 && line[first - 1] === line[first]) {
    if (conjunctions.has(id[first - 1] ?? -1)) {
      if (!sentenceHasComma(tt, first)) return false;
    } else if (!LIST_LEFT.has(punctOf(tt, first - 1))) {
      return false;
    }
  }
  return endsListItem(tt, last, conjunctions);
}

/** True when token `last` ends a list item: line end, a separator or a conjunction follows. */
export function endsListItem(
  tt: TokenizedText,
  last: number,
  conjunctions: ReadonlySet<number>,
): boolean {
  if (last + 1 >= tt.count || tt.line[last + 1] !== tt.line[last]) return true;
  return LIST_RIGHT.has(punctOf(tt, last + 1)) || conjunctions.has(tt.id[last + 1] ?? -1);
}

// The commas of the last text asked about: one text is asked about at a time, and a plain
// variable costs the garbage collector less than a WeakMap entry per text.
let commaTokens: TokenizedText | null = null;
let commaList: number[] = [];

/** Whether a comma precedes token `at` in its sentence (the text's commas listed on demand). */
function sentenceHasComma(tt: TokenizedText, at: number): boolean {
  if (commaTokens !== tt) {
    commaList = [];
    for (let k = 0; k < tt.count; k++) if (punctOf(tt, k) === COMMA) commaList.push(k);
    commaTokens = tt;
  }
  const commas = commaList;
  // The last comma before `at`: binary search.
  let lo = 0;
  let hi = commas.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((commas[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const comma = lo > 0 ? (commas[lo - 1] ?? -1) : -1;
  return comma >= 0 && tt.sentence[comma] === tt.sentence[at];
}

/**
 * First and last token index of the sentence holding token `at`: two binary searches, as
 * sentence ids never decrease along the tokens.
 */
export function sentenceRange(tt: TokenizedText, at: number): [number, number] {
  const { sentence } = tt;
  const id = sentence[at];
  if (id === undefined) return [at, at];
  let lo = 0;
  let hi = at;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentence[mid] ?? 0) < id) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  lo = at;
  hi = tt.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentence[mid] ?? 0) > id) hi = mid - 1;
    else lo = mid;
  }
  return [first, lo];
}

/** Whether a hyphen token sits at k (hyphens join compounds and are not words). */
export function isHyphen(tt: TokenizedText, k: number): boolean {
  return punctOf(tt, k) === HYPHEN;
}

const NOT_YET = 0;
const YES = 1;
const NO = 2;

/** Per-line facts for `leadInLine`, filled in on demand (most lines are never asked about). */
interface LeadIns {
  /** NOT_YET, or YES / NO: a list item line (blank lines are not). */
  list: number[];
  blank: number[];
  leadIn: number[];
  /** `leadInLine`'s answer + 2 (0: not asked yet). */
  answer: number[];
}

function leadInsOf(tt: TokenizedText): LeadIns {
  if (cachedLeadIns !== null && cachedTokens === tt) return cachedLeadIns;
  const count = tt.lineStarts.length;
  // Plain arrays: typed ones live outside the JS heap, and allocating them per text adds up to
  // full garbage collections.
  const facts: LeadIns = {
    list: new Array<number>(count).fill(NOT_YET),
    blank: new Array<number>(count).fill(NOT_YET),
    leadIn: new Array<number>(count).fill(NOT_YET),
    answer: new Array<number>(count).fill(0),
  };
  if (cachedTokens === tt) cachedLeadIns = facts;
  return facts;
}

function lineBounds(tt: TokenizedText, line: number): [number, number] {
  const start = tt.lineStarts[line] ?? tt.text.length;
  const next = tt.lineStarts[line + 1];
  return [start, next === undefined ? tt.text.length : next - 1];
}

function isBlankLine(tt: TokenizedText, facts: LeadIns, line: number): boolean {
  let known = facts.blank[line] ?? NO;
  if (known === NOT_YET) {
    const [start, end] = lineBounds(tt, line);
    let k = start;
    while (k < end && isSpace(tt.text.charCodeAt(k))) k++;
    known = k === end ? YES : NO;
    facts.blank[line] = known;
  }
  return known === YES;
}

function isListLine(tt: TokenizedText, facts: LeadIns, line: number): boolean {
  let known = facts.list[line] ?? NO;
  if (known === NOT_YET) {
    const [start, end] = lineBounds(tt, line);
    known = startsWithBullet(tt.text, start, end) ? YES : NO;
    facts.list[line] = known;
  }
  return known === YES;
}

const BULLET_FIRST = codes('-*•·▪●◦–—>');

/**
 * Whether text[start, end) matches /^\s*(?:[-*•·▪●◦–—>]|\d{1,2}[.)])\s/ ("- item", "12) item"),
 * tested by character: no slice, no regex, for every list line of the text.
 */
function startsWithBullet(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k >= end) return false;
  if (BULLET_FIRST.has(text.charCodeAt(k))) {
    k++;
  } else {
    if (!isDigit(text.charCodeAt(k))) return false;
    k++;
    if (k < end && isDigit(text.charCodeAt(k))) k++;
    if (k >= end) return false;
    const c = text.charCodeAt(k);
    if (c !== DOT && c !== CLOSING_BRACKET) return false;
    k++;
  }
  return k < end && isSpace(text.charCodeAt(k));
}

const CLOSING_BRACKET = 41;

function isLeadInLine(tt: TokenizedText, facts: LeadIns, line: number): boolean {
  let known = facts.leadIn[line] ?? NO;
  if (known === NOT_YET) {
    const [start, end] = lineBounds(tt, line);
    known = isLeadIn(tt.text, start, end) ? YES : NO;
    facts.leadIn[line] = known;
  }
  return known === YES;
}

/**
 * The line that introduces the list holding `line`: walking up over list items and blank lines,
 * the first other line, if it reads like a heading (ends with ':' or has at most 8 words and no
 * final period). -1 when there is none. "Nice to have" / "Benefits & Perks" / "may also include:".
 */
export function leadInLine(tt: TokenizedText, line: number): number {
  const facts = leadInsOf(tt);
  const known = facts.answer[line] ?? 0;
  if (known !== 0) return known - 2;
  const answer = findLeadInLine(tt, facts, line);
  if (line >= 0 && line < facts.answer.length) facts.answer[line] = answer + 2;
  return answer;
}

function findLeadInLine(tt: TokenizedText, facts: LeadIns, line: number): number {
  let k = line - 1;
  while (k >= 0 && isBlankLine(tt, facts, k)) k--;
  if (k < 0) return -1;
  if (!isListLine(tt, facts, line) && !isLeadInLine(tt, facts, k)) return -1;
  while (k >= 0 && (isBlankLine(tt, facts, k) || isListLine(tt, facts, k))) {
    // An item above, already answered, shares this item's lead-in: lines are mostly asked
    // about top down, so a long list is walked once, not once per item.
    const known = facts.answer[k] ?? 0;
    if (known !== 0 && isListLine(tt, facts, k)) return known - 2;
    k--;
  }
  if (k < 0) return -1;
  return isLeadInLine(tt, facts, k) ? k : -1;
}

/** A line that ends with ':' or has at most 8 words and no final [.!?] (text[start, end)). */
function isLeadIn(text: string, start: number, end: number): boolean {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 58) return true; // :
  if (last === 46 || last === 33 || last === 63) return false; // . ! ?
  let words = 1;
  for (let k = start + 1; k < end; k++) {
    if (isSpace(text.charCodeAt(k)) && !isSpace(text.charCodeAt(k - 1))) words++;
    if (words > 8) return false;
  }
  return true;
}

/** Walks sorted sections with a moving pointer: ask in increasing offset order. */
export function createSectionLookup(
  sections: readonly Section[],
): (offset: number) => Section | null {
  // Sections usually come sorted: copy and sort only when they do not.
  let sorted: readonly Section[] = sections;
  for (let k = 1; k < sections.length; k++) {
    if ((sections[k]?.span.start ?? 0) < (sections[k - 1]?.span.start ?? 0)) {
      sorted = [...sections].sort((a, b) => a.span.start - b.span.start);
      break;
    }
  }
  let index = 0;
  let lastOffset = -1;
  return (offset: number) => {
    if (offset < lastOffset) index = 0;
    lastOffset = offset;
    while (index < sorted.length && (sorted[index]?.span.end ?? 0) <= offset) index++;
    const s = sorted[index];
    return s !== undefined && s.span.start <= offset && offset < s.span.end ? s : null;
  };
}

export type { SectionKind };
