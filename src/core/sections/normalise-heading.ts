/**
 * Headings as the vocabulary spells them: lower case, no bullets, Markdown emphasis or trailing
 * colon, apostrophes and dashes folded, spaces collapsed.
 */
import { isSpace } from '../text/char-codes';
import { foldPunctuation } from '../clean/lines';

// Anything `normaliseHeading` would strip, fold or collapse (else it is just `toLowerCase`).
const HEADING_NOISE = /[’‘`´‐‑‒–—―*_#:：]|[^\S ]| {2}|^[ -]| $|^[\u2022\u2190-\u27bf\ud800-\udbff]/;

/** Normalises a candidate heading: no bullets, Markdown emphasis, trailing colon or case. */
export function normaliseHeading(text: string): string {
  // Most lines have nothing to strip or fold: then only the case changes.
  if (!HEADING_NOISE.test(text)) return lowerCase(text);
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
  return lowerCase(folded.slice(from, to)).replace(/\s+/g, ' ').trim();
}

export const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;

function isStarOrUnderscore(c: number): boolean {
  return c === 42 || c === 95;
}

/** [-#*_\s], and the bullets and emoji chat posts put before a heading ("📝 Job Role:"). */
function isLeadNoise(c: number): boolean {
  return c === 45 || c === 35 || isStarOrUnderscore(c) || isSpace(c) || isSymbol(c);
}

/** "•", arrows, dingbats ("✅", "★"), emoji (UTF-16 surrogates) and their variation selector. */
function isSymbol(c: number): boolean {
  return (
    c === 0x2022 || (c >= 0x2190 && c <= 0x27bf) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f
  );
}

/** [*_\s] */
function isTrailNoise(c: number): boolean {
  return isStarOrUnderscore(c) || isSpace(c);
}

// Turkish "NİTELİKLER": JavaScript lower-cases the dotted capital İ to "i" and a combining dot;
// the dot goes, so the heading reads "nitelikler".
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u0307') ? lower.replace(/\u0307/g, '') : lower;
}
