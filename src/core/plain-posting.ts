/**
 * A parse result as plain values (no spans): the vocabulary of the CLI output and of the
 * fixture files' expected.json.
 */
import type {
  DegreeLevel,
  EmploymentType,
  ParseResult,
  PayPeriod,
  Seniority,
  SkillCategory,
  WorkMode,
} from './model/posting';

export interface PlainPosting {
  title: string | null;
  company: string | null;
  locations: string[];
  workMode: WorkMode | null;
  employmentType: EmploymentType | null;
  seniority: Seniority | null;
  salary: {
    min: number | null;
    max: number | null;
    currency: string;
    period: PayPeriod;
    label: string | null;
  }[];
  yearsExperienceMin: number | null;
  degrees: { level: DegreeLevel; fields: string[]; required: boolean }[];
  skills: { name: string; category: SkillCategory; required: boolean }[];
  benefits: string[];
  responsibilities: string[];
  requirements: string[];
  postedDate: string | null;
  bonus: boolean;
  equity: boolean;
  warnings: string[];
}

/** Drops the evidence spans of a successful parse. */
export function toPlainPosting(result: Extract<ParseResult, { ok: true }>): PlainPosting {
  const p = result.posting;
  return {
    title: p.title?.value ?? null,
    company: p.company?.value ?? null,
    locations: p.locations.map((l) => l.value),
    workMode: p.workMode?.value ?? null,
    employmentType: p.employmentType?.value ?? null,
    seniority: p.seniority?.value ?? null,
    salary: p.salary.map((b) => ({
      min: b.min,
      max: b.max,
      currency: b.currency,
      period: b.period,
      label: b.label,
    })),
    yearsExperienceMin: p.yearsExperienceMin?.value ?? null,
    degrees: p.degrees.map((d) => ({ level: d.level, fields: d.fields, required: d.required })),
    skills: p.skills.map((s) => ({ name: s.name, category: s.category, required: s.required })),
    benefits: p.benefits.map((b) => b.key),
    responsibilities: p.responsibilities.map((i) => i.text),
    requirements: p.requirements.map((i) => i.text),
    postedDate: p.postedDate?.value ?? null,
    bonus: p.bonus?.value ?? false,
    equity: p.equity?.value ?? false,
    warnings: result.warnings,
  };
}
