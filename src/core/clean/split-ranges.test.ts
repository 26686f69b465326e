import { describe, expect, it } from 'vitest';
import { isSplitRange, joinSplitRanges } from './split-ranges';
import type { Line } from './lines';

const line = (text: string): Line => ({ text, start: 0, kind: 'line', level: undefined });

describe('isSplitRange', () => {
  it.each([
    ['$42.00 –', '$61.50 per hour', true],
    ["CHF 92'000.–", "à CHF 110'000.–", true],
    ['€ 3.200 bis', '€ 3.800 brutto/Monat', true],
    ['R 18 500 -', 'R 22 000 per month', true],
    // Two amounts with nothing joining them are two bands.
    ['Days $20.00/hr', 'Nights $23.00/hr', false],
    ['$42.00', '$61.50 per hour', false],
    // A sentence that ends in a dash is no range's first half.
    ['We pay well –', '$61.50 per hour', false],
    ['$42.00 –', 'per hour, depending on experience', false],
    // The first half's note in brackets, then the range word.
    [
      'on education and experience. Range: $52,410',
      '(BA, Step 1) to $84,775 (MA+45, Step 13).',
      true,
    ],
    ['Days $20.00/hr', '(weekends) $23.00/hr', false],
  ])('%j + %j -> %s', (a, b, expected) => {
    expect(isSplitRange(a, b)).toBe(expected);
  });
});

describe('joinSplitRanges', () => {
  it('joins the halves of a table row broken one cell per line', () => {
    const lines = ['Phoenix, AZ', '$42.00 –', '$61.50 per hour', 'Tucson, AZ'].map(line);
    expect(joinSplitRanges(lines, -1).map((l) => [l.text, l.start])).toEqual([
      ['Phoenix, AZ', 0],
      ['$42.00 – $61.50 per hour', -1],
      ['Tucson, AZ', 0],
    ]);
  });

  it('keeps two bullets apart', () => {
    const lines: Line[] = [
      { text: '- Hourly wage: $18.50', start: 0, kind: 'list-item', level: undefined },
      { text: '- $500 sign-on bonus after 90 days', start: 0, kind: 'list-item', level: undefined },
    ];
    expect(joinSplitRanges(lines, -1)).toBe(lines);
    expect(isSplitRange('Hourly wage: $18.50', '- $500 sign-on bonus')).toBe(false);
  });

  it('returns the same lines when nothing is split', () => {
    const lines = ['Salary: $42.00 – $61.50 per hour', 'Apply now'].map(line);
    expect(joinSplitRanges(lines, -1)).toBe(lines);
  });
});
