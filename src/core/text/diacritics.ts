/**
 * Diacritics stripped, case kept: "Đà Nẵng" -> "Da Nang", "Zürich" -> "Zurich". Shared by the
 * search's folding (which lower-cases first) and the place lists (which compare names as
 * capitalised).
 */

// Letters NFKD does not decompose into a base letter plus a mark.
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
  ı: 'i',
};
const EXTRA_RE = /[øØłŁđĐðÐþÞæÆœŒßı]/g;
const MARKS_RE = /\p{M}+/gu;
// Fast path: most text is plain ASCII and has nothing to strip.
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\x00-\x7f]/;

/** The text without its diacritics, in its own case. */
export function withoutDiacritics(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(EXTRA_RE, (ch) => EXTRA_FOLDS[ch] ?? ch);
}
