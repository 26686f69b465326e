import { describe, expect, it } from 'vitest';
import { alternativesOf, byFirstLetter } from './regex-alternatives';

describe('alternativesOf', () => {
  it('splits at top-level bars only', () => {
    expect(alternativesOf('a|b(?:c|d)|[|x]e|f\\|g')).toEqual(['a', 'b(?:c|d)', '[|x]e', 'f\\|g']);
  });
});

describe('byFirstLetter', () => {
  const words = ['bsc', 'BTS', 'mba', 'm\\.sc', 'bac ?\\+ ?3', 'mid(?:-level)?'];
  const flat = new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi');
  const grouped = new RegExp(`\\b${byFirstLetter(words)}\\b`, 'gi');

  it('groups by lower-cased first letter, keeping the order', () => {
    expect(byFirstLetter(['bsc', 'BTS', 'mba'])).toBe('(?:b(?:sc|TS)|m(?:ba))');
  });

  it('matches what the flat alternation matches', () => {
    for (const text of [
      'BSc or MBA, M.Sc, bac+3, bac + 3, mid-level, Mid, subsc, bts.',
      'nothing here',
      'MBAs and BSCs',
    ]) {
      expect([...text.matchAll(grouped)].map((m) => [m.index, m[0]])).toEqual(
        [...text.matchAll(flat)].map((m) => [m.index, m[0]]),
      );
    }
  });

  it('refuses an alternative that does not start with a plain letter or digit', () => {
    expect(() => byFirstLetter(['(?:a|b)c'])).toThrow();
    expect(() => byFirstLetter(['a?b'])).toThrow();
  });
});
