/**
 * The benefits vocabulary: normalised keys, trigger phrases and context cues, all data
 * (benefits.json), compiled lazily into one phrase lexicon shared with the skills tokeniser.
 *
 * A `strong` trigger names a benefit on its own ("401(k) match", "dental insurance"). A `weak`
 * one ("medical", "vision", "holidays", "Stock") counts only where the posting is plainly
 * offering something: a benefits section, a sentence or list lead-in with an offer cue
 * ("benefits include", "we offer", "wir bieten"), or next to a strong trigger.
 */
import { addPhrase, createLexicon } from './lexicon';
import type { Lexicon } from './lexicon';
import { WORDS } from './tokenize';
import benefitsData from './benefits.json';

export interface BenefitTrigger {
  keys: string[];
  strength: 'strong' | 'weak';
  /** At least one of these words must be in the sentence ("vision" needs "dental", "medical"...). */
  requireNear: ReadonlySet<number>;
  /** None of these words may be in the sentence ("equity" next to "diversity", "inclusion"). */
  notNear: ReadonlySet<number>;
  /** Word ids (see `WORDS`), like every word set here. */
  notBefore: ReadonlySet<number>;
  notAfter: ReadonlySet<number>;
  /** Rejected after "used for" in the same sentence: holidays as a use of PTO are not paid holidays. */
  blockedByPurpose: boolean;
}

export type BenefitCue = 'offer' | 'requirement' | 'purpose';

export type BenefitPayload =
  { kind: 'trigger'; trigger: BenefitTrigger } | { kind: 'cue'; cue: BenefitCue };

export interface BenefitsVocabulary {
  keys: string[];
  triggers: BenefitTrigger[];
  lexicon: Lexicon<BenefitPayload>;
  negations: ReadonlySet<number>;
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Lowercased words as ids in the shared word table, so tokens compare by number. */
function lowerIds(value: unknown): Set<number> {
  return new Set(stringList(value).map((v) => WORDS.intern(v.toLowerCase())));
}

function buildBenefitsVocabulary(): BenefitsVocabulary {
  const problems: string[] = [];
  const data: Record<string, unknown> = isRecord(benefitsData) ? benefitsData : {};
  const keys = stringList(data.keys);
  const keySet = new Set(keys);
  const lexicon = createLexicon<BenefitPayload>();
  const triggers: BenefitTrigger[] = [];

  const addCue = (phrase: string, cue: BenefitCue): void => {
    const existing = addPhrase(lexicon, phrase, { kind: 'cue', cue });
    if (existing !== undefined && !(existing.kind === 'cue' && existing.cue === cue)) {
      problems.push(`cue "${phrase}" is already a ${existing.kind}`);
    }
  };
  // Triggers first: a phrase that is both ("health benefits") is a trigger.
  for (const raw of Array.isArray(data.triggers) ? data.triggers : []) {
    if (!isRecord(raw)) {
      problems.push('a trigger group is not an object');
      continue;
    }
    const triggerKeys = stringList(raw.keys);
    for (const key of triggerKeys) if (!keySet.has(key)) problems.push(`unknown key ${key}`);
    const trigger: BenefitTrigger = {
      keys: triggerKeys,
      strength: raw.strength === 'weak' ? 'weak' : 'strong',
      requireNear: lowerIds(raw.requireNear),
      notNear: lowerIds(raw.notNear),
      notBefore: lowerIds(raw.notBefore),
      notAfter: lowerIds(raw.notAfter),
      blockedByPurpose: raw.blockedByPurpose === true,
    };
    triggers.push(trigger);
    for (const phrase of stringList(raw.phrases)) {
      const existing = addPhrase(lexicon, phrase, { kind: 'trigger', trigger });
      if (
        existing !== undefined &&
        !(existing.kind === 'trigger' && existing.trigger === trigger)
      ) {
        problems.push(`phrase "${phrase}" is in two trigger groups`);
      }
    }
  }
  for (const cue of stringList(data.offerCues)) addCue(cue, 'offer');
  for (const cue of stringList(data.requirementCues)) addCue(cue, 'requirement');
  for (const cue of stringList(data.purposeCues)) addCue(cue, 'purpose');
  return { keys, triggers, lexicon, negations: lowerIds(data.negations), problems };
}

let vocabulary: BenefitsVocabulary | null = null;

/** The compiled benefits vocabulary, built on first use and kept. */
export function getBenefitsVocabulary(): BenefitsVocabulary {
  vocabulary ??= buildBenefitsVocabulary();
  return vocabulary;
}
