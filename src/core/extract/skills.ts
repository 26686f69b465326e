/**
 * Skills: every vocabulary skill named in the cleaned text, one entry per canonical name with all
 * its evidence spans. One tokenisation and one scan of a phrase trie (src/core/vocab), then the
 * context rules of ambiguous names ("Go", "R", "Excel", "Ray") and required vs preferred.
 */
import type { Skill, Span } from '../model/posting';
import type { Section } from '../model/section';
import { scanPhrases } from '../vocab/lexicon';
import type { PhraseMatch } from '../vocab/lexicon';
import { getSkillsVocabulary } from '../vocab/skills-vocab';
import type {
  AmbiguousForm,
  SkillEntry,
  SkillPayload,
  SkillsVocabulary,
} from '../vocab/skills-vocab';
import {
  createSectionLookup,
  endsListItem,
  isHyphen,
  isStandaloneItem,
  isWholeCompound,
  leadInLine,
  sentenceRange,
  tokenizeCached,
} from '../vocab/text-context';
import { isGluedToUnspaced, isJoined, isWord, punctOf } from '../vocab/tokenize';
import type { TokenizedText } from '../vocab/tokenize';
import {
  CompanyIntro,
  SentenceVetoes,
  addBracketedProducts,
  isDescribingSection,
  isFieldOfStudy,
} from './skills-rules';
import type { SkillMention } from './skills-rules';

/** How far (in tokens, on the same line) a plain skill confirms an ambiguous one. */
const CONTEXT_WINDOW = 12;
const APOSTROPHE = 39;

function surfaceOf(tt: TokenizedText, first: number, last: number): string {
  let surface = '';
  for (let k = first; k <= last && k < tt.count; k++) {
    if (isHyphen(tt, k)) continue;
    if (surface !== '' && !isJoined(tt, k)) surface += ' ';
    surface += tt.text.slice(tt.start[k], tt.end[k]);
  }
  return surface;
}

/** A word token that starts with a digit ("22", "2025"). */
function isNumberWord(tt: TokenizedText, k: number): boolean {
  if (!isWord(tt, k)) return false;
  const c = tt.text.charCodeAt(tt.start[k] ?? 0);
  return c >= 48 && c <= 57;
}

function isCapitalisedWord(tt: TokenizedText, k: number): boolean {
  if (!isWord(tt, k)) return false;
  const c = tt.text.charCodeAt(tt.start[k] ?? 0);
  return c >= 65 && c <= 90;
}

/** The local rules of an ambiguous form: case, neighbours, hyphen compounds ("go-getter"). */
function passesLocalRules(
  form: AmbiguousForm,
  tt: TokenizedText,
  first: number,
  last: number,
  vocab: SkillsVocabulary,
): boolean {
  if (form.caseSensitive && surfaceOf(tt, first, last) !== form.form) return false;
  const { line, id } = tt;
  const next = last + 1;
  if (next < tt.count && line[next] === line[last]) {
    const nextId = id[next] ?? -1;
    if (form.notBefore.has(nextId)) return false;
    if (form.notNextToNumber && isNumberWord(tt, next)) return false;
    if (isJoined(tt, next) && (isHyphen(tt, next) || punctOf(tt, next) === APOSTROPHE)) {
      return false;
    }
    if (
      form.isolated &&
      isWord(tt, next) &&
      !vocab.conjunctions.has(nextId) &&
      !form.allowNext.has(nextId)
    ) {
      return false;
    }
  }
  const prev = first - 1;
  if (prev >= 0 && line[prev] === line[last]) {
    if (form.notAfter.has(id[prev] ?? -1)) return false;
    if (form.notNextToNumber && isNumberWord(tt, prev)) return false;
    if (isHyphen(tt, prev) && isJoined(tt, first)) return false;
    if (form.notAfterName && isCapitalisedWord(tt, prev)) return false;
  }
  return true;
}

function acceptLocal(
  payload: SkillPayload,
  first: number,
  last: number,
  tt: TokenizedText,
  vocab: SkillsVocabulary,
): boolean {
  if (payload.kind === 'cue') return true;
  if (!isWholeCompound(tt, first, last)) return false;
  // Against Chinese or Japanese text a short name is as often an everyday abbreviation ("SNS運用",
  // "NEC製", "CPA、CPC渠道", "Go/No-Go判定"): only a name of four letters or more counts there.
  if (
    (isGluedToUnspaced(tt, first - 1, first) || isGluedToUnspaced(tt, last + 1, last)) &&
    (tt.end[last] ?? 0) - (tt.start[first] ?? 0) < GLUED_NAME_MIN
  ) {
    return false;
  }
  if (payload.entry.standalone && !isStandaloneItem(tt, first, last, vocab.conjunctions)) {
    return false;
  }
  return payload.form === null || passesLocalRules(payload.form, tt, first, last, vocab);
}

const GLUED_NAME_MIN = 4;
const NO_WORDS: ReadonlySet<number> = new Set();
const COMMA = 44;

/** A skill that needs no context: once matched, it can open a list for an ambiguous one. */
function isPlainPayload(p: SkillPayload): boolean {
  return p.kind === 'skill' && (p.form === null || !p.form.context) && !p.entry.standalone;
}

/**
 * "Python, SQL and Spark", "Python and R": an ambiguous name barred after "and" ("and spark
 * creativity", "R and D") is a skill when it ends a list or pair whose previous item is a plain skill (`lastPlainEnd`: the last token
 * of the latest accepted plain match).
 */
function acceptAfterListedSkill(
  payload: SkillPayload,
  first: number,
  last: number,
  tt: TokenizedText,
  vocab: SkillsVocabulary,
  lastPlainEnd: number,
): boolean {
  if (payload.kind !== 'skill' || payload.form === null) return false;
  const conjunction = first - 1;
  if (conjunction < 1 || tt.line[conjunction] !== tt.line[first]) return false;
  const conjunctionId = tt.id[conjunction] ?? -1;
  if (!vocab.conjunctions.has(conjunctionId) || !payload.form.notAfter.has(conjunctionId)) {
    return false;
  }
  let previous = conjunction - 1;
  if (punctOf(tt, previous) === COMMA) previous--;
  if (previous !== lastPlainEnd) return false;
  if (!isWholeCompound(tt, first, last)) return false;
  // "Python and R": a pair of two needs no list comma, only the name ending its item.
  if (!endsListItem(tt, last, vocab.conjunctions)) return false;
  return passesLocalRules({ ...payload.form, notAfter: NO_WORDS }, tt, first, last, vocab);
}

/** A plain skill (no context needed, not a soft skill) can vouch for an ambiguous neighbour. */
function isPlain(m: SkillMention): boolean {
  return (m.form === null || !m.form.context) && !m.entry.standalone;
}

/**
 * Answers "does an ambiguous mention have context?" from tables built once per text: the plain
 * mentions by sentence and by position, and per form the cue words counted per sentence. A
 * posting that repeats "Go, " thousands of times stays linear.
 */
class ContextIndex {
  /** Up to two distinct plain entries per sentence (two suffice: one differs from any entry). */
  private readonly bySentence = new Map<number, SkillEntry[]>();
  /** Plain mentions in text order. */
  private readonly plain: SkillMention[];
  private readonly cueCounts = new Map<AmbiguousForm, Map<number, number>>();

  constructor(
    mentions: readonly SkillMention[],
    private readonly tt: TokenizedText,
    private readonly vocab: SkillsVocabulary,
  ) {
    this.plain = mentions.filter(isPlain);
    for (const m of this.plain) {
      const sentence = tt.sentence[m.first] ?? -1;
      const entries = this.bySentence.get(sentence);
      if (entries === undefined) this.bySentence.set(sentence, [m.entry]);
      else if (entries.length < 2 && entries[0] !== m.entry) entries.push(m.entry);
    }
  }

  hasContext(m: SkillMention): boolean {
    const form = m.form;
    if (form === null || !form.context) return true;
    const { tt } = this;
    const sentence = tt.sentence[m.first] ?? -1;
    const entries = this.bySentence.get(sentence);
    if (entries !== undefined && entries.some((e) => e !== m.entry)) return true;
    if (this.plainNearby(m)) return true;
    // A cue anywhere in the sentence except inside the mention itself.
    const [from, to] = sentenceRange(tt, m.first);
    const own = this.cuesIn(form, Math.max(from, m.first), Math.min(to, m.last));
    return this.cuesInSentence(form, sentence, from, to) > own;
  }

  /** A plain mention of another skill on the same line within the window. */
  private plainNearby(m: SkillMention): boolean {
    const { plain, tt } = this;
    const line = tt.line[m.first];
    // First plain mention starting at or after m.first - CONTEXT_WINDOW (binary search).
    let lo = 0;
    let hi = plain.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((plain[mid]?.first ?? 0) < m.first - CONTEXT_WINDOW) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < plain.length; k++) {
      const other = plain[k];
      if (other === undefined || other.first > m.first + CONTEXT_WINDOW) break;
      if (other.entry !== m.entry && tt.line[other.first] === line) return true;
    }
    return false;
  }

  private isCue(form: AmbiguousForm, k: number): boolean {
    const id = this.tt.id[k] ?? -1;
    return form.cues.has(id) || this.vocab.techCues.has(id);
  }

  private cuesIn(form: AmbiguousForm, from: number, to: number): number {
    let count = 0;
    for (let k = from; k <= to; k++) if (this.isCue(form, k)) count++;
    return count;
  }

  private cuesInSentence(form: AmbiguousForm, sentence: number, from: number, to: number): number {
    let counts = this.cueCounts.get(form);
    if (counts === undefined) {
      counts = new Map();
      this.cueCounts.set(form, counts);
    }
    let count = counts.get(sentence);
    if (count === undefined) {
      count = this.cuesIn(form, from, to);
      counts.set(sentence, count);
    }
    return count;
  }
}

/** An 'about' section is company boilerplate unless its heading is about the role. */
function isCompanyBoilerplate(section: Section | null, vocab: SkillsVocabulary): boolean {
  if (section === null) return false;
  if (section.kind === 'benefits' || section.kind === 'salary') return true;
  if (section.kind !== 'about') return false;
  const heading = (section.heading ?? '').toLowerCase();
  for (const word of heading.split(/[^\p{L}]+/u))
    if (vocab.roleHeadingWords.has(word)) return false;
  return true;
}

// "🧑‍💻 Stack: React, TypeScript" under a messenger post's "💰 Salary (monthly):" bullets: a line
// labelled as the job's stack names skills whatever section it falls in.
const STACK_LABEL =
  /^[^\p{L}\n]{0,12}(?:(?:tech(?:nology)? )?stack|technologies|tecnologias|tecnologías|technologien)\s?:/iu;

function isStackLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  return STACK_LABEL.test(text.slice(from, from + 40));
}

/**
 * Finds the vocabulary skills in the cleaned text.
 * Input: the cleaned text and its sections (may be empty: then only sentence cues and list
 * lead-ins such as "Nice to have:" tell preferred from required).
 * Output: one Skill per canonical name, in order of first mention, with every evidence span;
 * `required` is false when every mention is preferred (a 'preferred' section, or a sentence or
 * list lead-in saying preferred / a plus / nice to have / von Vorteil / un plus / se valorará).
 * Limits: only names in the vocabulary; generic fields ("machine learning") are not skills;
 * soft skills count only as list items of their own ("Skills: teamwork, communication").
 */
export function extractSkills(text: string, sections: Section[]): Skill[] {
  const vocab = getSkillsVocabulary();
  const tt = tokenizeCached(text);
  let lastPlainEnd = -2;
  const matches: PhraseMatch<SkillPayload>[] = scanPhrases(tt, vocab.lexicon, (p, f, l) => {
    const ok =
      acceptLocal(p, f, l, tt, vocab) || acceptAfterListedSkill(p, f, l, tt, vocab, lastPlainEnd);
    if (ok && p.kind === 'skill' && isPlainPayload(p)) lastPlainEnd = l;
    return ok;
  });

  const preferredSentences = new Set<number>();
  const preferredLines = new Set<number>();
  const mentions: SkillMention[] = [];
  const vetoes = new SentenceVetoes(tt);
  for (const m of matches) {
    if (m.payload.kind === 'cue') {
      preferredSentences.add(tt.sentence[m.first] ?? -1);
      preferredLines.add(tt.line[m.first] ?? -1);
      continue;
    }
    mentions.push({ entry: m.payload.entry, form: m.payload.form, first: m.first, last: m.last });
  }

  addBracketedProducts(mentions, tt, vocab);
  const kept = mentions.filter((m) => !vetoes.vetoes(m));
  const context = new ContextIndex(kept, tt, vocab);
  const sectionAt = createSectionLookup(sections);
  const boilerplate = new Map<Section | null, boolean>();
  const byName = new Map<string, Skill>();
  const intro = new CompanyIntro(tt, vocab);
  for (const m of kept) {
    if (!context.hasContext(m)) continue;
    const start = tt.start[m.first] ?? 0;
    const section = sectionAt(start);
    if (section === null && sections.length > 0) continue;
    let skip = boilerplate.get(section);
    if (skip === undefined) {
      skip = isCompanyBoilerplate(section, vocab);
      boilerplate.set(section, skip);
    }
    if (skip && !isStackLine(text, start)) continue;
    if (m.entry.category === 'domain') {
      if (isDescribingSection(section) && intro.describes(m.first)) continue;
      if (isFieldOfStudy(tt, m.first, vocab)) continue;
    }

    const leadIn = leadInLine(tt, tt.line[m.first] ?? 0);
    const preferred =
      section?.kind === 'preferred' ||
      preferredSentences.has(tt.sentence[m.first] ?? -1) ||
      (leadIn >= 0 && preferredLines.has(leadIn));

    const span: Span = { start, end: tt.end[m.last] ?? start };
    const skill = byName.get(m.entry.name);
    if (skill === undefined) {
      byName.set(m.entry.name, {
        name: m.entry.name,
        category: m.entry.category,
        required: !preferred,
        spans: [span],
      });
    } else {
      skill.spans.push(span);
      if (!preferred) skill.required = true;
    }
  }
  return [...byName.values()];
}
