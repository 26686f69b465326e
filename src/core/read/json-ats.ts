/**
 * JSON that is a job but not schema.org: what applicant-tracking systems' APIs and scrapers
 * export (Greenhouse's "content", Lever's "text" + "lists", Ashby's "descriptionPlain" +
 * "compensation", SmartRecruiters' "jobAd.sections", a {"jobs": [...]} wrapper). Each such
 * object becomes a JobPosting-shaped object: its title and company as fields, its place, contract
 * and pay as labelled lines above the description, so the text pipeline reads them as it reads
 * any posting.
 */
import type { JsonObject } from './json-ld';
import { htmlFragmentToText, isObject, townAndRegion } from './json-ld';
import { flatPay } from './json-pay';

const TITLE_KEYS = [
  'title',
  'jobTitle',
  'job_title',
  'positionName',
  'position',
  'name',
  'text',
  'headline',
  // USAJOBS' search API.
  'PositionTitle',
];
const COMPANY_KEYS = [
  'company',
  'companyName',
  'company_name',
  'organization',
  'organisation',
  'employer',
  'hiringOrganization',
  // Government job feeds: "agencyName": "Bighorn Valley Regional Jail Authority".
  'agencyName',
  'agency_name',
  // Personio's feed: the posting's legal entity.
  'subcompany',
  // USAJOBS: "OrganizationName": "Indian Health Service".
  'OrganizationName',
];
const PLACE_KEYS = [
  'location',
  'locations',
  'locationName',
  'location_name',
  // LinkedIn's export: "formattedLocation": "Perth, Western Australia, Australia".
  'formattedLocation',
  'formatted_location',
  'jobLocation',
  'work_location',
  'workLocation',
  'job_location',
  'office',
  'offices',
  'city',
  // USAJOBS: "PositionLocation": [{"LocationName": "Chinle, Arizona"}, …].
  'PositionLocation',
];
const CONTRACT_KEYS = [
  'employmentType',
  'employment_type',
  'employment_type_code',
  'employmentTypeCode',
  'contractType',
  'contract_type',
  'commitment',
  'jobType',
  'job_type',
  // Workday's "timeType", Teamtailor's "employment-type".
  'timeType',
  'time_type',
  'employment-type',
];
// A level field: Recruitee's "experience_code": "mid_level", Teamtailor's "employment-level".
const LEVEL_KEYS = [
  'seniority',
  'seniorityLevel',
  'seniority_level',
  'experienceLevel',
  'experience_level',
  'experience_code',
  'employment-level',
  'jobLevel',
  'job_level',
];
// Keys whose text is the posting's body, in reading order.
const BODY_KEY =
  /desc|content|body|details|summary|requirement|qualification|responsibilit|benefit|about|additional|lists|sections|jobad|overview/i;
const PAY_KEY =
  /salary|compensation|remuneration|pay(?:_?input)?(?:range|_range|Range)?s?$|pay_?transparency|payTransparency|(?:^|_)(?:shift|pay|hourly|base|wage)_?rates?$|(?:shift|pay|hourly|base|wage)Rates?$|^ctc(?:_?display)?$/i;
// A site's guess or another's pay under a pay key: "salary_estimate", "salaryGuide",
// "expected_salary".
// Nor an overtime or a holiday rate ("overtime_pay_rate", "holidayPayRate").
const NOT_OWN_PAY_KEY =
  /estimate|guide|average|benchmark|insight|expected|desired|previous|prior|overtime|holiday|double|differential|premium|(?:^|_)ot_/i;
const USAJOBS_TEXT_KEY =
  /^(?:JobSummary|MajorDuties|Education|Requirements|KeyRequirements|Evaluations|Benefits|OtherInformation)$/;
// Less text than this is a job card, not a posting.
const MIN_BODY = 80;
const MAX_DEPTH = 5;

/** The job-like objects in a parsed JSON value, each as a JobPosting-shaped object. */
export function atsPostings(value: unknown): JsonObject[] {
  // An export that splits one job over sibling objects: {"requisition": {"job_title", place,
  // pay, ...}, "posting": {"headline", "body_markdown"}}. Their fields, read as one object.
  if (isObject(value) && !firstString(value, TITLE_KEYS)) {
    const children = Object.values(value).filter(isObject);
    const merged = children.length >= 2 ? asPosting(withChildFields(value)) : null;
    // A sequence of messages sent ("sequence": {"name"}, "prospect", "reply": {"body"}) is no
    // job split in parts: its body is a short reply, and its messages are in a list.
    if (merged && !hasMessageList(value)) return [merged];
  }
  const found: JsonObject[] = [];
  // Workable's account feed: {"name": "Aranya Lifesciences Pvt. Ltd.", "description": "…",
  // "jobs": [...]}: the account, named and described, over its jobs; it is no job itself.
  const list = isObject(value) ? jobList(value) : null;
  visit(list ?? value, 0, found);
  // {"company": "Alpenwerk Sportartikel GmbH", "positions": [...]}: the wrapper names the
  // employer of postings that do not name one.
  const company = isObject(value)
    ? (companyOf(value) ?? (list && isAccount(value) ? (value['name'] as string) : null))
    : null;
  if (company) {
    for (const posting of found) posting['hiringOrganization'] ??= { name: company };
  }
  return found;
}

const JOB_LIST_KEYS = ['jobs', 'positions', 'postings', 'vacancies', 'openings'];

/** The wrapper's list of jobs, when it holds one with a job in it. */
function jobList(o: JsonObject): unknown[] | null {
  for (const key of JOB_LIST_KEYS) {
    const v = o[key];
    if (Array.isArray(v) && v.some((item) => isObject(item) && asPosting(item))) return v;
  }
  return null;
}

/** An account named and described (Workable's), not a department's {"name", "jobs"}. */
function isAccount(o: JsonObject): boolean {
  return typeof o['name'] === 'string' && typeof o['description'] === 'string';
}

/** Whether the object holds a list of messages or steps, each with a body or a text. */
function hasMessageList(o: JsonObject): boolean {
  return Object.values(o).some(
    (v) =>
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((m) => isObject(m) && (typeof m['body'] === 'string' || m['text'] !== undefined)),
  );
}

/** The object's own fields, then its child objects' fields that it lacks. */
function withChildFields(o: JsonObject): JsonObject {
  const merged: JsonObject = { ...o };
  for (const child of Object.values(o)) {
    if (!isObject(child)) continue;
    for (const [key, v] of Object.entries(child)) if (!(key in merged)) merged[key] = v;
  }
  return merged;
}

function visit(value: unknown, depth: number, found: JsonObject[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, depth + 1, found);
    return;
  }
  if (!isObject(value)) return;
  const posting = asPosting(value);
  if (posting) {
    found.push(posting);
    return;
  }
  // Greenhouse Harvest: a job {"name", "offices", "custom_fields", "job_post": {"title",
  // "content"}}. The post is read with the job's own fields around it.
  if (depth > 0 && Object.values(value).some((child) => isObject(child) && asPosting(child))) {
    const merged = asPosting(withChildFields(value));
    if (merged) {
      found.push(merged);
      return;
    }
  }
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) visit(child, depth + 1, found);
  }
}

function asPosting(o: JsonObject): JsonObject | null {
  const title = firstString(o, TITLE_KEYS);
  if (!title || title.length > 150) return null;
  const body: string[] = [];
  for (const [key, v] of Object.entries(o)) {
    if (BODY_KEY.test(key) && !PAY_KEY.test(key)) collectText(v, body, 0);
  }
  // USAJOBS keeps the announcement's text under "UserArea": {"Details": {"JobSummary", …}}, among
  // codes and flags.
  const details = isObject(o['UserArea']) ? o['UserArea']['Details'] : undefined;
  if (isObject(details)) {
    for (const [key, v] of Object.entries(details)) {
      if (USAJOBS_TEXT_KEY.test(key)) collectText(v, body, 0);
    }
  }
  // "descriptionHtml" and "descriptionPlain" say the same: each text once.
  const text = [...new Set(body)].join('\n').trim();
  if (text.length < MIN_BODY) return null;
  const head: string[] = [];
  const place = placeOf(o);
  if (place) head.push(`Location: ${place}`);
  // The flags may sit in the location: SmartRecruiters' "location": {"remote": false, "hybrid": true}.
  const at = isObject(o['location']) ? o['location'] : {};
  const flag = (key: string) => o[key] === true || at[key] === true;
  if (flag('isRemote') || flag('remote')) head.push('Work mode: Remote');
  else if (flag('hybrid') || flag('isHybrid')) head.push('Work mode: Hybrid');
  else if (flag('on_site') || flag('onsite')) head.push('Work mode: On-site');
  const mode = workplaceOf(o);
  if (mode && !head.some((line) => line.startsWith('Work mode'))) head.push(`Work mode: ${mode}`);
  const contract =
    firstString(o, CONTRACT_KEYS) ??
    nameOfFirst(o['PositionSchedule']) ??
    categoryOf(o, 'commitment') ??
    typeOf(o['employment']) ??
    nameOf(o['employment']) ??
    labelOf(o['typeOfEmployment']);
  // Codes in words: "fulltime_permanent" -> "fulltime permanent".
  if (contract) head.push(`Employment type: ${contract.replace(/_/g, ' ')}`);
  // Personio's "experienced" is its level for anyone past entry: no level of the scale.
  // SmartRecruiters: "experienceLevel": {"id": "entry_level", "label": "Entry Level"}.
  const level =
    firstString(o, LEVEL_KEYS) ?? labelOf(o['experienceLevel']) ?? labelOf(o['seniorityLevel']);
  if (level && level !== 'experienced') head.push(`Seniority level: ${level.replace(/_/g, ' ')}`);
  for (const pay of payOf(o)) head.push(`Salary: ${pay}`);
  head.push(...metadataLines(o['metadata']), ...metadataLines(o['customField']));
  head.push(...customFieldLines(o['custom_fields'] ?? o['customFields']));
  const company = companyOf(o);
  return {
    '@type': 'JobPosting',
    title,
    ...(company ? { hiringOrganization: { name: company } } : {}),
    // As HTML paragraphs: the reader turns a description with "&" or "<" in it into text as
    // HTML, which would run plain lines together.
    description: [...head, ...text.split('\n')]
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join(''),
  };
}

// Custom fields as Greenhouse exports them: "metadata": [{"name": "Employment Type", "value":
// "Full-time"}, ...]. Each named text value is a labelled line, as a board prints it.
const METADATA_MAX = 12;

function metadataLines(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v.slice(0, METADATA_MAX)) {
    if (!isObject(item)) continue;
    // Greenhouse: {"name", "value"}; SmartRecruiters: {"fieldLabel", "valueLabel"}.
    const name = item['name'] ?? item['fieldLabel'];
    const value = item['value'] ?? item['valueLabel'];
    const text = Array.isArray(value)
      ? value.filter((x) => typeof x === 'string').join(', ')
      : typeof value === 'string'
        ? value
        : '';
    if (typeof name === 'string' && name.trim() !== '' && text.trim() !== '') {
      out.push(`${name.trim()}: ${htmlFragmentToText(text).trim()}`);
    }
  }
  return out;
}

// Greenhouse Harvest's "custom_fields": {"employment_type": "Full-time", "work_arrangement":
// "On-site", "level": "Lead"}: each short text value as a labelled line, its key in words.
const CUSTOM_VALUE_MAX = 80;

function customFieldLines(v: unknown): string[] {
  if (!isObject(v)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(v).slice(0, METADATA_MAX)) {
    if (typeof value !== 'string' || value.trim() === '' || value.length > CUSTOM_VALUE_MAX)
      continue;
    const label = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
    out.push(`${label.charAt(0).toUpperCase()}${label.slice(1)}: ${value.trim()}`);
  }
  return out;
}

function firstString(o: JsonObject, keys: string[]): string | null {
  for (const key of keys) {
    const v = o[key];
    if (typeof v === 'string' && v.trim() !== '') return htmlFragmentToText(v).trim() || null;
  }
  return null;
}

function companyOf(o: JsonObject): string | null {
  for (const key of COMPANY_KEYS) {
    const v = o[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    // {"name": ...}, or a registry's {"legal_name", "display_name"}: the name people know.
    const name = isObject(v)
      ? (v['name'] ?? v['display_name'] ?? v['displayName'] ?? v['legal_name'] ?? v['legalName'])
      : undefined;
    if (typeof name === 'string') return name.trim() || null;
  }
  return null;
}

// "Toronto", {"name": "Toronto, ON"}, {"city": "Lyon", "country": "France"}, or a list of them.
function placeOf(o: JsonObject): string | null {
  for (const key of PLACE_KEYS) {
    // {"city": "Grand Marais", "state": "MN"} on the job itself: the town with its state (a
    // "region" only when it is a code, not "North America").
    if (key === 'city' && typeof o['city'] === 'string') {
      const region = [o['state'], o['province'], o['region']].find(
        (p) => typeof p === 'string' && (p !== o['region'] || /^[A-Z]{2,3}$/.test(p)),
      );
      if (typeof region === 'string') {
        const country = typeof o['country'] === 'string' ? o['country'] : null;
        return townAndRegion(o['city'], region, country);
      }
    }
    const places = (Array.isArray(o[key]) ? (o[key] as unknown[]) : [o[key]])
      .map(placeName)
      .filter((p): p is string => p !== null);
    if (places.length > 0) return [...new Set(places)].join('; ');
  }
  return categoryOf(o, 'location') ?? headHunterArea(o['area']);
}

// HeadHunter (hh.ru): "area": {"id": "1", "name": "Москва", "url": "https://api.hh.ru/areas/1"}.
// Elsewhere an "area" is as often a department ("Engineering").
function headHunterArea(v: unknown): string | null {
  if (!isObject(v) || typeof v['url'] !== 'string' || !/\bhh\.(?:ru|kz|uz)\//.test(v['url'])) {
    return null;
  }
  return placeName(v);
}

function placeName(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (!isObject(v)) return null;
  if (typeof v['name'] === 'string') return v['name'].trim() || null;
  if (typeof v['LocationName'] === 'string') return v['LocationName'].trim() || null;
  const part = (...keys: string[]) => {
    const found = keys.map((k) => v[k]).find((p) => typeof p === 'string' && p.trim() !== '');
    return typeof found === 'string' ? found : null;
  };
  return townAndRegion(part('city'), part('region', 'state', 'province'), part('country'));
}

// "workplace_type": "ON_SITE", "remote_policy": "onsite", on the job or on its location object:
// "on-site".
const WORKPLACE_KEYS = [
  'workplace_type',
  'workplaceType',
  'location_type',
  'locationType',
  'remote_policy',
  'remotePolicy',
  'work_mode',
  'workMode',
  'work_arrangement',
  'workArrangement',
  'remote_type',
  'remoteType',
];

function workplaceOf(o: JsonObject): string | null {
  const location = isObject(o['location']) ? o['location'] : {};
  for (const source of [o, location]) {
    const v = firstString(source, WORKPLACE_KEYS);
    if (v) return v.toLowerCase().replace(/_/g, '-');
  }
  return null;
}

// USAJOBS: "PositionSchedule": [{"Name": "Full-time", "Code": "1"}].
function nameOfFirst(v: unknown): string | null {
  const first: unknown = Array.isArray(v) ? v[0] : undefined;
  const name = isObject(first) ? first['Name'] : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

// "employment": {"type": "FIXED_TERM"}: "fixed-term".
// SmartRecruiters: "typeOfEmployment": {"id": "permanent", "label": "Full-time"}.
function labelOf(v: unknown): string | null {
  const label = isObject(v) ? v['label'] : undefined;
  return typeof label === 'string' && label.trim() !== '' ? label.trim() : null;
}

// HeadHunter: "employment": {"id": "full", "name": "Полная занятость"}.
function nameOf(v: unknown): string | null {
  const name = isObject(v) ? v['name'] : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

function typeOf(v: unknown): string | null {
  const type = isObject(v) ? v['type'] : undefined;
  return typeof type === 'string' && type.trim() !== ''
    ? type.trim().toLowerCase().replace(/_/g, '-')
    : null;
}

// Lever files place and contract under "categories".
function categoryOf(o: JsonObject, key: string): string | null {
  const categories = o['categories'];
  const v = isObject(categories) ? categories[key] : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

// Pay as the export writes it: "$120K – $150K", or {"min": 120000, "max": 150000, ...}.
function payOf(o: JsonObject): string[] {
  const out: string[] = [];
  // {"minimumSalary": 50128, "maximumSalary": 53664, "salaryInterval": "Annually"}.
  const flat = flatPay(o);
  if (flat) out.push(flat.line);
  for (const [key, v] of Object.entries(o)) {
    if (!PAY_KEY.test(key) || NOT_OWN_PAY_KEY.test(key) || flat?.keys.has(key)) continue;
    if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
    else if (Array.isArray(v)) out.push(...namedRanges(v));
    else if (isObject(v)) {
      const range = rangeOf(v);
      // "compensation": {"bands": [{"level": "Technician I", "min": 26, ...}, ...]}.
      const listed = range
        ? []
        : Object.values(v).flatMap((x) => (Array.isArray(x) ? namedRanges(x) : []));
      if (range) out.push(range);
      else if (listed.length > 0) out.push(...listed);
      else for (const s of Object.values(v)) if (typeof s === 'string' && /\d/.test(s)) out.push(s);
    }
  }
  return out.slice(0, PAY_LINES_MAX);
}

const PAY_LINES_MAX = 6;

// "pay_ranges": [{"title": "Base hourly rate", "min_cents": 2650, ...}, ...]: each range, named
// by its title or level so that the text pipeline tells base pay from a differential.
// "shift_rates": [{"shift": "Night (6:00pm - 4:30am)", "rate": "$21.00/hr"}]: a rate written out.
function namedRanges(list: unknown[]): string[] {
  const out: string[] = [];
  for (const item of list.filter(isObject)) {
    const range = rangeOf(item) ?? writtenRate(item);
    const name =
      item['title'] ?? item['level'] ?? item['name'] ?? item['label'] ?? item['shift'] ?? null;
    if (range) out.push((typeof name === 'string' ? `${name}: ` : '') + range);
  }
  return out;
}

const RATE_KEY = /^(?:rate|pay|amount|wage|salary|hourly_?rate|pay_?rate)$/i;

function writtenRate(item: JsonObject): string | null {
  for (const [key, v] of Object.entries(item)) {
    if (RATE_KEY.test(key) && typeof v === 'string' && /\d/.test(v)) return v.trim();
  }
  return null;
}

// A range's key without the prefix some exports repeat and in one case, without "_":
// "salary_from" -> "from", "payFrequency" -> "frequency", "range_min" -> "rangemin".
function rangeKey(key: string): string {
  return key
    .replace(/^(?:salary|pay|wage|compensation|comp)_?(?=[a-z])/i, '')
    .replace(/_/g, '')
    .toLowerCase();
}

function rangeOf(object: JsonObject): string | null {
  const v: JsonObject = {};
  for (const [key, value] of Object.entries(object)) v[rangeKey(key)] ??= value;
  // Some exports count in cents: "min_cents": 2650 is 26.50.
  const cents = (key: string) =>
    typeof v[key] === 'number' ? (v[key] as number) / 100 : undefined;
  // USAJOBS writes its figures as text: "MinimumRange": "108453.0".
  const figure = (key: string) => {
    const x = v[key];
    return typeof x === 'string' && /^\d+(?:\.\d+)?$/.test(x) ? Number(x) : x;
  };
  const min =
    v['min'] ??
    v['minvalue'] ??
    v['rangemin'] ??
    v['from'] ??
    cents('mincents') ??
    figure('minimumrange');
  const max =
    v['max'] ??
    v['maxvalue'] ??
    v['rangemax'] ??
    v['to'] ??
    cents('maxcents') ??
    figure('maximumrange');
  if (typeof min !== 'number' && typeof max !== 'number') return null;
  const code = v['currency'] ?? v['currencytype'] ?? v['currencycode'];
  // HeadHunter still writes the rouble's old code.
  const currency = typeof code === 'string' ? `${code === 'RUR' ? 'RUB' : code} ` : '';
  // "type": "hourly", "pay_frequency": "Monthly": the period under another key.
  // The first of these keys whose value names a unit: "compensation_type": "base" names none, so
  // "display": "$25 - $30 /hour" gives the period.
  const unit = [
    'interval',
    'period',
    'unit',
    'frequency',
    'type',
    'ratetype',
    'rateintervalcode',
    'display',
    'formatted',
    // HeadHunter: "mode": {"id": "MONTH", "name": "За месяц"}.
    'mode',
  ]
    .map((key) => (isObject(v[key]) ? v[key]['id'] : v[key]))
    .map((period) =>
      typeof period === 'string' ? /hour|day|week|month|year|annual/i.exec(period) : null,
    )
    .find((m) => m !== null);
  const per = unit ? ` per ${unit[0].toLowerCase().replace('annual', 'year')}` : '';
  const figures = [min, max].filter((n) => typeof n === 'number').join(' - ');
  // HeadHunter's {"from": 300000, "to": null}: "от 300 000", a floor only.
  const open = typeof max !== 'number' ? 'from ' : typeof min !== 'number' ? 'up to ' : '';
  return `${open}${currency}${figures}${per}`;
}

// Body text from strings, lists of strings and nested sections ({"title": ..., "text": ...}).
function collectText(v: unknown, out: string[], depth: number): void {
  if (depth > 3) return;
  if (typeof v === 'string') {
    const text = htmlFragmentToText(v).trim();
    if (text !== '') out.push(text);
  } else if (Array.isArray(v)) {
    for (const item of v) collectText(item, out, depth + 1);
  } else if (isObject(v)) {
    for (const child of Object.values(v)) collectText(child, out, depth + 1);
  }
}

/** Text as HTML text: the description is read as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
