/**
 * One line of text -> one block: bullets become list items. Shared by the text and PDF readers,
 * whose lines are the only structure they have.
 */
import type { TextBlock } from '../model/document';
import { isDigit, isSpace } from '../text/char-codes';

// Bullets seen in scraped and pasted postings: •, ◦, ▪, ·, –, -, *, ✓, ➢, and "1." / "1)" / "a)".
const BULLET = /^(?:[•◦▪▫●○■□·‣⁃∙*–—✓✔➢➤►▶→➔➜⇒-]|\d{1,2}[.)]|[a-z][)])\s+/;
const BULLET_GLUED = /^[•◦▪▫●○■□‣⁃∙✓✔➢➤►▶](?=\S)/;
// Japanese postings mark their headings and fields with a black square: "■ Conditions", "■ Salary
// : Monthly salary ¥320,000". The line is the text after it, not a list item; a "■ Payroll: run
// bi-weekly payroll" item (a colon right after its label) stays one.
const HEADING_MARK = /^■\s*(?=[^:]+(?:\s:|$))/;

// Pictograms that social posts use as bullets: "🔹 Lead crop husbandry programmes". Check marks,
// pins and pointing hands are left alone: messenger ads put them before fields ("✅ EN BLANCO",
// "📍 Pune") and titles ("👉 MEDICAL SALES REPRESENTATIVE 👈").
const PICTOGRAM_BULLET = /^(?:🔹|🔸|🔷|🔶|▪️|▫️|◾|◽|🔘|💠)\s+/u;

// BULLET's one-character bullets, by char code ("■" is looked at first: see HEADING_MARK).
const BULLET_CHARS = new Set([...'•◦▪▫●○□·‣⁃∙*–—✓✔➢➤►▶→➔➜⇒-'].map((c) => c.charCodeAt(0)));

/** Classifies one trimmed, non-empty line. Example: "• Python" -> list-item "Python". */
export function lineToBlock(line: string): TextBlock {
  // Most lines start with a letter that is not "a)": skip the patterns for them.
  const c = line.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (letter && line.charCodeAt(1) !== 41) return { kind: 'line', text: line };
  // "- Python", "• Python": what BULLET matches most, without the regex. The line is trimmed, so
  // the rest after the spaces needs no trim.
  if (BULLET_CHARS.has(c) && isSpace(line.charCodeAt(1))) {
    let from = 2;
    while (isSpace(line.charCodeAt(from))) from++;
    return { kind: 'list-item', text: line.slice(from) };
  }
  const mark = c === 0x25a0 ? HEADING_MARK.exec(line) : null;
  if (mark && mark[0].length < line.length)
    return { kind: 'line', text: line.slice(mark[0].length) };
  const bullet = BULLET.exec(line) ?? BULLET_GLUED.exec(line) ?? PICTOGRAM_BULLET.exec(line);
  if (bullet) {
    const text = line.slice(bullet[0].length).trim();
    if (text !== '' && !(isDigit(c) && ORDINAL_NOUN.test(text))) return { kind: 'list-item', text };
  }
  return { kind: 'line', text: line };
}

// German writes ordinals with a dot: "1. Ausbildungsjahr: 1.148 €" is the first year of
// training, not item 1 of a list, and the number is part of the label.
const ORDINAL_NOUN = /^(?:Ausbildungs|Lehr|Berufs|Dienst)?(?:jahr|Jahr|Semester|Halbjahr)\b/;

/**
 * `lineToBlock(text.slice(from, to))` for a trimmed, non-empty range, slicing the text once: the
 * text reader's lines are ranges of the whole normalised text.
 */
export function lineToBlockAt(text: string, from: number, to: number): TextBlock {
  const c = text.charCodeAt(from);
  // A one-character line has nothing after it: the character at `to` is a space or a newline.
  const next = from + 1 < to ? text.charCodeAt(from + 1) : NaN;
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (letter && next !== 41) return { kind: 'line', text: text.slice(from, to) };
  if (BULLET_CHARS.has(c) && isSpace(next)) {
    // Trimmed: the range ends with a non-space, so this stops inside it.
    let at = from + 2;
    while (isSpace(text.charCodeAt(at))) at++;
    return { kind: 'list-item', text: text.slice(at, to) };
  }
  return lineToBlock(text.slice(from, to));
}

// Block lists that hold only trimmed single lines without tabs or odd spaces, as `readText` makes
// them from normalised text: cleaning can take their texts as they are instead of searching them
// for line breaks and trimming them again.
const SINGLE_LINES = new WeakSet<TextBlock[]>();

/** Marks a list of trimmed, normalised one-line blocks (the reader must not change it later). */
export function markSingleLines(blocks: TextBlock[]): TextBlock[] {
  SINGLE_LINES.add(blocks);
  return blocks;
}

/** Whether `markSingleLines` vouched for this list. */
export function holdsSingleLines(blocks: TextBlock[]): boolean {
  return SINGLE_LINES.has(blocks);
}
