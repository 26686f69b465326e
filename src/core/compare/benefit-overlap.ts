/**
 * Benefit overlap: the same matrix as skills, for the normalised benefit keys of
 * PARSING-RULES.md, grouped by theme, with display labels.
 */
import type { Benefit } from '../model/posting';
import { sharingOf, type Sharing } from './skill-overlap';

export type BenefitTheme = 'health' | 'money' | 'time' | 'growth' | 'everyday';

export const BENEFIT_THEME_LABEL: Record<BenefitTheme, string> = {
  health: 'Health and insurance',
  money: 'Money and retirement',
  time: 'Time off and flexibility',
  growth: 'Learning and growth',
  everyday: 'Everyday perks',
};

const THEMES: readonly BenefitTheme[] = ['health', 'money', 'time', 'growth', 'everyday'];

/** Label and theme per known key; keys added to the vocabulary later fall back to `labelOf`. */
const KNOWN: Record<string, [string, BenefitTheme]> = {
  health_insurance: ['Health insurance', 'health'],
  dental_insurance: ['Dental insurance', 'health'],
  vision_insurance: ['Vision insurance', 'health'],
  health_savings: ['Health savings account', 'health'],
  life_insurance: ['Life insurance', 'health'],
  disability_insurance: ['Disability insurance', 'health'],
  fertility_benefits: ['Fertility benefits', 'health'],
  wellness: ['Wellness programme', 'health'],
  pet_insurance: ['Pet insurance', 'health'],
  retirement_plan: ['Retirement plan', 'money'],
  retirement_match: ['Retirement match', 'money'],
  stock_purchase: ['Stock purchase plan', 'money'],
  equity: ['Equity', 'money'],
  bonus: ['Bonus', 'money'],
  profit_sharing: ['Profit sharing', 'money'],
  student_loan_assistance: ['Student loan help', 'money'],
  relocation: ['Relocation support', 'money'],
  pto: ['Paid time off', 'time'],
  sick_leave: ['Sick leave', 'time'],
  paid_holidays: ['Paid holidays', 'time'],
  parental_leave: ['Parental leave', 'time'],
  adoption_assistance: ['Adoption assistance', 'time'],
  flexible_hours: ['Flexible hours', 'time'],
  sabbatical: ['Sabbatical', 'time'],
  volunteer_time: ['Volunteer time', 'time'],
  childcare: ['Childcare', 'time'],
  tuition_assistance: ['Tuition assistance', 'growth'],
  learning_budget: ['Learning budget', 'growth'],
  employee_discount: ['Employee discount', 'everyday'],
  remote_stipend: ['Home office stipend', 'everyday'],
  commuter_benefits: ['Commuter benefits', 'everyday'],
  meal_allowance: ['Meal allowance', 'everyday'],
  gym: ['Gym', 'everyday'],
  company_car: ['Company car', 'everyday'],
  phone_allowance: ['Phone allowance', 'everyday'],
};

/** "health_insurance" -> "Health insurance"; unknown keys get the same treatment. */
export function benefitLabel(key: string): string {
  const known = KNOWN[key];
  if (known) return known[0];
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function benefitTheme(key: string): BenefitTheme {
  return KNOWN[key]?.[1] ?? 'everyday';
}

export interface BenefitRow {
  key: string;
  label: string;
  /** One flag per posting, in column order. */
  offered: boolean[];
  count: number;
  sharing: Sharing;
}

export interface BenefitGroup {
  theme: BenefitTheme;
  label: string;
  rows: BenefitRow[];
}

const ORDER: Record<Sharing, number> = { all: 0, some: 1, one: 2 };

/** Input: each posting's benefits in column order. Output: rows by theme, shared first. */
export function buildBenefitMatrix(postings: readonly (readonly Benefit[])[]): BenefitGroup[] {
  const rows = new Map<string, BenefitRow>();
  postings.forEach((benefits, column) => {
    for (const { key } of benefits) {
      let row = rows.get(key);
      if (!row) {
        row = {
          key,
          label: benefitLabel(key),
          offered: postings.map(() => false),
          count: 0,
          sharing: 'one',
        };
        rows.set(key, row);
      }
      if (!row.offered[column]) {
        row.offered[column] = true;
        row.count++;
      }
    }
  });
  for (const row of rows.values()) row.sharing = sharingOf(row.count, postings.length);
  return THEMES.map((theme) => ({
    theme,
    label: BENEFIT_THEME_LABEL[theme],
    rows: [...rows.values()]
      .filter((r) => benefitTheme(r.key) === theme)
      .sort(
        (a, b) =>
          ORDER[a.sharing] - ORDER[b.sharing] ||
          b.count - a.count ||
          a.label.localeCompare(b.label),
      ),
  })).filter((g) => g.rows.length > 0);
}
