/**
 * The skills vocabulary as a list of canonical names for suggestions, and a way to turn what a
 * user types ("k8s", "postgres") into the canonical name postings use, so their profile matches.
 */
import type { SkillCategory } from '../model/posting';
import { readSkillEntries } from '../vocab/skills-vocab';

export interface SkillName {
  name: string;
  category: SkillCategory;
}

interface SkillIndex {
  names: SkillName[];
  byForm: Map<string, string>;
}

let index: SkillIndex | null = null;

function buildIndex(): SkillIndex {
  const entries = readSkillEntries([]);
  const names: SkillName[] = [];
  const byForm = new Map<string, string>();
  for (const entry of entries) {
    // One canonical name may have a plain entry and a context-rule entry ("Apache Spark").
    if (!byForm.has(entry.name.toLowerCase()))
      names.push({ name: entry.name, category: entry.category });
    for (const form of [entry.name, ...entry.aliases, ...entry.ambiguous.map((a) => a.form)]) {
      const key = form.trim().toLowerCase();
      if (!byForm.has(key)) byForm.set(key, entry.name);
    }
  }
  names.sort((a, b) => a.name.localeCompare(b.name));
  return { names, byForm };
}

/** Every canonical skill name with its category, sorted by name (built once, on first use). */
export function listSkillNames(): SkillName[] {
  index ??= buildIndex();
  return index.names;
}

/** The canonical name for what a user typed ("PySpark" -> "Apache Spark"), else the input trimmed. */
export function canonicalSkillName(typed: string): string {
  index ??= buildIndex();
  const trimmed = typed.trim().replace(/\s+/g, ' ');
  return index.byForm.get(trimmed.toLowerCase()) ?? trimmed;
}
