import { STOP_WORDS, tokenize } from './normalise';

/** A parsed query: folded words, and whether the last one is still being typed. */
export interface QueryTerms {
  words: string[];
  /** The last word has no space after it yet: match it as a prefix ("kube" -> Kubernetes). */
  lastOpen: boolean;
}

// Long pasted queries: the first words narrow enough, and each word costs a pass.
const MAX_WORDS = 8;
const ENDS_IN_WORD_RE = /[\p{L}\p{N}+#]$/u;

/**
 * Splits a typed query into folded words. Finished stop words are dropped ("nurse in boston"),
 * a stop word still being typed is kept (it may become "intern").
 * @example parseQuery('Zürich nur') // { words: ['zurich', 'nur'], lastOpen: true }
 */
export function parseQuery(query: string): QueryTerms {
  const all = tokenize(query);
  const lastOpen = all.length > 0 && ENDS_IN_WORD_RE.test(query);
  const words: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const word = all[i] as string;
    const isOpenLast = lastOpen && i === all.length - 1;
    if (!isOpenLast && STOP_WORDS.has(word)) continue;
    if (words.includes(word)) continue;
    words.push(word);
  }
  // A query of only stop words ("the") still searches for them.
  if (words.length === 0) for (const w of all) if (!words.includes(w)) words.push(w);
  if (words.length > MAX_WORDS) {
    return { words: words.slice(0, MAX_WORDS), lastOpen: false };
  }
  // Dropping words may have removed the open one; the last kept word is then finished.
  const openKept = lastOpen && words[words.length - 1] === all[all.length - 1];
  return { words, lastOpen: openKept };
}

/** Allowed typos for a word: none below 4 letters, one up to 7, two from 8. */
export function maxEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length >= 8 ? 2 : 1;
}
