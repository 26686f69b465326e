import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../clean/clean-text';
import type { SourceDocument } from '../model/document';
import { splitSections } from './split-sections';

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
});
