/**
 * The library's query, filters and sort as URL parameters, so back/forward, reload and shared
 * links keep them. Only non-default values are written; unknown or invalid values are dropped
 * when reading, never trusted.
 */
import { EMPLOYMENT_TYPES, SENIORITIES, WORK_MODES } from '../model/posting';
import { NO_FILTERS, SORT_KEYS, type LibraryFilters, type SortKey } from './filter-sort';

/** Everything about the list the URL holds. */
export interface LibraryQuery {
  q: string;
  fullText: boolean;
  filters: LibraryFilters;
  sort: SortKey;
}

export const DEFAULT_LIBRARY_QUERY: LibraryQuery = {
  q: '',
  fullText: false,
  filters: NO_FILTERS,
  sort: 'newest',
};

/** The parameter names this module owns (everything else in the URL is left alone). */
export const LIBRARY_PARAMS = [
  'q',
  'full',
  'minpay',
  'mode',
  'type',
  'level',
  'status',
  'skill',
  'tag',
  'sort',
] as const;
type ParamName = (typeof LIBRARY_PARAMS)[number];

// Lists are comma-joined; a comma or percent sign inside a value is escaped.
const encodeList = (values: readonly string[]): string | null =>
  values.length ? values.map((v) => v.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',') : null;
const decodeList = (raw: string | null): string[] =>
  raw
    ? raw
        .split(',')
        .map((v) => v.replace(/%2C/gi, ',').replace(/%25/g, '%').trim())
        .filter((v) => v !== '')
    : [];

function pickKnown<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  return decodeList(raw).filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/**
 * The list state as parameters for the app's `navigate()`: every owned name is present, null
 * when at its default (so navigate removes it).
 * @example navigate(filtersToParams({ ...DEFAULT_LIBRARY_QUERY, q: 'nurse' }), { replace: true })
 *   // ?q=nurse
 */
export function filtersToParams(query: LibraryQuery): Record<ParamName, string | null> {
  const f = query.filters;
  return {
    q: query.q.trim() ? query.q : null,
    full: query.fullText ? '1' : null,
    minpay: f.minPay ? `${f.minPay.amount}-${f.minPay.currency}` : null,
    mode: encodeList(f.workModes),
    type: encodeList(f.employmentTypes),
    level: encodeList(f.seniorities),
    status: encodeList(f.statuses),
    skill: encodeList(f.skills),
    tag: encodeList(f.tags),
    sort: query.sort === 'newest' ? null : query.sort,
  };
}

/**
 * Reads the list state back from URL parameters (a URLSearchParams fits). Invalid values fall
 * back to defaults: a hand-edited or old link never breaks the list.
 * @example filtersFromParams(new URLSearchParams('q=nurse&mode=remote&minpay=90000-USD&sort=pay'))
 */
export function filtersFromParams(params: { get(name: string): string | null }): LibraryQuery {
  const minPayMatch = /^(\d+(?:\.\d+)?)-([A-Z]{3})$/.exec(params.get('minpay') ?? '');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    fullText: params.get('full') === '1',
    filters: {
      minPay: minPayMatch
        ? { amount: Number(minPayMatch[1]), currency: minPayMatch[2] as string }
        : null,
      workModes: pickKnown(params.get('mode'), WORK_MODES),
      employmentTypes: pickKnown(params.get('type'), EMPLOYMENT_TYPES),
      seniorities: pickKnown(params.get('level'), SENIORITIES),
      statuses: decodeList(params.get('status')),
      skills: decodeList(params.get('skill')),
      tags: decodeList(params.get('tag')),
    },
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'newest',
  };
}
