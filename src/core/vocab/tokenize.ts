/**
 * The one tokeniser behind the skills and benefits matchers. A single pass over the text, no
 * regex on the hot path (only for the rare non-ASCII character), offsets kept for evidence spans.
 * Vocabulary phrases go through the same scan, so "scikit-learn", "C++" or "401(k)" in the
 * vocabulary and in a posting always produce the same tokens.
 *
 * Tokens are columns of numbers, not objects: a 6 KB posting has ~1,300 tokens and the matchers
 * only ever compare them. A token's word is an id in the shared `WordTable` (every word the
 * vocabularies know), found from its lowercased characters packed into integers while scanning
 * (a long or non-ASCII word: hashed in place): no substring is built.
 */

/** Interned vocabulary words (lowercased tokens): id = index. Append-only, shared by all lexicons. */
export class WordTable {
  readonly words: string[] = [];
  // Open addressing, four Int32 per slot, so a probe reads one line. A short ASCII word's key is
  // its characters (`packStep`), and equal keys are equal words: [key, key2, key3, id + 1]. Any
  // other word's key is its hash, confirmed character by character on a match: [hash, offset in
  // `chars`, -1 - length, id + 1]. id + 1 = 0: an empty slot.
  private slots = new Int32Array(4 << 12);
  private mask = (1 << 12) - 1;
  // Every word's characters, back to back: comparing reads them in order.
  private chars = new Uint16Array(1 << 15);
  private charsUsed = 0;
  // One bit per value of a slot hash's top 16 bits: most unknown words of a text stop at this
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
    for (let k = 0; k < word.length; k++) this.chars[this.charsUsed + k] = word.charCodeAt(k);
    if (this.words.length * 2 > this.mask) this.grow();
    else this.place(id, word, this.charsUsed);
    this.charsUsed += word.length;
    return id;
  }

  /** The id of a word, or -1 when no vocabulary knows it. */
  find(word: string): number {
    if (isPackable(word)) {
      let key = 0;
      let key2 = 0;
      let key3 = 0;
      for (let k = 0; k < word.length; k++) {
        key3 = packStep2(key2, key3);
        key2 = packStep2(key, key2);
        key = packStep(key, word.charCodeAt(k));
      }
      return this.findPacked(key, key2, key3);
    }
    return this.findHashed(word, 0, word.length, hashString(word), false);
  }

  /** The id of a short ASCII word from its packed characters (`packStep`), or -1. */
  findPacked(key: number, key2: number, key3: number): number {
    const hash = mixKey(key ^ key3, key2);
    const top = hash >>> 16;
    if (((this.hashBits[top >>> 5] ?? 0) & (1 << (top & 31))) === 0) return -1;
    const { slots } = this;
    const mask = this.mask * 4;
    for (let slot = (hash * 4) & mask; ; slot = (slot + 4) & mask) {
      const entry = slots[slot + 3] ?? 0;
      if (entry === 0) return -1;
      if (slots[slot] === key && slots[slot + 1] === key2 && slots[slot + 2] === key3) {
        return entry - 1;
      }
    }
  }

  /**
   * The id of `source.slice(from, to)` (whose hash is `hash`), or -1; allocates nothing. `lower`:
   * the range is lowercased while comparing, through `wordLower` (`hash` is over the lowercased
   * characters, and every character must be a word character with a simple lowercase).
   */
  findHashed(source: string, from: number, to: number, hash: number, lower: boolean): number {
    const length = to - from;
    const key3 = -1 - length;
    const slotHash = mixKey(hash ^ key3, 0);
    const top = slotHash >>> 16;
    if (((this.hashBits[top >>> 5] ?? 0) & (1 << (top & 31))) === 0) return -1;
    const { slots, chars } = this;
    const mask = this.mask * 4;
    for (let slot = (slotHash * 4) & mask; ; slot = (slot + 4) & mask) {
      const entry = slots[slot + 3] ?? 0;
      if (entry === 0) return -1;
      if (slots[slot] !== hash || slots[slot + 2] !== key3) continue;
      const offset = slots[slot + 1] ?? 0;
      let k = 0;
      if (lower) {
        while (k < length && chars[offset + k] === wordLower[source.charCodeAt(from + k)]) k++;
      } else {
        while (k < length && chars[offset + k] === source.charCodeAt(from + k)) k++;
      }
      if (k === length) return entry - 1;
    }
  }

  private place(id: number, word: string, offset: number): void {
    let key = 0;
    let key2 = 0;
    let key3 = 0;
    if (isPackable(word)) {
      for (let k = 0; k < word.length; k++) {
        key3 = packStep2(key2, key3);
        key2 = packStep2(key, key2);
        key = packStep(key, word.charCodeAt(k));
      }
    } else {
      key = hashString(word);
      key2 = offset;
      key3 = -1 - word.length;
    }
    const hash = isPackable(word) ? mixKey(key ^ key3, key2) : mixKey(key ^ key3, 0);
    const mask = this.mask * 4;
    let slot = (hash * 4) & mask;
    while ((this.slots[slot + 3] ?? 0) !== 0) slot = (slot + 4) & mask;
    this.slots[slot] = key;
    this.slots[slot + 1] = key2;
    this.slots[slot + 2] = key3;
    this.slots[slot + 3] = id + 1;
    const top = hash >>> 16;
    this.hashBits[top >>> 5] = (this.hashBits[top >>> 5] ?? 0) | (1 << (top & 31));
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 4);
    this.mask = size - 1;
    let offset = 0;
    for (let id = 0; id < this.words.length; id++) {
      const word = this.words[id] ?? '';
      this.place(id, word, offset);
      offset += word.length;
    }
  }
}

/**
 * Up to 13 characters of 7 bits fit in three Int32 exactly (91 bits), nearly every word: their
 * key needs no character comparison. Codes 1-127, so a shorter word never packs like a longer
 * one, and the top key stays below 2^27 (never negative like a hashed word's length mark).
 */
const PACKED_LENGTH = 13;

function isPackable(word: string): boolean {
  if (word.length > PACKED_LENGTH) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code === 0 || code >= 128) return false;
  }
  return true;
}

/** The low 32 bits of the packed characters after one more (`code` < 128). */
function packStep(key: number, code: number): number {
  return (key << 7) | code;
}

/** The next higher bits after one more character (from the lower bits before it). */
function packStep2(key: number, key2: number): number {
  return (key2 << 7) | (key >>> 25);
}

/** The slot hash of a key pair. */
function mixKey(key: number, key2: number): number {
  const h = Math.imul(key ^ Math.imul(key2, 0x9e3779b1), 0x85ebca77);
  return h ^ (h >>> 15);
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
/** A word with a non-ASCII character ("développeur", "13ème"). */
export const WIDE = 4;

export interface TokenizedText {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Line of each token (non-decreasing). */
  line: Int32Array;
  /** Sentence id of each token (non-decreasing; ids that hold no token are skipped). */
  sentence: Int32Array;
  /** WORD | JOINED | WIDE | (folded character code << 8 for punctuation). */
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

export function isWide(tt: TokenizedText, k: number): boolean {
  return ((tt.info[k] ?? 0) & WIDE) !== 0;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

// Character classes. A word is a run of letters, digits and marks; anything else that is not
// whitespace is a one-character punctuation token.
const PUNCT = 0;
const WORD_CHAR = 1;
const SPACE = 2;
const NEWLINE = 3;
// A character of a script written without spaces between words (Chinese, Japanese, Korean's
// syllables, Thai): each is a word token of its own, so that "熟练掌握Java基础" holds the token
// "java" and a vocabulary term next to such text is found as in spaced text.
const IDEOGRAPH = 4;

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

/** The class of a character; a non-ASCII one is learned (class and lowercase) on first sight. */
function classOf(code: number): number {
  if (code < 128) return ASCII_CLASS[code] ?? PUNCT;
  const known = wideClasses[code] ?? 0;
  if (known !== 0) return known - 1;
  return learnWide(code);
}

// The lowercased code of each word character, 0 for any other character and for a non-ASCII
// character not seen yet (see `classOf`): words are hashed and compared lowercased without a
// lowercased copy of the text. COMPLEX: a lowercase that is longer ("İ") or depends on the
// neighbours (a final "Σ"); such words take the slow path.
const COMPLEX = 0xfffe;
const CAPITAL_SIGMA = 0x3a3;
const wordLower = new Uint16Array(0x10000);
for (let c = 0; c < 128; c++) wordLower[c] = ASCII_CLASS[c] === WORD_CHAR ? asciiLower(c) : 0;

function learnWide(code: number): number {
  const kind = classOfWide(code);
  wideClasses[code] = kind + 1;
  if (kind === WORD_CHAR) {
    const lowered = String.fromCharCode(code).toLowerCase();
    // The Kelvin sign lower-cases to an ASCII "k": COMPLEX too (same id), so that a word's
    // lowered codes tell whether it holds a non-ASCII character (see WIDE).
    wordLower[code] =
      lowered.length === 1 && code !== CAPITAL_SIGMA && lowered.charCodeAt(0) >= 128
        ? lowered.charCodeAt(0)
        : COMPLEX;
  }
  return kind;
}

/** A letter not seen before, whose `wordLower` still reads 0 (learns it). */
function isNewWordChar(code: number): boolean {
  return code >= 128 && (wideClasses[code] ?? 0) === 0 && learnWide(code) === WORD_CHAR;
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
  if (isUnspacedScript(code)) return IDEOGRAPH;
  // A lone code unit: a surrogate half matches no letter class, as with `charAt`.
  return NON_ASCII_WORD.test(String.fromCharCode(code)) ? WORD_CHAR : PUNCT;
}

/**
 * Thai, Hangul jamo and syllables, kana (not the middle dot '・', a list separator), CJK
 * ideographs (with extension A and compatibility).
 */
function isUnspacedScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0e7f) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3040 && code <= 0x30ff && code !== 0x30fb) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f)
  );
}

/**
 * Whether token k is one character of a script written without spaces, standing against the
 * token `other` (no space between them): "SNS運用", "AWSの".
 */
export function isGluedToUnspaced(tt: TokenizedText, k: number, other: number): boolean {
  if (k < 0 || k >= tt.count || other < 0 || other >= tt.count) return false;
  if (!isJoined(tt, Math.max(k, other))) return false;
  const start = tt.start[k] ?? 0;
  return (tt.end[k] ?? 0) === start + 1 && isUnspacedScript(tt.text.charCodeAt(start));
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
    } else if (kind === IDEOGRAPH) {
      out.push({ norm: phrase.charAt(i), joined });
      i++;
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
    let kind = WORD_CHAR;
    if (lower === 0) {
      kind = code === 32 ? SPACE : classOf(code);
      // A letter seen for the first time: `classOf` has just learned its lowercase.
      if (kind === WORD_CHAR) lower = wordLower[code] ?? 0;
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
      // The packed key (see `PACKED_LENGTH`) while scanning: most words need nothing else.
      let key = lower;
      let key2 = 0;
      let key3 = 0;
      // Every lowered code OR-ed: 128 and above means a non-ASCII or COMPLEX character.
      let codes = lower;
      let j = i + 1;
      for (;;) {
        // No call in this loop: it is the hottest of the parser.
        for (; j < n; j++) {
          const next = wordLower[text.charCodeAt(j)] ?? 0;
          if (next === 0) break;
          key3 = packStep2(key2, key3);
          key2 = packStep2(key, key2);
          key = packStep(key, next);
          codes |= next;
        }
        // Unless it stopped at a letter never seen before, which goes on the word.
        if (j === n || !isNewWordChar(text.charCodeAt(j))) break;
      }
      let id: number;
      if (codes < 128 && j - i <= PACKED_LENGTH) {
        id = WORDS.findPacked(key, key2, key3);
      } else {
        id = longWordId(text, i, j);
        if (id === NEEDS_LOWERED) {
          lowered ??= text.toLowerCase();
          id = complexWordId(text, lowered, i, j);
        }
      }
      columns[END * stride + count] = j;
      columns[INFO * stride + count] = WORD | joined | (codes >= 128 ? WIDE : 0);
      columns[ID * stride + count] = id;
      lastPunct = 0;
      i = j;
    } else if (kind === IDEOGRAPH) {
      columns[END * stride + count] = i + 1;
      columns[INFO * stride + count] = WORD | joined | WIDE;
      columns[ID * stride + count] = WORDS.find(text.charAt(i));
      lastPunct = 0;
      i++;
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
  return {
    text,
    count,
    start: columnOf(columns, START, stride, count),
    end: columnOf(columns, END, stride, count),
    line: columnOf(columns, LINE, stride, count),
    sentence: columnOf(columns, SENTENCE, stride, count),
    info: columnOf(columns, INFO, stride, count),
    id: columnOf(columns, ID, stride, count),
    columns,
    lineStarts,
    tableSize: WORDS.words.length,
  };
}

/**
 * Column k's first `count` values (a plain function, not a closure: the module runner names each
 * closure as it is created).
 */
function columnOf(columns: Int32Array, k: number, stride: number, count: number): Int32Array {
  return columns.subarray(k * stride, k * stride + count);
}

const NEEDS_LOWERED = -2;

/**
 * The id of text[from, to), a word too long or too wide to pack: hashed and compared lowercased
 * in place, or NEEDS_LOWERED for a word with a COMPLEX character.
 */
function longWordId(text: string, from: number, to: number): number {
  let hash = HASH_SEED;
  for (let k = from; k < to; k++) {
    const lower = wordLower[text.charCodeAt(k)] ?? 0;
    if (lower === COMPLEX) return NEEDS_LOWERED;
    hash = hashStep(hash, lower);
  }
  return WORDS.findHashed(text, from, to, hash, true);
}

/**
 * The id of text[from, to), a word with a COMPLEX character, read from the lowercased text
 * (lowercasing the whole text keeps a final sigma's context). toLowerCase can change the
 * length of a few characters ("İ"); then the word is lowercased on its own.
 */
function complexWordId(text: string, lowered: string, from: number, to: number): number {
  if (lowered.length !== text.length) return WORDS.find(text.slice(from, to).toLowerCase());
  return WORDS.find(lowered.slice(from, to));
}
