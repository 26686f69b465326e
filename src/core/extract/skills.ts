/**
 * Skills: every vocabulary skill named in the cleaned text, one entry per canonical name with all
 * its evidence spans. One tokenisation and one scan of a phrase Map (src/core/vocab), then the
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
  isStandaloneItem,
  isWholeCompound,
  leadInLine,
  sentenceRange,
  tokenizeCached,
} from '../vocab/text-context';
import type { Token, TokenizedText } from '../vocab/tokenize';

/** How far (in tokens, on the same line) a plain skill confirms an ambiguous one. */
const CONTEXT_WINDOW = 12;

function surfaceOf(text: string, tokens: readonly Token[], first: number, last: number): string {
  let surface = '';
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.norm === '-') continue;
    if (surface !== '' && !t.joined) surface += ' ';
    surface += text.slice(t.start, t.end);
  }
  return surface;
}

function isCapitalisedWord(text: string, t: Token | undefined): boolean {
  if (t === undefined || !t.word) return false;
  const c = text.charCodeAt(t.start);
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
  const { tokens, text } = tt;
  if (form.caseSensitive && surfaceOf(text, tokens, first, last) !== form.form) return false;
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  const sameLine = (t: Token | undefined): t is Token =>
    t !== undefined && t.line === tokens[last]?.line;
  if (sameLine(next)) {
    if (form.notBefore.has(next.norm)) return false;
    if (next.joined && (next.norm === '-' || next.norm === "'")) return false;
    if (
      form.isolated &&
      next.word &&
      !vocab.conjunctions.has(next.norm) &&
      !form.allowNext.has(next.norm)
    ) {
      return false;
    }
  }
  if (sameLine(prev)) {
    if (form.notAfter.has(prev.norm)) return false;
    if (prev.norm === '-' && tokens[first]?.joined === true) return false;
    if (form.notAfterName && isCapitalisedWord(text, prev)) return false;
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
  if (!isWholeCompound(tt.tokens, first, last)) return false;
  if (payload.entry.standalone && !isStandaloneItem(tt.tokens, first, last, vocab.conjunctions)) {
    return false;
  }
  return payload.form === null || passesLocalRules(payload.form, tt, first, last, vocab);
}

interface SkillMention {
  entry: SkillEntry;
  form: AmbiguousForm | null;
  first: number;
  last: number;
}

/** A plain skill (no context needed, not a soft skill) can vouch for an ambiguous neighbour. */
function isPlain(m: SkillMention): boolean {
  return (m.form === null || !m.form.context) && !m.entry.standalone;
}

function hasContext(
  m: SkillMention,
  mentions: readonly SkillMention[],
  tokens: readonly Token[],
  vocab: SkillsVocabulary,
): boolean {
  const form = m.form;
  if (form === null || !form.context) return true;
  const self = tokens[m.first];
  if (self === undefined) return false;
  for (const other of mentions) {
    if (other === m || !isPlain(other) || other.entry === m.entry) continue;
    const t = tokens[other.first];
    if (t === undefined) continue;
    if (t.sentence === self.sentence) return true;
    if (t.line === self.line && Math.abs(other.first - m.first) <= CONTEXT_WINDOW) return true;
  }
  const [from, to] = sentenceRange(tokens, m.first);
  for (let k = from; k <= to; k++) {
    if (k >= m.first && k <= m.last) continue;
    const norm = tokens[k]?.norm;
    if (norm !== undefined && (form.cues.has(norm) || vocab.techCues.has(norm))) return true;
  }
  return false;
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
  const { tokens } = tt;
  const matches: PhraseMatch<SkillPayload>[] = scanPhrases(tokens, vocab.lexicon, (p, f, l) =>
    acceptLocal(p, f, l, tt, vocab),
  );

  const preferredSentences = new Set<number>();
  const preferredLines = new Set<number>();
  const mentions: SkillMention[] = [];
  for (const m of matches) {
    if (m.payload.kind === 'cue') {
      const t = tokens[m.first];
      if (t !== undefined) {
        preferredSentences.add(t.sentence);
        preferredLines.add(t.line);
      }
      continue;
    }
    mentions.push({ entry: m.payload.entry, form: m.payload.form, first: m.first, last: m.last });
  }

  const sectionAt = createSectionLookup(sections);
  const byName = new Map<string, Skill>();
  const leadIns = new Map<number, number>();
  for (const m of mentions) {
    const firstToken = tokens[m.first];
    const lastToken = tokens[m.last];
    if (firstToken === undefined || lastToken === undefined) continue;
    if (!hasContext(m, mentions, tokens, vocab)) continue;
    const section = sectionAt(firstToken.start);
    if (isCompanyBoilerplate(section, vocab)) continue;

    let leadIn = leadIns.get(firstToken.line);
    if (leadIn === undefined) {
      leadIn = leadInLine(tt, firstToken.line);
      leadIns.set(firstToken.line, leadIn);
    }
    const preferred =
      section?.kind === 'preferred' ||
      preferredSentences.has(firstToken.sentence) ||
      (leadIn >= 0 && preferredLines.has(leadIn));

    const span: Span = { start: firstToken.start, end: lastToken.end };
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
