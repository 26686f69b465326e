import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_FILLER, removeFiller } from './salary-context';

const regexReplace = (text: string): string => text.replace(LABEL_FILLER, ' ');

describe('removeFiller', () => {
  it.each([
    'The pay range for Level 1 is',
    'Base salary (Zone A)',
    'Gehalt für Werkstudenten',
    'FÜR Azubis, fürs Team, Xfür, für_x, für2',
    'these, thesea, the_, THE-end, salario_base',
    'Hourly rate – Seattle, WA',
    '',
  ])('matches the regex on %j', (text) => {
    expect(removeFiller(text)).toBe(regexReplace(text));
  });

  it('matches the regex on any mix of filler words, word characters and separators', () => {
    const piece = fc.constantFrom(
      'the',
      'THE',
      'Rate',
      'für',
      'FÜR',
      'fü',
      'f',
      'r',
      'ü',
      'x',
      '1',
      '_',
      ' ',
      '-',
      'é',
      ':',
      'bands',
      'compensation',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(removeFiller(text)).toBe(regexReplace(text));
      }),
      { numRuns: 2000 },
    );
  });
});
