/**
 * Step 4: cross-check with schema.org JobPosting data. JSON-LD is authored by the employer's
 * ATS, so it wins for title, company, locations, employment type and work mode. Its salary fills
 * in when the text states none; when both state pay and disagree, the text the reader sees is
 * kept (structured data goes stale). Disagreements become warnings.
 */
import type { StructuredHints } from '../model/document';
import type { ParsedPosting, SalaryBand } from '../model/posting';
import { isJobBoard, isMailOrChatApp } from './header-chrome';
import { isPlausiblePay, PER_USD, sameBand } from './salary';
import { withoutCareersWords } from './company';

const STATE_CODE_AFTER = /, [A-Z]{2,3}$/;

// A kind of job other than full-time, named as a title's qualifier: in brackets or after a dash
// ("Pharmacy Technician (Part-Time)"), not as its function ("Contract Specialist").
const TYPE_IN_TITLE =
  /(?:\(|\s[-–—|,]\s)\s?(?:part[- ]?time|freelance|freelancer|contract|contractor|intern|internship|temporary|temp|seasonal|teilzeit|minijob|werkstudent(?:in)?|praktikum|stage|alternance|cdd|tiempo parcial|media jornada|temps partiel)\b/i;

/** Merges JSON-LD hints into the text's result; pushes a warning per disagreement. */
export function mergeStructured(
  fromText: ParsedPosting,
  hints: StructuredHints,
  warnings: string[],
  text = '',
): ParsedPosting {
  const out: ParsedPosting = { ...fromText };
  if (hints.title && hints.title.value.trim() !== '')
    out.title = withTextSpans(hints.title, fromText.title);
  if (hints.company && hints.company.value.trim() !== '') {
    out.company = withTextSpans(hints.company, fromText.company);
  } else if (!out.company) {
    // A careers page that names its employer only in its title or site name; "Lumenfold -
    // Backend Engineer (Go)": when the page title's last part is the job, its first.
    const title = out.title?.value.toLowerCase();
    const site =
      hints.siteName?.toLowerCase() === title && hints.siteNameFirst?.toLowerCase() !== title
        ? hints.siteNameFirst
        : hints.siteName;
    if (site && site.toLowerCase() !== title && !isJobBoard(site) && !isMailOrChatApp(site)) {
      out.company = { value: withoutCareersWords(site), spans: [] };
    }
  }
  if (hints.locations && hints.locations.length > 0) {
    // "London" from JSON-LD and "London, UK" in the text: the same place, the text says more.
    // "Ciudad de México" from the address and "Polanco, Ciudad de México" in the text: the same
    // town, as the page writes it for its reader. A town with its state's code ("Tucson, AZ")
    // is already named as readers name it.
    const hint = hints.locations[0]?.value ?? '';
    const first = hint.toLowerCase();
    const town = STATE_CODE_AFTER.test(hint) ? '' : first;
    const sameTown = (place: string) =>
      place.startsWith(first) || (town.length >= 3 && place.includes(town));
    if (!fromText.locations.some((l) => sameTown(l.value.toLowerCase()))) {
      out.locations = hints.locations;
    }
  }
  // A page's PART_TIME under a text that states full-time hours ("Temps plein · Permanent",
  // "Job type: Full-time") is a template's value left unchanged; the other types in the
  // structured data are more precise than the text's (a postdoc's TEMPORARY, a Praktikum's
  // INTERN).
  // So is a FULL_TIME under a title that names another kind: "Pharmacy Technician (Part-Time)",
  // "Editor/a de vídeo (freelance)".
  const textType = fromText.employmentType?.value;
  const titleSaysOther =
    hints.employmentType?.value === 'full-time' &&
    textType !== undefined &&
    textType !== 'full-time' &&
    TYPE_IN_TITLE.test(fromText.title?.value ?? '');
  if (
    hints.employmentType &&
    !(hints.employmentType.value === 'part-time' && textType === 'full-time') &&
    !titleSaysOther
  ) {
    out.employmentType = hints.employmentType;
  }
  // schema.org has no hybrid: employers mark hybrid jobs TELECOMMUTE too, so the text's
  // "hybrid" is the more precise answer; a template's TELECOMMUTE left on an office job ("This
  // role is on-site in our Strip District office five days a week") is overruled by the text.
  if (
    hints.workMode &&
    !(
      hints.workMode.value === 'remote' &&
      fromText.workMode &&
      fromText.workMode.value !== 'remote'
    )
  ) {
    out.workMode = hints.workMode;
  }
  if (hints.postedDate && !fromText.postedDate) out.postedDate = hints.postedDate;
  if (hints.yearsExperienceMin && !fromText.yearsExperienceMin) {
    out.yearsExperienceMin = hints.yearsExperienceMin;
  }
  // The text's own degrees carry their fields and whether each is only preferred.
  if (hints.degrees && fromText.degrees.length === 0) out.degrees = hints.degrees;
  const valid = (hints.salary ?? []).filter(isValidBand);
  // Text tiers that the structured data only sums up, or names one of, are kept (spansTextTiers).
  if (
    valid.length > 0 &&
    !spansTextTiers(valid, fromText.salary) &&
    !textSaysMore(valid, fromText.salary) &&
    !namesOneLabelledTier(valid, fromText.salary) &&
    !textNamesItsCurrency(valid, fromText.salary, text) &&
    !endsAtOte(valid, fromText.salary, text) &&
    !textStatesItsPeriod(valid, fromText.salary)
  ) {
    if (fromText.salary.length > 0 && !sameBands(valid, fromText.salary)) {
      // A page's structured data can be stale (a re-posted job keeps last year's pay): when none
      // of its figures appears in the text's bands, what the page shows its reader wins. When
      // some do, the text's reading is the one in doubt (a range read as two figures, a stray
      // amount beside it) and the structured data wins.
      if (!sharesFigures(valid, fromText.salary) || isOtherRange(valid, fromText.salary)) {
        warnings.push(
          'salary in the structured data differs from the salary in the text; the text is kept',
        );
        return out;
      }
      warnings.push('salary in the structured data differs from the salary in the text');
    }
    out.salary = valid.map((band) => {
      const match = fromText.salary.find((t) => sameBand(t, band));
      return match ? { ...band, spans: match.spans } : band;
    });
  } else if (fromText.salary.length === 0 && (hints.salary?.length ?? 0) > 0) {
    warnings.push('salary in the structured data was not usable');
  }
  return out;
}

// JSON-LD's "minValue": 19.5 alone beside the page's "$19.50 - $21.25 an hour": an open band the
// text closes (or a range starting at a figure the text gives as a tier) says less than the text.
function textSaysMore(structured: SalaryBand[], text: SalaryBand[]): boolean {
  return (
    text.length > 0 &&
    structured.every(
      (b) =>
        (b.max === null || b.min === null) &&
        text.some(
          (t) =>
            t.currency === b.currency &&
            t.period === b.period &&
            (b.max === null ? t.min === b.min : t.max === b.max) &&
            t.min !== null &&
            t.max !== null,
        ),
    )
  );
}

// JSON-LD's "USD" beside the page's "$130,000 - $155,000 CAD annually": the same figures, and the
// text writes its currency's code where it states them. An ATS's currency field is often left at
// its default; the code the reader sees is not.
function textNamesItsCurrency(
  structured: SalaryBand[],
  text: SalaryBand[],
  source: string,
): boolean {
  return pairsAll(
    structured,
    text,
    (b, t) =>
      t.currency !== b.currency &&
      t.min === b.min &&
      t.max === b.max &&
      t.period === b.period &&
      t.spans.some((s) => {
        const written = source.slice(s.start, s.end);
        return (
          written.includes(t.currency) ||
          (isLocalDollar(written, b.currency, t.currency) && !PAID_IN_US_DOLLARS.test(source)) ||
          isOtherSign(written, b.currency)
        );
      }),
  );
}

// JSON-LD's 24,000–40,000 beside the page's "£24,000 basic + uncapped commission (realistic OTE
// £40k)": the structured range runs up to the on-target earnings, the text's base is the pay. So
// for 19–23 beside "$19.00 per hour base … top pickers earn up to $23/hr with incentives".
function endsAtOte(structured: SalaryBand[], text: SalaryBand[], source: string): boolean {
  return pairsAll(structured, text, (b, t) => {
    if (b.max === null || b.min === null || b.max === b.min || t.min !== b.min) return false;
    if (t.max !== null && t.max !== t.min) return false;
    const k = b.max / 1000;
    const figure = Number.isInteger(k) ? `(?:${k}\\s?[kK]|${k}[,.]?000)` : `${b.max}`;
    return new RegExp(
      `\\b(?:OTE|on[- ]target(?: earnings)?|earn(?:s|ing)? up to)\\b[^.;\\d]{0,30}?(?<![\\d.,])${figure}(?!\\d)` +
        `|(?<![\\d.,])${figure}(?!\\d)[^.;\\d]{0,30}\\b(?:with|incl\\.?|including) (?:incentives|commission|bonus(?:es)?|tips)\\b`,
      'i',
    ).test(source);
  });
}

// JSON-LD's "USD" (an ATS's default) beside "$22.00 - $25.50 Hourly" in Toronto: a bare "$" is
// the dollar of the job's country.
// "All compensation is paid in US dollars": the structured data's USD is the page's.
const PAID_IN_US_DOLLARS = /\bUS(?:D\b| dollars?\b|\$)/;
const LOCAL_DOLLARS = new Set(['CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

function isLocalDollar(written: string, structured: string, text: string): boolean {
  return (
    structured === 'USD' &&
    LOCAL_DOLLARS.has(text) &&
    written.includes('$') &&
    !/US\s?\$|USD|[A-Z]{1,2}\$/.test(written)
  );
}

// JSON-LD's "USD" beside the page's "R650 000 – R780 000" in Sandton: the text writes another
// currency's sign or code, no dollar.
function isOtherSign(written: string, structured: string): boolean {
  return structured === 'USD' && !/\$|USD|\bUS\b/.test(written) && SIGN_BY_FIGURE.test(written);
}

// A sign or code against a figure: "R650", "€ 45", "45 000 zł", "CHF 90'000".
const SIGN_BY_FIGURE =
  /(?:^|[^A-Za-z])(?:[A-Z]{1,3}|[€£¥₹₦₱₩₪₫฿]|zł|kr\.?)\s?\d|\d\s?(?:[€£¥₹]|[A-Z]{3}\b|zł|kr\b)/;

/** Whether both list the same number of bands and each JSON-LD band passes `test` with the text's. */
function pairsAll(
  structured: SalaryBand[],
  text: SalaryBand[],
  test: (b: SalaryBand, t: SalaryBand) => boolean,
): boolean {
  return (
    text.length === structured.length &&
    structured.every((b, i) => {
      const t = text[i];
      return t !== undefined && test(b, t);
    })
  );
}

// JSON-LD's "unitText": "YEAR" on "€5.000 – €6.500" that the page calls "a gross monthly salary":
// the same figures, far too low for a year's pay in a currency of this size, and the text gives
// a shorter period. An ATS's unit field is often left at its default. In US dollars, for any
// currency ("RWF 1,500,000 – 2,200,000 / month" beside "YEAR").
const LOWEST_YEARLY_USD = 20000;

function textStatesItsPeriod(structured: SalaryBand[], text: SalaryBand[]): boolean {
  return pairsAll(
    structured,
    text,
    (b, t) =>
      b.period === 'year' &&
      t.period !== 'year' &&
      PER_USD[b.currency] !== undefined &&
      t.currency === b.currency &&
      t.min === b.min &&
      t.max === b.max &&
      (b.max ?? b.min ?? 0) / (PER_USD[b.currency] ?? 1) < LOWEST_YEARLY_USD,
  );
}

// "The salary range is $145,000 – $165,000" beside JSON-LD's 145,000–185,000: the text reads one
// closed range in the same currency and period, with one end moved. A misread text has more bands
// or an open one (a range read as two figures, a stray amount); this one is the page's own update.
function isOtherRange(structured: SalaryBand[], text: SalaryBand[]): boolean {
  const [s] = structured;
  const [t] = text;
  return (
    structured.length === 1 &&
    text.length === 1 &&
    s !== undefined &&
    t !== undefined &&
    s.min !== null &&
    s.max !== null &&
    t.min !== null &&
    t.max !== null &&
    t.min < t.max &&
    s.currency === t.currency &&
    s.period === t.period
  );
}

function sharesFigures(structured: SalaryBand[], text: SalaryBand[]): boolean {
  const figures = new Set<number>();
  for (const t of text) {
    if (t.min !== null) figures.add(t.min);
    if (t.max !== null) figures.add(t.max);
  }
  return structured.some(
    (b) => (b.min !== null && figures.has(b.min)) || (b.max !== null && figures.has(b.max)),
  );
}

// Keep the text's evidence when both say the same thing (JSON-LD values have no spans).
function withTextSpans<T>(
  hint: { value: T; spans: { start: number; end: number }[] },
  text: { value: T; spans: { start: number; end: number }[] } | null,
): { value: T; spans: { start: number; end: number }[] } {
  if (text && typeof text.value === 'string' && typeof hint.value === 'string') {
    if (text.value.toLowerCase() === hint.value.toLowerCase())
      return { value: hint.value, spans: text.spans };
  }
  return hint;
}

function isValidBand(band: SalaryBand): boolean {
  const values = [band.min, band.max].filter((v): v is number => v !== null);
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v <= 0)) return false;
  if (band.min !== null && band.max !== null && band.min > band.max) return false;
  // "currency": "USD" on a Colombian page's "$ 1.800.000" a month: the code is wrong.
  return /^[A-Z]{3}$/.test(band.currency) && isPlausiblePay(band);
}

function sameBands(a: SalaryBand[], b: SalaryBand[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => sameBand(x, y)));
}

/**
 * "United States: $210,000 – $260,000 USD" and "Canada: $190,000 – $235,000 CAD" in the text, only
 * the first in the JSON-LD (one currency per baseSalary): the text's labelled tiers, of which the
 * structured data names one, are kept.
 */
function namesOneLabelledTier(valid: SalaryBand[], text: SalaryBand[]): boolean {
  const band = valid[0];
  if (valid.length !== 1 || !band || text.length < 2) return false;
  return text.every((t) => t.label !== null) && text.some((t) => sameBand(t, band));
}

// An ATS has one salary field: "SF Bay Area and NYC: $225,000 - $265,000" and "All other US
// locations: $185,000 - $225,000" become one 185,000-265,000 in JSON-LD. When its single band
// spans exactly the text's bands, the text's tiers say more.
function spansTextTiers(valid: SalaryBand[], text: SalaryBand[]): boolean {
  const band = valid[0];
  if (valid.length !== 1 || !band || text.length < 2) return false;
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of text) {
    if (t.currency !== band.currency || t.period !== band.period) return false;
    // An open end ("Experienced: up to ₹3.6 LPA") counts at the figure it names.
    const low = t.min ?? t.max;
    const high = t.max ?? t.min;
    if (low === null || high === null) return false;
    lo = Math.min(lo, low);
    hi = Math.max(hi, high);
  }
  // "New York City metro: $188,000 – $224,000" and "Remote: $172,000 – $205,000" in the text, only
  // the second in the JSON-LD: it names one of the tiers.
  if (lo === band.min && hi === band.max) return true;
  // Tiers are ranges of pay of the same size, or labelled rates ("Day shift: $19.25/hr", "Night
  // shift: $21.00/hr"), not a stray figure beside the one band.
  const labelledRates = text.every((t) => t.min === t.max && t.label !== null);
  const ranges = text.every(
    (t) =>
      t.min !== null &&
      t.max !== null &&
      (t.min < t.max || labelledRates) &&
      band.min !== null &&
      band.max !== null &&
      t.max >= band.min / 2 &&
      t.min <= band.max * 2,
  );
  return ranges && text.some((t) => sameBand(t, band));
}
