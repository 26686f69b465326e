/**
 * The structured posting the parser produces. Vocabulary follows shared PARSING-RULES.md.
 * `null` or an empty list always means "the posting does not say": never a default.
 * Every extracted value carries its evidence: spans into the cleaned text (`ParseResult.text`).
 */

/** Half-open character range [start, end) in the cleaned text. */
export interface Span {
  start: number;
  end: number;
}

export const WORK_MODES = ['remote', 'hybrid', 'onsite'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'internship',
  'temporary',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const SENIORITIES = [
  'intern',
  'entry',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'manager',
  'director',
  'executive',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export const DEGREE_LEVELS = ['high_school', 'associate', 'bachelor', 'master', 'phd'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export const SKILL_CATEGORIES = [
  'language',
  'framework',
  'data',
  'cloud',
  'ml',
  'tool',
  'soft skill',
  'domain',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** One stated base-pay band, in the unit the posting states (never annualised here). */
export interface SalaryBand {
  /** null for "up to X". */
  min: number | null;
  /** null for "from X" / "X+". */
  max: number | null;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  period: PayPeriod;
  /** Location, level or shift this band applies to, when the posting gives several. */
  label: string | null;
  spans: Span[];
}

export interface Degree {
  level: DegreeLevel;
  /** Fields of study as written ("Computer Science"). */
  fields: string[];
  required: boolean;
  spans: Span[];
}

/** One way to satisfy the requirements, e.g. "Master's + 1 year" (Option 2). */
export interface RequirementPath {
  degree: DegreeLevel | null;
  years: number | null;
  spans: Span[];
}

export interface Skill {
  /** Canonical name from the skills vocabulary ("Apache Spark" for "PySpark"). */
  name: string;
  category: SkillCategory;
  required: boolean;
  spans: Span[];
}

export interface Benefit {
  /** Normalised key: health_insurance, retirement_match, pto, ... */
  key: string;
  spans: Span[];
}

export interface ListItem {
  text: string;
  spans: Span[];
}

/** A field with a single value and its evidence. */
export interface Evidenced<T> {
  value: T;
  spans: Span[];
}

export interface ParsedPosting {
  title: Evidenced<string> | null;
  company: Evidenced<string> | null;
  /** Most specific first, as written. */
  locations: Evidenced<string>[];
  workMode: Evidenced<WorkMode> | null;
  employmentType: Evidenced<EmploymentType> | null;
  seniority: Evidenced<Seniority> | null;
  salary: SalaryBand[];
  yearsExperienceMin: Evidenced<number> | null;
  requirementPaths: RequirementPath[];
  degrees: Degree[];
  skills: Skill[];
  benefits: Benefit[];
  /** A bonus / commission / OTE is mentioned (never counted as salary). */
  bonus: Evidenced<boolean> | null;
  /** Equity / stock / RSUs are mentioned. */
  equity: Evidenced<boolean> | null;
  responsibilities: ListItem[];
  requirements: ListItem[];
  /** ISO date (YYYY-MM-DD) when the posting states one. */
  postedDate: Evidenced<string> | null;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'json' | 'pdf' | 'docx';

/** What the pipeline returns for one input. Errors are data, never thrown. */
export type ParseResult =
  | {
      ok: true;
      format: SourceFormat;
      /** The cleaned text every span points into (noise removed). */
      text: string;
      posting: ParsedPosting;
      /** Things a user may want to know ("salary found only in JSON-LD", "2 ads removed"). */
      warnings: string[];
      parserVersion: number;
    }
  | { ok: false; error: string };

export function emptyPosting(): ParsedPosting {
  return {
    title: null,
    company: null,
    locations: [],
    workMode: null,
    employmentType: null,
    seniority: null,
    salary: [],
    yearsExperienceMin: null,
    requirementPaths: [],
    degrees: [],
    skills: [],
    benefits: [],
    bonus: null,
    equity: null,
    responsibilities: [],
    requirements: [],
    postedDate: null,
  };
}
