/**
 * How well a posting fits the user's profile: a skill match score (required skills weigh twice
 * as much as preferred ones), the skills the user lacks, and whether pay, work mode and location
 * fit. Pure; the profile is whatever the user typed, matched case-insensitively.
 */
import type { ParsedPosting, Skill, WorkMode } from '../model/posting';
import { annualiseBand, type AnnualBand } from './annualise';
import { convertBetween, type ExchangeRates } from './convert-currency';
import { skillKey } from './skill-overlap';

export interface UserProfile {
  /** Canonical skill names where the vocabulary knows them, else as typed. */
  skills: string[];
  /** What the user wants per year, in a currency of their choice. */
  targetPay: { amount: number; currency: string } | null;
  workMode: WorkMode | null;
  /** Free text, e.g. "Portland" or "Germany". */
  location: string;
}

export const EMPTY_PROFILE: UserProfile = {
  skills: [],
  targetPay: null,
  workMode: null,
  location: '',
};

export const REQUIRED_WEIGHT = 2;
export const PREFERRED_WEIGHT = 1;

export interface SkillMatch {
  /** 0-100, or null when the posting names no skills. */
  score: number | null;
  matched: Skill[];
  /** Asked-for skills the user lacks, required first, each list in posting order. */
  missingRequired: Skill[];
  missingPreferred: Skill[];
}

/**
 * Score = weight of the posting's skills the user has / weight of all its skills, as a whole
 * percentage. Example: required [A, B], preferred [C], user has A and C -> (2 + 1) / 5 = 60.
 * A skill listed twice counts once (as required if either mention is).
 */
export function scoreSkills(skills: readonly Skill[], userSkills: readonly string[]): SkillMatch {
  const have = new Set(userSkills.map(skillKey));
  const unique = new Map<string, Skill>();
  for (const s of skills) {
    const key = skillKey(s.name);
    const seen = unique.get(key);
    if (!seen) unique.set(key, s);
    else if (s.required && !seen.required) unique.set(key, { ...seen, required: true });
  }
  const result: SkillMatch = {
    score: null,
    matched: [],
    missingRequired: [],
    missingPreferred: [],
  };
  let total = 0;
  let got = 0;
  for (const [key, skill] of unique) {
    const weight = skill.required ? REQUIRED_WEIGHT : PREFERRED_WEIGHT;
    total += weight;
    if (have.has(key)) {
      got += weight;
      result.matched.push(skill);
    } else if (skill.required) {
      result.missingRequired.push(skill);
    } else {
      result.missingPreferred.push(skill);
    }
  }
  if (total > 0) result.score = Math.round((100 * got) / total);
  return result;
}

/** How a posting's best annual pay sits against the user's target. */
export type PayFit = 'above' | 'within' | 'below' | 'unknown';

/**
 * 'above': even the bottom of its best band reaches the target; 'within': the target lies inside
 * the band; 'below': even the top is under it; 'unknown': no pay, no target, or no rate to
 * convert between the posting's currency and the target's.
 */
export function fitPay(
  bands: readonly AnnualBand[],
  target: UserProfile['targetPay'],
  exchange: ExchangeRates,
): PayFit {
  if (!target || target.amount <= 0) return 'unknown';
  const rank: Record<PayFit, number> = { unknown: 0, below: 1, within: 2, above: 3 };
  let best: PayFit = 'unknown';
  for (const band of bands) {
    const convert = (v: number | null) =>
      v === null ? null : convertBetween(v, band.currency, target.currency, exchange);
    const low = convert(band.min);
    const high = convert(band.max);
    if (low === null && high === null) continue;
    const top = high ?? low!;
    const bottom = low ?? high!;
    const fit: PayFit =
      bottom >= target.amount ? 'above' : top >= target.amount ? 'within' : 'below';
    if (rank[fit] > rank[best]) best = fit;
  }
  return best;
}

/** True / false when both sides state a work mode; null when either does not. */
export function fitWorkMode(posting: WorkMode | null, wanted: WorkMode | null): boolean | null {
  if (!posting || !wanted) return null;
  return posting === wanted;
}

/**
 * True when any posting location contains the user's place or the other way round ("Portland"
 * in "Portland, OR"); a remote posting fits any place. Null when either side is empty.
 */
export function fitLocation(
  locations: readonly string[],
  workMode: WorkMode | null,
  wanted: string,
): boolean | null {
  const place = wanted.trim().toLowerCase();
  if (!place) return null;
  if (workMode === 'remote') return true;
  if (locations.length === 0) return null;
  return locations.some((l) => {
    const loc = l.toLowerCase();
    return loc.includes(place) || place.includes(loc);
  });
}

export interface PostingMatch {
  skills: SkillMatch;
  pay: PayFit;
  workMode: boolean | null;
  location: boolean | null;
}

/** Everything the comparison shows about one posting's fit to the profile. */
export function matchPosting(
  posting: Pick<ParsedPosting, 'skills' | 'salary' | 'workMode' | 'locations'>,
  profile: UserProfile,
  exchange: ExchangeRates,
): PostingMatch {
  return {
    skills: scoreSkills(posting.skills, profile.skills),
    pay: fitPay(posting.salary.map(annualiseBand), profile.targetPay, exchange),
    workMode: fitWorkMode(posting.workMode?.value ?? null, profile.workMode),
    location: fitLocation(
      posting.locations.map((l) => l.value),
      posting.workMode?.value ?? null,
      profile.location,
    ),
  };
}
