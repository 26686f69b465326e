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
});
