/**
 * Filtering and sorting the library list. Pure: takes plain views of the postings (edits
 * already applied), returns a new array; never mutates its input.
 */
import { annualiseBand } from '../compare/annualise';
import type { EmploymentType, ParsedPosting, Seniority, WorkMode } from '../model/posting';
import type { SearchHit } from './types';

/** What the list needs to know of one posting. */
export interface LibraryItem {
  id: string;
  createdAt: number;
  /** The posting as the user sees it (parsed values with the user's edits applied). */
  posting: ParsedPosting;
  status: string;
  tags: readonly string[];
  /** Sorts by this when the posting has no title (usually the file name). */
  fallbackTitle?: string;
}

export interface LibraryFilters {
  /** Keep postings with a band in this currency reaching at least this much a year. */
  minPay: { amount: number; currency: string } | null;
  /** Each list keeps postings matching ANY of its values; an empty list filters nothing. */
  workModes: WorkMode[];
  employmentTypes: EmploymentType[];
  seniorities: Seniority[];
  statuses: string[];
  /** Keep postings having ALL of these skills (case-insensitive canonical names). */
  skills: string[];
  /** Keep postings carrying ALL of these tags. */
  tags: string[];
}

export const SORT_KEYS = ['newest', 'pay', 'title', 'match'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const NO_FILTERS: LibraryFilters = Object.freeze({
  minPay: null,
  workModes: [],
  employmentTypes: [],
  seniorities: [],
  statuses: [],
  skills: [],
  tags: [],
}) as LibraryFilters;

/** The best yearly amount a posting states in `currency` (top of its bands), or null. */
export function topAnnualPay(posting: ParsedPosting, currency: string): number | null {
  let best: number | null = null;
  for (const band of posting.salary) {
    if (band.currency !== currency) continue;
    const annual = annualiseBand(band);
    const top = annual.max ?? annual.min;
    if (top !== null && (best === null || top > best)) best = top;
  }
  return best;
}

function mostCommonCurrency(items: readonly LibraryItem[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const band of item.posting.salary) {
      counts.set(band.currency, (counts.get(band.currency) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [currency, count] of counts) {
    if (count > bestCount) [best, bestCount] = [currency, count];
  }
  return best;
}

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function titleOf(item: LibraryItem): string {
  return item.posting.title?.value ?? item.fallbackTitle ?? '';
}

function matches(item: LibraryItem, f: LibraryFilters, skills: string[]): boolean {
  const p = item.posting;
  if (f.minPay) {
    const top = topAnnualPay(p, f.minPay.currency);
    if (top === null || top < f.minPay.amount) return false;
  }
  if (f.workModes.length && !(p.workMode && f.workModes.includes(p.workMode.value))) {
    return false;
  }
  if (
    f.employmentTypes.length &&
    !(p.employmentType && f.employmentTypes.includes(p.employmentType.value))
  ) {
    return false;
  }
  if (f.seniorities.length && !(p.seniority && f.seniorities.includes(p.seniority.value))) {
    return false;
  }
  if (f.statuses.length && !f.statuses.includes(item.status)) return false;
  if (skills.length) {
    const have = new Set(p.skills.map((s) => s.name.toLowerCase()));
    if (!skills.every((s) => have.has(s))) return false;
  }
  if (f.tags.length && !f.tags.every((t) => item.tags.includes(t))) return false;
  return true;
}

/**
 * The list to show: items passing every filter, in the chosen order.
 * - `hits`: pass the search hits while a query is typed: only those items are kept, and the
 *   'match' sort follows their ranking. Without hits, 'match' falls back to newest.
 * - 'pay' sorts by the top of the yearly pay in the min-pay filter's currency (or else the
 *   library's most common currency); postings without pay in it come last, newest first.
 * - 'title' is case- and accent-insensitive, numbers in natural order.
 * Minimum pay compares the TOP of each band in that currency, annualised (2,080 hours, 260 days,
 * 52 weeks, 12 months): "up to 120k" passes a 100k filter. Postings stating no pay in that
 * currency are left out (we cannot tell; currencies are never converted here).
 * @example filterAndSort(items, { ...NO_FILTERS, workModes: ['remote'] }, 'pay')
 * @example filterAndSort(items, filters, 'match', index.search(query))
 */
export function filterAndSort<T extends LibraryItem>(
  items: readonly T[],
  filters: LibraryFilters,
  sort: SortKey,
  hits?: readonly SearchHit[],
): T[] {
  const skills = filters.skills.map((s) => s.toLowerCase());
  let rank: Map<string, number> | null = null;
  if (hits) {
    rank = new Map();
    hits.forEach((h, i) => rank?.set(h.id, i));
  }
  const kept = items.filter(
    (item) => (rank === null || rank.has(item.id)) && matches(item, filters, skills),
  );
  const newest = (a: T, b: T) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
  switch (sort) {
    case 'newest':
      return kept.sort(newest);
    case 'title':
      return kept.sort((a, b) => titleCollator.compare(titleOf(a), titleOf(b)) || newest(a, b));
    case 'match': {
      const r = rank;
      if (!r) return kept.sort(newest);
      return kept.sort((a, b) => (r.get(a.id) ?? 0) - (r.get(b.id) ?? 0));
    }
    case 'pay': {
      const currency = filters.minPay?.currency ?? mostCommonCurrency(kept);
      const pay = new Map<string, number | null>();
      for (const item of kept) {
        pay.set(item.id, currency === null ? null : topAnnualPay(item.posting, currency));
      }
      return kept.sort((a, b) => {
        const pa = pay.get(a.id) ?? null;
        const pb = pay.get(b.id) ?? null;
        if (pa !== null && pb !== null && pa !== pb) return pb - pa;
        if ((pa === null) !== (pb === null)) return pa === null ? 1 : -1;
        return newest(a, b);
      });
    }
  }
}
