import type { Span } from '../model/posting';

/** What the search index knows about one posting: the user-visible (edited) values. */
export interface SearchDoc {
  id: string;
  title: string;
  company: string;
  locations: readonly string[];
  skills: readonly string[];
  /** The full cleaned text, searched only with `{ fullText: true }`. */
  text: string;
}

export interface SearchOptions {
  /** Also match words in the posting's full text (ranked below matches in the fields). */
  fullText?: boolean;
  /** At most this many hits, best first. Default: all matches. */
  limit?: number;
}

/**
 * Ranges to highlight, half-open `[start, end)` into the SearchDoc's own strings. `locations`
 * and `skills` have one list per entry, in the doc's order; `text` is filled only for
 * full-text searches and capped at the first 50 ranges.
 */
export interface HitHighlights {
  title: Span[];
  company: Span[];
  locations: Span[][];
  skills: Span[][];
  text: Span[];
}

export interface SearchHit {
  id: string;
  /** 0 is a perfect match, 1 the weakest (the fuse.js convention). Hits come sorted by it. */
  score: number;
  /** Computed on first read, so a virtualised list pays only for the rows it shows. */
  readonly highlights: HitHighlights;
}

export interface SearchIndex {
  /** Hits for a query typed so far, best first; `[]` for an empty query (show everything). */
  search(query: string, options?: SearchOptions): readonly SearchHit[];
  /** Adds a posting, or replaces the one with the same id. */
  upsert(doc: SearchDoc): void;
  /** Forgets a posting; unknown ids are ignored. */
  remove(id: string): void;
  /** Number of postings indexed. */
  readonly size: number;
}
