/**
 * Search-as-you-type over the library. Two stages, so a keystroke stays well under a frame at
 * 20,000 postings, where fuse.js alone scans every posting:
 *   1. an inverted index over folded words (exact, prefix of the word being typed, and typos
 *      found through a trigram index of the vocabulary) narrows to the postings holding every
 *      query word, scored cheaply by field and match kind;
 *   2. fuse.js ranks the best few hundred of those on the short fields (title weighted highest).
 * The full text is matched by stage 1 only: fuse.js scanning kilobytes per posting is too slow.
 */
import Fuse, { type Expression, type FuseIndex, type IFuseOptions } from 'fuse.js';
import { boundedEditDistance } from './edit-distance';
import { highlightDoc, WordMatcher } from './highlight';
import { foldText, forEachToken, isWordChar } from './normalise';
import { maxEdits, parseQuery, type QueryTerms } from './query-terms';
import type { HitHighlights, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types';

/** What fuse.js sees: the short fields, already folded (so fuse need not fold per keystroke). */
interface FuseDoc {
  slot: number;
  title: string;
  company: string;
  locations: string[];
  skills: string[];
}
type IndexRecord = FuseIndex<FuseDoc>['records'][number];
type FuseKey = 'title' | 'skills' | 'company' | 'locations';
const FUSE_KEYS: readonly FuseKey[] = ['title', 'skills', 'company', 'locations'];

// Field bits of a meta posting entry: (slot << FIELD_BITS) | mask.
const F_TITLE = 1;
const F_COMPANY = 2;
const F_LOCATION = 4;
const F_SKILL = 8;
const FIELD_BITS = 4;
const FIELD_MASK = (1 << FIELD_BITS) - 1;

/** Cheap pre-ranking weight of the best field in a mask (title strongest, as in fuse). */
const MASK_WEIGHT = new Float32Array(1 << FIELD_BITS);
for (let m = 1; m < MASK_WEIGHT.length; m++) {
  MASK_WEIGHT[m] = Math.max(
    m & F_TITLE ? 1 : 0,
    m & F_SKILL ? 0.6 : 0,
    m & F_COMPANY ? 0.5 : 0,
    m & F_LOCATION ? 0.5 : 0,
  );
}
const TEXT_WEIGHT = 0.15;

const QUALITY_EXACT = 1;
const QUALITY_PREFIX = 0.8;
const QUALITY_TYPO = [1, 0.65, 0.5] as const;
const QUALITY_TYPO_PREFIX = 0.55;

/** How many of the cheaply ranked candidates fuse.js re-ranks. */
const FUSE_POOL = 100;
/** Fuse-ranked hits score in [0, FUSE_BAND); the rest in [FUSE_BAND, 1]. */
const FUSE_BAND = 0.6;
/** A lone word shorter than this is ranked by the index alone: fuzzy-matching "s" says nothing. */
const MIN_FUSE_WORD = 3;
/** Words longer than this are URLs or junk, not something anyone types. */
const MAX_WORD = 32;
/** Prefixes shorter than this do not expand over the full text: "s" would match everything. */
const MIN_TEXT_PREFIX = 3;
// Enough for backspacing through a query; each entry may hold thousands of hits.
const RESULT_CACHE_SIZE = 16;

const FUSE_OPTIONS: IFuseOptions<FuseDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'skills', weight: 1.5 },
    { name: 'company', weight: 1 },
    { name: 'locations', weight: 1 },
  ],
  // Fields are folded before fuse sees them, and so are the query words.
  isCaseSensitive: true,
  // A word may sit anywhere in a field ("Senior Registered Nurse").
  ignoreLocation: true,
  threshold: 0.35,
  includeScore: true,
  shouldSort: true,
};

/** The words a query word matches in the vocabulary, with how well. */
interface Expansion {
  termIds: number[];
  quality: number[];
  /** The match may count in the full text (short prefixes may not). */
  inText: boolean[];
}

/** Shared by all hits of one search: the matcher is built on the first highlight read. */
class QueryContext {
  private matcher: WordMatcher | null = null;
  constructor(
    private readonly terms: QueryTerms,
    readonly fullText: boolean,
  ) {}
  get wordMatcher(): WordMatcher {
    this.matcher ??= new WordMatcher(this.terms);
    return this.matcher;
  }
}

class Hit implements SearchHit {
  private cached: HitHighlights | null = null;
  constructor(
    readonly id: string,
    readonly score: number,
    private readonly doc: SearchDoc,
    private readonly context: QueryContext,
  ) {}
  get highlights(): HitHighlights {
    this.cached ??= highlightDoc(this.doc, this.context.wordMatcher, this.context.fullText);
    return this.cached;
  }
}

class InvertedSearchIndex implements SearchIndex {
  // Postings by slot; a removed or replaced posting leaves an empty slot until compaction.
  private docs: (SearchDoc | undefined)[] = [];
  private records: (IndexRecord | undefined)[] = [];
  private slotOf = new Map<string, number>();
  private dead = 0;

  private terms: string[] = [];
  private termIds = new Map<string, number>();
  private metaPostings: number[][] = [];
  // Full-text postings in one flat array grouped by term (built once, in bulk: millions of
  // entries as per-term arrays cost seconds of growth and GC), plus per-term lists for
  // postings upserted later.
  private textOffsets = new Int32Array(1);
  private textData = new Int32Array(0);
  private textExtra: (number[] | undefined)[] = [];
  private pairTerm = new Int32Array(0);
  private pairSlot = new Int32Array(0);
  private pairCount = 0;
  private sortedTerms: string[] = [];
  private sortedIds: number[] = [];
  private trigramTerms = new Map<string, number[]>();
  private bulk = false;

  // Scratch space reused by every search: no allocation per posting in the hot path.
  private tokenBest = new Float32Array(0);
  private tokenStamp = new Uint32Array(0);
  private total = new Float32Array(0);
  private stamp = 0;
  private trigramCount = new Uint16Array(0);
  private sortKeys = new Float64Array(0);

  private readonly fuse: Fuse<FuseDoc>;
  private readonly fuseKeys: FuseIndex<FuseDoc>['keys'];
  private textSeen = new Int32Array(0);
  // Open-addressing table from a word's hash to its term id (plus one), for plain ASCII words:
  // indexing finds known words in the text without slicing a string for each.
  private asciiTable = new Int32Array(1 << 12);
  private asciiCount = 0;
  private expansions = new Map<string, Expansion>();
  private results = new Map<string, readonly SearchHit[]>();

  constructor(docs: readonly SearchDoc[]) {
    const fuseDocs = docs.map((d, i) => toFuseDoc(d, i));
    const fuseIndex = Fuse.createIndex<FuseDoc>(FUSE_OPTIONS.keys ?? [], fuseDocs);
    this.fuseKeys = fuseIndex.keys;
    this.fuse = new Fuse<FuseDoc>([], FUSE_OPTIONS);
    this.bulk = true;
    const seen = new Map<string, number>();
    docs.forEach((doc, i) => seen.set(doc.id, i));
    docs.forEach((doc, i) => {
      // A repeated id: the last one wins, as with upsert.
      if (seen.get(doc.id) !== i) return;
      this.add(doc, fuseIndex.records[i]);
    });
    this.bulk = false;
    this.sortVocabulary();
    this.packTextPostings();
  }

  get size(): number {
    return this.slotOf.size;
  }

  upsert(doc: SearchDoc): void {
    this.detach(doc.id);
    const record = Fuse.createIndex<FuseDoc>(FUSE_OPTIONS.keys ?? [], [toFuseDoc(doc, 0)])
      .records[0];
    this.add(doc, record);
    this.changed();
  }

  remove(id: string): void {
    if (this.detach(id)) this.changed();
  }

  search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
    const fullText = options.fullText === true;
    const limit = options.limit ?? Infinity;
    const terms = parseQuery(query);
    if (terms.words.length === 0 || limit <= 0) return [];
    const key = `${fullText ? 1 : 0}${terms.lastOpen ? 1 : 0}${limit}|${terms.words.join(' ')}`;
    const cached = this.results.get(key);
    if (cached) {
      // Refresh its place in the LRU order.
      this.results.delete(key);
      this.results.set(key, cached);
      return cached;
    }
    const hits = this.run(terms, fullText, limit);
    this.results.set(key, hits);
    if (this.results.size > RESULT_CACHE_SIZE) {
      const oldest = this.results.keys().next().value;
      if (oldest !== undefined) this.results.delete(oldest);
    }
    return hits;
  }

  // ---- searching ----

  private run(terms: QueryTerms, fullText: boolean, limit: number): readonly SearchHit[] {
    // 1. Narrow: postings holding every word, with a cheap score.
    const candidates = this.narrow(terms, fullText);
    if (candidates.length === 0) return [];
    // 2. Order candidates by cheap score (packed keys: one native numeric sort).
    const words = terms.words.length;
    if (this.sortKeys.length < candidates.length) {
      this.sortKeys = new Float64Array(candidates.length * 2);
    }
    const keys = this.sortKeys.subarray(0, candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const slot = candidates[i] as number;
      const norm = Math.min(1, (this.total[slot] ?? 0) / words);
      keys[i] = Math.round((1 - norm) * 1e6) * 4194304 + slot;
    }
    keys.sort();
    // 3. fuse.js re-ranks the best of them on title, skills, company and locations.
    const single = terms.words.length === 1 && (terms.words[0] as string).length < MIN_FUSE_WORD;
    const pool = single ? 0 : Math.min(FUSE_POOL, keys.length);
    const poolDocs: FuseDoc[] = [];
    const poolRecords: IndexRecord[] = [];
    for (let i = 0; i < pool; i++) {
      const slot = (keys[i] as number) % 4194304;
      const record = this.records[slot] as IndexRecord;
      poolRecords.push({ i: poolDocs.length, $: record.$ });
      poolDocs.push({ slot, title: '', company: '', locations: [], skills: [] });
    }
    this.fuse.setCollection(
      poolDocs,
      Fuse.parseIndex<FuseDoc>({ keys: this.fuseKeys, records: poolRecords }),
    );
    const ranked = pool > 0 ? this.fuse.search(fuseQuery(terms.words)) : [];
    const context = new QueryContext(terms, fullText);
    const hits: SearchHit[] = [];
    // Slots fuse ranked, marked with a fresh stamp so the rest can skip them.
    const ranks = this.nextStamp();
    const inFuse = this.tokenStamp;
    for (const r of ranked) {
      if (hits.length >= limit) break;
      const slot = r.item.slot;
      const doc = this.docs[slot] as SearchDoc;
      inFuse[slot] = ranks;
      hits.push(new Hit(doc.id, (r.score ?? 1) * FUSE_BAND, doc, context));
    }
    // 4. The rest (full-text-only matches, fuzzier ones) follow in cheap-score order.
    for (let i = 0; i < keys.length && hits.length < limit; i++) {
      const k = keys[i] as number;
      const slot = k % 4194304;
      if (inFuse[slot] === ranks) continue;
      const doc = this.docs[slot] as SearchDoc;
      const score = FUSE_BAND + (1 - FUSE_BAND) * (Math.floor(k / 4194304) / 1e6);
      hits.push(new Hit(doc.id, score, doc, context));
    }
    return hits;
  }

  /** Slots holding every query word, with their summed cheap scores in `this.total`. */
  private narrow(terms: QueryTerms, fullText: boolean): number[] {
    let candidates: number[] = [];
    terms.words.forEach((word, w) => {
      const open = terms.lastOpen && w === terms.words.length - 1;
      const expansion = this.expand(word, open, fullText);
      const stamp = this.nextStamp();
      const touched = w === 0 ? candidates : null;
      const best = this.tokenBest;
      const marks = this.tokenStamp;
      for (let e = 0; e < expansion.termIds.length; e++) {
        const termId = expansion.termIds[e] as number;
        const quality = expansion.quality[e] as number;
        const meta = this.metaPostings[termId] as number[];
        for (let p = 0; p < meta.length; p++) {
          const entry = meta[p] as number;
          const slot = entry >>> FIELD_BITS;
          const weight = quality * (MASK_WEIGHT[entry & FIELD_MASK] ?? 0);
          if (marks[slot] !== stamp) {
            marks[slot] = stamp;
            best[slot] = weight;
            touched?.push(slot);
          } else if ((best[slot] ?? 0) < weight) best[slot] = weight;
        }
        if (!fullText || !expansion.inText[e]) continue;
        const weight = quality * TEXT_WEIGHT;
        const data = this.textData;
        const packed = termId + 1 < this.textOffsets.length;
        const from = packed ? (this.textOffsets[termId] as number) : 0;
        const to = packed ? (this.textOffsets[termId + 1] as number) : 0;
        const extra = this.textExtra[termId];
        const end = to + (extra ? extra.length : 0);
        for (let p = from; p < end; p++) {
          const slot = p < to ? (data[p] as number) : ((extra as number[])[p - to] as number);
          if (marks[slot] !== stamp) {
            marks[slot] = stamp;
            best[slot] = weight;
            touched?.push(slot);
          } else if ((best[slot] ?? 0) < weight) best[slot] = weight;
        }
      }
      if (w === 0) {
        // First word: its postings are the candidates (minus removed postings).
        let n = 0;
        for (const slot of candidates) {
          if (this.docs[slot] === undefined) continue;
          this.total[slot] = best[slot] ?? 0;
          candidates[n++] = slot;
        }
        candidates.length = n;
      } else {
        // Later words: keep only candidates that hold this word too (AND).
        const kept: number[] = [];
        for (const slot of candidates) {
          if (marks[slot] !== stamp) continue;
          this.total[slot] = (this.total[slot] ?? 0) + (best[slot] ?? 0);
          kept.push(slot);
        }
        candidates = kept;
      }
    });
    return candidates;
  }

  private nextStamp(): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.tokenStamp.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /** Vocabulary words matching one query word: exact, as a prefix while typed, with typos. */
  private expand(word: string, open: boolean, fullText: boolean): Expansion {
    const key = `${open ? 1 : 0}${fullText ? 1 : 0}${word}`;
    const cached = this.expansions.get(key);
    if (cached) return cached;
    const out: Expansion = { termIds: [], quality: [], inText: [] };
    const seen = new Set<number>();
    const push = (id: number, quality: number, inText: boolean) => {
      if (seen.has(id)) return;
      if (!fullText && (this.metaPostings[id] as number[]).length === 0) return;
      seen.add(id);
      out.termIds.push(id);
      out.quality.push(quality);
      out.inText.push(inText);
    };
    const exact = this.termIds.get(word);
    if (exact !== undefined) push(exact, QUALITY_EXACT, true);
    if (open) {
      const textOk = word.length >= MIN_TEXT_PREFIX;
      for (let i = lowerBound(this.sortedTerms, word); i < this.sortedTerms.length; i++) {
        if (!(this.sortedTerms[i] as string).startsWith(word)) break;
        push(this.sortedIds[i] as number, QUALITY_PREFIX, textOk);
      }
    }
    const k = maxEdits(word);
    if (k > 0) this.expandTypos(word, k, open, push);
    this.expansions.set(key, out);
    return out;
  }

  /** Typo candidates via shared trigrams, confirmed by a bounded edit distance. */
  private expandTypos(
    word: string,
    k: number,
    open: boolean,
    push: (id: number, quality: number, inText: boolean) => void,
  ): void {
    const grams = trigramsOf(word);
    // Each edit destroys at most 4 of the word's trigrams (a swap); the open word may also
    // lose its end marker.
    const needed = Math.max(1, grams.length - 4 * k - (open ? 1 : 0));
    const counts = this.trigramCount;
    const touched: number[] = [];
    for (const gram of grams) {
      const ids = this.trigramTerms.get(gram);
      if (!ids) continue;
      for (const id of ids) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    for (const id of touched) {
      const shared = counts[id] ?? 0;
      counts[id] = 0;
      if (shared < needed) continue;
      const term = this.terms[id] as string;
      const d = boundedEditDistance(word, term, k);
      if (d <= k) {
        if (d > 0) push(id, QUALITY_TYPO[d] ?? QUALITY_TYPO[2], true);
      } else if (open && word.length >= 5 && term.length > word.length) {
        // A slip in the word being typed: "kubenr" -> Kubernetes.
        if (boundedEditDistance(word, term.slice(0, word.length), 1) <= 1) {
          push(id, QUALITY_TYPO_PREFIX, false);
        }
      }
    }
  }

  // ---- maintaining ----

  private add(doc: SearchDoc, record: IndexRecord | undefined): void {
    const slot = this.docs.length;
    this.docs.push(doc);
    this.records.push(record ?? { i: 0 });
    this.slotOf.set(doc.id, slot);
    this.ensureCapacity(slot + 1);
    const masks = new Map<string, number>();
    const mark = (text: string, bit: number) => {
      forEachToken(text, (t) => {
        if (t.length <= MAX_WORD) masks.set(t, (masks.get(t) ?? 0) | bit);
      });
    };
    mark(doc.title, F_TITLE);
    mark(doc.company, F_COMPANY);
    for (const l of doc.locations) mark(l, F_LOCATION);
    for (const s of doc.skills) mark(s, F_SKILL);
    for (const [term, mask] of masks) {
      (this.metaPostings[this.termId(term)] as number[]).push((slot << FIELD_BITS) | mask);
    }
    this.indexText(slot, doc.text);
  }

  /**
   * Posts each distinct word of a full text once. The scanner mirrors forEachToken but hashes
   * as it goes, so a word already in the vocabulary costs no string allocation.
   */
  private indexText(slot: number, text: string): void {
    const n = text.length;
    const mark = slot + 1;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      let ascii = true;
      while (i < n) {
        c = text.charCodeAt(i);
        if (!isWordChar(c)) break;
        if (c >= 65 && c <= 90) c += 32;
        else if (c >= 128) ascii = false;
        h = Math.imul(h ^ c, 16777619);
        i++;
      }
      while (i < n) {
        c = text.charCodeAt(i);
        if (c !== 43 && c !== 35) break;
        h = Math.imul(h ^ c, 16777619);
        i++;
      }
      const len = i - start;
      if (len > MAX_WORD) continue;
      let id = ascii ? this.findAscii(text, start, len, h) : -1;
      if (id < 0) id = this.termId(foldText(text.slice(start, i)));
      if (this.textSeen[id] === mark) continue;
      this.textSeen[id] = mark;
      if (this.bulk) this.addPair(id, slot);
      else (this.textExtra[id] ??= []).push(slot);
    }
  }

  private addPair(termId: number, slot: number): void {
    if (this.pairCount === this.pairTerm.length) {
      const size = Math.max(1 << 16, this.pairCount * 2);
      const terms = new Int32Array(size);
      terms.set(this.pairTerm);
      this.pairTerm = terms;
      const slots = new Int32Array(size);
      slots.set(this.pairSlot);
      this.pairSlot = slots;
    }
    this.pairTerm[this.pairCount] = termId;
    this.pairSlot[this.pairCount] = slot;
    this.pairCount++;
  }

  /** Counting sort of the bulk (term, slot) pairs into per-term runs, slots ascending. */
  private packTextPostings(): void {
    const termCount = this.terms.length;
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < this.pairCount; i++) {
      const t = this.pairTerm[i] as number;
      offsets[t + 1] = (offsets[t + 1] as number) + 1;
    }
    for (let t = 0; t < termCount; t++) {
      offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    }
    const fill = offsets.slice(0, termCount);
    const data = new Int32Array(this.pairCount);
    for (let i = 0; i < this.pairCount; i++) {
      const t = this.pairTerm[i] as number;
      const at = fill[t] as number;
      data[at] = this.pairSlot[i] as number;
      fill[t] = at + 1;
    }
    this.textOffsets = offsets;
    this.textData = data;
    this.pairTerm = new Int32Array(0);
    this.pairSlot = new Int32Array(0);
    this.pairCount = 0;
  }

  private findAscii(text: string, start: number, len: number, hash: number): number {
    const table = this.asciiTable;
    const mask = table.length - 1;
    for (let b = hash & mask; ; b = (b + 1) & mask) {
      const id = (table[b] as number) - 1;
      if (id < 0) return -1;
      const term = this.terms[id] as string;
      if (term.length !== len) continue;
      let k = 0;
      for (; k < len; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== term.charCodeAt(k)) break;
      }
      if (k === len) return id;
    }
  }

  private addAscii(term: string, id: number): void {
    let h = 0x811c9dc5;
    for (let k = 0; k < term.length; k++) {
      const c = term.charCodeAt(k);
      if (c >= 128) return;
      h = Math.imul(h ^ c, 16777619);
    }
    if ((this.asciiCount + 1) * 2 > this.asciiTable.length) this.growAscii();
    const table = this.asciiTable;
    const mask = table.length - 1;
    let b = h & mask;
    while (table[b] !== 0) b = (b + 1) & mask;
    table[b] = id + 1;
    this.asciiCount++;
  }

  private growAscii(): void {
    const old = this.asciiTable;
    this.asciiTable = new Int32Array(old.length * 2);
    this.asciiCount = 0;
    for (const entry of old) {
      if (entry !== 0) this.addAscii(this.terms[entry - 1] as string, entry - 1);
    }
  }

  /** Empties the slot of `id`; postings pointing at it are skipped until compaction. */
  private detach(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.docs[slot] = undefined;
    this.records[slot] = undefined;
    this.dead++;
    return true;
  }

  private changed(): void {
    this.expansions.clear();
    this.results.clear();
    if (this.dead > 1000 && this.dead > this.slotOf.size) this.compact();
  }

  /** Rebuilds from the live postings once removed ones outnumber them. */
  private compact(): void {
    const live = this.docs.filter((d): d is SearchDoc => d !== undefined);
    const fresh = new InvertedSearchIndex(live);
    Object.assign(this, fresh);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.terms.push(term);
    this.termIds.set(term, id);
    this.metaPostings.push([]);
    this.textExtra.push(undefined);
    this.addAscii(term, id);
    for (const gram of trigramsOf(term)) {
      const list = this.trigramTerms.get(gram);
      if (list) list.push(id);
      else this.trigramTerms.set(gram, [id]);
    }
    if (this.trigramCount.length <= id) {
      const size = Math.max(1024, (id + 1) * 2);
      const counts = new Uint16Array(size);
      counts.set(this.trigramCount);
      this.trigramCount = counts;
      const seen = new Int32Array(size);
      seen.set(this.textSeen);
      this.textSeen = seen;
    }
    if (!this.bulk) {
      const at = lowerBound(this.sortedTerms, term);
      this.sortedTerms.splice(at, 0, term);
      this.sortedIds.splice(at, 0, id);
    }
    return id;
  }

  private sortVocabulary(): void {
    const ids = this.terms.map((_, i) => i);
    ids.sort((a, b) => {
      const ta = this.terms[a] as string;
      const tb = this.terms[b] as string;
      return ta < tb ? -1 : ta > tb ? 1 : 0;
    });
    this.sortedIds = ids;
    this.sortedTerms = ids.map((i) => this.terms[i] as string);
  }

  private ensureCapacity(slots: number): void {
    if (this.total.length >= slots) return;
    const size = Math.max(1024, slots * 2);
    const grow = <A extends Float32Array | Uint32Array>(a: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(a);
      return next;
    };
    this.tokenBest = grow(this.tokenBest, (n) => new Float32Array(n));
    this.tokenStamp = grow(this.tokenStamp, (n) => new Uint32Array(n));
    this.total = grow(this.total, (n) => new Float32Array(n));
  }
}

// fuse.js scores a field exactly equal to the query as perfect (0) and any other exact match
// as 0.001, so a skill "Kubernetes" would outrank the title "Kubernetes Engineer" whatever the
// weights. A leading space makes no field equal to a query word; weights then decide.
const fuseValue = (text: string) => ` ${foldText(text)}`;

function toFuseDoc(doc: SearchDoc, slot: number): FuseDoc {
  return {
    slot,
    title: fuseValue(doc.title),
    company: fuseValue(doc.company),
    locations: doc.locations.map(fuseValue),
    skills: doc.skills.map(fuseValue),
  };
}

/** One word: a plain fuse query. Several: each must match in some field (AND of ORs). */
function fuseQuery(words: readonly string[]): string | Expression {
  if (words.length === 1) return words[0] as string;
  return { $and: words.map((w) => ({ $or: FUSE_KEYS.map((key) => ({ [key]: w })) })) };
}

/** Distinct trigrams of a word padded with start and end markers: "go" -> ["^go", "go$"]. */
function trigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    if (!out.includes(gram)) out.push(gram);
  }
  return out;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the search index over the library's postings (edited values, not raw parse output).
 * Typo-tolerant: up to one typo in words of 4-7 letters, two from 8; the last word matches as
 * a prefix while it is being typed. Every query word must match somewhere (AND).
 * @example
 *   const index = createSearchIndex(records.map(toSearchDoc));
 *   index.search('kubernets');                     // postings mentioning Kubernetes
 *   index.search('nurse', { fullText: true, limit: 100 })[0]?.highlights.title;
 */
export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  return new InvertedSearchIndex(docs);
}
