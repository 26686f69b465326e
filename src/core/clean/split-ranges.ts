/**
 * A pay range broken over two lines, as table cells and narrow columns leave it: "$42.00 –" over
 * "$61.50 per hour" (one cell per line), "CHF 92'000.–" over "à CHF 110'000.–". The two lines
 * are joined into one, so the salary reader sees one range, not two amounts.
 * Only when the break sits at the range's separator: the first line ends with an amount with its
 * currency and then a dash or a range word, or the second opens with a range word and an amount.
 * Two lines that each hold an amount and nothing joining them ("Days $20" / "Nights $23") stay.
 */
import type { Line } from './lines';

// The first line's end: a currency (sign or code) and an amount, then maybe a separator.
// "92'000.–": the Swiss dash for no cents is part of the amount.
const AMOUNT_END =
  /(?:[$€£¥₹]|\b[A-Z]{3}|\bR)\s?\d[\d.,'’ ]{0,12}(?:\.[–-]|,-)?\s?(?:[–—-]|to|à|bis|a|hasta|au)?\s*$/;
const SEPARATOR_END = /(?:[–—-]|\bto|(?<![\w\u00C0-\u024F])à|\bbis|\ba|\bhasta|\bau)\s*$/;
// The second line's start: maybe a range word, then a currency and an amount.
// The first half's note may open it: "Range: $52,410" over "(BA, Step 1) to $84,775 (MA+45,
// Step 13)", then a range word must follow.
const NOTE_FIRST = String.raw`(?:\([^()\n]{1,40}\)\s?(?=to|à|bis|a|hasta|au|jusqu))?`;
const AMOUNT_START = new RegExp(
  String.raw`^${NOTE_FIRST}(?:(?:[–—-]|to|à|bis|a|hasta|au|jusqu['’]à)\s?)?(?:[$€£¥₹]|[A-Z]{3}\b|R(?=\s?\d))\s?\d`,
);
// A dash opening the second line is a bullet's, not the range's: only words count there.
const SEPARATOR_START = new RegExp(String.raw`^${NOTE_FIRST}(?:to|à|bis|a|hasta|au|jusqu['’]à)\s`);
// Cells and column fragments are short; a wrapped line is not much longer.
const MAX_PART = 60;
const MAX_FIRST = 200;

/** Whether `a` and `b` are the two halves of one range. */
export function isSplitRange(a: string, b: string): boolean {
  // A wrapped sentence may lead the first half: "The anticipated hiring range for this position
  // is $68,000 –" over "$82,000 annually. Eligible for overtime …".
  if (a.length > MAX_FIRST) return false;
  // A long second half only when it opens with the first half's note: "(BA, Step 1) to …".
  const noted = b.startsWith('(') && SEPARATOR_START.test(b);
  if (b.length > MAX_PART && !SEPARATOR_END.test(a) && !noted) return false;
  if (!AMOUNT_START.test(b) || !AMOUNT_END.test(a)) return false;
  return SEPARATOR_END.test(a) || SEPARATOR_START.test(b);
}

// Characters a second half can open with: a digit-led amount needs a currency first, so only
// currency signs, capitals (a code) and the range words' first letters.
function mayStartHalf(c: number): boolean {
  return (
    c === 0x24 || // $
    c === 0x20ac || // €
    c === 0xa3 || // £
    c === 0xa5 || // ¥
    c === 0x20b9 || // ₹
    c === 0x2013 || // –
    c === 0x2014 || // —
    c === 0x2d || // -
    (c >= 65 && c <= 90) || // a currency code, "R"
    c === 0x74 || // to
    c === 0xe0 || // à
    c === 0x62 || // bis
    c === 0x61 || // a, au
    c === 0x68 || // hasta
    c === 0x6a || // jusqu'à
    c === 0x28 // a note in brackets, then a range word
  );
}

// A first half ends in a figure, a dash or a range word: most lines end otherwise, and skip the
// regexes.
function mayEndHalf(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  const c = text.charCodeAt(end - 1);
  if ((c >= 48 && c <= 57) || c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  return END_WORD.test(text.slice(Math.max(0, end - 7), end));
}

const END_WORD = /\s(?:to|à|bis|a|hasta|au)$/;

/**
 * The lines with each split range joined. Input: cleaned lines. A joined line's start is
 * `replaced` (its text is no longer a slice of the text the lines were joined into).
 * Example: ["Phoenix, AZ", "$42.00 –", "$61.50 per hour"] -> ["Phoenix, AZ", "$42.00 – $61.50
 * per hour"]. Returns the same array when nothing is joined.
 */
export function joinSplitRanges(lines: Line[], replaced: number): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    if (
      next === undefined ||
      // "- Hourly wage: $18.50" over "- $500 sign-on bonus": two bullets, not one range.
      next.kind === 'list-item' ||
      !mayStartHalf(next.text.charCodeAt(0)) ||
      !mayEndHalf(line.text) ||
      !isSplitRange(line.text, next.text)
    ) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push({
      text: `${line.text.trimEnd()} ${next.text}`,
      start: replaced,
      kind: line.kind,
      level: line.level,
    });
    i++;
  }
  return out ?? lines;
}
