/**
 * The comparison as data: one column per posting, one section per row group, with what differs
 * and the best value of a row worked out once. The table, the presenter, the charts and the CSV
 * all read this, so they never disagree. Derived on every render from records, profile and
 * rates; nothing here is stored.
 */
import {
  ANNUAL_ASSUMPTION,
  annualBasis,
  annualiseBand,
  bandMidpoint,
  type AnnualBand,
} from '../../core/compare/annualise';
import { buildBenefitMatrix, type BenefitGroup } from '../../core/compare/benefit-overlap';
import {
  convertBetween,
  planCurrency,
  type CurrencyPlan,
  type ExchangeRates,
} from '../../core/compare/convert-currency';
import { formatBand, formatMoney } from '../../core/compare/format';
import { matchPosting, type PostingMatch, type UserProfile } from '../../core/compare/match-score';
import {
  buildSkillMatrix,
  countOverlap,
  type OverlapCounts,
  type SkillGroup,
} from '../../core/compare/skill-overlap';
import type { ParsedPosting, RequirementPath } from '../../core/model/posting';
import type { PostingRecord } from '../../persistence/posting-record';
import { displayTitle, effectivePosting } from '../library/effective-posting';
import {
  DEGREE_LABEL,
  EMPLOYMENT_LABEL,
  SENIORITY_LABEL,
  WORK_MODE_LABEL,
  yearsLabel,
} from '../library/labels';

export const SECTION_IDS = [
  'match',
  'salary',
  'location',
  'workMode',
  'employment',
  'seniority',
  'experience',
  'education',
  'skills',
  'benefits',
  'responsibilities',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_LABEL: Record<SectionId, string> = {
  match: 'Your match',
  salary: 'Salary',
  location: 'Location',
  workMode: 'Work mode',
  employment: 'Employment type',
  seniority: 'Seniority',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  benefits: 'Benefits',
  responsibilities: 'Responsibilities',
};

export const NOT_STATED = 'Not stated';

export interface Column {
  id: string;
  title: string;
  company: string | null;
  posting: ParsedPosting;
}

export interface BandView {
  label: string | null;
  /** As the posting states it: "$52 – $68.50 / hour". */
  stated: string;
  /** Annualised in its own currency, null when the posting already states a year. */
  annual: string | null;
  /** "× 2,080 hours", empty for yearly pay. */
  basis: string;
  /** In the comparison currency with the user's rate, null when not converted. */
  converted: string | null;
  yearly: AnnualBand;
}

export interface SalaryCell {
  bands: BandView[];
  /** Midpoint of the best band, annual, in the plan's currency; null = cannot be ranked. */
  rank: number | null;
  /** The posting's pay is in a currency the user gave no rate for. */
  excluded: boolean;
}

export interface ExperienceCell {
  years: number | null;
  /** "Master's + 1 year", "Bachelor's + 3 years", ... */
  paths: string[];
}

export interface Comparison {
  columns: Column[];
  salary: {
    cells: SalaryCell[];
    plan: CurrencyPlan;
    /** Columns holding the highest pay (ties share it); empty when fewer than two rank. */
    best: number[];
    differs: boolean;
  };
  location: { cells: string[]; differs: boolean };
  workMode: { cells: string[]; differs: boolean };
  employment: { cells: string[]; differs: boolean };
  seniority: { cells: string[]; differs: boolean };
  experience: { cells: ExperienceCell[]; best: number[]; differs: boolean };
  education: { cells: string[][]; differs: boolean };
  skills: { groups: SkillGroup[]; overlap: OverlapCounts[]; differs: boolean };
  benefits: { groups: BenefitGroup[]; differs: boolean };
  responsibilities: { cells: string[][] };
  /** Per column, when the user has a profile; null when it is empty. */
  matches: PostingMatch[] | null;
  /** Columns with the best skill match (ties share it). */
  bestMatch: number[];
}

export { ANNUAL_ASSUMPTION };

/** Postings differ when two of them state different values; "not stated" is a gap, not a difference. */
function differs(values: string[]): boolean {
  return new Set(values.filter((v) => v !== NOT_STATED)).size > 1;
}

/** Indices holding the extreme value, when at least two columns have one and not all tie. */
function bestOf(values: (number | null)[], pick: 'max' | 'min'): number[] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return [];
  const target = pick === 'max' ? Math.max(...known) : Math.min(...known);
  const best = values.flatMap((v, i) => (v === target ? [i] : []));
  return best.length === values.length ? [] : best;
}

export function pathLabel(path: RequirementPath): string {
  const parts: string[] = [];
  if (path.degree) parts.push(DEGREE_LABEL[path.degree]);
  if (path.years !== null) parts.push(yearsLabel(path.years));
  return parts.join(' + ') || 'Other';
}

function salaryCells(columns: Column[], exchange: ExchangeRates) {
  const yearly = columns.map((c) => c.posting.salary.map(annualiseBand));
  const plan = planCurrency(
    yearly.flatMap((bands) => bands.map((b) => b.currency)),
    exchange,
  );
  const cells: SalaryCell[] = columns.map((column, i) => {
    const bands = column.posting.salary.map((band, j): BandView => {
      const year = yearly[i]![j]!;
      const convert = (v: number | null) => {
        if (v === null || !plan.currency) return null;
        const out = convertBetween(v, year.currency, plan.currency, exchange);
        return out === null ? null : Math.round(out);
      };
      const needsConversion = plan.converted && year.currency !== plan.currency;
      const cmin = convert(year.min);
      const cmax = convert(year.max);
      return {
        label: band.label,
        stated: formatBand(band),
        annual: band.period === 'year' ? null : formatBand(year),
        basis: annualBasis(band.period),
        converted:
          needsConversion && (cmin !== null || cmax !== null)
            ? `≈ ${formatBand({ min: cmin, max: cmax, currency: plan.currency!, period: 'year' })}`
            : null,
        yearly: year,
      };
    });
    const excluded = yearly[i]!.some((b) => plan.excluded.includes(b.currency));
    const ranks = yearly[i]!.flatMap((b) => {
      if (plan.excluded.includes(b.currency) || !plan.currency) return [];
      const mid = bandMidpoint(b);
      const v = mid === null ? null : convertBetween(mid, b.currency, plan.currency, exchange);
      return v === null ? [] : [v];
    });
    return { bands, rank: ranks.length ? Math.max(...ranks) : null, excluded };
  });
  const shown = cells.map((c) => c.bands.map((b) => b.stated).join(' | ') || NOT_STATED);
  return {
    cells,
    plan,
    best: bestOf(
      cells.map((c) => c.rank),
      'max',
    ),
    differs: differs(shown),
  };
}

function scalarRow(values: (string | null | undefined)[]) {
  const cells = values.map((v) => v ?? NOT_STATED);
  return { cells, differs: differs(cells) };
}

function educationCell(posting: ParsedPosting): string[] {
  return posting.degrees.map((d) => {
    const fields = d.fields.length ? ` in ${d.fields.join(', ')}` : '';
    return `${DEGREE_LABEL[d.level]}${fields} (${d.required ? 'required' : 'preferred'})`;
  });
}

function isEmptyProfile(profile: UserProfile): boolean {
  return (
    profile.skills.length === 0 &&
    !profile.targetPay &&
    !profile.workMode &&
    !profile.location.trim()
  );
}

/** Builds the whole comparison for records in column order. */
export function buildComparison(
  records: PostingRecord[],
  profile: UserProfile,
  exchange: ExchangeRates,
): Comparison {
  const columns: Column[] = records.map((record) => {
    const posting = effectivePosting(record);
    return {
      id: record.id,
      title: displayTitle(record),
      company: posting.company?.value ?? null,
      posting,
    };
  });
  const postings = columns.map((c) => c.posting);
  const experienceCells = postings.map((p): ExperienceCell => {
    const pathYears = p.requirementPaths.flatMap((r) => (r.years === null ? [] : [r.years]));
    return {
      years: p.yearsExperienceMin?.value ?? (pathYears.length ? Math.min(...pathYears) : null),
      paths: p.requirementPaths.map(pathLabel),
    };
  });
  const skillGroups = buildSkillMatrix(postings.map((p) => p.skills));
  const benefitGroups = buildBenefitMatrix(postings.map((p) => p.benefits));
  const matches = isEmptyProfile(profile)
    ? null
    : postings.map((p) => matchPosting(p, profile, exchange));
  const education = postings.map(educationCell);

  return {
    columns,
    salary: salaryCells(columns, exchange),
    location: scalarRow(postings.map((p) => p.locations.map((l) => l.value).join('; ') || null)),
    workMode: scalarRow(postings.map((p) => p.workMode && WORK_MODE_LABEL[p.workMode.value])),
    employment: scalarRow(
      postings.map((p) => p.employmentType && EMPLOYMENT_LABEL[p.employmentType.value]),
    ),
    seniority: scalarRow(postings.map((p) => p.seniority && SENIORITY_LABEL[p.seniority.value])),
    experience: {
      cells: experienceCells,
      best: bestOf(
        experienceCells.map((c) => c.years),
        'min',
      ),
      differs: differs(
        experienceCells.map((c) =>
          c.years === null && c.paths.length === 0 ? NOT_STATED : `${c.years}|${c.paths.join(',')}`,
        ),
      ),
    },
    education: {
      cells: education,
      differs: differs(education.map((e) => e.join('|') || NOT_STATED)),
    },
    skills: {
      groups: skillGroups,
      overlap: countOverlap(skillGroups, columns.length),
      differs: skillGroups.some((g) => g.rows.some((r) => r.sharing !== 'all')),
    },
    benefits: {
      groups: benefitGroups,
      differs: benefitGroups.some((g) => g.rows.some((r) => r.sharing !== 'all')),
    },
    responsibilities: { cells: postings.map((p) => p.responsibilities.map((r) => r.text)) },
    matches,
    bestMatch: matches
      ? bestOf(
          matches.map((m) => m.skills.score),
          'max',
        )
      : [],
  };
}

/** "$108,160 / year" style for a plain yearly amount. */
export function formatYearly(amount: number, currency: string): string {
  return `${formatMoney(amount, currency)} / year`;
}
