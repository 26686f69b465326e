/**
 * Pay-period words in English, German, French and Spanish: right after an amount
 * ("/year", "per hour", "brutto/Jahr", "par mois", "al año") or before it ("hourly rate",
 * "Stundenlohn", "salaire annuel", "salario mensual").
 */
import type { PayPeriod } from '../model/posting';

// Anchored at the amount's end; optional "gross/brutto/brut" and a joiner ("/", "per", "a").
const AFTER = new RegExp(
  String.raw`^\s{0,2}(?:\(?\s?(?:gross|brutto|brutos?|brutas?|bruts?|brutes?|base|before tax|pre-tax)\s?)?` +
    String.raw`(?:(?:\/|per |an? |each |pro |par |por |al |el |im |l'|de l'|la |p\.?\s?)\s?)?` +
    String.raw`(hours?|hrs?|h|hourly|years?|yrs?|annum|annually|yearly|annual|a\.|p\.?a\.?|pa|months?|mo|mth|monthly|weeks?|wk|weekly|days?|daily|shift|` +
    String.raw`jahr|jährlich|monat|monatlich|mtl\.?|stunde|std\.?|woche|tag|` +
    String.raw`an|année|annuel(?:le)?|mois|mensuel(?:le)?|heure|semaine|jour|` +
    String.raw`año|anual(?:es)?|mes|mensual(?:es)?|hora|semana|día|dia|` +
    String.raw`år|mån|mies\.?|tim)(?![a-zA-Z\u00C0-\u024F])`,
  'i',
);

const SHORTHAND = /^\s{0,2}(ph|p\/h|phr|pcm|pw|pd)(?![a-zA-Z\u00C0-\u024F])/i;

const ADVERB =
  /^(?:hourly|yearly|annually|annual|monthly|weekly|daily|p\.?a\.?|pa|jährlich|monatlich|mtl\.?|annuel(?:le)?|mensuel(?:le)?|anual(?:es)?|mensual(?:es)?)$/;

const WORD_PERIOD: [RegExp, PayPeriod][] = [
  [/^(?:hours?|hrs?|h|hourly|stunde|std\.?|heure|hora|tim)$/, 'hour'],
  [/^(?:days?|daily|tag|jour|día|dia|shift)$/, 'day'],
  [/^(?:weeks?|wk|weekly|woche|semaine|semana)$/, 'week'],
  [
    /^(?:months?|mo|mth|monthly|monat|monatlich|mtl\.?|mois|mensuel(?:le)?|mes|mensual(?:es)?|mån|mies\.?)$/,
    'month',
  ],
];

/** Period written right after an amount, with where it ends; null when none. */
export function readPeriodAfter(
  line: string,
  from: number,
): { period: PayPeriod; end: number } | null {
  const rest = line.slice(from, from + 40);
  // UK shorthand: "£12.50 ph", "£1,200 pcm", "£450 pd".
  const short = SHORTHAND.exec(rest);
  if (short?.[1]) {
    const unit = short[1].toLowerCase();
    const period: PayPeriod =
      unit === 'pcm' ? 'month' : unit === 'pw' ? 'week' : unit === 'pd' ? 'day' : 'hour';
    return { period, end: from + short[0].length };
  }
  const m = AFTER.exec(rest);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase();
  // "25 days paid holiday", "2 years": a bare unit word after a number is a count, not a rate;
  // only adverbs ("hourly", "p.a.") or a joiner ("/", "per", "a", "pro") make it a period.
  const joined = m[0].slice(0, m[0].length - m[1].length).trim() !== '';
  if (!joined && !ADVERB.test(word)) return null;
  // "a." alone is "a" + sentence end, "an" alone in English is an article: only after a joiner.
  if (
    (word === 'a.' || word === 'an' || word === 'h' || word === 'pa') &&
    !/[/]|par |pro /i.test(m[0])
  ) {
    if (!(word === 'h' && /^\s?\/\s?h/.test(rest))) return null;
  }
  let period: PayPeriod = 'year';
  for (const [re, p] of WORD_PERIOD) {
    if (re.test(word)) {
      period = p;
      break;
    }
  }
  return { period, end: from + m[0].length };
}

const BEFORE: [RegExp, PayPeriod][] = [
  [
    /\b(?:hourly|per hour|an hour|stundenlohn|stundensatz|stundenvergütung|pro stunde|taux horaire|de l'heure|par heure|salario por hora|por hora|pay rate per hour)\b/i,
    'hour',
  ],
  [/\b(?:day rate|daily rate|per day|tagessatz|taux journalier|tjm|por día)\b/i, 'day'],
  [/\b(?:weekly|per week|wochenlohn|par semaine|semanal)\b/i, 'week'],
  [
    /\b(?:monthly|per month|monatsgehalt|monatlich|monatliches|pro monat|mensuel(?:le)?|par mois|salaire mensuel|mensual|al mes|por mes)\b/i,
    'month',
  ],
  [
    /\b(?:annual|annually|yearly|per year|a year|per annum|jahresgehalt|jahresbrutto|bruttojahresgehalt|jährlich|pro jahr|annuel(?:le)?|par an|brut annuel|anual|al año|por año)\b/i,
    'year',
  ],
];

/** Period named in the words before an amount ("hourly rate", "salaire annuel"), or null. */
export function readPeriodBefore(text: string): PayPeriod | null {
  let best: PayPeriod | null = null;
  let bestAt = -1;
  for (const [re, period] of BEFORE) {
    const m = re.exec(text);
    // The last one named wins: "annual bonus ... hourly rate: $20".
    if (m && m.index > bestAt) {
      best = period;
      bestAt = m.index;
    }
  }
  return best;
}
