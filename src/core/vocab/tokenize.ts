/**
 * The one tokeniser behind the skills and benefits matchers. A single pass over the text, no
 * regex on the hot path (only for the rare non-ASCII character), offsets kept for evidence spans.
 * Vocabulary phrases go through the same scan, so "scikit-learn", "C++" or "401(k)" in the
 * vocabulary and in a posting always produce the same tokens.
 *
 * Tokens are columns of numbers, not objects: a 6 KB posting has ~1,300 tokens and the matchers
 * only ever compare them. A token's word is an id in the shared `WordTable` (every word the
 * vocabularies know), found by hashing the lowercased characters in place: no substring is built.
 */

/** Interned vocabulary words (lowercased tokens): id = index. Append-only, shared by all lexicons. */
export class WordTable {
  readonly words: string[] = [];
  // Open addressing, two Int32 per slot: [hash, id + 1] (0: empty), so a probe reads one line.
  private slots = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;
  // Every word's characters, back to back: comparing reads them in order.
  private chars = new Uint16Array(1 << 15);
  private charsUsed = 0;
  private readonly offsets: number[] = [];
  // One bit per value of a hash's top 16 bits: most unknown words of a text stop at this
  // small (L1-sized) set, before the slots.
  private readonly hashBits = new Int32Array(1 << 11);

  /** The id of a word, adding it when new. */
  intern(word: string): number {
    const found = this.find(word);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    if (this.charsUsed + word.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    this.offsets.push(this.charsUsed);
    for (let k = 0; k < word.length; k++) this.chars[this.charsUsed++] = word.charCodeAt(k);
    if (this.words.length * 2 > this.mask) this.grow();
    else this.place(id, hashString(word));
    return id;
  }

  /** The id of a word, or -1 when no vocabulary knows it. */
  find(word: string): number {
    return this.findRange(word, 0, word.length, hashString(word));
  }

  /** The id of `source.slice(from, to)` (whose hash is `hash`), or -1; allocates nothing. */
  findRange(source: string, from: number, to: number, hash: number): number {
    const { slots, chars } = this;
    const length = to - from;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot * 2 + 1] ?? 0;
      if (entry === 0) return -1;
      if (slots[slot * 2] !== hash) continue;
      const id = entry - 1;
      const offset = this.offsets[id] ?? 0;
      if ((this.offsets[id + 1] ?? this.charsUsed) - offset !== length) continue;
      let k = 0;
      while (k < length && chars[offset + k] === source.charCodeAt(from + k)) k++;
      if (k === length) return id;
    }
  }

  /**
   * `findRange` for `source.slice(from, to)` lowercased while comparing, through `wordLower`
   * (`hash` is over the lowercased characters): no lowercased copy of the text is needed. Every
   * character in the range must be a word character with a simple lowercase.
   */
  findLoweredRange(source: string, from: number, to: number, hash: number): number {
    const top = hash >>> 16;
    if (((this.hashBits[top >>> 5] ?? 0) & (1 << (top & 31))) === 0) return -1;
    const { slots, chars } = this;
    const length = to - from;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot * 2 + 1] ?? 0;
      if (entry === 0) return -1;
      if (slots[slot * 2] !== hash) continue;
      const id = entry - 1;
      const offset = this.offsets[id] ?? 0;
      if ((this.offsets[id + 1] ?? this.charsUsed) - offset !== length) continue;
      let k = 0;
      while (k < length && chars[offset + k] === wordLower[source.charCodeAt(from + k)]) k++;
      if (k === length) return id;
    }
  }

  private place(id: number, hash: number): void {
    let slot = hash & this.mask;
    while ((this.slots[slot * 2 + 1] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = id + 1;
    const top = hash >>> 16;
    this.hashBits[top >>> 5] = (this.hashBits[top >>> 5] ?? 0) | (1 << (top & 31));
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.words.forEach((word, id) => this.place(id, hashString(word)));
  }
}

/** FNV-1a over UTF-16 code units; `hashStep` is the same step, for hashing while scanning. */
function hashString(word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  return hash;
}
const HASH_SEED = 0x811c9dc5 | 0;
/** An ASCII code lowercased (A-Z only, as toLowerCase does for ASCII). */
function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The word table of every vocabulary: ids stay valid as vocabularies are added. */
export const WORDS = new WordTable();

/** Token flags, in `TokenizedText.info` (bits 8+ hold the folded character of a punctuation token). */
export const WORD = 1;
/** No whitespace between the previous token and this one ("C" "++", "401" "(" "k" ")"). */
export const JOINED = 2;

export interface TokenizedText {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Line of each token (non-decreasing). */
  line: Int32Array;
  /** Sentence id of each token (non-decreasing; ids that hold no token are skipped). */
  sentence: Int32Array;
  /** WORD | JOINED | (folded character code << 8 for punctuation). */
  info: Int32Array;
  /** The token's id in `WORDS` (lowercased word or folded punctuation), -1 when unknown. */
  id: Int32Array;
  /** The buffer behind the six columns, for `tokenize`'s `reuse`. */
  columns: Int32Array;
  /** Start offset of each line; a line is what a newline ends. */
  lineStarts: number[];
  /** How many words `WORDS` held when this was tokenised (ids of later words are missing). */
  tableSize: number;
}

/** The folded character of a punctuation token, or 0 for a word. */
export function punctOf(tt: TokenizedText, k: number): number {
  return (tt.info[k] ?? 0) >> 8;
}

export function isWord(tt: TokenizedText, k: number): boolean {
  return ((tt.info[k] ?? 0) & WORD) !== 0;
}

export function isJoined(tt: TokenizedText, k: number): boolean {
  return ((tt.info[k] ?? 0) & JOINED) !== 0;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

// Character classes. A word is a run of letters, digits and marks; anything else that is not
// whitespace is a one-character punctuation token.
const PUNCT = 0;
const WORD_CHAR = 1;
const SPACE = 2;
const NEWLINE = 3;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 10) ASCII_CLASS[c] = NEWLINE;
  else if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) ASCII_CLASS[c] = SPACE;
  else if (alnum) ASCII_CLASS[c] = WORD_CHAR;
}

// The class of each non-ASCII code unit plus one (0: not looked up yet): the Unicode regex runs
// once per distinct character, not once per occurrence.
const wideClasses = new Uint8Array(0x10000);

function classOf(code: number): number {
  if (code < 128) return ASCII_CLASS[code] ?? PUNCT;
  const known = wideClasses[code] ?? 0;
  if (known !== 0) return known - 1;
  const kind = classOfWide(code);
  wideClasses[code] = kind + 1;
  return kind;
}

// The lowercased code of each word character, 0 for any other character: words are hashed and
// compared lowercased without a lowercased copy of the text. Non-ASCII characters are looked up
// on first sight (UNSEEN until then). COMPLEX: a lowercase that is longer ("İ") or depends on
// the neighbours (a final "Σ"); such words take the slow path.
const UNSEEN = 0xffff;
const COMPLEX = 0xfffe;
const CAPITAL_SIGMA = 0x3a3;
const wordLower = new Uint16Array(0x10000).fill(UNSEEN, 128);
for (let c = 0; c < 128; c++) wordLower[c] = ASCII_CLASS[c] === WORD_CHAR ? asciiLower(c) : 0;

function learnWordLower(code: number): number {
  let lower = 0;
  if (classOf(code) === WORD_CHAR) {
    const lowered = String.fromCharCode(code).toLowerCase();
    lower = lowered.length === 1 && code !== CAPITAL_SIGMA ? lowered.charCodeAt(0) : COMPLEX;
  }
  wordLower[code] = lower;
  return lower;
}

function classOfWide(code: number): number {
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return NEWLINE;
  if (
    code === 160 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  ) {
    return SPACE;
  }
  // A lone code unit: a surrogate half matches no letter class, as with `charAt`.
  return NON_ASCII_WORD.test(String.fromCharCode(code)) ? WORD_CHAR : PUNCT;
}

/** Punctuation folded so that typographic variants match the vocabulary's ASCII spelling. */
function foldPunct(code: number): number {
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x60) return 39; // '
  if (code === 0x2010 || code === 0x2011 || code === 0x2012) return 45; // -
  if (code === 0xff0b) return 43; // +
  return code;
}

/** Characters after which, followed by a space, a new sentence starts. Bullets start one too. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59; // . ! ? ;
}

function isBulletChar(code: number): boolean {
  return code === 0x2022 || code === 0xb7 || code === 0x25aa || code === 0x25cf || code === 0x25e6;
}

// Ids of the ASCII punctuation characters, refreshed when the table grows.
const asciiIds = new Int32Array(128);
let asciiIdsSize = -1;

function refreshAsciiIds(): void {
  if (asciiIdsSize === WORDS.words.length) return;
  for (let c = 0; c < 128; c++) asciiIds[c] = WORDS.find(String.fromCharCode(c));
  asciiIdsSize = WORDS.words.length;
}

/** The id of a folded punctuation character (`refreshAsciiIds` first). */
function punctId(code: number): number {
  if (code >= 128) return WORDS.find(String.fromCharCode(code));
  return asciiIds[code] ?? -1;
}

/**
 * A vocabulary phrase as lowercased token strings with their joined flags (build time only).
 * The same character classes and lowercasing as `tokenize`, so both sides always agree; a
 * separate function so that thousands of short phrases do not shape the text scanner's JIT code.
 */
export function tokenizePhrase(phrase: string): { norm: string; joined: boolean }[] {
  const lowered = phrase.toLowerCase();
  const sameLength = lowered.length === phrase.length;
  const out: { norm: string; joined: boolean }[] = [];
  const n = phrase.length;
  let joined = false;
  let i = 0;
  while (i < n) {
    const code = phrase.charCodeAt(i);
    const kind = classOf(code);
    if (kind === NEWLINE || kind === SPACE) {
      joined = false;
      i++;
      continue;
    }
    if (kind === WORD_CHAR) {
      let j = i + 1;
      while (j < n && classOf(phrase.charCodeAt(j)) === WORD_CHAR) j++;
      const norm = sameLength ? lowered.slice(i, j) : phrase.slice(i, j).toLowerCase();
      out.push({ norm, joined });
      i = j;
    } else {
      out.push({ norm: String.fromCharCode(foldPunct(code)), joined });
      i++;
    }
    joined = true;
  }
  return out;
}

const COLUMNS = 6;
// Column k of a buffer holding `stride` tokens per column starts at k * stride.
const START = 0;
const END = 1;
const LINE = 2;
const SENTENCE = 3;
const INFO = 4;
const ID = 5;

/** A buffer for twice as many tokens, each column keeping its first `count` values. */
function grow(columns: Int32Array, stride: number, count: number): Int32Array {
  const bigger = new Int32Array(stride * 2 * COLUMNS);
  for (let k = 0; k < COLUMNS; k++) {
    bigger.set(columns.subarray(k * stride, k * stride + count), k * stride * 2);
  }
  return bigger;
}

/**
 * Splits text into word tokens (letters and digits) and single punctuation tokens, with their
 * ids in `WORDS`. Example: "C++/Node.js" -> c + + / node . js, all joined after the first.
 * `reuse`: the `columns` of tokens no longer needed, overwritten instead of allocating anew.
 */
export function tokenize(text: string, reuse: Int32Array | null = null): TokenizedText {
  refreshAsciiIds();
  const n = text.length;
  // Typed columns sized for prose (about one token per 5 characters), doubled when full; one
  // buffer for all six, as allocating costs more than filling it. Plain indexes into the one
  // buffer (column * stride + token), not six views: fewer objects to keep in registers.
  let stride = (n >> 2) + 16;
  if (reuse !== null) stride = Math.max(stride, Math.floor(reuse.length / COLUMNS));
  let columns =
    reuse !== null && reuse.length >= stride * COLUMNS ? reuse : new Int32Array(stride * COLUMNS);
  const lineStarts = [0];
  // The lowercased text, made only for the first word with a COMPLEX character.
  let lowered: string | null = null;
  let count = 0;
  let line = 0;
  let sentence = 0;
  let joined = 0;
  let breakPending = false;
  // Folded character of the last token when it was punctuation, else 0.
  let lastPunct = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Words first: most characters are letters, and wordLower tells them apart in one read.
    let lower = wordLower[code] ?? 0;
    if (lower === UNSEEN) lower = learnWordLower(code);
    if (lower === 0) {
      const kind = code === 32 ? SPACE : classOf(code);
      if (kind === SPACE) {
        joined = 0;
        if (endsSentence(lastPunct)) breakPending = true;
        i++;
        continue;
      }
      if (kind === NEWLINE) {
        line++;
        lineStarts.push(i + 1);
        breakPending = true;
        joined = 0;
        i++;
        continue;
      }
    }
    if (breakPending) {
      sentence++;
      breakPending = false;
    }
    if (count === stride) {
      columns = grow(columns, stride, count);
      stride *= 2;
    }
    columns[START * stride + count] = i;
    columns[LINE * stride + count] = line;
    if (lower !== 0) {
      let simple = lower !== COMPLEX;
      let hash = hashStep(HASH_SEED, lower);
      let j = i + 1;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        let next = wordLower[c] ?? 0;
        // One test on the common path: UNSEEN and COMPLEX are the two largest codes.
        if (next >= COMPLEX) {
          if (next === UNSEEN) next = learnWordLower(c);
          if (next === COMPLEX) simple = false;
        }
        if (next === 0) break;
        hash = hashStep(hash, next);
      }
      let id: number;
      if (simple) {
        id = WORDS.findLoweredRange(text, i, j, hash);
      } else {
        lowered ??= text.toLowerCase();
        id = complexWordId(text, lowered, i, j);
      }
      columns[END * stride + count] = j;
      columns[INFO * stride + count] = WORD | joined;
      columns[ID * stride + count] = id;
      lastPunct = 0;
      i = j;
    } else {
      const folded = foldPunct(code);
      if (isBulletChar(folded) && count > 0) sentence++;
      columns[END * stride + count] = i + 1;
      columns[INFO * stride + count] = (folded << 8) | joined;
      columns[ID * stride + count] = punctId(folded);
      lastPunct = folded;
      i++;
    }
    // After the punctuation branch: a bullet starts a sentence.
    columns[SENTENCE * stride + count] = sentence;
    count++;
    joined = JOINED;
  }
  const column = (k: number): Int32Array => columns.subarray(k * stride, k * stride + count);
  return {
    text,
    count,
    start: column(START),
    end: column(END),
    line: column(LINE),
    sentence: column(SENTENCE),
    info: column(INFO),
    id: column(ID),
    columns,
    lineStarts,
    tableSize: WORDS.words.length,
  };
}

/**
 * The id of text[from, to), a word with a COMPLEX character, read from the lowercased text
 * (lowercasing the whole text keeps a final sigma's context). toLowerCase can change the
 * length of a few characters ("İ"); then the word is lowercased on its own.
 */
function complexWordId(text: string, lowered: string, from: number, to: number): number {
  if (lowered.length !== text.length) return WORDS.find(text.slice(from, to).toLowerCase());
  let hash = HASH_SEED;
  for (let k = from; k < to; k++) hash = hashStep(hash, lowered.charCodeAt(k));
  return WORDS.findRange(lowered, from, to, hash);
}
