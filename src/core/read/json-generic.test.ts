// JSON in no known shape: keys of its own, in several languages.
import { describe, expect, it } from 'vitest';
import { parseDocument, toPlainPosting } from '../index';
import { readJson } from './json';

function parseJson(value: unknown) {
  const read = readJson(JSON.stringify(value));
  if (!read.ok) throw new Error(read.error);
  const result = parseDocument(read.documents[0]!);
  if (!result.ok) throw new Error(result.error);
  return toPlainPosting(result);
}

const TASKS = [
  'Konstruktion und Weiterentwicklung von Stirnrad- und Planetengetrieben',
  'Erstellung von Berechnungen und Zeichnungen in SolidWorks',
  'Abstimmung mit Fertigung, Vertrieb und Kunden',
];

describe('a job-like JSON export in a shape of its own', () => {
  it('reads a requisition export: its external title, base band and a German "position"', () => {
    const p = parseJson({
      export_format: 'ats.requisition.v3',
      requisition: {
        id: 88172,
        internal_title: 'Sr Acct - GL (FIN-0219)',
        external_title: 'Senior Accountant, General Ledger',
        company: { legal_name: 'Mesa Verde Foods, Inc.', display_name: 'Mesa Verde Foods' },
        compensation: { currency: 'USD', interval: 'annual', base_min: 78000, base_max: 92000 },
        previous_compensation_band: { base_min: 72000, base_max: 85000, currency: 'USD' },
        description: TASKS.join(' '),
        requirements: ['5+ years of general ledger accounting', 'CPA preferred'],
      },
    });
    expect(p.title).toBe('Senior Accountant, General Ledger');
    expect(p.salary).toEqual([
      { min: 78000, max: 92000, currency: 'USD', period: 'year', label: null },
    ]);
    const q = parseJson({
      stelle: {
        position: 'Projektingenieur (m/w/d) Netzanschluss Photovoltaik',
        unternehmen: 'Weserland Energie GmbH',
        aufgaben: TASKS,
        gehalt: { von: 62000, bis: 74000, waehrung: 'EUR', zeitraum: 'jährlich' },
      },
    });
    expect(q.title).toBe('Projektingenieur (m/w/d) Netzanschluss Photovoltaik');
    expect(q.salary).toEqual([
      { min: 62000, max: 74000, currency: 'EUR', period: 'year', label: null },
    ]);
  });

  it('reads a German export: title, company object, address, contract and hours', () => {
    const p = parseJson({
      system: 'Bewerbermanager Pro 7.2',
      stelle: {
        id: 2318,
        titel: 'Konstrukteur Maschinenbau (m/w/d)',
        unternehmen: {
          name: 'Hesselbach Antriebstechnik GmbH & Co. KG',
          plz: '58511',
          ort: 'Lüdenscheid',
        },
        arbeitsmodell: 'Vor Ort',
        vertragsart: 'unbefristet',
        arbeitszeit: 'Vollzeit (35 Std./Woche)',
        texte: {
          aufgaben: TASKS,
          anforderungen: ['Mindestens 3 Jahre Berufserfahrung in der Konstruktion'],
        },
      },
    });
    expect(p.title).toBe('Konstrukteur Maschinenbau (m/w/d)');
    expect(p.company).toBe('Hesselbach Antriebstechnik GmbH & Co. KG');
    expect(p.locations[0]).toContain('Lüdenscheid');
    expect(p.employmentType).toBe('full-time');
    expect(p.yearsExperienceMin).toBe(3);
  });

  it('names the place by town and region, and reads no other jobs', () => {
    const p = parseJson({
      stelle: {
        titel: 'Koch / Köchin (m/w/d)',
        arbeitgeber: 'Hotel Zugspitzblick GmbH',
        ort: 'Garmisch-Partenkirchen',
        plz: '82467',
        bundesland: 'Bayern',
        gehalt: { text: 'ab 3.100 € brutto / Monat' },
        aufgaben: TASKS,
      },
      vagas_relacionadas: [{ titulo: 'Analista de Dados', remuneracao: 'R$ 8.000,00 por mês' }],
    });
    expect(p.locations).toEqual(['Garmisch-Partenkirchen, Bayern']);
    expect(p.salary).toEqual([
      { min: 3100, max: null, currency: 'EUR', period: 'month', label: null },
    ]);
  });

  it('reads a Portuguese company object and a Peruvian district', () => {
    const br = parseJson({
      titulo: 'Engenheiro(a) de Dados Sênior',
      empresa: { nome: 'Guanabara Energia Analytics', razao_social: 'Guanabara Energia S.A.' },
      local: { cidade: 'Rio de Janeiro', estado: 'RJ', pais: 'Brasil' },
      descricao: TASKS,
    });
    expect(br.company).toBe('Guanabara Energia Analytics');
    expect(br.locations).toEqual(['Rio de Janeiro, RJ']);
    const pe = parseJson({
      aviso: {
        titulo: 'Supervisor(a) de Almacén - Turno Noche',
        ubicacion: { distrito: 'Lurín', provincia: 'Lima', pais: 'Perú' },
        descripcion: TASKS,
      },
    });
    expect(pe.locations).toEqual(['Lurín, Lima']);
  });

  it('reads pay written as figures, and enum values', () => {
    const p = parseJson({
      requisitions: [
        {
          reqId: 'TL-1',
          postingTitle: 'Senior Data Analyst',
          organization: {
            legalEntity: 'Lonestar Mutual Credit Union',
            displayName: 'Lonestar Mutual',
          },
          location: { city: 'Austin', region: 'TX', country: 'US', workplaceType: 'HYBRID' },
          employment: { schedule: 'FULL_TIME' },
          compensation: { currency: 'USD', interval: 'ANNUAL', rangeLow: 98000, rangeHigh: 121000 },
          posting: { responsibilities: TASKS.map((t) => `${t} (analytics)`) },
        },
      ],
    });
    expect(p.title).toBe('Senior Data Analyst');
    expect(p.company).toBe('Lonestar Mutual');
    expect(p.locations[0]).toContain('Austin');
    expect(p.workMode).toBe('hybrid');
    expect(p.employmentType).toBe('full-time');
    expect(p.salary).toEqual([
      { min: 98000, max: 121000, currency: 'USD', period: 'year', label: null },
    ]);
  });

  it('reads a list of ranges under one currency and interval, and offices as places', () => {
    const p = parseJson({
      requisition: {
        external_title: 'Senior Product Designer',
        workplace_type: 'hybrid',
        offices: [{ name: 'Minneapolis HQ', city: 'Minneapolis', region: 'MN', country: 'US' }],
        compensation: {
          currency: 'USD',
          interval: 'annual',
          ranges: [
            { label: 'Minneapolis, MN', min: 128000, max: 152000 },
            { label: 'Chicago, IL', min: 134000, max: 160000 },
          ],
          bonus_target_pct: 10,
        },
        description_html: `<ul>${TASKS.map((t) => `<li>${t}</li>`).join('')}</ul>`,
      },
    });
    expect(p.locations[0]).toContain('Minneapolis');
    expect(p.salary).toEqual([
      { min: 128000, max: 152000, currency: 'USD', period: 'year', label: 'Minneapolis, MN' },
      { min: 134000, max: 160000, currency: 'USD', period: 'year', label: 'Chicago, IL' },
    ]);
  });

  it('still refuses JSON that names no job', () => {
    const read = readJson(
      JSON.stringify({ name: 'job-compare', version: '1.0.0', description: 'x' }),
    );
    expect(read.ok).toBe(false);
  });
});

// Long enough to read as a posting's description.
const NURSE =
  'We are seeking a Registered Nurse for our 32-bed Medical/Surgical unit, working three 12-hour night shifts per week. You will assess patients, give medication and teach families. Current RN license required.';

describe('places in exports that spell codes or format the place', () => {
  it('reads "city" with "stateCode" and "country"', () => {
    const p = parseJson({
      jobId: 'PCH-RN-22871',
      postingTitle: 'Registered Nurse - Med/Surg',
      employer: 'Pinecrest Health',
      city: 'Portland',
      stateCode: 'ME',
      postalCode: '04102',
      country: 'USA',
      jobType: 'Full-Time',
      descriptionHtml: `<p>${NURSE}</p>`,
    });
    expect(p.locations).toEqual(['Portland, ME']);
  });
  it("reads LinkedIn's formattedLocation", () => {
    const p = parseJson({
      jobPostingId: 3911102288,
      title: 'Electrical Supervisor',
      companyName: 'Granite Coast Minerals',
      formattedLocation: 'Perth, Western Australia, Australia',
      workplaceTypes: ['On-site'],
      formattedEmploymentStatus: 'Full-time',
      description: NURSE,
    });
    expect(p.locations).toEqual(['Perth, Western Australia, Australia']);
  });
});

describe('pay as keys of the job in Dutch (session 27)', () => {
  it('reads "salarisMin", "salarisMax" and "salarisEenheid"', () => {
    const p = parseJson({
      titel: 'Beleidsmedewerker Digitale Overheid',
      organisatie: 'Ministerie van Binnenlandse Zaken',
      standplaats: 'Den Haag',
      salarisMin: 4235,
      salarisMax: 6180,
      salarisEenheid: 'maand',
      omschrijving: TASKS.join(' ').repeat(2),
    });
    expect(p.salary).toEqual([
      { min: 4235, max: 6180, currency: 'EUR', period: 'month', label: null },
    ]);
  });

  it('reads a figure written as text with a thousands point ("4.235")', () => {
    const p = parseJson({
      titel: 'Beleidsmedewerker Digitale Overheid',
      organisatie: 'Ministerie van Binnenlandse Zaken',
      standplaats: 'Den Haag',
      salarisMin: '4.235',
      salarisMax: '6.180',
      salarisEenheid: 'maand',
      omschrijving: TASKS.join(' ').repeat(2),
    });
    expect(p.salary).toEqual([
      { min: 4235, max: 6180, currency: 'EUR', period: 'month', label: null },
    ]);
  });
});

describe('a Dutch export with its text in one value (session 28)', () => {
  it("reads 'functie', 'organisatie', 'salaris' and keeps the text's lines", () => {
    const p = parseJson({
      vacature_id: 'BDK-2025-014',
      functie: 'Uitvoerder Utiliteitsbouw',
      organisatie: 'Bouwbedrijf De Kempen B.V.',
      standplaats: 'Eindhoven',
      salaris: { min: 3800, max: 5200, valuta: 'EUR', periode: 'maand' },
      tekst:
        'Uitvoerder Utiliteitsbouw – Eindhoven\n\nWat vragen wij?\n- Minimaal een afgeronde hbo-opleiding Bouwkunde\n- 5+ jaar ervaring als uitvoerder\n\nSolliciteren? Mail je cv naar p&o@dekempen.example.',
    });
    expect(p.title).toBe('Uitvoerder Utiliteitsbouw');
    expect(p.company).toBe('Bouwbedrijf De Kempen B.V.');
    expect(p.salary).toEqual([
      { min: 3800, max: 5200, currency: 'EUR', period: 'month', label: null },
    ]);
    expect(p.degrees.map((d) => [d.level, d.required])).toEqual([['bachelor', true]]);
  });
});

describe("a public employer's class title, not a similar job's (session 29)", () => {
  it('reads "classTitle" as the title', () => {
    const posting = parseJson({
      agency: 'Cedar Valley Unified School District',
      classTitle: 'Custodian I (Night Shift)',
      location: 'Visalia, CA',
      jobType: 'Full-Time',
      salary: { min: '$20.14', max: '$25.71', interval: 'Hourly', text: '$20.14 - $25.71 Hourly' },
      description:
        '<p>Under general supervision, performs a variety of custodial duties to keep assigned school buildings and grounds in a clean, orderly and safe condition.</p>',
      similar_jobs: [{ title: 'Lead Custodian' }, { title: 'Grounds Worker' }],
    });
    expect(posting.title).toBe('Custodian I (Night Shift)');
    expect(posting.salary).toEqual([
      { min: 20.14, max: 25.71, currency: 'USD', period: 'hour', label: null },
    ]);
  });
});

describe("a site's salary estimate and similar jobs (session 31)", () => {
  it("reads neither as the posting's pay", () => {
    const posting = parseJson({
      jobTitle: 'Assistant Store Manager',
      company: 'Dollar Basin',
      location: 'Natchez, MS 39120',
      salary: '$19.00 - $23.00 Hourly',
      salary_estimate: { min: 36000, max: 44000, period: 'YEAR', source: 'site estimate' },
      description:
        'Dollar Basin is a neighborhood discount store chain with 640 locations across the South. Open and close the store, count registers and prepare bank deposits, supervise and train store associates.',
      similar: [{ title: 'Store Manager', salary: '$55,000 - $68,000 a year' }],
    });
    expect(posting.salary.map((b) => [b.min, b.max, b.period])).toEqual([[19, 23, 'hour']]);
  });
});

describe('similar jobs under keys in other languages (session 35)', () => {
  it('leaves out "vergelijkbaar" and "similares"', () => {
    for (const key of ['vergelijkbaar', 'empleos_similares', 'similares']) {
      const posting = parseJson({
        titel: 'Junior Frontend Developer',
        bedrijf: 'Tulpix',
        plaats: 'Utrecht',
        salaris: { min: 2800, max: 3600, valuta: 'EUR', per: 'maand' },
        tekst:
          'Tulpix bouwt webapplicaties voor bloemenveilingen en kwekers: van realtime klokveilingen tot voorraadbeheer in de kas. Ons frontendteam (6 developers) zoekt versterking! Je bouwt schermen in Vue en TypeScript.',
        [key]: [{ titel: 'Medior Frontend Developer', salaris: '€ 4.000 - € 5.200' }],
      });
      expect(posting.salary.map((b) => [b.min, b.max])).toEqual([[2800, 3600]]);
    }
  });
});
