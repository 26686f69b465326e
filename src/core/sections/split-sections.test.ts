import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../clean/clean-text';
import type { SourceDocument } from '../model/document';
import { readText } from '../read/text';
import { splitSections } from './split-sections';

/** Sections as [kind, heading, body] of a plain-text posting. */
function bodiesOf(...lines: string[]): [string, string | null, string][] {
  const cleaned = cleanDocument(readText(lines.join('\n')));
  return splitSections(cleaned.text, cleaned.lines).map((s) => [
    s.kind,
    s.heading,
    cleaned.text.slice(s.span.start, s.span.end).trim(),
  ]);
}

function sectionsOf(...lines: string[]): [string, string | null][] {
  const doc: SourceDocument = {
    format: 'text',
    blocks: lines.map((text) => ({ kind: 'line', text })),
    warnings: [],
  };
  const cleaned = cleanDocument(doc);
  return splitSections(cleaned.text, cleaned.lines).map((s) => [s.kind, s.heading]);
}

describe('splitSections', () => {
  it('reads a heading with a note in brackets, and Japanese "■" headings', () => {
    expect(
      bodiesOf(
        'Data Engineer',
        'Compensation (salário)',
        "We hire either under CLT (employee) or PJ (contractor), at the candidate's choice:",
        '- CLT: R$ 14.000 por mês',
        '■ Preferred',
        '- Experience with Salesforce',
        '■ Conditions',
        'Bonus: twice a year',
        'Benefits (CLT)',
        '- Gympass',
      ).map(([kind, heading]) => [kind, heading]),
    ).toEqual([
      ['header', null],
      ['salary', 'Compensation (salário)'],
      ['preferred', 'Preferred'],
      ['benefits', 'Conditions'],
      ['benefits', 'Benefits (CLT)'],
    ]);
  });

  it('reads a preferred note in brackets as the preferred kind', () => {
    expect(
      sectionsOf(
        'Data Scientist',
        'Qualifications (Required)',
        '- SQL',
        'Qualifications (Preferred)',
        '- Spark',
      ),
    ).toEqual([
      ['header', null],
      ['requirements', 'Qualifications (Required)'],
      ['preferred', 'Qualifications (Preferred)'],
    ]);
  });

  it('is not fooled by brackets in a row', () => {
    expect(() => bodiesOf('Role', 'x) (y) (z)', '- a (b) (c) (d)')).not.toThrow();
  });

  it('reads a heading that is a question of several words', () => {
    expect(
      sectionsOf('Desarrollador Python', '¿Qué vas a hacer?', 'Desarrollar APIs con Django.'),
    ).toEqual([
      ['header', null],
      ['responsibilities', '¿Qué vas a hacer?'],
    ]);
  });

  it('keeps a question that is not a heading in its section', () => {
    expect(
      sectionsOf('Nurse', 'About you', 'Why are you interested in this role?', 'Tell us.'),
    ).toEqual([
      ['header', null],
      ['requirements', 'About you'],
    ]);
  });

  it('reads an inline French offer heading', () => {
    expect(sectionsOf('Chargé de clientèle', 'Nos avantages : 13e mois, mutuelle.')).toEqual([
      ['header', null],
      ['benefits', 'Nos avantages '],
    ]);
  });

  it('starts the benefits at an unheaded paragraph naming several benefits after a list', () => {
    expect(
      sectionsOf(
        'Analyst',
        'Requirements',
        '- Degree in Finance',
        'Hybrid work (2 days in office). 13th month bonus, medical and dental benefits, 14 days annual leave.',
      ),
    ).toEqual([
      ['header', null],
      ['requirements', 'Requirements'],
      ['benefits', null],
    ]);
  });

  it('keeps a requirement paragraph that names one benefit word', () => {
    expect(
      sectionsOf(
        'HR Assistant',
        'Requirements',
        '- CIPD Level 3',
        'You will keep annual leave records up to date.',
      ),
    ).toEqual([
      ['header', null],
      ['requirements', 'Requirements'],
    ]);
  });

  it('reads numbered headings, which the reader takes for list items', () => {
    expect(
      bodiesOf(
        'Staff Nurse',
        '',
        '1. JOB PURPOSE',
        'Deliver safe care.',
        '2. Key Responsibilities',
        '- Assess patients',
        'II. REQUIREMENTS',
        '- NMC registration',
        '4. What we offer:',
        '- NHS Pension Scheme',
      ).map(([kind, heading]) => [kind, heading]),
    ).toEqual([
      ['header', null],
      ['other', '- JOB PURPOSE'],
      ['responsibilities', '- Key Responsibilities'],
      ['requirements', 'II. REQUIREMENTS'],
      ['benefits', '- What we offer:'],
    ]);
  });

  it("reads a formal document's parts numbered with a word", () => {
    expect(
      bodiesOf(
        'Contrato predoctoral',
        '',
        'ANEXO II - REQUISITOS DE LOS CANDIDATOS',
        'a) Estar en posesión de un título de Máster.',
        'ANEXO IV - TAREAS A DESARROLLAR',
        '- Ensayos de envejecimiento.',
        'Annex B: Person Specification',
        '- Degree in Town Planning',
      ).map(([kind, heading]) => [kind, heading]),
    ).toEqual([
      ['header', null],
      ['requirements', 'ANEXO II - REQUISITOS DE LOS CANDIDATOS'],
      ['responsibilities', 'ANEXO IV - TAREAS A DESARROLLAR'],
      ['requirements', 'Annex B: Person Specification'],
    ]);
  });

  it('reads a numbered heading over its own numbered items, whatever its words', () => {
    expect(
      bodiesOf(
        'Project Assistant Professor',
        '',
        '4. Qualifications',
        '   (1) A doctoral degree in coastal engineering.',
        '   (2) Python skills.',
        '',
        '5. Employment conditions',
        '   (1) Term: three years.',
        '',
        'Requirements',
        '* PLUS one of the following:',
        '    (a) Paralegal certificate',
      ).map(([kind, heading]) => [kind, heading]),
    ).toEqual([
      ['header', null],
      ['requirements', '- Qualifications'],
      ['other', '- Employment conditions'],
      ['requirements', 'Requirements'],
    ]);
  });

  it('keeps a duty or a requirement with sub-points in its list', () => {
    expect(
      bodiesOf(
        'Maintenance Technician',
        'Responsibilities',
        '- Maintain production equipment',
        '(a) daily inspections',
        '- Troubleshoot breakdowns',
        'Requirements',
        '- Education',
        '(a) Bachelor degree in Biology',
        '- Good communication skills',
      ).map(([kind, heading]) => [kind, heading]),
    ).toEqual([
      ['header', null],
      ['responsibilities', 'Responsibilities'],
      ['requirements', 'Requirements'],
    ]);
  });

  it('keeps a one-word heading word in a list as an item', () => {
    expect(bodiesOf('Driver', 'Requirements', '- Experience', '- Licence')).toEqual([
      ['header', null, 'Driver'],
      ['requirements', 'Requirements', '- Experience\n- Licence'],
    ]);
  });

  it('lets an inline label with its value describe that line only', () => {
    expect(
      bodiesOf(
        'Enfermero(a) Jefe',
        'SALARIO: $3.800.000 mensuales',
        'NÚMERO DE VACANTES: 2',
        'PERFIL REQUERIDO',
        'Formación: Profesional en Enfermería.',
        'Deseable: Especialización en Cuidado Crítico.',
        'Experiencia: Mínimo un (1) año.',
      ),
    ).toEqual([
      ['header', null, 'Enfermero(a) Jefe'],
      ['salary', 'SALARIO', '$3.800.000 mensuales'],
      ['header', null, 'NÚMERO DE VACANTES: 2'],
      ['requirements', 'PERFIL REQUERIDO', 'Formación: Profesional en Enfermería.'],
      ['preferred', 'Deseable', 'Especialización en Cuidado Crítico.'],
      ['requirements', 'PERFIL REQUERIDO', 'Experiencia: Mínimo un (1) año.'],
    ]);
  });

  it('keeps the wrapped rest of an inline value in its section', () => {
    expect(
      bodiesOf(
        'Profesor',
        'Emoluments: Pay as per scales plus DA, HRA and',
        'other allowances. Contributory Provident Fund,',
        'Group Mediclaim.',
        'Apply by 25/11/2024.',
      ),
    ).toEqual([
      ['header', null, 'Profesor'],
      [
        'salary',
        'Emoluments',
        'Pay as per scales plus DA, HRA and\nother allowances. Contributory Provident Fund,\nGroup Mediclaim.',
      ],
      ['header', null, 'Apply by 25/11/2024.'],
    ]);
  });

  it('keeps the list under an inline list label, or a label that ends with a colon', () => {
    expect(
      bodiesOf(
        'Cook',
        'Benefits: we offer',
        '- Free meals',
        'Duties: the cook is responsible for these tasks in our busy hotel kitchen:',
        'Prepare breakfast.',
      ),
    ).toEqual([
      ['header', null, 'Cook'],
      ['benefits', 'Benefits', 'we offer\n- Free meals'],
      [
        'responsibilities',
        'Duties',
        'the cook is responsible for these tasks in our busy hotel kitchen:\nPrepare breakfast.',
      ],
    ]);
  });

  it('lets pay or perks after a list run on: the closing part of the posting', () => {
    expect(
      sectionsOf(
        'Pharmacist',
        'Preferred Qualifications:',
        '- Residency',
        'Pay Range: $59.85 - $76.30 / hour',
        'This position is eligible for a $10,000 sign-on bonus.',
      ),
    ).toEqual([
      ['header', null],
      ['preferred', 'Preferred Qualifications:'],
      ['salary', 'Pay Range'],
    ]);
  });

  it('ends a section at the ads a board appends', () => {
    expect(
      sectionsOf(
        'Technician',
        'What we offer',
        '- Medical',
        'Jobs similar to this',
        'Tech II - $30/hr',
      ),
    ).toEqual([
      ['header', null],
      ['benefits', 'What we offer'],
      ['other', 'Jobs similar to this'],
    ]);
  });
});
