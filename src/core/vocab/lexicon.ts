/**
 * A phrase lexicon: a Map from normalised token n-grams to payloads, scanned once over a
 * tokenised text with longest match first. Thousands of phrases cost one Map lookup per token
 * (only tokens that start some phrase go further), never one regex per phrase.
 */
import { keyOf, phraseLength, tokenize } from './tokenize';
import type { Token } from './tokenize';

export interface Lexicon<T> {
  readonly phrases: Map<string, T>;
  /** For each token that starts a phrase, the longest phrase length (hyphens not counted). */
  readonly firstTokens: Map<string, number>;
}

export interface PhraseMatch<T> {
  payload: T;
  /** Inclusive token indexes. */
  first: number;
  last: number;
}

/** The key a phrase is stored under; the same function keys the text, so both always agree. */
export function phraseKey(phrase: string): { key: string; first: string; length: number } {
  const { tokens } = tokenize(phrase);
  const firstToken = tokens.find((t) => t.norm !== '-');
  return {
    key: keyOf(tokens, 0, tokens.length - 1),
    first: firstToken?.norm ?? '',
    length: phraseLength(tokens),
  };
}

/**
 * Adds a phrase. Returns the payload already stored under the same key, if any (the caller
 * decides whether that is a conflict), and leaves the first one in place.
 */
export function addPhrase<T>(lexicon: Lexicon<T>, phrase: string, payload: T): T | undefined {
  const { key, first, length } = phraseKey(phrase);
  if (key === '') return undefined;
  const existing = lexicon.phrases.get(key);
  if (existing !== undefined) return existing;
  lexicon.phrases.set(key, payload);
  const max = lexicon.firstTokens.get(first) ?? 0;
  if (length > max) lexicon.firstTokens.set(first, length);
  return undefined;
}

export function createLexicon<T>(): Lexicon<T> {
  return { phrases: new Map(), firstTokens: new Map() };
}

/**
 * Scans tokens left to right; at each token tries the longest phrase first and asks `accept`
 * (local rules: case, neighbours). An accepted match consumes its tokens. Phrases never cross a
 * line break.
 */
export function scanPhrases<T>(
  tokens: readonly Token[],
  lexicon: Lexicon<T>,
  accept: (payload: T, first: number, last: number) => boolean,
): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const candidateEnds: number[] = [];
  const candidatePayloads: T[] = [];
  const count = tokens.length;
  let i = 0;
  while (i < count) {
    const start = tokens[i];
    if (start === undefined) break;
    const maxLength = lexicon.firstTokens.get(start.norm);
    if (maxLength === undefined || start.norm === '-') {
      i++;
      continue;
    }
    candidateEnds.length = 0;
    candidatePayloads.length = 0;
    let key = '';
    let space = false;
    let length = 0;
    for (let j = i; j < count && length < maxLength; j++) {
      const t = tokens[j];
      if (t === undefined || t.line !== start.line) break;
      if (t.norm === '-') {
        space = true;
        continue;
      }
      if (key !== '' && (space || !t.joined)) key += ' ';
      key += t.norm;
      space = false;
      length++;
      const payload = lexicon.phrases.get(key);
      if (payload !== undefined) {
        candidateEnds.push(j);
        candidatePayloads.push(payload);
      }
    }
    let matched = false;
    for (let c = candidateEnds.length - 1; c >= 0; c--) {
      const last = candidateEnds[c];
      const payload = candidatePayloads[c];
      if (last === undefined || payload === undefined) continue;
      if (accept(payload, i, last)) {
        matches.push({ payload, first: i, last });
        i = last + 1;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return matches;
}
