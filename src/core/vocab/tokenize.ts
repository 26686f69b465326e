/**
 * The one tokeniser behind the skills and benefits matchers. A single pass over the text, no
 * regex on the hot path (only for the rare non-ASCII character), offsets kept for evidence spans.
 * Vocabulary phrases go through the same function, so "scikit-learn", "C++" or "401(k)" in the
 * vocabulary and in a posting always produce the same lookup key.
 */

export interface Token {
  start: number;
  end: number;
  /** Lowercased surface; curly apostrophes and unicode hyphens folded to ASCII. */
  norm: string;
  /** A run of letters and digits (false for a single punctuation character). */
  word: boolean;
  /** No whitespace between the previous token and this one ("C" "++", "401" "(" "k" ")"). */
  joined: boolean;
  line: number;
  sentence: number;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  /** Start offset of each line; a line is what a newline ends. */
  lineStarts: number[];
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(code: number, text: string, index: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return NON_ASCII_WORD.test(text.charAt(index));
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 11 ||
    code === 12 ||
    code === 160 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isNewline(code: number): boolean {
  return code === 10 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Punctuation folded so that typographic variants match the vocabulary's ASCII spelling. */
function foldPunct(code: number, ch: string): string {
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x60) return "'";
  if (code === 0x2010 || code === 0x2011 || code === 0x2012) return '-';
  if (code === 0xff0b) return '+';
  return ch;
}

/** Characters after which, followed by a space, a new sentence starts. Bullets start one too. */
function endsSentence(norm: string): boolean {
  return norm === '.' || norm === '!' || norm === '?' || norm === ';';
}

function isBulletChar(norm: string): boolean {
  return norm === '•' || norm === '·' || norm === '▪' || norm === '●' || norm === '◦';
}

/**
 * Splits text into word tokens (letters and digits) and single punctuation tokens.
 * Example: "C++/Node.js" -> c + + / node . js, all `joined` after the first.
 */
export function tokenize(text: string): TokenizedText {
  const lowered = text.toLowerCase();
  // toLowerCase can change the length of a few characters (e.g. "İ"); then lowercase per token.
  const sameLength = lowered.length === text.length;
  const tokens: Token[] = [];
  const lineStarts: number[] = [0];
  const n = text.length;
  let line = 0;
  let sentence = 0;
  let joined = false;
  let breakPending = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isNewline(code)) {
      line++;
      lineStarts.push(i + 1);
      breakPending = true;
      joined = false;
      i++;
      continue;
    }
    if (isSpace(code)) {
      joined = false;
      const prev = tokens[tokens.length - 1];
      if (prev !== undefined && !prev.word && endsSentence(prev.norm)) breakPending = true;
      i++;
      continue;
    }
    if (breakPending) {
      sentence++;
      breakPending = false;
    }
    if (isWordChar(code, text, i)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j), text, j)) j++;
      const norm = sameLength ? lowered.slice(i, j) : text.slice(i, j).toLowerCase();
      tokens.push({ start: i, end: j, norm, word: true, joined, line, sentence });
      i = j;
    } else {
      const norm = foldPunct(code, text.charAt(i));
      if (isBulletChar(norm) && tokens.length > 0) sentence++;
      tokens.push({ start: i, end: i + 1, norm, word: false, joined, line, sentence });
      i++;
    }
    joined = true;
  }
  return { text, tokens, lineStarts };
}

/**
 * Builds the lookup key of tokens[from..to] (inclusive): lowercased, a space where the text had
 * whitespace or a hyphen, nothing where tokens touch. "scikit-learn" and "scikit learn" both give
 * "scikit learn"; "Node.js" gives "node.js"; "W&B" gives "w&b".
 */
export function keyOf(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  let space = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.norm === '-') {
      space = true;
      continue;
    }
    if (key !== '' && (space || !t.joined)) key += ' ';
    key += t.norm;
    space = false;
  }
  return key;
}

/** Number of tokens that count toward a phrase's length (hyphens do not). */
export function phraseLength(tokens: readonly Token[]): number {
  let count = 0;
  for (const t of tokens) if (t.norm !== '-') count++;
  return count;
}
