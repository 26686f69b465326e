import { describe, expect, it } from 'vitest';
import { canonicalSkillName, listSkillNames } from './skill-names';

describe('skill names from the vocabulary', () => {
  it('lists each canonical name once, sorted', () => {
    const names = listSkillNames().map((s) => s.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
  });

  it('turns a known spelling into the name postings use, and keeps the rest as typed', () => {
    expect(canonicalSkillName('pyspark')).toBe('Apache Spark');
    expect(canonicalSkillName('  typescript ')).toBe('TypeScript');
    expect(canonicalSkillName('Underwater  welding')).toBe('Underwater welding');
  });
});
