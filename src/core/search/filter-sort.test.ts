import { describe, expect, it } from 'vitest';
import { emptyPosting, type ParsedPosting, type SalaryBand } from '../model/posting';
import { filtersFromParams, filtersToParams, DEFAULT_LIBRARY_QUERY } from './filter-params';
import { filterAndSort, NO_FILTERS, type LibraryItem } from './filter-sort';
import type { SearchHit } from './types';

const band = (
  min: number | null,
  max: number | null,
  currency: string,
  period: SalaryBand['period'],
): SalaryBand => ({
  min,
  max,
  currency,
  period,
  label: null,
  spans: [],
});
const ev = <T>(value: T) => ({ value, spans: [] });

function item(
  id: string,
  createdAt: number,
  p: Partial<ParsedPosting>,
  extra: Partial<LibraryItem> = {},
): LibraryItem {
  return {
    id,
    createdAt,
    posting: { ...emptyPosting(), ...p },
    status: 'saved',
    tags: [],
    ...extra,
  };
}

const ITEMS: LibraryItem[] = [
  item('hourly', 1, {
    title: ev('Registered Nurse'),
    salary: [band(45, 55, 'USD', 'hour')], // 93,600 - 114,400 a year
    workMode: ev('onsite'),
    employmentType: ev('full-time'),
    skills: [{ name: 'Patient Care', category: 'domain', required: true, spans: [] }],
  }),
  item(
    'yearly',
    2,
    {
      title: ev('backend developer'),
      salary: [band(90000, 100000, 'USD', 'year')],
      workMode: ev('remote'),
      seniority: ev('senior'),
      skills: [
        { name: 'Go', category: 'language', required: true, spans: [] },
        { name: 'Kubernetes', category: 'cloud', required: false, spans: [] },
      ],
    },
    { tags: ['shortlist', 'remote-ok'], status: 'applied' },
  ),
  item(
    'euro',
    3,
    {
      title: ev('Électricien'),
      salary: [band(3000, null, 'EUR', 'month')], // from 36,000 a year
      workMode: ev('hybrid'),
      employmentType: ev('contract'),
    },
    { tags: ['shortlist'] },
  ),
  item('unpaid', 4, { title: null }, { fallbackTitle: 'posting.pdf', status: 'rejected' }),
];

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('filterAndSort', () => {
  it('keeps everything, newest first, without filters', () => {
    expect(ids(filterAndSort(ITEMS, NO_FILTERS, 'newest'))).toEqual([
      'unpaid',
      'euro',
      'yearly',
      'hourly',
    ]);
  });

  it.each([
    [{ amount: 100000, currency: 'USD' }, ['hourly', 'yearly']],
    [{ amount: 110000, currency: 'USD' }, ['hourly']],
    [{ amount: 30000, currency: 'EUR' }, ['euro']],
    [{ amount: 40000, currency: 'EUR' }, []],
    [{ amount: 1, currency: 'GBP' }, []],
  ])('minimum annual pay %o keeps %o', (minPay, expected) => {
    const out = filterAndSort(ITEMS, { ...NO_FILTERS, minPay }, 'newest');
    expect(ids(out).sort()).toEqual([...expected].sort());
  });

  it('filters by work mode, employment type, seniority and status (any of)', () => {
    expect(
      ids(filterAndSort(ITEMS, { ...NO_FILTERS, workModes: ['remote', 'hybrid'] }, 'newest')),
    ).toEqual(['euro', 'yearly']);
    expect(
      ids(filterAndSort(ITEMS, { ...NO_FILTERS, employmentTypes: ['contract'] }, 'newest')),
    ).toEqual(['euro']);
    expect(ids(filterAndSort(ITEMS, { ...NO_FILTERS, seniorities: ['senior'] }, 'newest'))).toEqual(
      ['yearly'],
    );
    expect(
      ids(filterAndSort(ITEMS, { ...NO_FILTERS, statuses: ['applied', 'rejected'] }, 'newest')),
    ).toEqual(['unpaid', 'yearly']);
  });

  it('requires all chosen skills (case-insensitive) and all chosen tags', () => {
    expect(
      ids(filterAndSort(ITEMS, { ...NO_FILTERS, skills: ['go', 'KUBERNETES'] }, 'newest')),
    ).toEqual(['yearly']);
    expect(filterAndSort(ITEMS, { ...NO_FILTERS, skills: ['go', 'rust'] }, 'newest')).toEqual([]);
    expect(ids(filterAndSort(ITEMS, { ...NO_FILTERS, tags: ['shortlist'] }, 'newest'))).toEqual([
      'euro',
      'yearly',
    ]);
    expect(
      ids(filterAndSort(ITEMS, { ...NO_FILTERS, tags: ['shortlist', 'remote-ok'] }, 'newest')),
    ).toEqual(['yearly']);
  });

  it('sorts by annual pay in the filter currency, unpaid last', () => {
    expect(ids(filterAndSort(ITEMS, NO_FILTERS, 'pay'))).toEqual([
      'hourly',
      'yearly',
      'unpaid',
      'euro',
    ]);
    const eur = filterAndSort(
      ITEMS,
      { ...NO_FILTERS, minPay: { amount: 0, currency: 'EUR' } },
      'pay',
    );
    expect(ids(eur)).toEqual(['euro']);
  });

  it('sorts titles ignoring case and accents, using the fallback title', () => {
    expect(ids(filterAndSort(ITEMS, NO_FILTERS, 'title'))).toEqual([
      'yearly',
      'euro',
      'unpaid',
      'hourly',
    ]);
  });

  it('keeps only search hits, in hit order for "match"', () => {
    const hits: SearchHit[] = ['euro', 'hourly'].map((id, i) => ({
      id,
      score: i / 10,
      highlights: { title: [], company: [], locations: [], skills: [], text: [] },
    }));
    expect(ids(filterAndSort(ITEMS, NO_FILTERS, 'match', hits))).toEqual(['euro', 'hourly']);
    expect(ids(filterAndSort(ITEMS, NO_FILTERS, 'newest', hits))).toEqual(['euro', 'hourly']);
    expect(ids(filterAndSort(ITEMS, NO_FILTERS, 'match'))).toEqual([
      'unpaid',
      'euro',
      'yearly',
      'hourly',
    ]);
  });

  it('never mutates its input', () => {
    const copy = [...ITEMS];
    filterAndSort(ITEMS, NO_FILTERS, 'title');
    expect(ITEMS).toEqual(copy);
  });
});

describe('filtersToParams / filtersFromParams', () => {
  const toSearch = (params: Record<string, string | null>) => {
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null) out.set(k, v);
    return out;
  };

  it('round-trips a full state through URLSearchParams', () => {
    const state = {
      q: 'nurse boston',
      fullText: true,
      filters: {
        minPay: { amount: 95000, currency: 'USD' },
        workModes: ['remote' as const, 'hybrid' as const],
        employmentTypes: ['full-time' as const],
        seniorities: ['senior' as const],
        statuses: ['applied'],
        skills: ['C++', 'Sales, B2B', '100% remote'],
        tags: ['shortlist'],
      },
      sort: 'pay' as const,
    };
    const search = toSearch(filtersToParams(state));
    expect(filtersFromParams(new URLSearchParams(search.toString()))).toEqual(state);
  });

  it('writes nothing for the defaults and reads defaults from an empty URL', () => {
    expect(toSearch(filtersToParams(DEFAULT_LIBRARY_QUERY)).toString()).toBe('');
    expect(filtersFromParams(new URLSearchParams(''))).toEqual(DEFAULT_LIBRARY_QUERY);
  });

  it('drops invalid values from a hand-edited link', () => {
    const read = filtersFromParams(
      new URLSearchParams('mode=remote,moon&minpay=lots&sort=random&level=senior'),
    );
    expect(read.filters.workModes).toEqual(['remote']);
    expect(read.filters.minPay).toBeNull();
    expect(read.filters.seniorities).toEqual(['senior']);
    expect(read.sort).toBe('newest');
  });
});
