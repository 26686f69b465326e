/**
 * Text normalisation shared by the search index, highlighting and dedupe: case and diacritics
 * folded so "Zürich" finds "zurich" and "Crèche" finds "creche". Pure; no DOM.
 */

import { withoutDiacritics } from '../text/diacritics';

/** Lower-cases and strips diacritics: "Zürich Straße" -> "zurich strasse". */
export function foldText(text: string): string {
  return withoutDiacritics(text.toLowerCase());
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const nonAsciiWordChar = new Map<number, boolean>();

/** Letters and digits of any script; ASCII is decided without a regex (the hot path). */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    known = WORD_CHAR_RE.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
    nonAsciiWordChar.set(code, known);
  }
  return known;
}

/**
 * Calls `visit` for each word of `text`, folded, with its range in the ORIGINAL string, until it
 * returns 'stop'. A word
 * is letters and digits, with a trailing "+" or "#" kept so "C++" and "C#" stay distinct skills
 * instead of collapsing into "c". A hand-written scanner: a Unicode regex is several times
 * slower, and indexing reads every word of every posting.
 */
export function forEachToken(
  text: string,
  visit: (folded: string, start: number, end: number) => void | 'stop',
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    while (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) i++;
    if (visit(foldText(text.slice(start, i)), start, i) === 'stop') return;
  }
}

/** Folded words of a string, in order: "Node.js & C++" -> ["node", "js", "c++"]. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (word) => {
    out.push(word);
  });
  return out;
}

/**
 * Length in the original string of the part of `original` whose folding has `foldedLength`
 * characters: highlights the typed "zur" inside "Zürich" as "Zür".
 */
export function originalPrefixLength(original: string, foldedLength: number): number {
  let folded = 0;
  let i = 0;
  while (i < original.length && folded < foldedLength) {
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    folded += foldText(ch).length;
    i += ch.length;
  }
  return i;
}

/** Common words a finished query word may be, dropped so "nurse in boston" still matches. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);
