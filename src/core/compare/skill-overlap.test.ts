import { describe, expect, it } from 'vitest';
import type { Skill, SkillCategory } from '../model/posting';
import { buildSkillMatrix, countOverlap, sharingOf } from './skill-overlap';

const skill = (name: string, category: SkillCategory, required = true): Skill => ({
  name,
  category,
  required,
  spans: [],
});

const A = [skill('Python', 'language'), skill('SQL', 'data'), skill('Docker', 'tool', false)];
const B = [skill('python', 'language', false), skill('SQL', 'data'), skill('Go', 'language')];
const C = [skill('SQL', 'data', false), skill('Excel', 'tool')];

describe('buildSkillMatrix', () => {
  const groups = buildSkillMatrix([A, B, C]);

  it('groups by category in vocabulary order', () => {
    expect(groups.map((g) => g.category)).toEqual(['language', 'data', 'tool']);
  });

  it('tells shared-by-all, shared-by-some and only-one apart, shared first', () => {
    const byName = new Map(groups.flatMap((g) => g.rows).map((r) => [r.name, r]));
    expect(byName.get('SQL')?.sharing).toBe('all');
    expect(byName.get('Python')?.sharing).toBe('some');
    expect(byName.get('Go')?.sharing).toBe('one');
    expect(groups[0]!.rows.map((r) => r.name)).toEqual(['Python', 'Go']);
  });

  it('marks required vs preferred per posting, matching names without case', () => {
    const python = groups[0]!.rows[0]!;
    expect(python.marks).toEqual([{ required: true }, { required: false }, null]);
    expect(python.count).toBe(2);
    const sql = groups[1]!.rows[0]!;
    expect(sql.marks).toEqual([{ required: true }, { required: true }, { required: false }]);
  });

  it('counts a skill named twice in one posting once, as required if either mention is', () => {
    const [group] = buildSkillMatrix([
      [skill('Go', 'language', false), skill('Go', 'language', true)],
      [],
    ]);
    expect(group!.rows[0]!.marks).toEqual([{ required: true }, null]);
    expect(group!.rows[0]!.count).toBe(1);
  });

  it('returns no groups for postings without skills', () => {
    expect(buildSkillMatrix([[], []])).toEqual([]);
  });
});

describe('countOverlap', () => {
  it('counts, per posting, skills shared by all, by some, and its own', () => {
    expect(countOverlap(buildSkillMatrix([A, B, C]), 3)).toEqual([
      { all: 1, some: 1, one: 1 },
      { all: 1, some: 1, one: 1 },
      { all: 1, some: 0, one: 1 },
    ]);
  });
});

describe('sharingOf', () => {
  it.each([
    [3, 3, 'all'],
    [2, 3, 'some'],
    [1, 3, 'one'],
    [1, 1, 'one'],
  ] as const)('%d of %d is %s', (count, columns, expected) => {
    expect(sharingOf(count, columns)).toBe(expected);
  });
});
