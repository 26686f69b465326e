import { describe, expect, it } from 'vitest';
import { labelStart } from './label-start';

describe('labelStart', () => {
  const starts = labelStart('lo ci');

  it('accepts the pairs in either case, with or without a list marker', () => {
    expect(starts('Location: Berlin')).toBe(true);
    expect(starts('LOCATION')).toBe(true);
    expect(starts('- city: Paris')).toBe(true);
  });

  it('rejects other starts, short lines and non-letters', () => {
    expect(starts('Salary: 50k')).toBe(false);
    expect(starts('l')).toBe(false);
    expect(starts('')).toBe(false);
    expect(starts('-- location')).toBe(false);
    expect(starts('[o')).toBe(false);
  });

  it('refuses pairs that are not two ASCII letters', () => {
    expect(() => labelStart('lo üb')).toThrow();
    expect(() => labelStart('l')).toThrow();
  });
});
