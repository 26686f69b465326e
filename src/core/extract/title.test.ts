// Short examples for title: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting, type PlainPosting } from '../index';

function parse(text: string): PlainPosting {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r);
}

const CASES: [string, unknown][] = [
  ['Position: Senior Data Scientist\nWork Location: Austin, TX', 'Senior Data Scientist'],
  [
    'Senior Data Scientist, Computer Vision\nWalmart\nSunnyvale, CA',
    'Senior Data Scientist, Computer Vision',
  ],
  [
    'We are seeking a Principal Data Scientist to drive innovation within our search team and beyond, across many markets.',
    'Principal Data Scientist',
  ],
  ['Product Designer\n\nAcme', 'Product Designer'],
  ['Pflegefachkraft (m/w/d)\nSeniorenresidenz', 'Pflegefachkraft (m/w/d)'],
  ['Barista\nCopper Kettle Coffee', 'Barista'],
];

describe('title', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).title).toEqual(expected);
  });
});
