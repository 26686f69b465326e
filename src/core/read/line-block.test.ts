import { describe, expect, it } from 'vitest';
import { lineToBlock, lineToBlockAt } from './line-block';

describe('lineToBlockAt', () => {
  it.each(['Python', '- Python', '•  SQL', '-', 'a) first', '1. Intro', '➤Go', 'x', '*', '— done'])(
    'reads %j in a longer text as lineToBlock reads it alone',
    (line) => {
      const text = `  ${line}\n)`;
      expect(lineToBlockAt(text, 2, 2 + line.length)).toEqual(lineToBlock(line));
    },
  );

  it('reads geometric pictograms as bullets, pointing hands and check marks not', () => {
    expect(lineToBlock('🔹 Lead crop husbandry programmes')).toEqual({
      kind: 'list-item',
      text: 'Lead crop husbandry programmes',
    });
    expect(lineToBlock('👉 MEDICAL SALES REPRESENTATIVE 👈').kind).toBe('line');
    expect(lineToBlock('✅ EN BLANCO, con ART').kind).toBe('line');
  });
});
