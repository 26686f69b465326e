import { describe, expect, it } from 'vitest';
import { createSectionLookup, leadInLine, tokenizeCached } from './text-context';
import { tokenize } from './tokenize';
import type { Section } from '../model/section';

describe('leadInLine', () => {
  // Long items ending with a period: only their bullet can make them part of the list.
  const item = 'Experience with Python and SQL in production for several years.';
  const leadInOf = (bullet: string): number =>
    leadInLine(tokenize(`Nice to have:\n- ${item}\n${bullet}${item}`), 2);

  it('walks up a bulleted or numbered list to the line that introduces it', () => {
    for (const bullet of ['- ', '  • ', '1. ', '12) ', '\u00a0–\u00a0', '*\t']) {
      expect(leadInOf(bullet)).toBe(0);
    }
  });

  it("gives every item of two long lists its own list's lead-in, asked in any order", () => {
    const list = Array.from({ length: 30 }, (_, k) => `- ${item} ${k}`);
    const lines = ['Requirements:', ...list, '', 'Nice to have:', ...list];
    // The heads and the blank line between the lists are no list items.
    const expected = lines.map((_, line) =>
      line === 0 || (line >= 31 && line <= 32) ? -1 : line < 31 ? 0 : 32,
    );
    const order = lines.map((_, line) => line);
    for (const asked of [order, [...order].reverse()]) {
      // The cached tokens keep the answers between calls; another text drops them.
      tokenizeCached('');
      const tt = tokenizeCached(lines.join('\n'));
      const answers: number[] = [];
      for (const line of asked) answers[line] = leadInLine(tt, line);
      expect(answers).toEqual(expected);
    }
  });

  it('walks over a blank line inside a list whatever was asked before', () => {
    tokenizeCached('');
    const tt = tokenizeCached(['Skills:', `- ${item}`, '', `- ${item}`, `- ${item}`].join('\n'));
    expect(leadInLine(tt, 2)).toBe(-1);
    expect(leadInLine(tt, 4)).toBe(0);
  });

  it('does not take a number, a dash or a bullet glued to a word for a list item', () => {
    for (const bullet of ['-', '123. ', '1.5 ', '1 ', '•', 'x. '])
      expect(leadInOf(bullet)).toBe(-1);
  });
});

describe('createSectionLookup', () => {
  const section = (start: number, end: number): Section => ({
    kind: 'other',
    heading: null,
    span: { start, end },
  });

  it('finds the section of each offset, sections given in any order', () => {
    const a = section(0, 10);
    const b = section(10, 20);
    const c = section(25, 30);
    for (const sections of [
      [a, b, c],
      [c, a, b],
    ]) {
      const at = createSectionLookup(sections);
      expect([0, 9, 10, 19, 22, 25, 29, 30].map(at)).toEqual([a, a, b, b, null, c, c, null]);
    }
  });
});
