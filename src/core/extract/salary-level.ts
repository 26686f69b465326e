/**
 * A ladder of levels with a band each, where the posting names its own level: "L3 – Software
 * Engineer I: $115,000 – $135,000" … "L6 – Staff …: $210,000 – $250,000" over "This posting is
 * for L4", "Senior (this role): 24 000 – 30 000 PLN", "| P3 | Senior Product Manager | $160,000 –
 * $190,000 |" under the title "Senior Product Manager (P3)". The other levels' bands are the
 * company's pay ladder, not this job's pay (PARSING-RULES "Salary": base pay of this job; several
 * bands only when this job has several). Kept apart from salary.ts so that file only calls in.
 */
import { lineIndexAt, type Line } from '../clean/lines';
import type { SalaryBand } from '../model/posting';

// "Senior (this role)", "L4 ← this opening", "P3 (hiring)".
const OWN_MARK =
  /(?:\(|←|<-|—|–)\s?(?:this|the current|our) (?:role|position|opening|job|posting|vacancy|level)\b|\((?:hiring|hiring now|open|this one)\)/i;
// "This posting is for L4.", "This opening is at P3.", "This opening is for Senior only.",
// "We're hiring at the L5 level", "The role is levelled at IC4".
const OWN_LEVEL =
  /\b(?:(?:this|the) (?:posting|opening|role|position|vacancy|job|req|requisition|search) is (?:for|at|levell?ed at|pitched at)|(?:we(?:['’]re| are)|i(?:['’]m| am)) hiring (?:for|at))(?: the| an?)? ([\p{L}\d][\p{L}\d-]{0,20})\b(?!\s?(?:and|or|&|\/|,)\s?[\p{L}\d])/iu;
// A level's code: "L4", "P3", "IC4", "E5", "M-2".
const LEVEL_CODE = /\b[A-Z]{1,3}-?\d{1,2}\b/g;

/**
 * The bands of a ladder cut to the posting's own level, when it names one that exactly one band's
 * line holds; else the bands unchanged. Only a ladder: two or more labelled bands in one currency
 * and period (bands per country or per pay basis are each this job's).
 */
export function withOwnLevel(
  bands: SalaryBand[],
  text: string,
  lines: Line[],
  title: string | null,
): SalaryBand[] {
  if (bands.length < 2) return bands;
  const own = ownLevel(bands, text, lines, title);
  // One band left is the posting's pay, unlabelled like any single band.
  return own ? [{ ...own, label: null }] : bands;
}

function ownLevel(
  bands: SalaryBand[],
  text: string,
  lines: Line[],
  title: string | null,
): SalaryBand | null {
  const first = bands[0]!;
  if (
    bands.some(
      (b) => b.label === null || b.currency !== first.currency || b.period !== first.period,
    )
  ) {
    return null;
  }
  const bandLines = bands.map((b) => {
    const at = b.spans[0]?.start;
    return at === undefined ? '' : (lines[lineIndexAt(lines, at)]?.text ?? '');
  });
  const only = (test: (line: string) => boolean): SalaryBand | null => {
    const hits = bands.filter((_, i) => test(bandLines[i] ?? ''));
    return hits.length === 1 ? hits[0]! : null;
  };
  const marked = only((line) => OWN_MARK.test(line));
  if (marked) return marked;
  const stated = OWN_LEVEL.exec(text)?.[1];
  const byStated = stated ? only((line) => hasWord(line, stated)) : null;
  if (byStated) return byStated;
  if (title === null) return null;
  // The title's level code, held by one band's line: "Software Engineer II (L4)".
  for (const code of title.match(LEVEL_CODE) ?? []) {
    const byCode = only((line) => hasWord(line, code));
    if (byCode) return byCode;
  }
  // The title holds one band's label of two words or more, and nothing of the others: "Senior
  // Product Manager (P3)" over "Product Manager" and "Principal Product Manager"; not "Lecturer /
  // Senior Lecturer" (the rest of the title holds "Lecturer"), not "Accountant I/II" ("II").
  const inTitle = bands.filter((b) => b.label!.includes(' ') && hasWord(title, b.label!));
  if (inTitle.length === 0) return null;
  const own = inTitle.reduce((a, b) => (b.label!.length > a.label!.length ? b : a));
  // A title that is the plainest level's label ("Product Manager" under "Senior Product
  // Manager") names no level.
  if (bands.some((b) => b !== own && hasWord(b.label!, own.label!))) return null;
  const rest = title.toLowerCase().split(own.label!.toLowerCase()).join(' | ');
  const ownWords = new Set(words(own.label!));
  const clear = bands.every(
    (b) =>
      b === own ||
      (!hasWord(rest, b.label!) &&
        words(b.label!).every((w) => ownWords.has(w) || !hasWord(title, w))),
  );
  return clear ? own : null;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
}

// Whole words, any case: "L4" is not in "L40", "Senior" is not in "Seniority".
function hasWord(text: string, word: string): boolean {
  const hay = text.toLowerCase();
  const needle = word.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay.charAt(at - 1)) && !isWordChar(hay.charAt(at + needle.length))) return true;
  }
  return false;
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\d]/u.test(c);
}
