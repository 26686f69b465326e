import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBenefits } from '../extract/benefits';
import { extractSkills } from '../extract/skills';

interface SeedCase {
  id: string;
  file: string;
  skills: string[];
  skillsOptional?: string[];
  benefits: string[];
}

const seedsDir = new URL('../../../../shared/seeds/', import.meta.url);
const labels = JSON.parse(readFileSync(new URL('labels.json', seedsDir), 'utf8')) as {
  cases: SeedCase[];
};

/**
 * The seeds carry noise that the cleaning step (not the extractors) removes: scrapers glue
 * snippets of other ads onto the end, as lines starting with "..." and after a "...." inside the
 * last real line. Cut them here so this test checks only the skills and benefits extractors.
 */
function cutAppendedAds(raw: string): string {
  const lines = raw.split('\n').filter((line) => !line.startsWith('...'));
  return lines
    .map((line) => {
      const glued = line.indexOf('....');
      return glued >= 0 ? line.slice(0, glued + 1) : line;
    })
    .join('\n');
}

const seeds = labels.cases.map((c) => ({
  ...c,
  text: cutAppendedAds(readFileSync(new URL(c.file, seedsDir), 'utf8')),
}));

describe('seed postings', () => {
  it.each(seeds)('$id: finds every labelled skill and nothing unlabelled', (seed) => {
    const found = extractSkills(seed.text, []).map((s) => s.name);
    expect(found).toEqual(expect.arrayContaining(seed.skills));
    const allowed = new Set([...seed.skills, ...(seed.skillsOptional ?? [])]);
    expect(found.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it.each(seeds)('$id: benefits match the label as a set', (seed) => {
    const found = extractBenefits(seed.text, []).map((b) => b.key);
    expect([...found].sort()).toEqual([...seed.benefits].sort());
  });

  it('every evidence span points at the text it came from', () => {
    for (const seed of seeds) {
      for (const skill of extractSkills(seed.text, [])) {
        for (const span of skill.spans) {
          expect(span.end).toBeGreaterThan(span.start);
          expect(seed.text.slice(span.start, span.end).trim()).not.toBe('');
        }
      }
    }
  });
});

/** A bare pass over the characters: the floor any tokeniser has to pay, on this machine, now. */
function scanCharacters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
  }
  return letters + text.toLowerCase().length;
}

describe('speed', () => {
  it('skills + benefits of a 6 KB posting cost a small multiple of one pass over its characters', () => {
    const posting = seeds
      .map((s) => s.text)
      .join('\n\n')
      .slice(0, 6000);
    extractSkills(posting, []);
    extractBenefits(posting, []);
    // Distinct strings per run, so the one-entry token cache cannot hide the tokenising cost.
    const variants = Array.from({ length: 300 }, (_, i) => `${posting} ${i}`);
    let started = performance.now();
    for (const text of variants) scanCharacters(text);
    const floor = (performance.now() - started) / variants.length;
    started = performance.now();
    for (const text of variants) {
      extractSkills(text, []);
      extractBenefits(text, []);
    }
    const perPosting = (performance.now() - started) / variants.length;
    console.log(
      `skills + benefits: ${(perPosting * 1000).toFixed(0)} µs per 6 KB posting ` +
        `(${(perPosting / floor).toFixed(1)}x one character pass)`,
    );
    // A relative bound holds on a busy CI machine; one regex per vocabulary phrase would be
    // hundreds of times the floor.
    expect(perPosting / floor).toBeLessThan(100);
  });
});
