// Short examples for company: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting, type PlainPosting } from '../index';

function parse(text: string): PlainPosting {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r);
}

const CASES: [string, unknown][] = [
  ['Senior Engineer\nNorthwind Labs\nAustin, TX', 'Northwind Labs'],
  ['Company: Acme Robotics\nTitle: Engineer', 'Acme Robotics'],
  [
    'Walmart Canada is a leading retailer, and they are seeking a Senior Data Scientist to join them.',
    'Walmart Canada',
  ],
  ['Engineer\n\nAt Globex, we build things. Benefits at Globex are great.', 'Globex'],
  ['Sous Chef\nSakura Commerce K.K.\nTokyo, Japan', 'Sakura Commerce K.K.'],
];

describe('company', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).company).toEqual(expected);
  });
});
