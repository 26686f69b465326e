/**
 * Near-duplicate postings: the same job cross-posted on two boards, or saved twice from pages
 * with different chrome. Same title and company (normalised) AND mostly the same words.
 * Exact duplicates are caught earlier by content hash; this only OFFERS a merge, never merges.
 */
import { tokenize } from '../search/normalise';

export interface DedupeDoc {
  id: string;
  title: string;
  company: string;
  /** The posting's cleaned text. */
  text: string;
}

export interface NearDuplicate {
  id: string;
  /** Share of word 3-shingles in common, 0..1 (see `textSimilarity`). */
  similarity: number;
}

/** Default similarity at or above which two postings are offered for merging. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

// Legal forms vary between boards ("Acme Inc." vs "Acme"); they never tell two employers apart.
const LEGAL_FORMS = new Set([
  'inc',
  'llc',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'bv',
  'nv',
  'plc',
  'co',
  'corp',
  'corporation',
  'company',
  'kg',
  'srl',
  'spa',
  'oy',
  'ab',
  'as',
]);

/** "Acme, Inc." -> "acme"; "Senior  Nurse (m/w/d)" -> "senior nurse m w d". */
export function normaliseName(name: string, dropLegalForms = false): string {
  const words = tokenize(name);
  return (dropLegalForms ? words.filter((w) => !LEGAL_FORMS.has(w)) : words).join(' ');
}

const SHINGLE = 3;

/** Distinct word 3-shingles (a text of fewer words is one shingle). */
export function shingles(text: string): Set<string> {
  const words = tokenize(text);
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  return out;
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = countShared(a, b);
  return shared / (a.size + b.size - shared);
}

/** Below this many shingles a text is too short to judge by containment. */
const MIN_SHINGLES_FOR_CONTAINMENT = 20;

/**
 * How much of the shorter text the longer one contains: |A ∩ B| / min(|A|, |B|). Plain Jaccard
 * punishes board chrome ("Posted 3 days ago · 87 applicants", "Apply now on ...") around the
 * same body: a 150-word posting cross-posted with a few lines of chrome scores 0.78 Jaccard but
 * 0.89 here. Very short texts fall back to Jaccard, so a stub is not "contained" in everything.
 */
export function textSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (Math.min(a.size, b.size) < MIN_SHINGLES_FOR_CONTAINMENT) return jaccard(a, b);
  return countShared(a, b) / Math.min(a.size, b.size);
}

/**
 * Existing postings that are near-duplicates of `candidate`, most similar first. Only postings
 * with the same normalised title and company are compared, so a library of thousands costs a
 * handful of comparisons. A posting with no title or no company is never matched.
 * @example findNearDuplicates(newDoc, library) // [{ id: 'p12', similarity: 0.91 }]
 */
export function findNearDuplicates(
  candidate: DedupeDoc,
  existing: readonly DedupeDoc[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const title = normaliseName(candidate.title);
  const company = normaliseName(candidate.company, true);
  if (!title || !company) return [];
  let mine: Set<string> | null = null;
  const out: NearDuplicate[] = [];
  for (const other of existing) {
    if (other.id === candidate.id) continue;
    if (normaliseName(other.title) !== title) continue;
    if (normaliseName(other.company, true) !== company) continue;
    mine ??= shingles(candidate.text);
    const similarity = textSimilarity(mine, shingles(other.text));
    if (similarity >= threshold) out.push({ id: other.id, similarity });
  }
  return out.sort((a, b) => b.similarity - a.similarity);
}
