import { describe, expect, it } from 'vitest';
import { hasAtMostWords } from './context';

describe('hasAtMostWords', () => {
  it('counts as text.split(/\\s+/) does', () => {
    for (const text of ['', 'one', 'two words', ' lead', 'trail ', 'a  b\tc\u00a0d', 'a b c d e']) {
      for (const max of [1, 2, 3, 4, 5]) {
        expect(hasAtMostWords(text, max)).toBe(text.split(/\s+/).length <= max);
      }
    }
  });
});
