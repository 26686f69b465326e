/**
 * Whether a bonus / commission / OTE or equity (stock, RSUs, options) is mentioned. These are
 * flags, never salary. "Bonus points if you know Rust", "diversity, equity and inclusion", "pay
 * equity", "stock the shelves" and an employee stock purchase plan do not count. The lookbehind
 * after "equity" runs only where the word is found, not at every word boundary.
 */
import type { Evidenced } from '../model/posting';
import type { ExtractContext } from './context';
import { alternativesOf, byFirstLetter } from './regex-alternatives';
import { cachedTokensOf } from '../vocab/text-context';
import { WIDE, WORD, WORDS } from '../vocab/tokenize';

const BONUS_WORDS = String.raw`annual bonus(?:es)?|quarterly bonus(?:es)?|performance bonus(?:es)?|sign[- ]on bonus(?:es)?|signing bonus(?:es)?|target bonus(?:es)?|year[- ]end bonus(?:es)?|cash bonus(?:es)?|retention bonus(?:es)?|spot bonus(?:es)?|bonus(?:es)?(?! points| if\b)|13th[- ]month(?: pay| salary)?|13(?:e|ème) mois|jahressonderzahlung|weihnachtsgeld|commissions?|ote\b|on[- ]target earnings|incentive (?:awards?|pay|plan|bonus|compensation)|performance[- ]based incentive|performance incentives|variable (?:pay|compensation)|profit[- ]sharing|prämien?|jahresbonus|provision(?:en)?|variable vergütung|13\. monatsgehalt|prime(?:s)? (?:annuelle|sur objectifs|de performance)|variable|bono|bonos|comisiones`;
const EQUITY_WORDS = String.raw`equity(?<!(?:pay|health|brand|home|racial|social|gender|educational|diversity,?(?: and| &)?) equity)(?! and inclusion|, inclusion| & inclusion|,? (?:and|&) (?:inclusion|belonging)| in\b)|stock options?|stock\s(?:grants?|awards?|units?|compensation)|stock-based compensation|rsus?|restricted stock|share options?|esops?|employee ownership|virtual shares|aktienoptionen|mitarbeiterbeteiligung|vsop|bspce|actions gratuites|stock-options|participaciones|acciones de la empresa`;
// Grouped by first letter (see regex-alternatives.ts): the whole text is scanned several times
// faster, and the same first mention is found.
const BONUS = new RegExp(String.raw`\b${byFirstLetter(alternativesOf(BONUS_WORDS))}\b`, 'i');
const EQUITY = new RegExp(String.raw`\b${byFirstLetter(alternativesOf(EQUITY_WORDS))}\b`, 'i');

// The first word of every BONUS / EQUITY alternative as the tokeniser reads it (lower case, up
// to the first character that is not a letter or digit): a mention starts with a token that is
// one of them (see firstMatch). pay-flags.test.ts checks each alternative has its word here.
export const BONUS_FIRST_WORDS = [
  ...['annual', 'quarterly', 'performance', 'sign', 'signing', 'target', 'year', 'cash'],
  ...['retention', 'spot', 'bonus', 'bonuses', '13th', '13e', '13ème', '13'],
  ...['jahressonderzahlung', 'weihnachtsgeld', 'commission', 'commissions', 'ote', 'on'],
  ...['incentive', 'variable', 'profit', 'prämie', 'prämien', 'jahresbonus', 'provision'],
  ...['provisionen', 'prime', 'primes', 'bono', 'bonos', 'comisiones'],
];
export const EQUITY_FIRST_WORDS = [
  ...['equity', 'stock', 'rsu', 'rsus', 'restricted', 'share', 'esop', 'esops', 'employee'],
  ...['virtual', 'aktienoptionen', 'mitarbeiterbeteiligung', 'vsop', 'bspce', 'actions'],
  ...['participaciones', 'acciones'],
];
const BONUS_STICKY = new RegExp(BONUS.source, 'iy');
const EQUITY_STICKY = new RegExp(EQUITY.source, 'iy');
const BONUS_FLAG = 1;
const EQUITY_FLAG = 2;
// BONUS_FLAG | EQUITY_FLAG at the `WORDS` id of each first word (interned: the tokeniser then
// finds them).
const FIRST_WORD = wordFlags([
  [BONUS_FIRST_WORDS, BONUS_FLAG],
  [EQUITY_FIRST_WORDS, EQUITY_FLAG],
]);

function wordFlags(lists: [string[], number][]): Uint8Array {
  const ids = lists.map(([words, bit]) => words.map((word) => [WORDS.intern(word), bit] as const));
  const flags = new Uint8Array(Math.max(...ids.flat().map(([id]) => id)) + 1);
  for (const [id, bit] of ids.flat()) flags[id] = (flags[id] ?? 0) | bit;
  return flags;
}

/** Whether a bonus is mentioned, with the first mention as evidence. */
export function extractBonus(ctx: ExtractContext): Evidenced<boolean> | null {
  return flag(firstMentions(ctx.text).bonus);
}

/** Whether equity is mentioned, with the first mention as evidence. */
export function extractEquity(ctx: ExtractContext): Evidenced<boolean> | null {
  return flag(firstMentions(ctx.text).equity);
}

function flag(m: RegExpExecArray | null): Evidenced<boolean> | null {
  return m ? { value: true, spans: [{ start: m.index, end: m.index + m[0].length }] } : null;
}

interface Mentions {
  bonus: RegExpExecArray | null;
  equity: RegExpExecArray | null;
}

// Bonus and equity are asked about the same text one after the other: one pass finds both.
let lastText: string | null = null;
let lastMentions: Mentions = { bonus: null, equity: null };

function firstMentions(text: string): Mentions {
  if (text !== lastText) {
    lastText = text;
    lastMentions = findMentions(text);
  }
  return lastMentions;
}

/**
 * `BONUS.exec(text)` and `EQUITY.exec(text)`. When the skills extractor has tokenised the text
 * already, the sticky regexes run only where a match can start, instead of at every word
 * boundary: a match starts at a `\b` before an ASCII letter or digit. That starts a word token,
 * whose lower-cased text is then the match's first word (see BONUS_FIRST_WORDS); or it follows a
 * non-ASCII letter, in a WIDE token, whose starts are all tried. The first of these places where
 * a sticky regex matches is where the regex first matches.
 */
function findMentions(text: string): Mentions {
  const tt = cachedTokensOf(text);
  if (tt === null) return { bonus: BONUS.exec(text), equity: EQUITY.exec(text) };
  let bonus: RegExpExecArray | null = null;
  let equity: RegExpExecArray | null = null;
  const { id, info, start, end, count } = tt;
  // Reads within the flags' bounds only: V8 takes a slow path for an index out of range.
  const known = FIRST_WORD.length;
  for (let k = 0; k < count && (bonus === null || equity === null); k++) {
    const kind = info[k] ?? 0;
    if ((kind & WORD) === 0) continue;
    const at = start[k] ?? 0;
    if ((kind & WIDE) !== 0) {
      const to = end[k] ?? at;
      bonus ??= stickyAt(BONUS_STICKY, text, at) ?? wideInnerMatch(BONUS_STICKY, text, at, to);
      equity ??= stickyAt(EQUITY_STICKY, text, at) ?? wideInnerMatch(EQUITY_STICKY, text, at, to);
      continue;
    }
    const word = id[k] ?? -1;
    const first = word >= 0 && word < known ? (FIRST_WORD[word] ?? 0) : 0;
    if (first === 0) continue;
    if ((first & BONUS_FLAG) !== 0) bonus ??= stickyAt(BONUS_STICKY, text, at);
    if ((first & EQUITY_FLAG) !== 0) equity ??= stickyAt(EQUITY_STICKY, text, at);
  }
  return { bonus, equity };
}

/** The first match of `sticky` at a `\b` inside text[from, to) (after a non-ASCII letter). */
function wideInnerMatch(
  sticky: RegExp,
  text: string,
  from: number,
  to: number,
): RegExpExecArray | null {
  for (let q = from + 1; q < to; q++) {
    if (text.charCodeAt(q - 1) < 128 || !isAsciiAlnum(text.charCodeAt(q))) continue;
    const m = stickyAt(sticky, text, q);
    if (m) return m;
  }
  return null;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function stickyAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}
