import { describe, expect, it } from 'vitest';
import { findJobPostings, jobPostingToHints } from './json-ld';

describe('jobPostingToHints locations', () => {
  const remote = {
    '@type': 'JobPosting',
    title: 'Support Specialist',
    jobLocationType: 'TELECOMMUTE',
  };

  it('reads applicantLocationRequirements when jobLocation is absent', () => {
    const { hints } = jobPostingToHints({
      ...remote,
      applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
    });
    expect(hints.locations?.map((l) => l.value)).toEqual(['USA']);
    expect(hints.workMode?.value).toBe('remote');
  });

  it('reads a list of states and administrative areas', () => {
    const { hints } = jobPostingToHints({
      ...remote,
      applicantLocationRequirements: [
        { '@type': 'State', name: 'Oregon' },
        { '@type': 'AdministrativeArea', name: 'Washington' },
      ],
    });
    expect(hints.locations?.map((l) => l.value)).toEqual(['Oregon', 'Washington']);
  });

  it('prefers jobLocation over applicant areas', () => {
    const { hints } = jobPostingToHints({
      ...remote,
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Denver', addressRegion: 'CO' },
      },
      applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
    });
    expect(hints.locations?.map((l) => l.value)).toEqual(['Denver, CO']);
  });

  // A reader names a town with its state in North America and Australia, or by a region's code;
  // elsewhere by the town alone.
  it.each([
    [{ addressLocality: 'München', addressRegion: 'Bayern', addressCountry: 'DE' }, 'München'],
    [
      { addressLocality: 'Lyon', addressRegion: 'Auvergne-Rhône-Alpes', addressCountry: 'FR' },
      'Lyon',
    ],
    [{ addressLocality: 'Springfield', addressRegion: 'Illinois' }, 'Springfield, Illinois'],
    [{ addressLocality: 'Lausanne', addressRegion: 'VD', addressCountry: 'CH' }, 'Lausanne, VD'],
    [{ addressLocality: 'Austin', addressRegion: 'Texas', addressCountry: 'US' }, 'Austin, Texas'],
    [{ addressRegion: 'Bayern', addressCountry: 'DE' }, 'Bayern'],
    // Japanese, Korean and Chinese addresses: the larger division first.
    [
      { addressLocality: '千代田区', addressRegion: '東京都', addressCountry: 'JP' },
      '東京都千代田区',
    ],
    [{ addressLocality: '성동구', addressRegion: '서울', addressCountry: 'KR' }, '서울 성동구'],
    [{ addressLocality: '北京', addressRegion: '海淀区', addressCountry: 'CN' }, '北京 海淀区'],
    [
      { addressLocality: '大阪市中央区', addressRegion: '大阪府', addressCountry: 'JP' },
      '大阪府大阪市中央区',
    ],
  ])('names %o as %s', (address, expected) => {
    const { hints } = jobPostingToHints({
      '@type': 'JobPosting',
      title: 'Engineer',
      jobLocation: { '@type': 'Place', address },
    });
    expect(hints.locations?.map((l) => l.value)).toEqual([expected]);
  });
});

describe('findJobPostings', () => {
  it('resolves a reference to another node of the @graph', () => {
    const [posting] = findJobPostings({
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Mercy Valley Health' },
        { '@type': 'JobPosting', title: 'Registered Nurse', hiringOrganization: { '@id': '#org' } },
      ],
    });
    expect(jobPostingToHints(posting!).hints.company?.value).toBe('Mercy Valley Health');
  });
});

describe('a saved job with its page text and similar jobs (session 30)', () => {
  const saved = {
    items: [
      {
        myNotes: 'They said they would probably land around 65k for me.',
        jobPosting: {
          '@type': 'JobPosting',
          title: 'Supervising Pharmacist',
          hiringOrganization: { name: 'Lee Valley Pharmacy Group' },
          baseSalary: {
            currency: 'EUR',
            value: { '@type': 'QuantitativeValue', value: '58000-72000', unitText: 'YEAR' },
          },
        },
        pageText: `Supervising Pharmacist\nSalary: €58,000 – €72,000 per annum\n${'We run nine community pharmacies in Cork. '.repeat(6)}`,
        related: [
          { '@type': 'JobPosting', title: 'Pharmacy Technician' },
          { '@type': 'JobPosting', title: 'Relief Pharmacist' },
        ],
      },
    ],
  };

  it('reads the saved job, not its similar jobs, with the page text as its description', () => {
    const found = findJobPostings(saved);
    expect(found.map((p) => p['title'])).toEqual(['Supervising Pharmacist']);
    expect(String(found[0]?.['description'])).toContain('€58,000 – €72,000 per annum');
  });

  it('reads a range written as one string', () => {
    const found = findJobPostings(saved);
    const { hints } = jobPostingToHints(found[0] ?? {});
    expect(hints.salary?.map((b) => [b.min, b.max, b.currency, b.period])).toEqual([
      [58000, 72000, 'EUR', 'year'],
    ]);
  });

  it('reads similar jobs when they are all the file holds', () => {
    const found = findJobPostings({ related: [{ '@type': 'JobPosting', title: 'Cook' }] });
    expect(found.map((p) => p['title'])).toEqual(['Cook']);
  });
});

describe('session 46: educationRequirements', () => {
  const posting = (education: unknown) => ({
    '@type': 'JobPosting',
    title: 'Housekeeping Attendant',
    educationRequirements: education,
  });

  it("reads schema.org's credential categories as required degrees", () => {
    const { hints } = jobPostingToHints(
      posting([
        { '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school' },
        { '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' },
        { '@type': 'EducationalOccupationalCredential', credentialCategory: 'postgraduate degree' },
      ]),
    );
    expect(hints.degrees?.map((d) => [d.level, d.required])).toEqual([
      ['high_school', true],
      ['bachelor', true],
      ['master', true],
    ]);
  });

  it('reads no degree in a professional certificate or a free text', () => {
    const certificate = posting({ credentialCategory: 'professional certificate' });
    expect(jobPostingToHints(certificate).hints.degrees).toBeUndefined();
    expect(jobPostingToHints(posting("Bachelor's degree")).hints.degrees).toBeUndefined();
  });
});

describe('a retired currency code (session 48)', () => {
  it("reads hh.ru's 'RUR' as RUB and 'BYR' as BYN", () => {
    for (const [code, expected] of [
      ['RUR', 'RUB'],
      ['BYR', 'BYN'],
    ]) {
      const { hints } = jobPostingToHints({
        '@type': 'JobPosting',
        title: 'Frontend-разработчик',
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: code,
          value: {
            '@type': 'QuantitativeValue',
            minValue: 180000,
            maxValue: 250000,
            unitText: 'MONTH',
          },
        },
      });
      expect(hints.salary?.map((b) => b.currency)).toEqual([expected]);
    }
  });
});

describe("a posting's own text fields besides its description (session 54)", () => {
  it('adds qualifications, education and benefits under their headings', () => {
    const { hints } = jobPostingToHints({
      '@type': 'JobPosting',
      title: 'Nurse Practitioner',
      description: '<p>Cedarline Health is a non-profit health system.</p>',
      qualifications: 'Minimum 2 years of experience as a Nurse Practitioner.',
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'postgraduate degree',
        about: 'Master of Science in Nursing (MSN) or Doctor of Nursing Practice (DNP)',
      },
      jobBenefits: '401(k); CME reimbursement',
    });
    expect(hints.description).toBe(
      'Cedarline Health is a non-profit health system.\n\nQualifications\nMinimum 2 years of experience as a Nurse Practitioner.\n\nEducation\nMaster of Science in Nursing (MSN) or Doctor of Nursing Practice (DNP)\n\nBenefits\n401(k); CME reimbursement',
    );
  });

  it('does not repeat a field the description already holds', () => {
    const { hints } = jobPostingToHints({
      '@type': 'JobPosting',
      title: 'Analyst',
      description: 'About us. Responsibilities: Build weekly reports for the sales team.',
      responsibilities: 'Build weekly reports for the sales team.',
    });
    expect(hints.description).toBe(
      'About us. Responsibilities: Build weekly reports for the sales team.',
    );
  });
});
