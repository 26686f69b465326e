// The five real postings in the shared folder must parse exactly as their labels say (*Alt
// answers accepted, skillsOptional fine either way). The shared folder is ../shared from the
// repository root, here and in CI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting, type PlainPosting } from './index';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

interface SeedLabel {
  id: string;
  file: string;
  title: string | null;
  titleAlt?: string[];
  company: string | null;
  companyAlt?: string[];
  location: string | null;
  locationAlt?: string[];
  workMode: string | null;
  employmentType: string | null;
  seniority: string | null;
  seniorityAlt?: string[];
  salary: { min: number | null; max: number | null; currency: string; period: string }[];
  yearsExperienceMin: number | null;
  yearsExperienceAlt?: number[];
  degrees: { level: string; fields: string[]; required: boolean }[];
  skills: string[];
  skillsOptional?: string[];
  benefits: string[];
}

const labels = (
  JSON.parse(readFileSync(new URL('labels.json', SEEDS), 'utf8')) as { cases: SeedLabel[] }
).cases;

function parseSeed(label: SeedLabel): PlainPosting {
  const result = parsePostingText(readFileSync(new URL(label.file, SEEDS), 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return toPlainPosting(result);
}

function oneOf<T>(value: T, main: T, alt: T[] = []): boolean {
  return value === main || alt.includes(value);
}

describe.each(labels)('seed $id', (label) => {
  const got = parseSeed(label);

  it('salary bands', () => {
    expect(got.salary).toEqual(label.salary.map((b) => ({ ...b, label: null })));
  });
  it('title, company, location', () => {
    expect(oneOf(got.title, label.title, label.titleAlt), `title ${got.title}`).toBe(true);
    expect(oneOf(got.company, label.company, label.companyAlt), `company ${got.company}`).toBe(
      true,
    );
    const location = got.locations[0] ?? null;
    expect(oneOf(location, label.location, label.locationAlt), `location ${location}`).toBe(true);
  });
  it('work mode, employment type, seniority', () => {
    expect(got.workMode).toBe(label.workMode);
    expect(got.employmentType).toBe(label.employmentType);
    expect(oneOf(got.seniority, label.seniority, label.seniorityAlt)).toBe(true);
  });
  it('years of experience', () => {
    expect(
      oneOf(got.yearsExperienceMin, label.yearsExperienceMin, label.yearsExperienceAlt),
      `years ${got.yearsExperienceMin}`,
    ).toBe(true);
  });
  it('degrees: every labelled one, and no required one the label lacks', () => {
    for (const degree of label.degrees) expect(got.degrees).toContainEqual(degree);
    for (const degree of got.degrees.filter((d) => d.required)) {
      expect(label.degrees).toContainEqual(degree);
    }
  });
  it('skills as a set (optional ones either way)', () => {
    const names = new Set(got.skills.map((s) => s.name));
    const allowed = new Set([...label.skills, ...(label.skillsOptional ?? [])]);
    expect(label.skills.filter((s) => !names.has(s))).toEqual([]);
    expect([...names].filter((s) => !allowed.has(s))).toEqual([]);
  });
  it('benefits as a set', () => {
    expect(new Set(got.benefits)).toEqual(new Set(label.benefits));
  });
});
