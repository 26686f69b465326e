import { describe, expect, it } from 'vitest';
import { cutDigestTail } from './digest';
import { lines as toLines } from './lines.test-helper';

const DIGEST = [
  'Subject: [bio-jobs] Digest Vol 214, Issue 9',
  "Today's Topics:",
  '   1. Research Lab Technician II',
  '   2. Summer field assistant (paid)',
  '----------------------------------------------------------------------',
  'Message: 1',
  'Position: Research Lab Technician II',
  'Pay: $21.75 - $25.40 per hour',
  '------------------------------',
  'Message: 2',
  'Great Lakes Fishery Consortium is hiring field assistants. $17/hr.',
  '------------------------------',
];

describe('cutDigestTail', () => {
  it("keeps a digest's first message and cuts the later ones", () => {
    const out = cutDigestTail(toLines(DIGEST.join('\n')));
    expect(out.lines.map((l) => l.text)).toEqual(DIGEST.slice(0, 8));
    expect(out.removed).toBe(4);
  });
  it('leaves a text without a list of topics alone', () => {
    const lines = toLines(DIGEST.filter((t) => !t.startsWith('Today')).join('\n'));
    expect(cutDigestTail(lines).removed).toBe(0);
  });
  // A rule inside the first message (over its "COMPENSATION") divides nothing.
  it('keeps a rule inside the first message', () => {
    const text = [
      ...DIGEST.slice(0, 7),
      '------------------------------',
      'COMPENSATION',
      ...DIGEST.slice(7),
    ];
    const out = cutDigestTail(toLines(text.join('\n')));
    expect(out.lines.map((l) => l.text)).toEqual(text.slice(0, 10));
  });
});
