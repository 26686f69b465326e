/**
 * Base-pay bands (PARSING-RULES "Salary"). Precision first: an amount becomes a band only with
 * evidence that it is this job's base pay (a salary word, a currency and a period, or a short
 * listing line), never when bonus / OTE / 401(k) / funding words sit next to it, and never when
 * its size is implausible for its period ("$143" cut off by a scraper).
 */
import type { Line } from '../clean/lines';
import { firstQuotedMessage } from '../clean/mail-thread';
import type { PayPeriod, SalaryBand } from '../model/posting';
import type { Section } from '../model/section';
import type { ExtractContext } from './context';
import { isDigit, isLetter, isSpace } from '../text/char-codes';
import {
  US_STATE_CODES,
  currencyOfCountry,
  countryNamed,
  dollarOfCountry,
  guessCountry,
  resolveLocalCurrency,
} from './country';
import { LOW_WAGE_FLOOR_DIVISOR, OTHER_PER_USD } from './currencies';
import {
  SPELLED_MONEY,
  SPELLED_MONEY_WORDS,
  findMoney,
  multiplierOf,
  type MoneyToken,
} from './money';
import { readCompoundPeriod, readPeriodAfter, readPeriodBefore } from './pay-period';
import { withOwnLevel } from './salary-level';
import {
  chatDialogue,
  findOtherAdsStart,
  lineSenders,
  openingOf,
  posterBeforeReply,
  seeksJob,
  turnsToOtherJobs,
} from './other-ads';
import {
  boardNoteStart,
  isAddOnBeforeFigure,
  isAddOnLabel,
  isBoardEstimate,
  isNotBasePay,
  TOTAL_OVER_TERM,
  isRateTimesHours,
  readPeriodBelow,
} from './salary-exclusions';
import {
  EST_SALARY,
  NOT_BASE_PAY_LABEL,
  NOT_BASE_PAY_AFTER,
  TIPS_BEFORE,
  NOT_BASE_PAY_BEFORE,
  NOT_SALARY_AFTER,
  NOT_SALARY_BEFORE,
  NOT_PAY_TAIL,
  NOT_PAY_TAIL_MAX,
  CANDIDATE_PAY,
  CANDIDATE_LABEL,
  CANDIDATE_SENTENCE,
  ANECDOTE_SENTENCE,
  sentenceBefore,
  EQUIVALENT_BEFORE,
  FULL_TIME_AFTER,
  PAY_HINT,
  PER_DIEM,
  removeFiller,
  SALARY_WORD,
  ITALIAN_ANNUAL_GROSS,
} from './salary-context';

// Rough units per US dollar, only to judge whether a figure is plausible for its period.
export const PER_USD: Record<string, number> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.8,
  CHF: 0.9,
  CAD: 1.37,
  AUD: 1.5,
  NZD: 1.65,
  SGD: 1.35,
  HKD: 7.8,
  INR: 84,
  JPY: 150,
  SEK: 10.5,
  NOK: 10.7,
  DKK: 6.9,
  PLN: 4,
  MXN: 18,
  BRL: 5.2,
  ZAR: 18,
  ...OTHER_PER_USD,
};

// Plausible base pay per period, in US dollars.
const PLAUSIBLE: Record<PayPeriod, [number, number]> = {
  hour: [2, 1000],
  day: [20, 8000],
  week: [80, 40000],
  month: [150, 150000],
  year: [2500, 3000000],
};

/**
 * Whether a band is plausible base pay for its period in its currency: below the period's
 * ceiling ("USD 1,800,000 a month" is a peso amount given the wrong code). An unknown currency
 * is not judged.
 */
/** Whether two bands state the same pay: ends, currency and period (labels aside). */
export function sameBand(a: SalaryBand, b: SalaryBand): boolean {
  return a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period;
}

export function isPlausiblePay(band: SalaryBand): boolean {
  const rate = PER_USD[band.currency];
  if (rate === undefined) return true;
  const ceiling = PLAUSIBLE[band.period][1] * rate;
  return (band.min === null || band.min <= ceiling) && (band.max === null || band.max <= ceiling);
}

// "The client's budget for this position is 18 - 24 LPA", "she's confirmed the budget is £32,000 -
// £36,000": the same, said in a sentence (not "the training budget is", "the budget is $20,000 a
// month" of the ads a marketer runs).
const SALARY_BUDGET =
  /^\s*(?:[-•*]\s*)?(?:salary |ctc |compensation )?budget(?: ?\((?:basic|base|gross|brutto|annual|p\.a\.)\))?\s*[:：-]\s*$|\b(?:salary |ctc |compensation )?budget for (?:this|the) (?:position|role|job|opening)(?: is| of)?\s*$|\b(?:confirmed|approved|signed off|agreed)(?: that)? the budget (?:is|was|would be|tops out at|sits at)(?: (?:around|about|roughly|approximately|up to|between))?\s*$|\bdas budget für (?:die|diese) (?:position|stelle) (?:liegt bei|beträgt|ist)(?: (?:ca\.|rund|etwa|zwischen))?\s*$|\ble budget (?:pour|de) (?:ce|le) poste (?:est de|se situe (?:entre|autour de|à))\s*$|\bel presupuesto para (?:el|este) puesto (?:es de|está entre|está en)\s*$|\b(?:für (?:die|diese) (?:stelle|position)|for (?:this|the) (?:role|position)|pour (?:ce|le) poste|para (?:el|este) (?:puesto|cargo))\b[^.;]{0,30}\b(?:budget|presupuesto) (?:von|of|de|in höhe von)\s*$|\b(?:der kunde|el cliente|le client|the client|our client|my client) (?:hat|tiene|a|has)(?: (?:ein|un|une|a))? (?:budget|presupuesto)(?: (?:für die stelle|pour le poste|para el puesto|for the role))? (?:von|of|de)\s*$/i;
// "Budget is €5,000–6,200 gross a month": a recruiter's sentence naming the pay's budget, with
// the pay's own terms after the figure (not "The budget is €5,000 for training").
const SENTENCE_BUDGET =
  /(?:^|[.!?:]\s+)(?:the )?budget (?:is|was|would be|sits at)(?: (?:around|about|roughly|up to|between))?\s*$/i;
const BUDGET_PAY_AFTER =
  /^\s?(?:gross|net|brutto|bruto|(?:per|a) (?:month|year|annum)|\/\s?(?:month|year|mo|yr)\b|p\.?a\.?\b|pa\b)/i;

// With no period written, only a figure this large is read as annual.
const ANNUAL_LOOKING_USD = 14000;

const MAX_LINE = 4000;
const MAX_TOKENS = 40;
// At most 3 + 7 ("through", "jusqu'à") + 3 characters long.
const RANGE_SEPARATOR_MAX = 13;
// USAJOBS writes "$72,553 to - $94,317"; "minimum $4,235 - maximum $6,180". Dutch "tussen € 3.200
// en € 3.900", "minimaal € 3.198 en maximaal € 4.556"; Polish "od 5 000 do 7 000 zł"; Nordic "fra
// 285 til 320 kr"; Vietnamese "10 triệu đến 15 triệu", Indonesian "5 juta sampai 7 juta".
const RANGE_SEPARATOR =
  /^\s{0,3}(?:-t[óő]l|-|–|—|‒|‐|‑|~|〜|～|to(?: [-–])?|bis|à|a|and|y|e|et|und|till|through|up to|jusqu'à|hasta|até|tot|til|đến|sampai|hingga|إلى|الى|حتى|لغاية)(?:\s(?:max(?:imum|imaal|imal)?\.?|höchstens):?)?\s{0,3}$/i;
// "en", "do", "og" join a range only after the word that opens it ("tussen € 3.200 en € 3.900",
// "od 5 000 do 7 000 zł", "mellom 285 og 320 kr"): alone, Spanish "1.420 € al mes en 14 pagas".
// Also Cyrillic "від 28 000 до 34 000 грн", "от 2 800 до 3 400 лв.", Romanian "de la 7.000 la 9.000
// lei", Greek "από 1.200 έως 1.400 €", Latvian "no 1500 līdz 2000", Lithuanian "nuo 1800 iki 2500",
// Arabic "بين 5000 و7000", Portuguese "do R$ 3.000 ao R$ 4.000", Spanish "del 3.000 al 4.000".
const PAIRED_SEPARATOR =
  /^\s{0,3}(?:en|do|og|och|до|la|și|έως|ως|līdz|iki|kuni|و|ao|aos|al)(?: maximaal)?\s{0,3}$/i;
const PAIR_OPENER =
  /(?:^|\s)(?:tussen|minimaal|od|mellom|mellan|від|от|од|de la|între|από|no|nuo|alates|بين|do|dos|del)\s[^\d]{0,8}\d[^\s]*(?: \d{3})*(?:\s?(?:€|EUR|zł|PLN|kr\.?|NOK|SEK|DKK|лв\.?|грн|RSD|RON|lei|BGN|UAH|TL|HUF|Ft))?$/i;
// UP_TO, FROM and EARN_UP_TO end the text before an amount; their words, with the label a Polish
// "do" needs before it ("Wynagrodzenie: do"), are at most 18 characters, so they run on its last
// 20 (the `tail` in resolveBand), not all 90.
const OPEN_END_TAIL = 20;
// Dutch, Italian, Polish, Czech and Nordic forms too: "tot maximaal", "fino a", "maksymalnie",
// "wynagrodzenie do 18 000 zł", "inntil"; Russian, Ukrainian and Bulgarian "до 150 000 ₽".
const UP_TO =
  /\b(?:up ?to|bis(?: zu)?|max(?:imum)?\.?|jusqu'à|hasta|até|not to exceed|not exceeding|(?:tot )?maximaal|fino a|maksymalnie|(?<=(?:wynagrodzenie|stawka|pensja|mzda|plat|lub|nebo|zarobki):? )do|inntil|opptil|upp till|op til)\s*$|(?:(?<![\u0400-\u04FF])до|حتى|لغاية|(?:يصل|تصل) (?:إلى|الى)|بحد أقصى)\s*$/i;
const FROM =
  /(?<![a-zA-Z\u00C0-\u024F\u0400-\u04FF\u0621-\u064A])(?:from|kuanzia|más de|plus de|mehr als|more than|(?<!(?:and|&|or|\d) )over|upwards of|über|oltre|meer dan|mais de|powyżej|in excess of|starting (?:at|from)|starts at|start at|(?:ابتداءً? |ابتداء |يبدأ |بداية )?من|minimum(?: of| de)?|minimum (?:(?:annual|yearly|starting|base|gross) )?(?:salary|pay)(?: of| is)?:?|m[íi]nimo(?: de)?|min\.?|mind\.|mindestens|at least|au moins|al menos|ab|à partir de|a partir de|desde|dès|vanaf|minimaal|a partire da|od|fra|från|minst|mindst|від|от|од|de la|από|alates|nuo)\s*$/i;
// "Guaranteed minimum of $1,250/week for your first 8 weeks": a guarantee while one starts, not
// the pay; a piece-rate job's lasting guarantee ("guaranteed minimum of $24.95 per hour") is its
// floor.
const GUARANTEE =
  /\bguaranteed (?:minimum )?(?:weekly |daily |monthly )?(?:pay |wage |rate |minimum )?(?:of )?\s*$/i;
const FIRST_WEEKS = /^[^.;]{0,30}\b(?:(?:for|during|in|over) (?:your |the )?|your )first\b/i;
// "$1,200/week guaranteed minimum pay for your first 8 weeks", "$1,200 weekly minimum pay
// guarantee for your first 8 weeks", "$1,100/week guaranteed for first 6 weeks of training": the
// guarantee after the amount. Not "$1,650 – $1,900 per week, guaranteed for first 8 weeks": the
// pay, guaranteed.
const GUARANTEED_FIRST_WEEKS =
  /^[^.;]{0,12}\b(?:(?:guaranteed minimum|minimum (?:pay |wage |weekly |weekly pay )?guarantee)\b[^.;]{0,30}\b(?:for|during|in|over) (?:your |the )?first\b|guaranteed\b[^.;]{0,30}\b(?:for|during|in|over) (?:your |the )?first\b[^.;]{0,20}\bof training\b)/i;
// "R$ 150,00/hora (plantão de 12h = R$ 1.800,00)", "(12-hr shift = $420)": the rate worked out
// over a shift in a bracket after it, not a pay of its own.
const SHIFT_TOTAL_BEFORE =
  /\(\s?(?:(?:shift|plant[aã]o|turno|guardia|schicht|dienst|garde)\s(?:de\s|of\s|von\s)?\d{1,2}\s?(?:h|hrs?|horas|hours?|stunden)|\d{1,2}[- ]?(?:h|hrs?|hours?|horas)\s(?:shift|plant[aã]o|turno|guardia))\s?=\s?$/i;
// "Returning guards receive +$0.50/hr per season worked (max $21.00/hr)": the cap of raises to
// come, not this job's pay.
const CAP_OF_RAISES =
  /\+\s?[$€£]?\s?\d[\d.,]*\s?(?:\/\s?(?:hr|hour|h)\s)?(?:an hour\s)?(?:per|for each|every|each)\s(?:additional\s|full\s)?(?:season|year|summer|month|semester|term)s?(?:\s(?:worked|of service|completed|returning|back))?\s?[(,;]?\s?(?:to a\s)?(?:max(?:imum)?\.?(?:\sof)?|up to|capped at)\s*$/i;
// "25 days paid holiday", "2 days in office": a count of units, not money.
const COUNT_UNIT =
  /^\s?(?:(?:guaranteed|paid|scheduled|contracted|weekly|billable) )?(?:days?|hours?|weeks?|months?|years?|minutes?|mins?|km|miles?|tage?n?|stunden|wochen|monate?n?|jahre?n?|minuten|jours?|heures|semaines?|mois|ans|minutos?|días?|horas|semanas?|meses|años?)(?![a-zA-Z\u00C0-\u024F])/i;
// A bare figure before a plural noun counts things: "more than 40,000" over "invoices a month",
// "1,200 beds". Money's own words are no such noun.
const COUNTED_THINGS =
  /^\+?\s?(?!(?:dollars|dólares|dolares|euros|pesos|reais|rupees|rupias|pounds|francs|soles|bucks|rands|yens?|yuans?|dinars|dirhams|riyals|shillings|nairas|cedis|kwachas|quetzales|lempiras|colones|bolívares|guaraníes|córdobas|balboas|ringgits|kroner|kronor|zlotys|forints|cents|centavos|lakhs|lacs|crores|millions|billions|thousands|grand|hours|days|weeks|months|years|plus|brutos|netos|bruts|nets|mensuales|anuales|mensuels|annuels)\b)\p{Ll}{3,}s\b/u;
const THINGS_BEFORE =
  /(?<![\w\u00C0-\u024F])(?!(?:salaries|wages|rates|earnings|stipends|hours|days|weeks|months|years|dollars|euros|pesos|plus)\b)\p{Ll}{3,}s \(?(?:roughly|about|around|approx\.?|approximately|~|some|over|up to)\s*$/u;
const EVERY_BEFORE = /(?<![\w\u00C0-\u024F])(?:every|each|jede[nrs]?|chaque|cada)\s*$/i;
const NOT_MONEY_AFTER =
  /^\s?(?:%|percent|prozent|pour ?cent|por ?ciento|\+?\s?(?:years?|yrs|jahre|ans|años|employees|mitarbeiter|salariés|empleados|people|hours? (?:per|a) week|orders|shipments|parcels|packages|deliveries|customers|units|pallets|calls|patients|students|members)\b)/i;
// A company's registration number: "Sdn. Bhd. (1234567-X)".
const REGISTRATION_AFTER = /^-[A-Z](?![\w-])/;
// A board's own guess, not the employer's figure: "$78K - $104K (Glassdoor est.)".
const BOARD_ESTIMATE =
  /^\s{0,2}\(?\s?(?:glassdoor|indeed|ziprecruiter|salary\.com|talent\.com)(?:'s)?\s(?:est\b|estimate)/i;
// A board's salary filter: "Salario: Más de 18.000 € | Más de 24.000 € | Más de 30.000 €".
const SALARY_FILTER =
  /(?:más de|more than|over|plus de|mehr als|über|from|desde|ab)\s?[$€£]?\s?\d[\d.,]*\s?(?:[kK€$£]|EUR|USD)?\s?\|\s?(?:más de|more than|over|plus de|mehr als|über|from|desde|ab)\s?(?:[$€£]\s?\d|\d[\d.,]*\s?(?:[kK]\b|€|EUR|USD|\$|£))/i;
const LOCATION_LINE =
  /^(?:- )?(?:(?:job |work |office )?locations?|lieu(?: de travail| du poste)?|standort|arbeitsort|einsatzort|ubicaci[oó]n)\s?[:：]/i;
const LABELLED_RATE =
  /^[\s\-•*]*[^:$€£\d]{2,40}:\s*[$€£]\s?\d[\d.,]*\s*(?:per|an|a|\/)\s?(?:hour|hr|h|day|week|month|year|annum)\b|(?:^|•\s?)[$€£]\d{1,3}(?:\.\d\d)?\s?[-–]\s?[$€£]?\d{1,3}(?:\.\d\d)?\s?(?:per|an|\/)\s?(?:hour|hr)\b/i;
const HYPHEN_WORD =
  /^-(?:step|year|month|week|day|hour|minute|person|member|bed|seat|unit|mile|page|point|level|tier|grade|shift|stop|car)s?\b/i;
const PERCENT_OF_RATE =
  /\b\d{1,3}(?:\.\d+)?\s?%\sof\s(?:the\s|a\s)?[^.;$€£\d]{0,60}\b(?:rate|wage|scale|salary|pay)(?: of| is)?\s*$/i;
// "High Cost Area Supplement … of 15% of basic salary, subject to a minimum payment of £4,821 and a
// maximum payment of £6,297", "(minimum £5,542, maximum £6,982)": the supplement's limits.
const SUPPLEMENT_LIMIT =
  /\b(?:supplement|hcas|weighting|allowance)\b[^.]{0,160}\b(?:minimum|maximum)(?: (?:payment|amount))?(?: of)?\s*$/i;
const EARN_UP_TO = /\bearn(?:s|ing)? up to\s*$/i;
const CJK_COMPANY_FIGURE = /資本金|注册资本|注冊資本|资本金|売上高|営業収益|营业额|자본금|매출/;
// Global: nextDigitLine steps them through the text. A figure; in a text that has the words, also
// one spelled out before its currency ("nineteen bucks an hour", see findMoney).
const DIGIT = /\d/g;
const DIGIT_OR_SPELLED = new RegExp(String.raw`\d|(?<=[a-z] )(?:${SPELLED_MONEY_WORDS})\b`, 'gi');

interface Candidate {
  band: SalaryBand;
  /** Salary words around it or in its section. */
  strong: boolean;
  labelText: string;
  /** A note in brackets right after the amount: "1.450 € brutos/mes (mozo)". */
  noteAfter: string | null;
  /** Index of its line. */
  line: number;
  /** Lines where the same band is stated again. */
  restatedOn?: number[];
  /** Written with a bare "$": its currency came from the country guess. */
  bareDollar: boolean;
  /** The period came from the posting's words, not from the amount's size. */
  periodWritten: boolean;
}

export interface SalaryOptions {
  /** ISO country of the job, for a bare "$" or a bare number. */
  country: string | null;
  /**
   * The krone the text's words point to, for a "kr" no place decides (see kroneOfText): asked
   * only then, as most postings have no krone.
   */
  krone?: () => string | null;
  /** The posting's title: it may name its level on a ladder of bands (see withOwnLevel). */
  title?: string | null;
}

/** Extracts base-pay bands from the cleaned lines. Example: "Pay: $20-$25/hr" -> 20-25 USD hour. */
export function extractSalary(ctx: ExtractContext, options: SalaryOptions): SalaryBand[] {
  const lines = ctx.lines;
  const candidates: Candidate[] = [];
  // Under a lead-in ("Salary ranges", "Pay by shift:"), a run of amount lines is all pay.
  let inPayRun = false;
  // The last section whose heading was tested: each regex runs at most once per section.
  let headingSection: Section | null = null;
  let headingSaysPay = false;
  // Money needs a digit: only lines with one are read.
  let lastDigitLine = -1;
  // First line of the current run of lines with figures.
  let runStart = 0;
  // Whether the line above gave amounts: a heading with a year ("SALARY (2025-26 schedule)")
  // has figures, yet leads in the pay lines under it.
  let aboveFound = false;
  // The line whose text was read with the line above, as the end of its range.
  let joinedLine = -1;
  const digit = SPELLED_MONEY.test(ctx.text) ? DIGIT_OR_SPELLED : DIGIT;
  for (
    let i = nextDigitLine(ctx, 0, digit);
    i < lines.length;
    i = nextDigitLine(ctx, i + 1, digit)
  ) {
    if (i === joinedLine) {
      lastDigitLine = i;
      continue;
    }
    let line = lines[i];
    const afterDigitLine = i > 0 && i - 1 === lastDigitLine;
    const lastDigitBefore = lastDigitLine;
    // Only a heading-like line leads in despite its figures: it ends in ":" or ")". Years are
    // no figures of a table: "Salary in accordance with the 2024-2027 … negotiated" over
    // "agreement. The guide ranges from …" leads in.
    const lineAbove = afterDigitLine ? (lines[i - 1]?.text ?? '') : '';
    const afterAmounts =
      afterDigitLine && (aboveFound || (!LEAD_IN_END.test(lineAbove) && !onlyYears(lineAbove)));
    aboveFound = false;
    lastDigitLine = i;
    // A line without figures ends a run of pay lines, unless it is the start of this line's label
    // wrapped over two ("Long-term substitute (20+ days, same assignment," over "certificate
    // required) ........ $195.00 per day").
    if (
      !afterDigitLine &&
      !(i >= 2 && i - 2 === lastDigitBefore && isOpenLabel(lines[i - 1]?.text ?? ''))
    ) {
      inPayRun = false;
      runStart = i;
    }
    if (!line) {
      inPayRun = false;
      continue;
    }
    const section = ctx.lineSections[i];
    const salarySection = section?.kind === 'salary';
    // A salary section says pay whatever its heading: no need to test it.
    if (!salarySection && section != null && section !== headingSection) {
      headingSection = section;
      headingSaysPay = section.heading != null && saysPay(section.heading);
    }
    // The lead-in test runs only when the answer can matter (below and after readLine).
    let leadIn: boolean | null = null;
    const sectionSaysPay =
      salarySection ||
      (section != null && headingSaysPay) ||
      (inPayRun && line.text.length < 140) ||
      (leadIn = !afterAmounts && isLeadIn(lines, i));
    // With the section already saying pay, where the line says it does not matter.
    const firstPayWord = sectionSaysPay ? -1 : line.text.search(SALARY_WORD);
    if (!sectionSaysPay && firstPayWord < 0) {
      // Bullets of duties, requirements or the company blurb ("orders up to $50,000 per
      // month") are pay only with a salary word; other lines need a currency or a "k".
      const kind = section?.kind;
      const prose = kind === 'responsibilities' || kind === 'requirements' || kind === 'about';
      // "- Weekday nights: £17.50 per hour" under the duties: a labelled rate is pay anywhere; so
      // is an hourly range that opens a bullet ("• $29.50 – $31.00 per hour depending on").
      if (
        (prose && line.kind === 'list-item' && !LABELLED_RATE.test(line.text)) ||
        !PAY_HINT.test(line.text)
      ) {
        inPayRun = false;
        continue;
      }
    }
    // A location field's figure is a postcode; a board's salary filter lists thresholds; a
    // company's capital or turnover ("資本金：1,000万円") is no pay.
    if (
      LOCATION_LINE.test(line.text) ||
      CJK_COMPANY_FIGURE.test(line.text) ||
      isPostcodeLine(line.text, textAbove(lines, i)) ||
      (line.text.includes('|') && SALARY_FILTER.test(line.text))
    ) {
      inPayRun = false;
      continue;
    }
    const header = section == null;
    // No read past the end: V8 takes a slow path for lines[lines.length].
    let next = i + 1 < lines.length ? lines[i + 1] : undefined;
    // "entre 2 650 € et" / "3 150 € bruts mensuels": a range wrapped after its separator is
    // read as one line (the newline becomes a space, so offsets stay those of the text).
    if (next && isRangeWrappedAt(line, next)) {
      line = { ...line, text: `${line.text} ${next.text}` };
      joinedLine = i + 1;
      next = i + 2 < lines.length ? lines[i + 2] : undefined;
    } else if (next && i + 2 < lines.length && isStackedRange(line, next, lines[i + 2]!)) {
      // A board's pay widget, one part per line: "$68,000" / "to" / "$82,000" / "per year".
      line = { ...line, text: `${line.text} ${next.text} ${lines[i + 2]!.text}` };
      joinedLine = i + 2;
      next = i + 3 < lines.length ? lines[i + 3] : undefined;
    }
    const above = runStart > 0 ? lineAboveRule(lines, runStart - 1) : undefined;
    const previous = i > 0 ? lines[i - 1] : undefined;
    // The untitled block before the first heading: a board's header.
    const opening = header || (section.kind === 'header' && section.heading === null);
    const context = {
      index: i,
      sectionSaysPay,
      firstPayWord,
      header,
      opening,
      next,
      above,
      previous,
    };
    const count = candidates.length;
    let found = readLine(line, context, options, candidates);
    // "【年収例】" over "450万円（入社2年目／28歳）" and more such lines: what employees earn, by
    // example, not the job's pay.
    if (found > 0 && runStart > 0 && EXAMPLES_HEADING.test(lines[runStart - 1]?.text ?? '')) {
      candidates.length = count;
      found = 0;
    }
    // The line under `next` (two under when this line was read with the next).
    const afterNextAt = (joinedLine === i + 1 ? i + 2 : i + 1) + 1;
    const afterNext = afterNextAt < lines.length ? lines[afterNextAt] : undefined;
    if (found > 0 && isBoardEstimate(line, i > 0 ? lines[i - 1] : undefined, next, afterNext)) {
      // The employer's pay before a bracketed note about a board's estimate stays.
      const noteFrom = boardNoteStart(line);
      const noteAt = line.start + noteFrom;
      const kept =
        noteFrom > 0
          ? candidates.slice(count).filter((c) => (c.band.spans[0]?.end ?? noteAt) < noteAt)
          : [];
      candidates.length = count;
      candidates.push(...kept);
      found = kept.length;
    }
    aboveFound = found > 0;
    inPayRun =
      found > 0
        ? inPayRun || (leadIn ?? (!afterAmounts && isLeadIn(lines, i)))
        : // A row's label wrapped after a figure of its own ("(20+ consecutive days,") goes on.
          inPayRun && isOpenLabel(line.text);
  }
  return withOwnLevel(
    withoutRepeatedBands(chooseBands(candidates, lines)),
    ctx.text,
    lines,
    options.title ?? null,
  );
}

const EXAMPLES_HEADING =
  /^[^\p{L}\d]{0,3}(?:年収例|月収例|収入例|給与例|モデル年収|年収モデル|收入示例|薪資範例|연봉 예시)[^\p{L}\d]{0,3}$/u;

// A label's first part on the line above, left open: an unclosed bracket or a trailing comma.
const OPEN_LABEL = /^[^()$€£]{0,80}\([^()$€£]{0,60}$|^[^$€£]{3,80},$/;
const LABEL_WRAP_MAX = 90;

function isOpenLabel(text: string): boolean {
  return text.length <= LABEL_WRAP_MAX && OPEN_LABEL.test(text);
}

// A band stated twice in different forms ("Min USD $24.00/Hr." / "Max USD $29.00/Hr." and "Hourly
// pay $24.00 - $29.00") is one band, with both places as its evidence.
function withoutRepeatedBands(bands: SalaryBand[]): SalaryBand[] {
  const out: SalaryBand[] = [];
  for (const b of bands) {
    const same = out.find((k) => sameBand(k, b));
    if (same) same.spans.push(...b.spans);
    else out.push(b);
  }
  return out;
}

// "28197 Bremen", "75008 Paris", "8001 Zürich" alone on a line, or any line under a bare
// "Standort" / "Location" label: an address, not an amount ("3500 Euro brutto" is one).
const POSTCODE_LINE =
  /^\d{4,5} (?!(?:EUR|EUROS?|Euros?|CHF|USD|GBP|Brutto|BRUTTO|Netto|NETTO|Brut|Bruto)\b)\p{Lu}[\p{L}.'-]+(?:[ /]\p{L}[\p{L}.'-]*){0,3}$/u;
const LOCATION_LABEL =
  /^(?:(?:job |work |office )?locations?|lieu(?: de travail| du poste)?|standort|arbeitsort|einsatzort|ubicaci[oó]n|ort)\s?:?$/i;

function isPostcodeLine(text: string, above: string): boolean {
  return (
    (isDigit(text.charCodeAt(0)) && POSTCODE_LINE.test(text)) ||
    (above.length < 20 && LOCATION_LABEL.test(above))
  );
}

function textAbove(lines: Line[], i: number): string {
  return i > 0 ? (lines[i - 1]?.text ?? '') : '';
}

// Austrian ads must state the collective-agreement minimum, and add that more is paid
// ("€ 2.140,- brutto pro Monat ... Überzahlung vorgesehen", "Mindestgehalt laut KV"): a single
// figure is then a floor, not the pay. The lines above and below count when they have no figure
// of their own ("Bereitschaft zur Überzahlung" as the following bullet, "ein kollektivvertragliches
// Mindestgehalt von" over the amount), and a word a PDF hyphenated over the line end ("Über-" /
// "zahlung") is read whole.
const ABOVE_MINIMUM =
  /überzahl|mindest(?:brutto)?(?:gehalt|entgelt|lohn|bezug|grundgehalt)|kv-mindest|kollektivvertragliche[nrs]? mindest/i;
// Germany's statutory "Mindestlohn 12,82 €/Std." is the rate paid, not a floor under more.
const STATUTORY_MINIMUM = /mindestlohn/i;
const COLLECTIVE = /kollektiv|\bkv\b|überzahl/i;

function isAboveMinimum(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  if (saysAboveMinimum(line.text)) return true;
  if (previous !== undefined && saysAboveMinimum(previous.text) && !/\d/.test(previous.text)) {
    return true;
  }
  if (next === undefined) return false;
  if (saysAboveMinimum(next.text) && !/\d/.test(next.text)) return true;
  return line.text.endsWith('-') && saysAboveMinimum(joinHyphenated(line.text, next.text));
}

// The last word of a line ending in "-" joined to the first word of the next: "Über-" + "zahlung".
function joinHyphenated(text: string, next: string): string {
  const start = text.lastIndexOf(' ') + 1;
  const end = next.indexOf(' ');
  return text.slice(start, -1) + (end < 0 ? next : next.slice(0, end));
}

// Substring tests first: nearly every line has neither "berzahl" nor "indest".
function saysAboveMinimum(text: string): boolean {
  if (!text.includes('berzahl') && !text.includes('indest')) return false;
  // "14,00 €/Std. (über Mindestlohn!)": the pay is above the legal minimum, and is the pay.
  const said = text.includes('ber') ? text.replace(ABOVE_LEGAL_MINIMUM, '') : text;
  const m = ABOVE_MINIMUM.exec(said);
  if (m === null) return false;
  // "Überzahlung gegenüber dem KV-Mindestgehalt inkludiert": the figure already has it.
  if (OVERPAYMENT_INCLUDED.test(said)) return false;
  return !STATUTORY_MINIMUM.test(m[0]) || COLLECTIVE.test(said);
}

const OVERPAYMENT_INCLUDED =
  /überzahlung[^.;\n]{0,60}?\b(?:inkludiert|enthalten|inbegriffen|berücksichtigt|eingerechnet)/i;
const ABOVE_LEGAL_MINIMUM = /(?:über|oberhalb)(?: dem)?(?: gesetzlichen)? mindestlohn/gi;

const LEAD_IN_END = /[:)]\s*$/;
// Every figure a year or a school year: "2024", "2024-2027", "2025-26".
const YEAR_FIGURE = /(?<![\d.,])(?:19|20)\d\d(?:[-–/](?:(?:19|20)\d\d|\d\d))?(?![\d.,]\d)/g;

function onlyYears(text: string): boolean {
  return !/\d/.test(text.replace(YEAR_FIGURE, ''));
}
const CLOSING_BRACKET = /\(([^()]{1,40})\)\s*:?\s*$/;
// The words a bracket may hold besides the period: "(basic, per month)", "(brutto, monatlich)".
const BASIS_WORDS =
  /^(?:(?:basic|base|gross|net|brutto|netto|bruts?|brutos?|fixed|fix)\s?[,/]?\s?)+/i;
// "Deine Ausbildungsvergütung (Tarif Papier, Pappe und Kunststoffe verarbeitende Industrie NRW):"
// is still a lead-in.
const LEAD_IN_MAX = 100;

// A short line that names pay right above line i: "Pay by shift:" (the caller knows it has no
// figures).
function isLeadIn(lines: Line[], i: number): boolean {
  const previous = i > 0 ? (lineAboveRule(lines, i - 1)?.text ?? '') : '';
  if (previous.length < LEAD_IN_MAX) return saysPay(previous);
  // A longer paragraph whose last sentence leads in: "Lumora's pay ranges are based on role,
  // level and location. The base salary range for this position is:".
  if (!previous.endsWith(':')) return false;
  const last = previous.slice(previous.lastIndexOf('. ') + 1);
  return last.length < LEAD_IN_MAX && SALARY_WORD.test(last);
}

// "... and a $2,500 annual" / "professional development stipend.": an amount near the end of
// a wrapped line is named on the next one.
const WRAP_TAIL_MAX = 20;

function afterAcrossWrap(after: string, context: LineContext): string {
  const next = context.next;
  if (!next || after.length > WRAP_TAIL_MAX || /[.;:!?)]\s*$/.test(after)) return after;
  // Only a sentence that goes on: the next line opens in lower case.
  if (!/^\p{Ll}/u.test(next.text)) return after;
  return `${after} ${next.text.slice(0, 60)}`;
}

// The line that names the pay of the lines below `i`: the line at `i`; the one above it when `i`
// is only a rule (a table's header "Clinical Ladder Level   Hourly Range" over "-----   -----");
// the lead-in above a table's header row ("Pay rates (basic, per hour)" over "Shift  Start times
// Days  Rate", its tabs made spaces), which names the period of the rows.
function lineAboveRule(lines: Line[], i: number): Line | undefined {
  const line = lines[i];
  if (line && i > 0 && (RULE_LINE.test(line.text) || STEP_HEADER_ROW.test(line.text))) {
    // A Markdown table's "|---|---|" under its header row: the header's lead-in, if it has one.
    const header = lines[i - 1];
    return header && i > 1 && isPipeRow(header.text) ? lineAboveRule(lines, i - 1) : header;
  }
  if (line && i > 0 && line.text.length < 60 && PAY_COLUMN_LAST.test(line.text)) {
    const lead = lines[i - 1];
    if (lead && lead.text.length < LEAD_IN_MAX && saysPay(lead.text)) return lead;
  }
  return line;
}

// The job or the hiring side offers the amount, in the sentence before it: "the role pays $88,000
// - $92,000", "the client can do £62,000-£68,000", "best we can do is" (not "the policy pays",
// "weddings can go up to"). Without it, a bare range in prose needs a period or a pay word.
const OFFER_VERB =
  /\b(?:(?:role|position|job|opening|gig|it|which|this) (?:pays|is paying|offers)|(?:we|they|client|company|employer)(?:['’]re| are)? (?:offer(?:s|ing)?|(?:can|could|would|will) (?:do|offer|go(?: up)? to|stretch to))|best (?:we|they) can do|(?:is|are) able to offer|we['’]re at)\b[^.;!?$€£]{0,60}$|^[\s\-•*]*(?:starting|start) (?:at|from|on)\s?$/i;

const PAY_COLUMN_LAST =
  /^\|?[^\d:]+\s(?:rate|pay|salary|wage|lohn|gehalt|stundenlohn|taux|salaire|tarif|sueldo|salario)(?:\s?\|)?$/i;

function isPipeRow(text: string): boolean {
  return text.charCodeAt(0) === 0x7c && text.charCodeAt(text.length - 1) === 0x7c;
}

const RULE_LINE = /^[\s\-–—_=|+:]{3,}$/;
// A scale's column heads over its figures: "Step A      Step B      Step C".
const STEP_HEADER_ROW =
  /^\s*(?:(?:step|stufe|échelon|escalón|point)\s[A-Z\d]{1,2}(?:\s{2,}|\t|$)){3,}$/i;

// A section's heading is most often also the line right above its first figures (tested as a
// lead-in): the last answer is kept, so the regex runs once for both.
let lastPayText = '';
let lastSaysPay = false;

function saysPay(text: string): boolean {
  if (text !== lastPayText) {
    lastPayText = text;
    lastSaysPay = SALARY_WORD.test(text);
  }
  return lastSaysPay;
}

// Index of the first line at or after `from` with a digit (lines.length when none). The lines
// are the text split at "\n", so one regex stepped through the text finds them: far cheaper than
// a call per line, as most lines (headings, prose) have no digit.
// A line that ends in an amount and a range's separator (or a scale point: "Step 1 $89,412 to
// Step 4"), over a line that opens with an amount.
const OPEN_RANGE_END =
  /(?:\d|[€$£¥₹]|\b[A-Z]{3})\s?(?:[-–—]|to|à|et|and|bis|und|y|hasta|jusqu['’]à|tot|til|até|up to a maximum)(?:\s(?:step|point)\s?\d{1,2})?\s?$/i;
const AMOUNT_START =
  /^\s{0,3}(?:of )?(?:(?:[€$£¥₹]|[A-Z]{1,3}\$|(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|INR)\s?)\d|\d{1,3}(?:[ ,.']\d{3})+)/;
const LAST_FIGURE = /(\d{1,3}(?:[ ,.']\d{3})+|\d+)(?:[.,]\d{1,2})?\D*$/;
const FIRST_FIGURE = /^\D*?(\d{1,3}(?:[ ,.']\d{3})+|\d+)/;

// Whether the figure opening the next line is above the line's last: the range's top ("$58,000
// and" over "15 days of paid vacation" is no range).
function goesUp(line: string, next: string): boolean {
  const a = LAST_FIGURE.exec(line)?.[1];
  const m = FIRST_FIGURE.exec(next);
  const b = m?.[1];
  // "Earn $1,200 -" over "1,500 miles per week": a count, not the top.
  if (!m || b === undefined || a === undefined || COUNT_UNIT.test(next.slice(m[0].length))) {
    return false;
  }
  return Number(b.replace(/\D/g, '')) > Number(a.replace(/\D/g, ''));
}

// "Lecturer £38,249 – £45,163; Senior Lecturer" / "£46,485 – £55,295 per annum": the next band's
// label ends the line, its amounts open the next.
const LABEL_END = /\d\s?;\s?[A-Z][A-Za-z]+(?: [A-Z]?[a-z]+){0,3}$/;
const CURRENCY_START = /^\s{0,3}[€$£]\s?\d/;

// A pay scale's points in a row that goes on over the next line: "€58,694  €59,859 … €64,527" /
// "€65,712  €67,209 ¹  €68,712 ²", "€44,706*  €45,786**", "€59,329 - €60,873 - … - €67,055" /
// "- €68,605 - … LSIs".
const SCALE_ROW =
  /^\s{0,30}(?:[-–]\s{1,3})?(?:[€$£]\s?\d{1,3}(?:[,.]\d{3})+(?:\.\d{2})?\*{0,3}\s{1,4}(?:[¹²³⁴*]\s{1,4})?(?:[-–]\s{1,3})?){2,}(?:LSIs?\s)?$/;

function pointsIn(text: string): number {
  let n = 0;
  for (const c of text) if (c === '€' || c === '$' || c === '£') n++;
  return n;
}

function isRangeWrappedAt(line: Line, next: Line): boolean {
  return (
    next.start === line.start + line.text.length + 1 &&
    next.kind !== 'heading' &&
    ((OPEN_RANGE_END.test(line.text.slice(-24)) &&
      AMOUNT_START.test(next.text) &&
      goesUp(line.text, next.text)) ||
      (LABEL_END.test(line.text.slice(-40)) && CURRENCY_START.test(next.text)) ||
      (SCALE_ROW.test(`${line.text} `) &&
        pointsIn(line.text) >= 3 &&
        SCALE_ROW.test(`${next.text} `)))
  );
}

// An amount alone on its line, a range's separator alone on the next, the top on the third.
const AMOUNT_ALONE =
  /^\s{0,3}(?:[€$£¥₹]|[A-Z]{1,3}\$)\s?\d{1,3}(?:[,.]\d{3})*(?:\.\d{2})?[kK]?\s*$/;
const SEPARATOR_ALONE = /^\s{0,3}(?:to|[-–—]|bis|à|a|hasta|até|tot)\s*$/i;

function isStackedRange(line: Line, next: Line, third: Line): boolean {
  return (
    AMOUNT_ALONE.test(line.text) &&
    SEPARATOR_ALONE.test(next.text) &&
    next.start === line.start + line.text.length + 1 &&
    third.start === next.start + next.text.length + 1 &&
    AMOUNT_START.test(third.text) &&
    goesUp(line.text, third.text)
  );
}

function nextDigitLine(ctx: ExtractContext, from: number, digit: RegExp): number {
  const lines = ctx.lines;
  const first = lines[from];
  if (!first) return lines.length;
  digit.lastIndex = first.start;
  if (digit.exec(ctx.text) === null) return lines.length;
  const at = digit.lastIndex - 1;
  let k = from;
  while (k + 1 < lines.length && (lines[k + 1]?.start ?? Infinity) <= at) k++;
  return k;
}

interface LineContext {
  /** Index of the line. */
  index: number;
  /** The section or the line above names pay ("Compensation", "Salary ranges"). */
  sectionSaysPay: boolean;
  /** Offset of the first salary word in the line, -1 when none (or not searched: sectionSaysPay). */
  firstPayWord: number;
  /** The line is in the header block, before the first section. */
  header: boolean;
  /** The line is before the first heading (the header block or an untitled opening section). */
  opening: boolean;
  /** The line after it, if any. */
  next: Line | undefined;
  /** The line above its run of lines with figures (a lead-in such as "Pay (monthly):"). */
  above: Line | undefined;
  /** The line right above it. */
  previous: Line | undefined;
}

// Appends the line's candidates to `out`; returns how many.
function readLine(
  line: Line,
  context: LineContext,
  options: SalaryOptions,
  out: Candidate[],
): number {
  const text = line.text;
  const found = out.length;
  // A salary statement has a handful of figures; a line of hundreds is a table of something else.
  const tokens: MoneyToken[] = [];
  for (const token of findMoney(
    text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text,
    MAX_TOKENS * 2,
  )) {
    if (tokens.length < MAX_TOKENS && !isNoise(text, token)) tokens.push(token);
  }
  // "Minimum $33.85   Midpoint $40.62   Maximum $47.39 (hourly)": the ends of one range.
  // A pay scale's points in a row, "€60,853 – €62,713 – … – €77,546 (LSI 2)": from the first to
  // the last, as one range.
  const scale = tokens.length >= 4 ? scaleEnds(text, tokens) : null;
  const minMidMax = scale !== null || (tokens.length === 3 && isMinMidMax(text));
  if (scale) tokens.splice(0, tokens.length, ...scale);
  else if (minMidMax) tokens.splice(1, 1);
  // A label starts after the last amount with a currency: "1. Jahr 1.150 €  2. Jahr 1.220 €".
  let labelFrom = 0;
  // The end of the last amount read and left out, 0 when the last one read was pay.
  let rejectedEnd = 0;
  let rejectedBefore = '';
  let rejectedCurrency: string | null = null;
  let afterIncrement = false;
  const header = text.charCodeAt(0) === 0x7c ? tableHeader(context.above) : null;
  const addOnLine = tokens[0] !== undefined && hasAddOnLabel(text, tokens[0].start);
  // "Basic AED 1,500 + allowances AED 700 = AED 2,200 gross monthly": the parts before the
  // total are no bands of their own.
  const sumAt = tokens.length >= 3 && text.includes('=') ? SUM_OF_PARTS.exec(text) : null;
  const partsEnd = sumAt ? sumAt.index + sumAt[0].length - 1 : -1;
  // "Pay: $20.50/hr base + $1.00/hr weekend shift differential = $21.50/hr": a first part named
  // the base is the pay, the add-ons and their total are not.
  const baseOfSum =
    sumAt !== null &&
    tokens[0] !== undefined &&
    tokens[0].end <= partsEnd &&
    BASE_PART.test(text.slice(tokens[0].end, tokens[0].end + 14));
  // The sum's total: the first amount after its "=".
  const totalStart = baseOfSum ? (tokens.find((t) => t.start > partsEnd)?.start ?? -1) : -1;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first) continue;
    let second = tokens[i + 1];
    // India's increment scale "Rs. 40,000 – 3% – 1,40,000": from its start to its end, the
    // yearly increment between.
    const third = tokens[i + 2];
    // The Commonwealth's "EC$66,612.00 x 2,004.00 – EC$84,648.00": start, times the yearly
    // increment, to the end.
    const incrementScale =
      second !== undefined &&
      third !== undefined &&
      ((isPercentAt(text, second.end) &&
        INCREMENT_SCALE.test(text.slice(first.end, third.start))) ||
        isTimesIncrementScale(text, first, second, third));
    if (incrementScale) {
      second = third;
      i++;
    }
    // "(60–100 %)": a range of percentages, no amounts. "CHF 7'450.- brut par mois à 100 %": a
    // percentage ends no range.
    if (
      second &&
      first.currency === null &&
      first.period === null &&
      isPercentAt(text, second.end) &&
      PERCENT_RANGE.test(text.slice(first.end, second.start))
    ) {
      i++;
      continue;
    }
    const isRange =
      second !== undefined &&
      !isPercentAt(text, second.end) &&
      (incrementScale ||
        (minMidMax && i === 0) ||
        isRangeSeparator(text, first, second.start) ||
        ((tokens.length === 2 || onlyAmounts(text, tokens, first, second)) &&
          isScalePointTo(text, first.end, second.start)) ||
        (first.currency !== null &&
          second.currency !== null &&
          minMaxColumns(context.above) &&
          isColumnGap(text, first.end, second.start)));
    const last = isRange && second ? second : first;
    if (isRange) i++;
    if (baseOfSum ? i > 0 && first.start <= totalStart : last.end <= partsEnd) continue;
    // No read at a negative index: V8 takes a slow path for tokens[-1].
    let prevIndex = i - (isRange ? 2 : 1);
    // "OTE bei 100 % Zielerreichung: 85.000 €": a percentage is no amount, and the words before
    // it are this amount's.
    // "bonuses, which in 2024 ranged from $20,000", "rising every 1,000 hours to": nor is a bare
    // year or a count, within the clause.
    while (
      prevIndex >= 0 &&
      (isPercentAt(text, tokens[prevIndex]?.end ?? 0) ||
        ((isBareYear(tokens[prevIndex]) || isCountOfUnits(text, tokens[prevIndex])) &&
          !SKIP_STOP.test(text.slice(tokens[prevIndex]?.end ?? 0, first.start))))
    )
      prevIndex--;
    const prevEnd = prevIndex >= 0 ? (tokens[prevIndex]?.end ?? 0) : 0;
    const candidate = readCandidate(
      text,
      first,
      isRange ? last : null,
      { prevEnd, labelFrom },
      tokens[i + 1],
      context.previous,
    );
    if (first.currency !== null || last.currency !== null) labelFrom = last.end;
    if (!candidate) continue;
    // Under "Shift differentials:" each amount is an add-on, unless its own words say pay.
    if (addOnLine && !SALARY_WORD.test(candidate.before)) continue;
    // "| L4 | Engineer | $152,000 – $184,000 | $40,000 – $55,000 |" under "| … | Base salary |
    // Annual equity (RSUs) |": the equity column is no pay.
    if (header !== null && isNotPayColumn(header[cellIndex(text, first.start)] ?? '')) continue;
    // "OTE of $190,000 – $230,000 (Austin/Remote) and $216,000 – $256,000 (NYC)": an amount
    // joined to one left out, with only a place or level between, is left out with it.
    // Only an amount its words left out (OTE, a bonus, an average) takes the next one with it,
    // not a year or an implausible figure ("Effective April 2025, $22 per hour"). Its words are
    // tested only when such a join follows (most lines have none).
    // The same sum in another currency ("we pay $300 / €275 for your time") goes with it too.
    if (
      rejectedEnd > 0 &&
      (JOINED.test(text.slice(rejectedEnd, first.start)) ||
        isNextListItem(text.slice(rejectedEnd, first.start), rejectedBefore) ||
        (rejectedCurrency !== null &&
          first.currency !== null &&
          isNamedItemAfter(text.slice(rejectedEnd, first.start)))) &&
      (NOT_SALARY_BEFORE.test(rejectedBefore) ||
        NOT_BASE_PAY_BEFORE.test(rejectedBefore) ||
        isAddOnLabel(rejectedBefore.slice(-ADD_ON_NEAR)) ||
        NOT_PAY_TAIL.test(rejectedBefore.slice(-NOT_PAY_TAIL_MAX)) ||
        (rejectedCurrency !== null &&
          first.currency !== null &&
          first.currency !== rejectedCurrency &&
          SAME_SUM_JOIN.test(text.slice(rejectedEnd, first.start))))
    ) {
      rejectedEnd = last.end;
      continue;
    }
    // "£28,914 (trainee) rising to £36,143 (competent) per annum": where a single starting figure
    // rises to, on its line, is the top of its range. After a range, or alone, it is future pay
    // (NOT_SALARY_BEFORE drops it).
    // The tail only: an end-anchored regex still tries every start in the string.
    if (!isRange && INCREMENT_OF.test(text.slice(Math.max(0, first.start - 20), first.start))) {
      afterIncrement = true;
      continue;
    }
    const upAfterStart = UP_TO_AFTER_START.exec(candidate.before.slice(-60));
    const risingTo = RISING_TAIL.exec(candidate.before.slice(-40)) ?? upAfterStart;
    const toMaximum = !risingTo && afterIncrement ? TO_MAXIMUM_TAIL.exec(candidate.before) : null;
    const rising = risingTo ?? toMaximum;
    afterIncrement = false;
    if (rising) {
      const start = out.length > found ? out[out.length - 1] : undefined;
      // The scale's maximum after its increments needs no words of its own: its start is pay.
      const band = start
        ? resolveBand(
            {
              ...candidate,
              before: candidate.before.slice(0, rising.index),
              // "up to $16.50/hr after 90 days" after a rate "to start": the range's top. ("£12.50
              // ph, rising to £13.75 ph after 12 weeks" stays future pay.)
              after: upAfterStart ? candidate.after.replace(WHEN_AFTER, '') : candidate.after,
            },
            line,
            toMaximum ? { ...context, sectionSaysPay: true } : context,
            options,
            tokens[0]?.start ?? 0,
          )
        : null;
      // "£12.21 per hour (rising to £12.71 per hour from 1 April 2025)": next year's rate.
      const dated = risingTo !== upAfterStart && DATED_RISE_AFTER.test(candidate.after);
      if (start && band && !dated && extendsTo(start.band, band.band)) {
        start.band.max = band.band.max;
        start.band.spans.push(...band.band.spans);
      }
      rejectedEnd = 0;
      continue;
    }
    const band =
      inBracketOfOtherMoney(text, first.start) && !SAYS_BASE_AFTER.test(candidate.after)
        ? null
        : resolveBand(candidate, line, context, options, tokens[0]?.start ?? 0);
    if (band) out.push(band);
    // "Certification pay: Intermediate $50/mo, Advanced $100/mo, Master $150/mo": an item left
    // out on its own words, after one left out, keeps the list's label for the next items.
    if (band || rejectedEnd === 0 || candidate.before.includes(':')) {
      rejectedBefore = candidate.before;
    }
    rejectedEnd = band ? 0 : last.end;
    rejectedCurrency = first.currency;
  }
  return out.length - found;
}

// A table column of money that is not base pay, named by its header cell.
const NOT_PAY_COLUMN =
  /\b(?:equity|rsus?|stock|shares|options|bonus(?:es)?|commissions?|ote|on[- ]target|sign[- ]on|allowances?|stipends?|401\s?\(?k\)?|pension|tips|total (?:comp|compensation|cash|package)|prämie|provision|prime|variable)\b/i;

// "Base salary (excl. bonus)" is the pay column; "Total comp (base + bonus)" is not.
function isNotPayColumn(cell: string): boolean {
  return (
    NOT_PAY_COLUMN.test(cell) &&
    !/^\s*(?:base|salary|pay|gehalt|salaire|salario|sueldo)\b/i.test(cell)
  );
}

/** The header row's cells of the table a "| … |" row sits in, or null when none is above. */
function tableHeader(above: Line | undefined): string[] | null {
  const text = above?.text;
  if (text === undefined || text.charCodeAt(0) !== 0x7c || /\d/.test(text)) return null;
  return text.split('|');
}

/** Which "|"-separated cell of a table row the offset falls in (as `split('|')` numbers them). */
function cellIndex(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('|'); i >= 0 && i < at; i = text.indexOf('|', i + 1)) n++;
  return n;
}

// Amounts added with "+" up to an "=": "1,500 + allowances AED 700 =" (not "£14 per hour x 37.5
// hours =", a total worked out from a rate; not past a sentence's end: "$21.00/hr + $1.50/hr
// shift diff. … Reply 1=Interested").
const SUM_OF_PARTS = /\d[^=+\n]{0,40}\+(?:(?![.!?]\s)[^=\n]){1,60}=/;
const BASE_PART = /^[^+=\d]{0,6}\bbase\b/i;

// How far back a rejected amount's add-on words are read ("Overtime paid at").
const ADD_ON_NEAR = 50;
// An amount and the same sum in another currency: "$300 / €275".
const SAME_SUM_JOIN = /^\s?\/\s?$/;
// What may stand between two amounts of one list: a bracketed note and "and", "or", a comma,
// after the first amount's period ("R48.75 per hour (weekday) and R65").
const JOINED =
  /^\s?(?:(?:per|an?|\/)\s?(?:hour|hr|h|day|week|month|year)\s?)?(?:\([^()\d]{1,40}\)\s?)?(?:,|;|\/|and|or|&|et|ou|und|oder|y|o)\s$/i;
// "Shift differentials: evenings $2.00/hr, nights $3.50/hr": the next item of a list under a
// label, named by a word or two of its own (not a pay word: "Bonus: $5,000; base salary $80,000").
const NEXT_LIST_ITEM =
  /^\s?(?:(?:per|an?|\/)\s?(?:hour|hr|h|day|week|month|year)\s?)?[,;]\s(?:\p{L}[\p{L}-]*\s){1,2}$/u;

function isNextListItem(between: string, rejectedBefore: string): boolean {
  if (!NEXT_LIST_ITEM.test(between) || SALARY_WORD.test(between)) return false;
  // Only under a label of add-ons: not "Compensation: tips average $12/hr, hourly $15".
  const label = rejectedBefore.slice(0, Math.max(0, rejectedBefore.lastIndexOf(':')));
  return label !== '' && namesAddOns(label);
}

// "Shift differential ($2.75/hr evenings, $4.00/hr nights)": items named after their amounts.
const NAMED_ITEM_AFTER =
  /^\s?(?:(?:per|an?|\/)\s?(?:hour|hr|h|day|week|month|year)\s)?[a-z][a-z-]*(?:\s[a-z][a-z-]*)?\s?[,;]\s$/i;

function isNamedItemAfter(between: string): boolean {
  return NAMED_ITEM_AFTER.test(between) && !SALARY_WORD.test(between);
}

const PERCENT_RANGE = /^\s?(?:[-–—]|à|a|bis|to)\s?$/;

const DATED_RISE_AFTER =
  /^[^.;()]{0,25}?\b(?:from|on|as of|effective(?: from)?|in)\s(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=[\s,]|$)|^[^.;()]{0,25}?\b(?:from|in|as of) (?:19|20)\d\d\b/i;
const RISING_TAIL =
  /\b(?:ris(?:es|ing)|increas(?:es|ing)|progress(?:es|ing))(?: by (?:annual |yearly )?increments| every [^.;$€£]{1,24}?)? to(?: a (?:maximum|top rate) of)?\s*$/i;
// "$15.25/hr to start, up to $16.50/hr after 90 days": the same rise.
// "up to" is matched before the lookbehind is tried: the other way round, the lookbehind ran at
// every position of the text.
const UP_TO_AFTER_START =
  /\bup to(?<=\b(?:to start|starting|to begin(?: with)?|initially)\b[^.;$€£\d]{0,20}up to)\s*$/i;
const WHEN_AFTER = /^\s(?:after|après|nach|tras|después de)[\s).]*$/i;
// "€25,734 per annum, rising by annual increments of €525.50 up to a maximum of €28,892": the
// increment is no band, and the maximum after it is the top of the range.
const INCREMENT_OF = /\bincrements? of\s?$/i;
const TO_MAXIMUM_TAIL = /^[\s,]{0,3}(?:up )?to (?:a )?maximum(?: of)?\s*$/i;

/** Whether `to`, a single figure, is where the single figure `from` rises to. */
function extendsTo(from: SalaryBand, to: SalaryBand): boolean {
  return (
    from.min !== null &&
    // "start at $25.50/hour, rising every 1,000 hours to $45/hour": an open start too.
    (from.max === from.min || from.max === null) &&
    to.min !== null &&
    to.min === to.max &&
    to.min > from.min &&
    to.currency === from.currency &&
    to.period === from.period
  );
}

// "$5,000 sign-on bonus for drivers with 1+ year experience ($2,500 at 60 days, $2,500 at 180
// days)": the amounts in a bracket after a bonus's amount are its parts. Only the words from that
// amount to the bracket count, within one clause: the bracket then explains that amount.
const BRACKET_LEAD = 70;

function inBracketOfOtherMoney(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const lead = text.slice(Math.max(0, open - BRACKET_LEAD), open);
  // The clause of the last amount before the bracket, when the bracket opens in it: "$5,000
  // sign-on bonus for … (", "first-year OTE $95,000 - $110,000 (".
  let last = -1;
  for (const m of lead.matchAll(AMOUNT_IN_LEAD)) last = m.index;
  if (last < 0 || CLAUSE_END.test(lead.slice(last))) return false;
  const head = lead.slice(0, last);
  const from = Math.max(...['. ', '; ', ': ', '! ', '? '].map((end) => head.lastIndexOf(end)));
  return NOT_SALARY_BEFORE.test(lead.slice(from + 1));
}

const AMOUNT_IN_LEAD = /[$€£¥₹]\s?\d|\d\s?(?:€|[kK]\b)/g;
const CLAUSE_END = /[.;:!?]\s/;

// The labels may follow the three figures: "$72,500 - $88,900 - $105,300 (Min - Mid - Max)".
const MIN_MID_MAX =
  /\bmin(?:imum)?\b[^\d\n]{0,8}\d[\d.,']*[^\d\n]{1,30}\b(?:mid(?:point)?|median)\b[^\d\n]{0,8}\d[\d.,']*[^\d\n]{1,30}\bmax(?:imum)?\b|\d\s?\(?min(?:imum)?\s?[-–/|]\s?(?:mid(?:point)?|median)\s?[-–/|]\s?max(?:imum)?\)?\s*$/i;

// At least four points, each a dash after the one before (a note such as "(LSI 1)" between).
// The note may be bare: "€46,212 LSI1 – €47,793 LSI2".
const SCALE_STEP =
  /^\s?(?:(?:\([^()]{1,12}\)|[A-Z]{2,5}\s?\d{0,2})\s?)?[–—-]\s?(?:[€$£¥₹]|[A-Z]{3}\s?)?$/;
// Points with their currency a space or a column apart, each with the same period: the HSE's
// "€63,437 €64,830 … €74,698", a collective agreement's "$31.86/hr    $32.95/hr    $34.10/hr".
const SPACED_STEP = /^(?:\/\s?(?:hr|h|hour|yr|year|mo|month))?\s+(?:[¹²³⁴*]\s+)?$/;

/** The first and last point of a pay scale written in a row, or null when the line is none. */
function scaleEnds(text: string, all: MoneyToken[]): [MoneyToken, MoneyToken] | null {
  // A table row may open with its year: "2025    $31.86/hr    $32.95/hr …".
  const tokens = isBareYear(all[0]) ? all.slice(1) : all;
  // The points carry the currency; a note's figure ("LSI 1") does not. An Irish or British scale
  // may give only grouped figures ("59,036 - 60,428 - … - 68,846 LSIs").
  const marked = tokens.filter((t) => t.currency !== null);
  const points = marked.length > 0 ? marked : tokens.filter((t) => t.formatted);
  if (points.length < 4 || points[0] !== tokens[0]) return null;
  // Only points that all carry a currency may stand a space apart.
  const spaced = marked.length === tokens.length;
  for (let i = 1; i < points.length; i++) {
    const gap = text.slice(points[i - 1]!.end, points[i]!.start);
    const step = SCALE_STEP.test(gap) || (spaced && SPACED_STEP.test(gap));
    if (gap.length > 16 || !step || points[i]!.value <= points[i - 1]!.value) return null;
  }
  return [points[0]!, points[points.length - 1]!];
}

// A clause's end between a skipped figure and the amount: "Sign-on bonus after 120 days, $22/hour"
// keeps the bonus out of the amount's words.
const SKIP_STOP = /[,;.)]/;

// "rising every 1,000 hours to $36.90/hour": a count of hours between an amount and its words.
function isCountOfUnits(text: string, token: MoneyToken | undefined): boolean {
  return (
    token !== undefined &&
    token.currency === null &&
    token.period === null &&
    token.value >= 100 &&
    COUNT_UNIT.test(text.slice(token.end, token.end + 20))
  );
}

function isBareYear(token: MoneyToken | undefined): boolean {
  return (
    token !== undefined &&
    token.currency === null &&
    !token.formatted &&
    !token.decimals &&
    token.value >= 1990 &&
    token.value < 2040
  );
}

function isMinMidMax(text: string): boolean {
  return (text.includes('id') || text.includes('edian')) && MIN_MID_MAX.test(text);
}

// A line led by a label of add-ons before its first amount: "Shift differentials: nights $5/hr,
// weekends $3/hr", "Zulagen: ...". Only the text up to the label's colon is tested.
function hasAddOnLabel(text: string, firstAmount: number): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > firstAmount) return false;
  // The label is the colon's own sentence: in "Rémunération + prime annuelle. À titre indicatif :
  // 2 350 €" the bonus was named in the sentence before.
  const from = Math.max(text.lastIndexOf('. ', colon), text.lastIndexOf('; ', colon)) + 1;
  const label = text.slice(from, colon);
  if (SALARY_BUDGET.test(text.slice(from, colon + 1))) return false;
  return namesAddOns(label);
}

/** Whether a label before a colon names add-ons or other money, not base pay. */
function namesAddOns(label: string): boolean {
  return isAddOnLabel(label) || NOT_SALARY_BEFORE.test(label);
}

// A table whose columns give each row's bounds: "Classe   Minimum   Maximum" over
// "11   CHF 74'326.–   CHF 98'205.–". Its rows' two amounts, a column gap apart, are a range.
const MIN_MAX_HEADER =
  /\b(?:min(?:imum)?|mín(?:imo)?|von|de|from)\b\s{2,}(?:[\w/.()-]+\s{2,})?(?:max(?:imum)?|máx(?:imo)?|bis|à|to)(?![\w\u00C0-\u024F])/i;

function minMaxColumns(above: Line | undefined): boolean {
  return above !== undefined && above.text.length < 120 && MIN_MAX_HEADER.test(above.text);
}

function isColumnGap(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

// "$58,412 (BA + 0, Step 0) to $112,904 (MA + 90)": a note on the first end before the "to",
// a step, a starting point or a category's code ("$265.22 per day (A1) to $380.45 per day (A4)").
// "1.450 € brutos/mes (mozo) – 1.600 € (carretillero)" names two jobs' pay.
const NOTE_BEFORE_SEPARATOR =
  /^\s?\((?:(?=[^()]*\b(?:step|entry|start|starting|BA|BS|MA|MS|PhD|grade)\b)[^()]{1,40}|(?:cat(?:egory)?\.? ?)?[A-Z]{1,2} ?\d{1,2})\)/i;

function isRangeSeparator(text: string, first: MoneyToken, end: number): boolean {
  const start = first.end;
  // Only an amount takes a note: "Senior Officer 3 (SO3) — £67,118" is a grade's number.
  const note =
    (first.currency !== null || first.formatted || first.decimals) &&
    (text.charCodeAt(start + 1) === 0x28 || text.charCodeAt(start) === 0x28);
  let from = note
    ? start + (NOTE_BEFORE_SEPARATOR.exec(text.slice(start, end))?.[0].length ?? 0)
    : start;
  // "Rs. 650,000/= - 850,000/=", "65,000/- to 85,000/-": the mark that closes a whole amount.
  if (text.charCodeAt(from) === 0x2f && (text[from + 1] === '-' || text[from + 1] === '=')) {
    from += 2;
  }
  return isSeparatorGap(text, from, end);
}

// "A minimum of €3,226 and a maximum of €5,090 gross per month": the two ends, each named.
const MAXIMUM_SEPARATOR =
  /^\s{0,2}(?:(?:,\s?)?(?:and|et|y|und|e|en)\s|[,;]\s?)(?:an? |une? |el |le |die |een |um |the )?(?:maximum|maximaal|máximo|maximal|höchstens)(?: (?:annual |yearly |monthly |hourly |base )?(?:salary|pay|rate|wage))?(?: of| de| von| van| is| will be)?:?\s{0,2}$/i;
const MINIMUM_OPENER =
  /\b(?:minimum|mínimo|minimaal|mindestens|minimal)(?: (?:annual |yearly |monthly |hourly |base )?(?:salary|pay|rate|wage))?(?: of| de| von| van| is| will be)?:?\s?[^\d\s]{0,4}\s?\d[^\s]*(?:\s?(?:€|EUR|\$|£|[A-Z]{3}))?(?:\s?(?:per|an?|\/)\s?(?:hour|hr|day|week|month|year|annum))?$/i;
const MAXIMUM_SEPARATOR_MAX = 30;

function isSeparatorGap(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (
    length > 0 &&
    length <= MAXIMUM_SEPARATOR_MAX &&
    MAXIMUM_SEPARATOR.test(text.slice(start, end)) &&
    MINIMUM_OPENER.test(text.slice(Math.max(0, start - 40), start))
  )
    return true;
  if (length > 0 && length <= RANGE_SEPARATOR_MAX) {
    const gap = text.slice(start, end);
    if (RANGE_SEPARATOR.test(gap) || INCREMENT_SCALE.test(gap)) return true;
    if (PAIRED_SEPARATOR.test(gap) && PAIR_OPENER.test(text.slice(Math.max(0, start - 30), start)))
      return true;
  }
  return isEstimatedRangeSeparator(text, start, end);
}

// A scale from its first point to its last, the line's only two amounts: "M1 £31,650 - U3
// £49,084", a teachers' guide's "BA Step 1 $48,500 - MA+30 Step 10 $78,900" (a row of three or
// more steps is scaleEnds' or withScalePointsAsRange's).
// Or each point named before its amount in brackets: "from Class I, Step 1 ($58,211) to Class V,
// Step 25 ($98,744)".
// A scale's point by its number: "Step 10", "Spine point 23", "SCP 25".
const SCALE_POINT_NUMBER = String.raw`(?:step|point|spine point|scp)\s?\d{1,2}`;
const SCALE_POINT_TO = new RegExp(
  String.raw`^\s?(?:[-–—]|to|through)\s?(?:[MU]\s?\d|(?:(?:[a-z]{2,3}(?:\s?\+\s?\d{1,2})?|class [ivx\d]{1,4}|lane [a-z\d]{1,3}),?\s)?${SCALE_POINT_NUMBER}):?\s?$|^\)\s(?:to|through|[-–—])\s[^()$€£\d]{0,20}?\b(?:step|point|level|grade|band|class)\s?\d{1,2}\s\($`,
  'i',
);

// "Step 1 $89,412 to Step 4 $101,867 per annum (… 0.8 FTE)": the sentence's only two amounts
// with a currency, among the steps' own numbers ("Wage Scale 2024-25: Step 1 $17.42/hr — Step 8
// $21.06/hr. … Night differential of $0.60/hr").
function onlyAmounts(
  text: string,
  tokens: MoneyToken[],
  first: MoneyToken,
  second: MoneyToken,
): boolean {
  if (first.currency === null || second.currency === null) return false;
  const from = text.lastIndexOf('. ', first.start);
  const stop = text.indexOf('. ', second.end);
  const to = stop < 0 ? text.length : stop;
  let n = 0;
  for (const t of tokens) if (t.currency !== null && t.start > from && t.start < to) n++;
  return n === 2;
}

function isScalePointTo(text: string, start: number, end: number): boolean {
  const length = end - start;
  return (
    length > 3 && length <= RANGE_SEPARATOR_MAX + 30 && SCALE_POINT_TO.test(text.slice(start, end))
  );
}

// Glassdoor marks each end: "$19 /hr (est.) - $23 /hr (est.)", "(Employer est.)". The note is
// at most 20 characters long, so the separator after it stays short.
// A schedule marks each end with its step: "$52,400 (BA, step 1) to $89,100 (MA+30, step 20)",
// "$58,500 (0 years) – $72,340 (20+ years)", "de 3.412,56 € (sans ancienneté) à 4.915,20 €".
const ESTIMATE_NOTE =
  /^\s{0,2}\((?:(?:[a-z]{1,10} )?est(?:\.|imated?)|einstieg|start(?:ing)?|entry|initial|début|inicio|inicial|(?:[^()$€£\n]{1,12}[,;] ?)?(?:step|stufe|échelon|escalón|grade|level|band|tier)\s?\d{1,2}|\d{1,2}\+? (?:years?|yrs?)(?: of (?:experience|service))?|sans ancienneté|sin antigüedad|\d{1,2}\+? (?:ans|años|jahre)(?: d['’]ancienneté| de antigüedad)?)\)/i;

function isEstimatedRangeSeparator(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length <= 5 || length > RANGE_SEPARATOR_MAX + 20) return false;
  // Only a note opened right after the first amount.
  let paren = start;
  while (paren < start + 2 && isSpace(text.charCodeAt(paren))) paren++;
  if (text.charCodeAt(paren) !== 0x28) return false;
  const between = text.slice(start, end);
  const note = ESTIMATE_NOTE.exec(between);
  return note !== null && RANGE_SEPARATOR.test(between.slice(note[0].length));
}

interface RawCandidate {
  min: MoneyToken;
  max: MoneyToken | null;
  before: string;
  after: string;
  labelText: string;
  /**
   * The end of the line above, when this line goes on with its sentence, else ''. It can say
   * pay and its period ("... un importe bruto mensual" over "aproximado de 1.712,46 €"), but
   * not veto the amount: "In addition to an annual bonus, the base salary" over "is $95,000".
   */
  carried: string;
  /** The end of the line above when this line may go on with its sentence (see CARRIED_NOT_PAY). */
  wrapped: string;
}

const INCREMENT_SCALE = /^\s?[-–]\s?\d{1,2}(?:\.\d{1,2})?\s?%\s?[-–]\s?$/;
const TIMES_INCREMENT = /^\s?[x×]\s?$/;
const INCREMENT_TO = /^\s?[-–—]\s?$/;

// A scale's increment is money in whole steps from its start to its end ("EC$66,612.00 x
// 2,004.00 – EC$84,648.00" is nine steps); a holiday's "$20.00 x 1.5 – $30.00" is a multiplier.
function isTimesIncrementScale(
  text: string,
  first: MoneyToken,
  increment: MoneyToken,
  last: MoneyToken,
): boolean {
  if (increment.value < 10 || increment.value >= first.value || last.value <= first.value) {
    return false;
  }
  const steps = (last.value - first.value) / increment.value;
  return (
    Math.abs(steps - Math.round(steps)) < 0.01 &&
    steps <= 40 &&
    TIMES_INCREMENT.test(text.slice(first.end, increment.start)) &&
    INCREMENT_TO.test(text.slice(increment.end, last.start))
  );
}

function isPercentAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 0x25 || (c === 0x20 && text.charCodeAt(end + 1) === 0x25);
}

function readCandidate(
  text: string,
  min: MoneyToken,
  max: MoneyToken | null,
  bounds: { prevEnd: number; labelFrom: number },
  next: MoneyToken | undefined,
  previous: Line | undefined,
): RawCandidate | null {
  const { prevEnd, labelFrom } = bounds;
  const end = (max ?? min).end;
  const windowStart = Math.max(prevEnd, min.start - 90);
  // Only the clause the amount sits in: "Bonus: 10%; Salary: $90k" keeps "Salary:".
  const from = clauseStart(text, windowStart, min.start);
  let before = text.slice(from, min.start);
  // The label may run over figures that are not amounts: "1st shift (6am-2pm): $19.00/hr".
  let labelText = text.slice(Math.max(labelFrom, min.start - 90), min.start);
  const after = text.slice(end, Math.min(next?.start ?? text.length, end + 40));
  let carried = '';
  let wrapped = '';
  if (!hasLetter(before)) {
    const label = readLabelElsewhere(text, from, min.start, end, previous);
    if (label !== null) {
      before = label;
      labelText = label;
    } else if (prevEnd > 0) {
      // Only a figure that is no amount before it ("à Lyon (69) : 2 418 €"): the words before
      // that figure are this amount's.
      before = text.slice(clauseStart(text, Math.max(0, min.start - 90), min.start), min.start);
    } else if (previous && endsMidSentence(previous.text)) {
      // An amount that opens its line after a wrapped sentence: "… last quarter they averaged
      // about" over "$4.80 per hour on top of the base rate". The line above may also be a whole
      // line ("Benefits: …, paid time off" over "$ 3.800.000 Mensual"): it can only veto.
      wrapped = previous.text.slice(-CARRIED_MAX);
      // Unless its last sentence names pay and waits for the figure: "The expected monthly
      // salary is approx." over "DKK 85,000 including pension contribution".
      const sentence = wrapped.slice(wrapped.lastIndexOf('. ', wrapped.length - 3) + 1);
      if (AWAITS_FIGURE.test(sentence) && SALARY_WORD.test(sentence)) carried = wrapped;
    }
  } else if (from === 0 && previous && continuesSentence(previous.text, text)) {
    carried = previous.text.slice(-CARRIED_MAX);
    wrapped = carried;
  }
  return { min, max, before, after, labelText, carried, wrapped };
}

// A sentence wrapped over lines (a PDF, an official bulletin): "... con un importe bruto mensual"
// over "aproximado de 1.712,46 € ...". The line above ends in a letter or a comma and this one
// opens in lower case; the end of that line is read as part of the amount's clause.
const CARRIED_MAX = 60;

function continuesSentence(above: string, text: string): boolean {
  const first = text.charCodeAt(0);
  if (!isLetter(first)) return false;
  // A lesser role's name goes on the sentence that offers it: "… may be considered for" over
  // "Deputy Public Defender II ($43.28 - $52.61 Hourly)" (not "will be appointed as" over
  // "Senior Lecturer (£52,000 – £60,000 per annum)", this job's pay).
  if (text[0] === text[0]?.toUpperCase()) return MAY_BE_CONSIDERED.test(above);
  return endsMidSentence(above);
}

const MAY_BE_CONSIDERED = /\bmay (?:also |instead )?be considered (?:for|as)$/i;

function endsMidSentence(above: string): boolean {
  const last = above.charCodeAt(above.length - 1);
  return (
    isLetter(last) ||
    last === 0x2c ||
    (last === 0x2e && APPROX_END.test(above)) ||
    (isDigit(last) && SCALE_POINT_END.test(above))
  );
}

// A schedule's point whose amount is on the next line: "… ranges from BA Step 1" over "$51,200
// to MA Step 15 $89,450".
const SCALE_POINT_END = new RegExp(String.raw`\b${SCALE_POINT_NUMBER}$`, 'i');

// "… is approx." over the figure: a stop that ends no sentence.
const APPROX_END = /\b(?:approx|ca|c|appr|env|approximativement)\.$/i;
const AWAITS_FIGURE = new RegExp(
  String.raw`\b(?:is|are|be|of|at|approx\.|approximately|ca\.|about|around|roughly|from|between|${SCALE_POINT_NUMBER})$`,
  'i',
);

// The end of a wrapped sentence that makes the amount on the next line an average or a target:
// "tips … averaged about" over "$4.80 per hour", "a loan disbursement target of" over "₦150
// million per quarter".
const CARRIED_NOT_PAY =
  /\b(?:averag(?:e|es|ed|ing)|avg\.?|on average|targets?|quota)(?: (?:of|is|was|were|about|around|roughly|approximately|approx\.|nearly|close to))*\s*$/i;

// Where an amount has no words of its own before it, its label is in the table cell before
// ("| Fringe contributions (paid to the funds) | $33.12 / hour |") or, for an amount alone on its
// line, on the short line above ("Housing stipend (tax-free)" over "$1,386/week"). Null when
// neither.
const LABEL_ABOVE_MAX = 60;
const LABEL_CLAUSE_MAX = 40;
const BASE_PAY_WORD = /\b(?:pay|salary|base|basic|wages?|rate|compensation)\b/i;

function readLabelElsewhere(
  text: string,
  from: number,
  start: number,
  end: number,
  previous: Line | undefined,
): string | null {
  if (from > 0 && text.charCodeAt(from - 1) === 0x7c) {
    const cell = text.lastIndexOf('|', from - 2);
    return text.slice(Math.max(cell + 1, start - 90), start);
  }
  if (from > 0 || !previous) return null;
  // "Base salary: $58,000 - $66,000 per year, plus uncapped commission. First-year OTE:" over
  // "$95,000 - $120,000. Top reps …": a label that ends the line above names other money.
  if (previous.text.endsWith(':')) {
    const clause = previous.text.slice(clauseStart(previous.text, 0, previous.text.length));
    // Not a label of the base that names the rest ("Weekly pay with bonuses:", "Salary excl.
    // bonus:", "Base (plus commission):").
    if (
      clause.length <= LABEL_CLAUSE_MAX &&
      NOT_SALARY_BEFORE.test(clause) &&
      !BASE_PAY_WORD.test(previous.text.slice(-LABEL_CLAUSE_MAX))
    ) {
      return `${clause} ${text.slice(0, start)}`;
    }
  }
  if (previous.text.length > LABEL_ABOVE_MAX) return null;
  if (countWords(text, end, text.length, 4) > 3 || ANY_DIGIT.test(previous.text)) return null;
  // "✅ Open banking / payments exp a bonus" over "💰 $140-160k + super": two items of one list,
  // the one above a sentence of its own, no label of this one (as "• New York City" over
  // "• $160,000 – $190,000" is).
  if (
    ITEM_MARKER.test(previous.text) &&
    ITEM_MARKER.test(text) &&
    countWords(previous.text, 0, previous.text.length, LABEL_ITEM_WORDS + 1) > LABEL_ITEM_WORDS
  ) {
    return null;
  }
  return `${previous.text} ${text.slice(0, start)}`;
}

// A line that opens with a bullet, a dash or an emoji: not a letter, a figure, a currency sign or
// an opening bracket or quote.
const ITEM_MARKER = /^\s*[^\p{L}\p{N}\p{Sc}([{"'“‘«\s]/u;
const LABEL_ITEM_WORDS = 4;

const ANY_DIGIT = /\d/;

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLetter(text.charCodeAt(i))) return true;
  return false;
}

// Where the last clause of text[from, to) starts: after its last ";", "|", "•", or ".", "!", "?"
// followed by a space (inside the window), or a comma before "davon", "of which"; else `from`.
function clauseStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3b || c === 0x7c || c === 0x2022) return i + 1;
    // "CHF 220'000 – 260'000 (inkl. Bonus), davon Fixsalär CHF 180'000": the part named next.
    if (c === 0x2c && PART_OF.test(text.slice(i + 1, i + 20))) return i + 1;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < to && isSpace(text.charCodeAt(i + 1))) {
      // A dot leader ("Housing stipend ....... $1,050/wk") ties a label to its amount.
      if (c === 0x2e && text.charCodeAt(i - 1) === 0x2e) continue;
      if (c !== 0x2e || !isAbbreviationDot(text, i)) return i + 1;
    }
  }
  return from;
}

const PART_OF = /^ (?:davon|wovon|of which|dont|de (?:los|las) cuales)\b/;

// "durchschnittlich ca. € 450", "approx. $20", "max. € 95,-", "c. £28,800": the dot of these ends
// no clause.
const ABBREVIATIONS = new Set([
  'ca',
  'approx',
  'env',
  'inkl',
  'incl',
  'zzgl',
  'rd',
  'aprox',
  'mind',
  'avg',
  'max',
  'min',
  'c',
]);

function isAbbreviationDot(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 7 && isLetter(text.charCodeAt(start - 1))) start--;
  return ABBREVIATIONS.has(text.slice(start, dot).toLowerCase());
}

// "Journeyman wage rate ...... $55.35 / hour" heading a union wage sheet is the pay of a
// journeyman's job; in an apprentice's posting it is the rate the apprenticeship leads to.
const JOURNEY_LABEL = /^[\s\-•*]*journey(?:man|person)(?:-?\s?level)? (?:wage|rate|pay)/i;
function isOwnJourneyRate(label: string, title: string | null | undefined): boolean {
  return JOURNEY_LABEL.test(label) && !/\b(?:apprentice|trainee|helper)/i.test(title ?? '');
}

const WITH_ALLOWANCE_AFTER =
  /^\s?(?:with|incl\.?|including) (?:[\w-]+ )?(?:shift|night|weekend|unsocial(?: hours)?|overtime) (?:allowances?|premiums?|enhancements?|pay)\b/i;

// "$45–60/hr USD": the code after the rate's unit.
const DOLLAR_CODE_AFTER_UNIT =
  /^\s?(?:\/\s?(?:hr|hour|h|yr|year|mo|month|day|wk|week)\.?\s)?(USD|CAD|AUD|NZD|SGD|HKD)\b/;

function resolveBand(
  raw: RawCandidate,
  line: Line,
  context: LineContext,
  options: SalaryOptions,
  headEnd: number,
): Candidate | null {
  const { min, max, before, after } = raw;
  // 1. The figures ("$60-70k": a multiplier written once at the end applies to both).
  let lo = min.value;
  let hi = max ? max.value : min.value;
  // "3,800 ~ 4,500만원": in units of ten thousand, the first figure may run to thousands.
  const unit = max?.multiplier ? multiplierOf(max.multiplier) : 1;
  const sharedBelow = unit === 1e4 ? hi / unit : 1000;
  if (max?.multiplier && !min.multiplier && lo < sharedBelow) {
    lo = Math.round(lo * unit * 100) / 100;
  }
  // "comp: 190-230 base", "The range for this role is 125 to 140 plus an annual bonus": a
  // recruiter's range in thousands, the "k" left out.
  const inThousands = isRangeInThousands(raw, lo, hi);
  if (inThousands) {
    lo *= 1000;
    hi *= 1000;
  }
  if (max && (hi < lo || hi > lo * 6)) return null;
  // "$9,500 y $10,500 MXN": the code on one end names the "$" on both; "USD $3,800" the code
  // before the sign.
  const writtenCurrency =
    min.currency === '$' && max?.currency?.length === 3
      ? max.currency
      : min.currency === '$'
        ? (DOLLAR_CODE_BEFORE.exec(before.slice(before.lastIndexOf('\n') + 1))?.[1] ??
          DOLLAR_CODE_AFTER_UNIT.exec(after)?.[1] ??
          dollarOfPlaceLabel(before) ??
          (PAID_IN_USD.test(after.slice(0, 40)) ? 'USD' : '$'))
        : (min.currency ?? max?.currency ?? null);
  const multiplier = min.multiplier ?? max?.multiplier ?? (inThousands ? 'k' : null);
  // Years and counts are not pay: "2025", "10,000+ employees".
  if (!writtenCurrency && !multiplier && isYearLike(min) && (!max || isYearLike(max))) return null;

  // 2. Evidence that this is pay: salary words, a currency with a period, or a listing line.
  const lineSaysPay =
    (context.firstPayWord >= 0 && context.firstPayWord < min.start) ||
    (raw.carried !== '' && SALARY_WORD.test(raw.carried));
  if (min.glued && !SALARY_WORD.test(before.slice(-12))) return null;
  // A recruiter's bare "Budget :" label names the pay (see step 4).
  const budget =
    SALARY_BUDGET.test(before) ||
    (SENTENCE_BUDGET.test(before.slice(-40)) &&
      ((max ?? min).period !== null || BUDGET_PAY_AFTER.test(after.slice(0, 30))));
  // A header line that is only the amount and its currency, as a board prints the pay under the
  // title: "22 000 – 26 000 UAH" (not under an item of a list of jobs).
  const strong =
    context.sectionSaysPay ||
    lineSaysPay ||
    budget ||
    SALARY_WORD.test(after.slice(0, 25)) ||
    (context.opening &&
      writtenCurrency !== null &&
      context.previous?.kind !== 'list-item' &&
      isAmountOnlyLine(line.text));
  const formatted = min.formatted || (max?.formatted ?? false) || min.decimals;
  if (!writtenCurrency && !multiplier && !strong) return null;
  const writtenPeriod =
    max?.period ??
    min.period ??
    readPeriodBefore(raw.carried === '' ? before : `${raw.carried} ${before}`) ??
    // Up to an add-on after it: "€29,500 base + monthly performance bonus".
    readPeriodBefore(upToAddOn(after.slice(0, 20))) ??
    readGermanPeriod(writtenCurrency, before) ??
    readLeadInPeriod(writtenCurrency, context) ??
    readHeadPeriod(writtenCurrency, line.text, headEnd) ??
    readPeriodBelow(after, context.next);
  if (writtenCurrency === 'UF' && !writtenPeriod) return null;
  // "(45.000 Palettenstellplätze)", "1,400 employees": a bare figure before a noun counts it;
  // "producing ±180 000 4E ounces": a bare figure given as "about" is a quantity.
  if (!writtenCurrency && !multiplier) {
    if (before.endsWith('±') || before.endsWith('± ')) return null;
    if (!writtenPeriod && COUNTED.test(after.replace(/^\+/, ''))) return null;
    // "$40 detention per hour after 2 hrs": a bare figure right before its unit is a duration;
    // a rate says "per hour", "/hr" or "an hour".
    if (DURATION_AFTER.test(after)) return null;
    // With a period too, over a wrapped line: "more than 40,000" over "invoices a month"; after
    // the things counted: "pay supplier invoices (roughly 250/month)".
    if (COUNTED_THINGS.test(afterAcrossWrap(after, context))) return null;
    if (THINGS_BEFORE.test(before.slice(-50))) return null;
  }
  // "production serving at 50k+ requests per second": a count in thousands.
  if (!writtenCurrency && multiplier && !writtenPeriod && COUNTED.test(after.replace(/^\+/, ''))) {
    return null;
  }
  const evidence =
    (strong && (writtenCurrency !== null || writtenPeriod !== null || formatted || lo >= 1000)) ||
    (writtenCurrency !== null && writtenPeriod !== null) ||
    // "£24,500 FTE (pro rata £14,700 for 3 days)": a full-time salary, so named.
    (writtenCurrency !== null && lo >= 1000 && FTE_AFTER.test(after)) ||
    (writtenCurrency !== null &&
      (lo >= 1000 || multiplier !== null) &&
      DEPENDING_AFTER.test(after)) ||
    (writtenCurrency !== null &&
      lo >= 1000 &&
      (OFFER_VERB.test(sentenceBefore(line.text, min.start)) || TO_START_AFTER.test(after))) ||
    // "€34k, 39hrs/wk, full time", "Staff Rust Engineer, $210–245k + equity": thousands of a
    // currency standing as an item of their own, as a job seeker reads pay; not "a $300k book of
    // business", "from £50k to £250k", "been on £90k so".
    (writtenCurrency !== null &&
      (multiplier === 'k' || multiplier === 'K') &&
      lo >= 10000 &&
      ITEM_BEFORE.test(before) &&
      ITEM_AFTER.test(after)) ||
    // "remote, US timezones. 140-165k + meaningful equity": a range in thousands with equity or
    // a bonus added, as a founder's message writes its pay without a currency.
    (max !== null &&
      (multiplier === 'k' || multiplier === 'K') &&
      lo >= 20000 &&
      ITEM_BEFORE.test(before) &&
      PACKAGE_PART_AFTER.test(after)) ||
    ((writtenCurrency !== null || multiplier !== null) &&
      isListing(
        line.text,
        min,
        max,
        context.header || (context.opening && isMetaRow(line.text, min, max)),
      ));
  if (!evidence) return null;
  // "SALARY SCHEDULE (Range 572, hourly)", "Grade 12": a range's or a grade's number, no amount.
  if (
    writtenCurrency === null &&
    multiplier === null &&
    lo === hi &&
    lo < GRADE_NUMBER_MAX &&
    NUMBER_OF_BEFORE.test(before)
  ) {
    return null;
  }

  // 3. Currency and period, and a size that is plausible for them.
  // "RAL 28-32k": Italy's gross annual pay, in euros wherever the town is not known.
  // "15 – 20 triệu/tháng": millions of đồng, wherever the text says it is.
  const currency =
    (writtenCurrency === null && multiplier === 'triệu' ? 'VND' : null) ??
    resolveCurrency(writtenCurrency, options) ??
    (writtenCurrency === null && ITALIAN_ANNUAL_GROSS.test(line.text) ? 'EUR' : null);
  if (!currency) return null;
  const rate = PER_USD[currency] ?? 1;
  let period = writtenPeriod;
  if (!period) {
    if (hi / rate >= ANNUAL_LOOKING_USD && lo / rate >= ANNUAL_LOOKING_USD / 2) period = 'year';
    else if (
      strong &&
      // "Renta Bruta: 2.156.411" in Quirihue: a grouped figure under a pay label is the local
      // currency's, by the month where pay is quoted so.
      (writtenCurrency !== null ||
        (formatted &&
          !multiplier &&
          options.country !== null &&
          hi / rate <= BARE_MONTHLY_MAX_USD &&
          isPayLabelled(line.text, min.start))) &&
      isMonthlyLooking(currency, lo / rate, hi / rate, options.country, line.text)
    ) {
      period = 'month';
    } else if (
      // "15k-25k /杭州 /经验3-5年", "8千-1.2万": Chinese boards quote a month's pay in
      // thousands or ten thousands of yuan.
      currency === 'CNY' &&
      writtenCurrency === null &&
      (multiplier === 'k' || multiplier === 'K' || multiplier === '千' || multiplier === '万') &&
      max !== null &&
      isMonthlyLooking(currency, lo / rate, hi / rate, options.country, line.text)
    ) {
      period = 'month';
    } else if (
      // "Mức lương: 12 - 15 triệu": Vietnamese boards quote a month's pay in millions of đồng.
      currency === 'VND' &&
      multiplier === 'triệu' &&
      isMonthlyLooking(currency, lo / rate, hi / rate, options.country, line.text)
    ) {
      period = 'month';
    } else return null;
  }
  const [floor, ceiling] = PLAUSIBLE[period];
  const floorDivisor = LOW_WAGE_FLOOR_DIVISOR[currency] ?? 1;
  if (lo / rate < floor / floorDivisor || hi / rate > ceiling) return null;

  // 4. Not base pay: bonus, OTE, 401(k), stipends, funding, anecdotes, counts, percentages.
  // "$140k base + super (so roughly $155k package)": an estimate of the whole package.
  if (ESTIMATE_BEFORE.test(before.slice(-30)) && PACKAGE_AFTER.test(after)) return null;
  // "Budget : 18 - 24 LPA": a recruiter's salary budget, labelled alone, is the pay.
  // "OTE $85,000 ($60,000 base + $25,000 variable)": an amount that names itself the base is the
  // base, whatever the words before it say of the package.
  const words = budget || (before.endsWith('(') && SAYS_BASE_AFTER.test(after)) ? '' : before;
  if (NOT_SALARY_BEFORE.test(words) || NOT_SALARY_AFTER.test(afterAcrossWrap(after, context))) {
    return null;
  }
  const labelTail = raw.labelText.slice(-NOT_PAY_TAIL_MAX);
  if (
    (NOT_PAY_TAIL.test(labelTail) && !isOwnJourneyRate(labelTail, options.title)) ||
    CANDIDATE_PAY.test(labelTail)
  ) {
    return null;
  }
  if (raw.wrapped !== '') {
    const joined = `${raw.wrapped} ${before}`;
    if (CANDIDATE_PAY.test(joined) || NOT_PAY_TAIL.test(joined.slice(-NOT_PAY_TAIL_MAX)))
      return null;
  }
  // "… trainees are promoted to Claims Adjuster I with a pay range of $48,000 - $56,000": the pay
  // of the post a trainee moves up to, not this job's (its sentence may wrap over the amount).
  // Every candidate passes here: the regex runs only where the word is.
  const wrappedLine = raw.wrapped === '' ? '' : (context.previous?.text ?? raw.wrapped);
  const clause = wrappedLine === '' ? before : `${wrappedLine} ${before}`;
  if (PROMOTED.test(clause) && PROMOTED_TO.test(clause)) return null;
  // "(45% of the current Journeyman Inside Wireman rate of" over "$50.25 per hour)": the rate a
  // share is worked out from.
  if (clause.includes('%') && PERCENT_OF_RATE.test(clause)) return null;
  // "… plus variable Vergütung von bis" over "zu 20.000 € bei 100 % Zielerreichung": the
  // sentence that wrapped, from its clause's start on the line above.
  if (raw.carried !== '' && isNotPayClause(`${raw.carried} ${before}`)) return null;
  const sentence = `${raw.wrapped} ${sentenceBefore(line.text, min.start)}`;
  if (CANDIDATE_SENTENCE.test(sentence) || ANECDOTE_SENTENCE.test(sentence)) return null;
  if (sentence.includes('imum') && SUPPLEMENT_LIMIT.test(sentence)) return null;
  if (min.start < 80 && CANDIDATE_LABEL.test(line.text.slice(0, min.start))) return null;
  if (FULL_TIME_AFTER.test(after) && EQUIVALENT_BEFORE.test(before)) return null;
  // "£42,500 basic (£48,000 with shift allowance)": a second figure in brackets that adds the
  // allowance to the base is more than the base.
  if (/\(\s?[£$€]?\s?$/.test(before) && WITH_ALLOWANCE_AFTER.test(after)) return null;
  // "(actual, for 22.5 hrs — that's £24,750 FTE)".
  if (/\bthat['’]s\s*$/i.test(before) && /^[^.;()\n]{0,12}\bfte\b/i.test(after)) return null;
  const tail = before.trimEnd().slice(-OPEN_END_TAIL);
  if (EARN_UP_TO.test(tail) || BOARD_ESTIMATE.test(after)) return null;
  if (GUARANTEE.test(before) && FIRST_WEEKS.test(after)) return null;
  if (GUARANTEED_FIRST_WEEKS.test(after)) return null;
  if (SHIFT_TOTAL_BEFORE.test(before.slice(-40))) return null;
  if (CAP_OF_RAISES.test(line.text.slice(Math.max(0, min.start - 80), min.start))) return null;
  if (isOtherMoney(raw, period)) return null;
  if (inSurveySentence(line.text, min.start)) return null;
  if (!writtenCurrency && COUNT_UNIT.test(after)) return null;
  // "5-step plan", "3-year contract": a bare figure joined to a counted word counts ("60k-ish" and
  // "120K-Negotiable" are pay).
  if (!writtenCurrency && HYPHEN_WORD.test(after)) return null;
  // "1 hour for every 30 worked": a bare figure after "every" counts.
  if (!writtenCurrency && EVERY_BEFORE.test(before.slice(-12))) return null;
  if (NOT_MONEY_AFTER.test(after) || REGISTRATION_AFTER.test(after)) return null;
  if (isNotBasePay(before, after, min, writtenCurrency)) return null;
  if (!writtenPeriod && TOTAL_OVER_TERM.test(after)) return null;
  if (isRateTimesHours(line.text, min.start)) return null;
  if (isAddOnBeforeFigure(raw.labelText, before)) return null;

  // 5. Open ends: "up to X", "from X", "X+".
  let bandMin: number | null = lo;
  let bandMax: number | null = hi;
  if (!max) {
    if (UP_TO.test(tail)) bandMin = null;
    else if (
      FROM.test(tail) ||
      min.plus ||
      OR_MORE.test(line.text.slice(min.end, min.end + 70)) ||
      JA_OR_MORE.test(line.text.slice(min.end, min.end + 4)) ||
      SUFFIX_FROM.test(line.text.slice(min.start, min.end + 20))
    ) {
      bandMax = null;
    } else if (
      (currency === 'EUR' || currency === 'CHF') &&
      isAboveMinimum(line, context.previous, context.next)
    ) {
      bandMax = null;
    }
  }
  const start = line.start + min.start;
  const end = line.start + (max ?? min).end;
  return {
    band: { min: bandMin, max: bandMax, currency, period, label: null, spans: [{ start, end }] },
    strong,
    labelText: raw.labelText,
    noteAfter: NOTE_AFTER.exec(raw.after)?.[1] ?? null,
    line: context.index,
    bareDollar: writtenCurrency === '$',
    periodWritten: writtenPeriod !== null,
  };
}

function isAmountOnlyLine(text: string): boolean {
  return text.length < 40 && text.replace(/[A-Z]{3}|[^\p{L}]/gu, '') === '';
}

// "CHF 5'600.– pro Monat × 13 (je nach Erfahrung auch mehr)", "$20/hr or more with experience":
// the figure is a floor.
const OR_MORE =
  /^[^.;\n()]{0,30}(?:\([^()]{0,30})?(?<![\w\u00C0-\u024F])(?<!(?:hours?|hrs|stunden|heures|horas|days?|tage|jours|días|years?|jahre|ans|años|weeks?) )(?<!\d\s?)(?:auch|oder|or|voire|ou|o) (?:mehr|more|plus|más)(?![\w\u00C0-\u024F])(?!\s(?:years?|yrs|jahre|ans|años|hours?|days?))/i;

// Japanese "1,500円〜", "450万円以上", Korean "5,000만원 이상": that much or more.
const JA_OR_MORE = /^\s?(?:[〜～~](?!\s?\d)|以上|이상)/;

// Hungarian "1 100 000 Ft-tól", "950 000 Ft/hó-tól" and Turkish "120.000 TL'den başlayan": "from"
// as a suffix of the currency or its period.
const SUFFIX_FROM =
  /^[^\p{L}]{1,16}(?:Ft|HUF|forint|TL|TRY|€|EUR)?(?:\s?\/\s?(?:hó|hónap|óra|év|nap))?(?:-t[óő]l|['’](?:den|dan|ten|tan) (?:başlayan|itibaren|başlar))(?![\p{L}])/iu;

// A bracket after the amount and its unit words: "brutos/mes (mozo)", "per hour (Certificate IV)".
const NOTE_AFTER = /^[^()\n$€£\d]{0,25}?\(([^()$€£\d\n]{2,40})\)/;

// A bare range of two- or three-digit figures that a recruiter means in thousands: "base" right
// after it, or the range named right before it ("comp:", "the range for this role is").
const THOUSANDS_AFTER =
  /^\s?(?:base(?:\s(?:salary|pay))?(?=\s*(?:$|[,.;)+]|plus\b|and\b|with\b|depending\b))|(?:\+|plus)\s?(?:equity|bonus|an? (?:annual |yearly )?bonus)\b)/i;
const THOUSANDS_BEFORE =
  /(?:^|[\s(\-•*])(?:comp|compensation|salary|base|base salary|base pay|salary range|the range for (?:this|the) (?:role|position|job))(?: (?:is|was|would be|will be|sits at|of))?(?: (?:around|about|roughly))?\s?[:：-]?\s?~?$/i;
// Not when the line says how the figures are paid: by the hour, the day, a rate, with tips.
const NOT_IN_THOUSANDS =
  /\b(?:hours?|hourly|hr|daily|day|days|per|rate|ir35|w-?2|1099|c2c|doe|tips?|shifts?|penalty|super|pounds|lbs|kg)\b/i;

function isRangeInThousands(raw: RawCandidate, lo: number, hi: number): boolean {
  const { min, max } = raw;
  return (
    max !== null &&
    min.currency === null &&
    max.currency === null &&
    min.multiplier === null &&
    max.multiplier === null &&
    min.period === null &&
    max.period === null &&
    !min.decimals &&
    !max.decimals &&
    lo >= 50 &&
    hi > lo &&
    hi <= 999 &&
    !NOT_IN_THOUSANDS.test(`${raw.before.slice(-50)} ${raw.after.slice(0, 30)}`) &&
    (THOUSANDS_AFTER.test(raw.after.slice(0, 30)) || THOUSANDS_BEFORE.test(raw.before.slice(-40)))
  );
}

// "£26k to start, rising to £30k after your probation": a starting pay.
const TO_START_AFTER = /^\s?(?:to start|to begin(?: with)?|starting)\b/i;

const DURATION_AFTER = /^\s?(?:hrs?|hours?|days?|weeks?|wks?|months?|years?|yrs?)\b/i;

// A word after a bare figure that is not a pay word or a joiner ("to", "bis", "à", "y"), or an
// area's unit ("640,000 sq ft", "12.000 m²", "200 000 pi²").
const COUNTED =
  /^\s?(?:sq\.?\s?(?:ft|m)\b|sqm\b|(?:m|ft|pi)²|(?!(?:gross|brutto|brut|brute|bruto|bruts|net|netto|neto|nets|base|annual|annually|yearly|plus|to|bis|à|a|y|and|und|et|or|oder|ou|o|per|pro|par|por|jusqu|hasta|up|until|dollars?|euros?|pounds?|rupees?|pesos?|francs?|rand|lakhs?|lacs?|crores?|thousand|tausend|mille|mil|doe|dop|doq|negotiable|neg|depending|dependent|based|approx|approximately)\b)\p{L}(?:-?\p{L}){2,})/iu;

// A run of amounts under a lead-in that names the period once: "Ausbildungsvergütung (monatlich,
// brutto):" over "1. Ausbildungsjahr: 1.050 €" lines, "Pay (hourly):" over per-shift rates. Only
// for an amount with its currency written: a bare figure there may be a count ("401(k)").
function readLeadInPeriod(currency: string | null, context: LineContext): PayPeriod | null {
  const above = context.above;
  if (currency === null || !above || above.text.length > LEAD_IN_MAX) return null;
  if (!SALARY_WORD.test(above.text)) return null;
  if (context.sectionSaysPay) return readPeriodBefore(above.text);
  // Outside a pay section, a heading that names the period in its closing bracket: "POSITIONS &
  // SALARY (basic, per month)" over "1. HVAC Technician – 12 nos." and "AED 2,800 – 3,400 basic"
  // (not how often pay is paid: "We pay weekly (every Friday)", "Salary is paid monthly (by BACS)").
  const bracket = CLOSING_BRACKET.exec(above.text)?.[1]?.replace(BASIS_WORDS, '') ?? '';
  const period = bracket === '' ? null : readPeriodAfter(bracket, 0);
  return period && period.end >= bracket.trimEnd().length ? period.period : null;
}

// A line that opens with its pay words names the period once for all its amounts:
// "Vergütung (brutto/Monat): 1. Ausbildungsjahr 1.150 €    2. Ausbildungsjahr 1.220 €". Only
// for an amount with its currency written, as in readLeadInPeriod.
const HEAD_MAX = 120;

function readHeadPeriod(currency: string | null, text: string, headEnd: number): PayPeriod | null {
  if (currency === null || headEnd === 0 || headEnd > HEAD_MAX) return null;
  const head = text.slice(0, headEnd);
  return SALARY_WORD.test(head) ? readPeriodBefore(head) : null;
}

// Outside the US, the UK, Canada, Australia, New Zealand and India, pay is quoted by the month
// ("Gehalt: 3.200 € brutto", "$U 28.000 nominales"): an amount with a salary word and its
// currency but no period, too small for a year, is a month's pay.
const ANNUAL_QUOTING = new Set(['USD', 'GBP', 'CAD', 'AUD', 'NZD', 'INR']);
// In US dollars: above this, a month's pay is unlikely enough to leave the amount unread.
const MONTHLY_LOOKING_MAX_USD = 12000;

// And below this, a fee ("a take-home case study, paid at €150"), not a month's pay.
const MONTHLY_LOOKING_MIN_USD = 250;

// Other money up to an amount: "plus variable Vergütung von bis zu", "commission of up to",
// "tuition assistance of up to" (not "a non-commission position that pays up to").
const OTHER_MONEY_UP_TO =
  /(?<!\bnon-?)\b(?:variabler?|variablen|variable|bonus|prämie|provision|commission|incentive|tuition|reimbursement|allowance|stipend)\b[^.;,$€£\d]{0,30}\b(?:bis(?: zu)?|up to|jusqu['’]à|hasta)\s*$/i;

// The clause that wrapped onto the amount's line names other money up to the amount: "tuition"
// over "assistance of up to $5,250", "variable Vergütung von bis" over "zu 20.000 €". Only "up
// to" right before it: a clause that only mentions a bonus ("eligible for our annual bonus
// scheme and will start" over "on £45,000") leads into the pay.
// Only a later promotion: "trainees are promoted to", "upon completion … you will be promoted to"
// (not "Officers promoted to Sergeant are paid on the Sergeant pay range of" for a Sergeant).
const PROMOTED = /promoted/i;
const PROMOTED_TO =
  /\b(?:trainees?|apprentices?|interns?|graduates?|cadets?|you|(?:upon|after|once|when)\b[^.;]{0,60}?)\s(?:(?:are|is|will be|['’]ll be|get|gets|can be|may be|be)\s)?promoted to\b[^.;$€£\d]{0,60}?\b(?:range|rate|salary|pay)(?: of| is)?\s*$/i;

function isNotPayClause(text: string): boolean {
  return OTHER_MONEY_UP_TO.test(text.slice(clauseStartIn(text)));
}

// Where the last clause of `text` starts: after its last "; ", ". " or ", ".
function clauseStartIn(text: string): number {
  return Math.max(text.lastIndexOf('; '), text.lastIndexOf('. '), text.lastIndexOf(', ')) + 1;
}

// "+", or the word: "3.800 € – 4.300 € plus jährliche Erfolgsbeteiligung" (a month's pay, its
// bonus yearly).
const ADD_ON_WORD = /\+|\b(?:plus|zzgl\.?|zuzüglich|and|und|et|y)\s/i;

function upToAddOn(text: string): string {
  const plus = text.search(ADD_ON_WORD);
  return plus < 0 ? text : text.slice(0, plus);
}

// A field's label and nothing else before the figure: "Renta Bruta: 2.156.411". With no unit
// written, only a modest month's pay ("Remuneration: 150,000 - 180,000" in Durban is a year's).
const BARE_MONTHLY_MAX_USD = 5000;
const FIELD_LABEL = /^[-•*\s]{0,3}[^\d:：]{2,30}[:：]\s?$/;

function isPayLabelled(text: string, at: number): boolean {
  const label = text.slice(0, at);
  return FIELD_LABEL.test(label) && SALARY_WORD.test(label);
}

function isMonthlyLooking(
  currency: string,
  lo: number,
  hi: number,
  country: string | null,
  lineText: string,
): boolean {
  const floor = MONTHLY_LOOKING_MIN_USD / (LOW_WAGE_FLOOR_DIVISOR[currency] ?? 1);
  const byMonth =
    !ANNUAL_QUOTING.has(currency) ||
    (currency === 'USD' && country !== null && MONTHLY_USD_COUNTRIES.has(country)) ||
    // "Salary: ₹15,000 - ₹20,000": rupees up to a lakh are a month's pay; a pay matrix's level
    // ("Level 12 (₹ 1,01,500 – 1,67,400)") up to two and a half. A CTC is a year's.
    (currency === 'INR' &&
      !/\bCTC\b/i.test(lineText) &&
      hi * (PER_USD.INR ?? 1) <=
        (PAY_MATRIX.test(lineText) ? INR_MONTHLY_MAX : INR_MONTHLY_MAX_UNNAMED));
  return byMonth && lo >= floor && hi <= MONTHLY_LOOKING_MAX_USD;
}

const INR_MONTHLY_MAX = 250_000;
const INR_MONTHLY_MAX_UNNAMED = 100_000;
const PAY_MATRIX = /\bpay (?:matrix|level|scale|band)\b|\blevel \d{1,2}\b/i;

// Only a short single number: "Salary range 85,000 - 95,000 per year" is pay.
const GRADE_NUMBER_MAX = 1000;
const NUMBER_OF_BEFORE =
  /\b(?:range|grade|step|band|level|class|tier|scale|schedule|job code|class code)\s?(?:no\.?|#)?\s?$/i;

const AVERAGE_PAY_LABEL =
  /\baverage (?:[\w-]+ ){1,4}(?:salary|pay|wage) (?:in|for|across) [^:\n$€£]{2,40}:\s*$/i;

// Where dollar pay is quoted by the month: "Up to $2,500 (gross)" in Ho Chi Minh City, Manila,
// Dubai or Bogotá is a month's pay.
const MONTHLY_USD_COUNTRIES = new Set(
  ['VN', 'PH', 'ID', 'TH', 'MY', 'KH', 'MM', 'LA', 'BD', 'LK', 'PK', 'NP', 'AE', 'SA', 'QA']
    .concat(['KW', 'BH', 'OM', 'JO', 'LB', 'EG', 'NG', 'GH', 'KE', 'UG', 'TZ', 'ET', 'RW'])
    .concat(['MX', 'CO', 'AR', 'CL', 'PE', 'EC', 'BO', 'PY', 'UY', 'VE', 'GT', 'CR', 'PA'])
    .concat(['DO', 'SV', 'HN', 'NI', 'BR', 'UA', 'RS', 'GE', 'AM', 'AZ', 'UZ', 'MD', 'BY', 'KG'])
    .concat(['KZ', 'MN', 'MK', 'BA', 'AL']),
);

// Allowances, pay with tips, averages and a board's estimates: money, but not base pay.
function isOtherMoney(raw: RawCandidate, period: PayPeriod): boolean {
  const { before, after } = raw;
  if (NOT_BASE_PAY_BEFORE.test(before) || NOT_BASE_PAY_AFTER.test(after)) return true;
  const lead = before.trimEnd();
  // "평균 연봉: 4,870만원": a colon may end the words before the amount.
  const asianLead = lead.endsWith(':') || lead.endsWith('：') ? lead.slice(0, -1).trimEnd() : lead;
  if (asianLead.charCodeAt(asianLead.length - 1) > 0x2fff && ASIAN_NOT_PAY_BEFORE.test(asianLead)) {
    return true;
  }
  const next = after.charCodeAt(after.charCodeAt(0) === 32 ? 1 : 0);
  if (next > 0x2fff && ASIAN_NOT_PAY_AFTER.test(after)) return true;
  if (TIPS_BEFORE.test(before.slice(-70))) return true;
  if (raw.wrapped !== '' && CARRIED_NOT_PAY.test(`${raw.wrapped} ${before}`)) return true;
  // "est." ends a clause for `before`: the label text still has it ("Est." too).
  if (raw.labelText.includes('st. ') && EST_SALARY.test(raw.labelText)) return true;
  // A room's cost, an on-call allowance, a life cover's cap; a guide's average for the trade
  // ("Average Financial Adviser salary in Swansea: £41,750").
  if (NOT_BASE_PAY_LABEL.test(raw.labelText) || AVERAGE_PAY_LABEL.test(raw.labelText)) return true;
  if (period === 'hour') return false;
  // Substring tests first: nearly every amount has no "diem" near it.
  return (
    (before.includes('iem') && PER_DIEM.test(before)) ||
    (after.includes('iem') && PER_DIEM.test(after.slice(0, 25)))
  );
}

// Chinese, Japanese and Korean words before an amount that is no base pay: what the best earn
// ("优秀同事年收入可达25万以上"), a commission, bonus or allowance ("餐补30元/天", "交通費"), the
// pay after a trainee is made permanent ("转正后薪资 10000-14000"), a referral reward ("추천인
// 50만원"); not one the pay includes or leaves apart ("주휴수당 포함 시급", "交通費込み",
// "성과급 별도 연봉"). Tested only when the text before the amount ends in such a script (no \b there).
// "월 1억원 이상 광고 예산": a budget's amount (not "月給25万円＋売上歩合", pay with a share of
// sales). A note's other rate: the fixed overtime pay a monthly salary holds ("固定残業代（月45時間分
// ／6万円～）"), a later hour's rate ("22時以降は時給1,875円"), a training period's. A count of users
// ("累计注册用户超过2,000万"), not money.
const ASIAN_NOT_PAY_AFTER = /^[^。\n\d＋+（(，,]{0,8}(?:예산|预算|預算|予算)/;

const ASIAN_NOT_PAY_BEFORE =
  /(?:可达|可達|高达|高達|提成|奖金|獎金|补贴|補貼|餐补|餐補|津贴|津貼|转正后|轉正後|轉正職|转正职|冠军|冠軍|分賬|分账|小費|小费|手当|賞与|ボーナス|交通費|インセンティブ|正社員登用|수당|상여|보너스|성과급|추천인|지원자|지원금|보상금|인센티브|참가비|정규직 전환|평균|예상|예산|预算|預算|予算|固定残業代|残業時|換算|深夜割増|\d時以降|研修期間|研修中|(?:用户|用戶|注册|註冊|下载|下載|粉丝|粉絲|学员|學員|ユーザー|登録者|사용자|가입자)(?:数|數|量|수)?\s?(?:超过|超過|突破|达到|達到|逾|超))(?:(?!포함|込|含|별도|別途|後)(?:[^。；;\n\d]|\d件|\d{1,3}時間|\d{1,2}(?:か月|ヶ月|ヵ月|カ月|日間|週間))){0,16}$/;

// "Our 2026 salary snapshot: a facilities engineer ... earns a median of RM 6,800/month, while
// 5-8 years sits around RM 9,200": a market survey's figures, not this job's pay. The sentence up
// to the amount names the survey.
const SURVEY =
  /\b(?:salary|pay|wage|market|compensation|gehalts?|salaires?|salarial) ?(?:snapshot|survey|index|report|benchmark|barometer|studie|étude|encuesta|estudio)\b/i;
const SURVEY_WORD =
  /snapshot|survey|index|report|benchmark|barometer|studie|étude|encuesta|estudio/i;

// "Data Analyst salary at Kavera ranges between ₹4.2 Lakhs to ₹7.8 Lakhs per year", "… (avg. ₹23.5
// LPA), based on 412 salaries": a board's report of what others are paid, anywhere in the
// sentence.
const REPORTED =
  /\bbased on (?:over |more than |about )?\d[\d,.]*\+? (?:salar(?:y|ies)|pay reports?|reports|data points|submissions|responses|profiles|employees|users)\b|\bsalary at(?<!\b(?:base|starting|the|our|your|annual|hourly) salary at) (?!the\b|time\b|hire\b)[^.]{2,60} ranges? (?:between|from)\b/i;
const REPORTED_WORD = /based on|ranges/i;
// A full stop before a capital or the end: not "avg. ₹23.5".
const SENTENCE_END = /[.!?](?=\s+\p{Lu}|\s*$)/gu;

function inSurveySentence(text: string, at: number): boolean {
  const reported = REPORTED_WORD.test(text);
  const head = text.slice(Math.max(0, at - 200), at);
  const survey = SURVEY_WORD.test(head);
  if (!reported && !survey) return false;
  // The sentence up to the amount.
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  const opening = stop < 0 ? head : head.slice(stop + 2);
  if (reported) {
    SENTENCE_END.lastIndex = at;
    const end = SENTENCE_END.exec(text)?.index ?? at + 250;
    if (REPORTED.test(`${opening}${text.slice(at, end)}`)) return true;
  }
  return survey && SURVEY.test(opening);
}

// German compounds ("Monatslohn CHF 8'400") are read only before a euro or franc amount: the
// test would cost every other amount a scan for nothing.
function readGermanPeriod(currency: string | null, before: string): PayPeriod | null {
  return currency === 'EUR' || currency === 'CHF' ? readCompoundPeriod(before) : null;
}

// A short listing line that is (nearly) only the amount: "117k-234k", "Salary117k-234k". In the
// header's meta line of cells ("Full time | $78,000 – $84,000 + super + staff meals") only the
// amount's own cell counts (further down, "Title · City · CHF 140'000" is another job's ad), and
// perks added after the amount ("+ super", "plus benefits") are not other words.
function isListing(
  text: string,
  min: MoneyToken,
  max: MoneyToken | null,
  header: boolean,
): boolean {
  const end = (max ?? min).end;
  const from = header ? cellStart(text, min.start) : 0;
  const to = isPerkTail(text, end) ? end : header ? cellEnd(text, end) : text.length;
  const words = countWords(text, from, min.start, 4) + countWords(text, end, to, 4);
  return words <= 3;
}

// A "Who is hiring" post opens with one row of at least four "|" cells: "Company | Role | City |
// Full-time | $190k-$240k + equity". Only before the first heading, like a board's header.
const META_ROW_PIPES = 3;

// Or of dashes between spaces (or dots, beside a cell of the job's terms), the amount a cell of its
// own: "Junior Civil EIT - Moncton, NB - $62-70K - Tidewater Ltd.", "Perth Road, Dundee · on-site
// · full-time · £26,000–£29,000" (not "… - Projects $500,000 to $2,000,000").
function isMetaRow(text: string, min: MoneyToken, max: MoneyToken | null): boolean {
  let pipes = 0;
  let dashes = 0;
  // Dots divide a meta row that names the job's terms; a row "Title · City · CHF 140'000" is
  // another job's ad.
  const dotted = (text.includes('·') || text.includes('•')) && TERMS_CELL.test(text);
  for (let i = 1; i < text.length - 1 && pipes < META_ROW_PIPES; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c) pipes++;
    else if ((isDash(c) || (dotted && (c === 0xb7 || c === 0x2022))) && isSpacedDash(text, i)) {
      dashes++;
    }
  }
  if (pipes >= META_ROW_PIPES) return true;
  if (dashes < META_ROW_PIPES) return false;
  const end = (max ?? min).end;
  const cell =
    text.slice(cellStart(text, min.start), min.start) + text.slice(end, cellEnd(text, end));
  // "— $110-130K DOE —": the words that qualify pay leave it alone in its cell.
  return !/\p{L}/u.test(cell.replace(CELL_PAY_WORDS, ''));
}

const CELL_PAY_WORDS = /\b(?:DOE|DOQ|negotiable|neg|base|gross|brutto|p\.?a\.?)\b/gi;

const TERMS_CELL =
  /(?:^|\s[·•]\s)(?:on-?site|remote|hybrid|full[- ]time|part[- ]time|contract|permanent|temporary|freelance)(?=\s[·•]\s|$)/i;

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

function isSpacedDash(text: string, i: number): boolean {
  return text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20;
}

// Cell separators of a board's meta line: "|", "·", "•", a dash between spaces.
function isCellBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x7c || c === 0xb7 || c === 0x2022 || (isDash(c) && isSpacedDash(text, i));
}

function cellStart(text: string, before: number): number {
  let i = before;
  while (i > 0 && !isCellBreak(text, i - 1)) i--;
  return i;
}

function cellEnd(text: string, after: number): number {
  let i = after;
  while (i < text.length && !isCellBreak(text, i)) i++;
  return i;
}

// "$78,000 + super + staff meals", "£40k plus benefits": perks added to the base pay.
function isPerkTail(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x2b || text.startsWith('plus ', i);
}

// Runs of two or more letters in text[start, end), counting up to `limit`.
function countWords(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let run = 0;
  for (let i = start; i < end && count < limit; i++) {
    if (isLetter(text.charCodeAt(i))) {
      run++;
      if (run === 2) count++;
    } else {
      run = 0;
    }
  }
  return count;
}

const FTE_AFTER = /^\s?(?:\(?FTE\b|pro[- ]rata\b|full[- ]time equivalent\b)/i;

// What stands before and after an amount given as an item of its own.
const ITEM_BEFORE = /(?:^|[.:;,(|•·–—]|\s-)\s*$/;
const PACKAGE_PART_AFTER =
  /^\s?(?:\+|plus)\s?(?:(?:meaningful|generous|significant|some|early[- ]stage) )?(?:equity|bonus|stock|options|rsus?)\b/i;
const ITEM_AFTER = /^\s*(?:$|[,;.)|•·]|\+|[-–—]\s|\/|(?:base|basic|salary|gross|brut|OTE)\b)/i;
// "up to €38k depending on exp": a sum that varies with the candidate is pay.
const DEPENDING_AFTER =
  /^\s?[,(]?\s?(?:depending on (?:your )?(?:exp(?:erience)?|skills|qualifications)\b|(?:doe|doq)(?=\s*(?:$|[,.;)+]))|based on (?:your )?experience\b)/i;

function isYearLike(token: MoneyToken): boolean {
  return !token.formatted && !token.decimals && token.value >= 1900 && token.value <= 2100;
}

// "mileage is paid at 45p per mile": pence, never a rate of pay.
function isPence(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x70) return false;
  // Not "p.a." / "p/h": only a "p" that ends the word.
  const next = text.charCodeAt(end + 1);
  return Number.isNaN(next) || isSpace(next) || next === 0x2c || next === 0x29;
}

// "10,000+ employees", "24/7", "1-800-555-0199", "Option 1": not money at all. Nor the "401k"
// retirement plan, nor a pay grade's number ("Entgeltgruppe 2", "Level 3", "échelon 4").
// "$58,412 (BA + 0, Step 0) to $112,904", "$265.22 per day (A1) to": a small count in a note on
// the amount (or the rate) before it.
const AMOUNT_BEFORE_NOTE = /(?:\d|\b(?:per|an?|\/) ?(?:hour|hr|day|week|month|year|annum))\s?$/;

function isInAmountNote(text: string, token: MoneyToken): boolean {
  if (token.value >= 100 || token.decimals || token.formatted) return false;
  const open = text.lastIndexOf('(', token.start);
  if (open < 1 || text.lastIndexOf(')', token.start) > open) return false;
  // "14 (16 nach Probezeit)": a figure that opens the note is a second amount.
  if (!/\p{L}/u.test(text.slice(open, token.start))) return false;
  return AMOUNT_BEFORE_NOTE.test(text.slice(Math.max(0, open - 12), open));
}

function isNoise(text: string, token: MoneyToken): boolean {
  // Register numbers are long: a cheap test before the look back.
  if (!token.formatted && token.value >= 10000 && isRegisterNumber(text, token.start)) return true;
  if (token.currency) return false;
  if (token.multiplier) return token.value === 401000 && !token.decimals;
  // "(1099 contractor)": the US tax form a contractor files, no amount.
  if (
    token.value === 1099 &&
    !token.formatted &&
    TAX_FORM_AFTER.test(text.slice(token.end, token.end + 14))
  ) {
    return true;
  }
  if (
    isNumberSign(text, token.start) ||
    isSectionNumber(text, token.end) ||
    isPence(text, token.end) ||
    isOrdinal(text, token) ||
    isGradeNumber(text, token) ||
    isPhoneGroup(text, token) ||
    isPostcode(text, token) ||
    isHouseNumber(text, token) ||
    isClockTime(text, token) ||
    isInAmountNote(text, token)
  ) {
    return true;
  }
  // "(0 years)", "(20+ years)": a count of years in a schedule's note.
  if (
    token.value < 100 &&
    text.charCodeAt(token.start - 1) === 0x28 &&
    YEARS_AFTER.test(text.slice(token.end, token.end + 12))
  ) {
    return true;
  }
  // "(40 hrs/week)", "(36 guaranteed hours/week)": hours worked, not an hourly rate.
  if (HOURS_PER.test(text.slice(token.end, token.end + 30))) return true;
  // "Class of 2025 — $225,000", "FY 2026 – $80,000": a year, not the low end of a range.
  if (isYearNamed(text, token)) return true;
  // "$300 per 24-hour shift", "a 12-hr day": a length, joined to its unit by a hyphen.
  if (
    text.charCodeAt(token.end) === 0x2d &&
    LENGTH_UNIT.test(text.slice(token.end, token.end + 8))
  ) {
    return true;
  }
  // "24/7", "a 50/50 split", "12/05/2025": either side of a slash between figures.
  if (text.charCodeAt(token.end) === 0x2f && isDigit(text.charCodeAt(token.end + 1))) return true;
  return text.charCodeAt(token.start - 1) === 0x2f && isDigit(text.charCodeAt(token.start - 2));
}

const LENGTH_UNIT = /^-(?:hours?|hrs?|days?|weeks?|months?|years?)\b/i;

// "Oranienstraße 183", "Keizersgracht 62": a house number after its street, as Germany, the
// Netherlands and Scandinavia write it.
const STREET_BEFORE =
  /\p{Ll}(?:straße|strasse|str\.|gasse|weg|allee|platz|damm|ufer|straat|laan|gracht|plein|kade|vej|gatan|gata|gade|veien) $/u;

// "15900 E Smith Rd", "221 Baker Street": a house number before its street, as English writes it.
const STREET_AFTER =
  /^ (?:[NSEW]\.? )?(?:\p{Lu}[\p{L}'’-]* ){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Cres|Crescent|Cir|Circle|Sq|Square|Terrace|Tce)\b/u;

function isHouseNumber(text: string, token: MoneyToken): boolean {
  if (token.formatted || token.decimals || token.value >= 100000) return false;
  return (
    (token.value < 10000 &&
      STREET_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))) ||
    (text.charCodeAt(token.end) === 0x20 &&
      STREET_AFTER.test(text.slice(token.end, token.end + 50)))
  );
}
const YEAR_LEAD = /\b(?:class of|cohort|promo(?:tion)?|jahrgang|fy|promoción)\s?$/i;

function isYearNamed(text: string, token: MoneyToken): boolean {
  return (
    !token.formatted &&
    !token.decimals &&
    token.value >= 1950 &&
    token.value <= 2100 &&
    token.end - token.start === 4 &&
    YEAR_LEAD.test(text.slice(Math.max(0, token.start - 12), token.start))
  );
}
// Maybe as the low end of a range: "16–20 Stunden/Woche".
const YEARS_AFTER = /^\+?\s?(?:years?|jahren?|ans|años)\b/i;
const HOURS_PER =
  /^(?:\s?(?:[–-]|to|bis|à|a)\s?\d{1,2}(?:[.,]\d)?)?\s?(?:(?:guaranteed|contracted|scheduled|paid|working|regular|garantierte|garanties|garantizadas) )?(?:hrs?|hours?|h|std\.?|stunden|heures|horas)\s?(?:\/|per|a|pro|par|por)\s?(?:week|wk|woche|semaine|semana|day|tag|jour|día)\b/i;

// "Reg. No. R1988342", "EA Licence No. 16S8194", "UEN 201912345K", "registered charity (No.
// 81234 5678 RR0001)": a register's number, even when it opens with a currency's letter; a job's
// number ("Numéro de l'offre d'emploi : 3194527", "Req ID: 48213"). A
// standard's number too: "ISO 27001", "ISO/IEC 17025", "EN 1090", "DIN 276", "IATF 16949".
const REGISTER_BEFORE =
  /\b(?:reg(?:istration|istered)?\.?\s?(?:no|nr|number)\.?|registered in (?:[A-Z][a-z]+ ){1,3}(?:no|nr|number)\.?|licen[cs]e\s?(?:no|nr|number)\.?|(?:company|charity|vat|tax)\s?\(?(?:reg(?:istration)?\.?\s?)?(?:no|nr|number|id)\.?|uen|abn|acn|cipc|siret|siren|hrb|hra|fn|uid|atu|cif|nif|cnpj|firmenbuch(?:nummer)?|handelsregister|num[ée]ro de l['’]offre(?: d['’]emploi)?|n[°º] de l['’]offre|(?:job|req(?:uisition)?|posting|vacancy|ref(?:erence)?)\.?\s?(?:id|no|nr|number|#)\.?|référence|número de (?:la )?(?:oferta|vacante)|kennziffer|stellen-?id)\s?[:#]?\s?$/i;

// In capitals only: Spanish "en 14 pagas" is no standard.
const STANDARD_BEFORE =
  /\b(?:ISO|IEC|EN|DIN|NF|BS|ANSI|ASTM|IEEE|IATF|VDA|SAE|NFPA|AS\/NZS)(?:\/IEC)?\s?$/;

function isRegisterNumber(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return REGISTER_BEFORE.test(before) || STANDARD_BEFORE.test(before);
}

// "ab dem 2. Semester", "im 3. Lehrjahr": a German ordinal, a small figure with a dot and a word.
function isOrdinal(text: string, token: MoneyToken): boolean {
  return (
    token.value < 100 &&
    !token.formatted &&
    !token.decimals &&
    text.charCodeAt(token.end) === 0x2e &&
    text.charCodeAt(token.end + 1) === 0x20 &&
    isLetter(text.charCodeAt(token.end + 2))
  );
}

// "full day 08:00–18:30": either side of a clock time's colon is no amount.
function isClockTime(text: string, token: MoneyToken): boolean {
  const s = token.start;
  const e = token.end;
  return (
    (text.charCodeAt(s - 1) === 0x3a && isDigit(text.charCodeAt(s - 2))) ||
    (text.charCodeAt(e) === 0x3a &&
      isDigit(text.charCodeAt(e + 1)) &&
      isDigit(text.charCodeAt(e + 2))) ||
    // French "de 15 h à 23 h 30": the hour before " h", the minutes after it.
    (!token.currency &&
      token.value <= 59 &&
      (FRENCH_HOUR_BEFORE.test(text.slice(Math.max(0, s - 6), s)) ||
        (token.value <= 24 && FRENCH_HOUR_AFTER.test(text.slice(e, e + 6)))))
  );
}

const FRENCH_HOUR_BEFORE = /(?<!\d)(?:[01]?\d|2[0-4]) ?h ?$/;
const FRENCH_HOUR_AFTER = /^ ?h(?: ?\d{2}|\b)(?![/])/;

// "M: 07700 900518", "T: 020 7946 0832", "Registered No. 08844213", "555-0199": phone and register
// numbers. An amount never opens with a zero digit group, nor runs on into one.
const PHONE_BEFORE = /\+\d{1,3}(?:[ -]\d{1,5}){1,3}[ -]$/;

function isPhoneGroup(text: string, token: MoneyToken): boolean {
  const s = token.start;
  if (text.charCodeAt(s) === 0x30 && isDigit(text.charCodeAt(s + 1))) return true;
  const e = token.end;
  if (text.charCodeAt(e) === 0x2d && text.charCodeAt(e + 1) === 0x30) return true;
  // The digit group right before, across one space or hyphen.
  let i = s - 1;
  const c = text.charCodeAt(i);
  if (c === 0x20 || c === 0x2d) i--;
  let j = i;
  while (j >= 0 && isDigit(text.charCodeAt(j))) j--;
  if (i - j >= 2 && text.charCodeAt(j + 1) === 0x30) return true;
  // "+31 77 555 0180": an international prefix, right before or groups back ("+44 7700 900 877").
  if (text.charCodeAt(s - 1) === 0x2b || (i - j >= 1 && text.charCodeAt(j) === 0x2b)) return true;
  if (PHONE_BEFORE.test(text.slice(Math.max(0, s - 18), s))) return true;
  // Australia's "1300 555 210" and "1800 …" numbers.
  return i - j === 4 && /^1[38]00$/.test(text.slice(j + 1, i + 1)) && !isDigit(text.charCodeAt(j));
}

// "42 quai de Southampton, 76600 Le Havre", "Hauptstraße 5, 80331 München": a bare four- or
// five-digit figure after a comma (or a chip line's dot or bar) and before a capitalised town.
const TOWN_AFTER =
  /^ (?!(?:EUR|EUROS?|Euros?|CHF|USD|GBP|Brutto|Netto|Brut|Bruto|Jahr|Monat|Stunde)\b)\p{Lu}\p{Ll}/u;

// "2716 E Hamilton Ave, Fresno CA 93721": a US ZIP code after its state's code (or Puerto
// Rico's).
const STATE_BEFORE = /(?:^|[\s,])([A-Z]{2}),?\s$/;

// A town's name and an opening bracket: "Lyon (" before "69007)".
const TOWN_BRACKET_BEFORE = /\p{Lu}\p{Ll}[\p{L}'’-]*\s?\($/u;

// "Singapore 139951", "S(139951)": a Singapore postcode after the city.
const SG_POSTCODE_BEFORE = /(?:Singapore|\bS\(?)\s?$/;

function isPostcode(text: string, token: MoneyToken): boolean {
  if (token.formatted || token.decimals) return false;
  if (token.end - token.start === 6 && SG_POSTCODE_BEFORE.test(text.slice(0, token.start))) {
    return true;
  }
  // India's six-digit PIN after a town and before its state: "Bhubaneswar – 751013, Odisha",
  // "Pune - 411057, Maharashtra".
  if (
    token.end - token.start === 6 &&
    PIN_TOWN_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start)) &&
    PIN_STATE_AFTER.test(text.slice(token.end, token.end + 14))
  ) {
    return true;
  }
  if (token.value < 1000 || token.value > 99999) return false;
  // "Lyon (69007)", "Paris (75008)": a postcode in brackets after its town.
  if (
    token.end - token.start === 5 &&
    text.charCodeAt(token.end) === 0x29 &&
    TOWN_BRACKET_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start))
  ) {
    return true;
  }
  let i = token.start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  // "… · Oranienstraße 183 · 10999 Berlin · Impressum": a footer's parts between dots or bars.
  const c = text.charCodeAt(i);
  if (
    (c === 0x2c || c === 0xb7 || c === 0x7c || c === 0x2022) &&
    TOWN_AFTER.test(text.slice(token.end, token.end + 12))
  ) {
    return true;
  }
  const state =
    token.end - token.start === 5
      ? STATE_BEFORE.exec(text.slice(Math.max(0, token.start - 5), token.start))
      : null;
  const code = state?.[1] ?? '';
  return US_STATE_CODES.has(code) || code === 'PR';
}

const PIN_TOWN_BEFORE = /\p{Lu}\p{Ll}+\s?[-–,]\s?$/u;
const PIN_STATE_AFTER = /^,?\s?\p{Lu}\p{Ll}{2,}/u;

// "1099 contractor", "(1099)", "1099 (invoice monthly)", "1099, net 15".
const TAX_FORM_AFTER =
  /^\)|^\s?[,(]|^\s(?:contract|contractor|form|basis|position|employee|status|worker|only|or w-?2)\b/i;

// "CSLB Lic #1023344", "Req # 24-31877": a number after a number sign (or a section sign) is an
// identifier, all its parts.
function isNumberSign(text: string, start: number): boolean {
  // "Req #: BPS-OH-20931", "REQ-88213": the digits of a code joined to its letters by a hyphen.
  const before = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) === 0x2d && before >= 0x41 && before <= 0x5a) return true;
  let i = start - 1;
  while (i >= 0 && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d)) i--;
  if (text.charCodeAt(i) === 0x20) i--;
  // Also a statute's section: "Texas LGC §141.032".
  return text.charCodeAt(i) === 0x23 || text.charCodeAt(i) === 0xa7;
}

// A plan's or a section's number: "403(b)", "457(b)".
function isSectionNumber(text: string, end: number): boolean {
  return (
    text.charCodeAt(end) === 0x28 &&
    text.charCodeAt(end + 2) === 0x29 &&
    isLowerAscii(text.charCodeAt(end + 1))
  );
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

// A grade word right before a small bare figure. Words are at most 14 characters long, so the
// test runs on the 16 characters before the figure.
// "Grade C2", "Band 7": the letters of a grade's code may lead its number.
const GRADE_WORD =
  /(?:gruppe|stufe|klasse|level|grade|band|tier|step|(?<!pay )scale|\bscp|\bpoints?|\bEG|échelon|niveau|coefficient|nivel|categor[ií]a|escalón)(?:\s?|\s[A-Z]{1,2}-?)$/i;

// A point of the English teachers' scales: "M1 £31,650 - U3 £49,084".
const TEACHER_POINT = /(?<![A-Za-z])[MU]$/;

const LETTER_CODE = /(?:^|[\s(:])[A-Z]$/;

function isGradeNumber(text: string, token: MoneyToken): boolean {
  if (token.formatted || token.decimals || token.value >= 1000 || token.start === 0) return false;
  const before = text.slice(Math.max(0, token.start - 16), token.start);
  return (
    GRADE_WORD.test(before) ||
    (token.value <= 6 && TEACHER_POINT.test(before)) ||
    // "PAY GRADE: N3 — $19.87": a grade's code, one capital and its number.
    (token.value < 100 && LETTER_CODE.test(before))
  );
}

// "$120k–$160k/yr (paid in USDC or fiat)": a dollar stablecoin names US dollars.
const PAID_IN_USD = /\b(?:paid in|in) (?:USDC|USDT|USD)\b/;
const SAYS_BASE_AFTER =
  /^\s?(?:base|basic|fixed)(?: (?:salary|pay))?(?![\w\u00C0-\u024F])(?!\s?(?:bonus|commission))/i;
const ESTIMATE_BEFORE =
  /\b(?:so |that['’]s |which is )?(?:roughly|approx\.?|approximately|around|about|circa)\s*$/i;
const PACKAGE_AFTER = /^\s?(?:total )?(?:package|all[- ]in|total comp(?:ensation)?)\b/i;

// "USD $3,800": the code right before the sign, on its line ("Proficient in CAD $60,000" and
// "Tools: SolidWorks, CAD" over the amount name the drawing software).
const DOLLAR_CODE_BEFORE =
  /(?<!\b(?:in|with|using|and|or|of|,)\s)\b(USD|CAD|AUD|NZD|SGD|HKD|MXN|COP|ARS|CLP|UYU|FJD|JMD|TTD|NAD|XCD|BBD|BSD|BZD|GYD|SBD|KYD|TWD|BND) ?$/;

// "*US: $212,000–$248,000* | *Canada: CA$238,000–CA$279,000*": a country's band, in its dollar.
// Only a dollar country's name: a town ("Vancouver:", "Sydney:" in a chat) or "Sr:" is no label
// of currency, and "CA:" is California.
const COUNTRY_LABEL =
  /(?:^|[\s*|(•·-])(US|USA|U\.S\.|United States|Canada|Australia|New Zealand|Singapore|Hong Kong)\s?[:：]\s?\*?$/;

function dollarOfPlaceLabel(before: string): string | null {
  const label = COUNTRY_LABEL.exec(before)?.[1];
  const country = label ? countryNamed(label) : null;
  return country ? dollarOfCountry(country) : null;
}

function resolveCurrency(written: string | null, options: SalaryOptions): string | null {
  const country = options.country;
  if (written === '$') return dollarOfCountry(country);
  if (written === 'kr') {
    const local = currencyOfCountry(country);
    if (local === 'NOK' || local === 'DKK' || local === 'SEK' || local === 'ISK') return local;
    return options.krone?.() ?? 'SEK';
  }
  if (written) return resolveLocalCurrency(written, country);
  return currencyOfCountry(country);
}

// One band per distinct figure; labels only when the posting gives several bands.
function chooseBands(all: Candidate[], lines: Line[]): SalaryBand[] {
  const last = all[all.length - 1];
  if (!last) return [];
  // Amounts in other ads or replies appended below the posting are not its pay.
  const otherAds = findOtherAdsStart(lines, last.line);
  let candidates = otherAds < lines.length ? all.filter((c) => c.line < otherAds) : all;
  // A chat where the hiring side gives the pay only after the other side's first reply ("Go for
  // it 🙂" … "Salary is $72,000 + super"): the poster's own later messages.
  if (candidates.length === 0 && otherAds < lines.length) {
    // Not a seeker's: "looking for a kitchen job, know anything?" … "would they do $31/hr?".
    const poster = posterBeforeReply(lines);
    if (poster !== null && !seeksJob(openingOf(lines, poster))) {
      const senders = lineSenders(lines);
      candidates = all.filter(
        (c) => senders[c.line] === poster && !turnsToOtherJobs(lines[c.line]?.text ?? ''),
      );
    }
  }
  // A talk between two people: the hiring side's figures; the other's are their own pay or ask
  // ("I'm junior sous at Rae's, $68k + super").
  const talk = chatDialogue(lines);
  if (talk) {
    const hiring = candidates.filter((c) => talk.senders[c.line] === talk.main);
    if (hiring.length > 0) candidates = hiring;
    // When the hiring side gives none, a seeker who opened the chat quotes the job's pay only in
    // that opening ("I saw your ad for the kitchen hand job at $25/hr"); later it is their ask.
    else if (talk.seekerOpened) {
      const replied = talk.senders.indexOf(talk.main);
      candidates = candidates.filter((c) => replied < 0 || c.line < replied);
    }
  }
  applyWrittenDollar(candidates);
  const anyStrong = candidates.some((c) => c.strong);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const same = kept.find((k) => sameBand(k.band, c.band));
    if (same) {
      same.band.spans.push(...c.band.spans);
      same.strong = same.strong || c.strong;
      (same.restatedOn ??= []).push(c.line);
      continue;
    }
    kept.push(c);
  }
  // Each step drops bands that only restate, sum up or take part in another.
  let chosen = anyStrong
    ? kept.filter(
        (c) => c.strong || spansOpenEnds(c, kept, lines) || isSiblingOfStrong(c, kept, lines),
      )
    : kept;
  // "The hourly pay is $19.25 - $21.50 per hour depending on shift" over "Day shift … $19.25 per
  // hour" and "Night shift … $21.50 per hour": the tiers it sums up stay, with no pay word of
  // their own (withoutSummaryRanges then drops the summary).
  if (anyStrong && chosen.length < kept.length) chosen = withTiersOfSummaries(chosen, kept);
  chosen = withoutEndsOfRanges(chosen, lines);
  chosen = withScalePointsAsRange(chosen, lines);
  chosen = withLongServiceIncrements(chosen, lines);
  chosen = withFieldEnds(chosen);
  chosen = withoutSummaryRanges(chosen);
  chosen = withoutRestatements(chosen);
  chosen = withoutStatutoryFloors(chosen);
  chosen = withoutOtherBasis(chosen, lines);
  chosen = withProgressions(chosen);
  chosen = withoutPackageParts(chosen);
  chosen = withoutPackageTotals(chosen);
  chosen = withoutAddOns(chosen);
  chosen = withoutGuessedPeriods(chosen);
  chosen = withoutPointsInRanges(chosen, lines);
  chosen = withoutQuotedOlderPay(chosen, lines);
  chosen = withoutDollarEquivalents(chosen);
  chosen = withoutBoardBuckets(chosen, lines);
  if (chosen.length > 1) {
    // Bands on lines of their own, each under its own label, keep the labels over the notes:
    // "CLT: R$ 14.000 a R$ 18.000 por mês (bruto)" over "PJ: R$ 20.000 a R$ 25.000 por mês, sem
    // benefícios (except health plan)".
    const labels = chosen.map((c) => toLabel(c.labelText));
    const labelled =
      !labels.includes(null) &&
      new Set(labels).size === chosen.length &&
      new Set(chosen.map((c) => c.line)).size === chosen.length;
    // "1.450 € (mozo) – 1.600 € (carretillero)": else, when each amount has a note of its own
    // after it, the notes name the bands (the words before the second amount are the first
    // one's note); not one note repeated ("(Employer provided)").
    const notes = new Set(chosen.map((c) => c.noteAfter));
    const noted = !labelled && !notes.has(null) && notes.size === chosen.length;
    chosen.forEach((c, i) => (c.band.label = noted ? c.noteAfter : (labels[i] ?? null)));
  }
  return chosen.map((c) => c.band);
}

// A board's salary bucket ("Salary $25,000 - $49,999 USD", "Salary $100,000 or more USD" on We
// Work Remotely) beside the pay the posting states ("$25 per hour", "$115,000 – $140,000 USD"): a
// filter the poster picked, not the pay. Alone, it is all the posting says.
function withoutBoardBuckets(chosen: Candidate[], lines: Line[]): Candidate[] {
  if (chosen.length < 2) return chosen;
  const isBucket = (c: Candidate): boolean => {
    const { min, max } = c.band;
    if (min === null || min % 1000 !== 0) return false;
    if (max !== null) return max % 1000 === 999;
    // "… or more" under a stated range in the same money (not "Rest of UK: from £40,000").
    if (!BUCKET_OR_MORE.test(lines[c.line]?.text ?? '')) return false;
    return chosen.some(
      (o) =>
        o !== c &&
        o.band.max !== null &&
        (o.band.min ?? 0) >= min &&
        o.band.currency === c.band.currency &&
        o.band.period === c.band.period,
    );
  };
  const kept = chosen.filter((c) => !isBucket(c));
  return kept.length > 0 ? kept : chosen;
}

const BUCKET_OR_MORE = /\d\s?(?:[A-Z]{3}\s)?or more\b/;

// A reply on top of a mail thread states the pay as it now stands: "Base salary: $174,000 per
// year" over the quoted original offer's "$162,000 base". When the reply states none, the quoted
// messages' pay stays (a forward's note over the posting).
// A board's bracket of the pay in dollars beside the employer's own figure: "Salary: AED 15,000
// per month" and Bayt's "Monthly Salary Range: $4,000 - $5,000". A dollar range that overlaps the
// other band's worth (at the table's rates) says the same pay again.
const EQUIVALENT_SLACK = 0.1;
// A band in any dollar is never another band's bracket in US dollars.
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);
const GULF = new Set(['AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR']);

function withoutDollarEquivalents(chosen: Candidate[]): Candidate[] {
  if (chosen.length < 2) return chosen;
  return chosen.filter((c) => {
    const { min, max, currency, period } = c.band;
    if (currency !== 'USD' || min === null || max === null || min === max) return true;
    return !chosen.some((o) => {
      const rate = PER_USD[o.band.currency];
      // "$115,000 – $140,000 USD (or CA$150,000 – CA$182,000 for Canada-based developers)":
      // another dollar is another country's pay, not a bracket in dollars.
      if (o === c || DOLLARS.has(o.band.currency) || o.band.period !== period || !rate) {
        return false;
      }
      const lo = (o.band.min ?? o.band.max ?? 0) / rate;
      const hi = (o.band.max ?? o.band.min ?? 0) / rate;
      // Bayt's bracket may be a step off a Gulf employer's figure ("$4,000 - $5,000" beside "AED
      // 18,000 - 22,000"): there, ranges that overlap say the same pay. Elsewhere a euro or pound
      // band that overlaps is another country's pay ("US: $130,000 - $160,000", "EU: €100,000 -
      // €125,000").
      if (GULF.has(o.band.currency)) {
        return lo <= max * (1 + EQUIVALENT_SLACK) && hi >= min * (1 - EQUIVALENT_SLACK);
      }
      return lo >= min * (1 - EQUIVALENT_SLACK) && hi <= max * (1 + EQUIVALENT_SLACK);
    });
  });
}

function withoutQuotedOlderPay(chosen: Candidate[], lines: Line[]): Candidate[] {
  if (chosen.length < 2) return chosen;
  const quoted = firstQuotedMessage(lines);
  if (quoted < 0) return chosen;
  const current = chosen.filter((c) => c.line < quoted);
  return current.length > 0 ? current : chosen;
}

// "€ 3.800 bis € 4.600 brutto/Monat" in the header over "Bruttomonatsgehalt ab € 3.800 …
// Überzahlung bis € 4.600", "₹ 3,00,000 - 4,50,000 P.A." over "Salary up to 4.5 LPA": the body
// gives the range's ends as open amounts. The range says it whole: it stays, the open ends go.
// "1.450 € - 1.600 € al mes" over "1.450 € brutos/mes … durante el periodo de prueba; 1.600 €
// brutos/mes a partir del cuarto mes": single figures count too when their lines say how the pay
// rises or what qualification it takes ("£12.50 per hour for new carers during induction" /
// "£14.00 per hour once you have completed the Care Certificate"); tiers by shift, role or place
// ("Day shift $19.25" / "Night shift $21.50") are bands.
function spansOpenEnds(range: Candidate, candidates: Candidate[], lines: Line[]): boolean {
  const { min, max } = range.band;
  if (min === null || max === null || min >= max) return false;
  let low = false;
  let high = false;
  let single = false;
  // The lines of the ends, once each.
  const ends: number[] = [];
  for (const c of candidates) {
    const b = c.band;
    if (c === range || b.currency !== range.band.currency || b.period !== range.band.period) {
      continue;
    }
    // "Incentivo … de hasta 200 € mensuales" beside it: under half the range's low end, an
    // add-on, not another pay of the same kind.
    if ((b.max ?? b.min ?? 0) * 2 < min) continue;
    if (b.min !== null && b.max !== null && b.min !== b.max) return false;
    if (b.min !== null && b.max !== null) single = true;
    if (!ends.includes(c.line)) ends.push(c.line);
    const value = b.min ?? b.max;
    if (value === min) low = true;
    else if (value === max) high = true;
    else return false;
  }
  if (!(low || high)) return false;
  if (!single) return true;
  // "Day shift - $20/hr to start" / "Night shift - $25/hr to start": lines led by their shift are
  // bands, whatever else they say.
  const texts = ends.map((i) => lines[i]?.text ?? '');
  if (texts.length > 1 && texts.every((text) => SHIFT_LEAD.test(text))) return false;
  return texts.every(isOneJobsTiers);
}

// A line led by its shift: "Day shift - $20/hr", "Nights: $48/hr".
const SHIFT_LEAD =
  /^[\s\-•*]*(?:(?:day|night|evening|weekend|weekday|morning|afternoon|swing|graveyard|late|early|overnight|saturday|sunday)s?(?: shifts?)?\b|quart de (?:jour|soir|nuit)|turno de (?:mañana|tarde|noche)|(?:früh|spät|nacht)schicht)/i;

// Figures that are one job's pay as it rises or by the holder's qualification, not bands by
// role, place or shift: "£12.85 per hour without a Level 2 qualification, and £13.40 for those
// holding one", "$30.50 (Certificate III) to $32.80 (Certificate IV)", "15,20 € (Einstieg), nach
// 6 Monaten 16,10 €", or as a scale's ends. Tiers by role ("1.450 € (mozo) – 1.600 €
// (carretillero)") or place ("National: £36,530. London: £39,900.") are bands.
function isOneJobsTiers(text: string): boolean {
  return PROGRESSION.test(text) || QUALIFICATION_TIER.test(text) || SCALE_ENDS.test(text);
}

// A scale's ends: "$33.40/hr start, $36.85/hr at top of grid", "(MPS1 £31,650 – UPS3 £49,084)".
const SCALE_ENDS =
  /\b(?:top|bottom) of (?:the )?(?:grid|scale|range|band)\b|\bstep \d{1,2}\b[^\n]{0,40}\bstep \d{1,2}\b|\b[A-Z]{2,4} ?\d{1,2}\b[^\d\n]{0,4}[$€£]?\s?\d[\d,.' ]*\s?[-–—]\s?[A-Z]{2,4} ?\d{1,2}\b/;

const QUALIFICATION_TIER =
  /\b(?:(?:in)?experienced|graduates?|trainees?|entry[- ]level|for new \w+)\b|\b(?:with(?:out)?|holding|ohne|mit|avec|sans|con|sin)\b[^.;\n]{0,40}?\b(?:qualifications?|certificates?|cert|nvq|svq|level \d|diploma|licen[cs]e|staplerschein|führerschein|qualifikation|ausbildung|caces|diplôme|permis|certificado|carnet|titulación)\b|\bcert(?:ificate|\.)? (?:i{1,3}|iv|[1-4])\b/i;

const PROGRESSION =
  /\b(?:induction|probation|trial|training|once you|after (?:your |the )?(?:first|\d|completing|completion|successful|review)|(?:rising|increasing|moving|going) to|completed?|qualified|new (?:starters?|carers|hires)|nach (?:der |erfolgreicher )?(?:einarbeitung|probezeit)|nach \d{1,2} (?:monaten|jahren)|einstieg|après (?:la )?période d['’]essai|après (?:\d{1,2} (?:mois|ans)|validation)|periodo de prueba|a partir del? (?:\w+ )?(?:mes|año)|to start|starting (?:rate|pay|wage))\b|porté à|à l['’]embauche/i;

function withoutEndsOfRanges(candidates: Candidate[], lines: Line[]): Candidate[] {
  const ranges = candidates.filter((c) => spansOpenEnds(c, candidates, lines));
  if (ranges.length === 0) return candidates;
  return candidates.filter(
    (c) =>
      ranges.includes(c) ||
      !ranges.some((r) => r.band.currency === c.band.currency && r.band.period === c.band.period),
  );
}

// "(SMIC horaire au 1er novembre 2025 : 11,88 €)", "gesetzlichen Mindestlohn von 12,82 €":
// the legal minimum named right before its figure. ("SMIC horaire, soit 11,65 €" pays it.)
const NAMES_LEGAL_MINIMUM =
  /\b(?:smic|minimum wage|national living wage|salaire minimum|salario m[ií]nimo|mindestlohn|mindestentgelt|mindestgehalt|kollektivvertrag\w*)\b(?![^$€£.;]*\b(?:soit|i\.e|that is|namely|es decir|d\.h)\b)[^$€£.;]{0,40}$/i;

// A figure given as a reference: "Mindestlohn von", "minimum wage of", "SMIC … :", "(…".
const REFERENCE_END =
  /(?:\bvon|\bof|\bde|\bdu|\bat|\bbei|\bbeträgt|\bis|\bamounts to|:|\(|=)\s*(?:EUR|CHF|€)?\s*$/i;

// "Bruttomonatsgehalt zwischen € 2.600 und € 3.100 ... Das kollektivvertragliche Mindestgehalt
// beträgt € 2.281": with the pay stated, the legal minimum beside it is no band of its own (alone,
// it is the pay: see isAboveMinimum).
function withoutStatutoryFloors(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  // Only beside a stated range or figure of the same unit at or above the minimum: an open
  // floor ("Mindestgehalt laut KV"), or a legal minimum's figure named as such.
  const floors = candidates.filter(
    (c) =>
      (c.band.max === null
        ? saysAboveMinimum(c.labelText) || NAMES_LEGAL_MINIMUM.test(c.labelText)
        : c.band.max === c.band.min &&
          NAMES_LEGAL_MINIMUM.test(c.labelText) &&
          REFERENCE_END.test(c.labelText)) &&
      candidates.some(
        (r) =>
          r !== c &&
          r.band.min !== null &&
          // A range, or a figure above the minimum ("Ihr Gehalt ab € 2.650").
          (r.band.max ?? r.band.min) > (c.band.min ?? 0) &&
          r.band.currency === c.band.currency &&
          (r.band.period === c.band.period
            ? r.band.min >= (c.band.min ?? 0)
            : // "Jahresbruttogehalt ab EUR 68.000 … Mindestgehalt … liegt bei EUR 3.589 brutto
              // monatlich": a year's pay beside the month's minimum, compared over a year.
              c.band.period === 'month' &&
              r.band.period === 'year' &&
              r.band.min >= (c.band.min ?? 0) * 12),
      ),
  );
  if (floors.length === 0) return candidates;
  return candidates.filter((c) => !floors.includes(c));
}

// "Starting at $22.40/hour, with a raise to $24.10/hour after training", "CTC: 2.5 LPA for
// freshers, up to 3.75 LPA for experienced": a starting rate and where it rises to, on one line,
// are the ends of one range. ("rising to", "increasing to" never get here: NOT_SALARY_BEFORE
// reads them as future pay, and readLine joins them to a single starting figure on their line,
// see RISING_TAIL.)
// "Einstieg 17,85 € pro Stunde, nach Erfahrungsstufen bis 20,41 €/Std.": German, French and
// Spanish "up to" after a starting rate; "16,80 € brutto, nach der Probezeit 17,40 €".
const AFTER_PROBATION_WORDS = String.raw`nach (?:der |erfolgreicher )?(?:probezeit|einarbeitung)`;
const RISES_TO = new RegExp(
  String.raw`\b(?:(?:raise|rises|rising|increases?|increasing|going up|goes up|moving up|bump(?:ed)?) to|up to|bis(?: zu)?|jusqu['’]à|hasta|${AFTER_PROBATION_WORDS})\s*$`,
  'i',
);
// "Freshers: ₹2.8 LPA; Experienced: up to ₹3.6 LPA": a tier of its own, under its own label.
const OWN_TIER_LABEL = /[;|]\s*[\p{L}][\p{L} ()-]{1,30}:\s*\S+(?: \S+)?\s*$/u;
// After an open start ("ab 14,00 €"), the rate after probation is part of what "ab" says.
const AFTER_PROBATION = new RegExp(String.raw`\b${AFTER_PROBATION_WORDS}\s*$`, 'i');

function withProgressions(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const start = out[out.length - 1];
    const b = c.band;
    const a = start?.band;
    const top = b.max ?? b.min;
    if (
      start &&
      a &&
      (start.line === c.line || start.restatedOn?.includes(c.line) === true) &&
      a.min !== null &&
      (a.max === null || a.max === a.min) &&
      (b.min === null || b.min === b.max) &&
      top !== null &&
      top > a.min &&
      a.currency === b.currency &&
      a.period === b.period &&
      RISES_TO.test(c.labelText.slice(-40)) &&
      !OWN_TIER_LABEL.test(c.labelText.slice(-40))
    ) {
      if (a.max !== null || !AFTER_PROBATION.test(c.labelText.slice(-40))) a.max = top;
      a.spans.push(...b.spans);
      continue;
    }
    out.push(c);
  }
  return out;
}

// "Rs. 18,000/- per month (in-hand ~16,200)", "1 900 € net par mois (soit environ 2 430 € brut)",
// "4 200 – 5 800 EUR/month gross (about 2 600 – 3 550 EUR net)":
// the same pay on another basis, in a bracket right after it.
const OTHER_BASIS =
  /^[^()\d]{0,30}\(\s?(?:in[- ]hand|take[- ]home|net|netto|gross|brut|brutto|soit|i\.\s?e\.|≈|~|approx\.?|approximately|about|around|roughly|environ|ca\.|aprox\.?|equivalent to|équivalent à)[^()\d]{0,20}$/i;
const NET_IS =
  /\b(?:net|take[- ]home|in[- ]hand)(?: pay| salary)? (?:is|of|would be|comes to|will be|works out at)(?: about| around| roughly| approx\.?| ~)?\s*$/i;

// "£26,000 per annum pro rata (actual £20,800 for 0.8 FTE)", "(actual salary for 22.5 hours:
// £16,500)": a part-timer's actual pay in a bracket after the full-time figure restates it; the
// full-time figure is the band (as for a bracket opening on "actual", below).
const ACTUAL_BRACKET = /^[^()\d]{0,30}\(\s?actual\b[^()]{0,40}$/i;
const ACTUAL_LINE = /^\s*\(\s?actual\b/i;
const BRACKETED_LINE = /^\s*\(\s?(?:[$€£]|[A-Z]{3}\s?)?\s?\d[^()]*\)\s*$/;
// A bracket that holds only the amount (and its period): a conversion, not another band ("(€75,000
// - €85,000 for Dublin-based hires)" is one).
const BRACKET_CLOSES = /^\s?(?:\/\s?[a-z]{1,6}\.?|per [a-z]{2,6})?\s?\)/i;

// "$58.50/hr ... Based on the 8/6 roster this equates to approx. $165k – $180k p.a.": the
// stated rate worked out over another period.
const EQUATES =
  // "… (base 186 h/mois, soit environ 2 650 € brut mensuel)": "soit" after hours worked.
  /(?<![\w\u00C0-\u024F])(?:equat(?:es|ing)|equivalent|works? out|entspricht|équivaut|equivale|(?<=\d\s?(?:h|heures?)\b[^.;\d]{0,25})soit)\s(?:to|at|à|a)?\s?(?:approx(?:\.|imately)?|around|about|roughly|ca\.|circa|environ|aprox\.?)?\s*$/i;

// "£48,000 – £55,000 pro rata (FTE), i.e. c. £28,800 – £33,000 actual": the same pay restated,
// after "i.e." / "soit" / "d. h." and no other figure.
const RESTATED_AS =
  /^[^\d]{0,40}(?:\bi\.\s?e\.|\bthat is|\bsoit|\bd\.\s?h\.|\bes decir)[,:]?\s?(?:c\.|ca\.|approx\.?|approximately|around|about|circa|environ|env\.)?\s*$/i;

// "12,82 € Stundenlohn (bis 538 €/Monat)": a cap on another period in a bracket after the rate
// (a mini-job's monthly limit), not a second band.
const CAP_BRACKET =
  /^[^()\d]{0,30}\(\s?(?:bis(?: zu)?|up to|max(?:\.|imal|imum)?|jusqu['’]à|hasta)\s?$/i;

// "£28,500 FTE (£17,100 actual, pro rata)": the bracket opens on the amount, and the words after
// it say which basis it is on.
const BRACKET_OPEN = /^[^()\d]{0,30}\(\s?$/;
// "£26,400 per annum FTE, pro rata for 21 hours (£14,984 actual)": the bracket may open further on
// when what it holds says its basis.
const BRACKET_OPEN_FAR = /^[^()$€£¥]{0,60}\(\s?$/;
const OTHER_BASIS_AFTER =
  /^\s?(?:actual|pro[- ]rata|net|in[- ]hand|take[- ]home|gross|brut|brutto|netto|neto|bruto)\b/i;

function withoutOtherBasis(candidates: Candidate[], lines: Line[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  return candidates.filter((c) => {
    // "GEL 3,200 gross per month … so net is GEL 2,560": the gross pay's net, said after it.
    if (
      NET_IS.test(c.labelText.slice(-40)) &&
      candidates.some(
        (k) =>
          k !== c &&
          k.line <= c.line &&
          k.band.currency === c.band.currency &&
          k.band.period === c.band.period &&
          (k.band.min ?? 0) > (c.band.max ?? c.band.min ?? 0),
      )
    ) {
      return false;
    }
    const worked = EQUATES.test(c.labelText.slice(-60));
    if (worked && candidates.some((k) => k.band.period !== c.band.period)) return false;
    const line = lines[c.line];
    const start = c.band.spans[0]?.start;
    if (!line || start === undefined) return true;
    // "£28,000 - £32,000 pro rata" over "(actual salary £17,640 - £20,160 per annum)"; "$78,520.00
    // - $104,430.40 Annually" over "($37.75 - $50.21 Hourly)": the same pay restated below.
    const actual = ACTUAL_LINE.test(line.text);
    if (
      (actual || BRACKETED_LINE.test(line.text)) &&
      candidates.some(
        (k) => k !== c && k.line === c.line - 1 && (k.band.period === c.band.period) === actual,
      )
    ) {
      return false;
    }
    // Where the amount ends, in the line.
    const after = (c.band.spans[0]?.end ?? start) - line.start;
    const lineEnd = line.start + line.text.length;
    return !candidates.some((k) => {
      if (k === c) return false;
      // k's mention on this line: its first, or a restatement merged into it ("£24,000 pro rata"
      // in the header, then "pay is £24,000 pro rata (£19,200 actual)").
      const end = k.band.spans.find((s) => s.start >= line.start && s.end <= lineEnd)?.end;
      if (end === undefined || end > start) return false;
      const between = line.text.slice(end - line.start, start - line.start);
      if (OTHER_BASIS.test(between) || RESTATED_AS.test(between)) return true;
      if (ACTUAL_BRACKET.test(between)) return true;
      // "(USD 4,765)" after "AED 17,500/month": the same pay in another currency.
      if (
        k.band.currency !== c.band.currency &&
        BRACKET_OPEN.test(between) &&
        BRACKET_CLOSES.test(line.text.slice(after))
      ) {
        return true;
      }
      if (k.band.period !== c.band.period && CAP_BRACKET.test(between)) return true;
      // "£25,980 - £28,119 per annum pro rata (£13.29 - £14.38 per hour)": the same pay in
      // another period, in brackets.
      if (
        k.band.currency === c.band.currency &&
        k.band.period !== c.band.period &&
        BRACKET_OPEN.test(between) &&
        BRACKET_CLOSES.test(line.text.slice(after))
      ) {
        return true;
      }
      // "$1,200/week retainer (billed through Upwork, 25 hours max — roughly $48/hr)": an
      // approximation of the same pay in another period, said late in its bracket.
      if (k.band.period !== c.band.period && APPROX_IN_BRACKET.test(between)) return true;
      return (
        BRACKET_OPEN_FAR.test(between) && OTHER_BASIS_AFTER.test(line.text.slice(after, after + 20))
      );
    });
  });
}

const APPROX_IN_BRACKET =
  /^[^()$€£]{0,40}\([^()$€£]{0,80}[,;—–-]\s?(?:roughly|approximately|approx\.?|about|around|~|≈|circa|so)\s*$/i;

// A travel package: "Est. weekly gross: $2,486" over "Taxable hourly rate: $24.00/hr" and the
// tax-free stipends. The weekly total sums the stipends up; the taxable rate is the pay.
const TAXABLE_PART = /(?<!non-?\s?)\btaxable\b[^$€£\d]{0,30}$/i;

function withoutPackageParts(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2 || !candidates.some((c) => c.band.period === 'week')) {
    return candidates;
  }
  const taxable = (c: Candidate) => TAXABLE_PART.test(c.labelText.slice(-60));
  if (!candidates.some(taxable)) return candidates;
  return candidates.filter((c) => c.band.period !== 'week' || taxable(c));
}

// "PHP 22,000 - 28,000 per month (basic)" over "(Total monthly package up to PHP 35,000!)": the
// package adds allowances to the pay stated beside it. Alone, a package is the pay. South Africa's
// "Total cost to company (CTC) package up to R38 000 per month including benefits" too, and an
// estimated total with extras: "Renta bruta mensual total estimada: $1.845.000".
const TOTAL_PACKAGE =
  /\b(?:total (?:(?:[a-z]+ ){0,2}package|cost to company(?: \(ctc\))?(?: package)?|ctc(?: package)?)|(?:estimated total|total estimad[ao])\b[^.;:$€£\d]{0,20}(?=:))\b(?:approx\.|ca\.|\.{2,}|[^.;]){0,20}$/i;

// "Expected total compensation in year one: $315,000 – $400,000" beside the base salary: a total
// with bonus and carry in it. Alone ("Total compensation for this role is $150,000 - $180,000"),
// it is the posted range.
const TOTAL_COMP =
  /\btotal (?:annual |expected |target |cash |first[- ]year |year[- ]one )?(?:comp(?:ensation)?|earnings)\b(?:(?!\bbase\b)[^.;$€£\d]){0,70}$/i;

function withoutPackageTotals(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const top = (c: Candidate) => c.band.max ?? c.band.min ?? 0;
  return candidates.filter(
    (c) =>
      !(TOTAL_PACKAGE.test(c.labelText.slice(-60)) || TOTAL_COMP.test(c.labelText.slice(-100))) ||
      !candidates.some(
        (o) =>
          o !== c &&
          o.band.currency === c.band.currency &&
          o.band.period === c.band.period &&
          top(o) < top(c),
      ),
  );
}

// Currencies a bare "$" can stand for (see dollarOfCountry).
const DOLLAR_CURRENCIES = new Set([
  'USD',
  'JMD',
  'FJD',
  'TTD',
  'SRD',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'MXN',
  'COP',
  'ARS',
  'CLP',
  'UYU',
]);

// "$ 9,500.00 a $ 10,500.00 (Mensual)" above "entre $9,500 y $10,500 MXN": the code the posting
// writes elsewhere says what its bare "$" is, better than a guess from place names. Only when it
// writes one such code.
function applyWrittenDollar(candidates: Candidate[]): void {
  let written: string | null = null;
  for (const c of candidates) {
    if (c.bareDollar || !DOLLAR_CURRENCIES.has(c.band.currency)) continue;
    if (written !== null && written !== c.band.currency) return;
    written = c.band.currency;
  }
  if (written === null) return;
  for (const c of candidates) {
    if (c.bareDollar && !labelNamesOtherDollar(c.labelText, written)) c.band.currency = written;
  }
}

const US_NAMED = /\b(?:US|U\.S\.|USA|United States)(?![\w.])/;

// "Seattle, WA: $212,000 - $265,000" over "Toronto, ON: CA$205,000 - CA$250,000": a band
// labelled with a place of another dollar keeps that place's dollar.
function labelNamesOtherDollar(labelText: string, written: string): boolean {
  // A place is written "Town, ST" or "Town, Province": no comma, no place (and no costly guess).
  const tail = labelText.slice(-60);
  // "Tier 2 (all other US locations)": the country by name.
  if (US_NAMED.test(tail)) return written !== 'USD';
  if (!tail.includes(', ')) return false;
  const country = guessCountry(tail);
  return country !== null && dollarOfCountry(country) !== written;
}

// "Salary range: $58,000 - $66,000" and, further down a thread, "we'd like to offer $64,000" or
// "un niveau autour de 41 000 € est envisageable": a single figure strictly inside a stated
// range of the same kind, in a sentence, is a point of it (an offer, a counter, an example), not
// another band. A tier's own row ("Level 2: $24/hr", "Night shift: $17/hr") stays. Runs last: the
// steps before may drop the range itself.
function withoutPointsInRanges(candidates: Candidate[], lines: Line[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  return candidates.filter((c) => {
    const { min, max, currency, period } = c.band;
    if (min === null || min !== max) return true;
    if (isTierRow(lines[c.line]?.text ?? '')) return true;
    return !candidates.some(
      (r) =>
        r !== c &&
        r.band.currency === currency &&
        r.band.period === period &&
        r.band.min !== null &&
        r.band.max !== null &&
        r.band.min < min &&
        min < r.band.max,
    );
  });
}

// A row that names its tier before the amount: "- Level 2 Cashier: $16.50/hr", "| Remote | $160k |".
// Not a pay field's own label ("Base salary: $61,500 per year (posted range …)").
const TIER_ROW =
  /^[\s\-•*·|]*(\p{L}[^:$€£.!?]{1,49})(?::|\s[–—-]\s|\s\|)\s*(?:[$€£]|[A-Z]{3}\s?\d|\d)/u;

function isTierRow(text: string): boolean {
  const label = TIER_ROW.exec(text)?.[1];
  return label !== undefined && !SALARY_WORD.test(label);
}

// The same pay said again: "Alongside your salary of £35,720" under "National: £35,720 - £38,500"
// restates the band's minimum, and a year's pay can be the month's times 12, 13 or 14.
function withoutRestatements(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const table = candidates.length >= 3 ? equivalentsOfYear(candidates) : null;
  const rest = table ? candidates.filter((c) => !table.includes(c)) : candidates;
  return rest.filter((c) => !rest.some((other) => other !== c && restates(c, other)));
}

/**
 * A public employer's pay table, "Annual: $61,360.00 - $82,180.00" / "Monthly: $5,113.33 -
 * $6,848.33" / "Hourly: $29.50 - $39.51": one pay in three periods. The year is the pay; the
 * month and the hour worked out from it, or null when the bands are no such table.
 */
function equivalentsOfYear(candidates: Candidate[]): Candidate[] | null {
  for (const year of candidates) {
    const y = year.band;
    if (y.period !== 'year' || y.min === null || y.max === null || y.min === y.max) continue;
    const month = candidates.find(
      (c) =>
        c.band.period === 'month' &&
        c.band.currency === y.currency &&
        aboutTimes(y.min, c.band.min, 12) &&
        aboutTimes(y.max, c.band.max, 12),
    );
    const hour = candidates.find(
      (c) =>
        c.band.period === 'hour' &&
        c.band.currency === y.currency &&
        // The hour is rounded to the cent: over a year that is up to n / 200 off.
        HOURS_A_YEAR.some(
          (n) => aboutTimes(y.min, c.band.min, n) && aboutTimes(y.max, c.band.max, n),
        ),
    );
    if (month && hour) return [month, hour];
  }
  return null;
}

const STARTING =
  /\b(?:start(?:ing)?|initial|entry|hiring|appoint(?:ed|ment)|new hires?|placed|einstieg\w*|d[ée]but\w*|inicial)\b/i;

// The words that say a figure is worked out from another: "Annualised equivalents are".
const WORKED_OUT = /\b(?:annuali[sz]ed|equivalents?|equates?|works? out|fte)\b/i;
// How many of a period a year can hold, for a year's range worked out from a shorter one.
const PER_YEAR: Partial<Record<PayPeriod, [number, number]>> = {
  day: [100, 366],
  week: [20, 53],
  hour: [500, 2100],
};

/** Both ends of `year` are `range`'s times one count that fits its period. */
function isScaledRange(year: SalaryBand, range: SalaryBand): boolean {
  const bounds = PER_YEAR[range.period];
  const { min, max } = year;
  if (!bounds || min === null || max === null || min === max) return false;
  if (range.min === null || range.max === null || range.min === range.max) return false;
  const n = min / range.min;
  return n >= bounds[0] && n <= bounds[1] && Math.abs(max / range.max - n) < n * 0.01;
}

// Months of pay a year: 12, or 13 and 14 where the 13th and 14th salaries are paid.
const MONTHS_A_YEAR = [12, 13, 14];

function restates(c: Candidate, other: Candidate): boolean {
  const band = c.band;
  const range = other.band;
  if (band.currency !== range.currency) return false;
  // "£155 per day (£775 per 5-day week)": a week of days at the same line's rate, in brackets.
  if (
    c.line === other.line &&
    // "per 5-day week" can read as a day's.
    (band.period === 'week' || band.period === 'day') &&
    range.period === 'day' &&
    OPEN_BRACKET.test(c.labelText) &&
    band.min !== null &&
    range.min !== null
  ) {
    const week = band.min;
    const day = range.min;
    if ([4, 5, 6, 7].some((n) => Math.abs(week - day * n) < 0.01 * n)) return true;
  }
  if (band.period === range.period) {
    if (range.min === range.max) return false;
    // "up to 1.650 €" or "from 1.450 €" beside "1.450€ - 1.650€": one end restated.
    if (band.min === null) return band.max !== null && band.max === range.max;
    // "$16.50 – $18.75 per hour (returning staff start at $17.25/hr)": a start within the range.
    // On another line it may be another level's ("Shift Lead: starting at $18.50 per hour").
    if (band.max === null) {
      return range.min !== null && range.max !== null && c.line === other.line
        ? band.min >= range.min && band.min <= range.max
        : band.min === range.min;
    }
    // "The salary range is $118,371 - $144,675, with an expected starting salary between
    // $118,371 and $131,523", "Most new hires are placed between $37.70 and $44.42 per hour":
    // where in the range one starts; "… between $72,000 and $88,000" inside "$68,400 - $102,600"
    // too.
    if (
      range.min !== null &&
      range.max !== null &&
      band.min >= range.min &&
      band.max <= range.max &&
      (band.min > range.min || band.max < range.max) &&
      STARTING.test(c.labelText.slice(-60))
    ) {
      return true;
    }
    return band.min === band.max && (band.min === range.min || band.min === range.max);
  }
  // "Daily rate: $312.50 – $468.00" and "Annualised equivalents are approximately $58,125 –
  // $87,048 for a 186-day year": both ends worked out with one count of days, weeks or hours.
  // Only worked out after the rate: the pay as first stated stays.
  if (
    band.period === 'year' &&
    PER_YEAR[range.period] !== undefined &&
    (band.spans[0]?.start ?? 0) > (range.spans[0]?.start ?? 0) &&
    WORKED_OUT.test(c.labelText) &&
    isScaledRange(band, range)
  ) {
    return true;
  }
  // "18k-25k per month (upto 3 LPA)": the yearly ceiling of the same line's monthly range.
  if (
    c.line === other.line &&
    band.period === 'year' &&
    range.period === 'month' &&
    band.min === null &&
    band.max !== null &&
    range.max !== null
  ) {
    const max = band.max;
    const monthly = range.max;
    if (MONTHS_A_YEAR.some((n) => max === monthly * n)) return true;
  }
  // The month worked out from the year the employer states: "salaire brut annuel de 38 500 €,
  // versé en 12 mensualités, soit 3 208,33 € bruts mensuels", or in brackets after it on its line
  // ("18.900 € brutos anuales en 14 pagas (1.350 €/mes)").
  if (
    band.period === 'month' &&
    range.period === 'year' &&
    (EQUIVALENT.test(c.labelText) || (c.line === other.line && OPEN_BRACKET.test(c.labelText))) &&
    MONTHS_A_YEAR.some(
      (n) =>
        aboutTimes(range.min, band.min, n) &&
        // "minimum de 55 473,40 €" a year: its month is one figure.
        (aboutTimes(range.max, band.max, n) || (range.max === null && band.min === band.max)),
    )
  ) {
    return true;
  }
  // "£12.75 per hour (£153.00 per shift)": a day's or shift's hours at the same line's rate.
  if (c.line === other.line && band.period === 'day' && range.period === 'hour') {
    return HOURS_A_DAY.some(
      (n) => timesHours(band.min, range.min, n) && timesHours(band.max, range.max, n),
    );
  }
  // "$24.18 Hourly ($50,294.40 Annually)": a year of full-time hours at the hour's rate. The
  // hour, as the employer states it, stays.
  if (band.period === 'year' && range.period === 'hour') {
    return HOURS_A_YEAR.some(
      (n) => timesHours(band.min, range.min, n) && timesHours(band.max, range.max, n),
    );
  }
  // A year's pay that is the month's times 12, 13 or 14, at both ends: "ab € 4.200 brutto/Monat"
  // and "Jahresgehalt ab € 58.800 (14 Gehälter)"; a board's header "18.900€ - 21.000€ Bruto/año"
  // over "1.350 € - 1.500 € brutos al mes en 14 pagas". The month, as the employer states it, stays.
  if (band.period !== 'year' || range.period !== 'month') return false;
  if (c.line === other.line && OPEN_BRACKET.test(other.labelText)) return false;
  return MONTHS_A_YEAR.some(
    (n) => timesMonths(band.min, range.min, n) && timesMonths(band.max, range.max, n),
  );
}

// Full-time hours a year: 37.5, 38, 40 hours a week for 52 weeks, or 261 working days of 8.
const HOURS_A_YEAR = [1950, 1976, 2080, 2088];
// Hours of a day's or a shift's work.
const HOURS_A_DAY = [7, 7.5, 8, 8.5, 9, 10, 11, 12];

// Whether one end of a year's band is n hours at the hour's rate, to the cent a year's figure
// is rounded to (an open end matches an open end).
function timesHours(year: number | null, hour: number | null, n: number): boolean {
  return year === null ? hour === null : hour !== null && Math.abs(year - hour * n) < 1;
}

// Whether a year's figure is n months of a figure rounded to the cent.
function aboutTimes(year: number | null, month: number | null, n: number): boolean {
  return year === null ? month === null : month !== null && Math.abs(year - month * n) < n * 0.01;
}

const OPEN_BRACKET = /\(\s*$/;

// The words that give a figure as another worked out: "soit", "i.e.", "das entspricht".
// "Montant mensuel brut indicatif :": the month given for information.
const EQUIVALENT =
  /(?:\bsoit|\bi\.e\.?|\bthat is|\bequivalent to|\bequating to|\bentspricht|\bes decir|\bo sea)\s*(?:environ |about |ca\. )?$|\bindicati(?:f|ve|vo)\s*:?\s*$/i;

// Whether one end of a year's band is n months of the month's (an open end matches an open end).
function timesMonths(year: number | null, month: number | null, n: number): boolean {
  return year === null ? month === null : month !== null && year === month * n;
}

// "Additional stipends: Master's degree $2,500/yr; Doctorate $3,500/yr" beside "$58,412 to
// $104,986 per year": a single figure under an eighth of another band of its kind adds to the
// pay, it is no salary of its own.
const ADD_ON_RATIO = 8;

function withoutAddOns(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  return candidates.filter((c) => !isAddOn(c.band, candidates));
}

function isAddOn(band: SalaryBand, candidates: Candidate[]): boolean {
  if (band.min === null || band.min !== band.max) return false;
  const value = band.min;
  return candidates.some(
    ({ band: other }) =>
      other !== band &&
      other.currency === band.currency &&
      other.period === band.period &&
      (other.min ?? other.max ?? 0) > value * ADD_ON_RATIO,
  );
}

// "Salario: $2.300.000 a $2.600.000" in the header, "Salario básico: $2.300.000 a $2.600.000 COP
// mensuales" below: the period a size suggested gives way to the one the words state.
function withoutGuessedPeriods(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  return candidates.filter(
    (c) =>
      c.periodWritten ||
      !candidates.some(
        (other) =>
          other.periodWritten &&
          other.band.min === c.band.min &&
          other.band.max === c.band.max &&
          other.band.currency === c.band.currency,
      ),
  );
}

// A pay scale's points, one figure each: "M1: £37,870" … "U3: £55,173", "Stufe 1 … Stufe 6",
// "Échelon 1 …". The job pays the scale from its first point to its last: one range (the range
// itself when the posting also states it). Levels and grades are bands of their own.
const SCALE_POINT =
  /^(?:[MU] ?\d{1,2}|(?:step|stufe|échelon|echelon|escalón|point|spine point|scp|pay point|scale point|entgeltstufe|erfahrungsstufe) ?\d{1,2})$/i;
const MIN_SCALE_POINTS = 3;

function withScalePointsAsRange(candidates: Candidate[], lines: Line[]): Candidate[] {
  if (candidates.length < MIN_SCALE_POINTS) return candidates;
  const named = candidates.filter(
    (c) =>
      c.band.min !== null &&
      c.band.min === c.band.max &&
      SCALE_POINT.test(toLabel(c.labelText) ?? ''),
  );
  const points = named.length >= MIN_SCALE_POINTS ? named : stepTablePoints(candidates, lines);
  if (points.length < MIN_SCALE_POINTS) return candidates;
  const { currency, period } = points[0]!.band;
  if (points.some((p) => p.band.period !== period || p.band.currency !== currency)) {
    return candidates;
  }
  const values = points.map((p) => p.band.min!);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const rest = candidates.filter((c) => !points.includes(c));
  const stated = rest.find(
    (c) => c.band.min === lo && c.band.max === hi && c.band.currency === currency,
  );
  if (stated) return rest;
  const first = points[0]!;
  const spans = points.flatMap((p) => p.band.spans);
  const band = { ...first.band, min: lo, max: hi, label: null, spans };
  // The first point's label names that point, not the range.
  const range = { ...first, labelText: '', noteAfter: null, band };
  return [range, ...rest];
}

// "€58,226 … €66,778" over "€68,217 LSI" (or "€92,640 (LSI 2)"): a long service increment is the
// scale's last point.
const LSI_AFTER = /^\s?\(?LSIs?\b/;
const LSI_LINES = 2;

function withLongServiceIncrements(candidates: Candidate[], lines: Line[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const scale = out[out.length - 1];
    const end = c.band.spans[0]?.end;
    const line = lines[c.line];
    const increment =
      scale !== undefined &&
      end !== undefined &&
      line !== undefined &&
      c.band.min !== null &&
      c.band.min === c.band.max &&
      scale.band.max !== null &&
      scale.band.max < c.band.min &&
      scale.band.currency === c.band.currency &&
      scale.band.period === c.band.period &&
      c.line - scale.line <= LSI_LINES &&
      LSI_AFTER.test(line.text.slice(end - line.start));
    if (!increment) {
      out.push(c);
      continue;
    }
    const band = { ...scale.band, max: c.band.min, spans: [...scale.band.spans, ...c.band.spans] };
    out[out.length - 1] = { ...scale, band };
  }
  return out;
}

// A salary table by years of service: "| 0 (new admittee) | $62,000 |" … "| 10+ | $86,000 |", or a
// grid of steps by lanes ("1  $46,500  $47,900  $50,200"). Single figures on rows close together,
// each under a number or nothing (not a role's name: "Cook $18/hr" over "Server $12/hr" are bands
// of their own).
const MIN_TABLE_POINTS = 4;
const MIN_ROW_POINTS = 5;
const TABLE_ROW_GAP = 2;
// The first point may carry the table's own label: "Salary scale: €60,474, €61,889, …".
const SCALE_LABEL = /\b(?:scale|schedule|salary|pay)$/i;
// A row's label is its years or step: "0 (new admittee)", "3–4", "10+", "Year 2", "Step 3", or a
// teachers' schedule's class or lane, named by its degree: "I (BA)", "Class III", "BA+45", "MA"
// (not "1st shift", "Level 2", a bare "II" or "A": those are levels or sites, bands of their own).
const STEP_LABEL =
  /^(?:\d{1,2}(?:\s?[-–]\s?\d{1,2}|\+)?(?:\s(?:years?|yrs?))?(?:\s?\([^()]{1,30}\))?|(?:year|yr|step|lane)\s?\d{1,2}|(?:class|lane|column) (?:[IVX]{1,4}|[A-F])|[IVX]{1,4} \((?:BA|BS|MA|MS|PhD)\b[^()]{0,10}\)|(?:BA|BS|MA|MS|PhD)(?:\s?\+\s?\d{1,3})?)$/i;
// Nothing but other cells after the figure: "| $62,000 |", "$46,500     $47,900", "| $79,862 |
// — |" (not "$17/hr Portland", "£12.00/hr (weekdays)").
const CELLS_AFTER = /^[\s|,;]*(?:(?:[$€£]\s?[\d.,]+|[—–-])[\s|,;]*)*(?:LSIs?\s*)?$/;

function stepTablePoints(candidates: Candidate[], lines: Line[]): Candidate[] {
  let run: Candidate[] = [];
  for (const c of candidates) {
    const label = toLabel(c.labelText);
    const line = lines[c.line];
    const end = c.band.spans[0]?.end ?? 0;
    const point =
      c.band.min !== null &&
      c.band.min === c.band.max &&
      c.noteAfter === null &&
      line !== undefined &&
      CELLS_AFTER.test(line.text.slice(end - line.start)) &&
      (label === null || STEP_LABEL.test(label) || SCALE_LABEL.test(label));
    const last = run[run.length - 1];
    const joins =
      point &&
      last !== undefined &&
      c.line >= last.line &&
      c.line - last.line <= TABLE_ROW_GAP &&
      c.band.currency === last.band.currency &&
      c.band.period === last.band.period;
    if (joins) run.push(c);
    else if (run.length >= MIN_TABLE_POINTS) break;
    else run = point ? [c] : [];
  }
  // One row is a scale when it climbs: "€60,474, €61,889, €63,302, €64,718, €66,132".
  const rows = new Set(run.map((c) => c.line));
  const climbs = run.every((c, i) => i === 0 || (c.band.min ?? 0) > (run[i - 1]?.band.min ?? 0));
  return run.length >= MIN_TABLE_POINTS &&
    (rows.size >= 2 || (climbs && run.length >= MIN_ROW_POINTS))
    ? run
    : [];
}

// "Minimum Salary: $95,000" over "Maximum Salary: $125,000", "Pay range min. 21,50 €" over "Pay
// range max. 24,00 €", "Minimum $90,000" over "Maximum $110,000": a form's two fields, the ends
// of one range. Their labels match but for the end they name, so a "Minimum wage" line above
// some other figure is not one.
const MIN_WORD = /(?<!\p{L})(?:min(?:imum)?|m[ií]n(?:imo)?|minimal|mindest)(?!\p{L})/giu;
const MAX_WORD = /(?<!\p{L})(?:max(?:imum)?|m[aá]x(?:imo)?|maximal|höchst)(?!\p{L})/giu;

function withFieldEnds(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const low = out[out.length - 1];
    const a = low?.band;
    const b = c.band;
    if (
      low &&
      a &&
      c.line >= low.line &&
      c.line - low.line <= 2 &&
      a.min !== null &&
      (a.max === null || a.max === a.min) &&
      b.max !== null &&
      (b.min === null || b.min === b.max) &&
      b.max > a.min &&
      a.currency === b.currency &&
      a.period === b.period &&
      isFieldPair(low.labelText, c.labelText)
    ) {
      out[out.length - 1] = { ...low, band: { ...a, max: b.max, spans: [...a.spans, ...b.spans] } };
      continue;
    }
    out.push(c);
  }
  return out;
}

function isFieldPair(lowLabel: string, highLabel: string): boolean {
  const field = fieldOf(lowLabel, MIN_WORD);
  return field !== null && field === fieldOf(highLabel, MAX_WORD);
}

/** The label with its one min or max word blanked, or null: "Minimum Salary:" -> "# salary". */
function fieldOf(labelText: string, word: RegExp): string | null {
  const clause = lastClause(labelText).toLowerCase();
  const blanked = clause.replace(word, '#');
  if (blanked.indexOf('#') < 0 || blanked.indexOf('#') !== blanked.lastIndexOf('#')) return null;
  // Only a field's name: a sentence's figure ("a minimum of $20 to start") is no field.
  const name = blanked.replace(/[\s:.\-–|]+/g, ' ').trim();
  return name.length <= 30 && /^[\p{L}# ]*$/u.test(name) ? name : null;
}

// "💲 $21.09/hr hourly cases" over "💲 Live-in: $351.56/day (13-hr pay)": a rate with its period
// written, on the next line of the same list as a rate with pay words, is one of its rates.
function isSiblingOfStrong(c: Candidate, kept: Candidate[], lines: Line[]): boolean {
  const line = lines[c.line];
  if (!line || !c.periodWritten) return false;
  if (isNumberedTier(c, kept, lines)) return true;
  const lead = listLead(line.text);
  const head = headOf(c, lines);
  // Or a field row under a pay row: "Weekend routes (Sat/Sun): $23.25/hr" under "Starting pay:
  // $21.25/hr".
  const row = lead === '' && FIELD_ROW.test(head) && !NOT_A_RATE_ROW.test(head);
  if (lead === '' && continuesFieldValue(c, kept, lines)) return true;
  if ((lead === '' && !row) || NOT_SALARY_BEFORE.test(c.labelText)) return false;
  // Its own words on the line, if any, say pay or a shift: "Meals provided at $30/day" is no rate.
  if (/\p{L}/u.test(head) && !SALARY_WORD.test(head) && !SHIFT_WORD.test(head)) return false;
  return kept.some((k) => {
    if (!k.strong || !k.periodWritten) return false;
    // The strong rate's line, or a line that states it again ("Pay: $21.25 an hour" in the
    // header, "Starting pay: $21.25/hr" over the weekend rate).
    const beside = [k.line, ...(k.restatedOn ?? [])].find((n) => Math.abs(n - c.line) === 1);
    if (beside === undefined) return false;
    const text = lines[beside]?.text ?? '';
    return row ? RATE_ROW.test(text) : listLead(text) === lead;
  });
}

// A field's value that goes on under itself in the same words and figures: "Salary: Senior
// Lecturer: Grade 8, £46,974 - …" over "Principal Lecturer: Grade 9, £56,021 - …" (a form or a
// PDF's table, its value column's indent gone).
const FIELD_LABEL_LEAD = /^[^:\d$€£]{2,30}:\s+/;

function continuesFieldValue(c: Candidate, kept: Candidate[], lines: Line[]): boolean {
  const own = headOf(c, lines);
  if (NOT_A_RATE_ROW.test(own) || NOT_SALARY_BEFORE.test(c.labelText)) return false;
  const shape = shapeOf(own);
  if (!shape.includes(':')) return false;
  return kept.some((k) => {
    if (!k.strong || k.line !== c.line - 1 || k.band.currency !== c.band.currency) return false;
    const head = headOf(k, lines);
    const label = FIELD_LABEL_LEAD.exec(head)?.[0].length ?? 0;
    return label > 0 && shapeOf(head.slice(label)) === shape;
  });
}

/**
 * Runs of words as "a" and numbers as "9": "Principal Lecturer: Grade 9, " is "a: a 9, ", as is
 * "Lecturer: Level 4, ".
 */
function shapeOf(text: string): string {
  return text.replace(/\p{L}+(?:[ -]\p{L}+)*/gu, 'a').replace(/\d+/g, '9');
}

const FIELD_ROW = /^[^:\d$€£]{3,40}:\s*$/;
// Money beside the pay that is not a rate of it: "Average tips on weekends: $25/hr", "Room and
// board (live-in): $150/week", "Night differential: $2/hr".
const NOT_A_RATE_ROW =
  /\b(?:tips?|gratuit\w*|average|avg|room|board|deduct\w*|costs?|fees?|charges?|allowances?|bonus\w*|premiums?|differentials?|stipends?|per diem)\b/i;
const RATE_ROW = /^[^:\d$€£]{3,40}:\s*(?:[$€£]|[A-Z]{3}\s?)?\d/;

/** The words on a candidate's line before its amount. */
function headOf(c: Candidate, lines: Line[]): string {
  const line = lines[c.line];
  if (!line) return '';
  return line.text.slice(0, Math.max(0, (c.band.spans[0]?.start ?? 0) - line.start));
}

// "Wage: Year 1: £7.55 per hour | Year 2: £9.00 per hour" (the row split at its bar): a tier
// named like the strong one beside it, by the same word and another number.
const TIER_NUMBER = String.raw`(?:\d{1,2}|[IVX]{1,4})`;
const NUMBERED_TIER = new RegExp(String.raw`^(\p{L}{3,}) ${TIER_NUMBER}\s?[:：]\s*$`, 'u');

function isNumberedTier(c: Candidate, kept: Candidate[], lines: Line[]): boolean {
  const word = NUMBERED_TIER.exec(headOf(c, lines).trim())?.[1];
  if (!word) return false;
  const named = new RegExp(String.raw`\b${word} ${TIER_NUMBER}\s?[:：]\s*$`, 'u');
  return kept.some((k) => {
    if (!k.strong || !k.periodWritten || Math.abs(k.line - c.line) !== 1) return false;
    return k.band.currency === c.band.currency && named.test(headOf(k, lines));
  });
}

const SHIFT_WORD =
  /\b(?:shifts?|days?|nights?|weekends?|evenings?|live-in|hourly|cases?|visits?)\b/i;

// The bullet or pictogram a list line opens with ("💲", "-", "•"), '' for none.
function listLead(text: string): string {
  const first = text.codePointAt(0) ?? 0;
  if (first < 0x80 ? first !== 0x2d && first !== 0x2a : isLetter(first)) return '';
  return String.fromCodePoint(first);
}

function withTiersOfSummaries(chosen: Candidate[], kept: Candidate[]): Candidate[] {
  const summaries = chosen.filter((c) => c.band.max !== null && isSummaryRange(c, kept));
  if (summaries.length === 0) return chosen;
  return kept.filter(
    (c) =>
      chosen.includes(c) ||
      summaries.some(
        (r) =>
          r.band.currency === c.band.currency &&
          r.band.period === c.band.period &&
          c.band.min !== null &&
          c.band.max !== null &&
          c.band.min >= r.band.min! &&
          c.band.max <= r.band.max!,
      ),
  );
}

// A header range that only spans bands stated per shift or level ("$24.00 - $26.50 an hour" over
// "1st shift: $24.00/hr" and "2nd shift: $26.50/hr") sums them up: the specific bands stay.
function withoutSummaryRanges(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 3) return candidates;
  return candidates.filter((c) => !isSummaryRange(c, candidates));
}

function isSummaryRange(candidate: Candidate, candidates: Candidate[]): boolean {
  const range = candidate.band;
  if (range.min === null || range.max === null || range.min >= range.max) return false;
  let count = 0;
  let lo = Infinity;
  let hi = -Infinity;
  // Lines of the figures inside the range, and of single figures outside it.
  const inside: number[] = [];
  const outside: number[] = [];
  for (const { band, line } of candidates) {
    if (band === range || band.currency !== range.currency || band.period !== range.period) {
      continue;
    }
    // "£65,000 - £80,000 depending on PQE (3 PQE – £65k; 6 PQE – £80k)": the figures after a
    // range on its own line spell out its ends, they do not make it a summary.
    if (line === candidate.line || candidate.restatedOn?.includes(line)) continue;
    if (band.min === null || band.max === null) return false;
    if (band.min < range.min || band.max > range.max) {
      if (band.min !== band.max) return false;
      outside.push(line);
      continue;
    }
    count++;
    inside.push(line);
    lo = Math.min(lo, band.min);
    hi = Math.max(hi, band.max);
  }
  if (count < 2 || lo !== range.min || hi !== range.max) return false;
  // A board's range over some of a list of tiers ("$30.10 – $37.63 per hour" over day,
  // afternoon, Saturday and Sunday rates of $30.10 ... $45.15): the figures outside it are more
  // tiers of the same list, on the lines next to them.
  return outside.every((line) => inside.some((i) => Math.abs(i - line) <= 2));
}

// The colon that ends a label, before `end`: not one inside a time ("1st shift (6:00am - 2:30pm):").
function lastLabelColon(clause: string, end: number): number {
  let colon = clause.lastIndexOf(':', end - 1);
  while (
    colon > 0 &&
    isDigit(clause.charCodeAt(colon - 1)) &&
    isDigit(clause.charCodeAt(colon + 1))
  ) {
    colon = clause.lastIndexOf(':', colon - 1);
  }
  return colon;
}

// "Level I: $18/hr; Level II: ..." -> "Level I"; a table row "| Seattle, WA | $160,000 |" ->
// "Seattle, WA": the last non-empty clause before the amount, after its last colon.
const NUMBERED_LABEL = new RegExp(String.raw`^\p{L}{3,} ${TIER_NUMBER}$`, 'u');

const OPEN_END_WORDS =
  /^\s*(?:up to|from|starting (?:at|from)|bis(?: zu)?|ab|jusqu['’]à|à partir de|hasta|desde|max(?:\.|imum)?|min(?:\.|imum)?)\s*$/i;

function toLabel(before: string): string | null {
  const clause = lastClause(before);
  let end = clause.length;
  // Back over the colon, spaces and Markdown's bold stars: "Tier 2 (other US locations): **".
  while (end > 0 && isLabelTail(clause.charCodeAt(end - 1))) end--;
  let colon = lastLabelColon(clause, end);
  // "Experienced: up to ₹3.6 LPA": the words of an open end name no tier; the label is before.
  if (colon > 0 && OPEN_END_WORDS.test(clause.slice(colon + 1, end))) {
    end = colon;
    colon = lastLabelColon(clause, end);
  }
  // "Year 1", "Level II": a numbered tier keeps its word, filler or not.
  const tier = clause.slice(colon + 1, end).trim();
  if (NUMBERED_LABEL.test(tier)) return tier;
  let label = removeFiller(clause.slice(colon + 1, end));
  // The article "a", but not the "A" of "Zone A" / "Level A".
  if (hasWordA(label)) label = label.replace(/(^|\s)a(?=\s|$)/g, ' ');
  if (label.includes('(') || label.includes(')')) {
    label = label.replace(/\(([^()]*)$|^([^()]*)\)/g, '$1$2');
  }
  // Separators become spaces (no ":" or "|" is left: the clause was cut at both).
  if (label.includes('=') || label.includes('[') || label.includes(']')) {
    label = label.replace(/[=[\]]/g, ' ');
  }
  if (hasSpaceRun(label)) label = label.replace(/\s+/g, ' ');
  let start = 0;
  let stop = label.length;
  while (start < stop && isLabelEdge(label.charCodeAt(start))) start++;
  while (stop > start && isLabelEdge(label.charCodeAt(stop - 1))) stop--;
  const length = stop - start;
  if (length <= 0 || length > 60) return null;
  const text = label.slice(start, stop);
  // "£12.60 p/h days" is the band before, a 📍 line the place: no label. Pictograms go ("☀️ Day
  // shift" -> "Day shift").
  if (NOT_A_LABEL.test(text)) return null;
  if (!PICTOGRAM.test(text)) return text;
  const words = text.replace(PICTOGRAMS, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? null : words;
}

const NOT_A_LABEL = /📍|[$€£¥₹]\s?\d/u;
const PICTOGRAM = /\p{Extended_Pictographic}/u;
const PICTOGRAMS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+/gu;

function isLabelTail(c: number): boolean {
  return c === 0x3a || c === 0x2a || isSpace(c);
}

// Trimmed off both ends of a label: spaces, commas, dots, dashes and Markdown's bold stars.
function isLabelEdge(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2a ||
    c === 0x2c ||
    c === 0x2e ||
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    isSpace(c)
  );
}

// The last non-blank clause of the label text, split at ";", "|" and "•", trimmed.
function lastClause(text: string): string {
  let end = text.length;
  while (end > 0) {
    let start = end;
    while (start > 0 && !isClauseBreak(text.charCodeAt(start - 1))) start--;
    const clause = text.slice(start, end).trim();
    if (clause !== '') return clause;
    end = start - 1;
  }
  return '';
}

function isClauseBreak(c: number): boolean {
  return c === 0x3b || c === 0x7c || c === 0x2022 || c === 0xb7;
}

// Whether some whitespace is other than a single " " (the cheap test before the regex).
function hasSpaceRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && isSpace(c)) return true;
    if (c === 0x20 && text.charCodeAt(i + 1) === 0x20) return true;
  }
  return false;
}

// Whether a lone lower-case "a" stands as a word (the cheap test before the regex).
function hasWordA(text: string): boolean {
  for (let i = text.indexOf('a'); i >= 0; i = text.indexOf('a', i + 1)) {
    if (
      (i === 0 || isSpace(text.charCodeAt(i - 1))) &&
      (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))
    ) {
      return true;
    }
  }
  return false;
}
