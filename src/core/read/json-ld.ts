/**
 * schema.org JobPosting (JSON-LD, or microdata turned into the same shape) -> StructuredHints.
 * Follows https://schema.org/JobPosting and Google's job-posting guidelines, which is what job
 * boards actually emit: baseSalary as MonetaryAmount + QuantitativeValue, jobLocation as Place +
 * PostalAddress, employmentType as FULL_TIME-style codes, sometimes lists of any of these.
 */
import type { StructuredHints } from '../model/document';
import type { Degree, DegreeLevel, EmploymentType, PayPeriod, SalaryBand } from '../model/posting';
import { blocksToText, htmlToBlocks } from './html-blocks';
import { parseHtml } from './html-dom';
import { normaliseText } from './normalise-text';

export type JsonObject = { [key: string]: unknown };

const MAX_DEPTH = 12;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function typeNames(o: JsonObject): string[] {
  return list(o['@type']).filter((t): t is string => typeof t === 'string');
}

/** True for "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting", [..., "JobPosting"]. */
export function isJobPosting(o: JsonObject): boolean {
  return typeNames(o).some(
    (t) => t === 'JobPosting' || t.endsWith('/JobPosting') || t.endsWith(':JobPosting'),
  );
}

/**
 * Every JobPosting in a parsed JSON(-LD) value, breadth first so a page's own posting comes
 * before postings nested in lists or @graph. Example: {"@graph":[{..Organization},{..JobPosting}]}.
 */
export function findJobPostings(value: unknown): JsonObject[] {
  const found = collectJobPostings(value, true);
  // Only similar jobs: those are what the file holds.
  if (found.length === 0) return collectJobPostings(value, false).map((f) => f.posting);
  // A page's text is the description of the page's one posting, and only when it names it.
  const only = found.length === 1 ? found[0] : undefined;
  if (only && only.page !== null && namesTitle(only.page, only.posting['title'])) {
    return [{ ...only.posting, description: only.page }];
  }
  return found.map((f) => f.posting);
}

function namesTitle(page: string, title: unknown): boolean {
  return (
    typeof title === 'string' &&
    title.length >= 3 &&
    page.toLowerCase().includes(title.toLowerCase())
  );
}

// A saved job's similar jobs ("related": [{"@type": "JobPosting", …}]) are not the saved job.
const RELATED_KEY =
  /^(?:related|similar|recommended|suggested|other|more)(?:[_-]?(?:jobs?|postings?|positions|vacancies|roles|offers|openings|listings))?$/i;
// A bookmarking tool keeps the page's text beside the page's posting data, which may lack its
// description: {"jobPosting": {…}, "pageText": "…"}.
const PAGE_TEXT_KEY = /^(?:page_?text|plain_?text|full_?text|page_?html)$/i;
// A scraper's record ({"url", "scrapedAt", "jsonld", "text"}) names it plainly.
const SCRAPED_TEXT_KEY = /^(?:text|body|content|html)$/i;
const PAGE_TEXT_MIN = 200;

function pageTextOf(holder: JsonObject): string | null {
  for (const [key, v] of Object.entries(holder)) {
    if (typeof v !== 'string' || v.length < PAGE_TEXT_MIN) continue;
    if (
      PAGE_TEXT_KEY.test(key) ||
      (SCRAPED_TEXT_KEY.test(key) && typeof holder['url'] === 'string')
    )
      return v;
  }
  return null;
}

/** Each posting, with the page text of the nearest object above it when it has no description. */
function collectJobPostings(
  value: unknown,
  skipRelated: boolean,
): Array<{ posting: JsonObject; page: string | null }> {
  const found: Array<{ posting: JsonObject; page: string | null }> = [];
  // Nodes a posting may point to: "hiringOrganization": {"@id": "#org"} names the @graph's
  // {"@type": "Organization", "@id": "#org", "name": "Mercy Valley Health"}.
  const nodes = new Map<string, JsonObject>();
  // Each value with the page text of the nearest object above it that holds one.
  let level: Array<[unknown, string | null]> = [[value, null]];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: Array<[unknown, string | null]> = [];
    for (const [v, page] of level) {
      if (Array.isArray(v)) for (const item of v) next.push([item, page]);
      else if (isObject(v)) {
        const id = v['@id'];
        if (typeof id === 'string' && Object.keys(v).length > 1 && !nodes.has(id)) nodes.set(id, v);
        if (isJobPosting(v)) {
          found.push({ posting: v, page: v['description'] === undefined ? page : null });
        } else {
          const below = pageTextOf(v) ?? page;
          for (const [key, child] of Object.entries(v)) {
            if (typeof child === 'object' && !(skipRelated && RELATED_KEY.test(key)))
              next.push([child, below]);
          }
        }
      }
    }
    level = next;
  }
  if (nodes.size === 0) return found;
  return found.map((f) => ({ ...f, posting: withNodes(f.posting, nodes) }));
}

// A posting whose references to other nodes ({"@id": "#org"} alone) are the nodes themselves.
function withNodes(posting: JsonObject, nodes: Map<string, JsonObject>): JsonObject {
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (!isObject(v) || Object.keys(v).length !== 1) return v;
    const id = v['@id'];
    return typeof id === 'string' ? (nodes.get(id) ?? v) : v;
  };
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(posting)) out[key] = resolve(v);
  return out;
}

/** HTML or entity-laden text -> plain text. Handles descriptions HTML-escaped once too often. */
export function htmlFragmentToText(fragment: string): string {
  if (!fragment.includes('<') && !fragment.includes('&')) return normaliseText(fragment).trim();
  // Plain text with an entity or a stray "&" ("p&o@…"): its lines stay lines.
  if (!fragment.includes('<') && !fragment.includes('&lt;') && fragment.includes('\n')) {
    return fragment
      .split('\n')
      .map((line) => blocksToText(htmlToBlocks(parseHtml(line).children)))
      .join('\n')
      .trim();
  }
  let html = fragment;
  // "&lt;p&gt;Hello&lt;/p&gt;": decode once, then read as HTML.
  if (!html.includes('<') && html.includes('&lt;'))
    html = blocksToText(htmlToBlocks(parseHtml(`<pre>${html}</pre>`).children));
  return blocksToText(htmlToBlocks(parseHtml(html).children));
}

function text(v: unknown): string | null {
  const one = list(v)[0];
  if (typeof one === 'number') return String(one);
  if (typeof one !== 'string') return null;
  const t = htmlFragmentToText(one).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function nameOf(v: unknown): string | null {
  const one = list(v)[0];
  return isObject(one) ? (text(one['name']) ?? text(one['legalName'])) : text(one);
}

function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const cleaned = v.replace(/[\s,$€£]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

function numRange(v: unknown): [number, number] | null {
  if (typeof v !== 'string') return null;
  const m = /^\s*([\d.,\s]+?)\s?[-–]\s?([\d.,\s]+)$/.exec(v);
  const lo = m ? num(m[1]) : null;
  const hi = m ? num(m[2]) : null;
  return lo !== null && hi !== null && lo <= hi ? [lo, hi] : null;
}

const ev = <T>(value: T) => ({ value, spans: [] });

/**
 * A place as a reader names it from an address's parts: the town and its region ("Winnipeg, MB",
 * "Garmisch-Partenkirchen, Bayern"; JSON-LD's address keeps the region only where readers name it,
 * see namesTownWithRegion), the country only when no region is given ("Lyon, France"),
 * a part said twice once ("Sevilla, Sevilla" -> "Sevilla"). No street or postcode. Shared by the
 * JSON readers (JSON-LD, ATS exports, other job-like JSON).
 */
export function townAndRegion(
  town: string | null,
  region: string | null,
  country: string | null,
): string | null {
  const parts = [town, region || country].map((p) => p?.trim() ?? '').filter((p) => p !== '');
  if (parts.length === 0) return null;
  const [first, second] = parts;
  return second && second.toLowerCase() !== first?.toLowerCase() ? `${first}, ${second}` : first!;
}

function formatAddress(place: unknown): string | null {
  if (!isObject(place)) return text(place);
  const address = list(place['address'])[0] ?? place;
  if (!isObject(address)) return text(address) ?? text(place['name']);
  const locality = text(address['addressLocality']);
  const region = text(address['addressRegion']);
  if (locality && region && EAST_ASIAN.test(locality) && EAST_ASIAN.test(region)) {
    return eastAsianPlace(region, locality);
  }
  if (locality && region && !namesTownWithRegion(region, nameOf(address['addressCountry']))) {
    return locality;
  }
  if (locality || region) return townAndRegion(locality, region, null);
  return nameOf(address['addressCountry']) ?? text(place['name']);
}

// Japanese, Korean and Chinese addresses go from the largest division to the smallest:
// "東京都千代田区", "서울 성동구", "北京 海淀区". A region that already holds the locality is
// the whole address.
const EAST_ASIAN = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\s]+$/u;
const DIVISION_END = /[都道府県省市]$/u;

function eastAsianPlace(region: string, locality: string): string {
  if (region.includes(locality)) return region;
  if (locality.includes(region)) return locality;
  const [large, small] = /[区區县縣구군]$/u.test(region) ? [locality, region] : [region, locality];
  const glued = DIVISION_END.test(large) && !/\p{sc=Hangul}/u.test(large);
  return glued ? `${large}${small}` : `${large} ${small}`;
}

// A town is named with its state in North America and Australia ("Austin, TX", "Perth,
// Western Australia"), and anywhere by a region's short code ("Winnipeg, MB"); elsewhere a reader
// names the town alone ("München", not "München, Bayern"; "Lyon", not "Lyon,
// Auvergne-Rhône-Alpes").
const TOWN_WITH_STATE =
  /^(?:US|USA|United States(?: of America)?|Estados Unidos|[EÉ]tats-Unis|CA|CAN|Canada|Canadá|AU|AUS|Australia)$/i;

function namesTownWithRegion(region: string, country: string | null): boolean {
  // With no country given the reader may be anywhere ("Springfield, Illinois"): kept.
  return (
    country === null || /^[A-Z]{2,3}$/.test(region.trim()) || TOWN_WITH_STATE.test(country.trim())
  );
}

/**
 * Remote postings name no jobLocation (Google requires none for TELECOMMUTE) but state where
 * applicants may live as applicantLocationRequirements: a Country/State/AdministrativeArea or a list.
 */
function applicantAreas(v: unknown): string[] {
  const names = list(v).map((area) => nameOf(area));
  return [...new Set(names.filter((n): n is string => n !== null && n !== ''))];
}

function countryOf(posting: JsonObject): string | null {
  for (const place of list(posting['jobLocation'])) {
    if (!isObject(place)) continue;
    const address = list(place['address'])[0];
    if (isObject(address)) return nameOf(address['addressCountry']);
  }
  return null;
}

const EMPLOYMENT: Record<string, EmploymentType> = {
  FULL_TIME: 'full-time',
  FULLTIME: 'full-time',
  PART_TIME: 'part-time',
  PARTTIME: 'part-time',
  CONTRACTOR: 'contract',
  CONTRACT: 'contract',
  FREELANCE: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
};

function employmentOf(v: unknown): EmploymentType | null {
  for (const raw of list(v)) {
    if (typeof raw !== 'string') continue;
    for (const code of raw.split(/[,;/]/)) {
      const hit =
        EMPLOYMENT[
          code
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, '_')
        ];
      if (hit) return hit;
    }
    // Pages put the board's words in the property: "Permanent full-time", "Part time (20h)".
    const words = EMPLOYMENT_WORDS.find(([re]) => re.test(raw));
    if (words) return words[1];
  }
  return null;
}

const EMPLOYMENT_WORDS: [RegExp, EmploymentType][] = [
  [/\bintern(?:ship)?\b/i, 'internship'],
  [/\b(?:contract(?:or)?|freelance)\b/i, 'contract'],
  [/\b(?:temporary|seasonal|fixed[- ]term)\b/i, 'temporary'],
  [/\bpart[\s_-]?time\b/i, 'part-time'],
  [/\bfull[\s_-]?time\b/i, 'full-time'],
];

const PERIODS: Record<string, PayPeriod> = {
  HOUR: 'hour',
  HOURLY: 'hour',
  DAY: 'day',
  DAILY: 'day',
  WEEK: 'week',
  WEEKLY: 'week',
  MONTH: 'month',
  MONTHLY: 'month',
  YEAR: 'year',
  YEARLY: 'year',
  ANNUAL: 'year',
  ANNUALLY: 'year',
  ANNUM: 'year',
};

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR' };
// A bare amount takes the currency of the job's country (PARSING-RULES: "a bare $ takes the
// country of the job").
const COUNTRY_CURRENCY: Record<string, string> = {
  US: 'USD',
  USA: 'USD',
  'UNITED STATES': 'USD',
  CA: 'CAD',
  CANADA: 'CAD',
  AU: 'AUD',
  AUSTRALIA: 'AUD',
  GB: 'GBP',
  UK: 'GBP',
  'UNITED KINGDOM': 'GBP',
  IN: 'INR',
  INDIA: 'INR',
  CH: 'CHF',
  DE: 'EUR',
  GERMANY: 'EUR',
  FR: 'EUR',
  FRANCE: 'EUR',
  ES: 'EUR',
  SPAIN: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  IE: 'EUR',
  AT: 'EUR',
  BE: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
};

function currencyOf(v: unknown): string | null {
  const t = text(v);
  if (!t) return null;
  const upper = t.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return RETIRED_CODES[upper] ?? upper;
  return CURRENCY_SYMBOLS[t] ?? null;
}

// Codes withdrawn from ISO 4217 that boards still write: hh.ru's JSON-LD gives roubles as "RUR",
// Belarusian boards "BYR".
const RETIRED_CODES: Record<string, string> = { RUR: 'RUB', BYR: 'BYN' };

function salaryBands(posting: JsonObject, warnings: string[]): SalaryBand[] {
  const bands: SalaryBand[] = [];
  const country = countryOf(posting);
  const fallback = country ? (COUNTRY_CURRENCY[country.toUpperCase()] ?? null) : null;
  for (const amount of list(posting['baseSalary'])) {
    const outer = isObject(amount) ? amount : { value: amount };
    const value = list(outer['value'])[0];
    const qv = isObject(value) ? value : { value };
    let min = num(qv['minValue']);
    let max = num(qv['maxValue']);
    const single = num(qv['value']);
    if (min === null && max === null && single !== null) min = max = single;
    // "value": "58000-72000": a range written as one string.
    const range = min === null && max === null ? numRange(qv['value']) : null;
    if (range) [min, max] = range;
    // $0 is a job board's placeholder, never a salary; a 0 minimum means "up to".
    if ((min ?? 0) <= 0 && (max ?? 0) <= 0) continue;
    if (min !== null && min <= 0) min = null;
    const unit = text(qv['unitText']) ?? text(outer['unitText']);
    let period = unit ? PERIODS[unit.toUpperCase()] : undefined;
    if (!period && !unit && (max ?? min ?? 0) >= 10_000) period = 'year';
    const currency = currencyOf(outer['currency']) ?? currencyOf(qv['currency']) ?? fallback;
    if (!period || !currency) {
      warnings.push(
        'The page data has a salary without a clear currency or period; it was left out.',
      );
      continue;
    }
    bands.push({ min, max, currency, period, label: null, spans: [] });
  }
  return bands;
}

function isoDate(v: unknown): string | null {
  const t = typeof v === 'string' ? v.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? m[0] : null;
}

// educationRequirements' credentialCategory, in schema.org's suggested words ("high school",
// "associate degree", "bachelor degree", "postgraduate degree") or a board's own ("Master's").
// A "professional certificate" is no degree.
const CREDENTIAL_LEVELS: [RegExp, DegreeLevel][] = [
  [/\b(?:doctor(?:al|ate)?|ph\.?\s?d)\b/i, 'phd'],
  [/\b(?:postgraduate|master)/i, 'master'],
  [/\bbachelor/i, 'bachelor'],
  [/\bassociate/i, 'associate'],
  [/\b(?:high school|secondary)/i, 'high_school'],
];

/** The degrees an educationRequirements names by its category, each as required. */
function degreesOf(v: unknown): Degree[] {
  const out: Degree[] = [];
  for (const req of list(v)) {
    const category = isObject(req) ? text(req['credentialCategory']) : null;
    const level = category ? CREDENTIAL_LEVELS.find(([re]) => re.test(category))?.[1] : undefined;
    if (level && !out.some((d) => d.level === level)) {
      out.push({ level, fields: [], required: true, spans: [] });
    }
  }
  return out;
}

function yearsOf(v: unknown): number | null {
  for (const req of list(v)) {
    if (!isObject(req)) continue;
    const months = num(req['monthsOfExperience']);
    if (months !== null && months >= 0) return Math.round((months / 12) * 100) / 100;
  }
  return null;
}

/**
 * Maps one JobPosting object to hints; fields the data does not state stay absent.
 * Known limit: a free-text experienceRequirements ("3+ years") is left to the text extractors.
 */
export function jobPostingToHints(posting: JsonObject): {
  hints: StructuredHints;
  warnings: string[];
} {
  const hints: StructuredHints = {};
  const warnings: string[] = [];
  const title = text(posting['title']) ?? text(posting['name']);
  if (title) hints.title = ev(title);
  const company = nameOf(posting['hiringOrganization']);
  if (company) hints.company = ev(company);
  const locations = [...new Set(list(posting['jobLocation']).map(formatAddress))].filter(
    (l): l is string => l !== null,
  );
  if (locations.length > 0) hints.locations = locations.map(ev);
  else {
    const areas = applicantAreas(posting['applicantLocationRequirements']);
    if (areas.length > 0) hints.locations = areas.map(ev);
  }
  const remote = list(posting['jobLocationType']).some(
    (t) => typeof t === 'string' && t.toUpperCase().includes('TELECOMMUTE'),
  );
  if (remote) hints.workMode = ev('remote' as const);
  const employment = employmentOf(posting['employmentType']);
  if (employment) hints.employmentType = ev(employment);
  const salary = salaryBands(posting, warnings);
  if (salary.length > 0) hints.salary = salary;
  const country = countryOf(posting);
  if (country) hints.country = country;
  const posted = isoDate(posting['datePosted']);
  if (posted) hints.postedDate = ev(posted);
  const years = yearsOf(posting['experienceRequirements']);
  if (years !== null) hints.yearsExperienceMin = ev(years);
  const degrees = degreesOf(posting['educationRequirements']);
  if (degrees.length > 0) hints.degrees = degrees;
  const description = list(posting['description'])[0];
  const plain = typeof description === 'string' ? htmlFragmentToText(description) : '';
  const full = withOwnSections(plain, posting);
  if (full !== '') hints.description = full;
  return { hints, warnings };
}

// A posting's own text fields besides its description, under a heading each: boards put the
// requirements in "qualifications" or "experienceRequirements" ("Minimum 2 years of experience
// as a Nurse Practitioner") and the description holds only the blurb and the pay.
const OWN_SECTIONS: [string, string][] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
  ['skills', 'Skills'],
  ['jobBenefits', 'Benefits'],
];

/** The description with each own text field the description does not already hold. */
function withOwnSections(description: string, posting: JsonObject): string {
  const have = description.replace(/\s+/g, ' ');
  const parts = description === '' ? [] : [description];
  for (const [key, heading] of OWN_SECTIONS) {
    const body = list(posting[key])
      .map((v) => (isObject(v) ? (v['description'] ?? v['about'] ?? v['name']) : v))
      .filter((v): v is string => typeof v === 'string')
      .map((v) => htmlFragmentToText(v).trim())
      .filter((v) => v !== '')
      .join('\n');
    // Already in the description: a board that copies its sections into both.
    if (body === '' || have.includes(body.replace(/\s+/g, ' ').slice(0, 60))) continue;
    parts.push(`${heading}\n${body}`);
  }
  return parts.join('\n\n');
}

/**
 * JSON-LD script text -> parsed value. Repairs the two defects job boards ship most: raw
 * newlines/tabs inside strings and HTML comment or CDATA wrappers. Returns undefined if unreadable.
 */
export function parseJsonLd(source: string): unknown {
  const trimmed = source.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    const repaired = trimmed
      .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
      // Control characters are invalid inside JSON strings; outside them they are whitespace.
      // eslint-disable-next-line no-control-regex -- matching controls is the point
      .replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}
