// The app's built-in sample postings are the first thing a new user parses: every field a
// human reads off them at a glance must come out right.
import { describe, expect, it } from 'vitest';
import { SAMPLE_POSTINGS } from '../features/samples/sample-postings';
import { parsePostingText, toPlainPosting, type PlainPosting } from './index';

type Band = PlainPosting['salary'][number];
const band = (min: number | null, max: number | null, currency: string, period: string): Band =>
  ({ min, max, currency, period, label: null }) as Band;

const EXPECTED: Record<string, Partial<PlainPosting>> = {
  'Sample - Senior Backend Engineer.txt': {
    title: 'Senior Backend Engineer',
    company: 'Northwind Labs',
    workMode: 'remote',
    employmentType: 'full-time',
    seniority: 'senior',
    salary: [band(165000, 195000, 'USD', 'year')],
    yearsExperienceMin: 5,
    equity: true,
  },
  'Sample - Registered Nurse, ICU.txt': {
    title: 'Registered Nurse - ICU (Night Shift)',
    company: 'Riverside General Hospital',
    locations: ['Portland, OR'],
    workMode: 'onsite',
    employmentType: 'full-time',
    salary: [band(52, 68.5, 'USD', 'hour')],
    yearsExperienceMin: 2,
  },
  'Sample - Retail Store Supervisor.txt': {
    title: 'Retail Store Supervisor',
    company: 'Larkfield Home & Garden',
    locations: ['Manchester, UK'],
    workMode: 'onsite',
    employmentType: 'part-time',
    salary: [band(13.2, 13.2, 'GBP', 'hour')],
    yearsExperienceMin: 1,
  },
  'Sample - Financial Analyst.txt': {
    title: 'Financial Analyst (FP&A)',
    company: 'Hansa Mobility GmbH',
    locations: ['Berlin, Germany'],
    workMode: 'hybrid',
    employmentType: 'full-time',
    salary: [band(62000, 74000, 'EUR', 'year')],
    yearsExperienceMin: 3,
  },
  'Sample - Grade 5 Teacher.txt': {
    title: 'Grade 5 Classroom Teacher',
    company: 'Maple Ridge Academy',
    locations: ['Toronto, ON'],
    workMode: 'onsite',
    employmentType: 'full-time',
    salary: [band(58000, 86000, 'CAD', 'year')],
    yearsExperienceMin: 2,
  },
  'Sample - UX Designer.txt': {
    title: 'UX/UI Designer',
    company: 'Studio Parallel',
    locations: ['Amsterdam, Netherlands'],
    workMode: 'hybrid',
    employmentType: 'contract',
    salary: [band(450, 550, 'EUR', 'day')],
    yearsExperienceMin: 3,
  },
  'Sample - Warehouse Operations Lead.txt': {
    title: 'Warehouse Operations Lead',
    company: 'Cascade Freight Services',
    locations: ['Calgary, AB'],
    workMode: 'onsite',
    employmentType: 'full-time',
    seniority: 'lead',
    salary: [],
    yearsExperienceMin: 3,
  },
};

// Benefits a reader sees in each sample's benefits list (others may be found too).
const BENEFITS: Record<string, string[]> = {
  'Sample - Senior Backend Engineer.txt': [
    'health_insurance',
    'dental_insurance',
    'vision_insurance',
    'retirement_plan',
    'pto',
    'paid_holidays',
    'parental_leave',
  ],
  'Sample - Registered Nurse, ICU.txt': [
    'health_insurance',
    'dental_insurance',
    'vision_insurance',
    'retirement_plan',
    'tuition_assistance',
    'pto',
    'sick_leave',
  ],
  'Sample - Retail Store Supervisor.txt': ['employee_discount', 'pto', 'retirement_plan'],
  'Sample - Financial Analyst.txt': ['pto', 'retirement_plan', 'bonus'],
  'Sample - Grade 5 Teacher.txt': ['health_insurance', 'dental_insurance', 'retirement_plan'],
  'Sample - Warehouse Operations Lead.txt': ['health_insurance', 'dental_insurance', 'pto'],
};

describe.each(SAMPLE_POSTINGS.map((s) => [s.name, s.text] as const))('sample %s', (name, text) => {
  const result = parsePostingText(text);
  const got = result.ok ? toPlainPosting(result) : null;

  it('parses', () => {
    expect(result.ok).toBe(true);
  });
  it('has the fields a reader sees', () => {
    const want = EXPECTED[name];
    expect(want, `no expectations for ${name}`).toBeDefined();
    for (const [field, value] of Object.entries(want ?? {})) {
      expect(got?.[field as keyof PlainPosting], field).toEqual(value);
    }
  });
  it('has the benefits a reader sees', () => {
    const keys = new Set(got?.benefits);
    for (const key of BENEFITS[name] ?? []) expect(keys.has(key), key).toBe(true);
  });
});
