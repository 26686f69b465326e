// The JSON-LD salary against the text's: which one the posting keeps.
import { describe, expect, it } from 'vitest';
import { emptyPosting, type EmploymentType, type SalaryBand } from '../model/posting';
import { mergeStructured } from './structured';

function band(min: number, max: number, label: string | null = null): SalaryBand {
  return { min, max, currency: 'USD', period: 'year', label, spans: [] };
}

function salaryAfterMerge(text: SalaryBand[], structured: SalaryBand[]): SalaryBand[] {
  const fromText = { ...emptyPosting(), salary: text };
  return mergeStructured(fromText, { salary: structured }, []).salary;
}

describe('mergeStructured salary', () => {
  it('keeps location tiers that the JSON-LD range only spans', () => {
    const tiers = [band(225000, 265000, 'SF Bay Area and NYC'), band(185000, 225000, 'Other US')];
    expect(salaryAfterMerge(tiers, [band(185000, 265000)])).toEqual(tiers);
  });

  it('keeps tiers when one of them is open ("Experienced: up to …")', () => {
    const tiers = [band(280000, 280000, 'Freshers'), { ...band(0, 360000), min: null }];
    expect(salaryAfterMerge(tiers, [band(280000, 360000)])).toEqual(tiers);
  });

  it('keeps labelled tiers in several currencies when the JSON-LD names one of them', () => {
    const tiers = [
      band(210000, 260000, 'United States'),
      { ...band(190000, 235000, 'Canada'), currency: 'CAD' },
    ];
    expect(salaryAfterMerge(tiers, [band(210000, 260000)])).toEqual(tiers);
  });

  it("keeps the text's currency when the text writes its code ($130,000 - $155,000 CAD)", () => {
    const text = '$130,000 - $155,000 CAD annually';
    const cad = { ...band(130000, 155000), currency: 'CAD', spans: [{ start: 0, end: 32 }] };
    const fromText = { ...emptyPosting(), salary: [cad] };
    expect(mergeStructured(fromText, { salary: [band(130000, 155000)] }, [], text).salary).toEqual([
      cad,
    ]);
    // Without the code in the text, the JSON-LD's currency wins…
    const eur = { ...cad, currency: 'EUR' };
    expect(
      mergeStructured(
        { ...emptyPosting(), salary: [eur] },
        { salary: [band(130000, 155000)] },
        [],
        '130,000 - 155,000 annual',
      ).salary[0]?.currency,
    ).toBe('USD');
    // …except an ATS's default "USD" beside a bare "$" that the job's country makes CAD.
    expect(
      mergeStructured(
        fromText,
        { salary: [band(130000, 155000)] },
        [],
        '$130,000 - $155,000 annual',
      ).salary[0]?.currency,
    ).toBe('CAD');
    expect(
      mergeStructured(
        fromText,
        { salary: [band(130000, 155000)] },
        [],
        'US$130,000 - $155,000 annual',
      ).salary[0]?.currency,
    ).toBe('USD');
  });

  it("keeps the text's one closed range when the JSON-LD's has another end", () => {
    expect(salaryAfterMerge([band(145000, 165000)], [band(145000, 185000)])).toEqual([
      band(145000, 165000),
    ]);
  });

  it("keeps the text's month when the JSON-LD calls €5,000 - €6,500 a year", () => {
    const month = { ...band(5000, 6500), currency: 'EUR', period: 'month' as const };
    const year = { ...month, period: 'year' as const };
    expect(salaryAfterMerge([month], [year])).toEqual([month]);
    // A year's pay that is plausible as one: the JSON-LD's unit stands.
    const big = { ...band(50000, 65000), currency: 'EUR', period: 'month' as const };
    expect(salaryAfterMerge([big], [{ ...big, period: 'year' }])[0]?.period).toBe('year');
  });

  it('takes the JSON-LD salary when the text read some of its figures otherwise', () => {
    const text = [band(100000, 120000), band(5000, 5000)];
    expect(salaryAfterMerge(text, [band(100000, 120000)])).toEqual([band(100000, 120000)]);
  });

  it('ignores a JSON-LD band implausible in its currency ("USD" on pesos)', () => {
    const pesos: SalaryBand = { ...band(1800000, 2200000), currency: 'COP', period: 'month' };
    const wrongCode: SalaryBand = { ...pesos, currency: 'USD' };
    expect(salaryAfterMerge([pesos], [wrongCode])).toEqual([pesos]);
  });

  it('keeps the text salary when the JSON-LD states other figures (stale structured data)', () => {
    const text = [band(42000, 48000)];
    expect(salaryAfterMerge(text, [band(35000, 40000)])).toEqual(text);
  });

  it("keeps the text's range when the JSON-LD gives only its low end", () => {
    const open: SalaryBand = { ...band(19.5, 0), max: null, period: 'hour' };
    const text: SalaryBand[] = [{ ...band(19.5, 21.25), period: 'hour' }];
    expect(salaryAfterMerge(text, [open])).toEqual(text);
  });

  it('takes the JSON-LD salary over a single text band', () => {
    expect(salaryAfterMerge([band(185000, 265000)], [band(185000, 265000)])).toHaveLength(1);
  });

  it("keeps the text's location tiers when the JSON-LD names one of them", () => {
    const tiers = [band(188000, 224000, 'New York City metro'), band(172000, 205000, 'Remote')];
    expect(salaryAfterMerge(tiers, [band(172000, 205000)])).toEqual(tiers);
  });

  it("keeps the text's labelled shift rates when the JSON-LD names one of them", () => {
    const shifts = [band(19.25, 19.25, 'Day shift'), band(21, 21, 'Night shift')];
    expect(salaryAfterMerge(shifts, [band(19.25, 19.25)])).toEqual(shifts);
  });

  it('takes the JSON-LD rate over a stray unlabelled figure beside it', () => {
    const text = [band(19.25, 19.25), band(21, 21)];
    expect(salaryAfterMerge(text, [band(19.25, 19.25)])).toEqual([band(19.25, 19.25)]);
  });
});

describe('the site name as a fallback company', () => {
  it('names the company when the text names none', () => {
    const merged = mergeStructured(emptyPosting(), { siteName: 'Saguaro Air & Heating' }, []);
    expect(merged.company?.value).toBe('Saguaro Air & Heating');
  });

  it("takes a two-part page title's first part when the last is the job (session 37)", () => {
    const titled = { ...emptyPosting(), title: { value: 'Backend Engineer (Go)', spans: [] } };
    const hints = { siteName: 'Backend Engineer (Go)', siteNameFirst: 'Lumenfold' };
    expect(mergeStructured(titled, hints, []).company?.value).toBe('Lumenfold');
    const alone = { siteName: 'Backend Engineer (Go)' };
    expect(mergeStructured(titled, alone, []).company).toBe(null);
  });

  it('never replaces the company the text names, and is never a job board', () => {
    const named = { ...emptyPosting(), company: { value: 'Acme', spans: [] } };
    expect(mergeStructured(named, { siteName: 'Acme Careers' }, []).company?.value).toBe('Acme');
    expect(mergeStructured(emptyPosting(), { siteName: 'Indeed' }, []).company).toBe(null);
  });

  it("drops a careers page's lead", () => {
    const merged = mergeStructured(
      emptyPosting(),
      { siteName: 'Karriere bei Neckarsulmer Getriebebau' },
      [],
    );
    expect(merged.company?.value).toBe('Neckarsulmer Getriebebau');
  });

  it("drops the careers section after the employer's name", () => {
    for (const [siteName, name] of [
      ['Heartland Reefer Lines Careers', 'Heartland Reefer Lines'],
      ['Nordwind Logistik Karriere', 'Nordwind Logistik'],
      ['Acme Career Site', 'Acme'],
    ]) {
      expect(mergeStructured(emptyPosting(), { siteName }, []).company?.value).toBe(name);
    }
  });

  it("is never a saved webmail or chat page's app", () => {
    for (const siteName of ['Gmail', 'Outlook', 'Microsoft Teams', 'WhatsApp']) {
      expect(mergeStructured(emptyPosting(), { siteName }, []).company).toBe(null);
    }
  });
});

describe('work mode', () => {
  const mode = (value: 'remote' | 'hybrid' | 'onsite') => ({ value, spans: [] });

  it("keeps the text's hybrid over JSON-LD's TELECOMMUTE (schema.org has no hybrid)", () => {
    const fromText = { ...emptyPosting(), workMode: mode('hybrid') };
    expect(mergeStructured(fromText, { workMode: mode('remote') }, []).workMode?.value).toBe(
      'hybrid',
    );
  });

  it('takes the JSON-LD work mode otherwise', () => {
    const fromText = { ...emptyPosting(), workMode: null };
    expect(mergeStructured(fromText, { workMode: mode('remote') }, []).workMode?.value).toBe(
      'remote',
    );
  });

  it("keeps the text's on-site over a TELECOMMUTE left in the template", () => {
    const fromText = { ...emptyPosting(), workMode: mode('onsite') };
    expect(mergeStructured(fromText, { workMode: mode('remote') }, []).workMode?.value).toBe(
      'onsite',
    );
  });
});

describe('a structured range up to the on-target earnings (session 30)', () => {
  it("keeps the text's base when the JSON-LD's maximum is the OTE", () => {
    const text = '£24,000 basic + uncapped commission (realistic OTE £40k in year one)';
    const base = { ...band(24000, 24000), currency: 'GBP', spans: [{ start: 0, end: 7 }] };
    const merged = mergeStructured(
      { ...emptyPosting(), salary: [base] },
      { salary: [{ ...band(24000, 40000), currency: 'GBP' }] },
      [],
      text,
    );
    expect(merged.salary).toEqual([base]);
  });
});

describe("a yearly unit on a month's pay in any currency (session 30)", () => {
  it("keeps the text's month for RWF 1,500,000 – 2,200,000", () => {
    const month = { ...band(1500000, 2200000), currency: 'RWF', period: 'month' as const };
    const merged = mergeStructured(
      { ...emptyPosting(), salary: [month] },
      { salary: [{ ...month, period: 'year' as const }] },
      [],
      'RWF 1,500,000 – 2,200,000 / month',
    );
    expect(merged.salary.map((b) => b.period)).toEqual(['month']);
  });
});

describe('session 31', () => {
  it("keeps the text's base when the JSON-LD's maximum is an incentive's", () => {
    const text = '$19.00 per hour base. Top pickers earn up to $23/hr with incentives!';
    const base = {
      ...band(19, 19),
      period: 'hour' as const,
      spans: [{ start: 0, end: 6 }],
    };
    const merged = mergeStructured(
      { ...emptyPosting(), salary: [base] },
      { salary: [{ ...band(19, 23), period: 'hour' as const }] },
      [],
      text,
    );
    expect(merged.salary).toEqual([base]);
  });

  it("takes the text's rand over an ATS's default USD", () => {
    const text = 'R650 000 – R780 000 per annum';
    const rand = { ...band(650000, 780000), currency: 'ZAR', spans: [{ start: 0, end: 19 }] };
    const merged = mergeStructured(
      { ...emptyPosting(), salary: [rand] },
      { salary: [band(650000, 780000)] },
      [],
      text,
    );
    expect(merged.salary.map((b) => b.currency)).toEqual(['ZAR']);
  });
});

describe('mergeStructured employment type (session 57)', () => {
  const typed = (value: EmploymentType) => ({ value, spans: [] });
  it.each<[EmploymentType | null, EmploymentType, EmploymentType]>([
    // A template's PART_TIME under a text that states full-time: the text.
    ['full-time', 'part-time', 'full-time'],
    // Otherwise the structured data is the more precise answer.
    ['part-time', 'full-time', 'full-time'],
    ['part-time', 'internship', 'internship'],
    ['full-time', 'temporary', 'temporary'],
    [null, 'part-time', 'part-time'],
  ])('text %s, JSON-LD %s: %s', (text, structured, expected) => {
    const fromText = { ...emptyPosting(), employmentType: text ? typed(text) : null };
    const merged = mergeStructured(fromText, { employmentType: typed(structured) }, []);
    expect(merged.employmentType?.value).toBe(expected);
  });
});

describe('mergeStructured: a FULL_TIME under a title that names another kind (session 58)', () => {
  const typed = (value: EmploymentType) => ({ value, spans: [] });
  it.each<[string, EmploymentType, EmploymentType]>([
    ['Pharmacy Technician (Part-Time) - Store #4417', 'part-time', 'part-time'],
    ['Editor/a de vídeo (freelance)', 'contract', 'contract'],
    // A kind as the job's function, not its qualifier: the structured data.
    ['Contract Specialist', 'contract', 'full-time'],
    ['Pharmacy Technician', 'part-time', 'full-time'],
  ])('%s, text %s: %s', (title, text, expected) => {
    const fromText = {
      ...emptyPosting(),
      title: { value: title, spans: [] },
      employmentType: typed(text),
    };
    const merged = mergeStructured(fromText, { employmentType: typed('full-time') }, []);
    expect(merged.employmentType?.value).toBe(expected);
  });
});
