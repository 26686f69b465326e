// Short examples for responsibilities and requirements: each item's span points at its text.
import { describe, expect, it } from 'vitest';
import type { ListItem } from '../model/posting';
import { parsePostingText } from '../index';

function parse(text: string): {
  text: string;
  responsibilities: ListItem[];
  requirements: ListItem[];
} {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return { text: r.text, ...r.posting };
}

const LONG =
  'We value curiosity and ownership across everything we do here, in this role and in the wider team around it. You will write clear design docs for others! And you will review code carefully, every single day of the week.';

describe('list items', () => {
  it('reads bullets without their markers and spaces', () => {
    const r = parse(
      'Responsibilities:\n-   Build APIs \n- Own the roadmap\n- ok\n\nRequirements:\n  * 5+ years of Go',
    );
    expect(r.responsibilities.map((i) => i.text)).toEqual(['Build APIs', 'Own the roadmap']);
    expect(r.requirements.map((i) => i.text)).toEqual(['5+ years of Go']);
    for (const item of [...r.responsibilities, ...r.requirements]) {
      const span = item.spans[0];
      expect(span && r.text.slice(span.start, span.end)).toBe(item.text);
    }
  });

  it('splits a long paragraph into sentences', () => {
    const r = parse(`Requirements:\n${LONG}`);
    expect(r.requirements.map((i) => i.text)).toEqual([
      'We value curiosity and ownership across everything we do here, in this role and in the wider team around it.',
      'You will write clear design docs for others!',
      'And you will review code carefully, every single day of the week.',
    ]);
    const span = r.requirements[1]?.spans[0];
    expect(span && r.text.slice(span.start, span.end)).toBe(
      'You will write clear design docs for others!',
    );
  });
});
