/**
 * Context around a phrase match: token neighbours, list-item shape, the lead-in line of a list,
 * and the section a position falls in. Shared by the skills and benefits extractors.
 */
import type { Section, SectionKind } from '../model/section';
import { tokenize } from './tokenize';
import type { Token, TokenizedText } from './tokenize';

let cachedText: string | null = null;
let cachedTokens: TokenizedText | null = null;

/** Tokenises once per text: the skills and benefits extractors run on the same cleaned text. */
export function tokenizeCached(text: string): TokenizedText {
  if (cachedTokens === null || cachedText !== text) {
    cachedTokens = tokenize(text);
    cachedText = text;
  }
  return cachedTokens;
}

/** Punctuation that, touching a match, means the match is part of a larger name or code. */
const GLUE = new Set(['&', '@', '_', '+', '#', '$', '%', '=', '\\']);

/**
 * Rejects a match that is only a piece of a larger token compound: "R" in "R&D", "C" in "C+",
 * "walmart" in "One.Walmart.com", "js" in "Vue.js".
 */
export function isWholeCompound(tokens: readonly Token[], first: number, last: number): boolean {
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (firstToken === undefined || lastToken === undefined) return false;
  const prev = tokens[first - 1];
  if (prev !== undefined && firstToken.joined && isInsideHashtag(tokens, first)) return false;
  if (prev !== undefined && firstToken.joined) {
    if (GLUE.has(prev.norm)) return false;
    if (prev.norm === '.' && prev.joined && tokens[first - 2]?.word === true) return false;
  }
  const next = tokens[last + 1];
  if (next !== undefined && next.joined) {
    if (GLUE.has(next.norm)) return false;
    const after = tokens[last + 2];
    if (next.norm === '.' && after !== undefined && after.joined && after.word) return false;
  }
  return true;
}

/** "#LI-DNP": a hashtag glued to its words is a tag, never a skill or a benefit. */
function isInsideHashtag(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const t = tokens[k];
    if (t === undefined) return false;
    if (t.norm === '#') return true;
    if (!t.joined) return false;
  }
  return false;
}

const LIST_LEFT = new Set([
  ',',
  ';',
  ':',
  '(',
  '[',
  '/',
  '|',
  '•',
  '·',
  '▪',
  '●',
  '◦',
  '-',
  '*',
  '–',
  '—',
  '"',
]);
const LIST_RIGHT = new Set([',', ';', '.', ')', ']', ':', '!', '?', '/', '|', '–', '—', '"']);

/**
 * True when tokens[first..last] is a list item on its own: line start, a list separator or a
 * conjunction on the left (a conjunction only in a sentence that has a comma, i.e. a list), and
 * line end, a separator or a conjunction on the right.
 */
export function isStandaloneItem(
  tokens: readonly Token[],
  first: number,
  last: number,
  conjunctions: ReadonlySet<string>,
): boolean {
  const a = tokens[first];
  const b = tokens[last];
  if (a === undefined || b === undefined) return false;
  const prev = tokens[first - 1];
  if (prev !== undefined && prev.line === a.line) {
    if (conjunctions.has(prev.norm)) {
      if (!sentenceHasComma(tokens, first)) return false;
    } else if (!LIST_LEFT.has(prev.norm)) {
      return false;
    }
  }
  const next = tokens[last + 1];
  if (next !== undefined && next.line === b.line) {
    if (!LIST_RIGHT.has(next.norm) && !conjunctions.has(next.norm)) return false;
  }
  return true;
}

function sentenceHasComma(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== sentence) return false;
    if (t.norm === ',') return true;
  }
  return false;
}

/** First and last token index of the sentence holding token `at`. */
export function sentenceRange(tokens: readonly Token[], at: number): [number, number] {
  const sentence = tokens[at]?.sentence;
  let from = at;
  while (from > 0 && tokens[from - 1]?.sentence === sentence) from--;
  let to = at;
  while (to < tokens.length - 1 && tokens[to + 1]?.sentence === sentence) to++;
  return [from, to];
}

function lineText(tt: TokenizedText, line: number): string {
  const start = tt.lineStarts[line] ?? tt.text.length;
  const next = tt.lineStarts[line + 1];
  return tt.text.slice(start, next === undefined ? tt.text.length : next - 1);
}

const BULLET_START = /^\s*(?:[-*•·▪●◦–—>]|\d{1,2}[.)])\s/;

function isListItemLine(text: string): boolean {
  return BULLET_START.test(text);
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * The line that introduces the list holding `line`: walking up over list items and blank lines,
 * the first other line, if it reads like a heading (ends with ':' or has at most 8 words and no
 * final period). -1 when there is none. "Nice to have" / "Benefits & Perks" / "may also include:".
 */
export function leadInLine(tt: TokenizedText, line: number): number {
  const own = lineText(tt, line);
  let k = line - 1;
  while (k >= 0 && isBlank(lineText(tt, k))) k--;
  if (k < 0) return -1;
  if (!isListItemLine(own) && !isLeadIn(lineText(tt, k))) return -1;
  while (k >= 0) {
    const text = lineText(tt, k);
    if (!isBlank(text) && !isListItemLine(text)) break;
    k--;
  }
  if (k < 0) return -1;
  return isLeadIn(lineText(tt, k)) ? k : -1;
}

function isLeadIn(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith(':')) return true;
  if (trimmed === '' || /[.!?]$/.test(trimmed)) return false;
  let words = 0;
  for (const part of trimmed.split(/\s+/)) if (part !== '') words++;
  return words <= 8;
}

/** Walks sorted sections with a moving pointer: ask in increasing offset order. */
export function createSectionLookup(
  sections: readonly Section[],
): (offset: number) => Section | null {
  const sorted = [...sections].sort((a, b) => a.span.start - b.span.start);
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
