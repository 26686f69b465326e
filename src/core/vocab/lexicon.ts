/**
 * A phrase lexicon: a trie over token word ids, scanned once over a tokenised text with longest
 * match first. Thousands of phrases cost one integer-keyed probe per token (only tokens that start
 * some phrase go further), never one regex per phrase and never a substring per n-gram.
 *
 * A phrase is its tokens, hyphens dropped, each after the first joined to the previous one either
 * with nothing (no whitespace: "c" "+" "+", "node" "." "js") or with a space (whitespace or a
 * hyphen: "scikit-learn" = "scikit learn"). The text is walked the same way.
 */
import { WORDS, isJoined, punctOf, tokenizePhrase } from './tokenize';
import type { TokenizedText } from './tokenize';

const HYPHEN = 45;

/** Open-addressing map (node, label) -> child node, in typed arrays. */
export class EdgeTable {
  private nodes = new Int32Array(1 << 12).fill(-1);
  private labels = new Int32Array(1 << 12);
  private children = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private size = 0;

  get(node: number, label: number): number {
    for (let slot = mix(node, label) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.nodes[slot] ?? -1;
      if (at === -1) return -1;
      if (at === node && this.labels[slot] === label) return this.children[slot] ?? -1;
    }
  }

  set(node: number, label: number, child: number): void {
    if ((this.size + 1) * 2 > this.mask) this.grow();
    let slot = mix(node, label) & this.mask;
    while ((this.nodes[slot] ?? -1) !== -1) slot = (slot + 1) & this.mask;
    this.nodes[slot] = node;
    this.labels[slot] = label;
    this.children[slot] = child;
    this.size++;
  }

  private grow(): void {
    const { nodes, labels, children } = this;
    const capacity = (this.mask + 1) * 2;
    this.nodes = new Int32Array(capacity).fill(-1);
    this.labels = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let slot = 0; slot < nodes.length; slot++) {
      const node = nodes[slot] ?? -1;
      if (node !== -1) this.set(node, labels[slot] ?? 0, children[slot] ?? 0);
    }
  }
}

function mix(node: number, label: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(label, 0x85ebca77);
  return h ^ (h >>> 15);
}

/** The edge label of a word id and its separator from the previous token (1: a space). */
function labelOf(id: number, spaced: boolean): number {
  return id * 2 + (spaced ? 1 : 0);
}

export interface Lexicon<T> {
  readonly edges: EdgeTable;
  /** The payload of the phrase ending at each trie node (node 0 is the root). */
  readonly payloads: (T | undefined)[];
  /** Whether each trie node has a child: at a leaf the scan stops without probing. */
  readonly hasChildren: boolean[];
  /**
   * The root's child of each word id (-1: none; see `rootsOf`), built at the first scan after a
   * phrase was added: most tokens start no phrase, and an array read rejects them faster than a
   * probe.
   */
  roots: Int32Array | null;
}

export interface PhraseMatch<T> {
  payload: T;
  /** Inclusive token indexes. */
  first: number;
  last: number;
}

/**
 * Adds a phrase. Returns the payload already stored under the same phrase, if any (the caller
 * decides whether that is a conflict), and leaves the first one in place.
 */
export function addPhrase<T>(lexicon: Lexicon<T>, phrase: string, payload: T): T | undefined {
  let node = 0;
  let spaced = false;
  for (const token of tokenizePhrase(phrase)) {
    if (token.norm === '-') {
      spaced = true;
      continue;
    }
    const label = labelOf(WORDS.intern(token.norm), node !== 0 && (spaced || !token.joined));
    let child = lexicon.edges.get(node, label);
    if (child === -1) {
      child = lexicon.payloads.length;
      lexicon.payloads.push(undefined);
      lexicon.hasChildren.push(false);
      lexicon.hasChildren[node] = true;
      lexicon.edges.set(node, label, child);
      if (node === 0) lexicon.roots = null;
    }
    node = child;
    spaced = false;
  }
  if (node === 0) return undefined;
  const existing = lexicon.payloads[node];
  if (existing !== undefined) return existing;
  lexicon.payloads[node] = payload;
  return undefined;
}

export function createLexicon<T>(): Lexicon<T> {
  return { edges: new EdgeTable(), payloads: [undefined], hasChildren: [false], roots: null };
}

/**
 * The root table of a lexicon, indexed by word id + 1 (index 0: an unknown word, -1), rebuilt
 * when `WORDS` has grown past it.
 */
function rootsOf<T>(lexicon: Lexicon<T>, tableSize: number): Int32Array {
  if (lexicon.roots !== null && lexicon.roots.length > tableSize) return lexicon.roots;
  const roots = new Int32Array(WORDS.words.length + 1);
  roots[0] = -1;
  for (let id = 0; id < WORDS.words.length; id++) {
    roots[id + 1] = lexicon.edges.get(0, labelOf(id, false));
  }
  lexicon.roots = roots;
  return roots;
}

/**
 * Scans tokens left to right; at each token tries the longest phrase first and asks `accept`
 * (local rules: case, neighbours). An accepted match consumes its tokens. Phrases never cross a
 * line break.
 */
export function scanPhrases<T>(
  tt: TokenizedText,
  lexicon: Lexicon<T>,
  accept: (payload: T, first: number, last: number) => boolean,
): PhraseMatch<T>[] {
  const { edges, payloads, hasChildren } = lexicon;
  const roots = rootsOf(lexicon, tt.tableSize);
  const { id, line, count } = tt;
  const matches: PhraseMatch<T>[] = [];
  const candidateEnds: number[] = [];
  const candidatePayloads: T[] = [];
  let i = 0;
  while (i < count) {
    // Skip to the next token that starts a phrase, most tokens start none: no call in this loop.
    let node = -1;
    for (; i < count; i++) {
      node = roots[(id[i] ?? -1) + 1] ?? -1;
      if (node !== -1) break;
    }
    if (node === -1) break;
    // A count instead of `length = 0`: truncating the arrays at every root hit was a builtin call.
    let candidates = 0;
    let payload = payloads[node];
    if (payload !== undefined) {
      candidateEnds[candidates] = i;
      candidatePayloads[candidates++] = payload;
    }
    const lineOf = line[i];
    let spaced = false;
    for (let j = i + 1; hasChildren[node] === true && j < count && line[j] === lineOf; j++) {
      if (punctOf(tt, j) === HYPHEN) {
        spaced = true;
        continue;
      }
      const next = id[j] ?? -1;
      if (next < 0) break;
      node = edges.get(node, labelOf(next, spaced || !isJoined(tt, j)));
      if (node === -1) break;
      spaced = false;
      payload = payloads[node];
      if (payload !== undefined) {
        candidateEnds[candidates] = j;
        candidatePayloads[candidates++] = payload;
      }
    }
    let matched = false;
    for (let c = candidates - 1; c >= 0; c--) {
      const last = candidateEnds[c] ?? i;
      const found = candidatePayloads[c];
      if (found === undefined) continue;
      if (accept(found, i, last)) {
        matches.push({ payload: found, first: i, last });
        i = last + 1;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return matches;
}
