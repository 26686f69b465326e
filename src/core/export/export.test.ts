import { describe, expect, it } from 'vitest';
import { emptyPosting, type ParsedPosting } from '../model/posting';
import { decodeBase64, encodeBase64 } from './base64';
import { postingToJsonLd, postingsToJsonLd } from './json-ld';
import { libraryToCsv, type CsvRow } from './library-csv';
import { createWorkshopSet, parseWorkshopSet, type WorkshopPostingInput } from './workshop-set';

const ev = <T>(value: T) => ({ value, spans: [] });

const NURSE: ParsedPosting = {
  ...emptyPosting(),
  title: ev('Registered Nurse'),
  company: ev('Northwind Health'),
  locations: [ev('Boston, MA')],
  workMode: ev('onsite'),
  employmentType: ev('full-time'),
  salary: [{ min: 45, max: 55, currency: 'USD', period: 'hour', label: null, spans: [] }],
  yearsExperienceMin: ev(2),
  degrees: [{ level: 'bachelor', fields: ['Nursing'], required: true, spans: [] }],
  skills: [
    { name: 'BLS', category: 'domain', required: true, spans: [] },
    { name: 'Patient Care', category: 'domain', required: true, spans: [] },
  ],
  postedDate: ev('2025-01-31'),
};

describe('base64', () => {
  it.each([[''], ['h'], ['hi'], ['hi!'], ['Zürich €']])('round-trips %j', (text) => {
    const bytes = new TextEncoder().encode(text);
    const encoded = encodeBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(decodeBase64(encoded)).toEqual(bytes);
  });

  it.each([['a'], ['abc'], ['ab=c'], ['a==='], ['ab c'], ['ä123'], ['=abc']])('rejects %j', (bad) =>
    expect(decodeBase64(bad)).toBeNull(),
  );

  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeBase64(encodeBase64(all))).toEqual(all);
  });
});

describe('libraryToCsv', () => {
  const row = (over: Partial<CsvRow> = {}): CsvRow => ({
    id: 'p1',
    createdAt: Date.UTC(2025, 0, 31),
    posting: NURSE,
    status: 'applied',
    tags: ['shortlist', 'boston'],
    notes: 'Call "Ann", ask about nights',
    rating: 4,
    sourceName: 'nurse.pdf',
    ...over,
  });

  it('writes a header and one quoted, CRLF-terminated row per posting', () => {
    const csv = libraryToCsv([row()]);
    const lines = csv.split('\r\n');
    expect(lines[0]?.startsWith('Title,Company,Locations,Work mode')).toBe(true);
    expect(lines[1]).toBe(
      'Registered Nurse,Northwind Health,"Boston, MA",onsite,full-time,,45,55,USD,hour,93600,114400,2,BLS; Patient Care,applied,shortlist; boston,4,"Call ""Ann"", ask about nights",nurse.pdf,2025-01-31,p1',
    );
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    const evil: ParsedPosting = {
      ...NURSE,
      title: ev('=HYPERLINK("http://x","y")'),
      company: ev('+cmd'),
    };
    const csv = libraryToCsv([
      row({ posting: evil, notes: '@SUM(A1)', sourceName: '-2+3', tags: ['\tx'] }),
    ]);
    const cells = csv.split('\r\n')[1] ?? '';
    expect(cells.startsWith(`"'=HYPERLINK(""http://x"",""y"")",'+cmd,`)).toBe(true);
    expect(cells).toContain(`,'@SUM(A1),'-2+3,`);
    expect(cells).toContain(`,'\tx,`);
  });

  it('leaves empty cells for what a posting does not state', () => {
    const csv = libraryToCsv([row({ posting: emptyPosting(), tags: [], notes: '', rating: null })]);
    expect(csv.split('\r\n')[1]).toBe(',,,,,,,,,,,,,,applied,,,,nurse.pdf,2025-01-31,p1');
  });
});

describe('JSON-LD', () => {
  it('writes a schema.org JobPosting with pay, organisation, place and requirements', () => {
    expect(postingToJsonLd({ posting: NURSE, text: 'Full text.' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Registered Nurse',
      description: 'Full text.',
      datePosted: '2025-01-31',
      hiringOrganization: { '@type': 'Organization', name: 'Northwind Health' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Boston, MA' },
      },
      employmentType: 'FULL_TIME',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', unitText: 'HOUR', minValue: 45, maxValue: 55 },
      },
      skills: ['BLS', 'Patient Care'],
      experienceRequirements: {
        '@type': 'OccupationalExperienceRequirements',
        monthsOfExperience: 24,
      },
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'bachelor degree',
        about: 'Nursing',
      },
    });
  });

  it('marks remote work and leaves out what is not stated', () => {
    const remote: ParsedPosting = {
      ...emptyPosting(),
      workMode: ev('remote'),
      locations: [ev('Remote')],
    };
    expect(postingToJsonLd({ posting: remote, text: '' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      description: '',
      jobLocationType: 'TELECOMMUTE',
    });
  });

  it('puts several postings in one @graph', () => {
    const doc = postingsToJsonLd([
      { posting: NURSE, text: 'a' },
      { posting: emptyPosting(), text: 'b' },
    ]);
    expect(doc['@context']).toBe('https://schema.org');
    expect(Array.isArray(doc['@graph']) && doc['@graph'].length).toBe(2);
  });
});

describe('workshop sets', () => {
  const posting = {
    source: {
      name: 'nurse.txt',
      type: 'text/plain',
      bytes: new TextEncoder().encode('Nurse ü'),
      index: 0,
    },
    parsed: {
      format: 'text' as const,
      text: 'Nurse ü',
      posting: NURSE,
      warnings: ['w'],
      parserVersion: 1,
    },
    edits: { title: 'RN' },
    // A full record carries personal fields; the set must not.
    notes: 'private: salary I want',
    status: 'offer',
    tags: ['mine'],
    rating: 5,
  };
  const text = createWorkshopSet({
    title: 'Week 3',
    postings: [posting],
    now: new Date(Date.UTC(2025, 0, 1)),
  });

  it('writes a versioned document without notes, status, tags or rating', () => {
    const raw = JSON.parse(text) as {
      format: string;
      version: number;
      postings: Record<string, unknown>[];
    };
    expect(raw.format).toBe('job-compare-workshop-set');
    expect(raw.version).toBe(1);
    expect(Object.keys(raw.postings[0] ?? {}).sort()).toEqual(['edits', 'parsed', 'source']);
    expect(text).not.toContain('private');
    expect(text).not.toContain('"mine"');
  });

  it('reads back what was written', () => {
    const read = parseWorkshopSet(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.set.title).toBe('Week 3');
    expect(read.set.createdAt).toBe('2025-01-01T00:00:00.000Z');
    const [p] = read.set.postings as WorkshopPostingInput[];
    expect(p?.source.bytes).toEqual(posting.source.bytes);
    expect(p?.parsed).toEqual(posting.parsed);
    expect(p?.edits).toEqual({ title: 'RN' });
  });

  interface Wire {
    format: unknown;
    version: unknown;
    title?: unknown;
    postings: {
      source: { bytes: unknown };
      parsed: { format: unknown; warnings: unknown };
      edits?: unknown;
    }[];
  }
  const first = (d: Wire) => d.postings[0] as Wire['postings'][number];
  const mutate = (change: (doc: Wire) => void): string => {
    const doc = JSON.parse(text) as Wire;
    change(doc);
    return JSON.stringify(doc);
  };

  it.each([
    ['not JSON', '{nope', 'not valid JSON'],
    [
      'another format',
      mutate((d) => (d.format = 'job-compare-backup')),
      'not a Job Compare workshop set',
    ],
    ['a newer version', mutate((d) => (d.version = 2)), 'newer version'],
    ['a missing title', mutate((d) => delete d.title), 'Workshop set: "title" must be text'],
    [
      'postings not a list',
      mutate((d) => ((d as unknown as Record<string, unknown>).postings = {})),
      '"postings" must be a list',
    ],
    [
      'bad base64',
      mutate((d) => (first(d).source.bytes = 'abc')),
      'Posting 1, source: "bytes" is not valid base64',
    ],
    [
      'a wrong format',
      mutate((d) => (first(d).parsed.format = 'exe')),
      'Posting 1, parsed: "format" must be one of',
    ],
    [
      'warnings of wrong type',
      mutate((d) => (first(d).parsed.warnings = [1])),
      'Posting 1, parsed: "warnings" must be a list of texts',
    ],
    ['missing edits', mutate((d) => delete first(d).edits), 'Posting 1: "edits" is missing'],
  ])('rejects %s with a clear message', (_, input, message) => {
    const read = parseWorkshopSet(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });
});
