/**
 * Finds money amounts in one line: "$144,075/year", "117k", "60.000 €", "120'000 CHF",
 * "22,50 €", "₹12 LPA", "6,00,000". One linear regex, no nested quantifiers, so a line of
 * 10,000 digits or commas costs one pass.
 */
import type { PayPeriod } from '../model/posting';
import { isLetter, isSpace } from '../text/char-codes';
import { OTHER_PREFIXES, OTHER_SUFFIXES, THREE_DECIMALS, WEAK_PREFIXES } from './currencies';
import { readPeriodAfter } from './pay-period';

export interface MoneyToken {
  value: number;
  /** Offsets inside the line. */
  start: number;
  end: number;
  /** Currency as written: an ISO code, or "$" / "kr" / "¥" / "Rs" / "pesos" when the country decides. */
  currency: string | null;
  /** "k", "lakh", "M"... as written (already applied to value). */
  multiplier: string | null;
  period: PayPeriod | null;
  /** Had a thousands separator or a k / lakh multiplier: looks like money, not a count. */
  formatted: boolean;
  /** The number had 1-2 decimals ("22.50"). */
  decimals: boolean;
  /** A letter was glued right before it ("Salary117k"). */
  glued: boolean;
  /** "+" written right after the figure ("$120k+"). */
  plus: boolean;
}

const PREFIXES: [string, string][] = [
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['CAD', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['AUD', 'AUD'],
  ['NZ$', 'NZD'],
  ['NZD', 'NZD'],
  ['S$', 'SGD'],
  ['SGD', 'SGD'],
  ['HK$', 'HKD'],
  ['HKD', 'HKD'],
  ['R$', 'BRL'],
  ['BRL', 'BRL'],
  ['MX$', 'MXN'],
  ['MXN', 'MXN'],
  ['Rs.', 'Rs'],
  ['Rs', 'Rs'],
  ['INR', 'INR'],
  ['₹', 'INR'],
  ['€', 'EUR'],
  ['EUR', 'EUR'],
  ['£', 'GBP'],
  ['GBP', 'GBP'],
  ['¥', '¥'],
  ['JPY', 'JPY'],
  ['CHF', 'CHF'],
  ['Fr.', 'CHF'],
  ['SEK', 'SEK'],
  ['NOK', 'NOK'],
  ['DKK', 'DKK'],
  ['PLN', 'PLN'],
  // Ashby and other ATSs write the złoty's sign first: "zł22K – zł28K".
  ['zł', 'PLN'],
  ['ZAR', 'ZAR'],
  // Norway writes the krone first: "kr 612 400 – 689 000".
  ['kr.', 'kr'],
  ['kr', 'kr'],
  ...OTHER_PREFIXES,
  ['R', 'ZAR'],
  // "P 228 744", "P25,000": the pula in Botswana, the peso in the Philippines (see
  // resolveLocalCurrency), only before a figure in groups of thousands.
  ['P', 'P'],
  // Nigerian ads type the naira sign as "N": "N450,000 – N600,000 gross monthly", "N250k -
  // N300k (net) monthly".
  ['N', 'NGN'],
  ['$', '$'],
];
const SUFFIXES: [string, string][] = [
  ['€', 'EUR'],
  ['EUR', 'EUR'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  // Lithuanian and Latvian boards write the code in title case: "1800 – 2400 Eur/mėn.".
  ['Eur', 'EUR'],
  ['USD', 'USD'],
  ['CAD', 'CAD'],
  ['AUD', 'AUD'],
  ['NZD', 'NZD'],
  ['SGD', 'SGD'],
  ['HKD', 'HKD'],
  ['GBP', 'GBP'],
  ['£', 'GBP'],
  ['CHF', 'CHF'],
  ['Fr.', 'CHF'],
  ['SEK', 'SEK'],
  ['NOK', 'NOK'],
  ['DKK', 'DKK'],
  // "2.950 kr./klst.": the abbreviation's point before the period.
  ['kr.', 'kr'],
  ['kr', 'kr'],
  ['zł', 'PLN'],
  ['PLN', 'PLN'],
  ['INR', 'INR'],
  ['JPY', 'JPY'],
  ['円', 'JPY'],
  // "approx. 5.6-6.4 million yen": an English notice from Japan.
  ['yen', 'JPY'],
  ['MXN', 'MXN'],
  ['BRL', 'BRL'],
  ['ZAR', 'ZAR'],
  ...OTHER_SUFFIXES,
  ['dollars', '$'],
  // German writes the singular: "15 Dollar die Stunde"; Swiss German "25 Franken pro Stunde".
  ['dollar', '$'],
  ['Franken', 'CHF'],
  ['rand', 'ZAR'],
  ['$', '$'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Three-letter ISO codes ("USD", "COP") are one alternative, checked against PREFIX_MAP after the
// match: some fifty literal codes tried at every capital letter cost more than the regex saves.
const ISO_CODE = /^[A-Z]{3}$/;
const PREFIX_RE = PREFIXES.filter(([p]) => !ISO_CODE.test(p))
  .map(
    ([p]) =>
      (p === 'P' || p === 'N' || p === 'VT' ? '(?<![A-Za-z])' : '') +
      escape(p) +
      (p === 'R' || p === 'UF'
        ? '(?=\\s?\\d)'
        : p === 'VT'
          ? '(?=\\s?\\d{1,3}(?:,\\d{3})+(?![\\d,]))'
          : p === 'N'
            ? '(?=\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{2,3}(?:\\.\\d)?[kK]\\b)'
            : p === 'P'
              ? '(?=\\s?\\d{1,3}(?:[ ,]\\d{3})+(?![\\d,]))'
              : p === '$'
                ? '|[A-Z]{3}'
                : ''),
  )
  .join('|');
// A currency's name also capitalised, as France Travail writes it ("de 2300,00 Euros à 2700,00
// Euros") and German writes every noun ("15 Euro", "400 Pesos").
const WORD_SUFFIX = /^[a-z]{4,}$/;
const SUFFIX_RE = SUFFIXES.map(([s]) =>
  WORD_SUFFIX.test(s) ? `[${s.charAt(0).toUpperCase()}${s.charAt(0)}]${s.slice(1)}` : escape(s),
).join('|');
const PREFIX_MAP = new Map(PREFIXES);
// Keyed by the suffix as the regex matches it, capitalised or not.
const SUFFIX_MAP = new Map([
  ...SUFFIXES,
  ...SUFFIXES.filter(([s]) => WORD_SUFFIX.test(s)).map(([s, code]): [string, string] => [
    s.charAt(0).toUpperCase() + s.slice(1),
    code,
  ]),
]);

// Groups: 1 prefix, 2 Indian grouping, 3 thousands-grouped, 4 plain digits, 5 decimals,
// 6 multiplier, 7 suffix (no letter after it, in Latin, Cyrillic or Arabic script: "сум" is no
// "сумма"; nor a symbol that opens the next amount: "U3 £49,084", "Step 1
// $17.42/hr", "Level 2 $150"; "3.500 €1" ends with a footnote's mark). German and Austrian ads
// write zero cents as ",-" ("€ 2.140,-").
// Swiss ads write them as ".–" ("CHF 92'000.– à CHF 118'000.–").
// Not inside a figure ("1.500.000"), nor after a stray point (".5") or a number's "No." ("Post
// No.3 - £24,500"): "c.£95,000" (circa) is.
// The leading lookahead (a digit or a prefix's first character) lets the engine skip ahead:
// a regex that starts with a lookbehind is otherwise tried at every offset (twice as slow).
const FIRST_CHARS =
  [...new Set(PREFIXES.map(([p]) => p.charAt(0)))]
    .filter((c) => !/[A-Z]/.test(c))
    .join('')
    .replace(/[\\\]^-]/g, '\\$&') + 'A-Z';
// "60 grand a year", "90 thousand dollars": spoken thousands, only where the money is said ("3
// grand prizes" and "10 thousand customers" are none).
const SPOKEN_THOUSAND = String.raw`grand(?![a-zA-Z\u00C0-\u024F])(?!\s(?:prize|total|opening|jury|piano|slam|tour|final|champion|canyon|scheme|plan))|thousand(?=\s(?:dollars|euros|bucks|quid|USD|EUR|GBP|CAD|AUD)\b|\s?(?:a|an|per|\/)\s?(?:year|yr|annum|month)\b)`;
const MONEY = new RegExp(
  `(?=[\\d${FIRST_CHARS}])(?<![\\d,]|\\d\\.|(?<![a-zA-Z])\\.|\\b[Nn][or]\\.)(?:(${PREFIX_RE})\\s?)?` +
    `(?:(\\d{1,2}(?:,\\d{2}){1,3},\\d{3})|(\\d{1,3}(?:[,.'’ ]\\d{3}(?!\\d)){1,4})|(\\d{1,9}))` +
    `(?:[.,](\\d{1,2})(?!\\d)|[.,][-–]{1,2}(?![\\d-]))?` +
    `(?:\\s?([kK](?![a-zA-Z\\u00C0-\\u024F])|[Ll]akhs?|[Ll]acs?|[Cc]rores?|Cr(?![a-zA-Z\\u00C0-\\u024F])|LPA|lpa|L(?![a-zA-Z\\u00C0-\\u024F])|Mio\\.?|millions?|mill[oó]n(?:es)?|[Mm]illionen|mln\\.?(?![a-zA-Z\\u00C0-\\u024F])|juta|triệu|jt(?![a-zA-Z\\u00C0-\\u024F])|mil(?![a-zA-Z\\u00C0-\\u024F])|M(?![a-zA-Z\\u00C0-\\u024F])|m(?![a-zA-Z\\u00C0-\\u024F²³])|bn|万|만|억|亿|千(?![万萬])|B(?![a-zA-Z\\u00C0-\\u024F])|T(?=\\s?(?:€|EUR))|Tsd\\.?(?=\\s?(?:€|EUR))|tys\\.?(?=\\s?(?:zł|PLN))|tis\\.?(?=\\s?(?:Kč|CZK))|ezer(?=\\s?(?:Ft|HUF|forint))|e(?=\\s?Ft\\b)|t(?=kr(?![a-zA-Z\\u00C0-\\u024F]))|[أا]لف(?![\\u0621-\\u064A])|مليون(?![\\u0621-\\u064A])|(?:тыс|тис)\\.?(?=\\s?(?:₽|руб|грн|₴|тенге|₸))|млн\\.?(?=\\s?(?:₽|руб|грн|₴|тенге|₸|сум))|${SPOKEN_THOUSAND}))?` +
    `(?:\\s?(${SUFFIX_RE})(?![a-zA-Z\\u00C0-\\u024F\\u1E00-\\u1EFF\\u0400-\\u04FF\\u0621-\\u064A]|\\d{1,3}[,.]\\d{3}|\\d+[.,]\\d{2}(?!\\d)|\\d{2}))?`,
  'g',
);

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  // German "65–80 T€", "45 Tsd. €": thousand euros.
  t: 1e3,
  tsd: 1e3,
  'tsd.': 1e3,
  // Polish "15–18 tys. zł", Czech "45 tis. Kč", Swedish "58–70 tkr/mån": thousands.
  tys: 1e3,
  'tys.': 1e3,
  tis: 1e3,
  // Hungarian "650–800 ezer Ft/hó", "400e Ft": thousands of forints.
  ezer: 1e3,
  e: 1e3,
  'tis.': 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  // "₹1.1 crore – ₹1.4 crore", "₹2.5 Cr": ten million rupees.
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  lac: 1e5,
  lacs: 1e5,
  lpa: 1e5,
  l: 1e5,
  'mio.': 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  millones: 1e6,
  millón: 1e6,
  millon: 1e6,
  millionen: 1e6,
  // "1.2–1.6 mln tenge": Russian and Polish usage in English.
  mln: 1e6,
  'mln.': 1e6,
  // Arabic "25 ألف جنيه", "1.5 مليون دينار"; Russian and Ukrainian "80 тыс. руб.", "25 тис. грн".
  ألف: 1e3,
  الف: 1e3,
  مليون: 1e6,
  тыс: 1e3,
  'тыс.': 1e3,
  тис: 1e3,
  'тис.': 1e3,
  млн: 1e6,
  'млн.': 1e6,
  // Indonesian "Rp 9 – 12 juta": millions.
  juta: 1e6,
  jt: 1e6,
  // Vietnamese "15 – 20 triệu/tháng": millions of đồng.
  triệu: 1e6,
  mil: 1e3,
  m: 1e6,
  bn: 1e9,
  // Japanese "600万円", Chinese "25万", Korean "5,000만원": ten thousand.
  万: 1e4,
  만: 1e4,
  // Chinese "8千-1.2万": thousands (not "千万", ten million).
  千: 1e3,
  // Korean "1억 1,500만원", Chinese "1.2亿": a hundred million.
  억: 1e8,
  亿: 1e8,
  b: 1e9,
  grand: 1e3,
  thousand: 1e3,
};

/** What a multiplier word multiplies by: "k" 1,000, "lakh" 100,000, "juta" 1,000,000; else 1. */
export function multiplierOf(word: string | null): number {
  return word === null ? 1 : (MULTIPLIERS[word.toLowerCase()] ?? 1);
}

const NATIONAL_CURRENCY = /^ M\.\s?N\.?(?=\s|$)/;

/** All amounts in a line, in order. */
export function findMoney(line: string, limit = Infinity): MoneyToken[] {
  const out: MoneyToken[] = [];
  // "$25,254.76 (Veinticinco mil … pesos 76/100 M.N.)": Mexico's "moneda nacional" on the line.
  const mexicanPesos = line.includes('M.N.');
  MONEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = MONEY.exec(line)) !== null) {
    if (m[0] === '') {
      MONEY.lastIndex++;
      continue;
    }
    let prefix = m[1];
    let start = m.index;
    // A capitalised word that is no currency ("ISO 9001", "SQL 2019"): the figure starts after it.
    if (prefix !== undefined && !PREFIX_MAP.has(prefix)) {
      start += prefix.length + (isSpace(line.charCodeAt(start + prefix.length)) ? 1 : 0);
      prefix = undefined;
    }
    const indian = m[2];
    const grouped = m[3];
    const plain = m[4];
    const decimals = m[5];
    const mult = m[6];
    const suffix = m[7];
    let value = readGroupedDigits(plain ?? indian ?? grouped ?? '');
    if (decimals) value += Number(decimals) / (decimals.length === 1 ? 10 : 100);
    let multiplier: string | null = null;
    // "$46,200.00 M.N.": Mexico's "moneda nacional", "$4.862.000 M/CTE" Colombia's "moneda
    // corriente": no millions.
    const matchEnd = m.index + m[0].length;
    const colombian = mult === 'M' && line.slice(matchEnd, matchEnd + 4).toUpperCase() === '/CTE';
    const national = mult === 'M' && (line.startsWith('.N', matchEnd) || colombian);
    if (mult && !national) {
      multiplier = mult;
      value *= MULTIPLIERS[mult.toLowerCase()] ?? 1;
    }
    let currency = prefix ? (PREFIX_MAP.get(prefix) ?? null) : null;
    if (prefix && WEAK_PREFIXES.has(prefix) && !isWeakPrefixMoney(line, m, value)) currency = null;
    // "$10,500 MXN": the code after the figure says which dollar or peso the "$" is.
    if (suffix) {
      // "42.000,00 MT" is meticais; "15,000 MT per month" of ore is tonnes.
      const written = suffix === 'MT' && !decimals ? null : (SUFFIX_MAP.get(suffix) ?? null);
      currency =
        currency === '$' && written !== null && written.length === 3
          ? written
          : (currency ?? written);
    }
    // "RO 850.000 – 1,100.000": a rial's three decimals, not a group of thousands (on the range's
    // second end too). Not "KD 1.250", which is 1,250.
    const rial = currency ?? (suffix ? null : (out[out.length - 1]?.currency ?? null));
    if (rial && THREE_DECIMALS.has(rial) && grouped && !decimals && !mult) {
      if (/^(?:\d{1,3}(?:,\d{3})+|\d{3})\.\d{3}$/.test(grouped)) value /= 1000;
    }
    // "₦1.2m – ₦1.8m", "$1.5m": a lower-case "m" is millions only beside a currency, or as the
    // second end of a range whose first end had one; else it is metres or minutes ("5m", "30m").
    if (mult === 'm' && currency === null && !isMillionsRangeEnd(out, line, start)) continue;
    let end = national ? m.index + m[0].lastIndexOf('M') : m.index + m[0].length;
    const plus = line.charCodeAt(end) === 0x2b;
    // A trailing space the suffix group did not use belongs to the next word.
    while (end > m.index && line[end - 1] === ' ') end--;
    // "$38,500.00 a $46,200.00 M.N. mensuales": Mexico's "moneda nacional" before the period.
    const note =
      line.charCodeAt(end + 1) === 0x4d ? NATIONAL_CURRENCY.exec(line.slice(end, end + 8)) : null;
    if (note) end += note[0].length;
    if ((note || national || mexicanPesos) && currency === '$')
      currency = colombian ? 'COP' : 'MXN';
    // "1억 1,500만원": the hundred millions and the ten thousands of one sum.
    const hundredMillions = out[out.length - 1];
    if (
      (mult === '만' || mult === '万') &&
      (hundredMillions?.multiplier === '억' || hundredMillions?.multiplier === '亿') &&
      /^\s?$/.test(line.slice(hundredMillions.end, start))
    ) {
      hundredMillions.value += value;
      hundredMillions.end = end;
      hundredMillions.currency ??= currency;
      continue;
    }
    // "$17-20+/hr": the period after the plus.
    const after = readPeriodAfter(line, end) ?? (plus ? readPeriodAfter(line, end + 1) : null);
    out.push({
      value: Math.round(value * 100) / 100,
      start,
      end: after ? after.end : end,
      currency,
      multiplier,
      period: mult === 'LPA' || mult === 'lpa' ? 'year' : (after?.period ?? null),
      formatted: Boolean(indian ?? grouped ?? mult),
      decimals: Boolean(decimals),
      glued: !prefix && isLetter(line.charCodeAt(start - 1)),
      plus,
    });
  }
  return SPELLED_MONEY.test(line) ? withSpelledAmounts(line, out, limit) : out;
}

// "twenty-five bucks an hour", "nineteen dollars an hour": a text message spells the figure out.
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const LATE_TEENS = ['seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD_VALUE = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...[...TEENS, ...LATE_TEENS].map((w, i): [string, number] => [w, i + 10]),
  ...TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);
// Not "pounds": "able to lift fifty pounds" is a weight.
const SPELLED_CURRENCY_WORDS = 'bucks|dollars|quid|euros';
/** The words after which a figure may be spelled out: a currency's, or spoken thousands. */
export const SPELLED_MONEY_WORDS = `${SPELLED_CURRENCY_WORDS}|grand|thousand`;
export const SPELLED_MONEY = new RegExp(String.raw`\b(?:${SPELLED_MONEY_WORDS})\b`, 'i');
const SPELLED_AMOUNT = new RegExp(
  String.raw`(?<![\p{L}-]|hundred (?:and )?)(${TENS.join('|')})(?:[- ](${UNITS.join('|')}))?(?= )|(?<![\p{L}-]|hundred (?:and )?)(${[...LATE_TEENS, ...TEENS, ...UNITS].join('|')})(?= )`,
  'giu',
);
// "nineteen bucks", "seventy-five thousand dollars", "sixty grand a year"; and the first figure of
// a range that says its unit once, at the end: "seventy-eight to ninety thousand dollars".
const SPELLED_UNIT = new RegExp(
  String.raw`^ (?:(hundred|thousand) )?(${SPELLED_CURRENCY_WORDS})\b|^ (grand|thousand)\b(?= (?:a|an|per) (?:year|annum)\b)|^ (grand)\b|^(?= (?:to|and|-|–) )`,
  'i',
);
const SPELLED_CODE: Record<string, string> = { quid: 'GBP', euros: 'EUR' };
const SPELLED_NUMBER = String.raw`(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?|${[...LATE_TEENS, ...TEENS, ...UNITS].join('|')}`;
const SPELLED_RANGE_END = new RegExp(
  String.raw`^ (?:to|and|-|–) (?:${SPELLED_NUMBER}) (?:(?:hundred|thousand) )?(?:${SPELLED_MONEY_WORDS})\b`,
  'i',
);

function isSpelledRangeStart(line: string, end: number): boolean {
  return SPELLED_RANGE_END.test(line.slice(end));
}
const MORE_AFTER = /^\s(?:more|extra|on top|off)\b/i;

function withSpelledAmounts(line: string, out: MoneyToken[], limit: number): MoneyToken[] {
  const found: MoneyToken[] = [];
  SPELLED_AMOUNT.lastIndex = 0;
  for (let m = SPELLED_AMOUNT.exec(line); m !== null; m = SPELLED_AMOUNT.exec(line)) {
    const word = m[0];
    const unit = SPELLED_UNIT.exec(line.slice(m.index + word.length));
    // "two dollars more per hour on weekends": an add-on, no amount of its own.
    if (!unit || MORE_AFTER.test(line.slice(m.index + word.length + unit[0].length))) continue;
    const [tens, ones, single] = [m[1], m[2], m[3]];
    let value =
      (tens ? (NUMBER_WORD_VALUE.get(tens.toLowerCase()) ?? 0) : 0) +
      (ones ? (NUMBER_WORD_VALUE.get(ones.toLowerCase()) ?? 0) : 0) +
      (single ? (NUMBER_WORD_VALUE.get(single.toLowerCase()) ?? 0) : 0);
    const scale = (unit[1] ?? unit[3] ?? unit[4] ?? '').toLowerCase();
    const thousands = scale === 'thousand' || scale === 'grand';
    if (scale === 'hundred') value *= 100;
    if (thousands) value *= 1000;
    // A range's first figure counts only before a second that names its unit.
    if (unit[0] === '' && !isSpelledRangeStart(line, m.index + word.length)) continue;
    const end = m.index + word.length + unit[0].length;
    const after = readPeriodAfter(line, end);
    found.push({
      value,
      start: m.index,
      end: after ? after.end : end,
      currency: unit[2] ? (SPELLED_CODE[unit[2].toLowerCase()] ?? '$') : null,
      multiplier: thousands ? 'k' : null,
      period: after?.period ?? null,
      formatted: false,
      decimals: false,
      glued: false,
      plus: false,
    });
  }
  if (found.length === 0) return out;
  return [...out, ...found].sort((a, b) => a.start - b.start).slice(0, limit);
}

function isMillionsRangeEnd(out: MoneyToken[], line: string, start: number): boolean {
  const last = out[out.length - 1];
  return (
    last !== undefined &&
    last.currency !== null &&
    last.multiplier?.toLowerCase() === 'm' &&
    start - last.end <= 4 &&
    /^\s?[-–—]\s?$|^\s?to\s$/.test(line.slice(last.end, start))
  );
}

// "1,234,567", "6,00,000", "120'000", "95" -> the number, skipping the separators. At most 15 digits
// (the regex allows no more), so the sum stays exact.
function readGroupedDigits(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
  }
  return value;
}

// "PHP 8.1" is the language and "S/4HANA" the SAP product: these codes are money only before a
// sizeable figure that no letter follows ("PHP 45,000", "S/ 3.500").
// "ref MGS/4410": a code's letters before "S/" make it no sol.
function isWeakPrefixMoney(line: string, m: RegExpExecArray, value: number): boolean {
  return (
    value >= 100 &&
    !isLetter(line.charCodeAt(m.index + m[0].length)) &&
    !isLetter(line.charCodeAt(m.index - 1))
  );
}
