/**
 * Skill overlap: which skills all compared postings ask for, which some share, and which only
 * one asks for, as a matrix of skill x posting grouped by category.
 */
import { SKILL_CATEGORIES } from '../model/posting';
import type { Skill, SkillCategory } from '../model/posting';

/** How widely a skill (or benefit) is shared across the compared postings. */
export type Sharing = 'all' | 'some' | 'one';

/** One posting's entry for a skill: asked for as required or preferred; null = not asked. */
export type SkillMark = { required: boolean } | null;

export interface SkillRow {
  name: string;
  category: SkillCategory;
  /** One mark per posting, in column order. */
  marks: SkillMark[];
  /** How many postings ask for it. */
  count: number;
  sharing: Sharing;
}

export interface SkillGroup {
  category: SkillCategory;
  rows: SkillRow[];
}

/** Matching key: canonical names already unify spellings; this only ignores case and spacing. */
export function skillKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** 'all' when every posting has it, 'one' when a single one does, 'some' in between. */
export function sharingOf(count: number, columns: number): Sharing {
  if (columns > 1 && count === columns) return 'all';
  return count <= 1 ? 'one' : 'some';
}

const ORDER: Record<Sharing, number> = { all: 0, some: 1, one: 2 };

/**
 * Input: each posting's skills, in column order. Output: groups in vocabulary category order,
 * rows sorted shared-by-all first, then by how many ask for it, then by name. A posting naming
 * a skill twice counts once, as required if either mention is.
 */
export function buildSkillMatrix(postings: readonly (readonly Skill[])[]): SkillGroup[] {
  const rows = new Map<string, SkillRow>();
  postings.forEach((skills, column) => {
    for (const skill of skills) {
      const key = skillKey(skill.name);
      let row = rows.get(key);
      if (!row) {
        row = {
          name: skill.name,
          category: skill.category,
          marks: postings.map(() => null),
          count: 0,
          sharing: 'one',
        };
        rows.set(key, row);
      }
      const mark = row.marks[column];
      if (mark === null || mark === undefined) {
        row.marks[column] = { required: skill.required };
        row.count++;
      } else if (skill.required) {
        mark.required = true;
      }
    }
  });
  const groups = new Map<SkillCategory, SkillRow[]>();
  for (const row of rows.values()) {
    row.sharing = sharingOf(row.count, postings.length);
    const list = groups.get(row.category) ?? [];
    list.push(row);
    groups.set(row.category, list);
  }
  return SKILL_CATEGORIES.filter((c) => groups.has(c)).map((category) => ({
    category,
    rows: groups
      .get(category)!
      .sort(
        (a, b) =>
          ORDER[a.sharing] - ORDER[b.sharing] || b.count - a.count || a.name.localeCompare(b.name),
      ),
  }));
}

export interface OverlapCounts {
  /** Skills of this posting every compared posting asks for. */
  all: number;
  /** Skills of this posting some, but not all, others ask for too. */
  some: number;
  /** Skills only this posting asks for. */
  one: number;
}

/** Per posting (column order): how many of its skills are shared by all, some, or none. */
export function countOverlap(groups: readonly SkillGroup[], columns: number): OverlapCounts[] {
  const counts = Array.from({ length: columns }, () => ({ all: 0, some: 0, one: 0 }));
  for (const group of groups) {
    for (const row of group.rows) {
      row.marks.forEach((mark, column) => {
        if (mark) counts[column]![row.sharing]++;
      });
    }
  }
  return counts;
}
