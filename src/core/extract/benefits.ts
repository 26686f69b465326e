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
import type { Token, TokenizedText } from '../vocab/tokenize';

const NOT_OFFERED_SECTIONS = new Set(['requirements', 'preferred', 'responsibilities']);
const OFFERED_SECTIONS = new Set(['benefits', 'salary']);
/** How many tokens before a trigger a negation ("no", "kein", "sin") cancels it. */
const NEGATION_REACH = 3;

function acceptLocal(
  payload: BenefitPayload,
  first: number,
  last: number,
  tokens: readonly Token[],
  vocab: BenefitsVocabulary,
): boolean {
  if (payload.kind === 'cue') return true;
  if (!isWholeCompound(tokens, first, last)) return false;
  const { trigger } = payload;
  const line = tokens[first]?.line;
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  if (next !== undefined && next.line === line && trigger.notBefore.has(next.norm)) return false;
  if (prev !== undefined && prev.line === line && trigger.notAfter.has(prev.norm)) return false;
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= Math.max(0, first - NEGATION_REACH); k--) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== sentence) break;
    if (vocab.negations.has(t.norm)) return false;
  }
  return true;
}

interface SentenceFacts {
  offer: boolean;
  requirement: boolean;
  strong: boolean;
  /** Token index of the first purpose cue ("used for"), or -1. */
  purposeAt: number;
}

function factsFor(map: Map<number, SentenceFacts>, sentence: number): SentenceFacts {
  let facts = map.get(sentence);
  if (facts === undefined) {
    facts = { offer: false, requirement: false, strong: false, purposeAt: -1 };
    map.set(sentence, facts);
  }
  return facts;
}

function sentenceHasAny(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  const [from, to] = sentenceRange(tokens, at);
  for (let k = from; k <= to; k++) {
    const norm = tokens[k]?.norm;
    if (norm !== undefined && words.has(norm)) return true;
  }
  return false;
}

function passesSentenceRules(
  trigger: BenefitTrigger,
  first: number,
  tokens: readonly Token[],
  facts: SentenceFacts | undefined,
): boolean {
  if (trigger.requireNear.size > 0 && !sentenceHasAny(tokens, first, trigger.requireNear)) {
    return false;
  }
  if (sentenceHasAny(tokens, first, trigger.notNear)) return false;
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
  const { tokens } = tt;
  const matches = scanPhrases(tokens, vocab.lexicon, (p, f, l) =>
    acceptLocal(p, f, l, tokens, vocab),
  );

  const sentences = new Map<number, SentenceFacts>();
  const offerLines = new Set<number>();
  for (const m of matches) {
    const t = tokens[m.first];
    if (t === undefined) continue;
    const facts = factsFor(sentences, t.sentence);
    if (m.payload.kind === 'trigger') {
      if (m.payload.trigger.strength === 'strong') facts.strong = true;
    } else if (m.payload.cue === 'offer') {
      facts.offer = true;
      offerLines.add(t.line);
    } else if (m.payload.cue === 'requirement') {
      facts.requirement = true;
    } else if (facts.purposeAt < 0) {
      facts.purposeAt = m.first;
    }
  }

  const sectionAt = createSectionLookup(sections);
  const byKey = new Map<string, Benefit>();
  for (const m of matches) {
    if (m.payload.kind !== 'trigger') continue;
    const { trigger } = m.payload;
    const firstToken = tokens[m.first];
    const lastToken = tokens[m.last];
    if (firstToken === undefined || lastToken === undefined) continue;
    const section = sectionAt(firstToken.start);
    if (section !== null && NOT_OFFERED_SECTIONS.has(section.kind)) continue;
    const inOfferSection = section !== null && OFFERED_SECTIONS.has(section.kind);
    const facts = sentences.get(firstToken.sentence);
    if (!inOfferSection && facts !== undefined && facts.requirement && !facts.offer) continue;
    if (!passesSentenceRules(trigger, m.first, tokens, facts)) continue;
    if (trigger.strength === 'weak' && !inOfferSection) {
      const leadIn = leadInLine(tt, firstToken.line);
      const offered =
        facts?.offer === true ||
        facts?.strong === true ||
        offerLines.has(firstToken.line) ||
        (leadIn >= 0 && offerLines.has(leadIn));
      if (!offered) continue;
    }
    const span: Span = { start: firstToken.start, end: lastToken.end };
    for (const key of trigger.keys) {
      const benefit = byKey.get(key);
      if (benefit === undefined) byKey.set(key, { key, spans: [span] });
      else benefit.spans.push(span);
    }
  }
  return [...byKey.values()];
}
