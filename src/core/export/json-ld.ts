/**
 * schema.org JobPosting JSON-LD (https://schema.org/JobPosting), the format job boards publish
 * and search engines read, so an export opens in other tools. Only what the posting states is
 * written: absent fields are left out, never guessed.
 */
import type {
  DegreeLevel,
  EmploymentType,
  ParsedPosting,
  PayPeriod,
  SalaryBand,
} from '../model/posting';

export interface JsonLdInput {
  /** The posting as the user sees it (edits applied). */
  posting: ParsedPosting;
  /** The cleaned text: becomes `description`. */
  text: string;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonLdObject = { [key: string]: JsonValue };

const EMPLOYMENT: Record<EmploymentType, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  internship: 'INTERN',
  temporary: 'TEMPORARY',
};

const UNIT: Record<PayPeriod, string> = {
  hour: 'HOUR',
  day: 'DAY',
  week: 'WEEK',
  month: 'MONTH',
  year: 'YEAR',
};

// schema.org's suggested credentialCategory values.
const CREDENTIAL: Record<DegreeLevel, string> = {
  high_school: 'high school',
  associate: 'associate degree',
  bachelor: 'bachelor degree',
  master: 'postgraduate degree',
  phd: 'postgraduate degree',
};

function salary(band: SalaryBand): JsonLdObject {
  const value: JsonLdObject = { '@type': 'QuantitativeValue', unitText: UNIT[band.period] };
  if (band.min !== null && band.max !== null && band.min === band.max) value.value = band.min;
  else {
    if (band.min !== null) value.minValue = band.min;
    if (band.max !== null) value.maxValue = band.max;
  }
  const amount: JsonLdObject = { '@type': 'MonetaryAmount', currency: band.currency, value };
  if (band.label) amount.name = band.label;
  return amount;
}

/** One value, or a list when there are several (JSON-LD allows both). */
const oneOrMany = (values: JsonValue[]): JsonValue => (values.length === 1 ? values[0]! : values);

function jobPosting(input: JsonLdInput): JsonLdObject {
  const p = input.posting;
  const out: JsonLdObject = { '@type': 'JobPosting' };
  if (p.title) out.title = p.title.value;
  out.description = input.text;
  if (p.postedDate) out.datePosted = p.postedDate.value;
  if (p.company) out.hiringOrganization = { '@type': 'Organization', name: p.company.value };
  const places = p.locations
    .filter((l) => !/^remote$/i.test(l.value.trim()))
    .map((l) => ({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: l.value },
    }));
  if (places.length) out.jobLocation = oneOrMany(places);
  if (p.workMode?.value === 'remote') out.jobLocationType = 'TELECOMMUTE';
  if (p.employmentType) out.employmentType = EMPLOYMENT[p.employmentType.value];
  if (p.salary.length) out.baseSalary = oneOrMany(p.salary.map(salary));
  if (p.skills.length) out.skills = p.skills.map((s) => s.name);
  if (p.yearsExperienceMin) {
    out.experienceRequirements = {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: p.yearsExperienceMin.value * 12,
    };
  }
  const degrees = p.degrees.map((d) => {
    const credential: JsonLdObject = {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: CREDENTIAL[d.level],
    };
    if (d.fields.length) credential.about = d.fields.join(', ');
    return credential;
  });
  if (degrees.length) out.educationRequirements = oneOrMany(degrees);
  if (p.responsibilities.length) {
    out.responsibilities = p.responsibilities.map((r) => r.text).join('\n');
  }
  if (p.benefits.length) out.jobBenefits = p.benefits.map((b) => b.key).join(', ');
  return out;
}

/**
 * One posting as a standalone JSON-LD document (for "one file per posting").
 * @example JSON.stringify(postingToJsonLd({ posting: effectivePosting(r), text: r.parsed.text }), null, 2)
 */
export function postingToJsonLd(input: JsonLdInput): JsonLdObject {
  return { '@context': 'https://schema.org', ...jobPosting(input) };
}

/** Several postings as one JSON-LD document with an `@graph` (for "one file"). */
export function postingsToJsonLd(inputs: readonly JsonLdInput[]): JsonLdObject {
  return { '@context': 'https://schema.org', '@graph': inputs.map(jobPosting) };
}
