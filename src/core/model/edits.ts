/**
 * A user's corrections, stored apart from the parsed values so they survive re-parsing and
 * parser upgrades, and can be reset one field at a time.
 */
import type {
  EmploymentType,
  ParsedPosting,
  PayPeriod,
  Seniority,
  SkillCategory,
  WorkMode,
} from './posting';

export interface EditedBand {
  min: number | null;
  max: number | null;
  currency: string;
  period: PayPeriod;
  label: string | null;
}

/** Each key present is a correction; an absent key means "use the parsed value". */
export interface PostingEdits {
  title?: string | null;
  company?: string | null;
  locations?: string[];
  workMode?: WorkMode | null;
  employmentType?: EmploymentType | null;
  seniority?: Seniority | null;
  salary?: EditedBand[];
  yearsExperienceMin?: number | null;
  skills?: { name: string; category: SkillCategory; required: boolean }[];
  benefits?: string[];
}

export type EditableField = keyof PostingEdits;

export const EDITABLE_FIELDS: readonly EditableField[] = [
  'title',
  'company',
  'locations',
  'workMode',
  'employmentType',
  'seniority',
  'salary',
  'yearsExperienceMin',
  'skills',
  'benefits',
];

/**
 * The posting as the user sees it: parsed values with the user's corrections on top.
 * Corrected values carry no evidence span (the user, not the text, is the source).
 */
export function applyEdits(parsed: ParsedPosting, edits: PostingEdits): ParsedPosting {
  const out: ParsedPosting = { ...parsed };
  const scalar = <T>(v: T | null) => (v === null ? null : { value: v, spans: [] });
  if ('title' in edits) out.title = scalar(edits.title ?? null);
  if ('company' in edits) out.company = scalar(edits.company ?? null);
  if (edits.locations) out.locations = edits.locations.map((value) => ({ value, spans: [] }));
  if ('workMode' in edits) out.workMode = scalar(edits.workMode ?? null);
  if ('employmentType' in edits) out.employmentType = scalar(edits.employmentType ?? null);
  if ('seniority' in edits) out.seniority = scalar(edits.seniority ?? null);
  if (edits.salary) out.salary = edits.salary.map((b) => ({ ...b, spans: [] }));
  if ('yearsExperienceMin' in edits) {
    out.yearsExperienceMin = scalar(edits.yearsExperienceMin ?? null);
  }
  if (edits.skills) out.skills = edits.skills.map((s) => ({ ...s, spans: [] }));
  if (edits.benefits) out.benefits = edits.benefits.map((key) => ({ key, spans: [] }));
  return out;
}
