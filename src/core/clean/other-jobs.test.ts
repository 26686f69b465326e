import { describe, expect, it } from 'vitest';
import type { Line } from './lines';
import { cutOtherJobs, isOtherJobsMarker } from './other-jobs';

function line(text: string): Line {
  return text.startsWith('- ')
    ? { kind: 'list-item', text, start: 0 }
    : { kind: 'line', text, start: 0 };
}

describe('isOtherJobsMarker', () => {
  it.each([
    ['Similar jobs', true],
    ['Similar Jobs (3)', true],
    ["Afficher toutes les offres d'emploi similaires", true],
    ['See all similar jobs', true],
    ['View 12 similar jobs in Waikato', true],
    ['Salary Guide: Logistics Analyst', true],
    ['Ofertas que te pueden interesar', true],
    ['Ces offres peuvent aussi vous intéresser', true],
    ['Ads you may also like', true],
    ['Jobs at Brightfold (4):  Account Executive, Mid-Market ($75k base / $150k OTE)', true],
    ['Geschätztes Gehalt (jobfinder24-Gehaltsplaner): 3.350 € – 4.050 €', true],
    ["Salaire estimé par jobup.ch : CHF 78'000 – 101'000 / an", true],
    ['Lowongan Serupa', true],
    ['Podobne oferty w okolicy:', true],
    ['Jobs at Fernwell', false],
    ['OTHER JOB ORDERS OPEN IN THIS AREA (WorkSource North Central)', true],
    ['Similar jobs near Brooklyn, NY', true],
    ['Salary snapshot (based on 37 reports)', true],
    [
      'Weitere Anzeigen von Bäckerei Hollmann: Bäckergeselle (m/w/d) Vollzeit – 3.100 € brutto',
      true,
    ],
    ['Anzeige • Ähnliche Jobs: Werkschutz (m/w/d) Schönefeld – 15,50 €/Std.', true],
    ['More driving jobs from Prairie Line Freight', true],
    ['Other valet jobs near Nashville, TN', true],
    ['Recommended for you', true],
    ['Related: *RPN – Community Visits – $34.00 – $38.00/hr*', true],
    ['ALSO ADVERTISED THIS MONTH (separate announcements – do not apply for', true],
    ['Más empleos', true],
    ['Stellenausschreibungen mit ähnlichen Kenntnissen', true],
    ['More truck driving jobs in Ohio', true],
    ['Other duties as assigned', false],
    ['Lohnschätzung des Arbeitgebers: 3.100 € – 3.500 €', false],
    ['Búsquedas relacionadas: Empleo a tiempo parcial · Teletrabajo', true],
    ['Recherches populaires : Emploi CDI · Intérim', true],
    ['Beliebte Suchen: Jobs Vollzeit · Jobs Teilzeit', true],
    ['Popular searches: Part time jobs · Remote jobs', true],
    ['Recently viewed: Stockroom Associate – Overnight – $16.50/hr – Appleton, WI', true],
    ['Jobs you may be interested in', true],
    ['Jobs you may like', true],
    ['People also viewed', true],
    ['People also searched: warehouse jobs near me, forklift operator', true],
    ['More jobs from Acme Corp', true],
    ['Recommended jobs for you', true],
    ['Salary range insights', true],
    ['Glassdoor average for Staff Accountant in Charlotte: $67,412 /yr', true],
    ['Job seekers also viewed', true],
    ['Candidates also applied for', true],
    ['Glassdoor est. salary for Claims Adjuster in Hartford, CT: $61K - $79K/yr', true],
    ['Salary estimate', true],
    ['Indeed estimate', true],
    ['Average base salary for Nurse in Leeds', true],
    ['Ähnliche Stellen: Pflegefachkraft (m/w/d) Notaufnahme · Augsburg', true],
    ['ÄHNLICHE JOBS', true],
    ['Weitere Jobs von Acme GmbH', true],
    ['Weitere Saisonjobs in Salzburg:', true],
    ['Weitere Aufgaben:', false],
    ['Das könnte Sie auch interessieren', true],
    ['Offres similaires', true],
    ['— Offres proches —', true],
    ['More internships you may like', true],
    ['Salaries at Ridgeway Mutual Insurance', true],
    ['Avisos similares', true],
    ['Otras vacantes:', true],
    ['Nearby jobs', true],
    ['Ofertas cercanas', true],
    ['Ces offres pourraient aussi vous intéresser', true],
    ['D’autres offres de Plumeo', true],
    ['Ofertas similares', true],
    ['Otras ofertas similares', true],
    ['También te puede interesar', true],
    // The posting's own words stay.
    ['Experience with MEDDPICC or a similar sales methodology', false],
    ['- Similar jobs', false],
    ['Other duties as assigned.', false],
    ['Salary: $50,000 - $60,000', false],
    ['More about the role', false],
    ['Offres de formation continue', false],
    ['Average tips of $5 per hour on top of base pay', false],
    ['Estimated start date: March 2026', false],
    ['Candidates also need a valid driving licence.', false],
  ])('%s -> %s', (text, expected) => {
    expect(isOtherJobsMarker(line(text))).toBe(expected);
  });
});

const body = Array.from({ length: 12 }, (_, i) => `- Posting line ${i} about the job itself.`);

describe('cutOtherJobs', () => {
  it('cuts everything from a "Similar jobs" block at the end', () => {
    const lines = [
      'Data Analyst',
      ...body,
      'Similar jobs',
      'Senior Data Analyst · Origin · Sydney NSW · $140k – $160k package',
    ];
    const result = cutOtherJobs(lines.map(line));
    expect(result.lines.map((l) => l.text)).toEqual(['Data Analyst', ...body]);
    expect(result.removed).toBe(2);
  });

  it("cuts a notice's later positions up to a line in capitals or a heading", () => {
    const plazas = [
      'PLAZA 1',
      'Sede: Mérida, Yucatán',
      'Salario mensual bruto: $38,450.00 MXN',
      'PLAZA 2',
      'Sede: Tizimín, Yucatán',
      'Salario mensual bruto: $29,860.00 MXN',
      'REQUISITOS PARA LA PLAZA 1',
      'Doctorado en Salud Pública',
    ];
    expect(cutOtherJobs(plazas.map(line)).lines.map((l) => l.text)).toEqual([
      'PLAZA 1',
      'Sede: Mérida, Yucatán',
      'Salario mensual bruto: $38,450.00 MXN',
      'REQUISITOS PARA LA PLAZA 1',
      'Doctorado en Salud Pública',
    ]);
    // The list's numbers are gone in the cleaned text: the second item that counts its posts.
    const posts = [
      '- NURSING OFFICER III – (12 POSTS)',
      'REF: KVCPSB/DHS/NO3/2026',
      'Job Group: CPSB 09',
      'Basic Salary: KES 46,650 – KES 62,550 p.m.',
      '- CLINICAL OFFICER II – (8 POSTS)',
      'REF: KVCPSB/DHS/CO2/2026',
      'Basic Salary: KES 34,955 – KES 46,885 p.m.',
      'HOW TO APPLY',
      'Send your CV.',
    ];
    const result = cutOtherJobs(posts.map(line));
    expect(result.lines.map((l) => l.text)).toEqual([
      '- NURSING OFFICER III – (12 POSTS)',
      'REF: KVCPSB/DHS/NO3/2026',
      'Job Group: CPSB 09',
      'Basic Salary: KES 46,650 – KES 62,550 p.m.',
      'HOW TO APPLY',
      'Send your CV.',
    ]);
    expect(result.removed).toBe(3);
    // Items one under the other are one job's places; a numbered shift with its pay is no
    // position of its own.
    const places = [
      '- Seattle, WA (3 positions)',
      '- Portland, OR (2 positions)',
      '- Tacoma, WA (1 position)',
      '- Boise, ID (2 positions)',
      'Pay: $24 - $27 per hour',
    ];
    expect(cutOtherJobs(places.map(line)).removed).toBe(0);
    const shifts = ['Position 1: Day shift, $18.50/hr', 'Position 2: Night shift, $20.00/hr'];
    expect(cutOtherJobs(shifts.map(line)).removed).toBe(0);
  });

  it('cuts only the block when the posting goes on under a heading', () => {
    const lines = [...body, 'Jobs you may like', 'Nurse - Acme - $85K', 'Benefits', '- Dental'];
    const result = cutOtherJobs(lines.map(line));
    expect(result.lines.map((l) => l.text)).toEqual([...body, 'Benefits', '- Dental']);
  });

  it('drops only the marker line near the top of the text (site navigation)', () => {
    const lines = ['Similar jobs', 'Data Analyst', 'Acme', ...body];
    const result = cutOtherJobs(lines.map(line));
    expect(result.lines.map((l) => l.text)).toEqual(['Data Analyst', 'Acme', ...body]);
  });

  it("drops an early estimate's line of figures with it", () => {
    const lines = ['Accountant', 'London', 'Estimated salary', '£38,000 - £45,000 a year', ...body];
    expect(cutOtherJobs(lines.map(line)).lines.map((l) => l.text)).toEqual([
      'Accountant',
      'London',
      ...body,
    ]);
  });

  it("cuts a block after the posting's sections, however long the footer after it", () => {
    const footer = Array.from({ length: 8 }, (_, i) => `Footer paragraph ${i} `.repeat(12));
    const lines = [
      'Care Assistant',
      '£12.60 per hour',
      'About you:',
      '- Kind and reliable',
      'Similar jobs',
      'Senior Care Assistant – Horsforth – £13.40 per hour',
      ...footer,
    ];
    const result = cutOtherJobs(lines.map(line));
    expect(result.lines.map((l) => l.text)).toEqual(lines.slice(0, 4));
  });

  it('keeps a posting without markers as it is', () => {
    const lines = body.map(line);
    expect(cutOtherJobs(lines).lines).toBe(lines);
  });
});

describe('"Similar opportunities"', () => {
  it('is an other-jobs marker', () => {
    expect(isOtherJobsMarker(line('Similar opportunities'))).toBe(true);
  });
});

describe('markers of other ads in the Nordic languages, Polish, Czech and French', () => {
  it.each([
    'Liknande annonser',
    'Lignende stillinger',
    'Podobne oferty pracy',
    'Podobné nabídky',
    'Ces entreprises recrutent aussi',
  ])('%s', (marker) => {
    expect(isOtherJobsMarker(line(marker))).toBe(true);
  });
});

describe("a board's picks and 'might interest you' blocks (session 29)", () => {
  it.each(['Featured jobs', 'Latest jobs in Sydney', 'These jobs might interest you'])(
    '%s',
    (marker) => {
      expect(isOtherJobsMarker(line(marker))).toBe(true);
    },
  );

  it('leaves a sentence about featured work alone', () => {
    expect(isOtherJobsMarker(line('Featured jobs we delivered include the Lyon tram depot.'))).toBe(
      false,
    );
  });
});

describe("a job board's own products are no marker (review of session 29)", () => {
  it.each(['Sponsored Jobs', 'Featured listings', 'Premium jobs'])('%s', (text) => {
    expect(isOtherJobsMarker(line(text))).toBe(false);
  });
});

describe('Flemish similar vacancies (session 30)', () => {
  it('takes "Gelijkaardige vacatures" for a marker', () => {
    expect(isOtherJobsMarker(line('Gelijkaardige vacatures'))).toBe(true);
  });
});

describe("a board's other employers and a bulletin's other picks (session 31)", () => {
  it.each(['Similar startups hiring:', 'Other companies hiring', 'ALSO SPOTTED'])('%s', (text) => {
    expect(isOtherJobsMarker(line(text))).toBe(true);
  });
  it('leaves a sentence about the startup alone', () => {
    expect(isOtherJobsMarker(line('Similar startups hiring engineers pay less than we do.'))).toBe(
      false,
    );
  });
});

describe("other projects, other roles and a board's salary insights (session 42)", () => {
  it.each([
    'Weitere Projekte',
    'Not the right fit? Check out these other roles:',
    'ZipRecruiter Salary Insights',
  ])('%s', (text) => {
    expect(isOtherJobsMarker(line(text))).toBe(true);
  });
  it('leaves a sentence about projects alone', () => {
    expect(isOtherJobsMarker(line('Weitere Projekte folgen im Laufe des Jahres.'))).toBe(false);
  });
});

describe("a digest's numbered items (session 42)", () => {
  it('cuts the second item and on, not the first', () => {
    const text = [
      '[1] SUMMER DATA ANALYST INTERN',
      'Employer: Acme Logistics',
      'Pay: $24.00/hour',
      'What you will do: build dashboards.',
      '[2] STAFF ACCOUNTANT (ENTRY LEVEL)',
      'Employer: Acme CPAs',
      'Pay: $58,000 – $64,000 / year',
    ].join('\n');
    expect(cutOtherJobs(text.split('\n').map(line)).lines.map((l) => l.text)).toEqual(
      text.split('\n').slice(0, 4),
    );
  });
});

describe('Nordic, Finnish, Portuguese and search-firm markers (session 53)', () => {
  it.each([
    ['Andre stillinger hos oss', true],
    ['Andre ledige stillinger', true],
    ['Liknande jobb i Malmö', true],
    ['Andre job du måske vil kunne lide', true],
    ['Muita avoimia paikkoja', true],
    ['Muita avoimia tehtäviä', true],
    ['Mostrar mais vagas semelhantes', true],
    ['Other current assignments', true],
    // A duty, not a list of other jobs.
    ['Other assignments as needed', false],
    ['Andre oppgaver', false],
  ])('%s -> %s', (text, expected) => {
    expect(isOtherJobsMarker(line(text))).toBe(expected);
  });
});

describe("the review's cases for Finnish and Swedish duty headings (session 53)", () => {
  it.each([
    ['Muut tehtävät', false],
    ['Muita tehtäviä:', false],
    ['Andra tjänster som vi erbjuder:', false],
    ['Muut avoimet työpaikat', true],
  ])('%s -> %s', (text, expected) => {
    expect(isOtherJobsMarker(line(text))).toBe(expected);
  });
});

describe("session 61: LinkedIn's French 'people also viewed'", () => {
  it.each(['Autres personnes ont également consulté', "D'autres personnes ont aussi consulté"])(
    '%s',
    (marker) => {
      expect(isOtherJobsMarker(line(marker))).toBe(true);
    },
  );
});
