import type { Span } from '../model/posting';
import { boundedEditDistance } from './edit-distance';
import { forEachToken, originalPrefixLength } from './normalise';
import { maxEdits, type QueryTerms } from './query-terms';
import type { HitHighlights, SearchDoc } from './types';

const MAX_TEXT_RANGES = 50;

/**
 * Decides, per folded word of a field, how much of it matched the query: the whole word
 * (exact or typo) or the typed prefix. Memoised per word: full texts repeat words a lot.
 */
export class WordMatcher {
  private readonly memo = new Map<string, number>();

  constructor(private readonly terms: QueryTerms) {}

  /** Folded characters of `word` to highlight, 0 for none. */
  matchLength(word: string): number {
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    let best = 0;
    const { words, lastOpen } = this.terms;
    for (let i = 0; i < words.length && best < word.length; i++) {
      const q = words[i] as string;
      const open = lastOpen && i === words.length - 1;
      if (word === q) best = word.length;
      else if (open && word.startsWith(q)) best = Math.max(best, q.length);
      else {
        const k = maxEdits(q);
        if (k === 0) continue;
        if (boundedEditDistance(q, word, k) <= k) best = word.length;
        else if (open && word.length > q.length) {
          const head = word.slice(0, q.length);
          if (boundedEditDistance(q, head, 1) <= 1) best = Math.max(best, q.length);
        }
      }
    }
    this.memo.set(word, best);
    return best;
  }

  /** Ranges of matching words in `text` (original offsets), at most `cap`. */
  ranges(text: string, cap = Infinity): Span[] {
    const out: Span[] = [];
    forEachToken(text, (folded, start, end) => {
      if (out.length >= cap) return 'stop';
      const len = this.matchLength(folded);
      if (len === 0) return;
      const stop =
        len >= folded.length ? end : start + originalPrefixLength(text.slice(start, end), len);
      out.push({ start, end: stop });
    });
    return out;
  }
}

/** Highlight ranges for every field of a hit. */
export function highlightDoc(
  doc: SearchDoc,
  matcher: WordMatcher,
  fullText: boolean,
): HitHighlights {
  return {
    title: matcher.ranges(doc.title),
    company: matcher.ranges(doc.company),
    locations: doc.locations.map((l) => matcher.ranges(l)),
    skills: doc.skills.map((s) => matcher.ranges(s)),
    text: fullText ? matcher.ranges(doc.text, MAX_TEXT_RANGES) : [],
  };
}
