/**
 * Sentence-level rules of the skills extractor, kept apart from its scan: a word that vetoes an
 * ambiguous form in its sentence, products named in brackets after their vendor, and a company
 * describing its own business. Each answer comes from a per-text table or a bounded walk.
 */
import type { Section } from '../model/section';
import type { AmbiguousForm, SkillEntry, SkillsVocabulary } from '../vocab/skills-vocab';
import { sentenceRange } from '../vocab/text-context';
import { isJoined, isWord, punctOf } from '../vocab/tokenize';
import type { TokenizedText } from '../vocab/tokenize';

export interface SkillMention {
  entry: SkillEntry;
  form: AmbiguousForm | null;
  first: number;
  last: number;
}

/** Whether a sentence holds any of a form's `notNear` words: one walk per sentence and form. */
export class SentenceVetoes {
  private readonly seen = new Map<ReadonlySet<number>, Map<number, boolean>>();

  constructor(private readonly tt: TokenizedText) {}

  /** "AWS + variable bonus" (Singapore's Annual Wage Supplement), "CCTV drain camera". */
  vetoes(m: SkillMention): boolean {
    const words = m.form?.notNear;
    if (words === undefined || words.size === 0) return false;
    let bySentence = this.seen.get(words);
    if (bySentence === undefined) {
      bySentence = new Map();
      this.seen.set(words, bySentence);
    }
    const { tt } = this;
    const sentence = tt.sentence[m.first] ?? -1;
    let found = bySentence.get(sentence);
    if (found === undefined) {
      found = false;
      const [from, to] = sentenceRange(tt, m.first);
      for (let k = from; k <= to && !found; k++) found = words.has(tt.id[k] ?? -1);
      bySentence.set(sentence, found);
    }
    return found;
  }
}

const OPEN = 40;
const CLOSE = 41;
/** Separators between bracketed items: , ; / | */
const ITEM_SEPARATORS = new Set([44, 59, 47, 124]);
const MAX_ITEMS = 12;
const MAX_ITEM_TOKENS = 4;

function sliceLower(tt: TokenizedText, first: number, last: number): string {
  return tt.text.slice(tt.start[first], tt.end[last]).replace(/\s+/g, ' ').toLowerCase();
}

/** The vendor or product kind right before the bracket at `open` ("google cloud", "aws"). */
function listNameBefore(
  tt: TokenizedText,
  open: number,
  vocab: SkillsVocabulary,
): { name: string; prefix: boolean } | null {
  const { prefixes, suffixes } = vocab.listNames;
  for (let size = 2; size >= 1; size--) {
    const first = open - size;
    if (first < 0 || tt.line[first] !== tt.line[open]) continue;
    if (!isWord(tt, first) || !isWord(tt, open - 1)) continue;
    const name = sliceLower(tt, first, open - 1);
    if (prefixes.has(name)) return { name, prefix: true };
    if (suffixes.has(name)) return { name, prefix: false };
  }
  return null;
}

/**
 * "AWS (S3, Glue, Lambda)" -> AWS Glue; "WMS (Manhattan)" -> Manhattan WMS: each bracketed item
 * is looked up joined to the name before the bracket. Items already matched on their own are
 * left alone. Adds to `mentions` and keeps them in text order.
 */
export function addBracketedProducts(
  mentions: SkillMention[],
  tt: TokenizedText,
  vocab: SkillsVocabulary,
): void {
  let added = false;
  // Only the brackets of the text, found by character: most tokens are not one.
  for (let at = tt.text.indexOf('('); at >= 0; at = tt.text.indexOf('(', at + 1)) {
    const open = tokenAt(tt, at);
    if (open < 1 || !vocab.listNames.lastWords.has(tt.id[open - 1] ?? -1)) continue;
    const before = listNameBefore(tt, open, vocab);
    if (before === null) continue;
    const line = tt.line[open];
    let itemFirst = -1;
    let items = 0;
    for (let k = open + 1; k < tt.count && tt.line[k] === line && items < MAX_ITEMS; k++) {
      const punct = punctOf(tt, k);
      const ends =
        punct === CLOSE || ITEM_SEPARATORS.has(punct) || vocab.conjunctions.has(tt.id[k] ?? -1);
      if (!ends) {
        if (itemFirst < 0) itemFirst = k;
        continue;
      }
      if (itemFirst >= 0 && k - itemFirst <= MAX_ITEM_TOKENS) {
        items++;
        const item = sliceLower(tt, itemFirst, k - 1);
        const key = before.prefix ? `${before.name} ${item}` : `${item} ${before.name}`;
        const entry = vocab.listNames.byName.get(key);
        if (entry !== undefined && !isCovered(mentions, itemFirst, k - 1)) {
          mentions.push({ entry, form: null, first: itemFirst, last: k - 1 });
          added = true;
        }
      }
      itemFirst = -1;
      if (punct === CLOSE) break;
    }
  }
  if (added) mentions.sort((a, b) => a.first - b.first);
}

/** The token starting at character `offset` (binary search), or -1. */
function tokenAt(tt: TokenizedText, offset: number): number {
  let lo = 0;
  let hi = tt.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tt.start[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return tt.start[lo] === offset && punctOf(tt, lo) === OPEN ? lo : -1;
}

function isCovered(mentions: readonly SkillMention[], first: number, last: number): boolean {
  return mentions.some((m) => m.first <= last && m.last >= first);
}

/** Sections where a company may describe itself (not requirements, duties or benefits). */
export function isDescribingSection(section: Section | null): boolean {
  return (
    section === null ||
    section.kind === 'header' ||
    section.kind === 'about' ||
    section.kind === 'other'
  );
}

const MAX_NAME_TOKENS = 6;
const APOSTROPHES = new Set([39, 8217]);

function isCapitalised(tt: TokenizedText, k: number): boolean {
  if (!isWord(tt, k)) return false;
  const c = tt.text.charCodeAt(tt.start[k] ?? 0);
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222);
}

/**
 * "Fernleaf Health is a digital physiotherapy clinic": the company's business is not a skill the
 * job asks for. Finds, per sentence, the part after "<Name> is a" / "We are a" up to a word like
 * "looking" or "hiring", where domain skills are the company's trade.
 */
export class CompanyIntro {
  /** Per sentence id: [from, to] token range of the self-description, or null. */
  private readonly ranges = new Map<number, [number, number] | null>();

  constructor(
    private readonly tt: TokenizedText,
    private readonly vocab: SkillsVocabulary,
  ) {}

  describes(at: number): boolean {
    const sentence = this.tt.sentence[at] ?? -1;
    let range = this.ranges.get(sentence);
    if (range === undefined) {
      range = this.findRange(at);
      this.ranges.set(sentence, range);
    }
    return range !== null && at >= range[0] && at <= range[1];
  }

  private findRange(at: number): [number, number] | null {
    const { tt } = this;
    const { subjects, verbs, articles, stops, notSubjects } = this.vocab.companyIntro;
    const [from, to] = sentenceRange(tt, at);
    let k = from;
    while (k <= to && !isWord(tt, k)) k++;
    if (k > to) return null;
    if (subjects.has(tt.id[k] ?? -1)) {
      k++;
    } else {
      // The company's name: capitalised words, with joined punctuation ("Smith & Co.").
      const nameStart = k;
      while (
        k <= to &&
        k - nameStart < MAX_NAME_TOKENS &&
        (isCapitalised(tt, k) || (!isWord(tt, k) && k > nameStart && punctOf(tt, k) !== 44))
      ) {
        if (notSubjects.has(tt.id[k] ?? -1)) return null;
        k++;
      }
      if (k === nameStart) return null;
    }
    // "We're": the apostrophe before "re".
    if (k <= to && APOSTROPHES.has(punctOf(tt, k)) && isJoined(tt, k)) k++;
    if (k > to || !verbs.has(tt.id[k] ?? -1)) return null;
    k++;
    if (k > to || !articles.has(tt.id[k] ?? -1)) return null;
    const start = k + 1;
    for (let j = start; j <= to; j++) if (stops.has(tt.id[j] ?? -1)) return [start, j - 1];
    return [start, to];
  }
}

/** How far back (in tokens, same sentence) a degree word opens the fields of study. */
const FIELD_REACH = 16;
const SEMICOLON = 59;
const COLON = 58;

/**
 * "Bachelor's degree in Construction Management, Civil Engineering or related": a domain named
 * as the field of a degree is the degree's subject (the degrees field holds it), not a skill the
 * job asks for. True when a degree word precedes the mention in its sentence, within reach, with
 * no clause break (";", ":") or stop word ("with", "license", "years") in between.
 */
export function isFieldOfStudy(tt: TokenizedText, first: number, vocab: SkillsVocabulary): boolean {
  const { leads, leadsBeforeOf, of, stops } = vocab.fieldOfStudy;
  const sentence = tt.sentence[first];
  for (let k = first - 1; k >= 0 && k >= first - FIELD_REACH; k--) {
    if (tt.sentence[k] !== sentence) return false;
    const punct = punctOf(tt, k);
    if (punct === SEMICOLON || punct === COLON) return false;
    const id = tt.id[k] ?? -1;
    if (stops.has(id)) return false;
    if (!leads.has(id)) continue;
    if (!leadsBeforeOf.has(id)) return true;
    // "Master of", "Bachelor's": the apostrophe is a token of its own.
    const next = k + 1;
    if (next < first && (of.has(tt.id[next] ?? -1) || APOSTROPHES.has(punctOf(tt, next)))) {
      return true;
    }
  }
  return false;
}
