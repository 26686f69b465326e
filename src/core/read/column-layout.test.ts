import { describe, expect, it } from 'vitest';
import { unfoldColumns } from './column-layout';

describe('unfoldColumns', () => {
  it('leaves text without column gaps as it is', () => {
    const text = 'Senior Engineer\nAcme Ltd.  Two spaces after a full stop.';
    expect(unfoldColumns(text)).toBe(text);
  });

  it('turns an aligned label table into "Label: value" lines', () => {
    const text =
      'Funktion        Head of Treasury\nBereich         Finanzen\nPensum          100 %';
    expect(unfoldColumns(text)).toBe(
      'Funktion: Head of Treasury\nBereich: Finanzen\nPensum: 100 %',
    );
  });

  it('joins a value wrapped under its column and mends a hyphenated word', () => {
    const text = [
      'Cargo:      Ingeniero de Planificación Mi-',
      '            nera Corto Plazo',
      'Faena:      Mina Cerro Escondido, Región de',
      '            Antofagasta',
      'Residencia: Antofagasta o Calama (traslado',
      '            aéreo incluido)',
    ].join('\n');
    expect(unfoldColumns(text).split('\n')).toEqual([
      'Cargo: Ingeniero de Planificación Minera Corto Plazo',
      'Faena: Mina Cerro Escondido, Región de Antofagasta',
      'Residencia: Antofagasta o Calama (traslado aéreo incluido)',
    ]);
  });

  it('finds columns below an indented first line', () => {
    const text = '          POSITION DESCRIPTION\nACME MINING LIMITED      Senior Engineer';
    expect(unfoldColumns(text).split('\n').slice(1)).toEqual([
      'ACME MINING LIMITED',
      'Senior Engineer',
    ]);
  });

  it('splits two independent columns into two lines', () => {
    const text =
      'ACME MINING LIMITED        Senior Mining Engineer\n' + ' '.repeat(27) + 'Location: Perth';
    expect(
      unfoldColumns(text)
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['ACME MINING LIMITED', 'Senior Mining Engineer', 'Location: Perth']);
  });

  it('keeps a row of figures and a menu bar on one line', () => {
    const text = 'Level 1      $50,000      $60,000\nHome   Jobs   Companies   Salaries   Sign in';
    expect(unfoldColumns(text)).toBe(text);
  });

  it('reads a tab-separated pair as label and value', () => {
    expect(unfoldColumns('Location\tBerlin')).toBe('Location: Berlin');
  });
});

describe('flattened field rows', () => {
  it('finds a table of labels past wrapped values and wrapped labels', () => {
    const text = [
      'Job Title, Grade Code     Clinical Nurse Manager 2',
      '                          (Grade Code: 2239)',
      'Remuneration              The salary scale for the post is:',
      'Taking up                 A start date will be indicated.',
      'Appointment',
      'Location of Post          Ennis General Hospital, Ennis',
      '                          There is one permanent vacancy.',
      'Informal Enquiries        Ms Deirdre Mac Mahon',
    ].join('\n');
    const lines = unfoldColumns(text).split('\n');
    expect(lines[0]).toBe('Job Title, Grade Code: Clinical Nurse Manager 2');
    expect(lines).toContain('Location of Post: Ennis General Hospital, Ennis');
    expect(lines).toContain('Informal Enquiries: Ms Deirdre Mac Mahon');
  });

  it('reads two columns over a blank line as columns, not a table', () => {
    const text =
      'Pastry Chef                    Bramble Bakehouse\n\nPortland, OR                   Full Time';
    expect(unfoldColumns(text).split('\n')[0]).toBe('Pastry Chef');
  });

  it('takes no banner with symbols for a label', () => {
    const text =
      '★ FEATURED ★   Consultant Neurologist\n\nClient:        Oasis Hospital\nLocation:      Al Ain';
    expect(unfoldColumns(text).split('\n')[0]).toBe('★ FEATURED ★');
  });

  it('puts each labelled segment of a row on its own line', () => {
    expect(
      unfoldColumns('Puesto: Oficial 1ª | Empresa: Turia, S.L. | Ubicación : Paterna (Valencia)'),
    ).toBe('Puesto: Oficial 1ª\nEmpresa: Turia, S.L.\nUbicación : Paterna (Valencia)');
  });

  it('leaves a row with fewer than two labels alone', () => {
    const text = 'Portal de Empleo · Valencia | Oferta 46/2025 | Actualizada: 05/03/2025';
    expect(unfoldColumns(text)).toBe(text);
  });
});

describe('menus and data rows in columns', () => {
  it('keeps a three-item menu on one line but splits a row of details', () => {
    expect(unfoldColumns('Search   Help   Sign in')).toBe('Search   Help   Sign in');
    expect(unfoldColumns('4 - 7 years     ₹ 18-25 Lacs P.A.     Bengaluru (Hybrid)')).toBe(
      '4 - 7 years\n₹ 18-25 Lacs P.A.\nBengaluru (Hybrid)',
    );
  });
});
