// Short examples for location: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting, type PlainPosting } from '../index';

function parse(text: string): PlainPosting {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r);
}

// 40 distinct sentences: what follows is past the header block.
const LONG_BODY = Array.from(
  { length: 40 },
  (_, i) => `We ship tool number ${i + 1} each week.`,
).join('\n');

const CASES: [string, unknown][] = [
  ['Engineer\nAcme\nSunnyvale, CA', ['Sunnyvale, CA']],
  ['Work Location 1375 Crossman Avenue, Sunnyvale, CA 94089', ['Sunnyvale, CA']],
  ['Location: San Francisco, CA or Seattle, WA', ['San Francisco, CA', 'Seattle, WA']],
  ['Engineer\nAcme\nHamburg', ['Hamburg']],
  ['Engineer\nAcme · Toronto, ON · Hybrid', ['Toronto, ON']],
  ['Walmart Canada is a leading retailer seeking a Senior Data Scientist to join its team.', []],
  ['Standort: München', ['München']],
  // Far down the posting, and as a list item.
  [`Engineer\n${LONG_BODY}\n- Location: Austin, TX`, ['Austin, TX']],
];

describe('location', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});
