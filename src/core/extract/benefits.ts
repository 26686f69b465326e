/**
 * Benefits: what the posting offers, as normalised keys (src/core/vocab/benefits.json) with the
 * evidence spans. Only offered things count: mentions in requirement, preferred or duty sections,
 * or in a sentence that asks for experience without offering anything, are ignored.
 */
import type { Benefit, Span } from '../model/posting';
import type { Section } from '../model/section';
import { getBenefitsVocabulary } from '../vocab/benefits-vocab';
import type { BenefitPayload, BenefitTrigger, BenefitsVocabulary } from '../vocab/benefits-vocab';
import { scanPhrases } from '../vocab/lexicon';
import {
  createSectionLookup,
  isWholeCompound,
  leadInLine,
  sentenceRange,
  tokenizeCached,
} from '../vocab/text-context';
import { isWord, punctOf } from '../vocab/tokenize';
import type { TokenizedText } from '../vocab/tokenize';

const NOT_OFFERED_SECTIONS = new Set(['requirements', 'preferred', 'responsibilities']);
const OFFERED_SECTIONS = new Set(['benefits', 'salary']);
/** How many tokens before a trigger a negation ("no", "kein", "sin") cancels it. */
const NEGATION_REACH = 3;

function acceptLocal(
  payload: BenefitPayload,
  first: number,
  last: number,
  tt: TokenizedText,
  vocab: BenefitsVocabulary,
): boolean {
  if (payload.kind === 'cue') return true;
  if (!isWholeCompound(tt, first, last)) return false;
  const { trigger } = payload;
  const { line, id, sentence } = tt;
  const lineOf = line[first];
  if (
    last + 1 < tt.count &&
    line[last + 1] === lineOf &&
    trigger.notBefore.has(id[last + 1] ?? -1)
  ) {
    return false;
  }
  if (first > 0 && line[first - 1] === lineOf && trigger.notAfter.has(id[first - 1] ?? -1)) {
    return false;
  }
  const sentenceOf = sentence[first];
  for (let k = first - 1; k >= Math.max(0, first - NEGATION_REACH); k--) {
    if (sentence[k] !== sentenceOf) break;
    if (vocab.negations.has(id[k] ?? -1)) return false;
  }
  return true;
}

const COLON = 58;

/**
 * An offer cue that opens its line and is followed by a colon labels the line as an offer, even
 * under a requirements heading: job boards print "Compléments de salaire : Mutuelle" or
 * "Benefits: 401(k)" as a field of the profile block.
 */
function isLineLabel(tt: TokenizedText, first: number, last: number): boolean {
  const { line } = tt;
  for (let k = first - 1; k >= 0 && line[k] === line[first]; k--) {
    if (isWord(tt, k)) return false;
  }
  for (let k = last + 1; k < tt.count && line[k] === line[first] && k <= last + 6; k++) {
    if (punctOf(tt, k) === COLON) return true;
  }
  return false;
}

/**
 * A block under an offer sub-heading ("Pay and benefits", "Package & Remuneration", "Das
 * Angebot") is an offer even where the section splitter did not take that line for a heading
 * and the block still sits in the requirements or duties section above it.
 */
function isUnderOfferHeading(
  tt: TokenizedText,
  line: number,
  offerLines: ReadonlySet<number>,
  requirementLines: ReadonlySet<number>,
): boolean {
  if (offerLines.size === 0) return false;
  const leadIn = leadInLine(tt, line);
  return leadIn >= 0 && offerLines.has(leadIn) && !requirementLines.has(leadIn);
}

interface SentenceFacts {
  offer: boolean;
  requirement: boolean;
  strong: boolean;
  /** Token index of the first purpose cue ("used for"), or -1. */
  purposeAt: number;
}

function factsFor(bySentence: (SentenceFacts | undefined)[], sentence: number): SentenceFacts {
  let facts = bySentence[sentence];
  if (facts === undefined) {
    facts = { offer: false, requirement: false, strong: false, purposeAt: -1 };
    bySentence[sentence] = facts;
  }
  return facts;
}

/** Whether a sentence holds any of some words: one count per sentence and word set. */
class SentenceWords {
  private readonly seen = new Map<ReadonlySet<number>, Map<number, boolean>>();

  constructor(private readonly tt: TokenizedText) {}

  hasAny(at: number, words: ReadonlySet<number>): boolean {
    if (words.size === 0) return false;
    let bySentence = this.seen.get(words);
    if (bySentence === undefined) {
      bySentence = new Map();
      this.seen.set(words, bySentence);
    }
    const sentence = this.tt.sentence[at] ?? -1;
    let found = bySentence.get(sentence);
    if (found === undefined) {
      found = false;
      const [from, to] = sentenceRange(this.tt, at);
      for (let k = from; k <= to && !found; k++) found = words.has(this.tt.id[k] ?? -1);
      bySentence.set(sentence, found);
    }
    return found;
  }
}

function passesSentenceRules(
  trigger: BenefitTrigger,
  first: number,
  words: SentenceWords,
  facts: SentenceFacts | undefined,
): boolean {
  if (trigger.requireNear.size > 0 && !words.hasAny(first, trigger.requireNear)) {
    return false;
  }
  if (words.hasAny(first, trigger.notNear)) return false;
  if (trigger.blockedByPurpose && facts !== undefined && facts.purposeAt >= 0) {
    if (facts.purposeAt < first) return false;
  }
  return true;
}

/**
 * Finds the benefits a posting offers.
 * Input: the cleaned text and its sections (may be empty: then sentence cues and list lead-ins
 * such as "Benefits & Perks" or "may also include:" decide what is offered).
 * Output: one Benefit per key, in order of first mention, with every evidence span.
 * Example: "Other perks include 401(k) match and PTO." -> retirement_plan, retirement_match, pto.
 * Limits: "holidays" listed as a use of PTO ("can be used for vacation, sick leave, holidays") is
 * not a paid holiday; keys outside benefits.json are never produced.
 */
export function extractBenefits(text: string, sections: Section[]): Benefit[] {
  const vocab = getBenefitsVocabulary();
  const tt: TokenizedText = tokenizeCached(text);
  const matches = scanPhrases(tt, vocab.lexicon, (p, f, l) => acceptLocal(p, f, l, tt, vocab));

  // By sentence id (never above the last token's).
  const sentences = new Array<SentenceFacts | undefined>((tt.sentence[tt.count - 1] ?? 0) + 1);
  const offerLines = new Set<number>();
  /** Lines opening with an offer label ("Compléments de salaire : Mutuelle, ..."). */
  const labelLines = new Set<number>();
  const requirementLines = new Set<number>();
  for (const m of matches) {
    const facts = factsFor(sentences, tt.sentence[m.first] ?? 0);
    if (m.payload.kind === 'trigger') {
      if (m.payload.trigger.strength === 'strong') facts.strong = true;
    } else if (m.payload.cue === 'offer') {
      facts.offer = true;
      offerLines.add(tt.line[m.first] ?? -1);
      if (isLineLabel(tt, m.first, m.last)) labelLines.add(tt.line[m.first] ?? -1);
    } else if (m.payload.cue === 'requirement') {
      facts.requirement = true;
      requirementLines.add(tt.line[m.first] ?? -1);
    } else if (facts.purposeAt < 0) {
      facts.purposeAt = m.first;
    }
  }

  const sectionAt = createSectionLookup(sections);
  const words = new SentenceWords(tt);
  const byKey = new Map<string, Benefit>();
  for (const m of matches) {
    if (m.payload.kind !== 'trigger') continue;
    const { trigger } = m.payload;
    const start = tt.start[m.first] ?? 0;
    const lineOf = tt.line[m.first] ?? 0;
    const section = sectionAt(start);
    const labelled = labelLines.has(lineOf);
    const underHeading = isUnderOfferHeading(tt, lineOf, offerLines, requirementLines);
    if (section !== null && NOT_OFFERED_SECTIONS.has(section.kind) && !labelled && !underHeading) {
      continue;
    }
    const inOfferSection = labelled || (section !== null && OFFERED_SECTIONS.has(section.kind));
    const facts = sentences[tt.sentence[m.first] ?? 0];
    if (!inOfferSection && facts !== undefined && facts.requirement && !facts.offer) continue;
    if (!passesSentenceRules(trigger, m.first, words, facts)) continue;
    if (trigger.strength === 'weak' && !inOfferSection) {
      const leadIn = leadInLine(tt, lineOf);
      const offered =
        facts?.offer === true ||
        facts?.strong === true ||
        offerLines.has(lineOf) ||
        (leadIn >= 0 && offerLines.has(leadIn));
      if (!offered) continue;
    }
    const span: Span = { start, end: tt.end[m.last] ?? start };
    for (const key of trigger.keys) {
      const benefit = byKey.get(key);
      if (benefit === undefined) byKey.set(key, { key, spans: [span] });
      else benefit.spans.push(span);
    }
  }
  return [...byKey.values()];
}
