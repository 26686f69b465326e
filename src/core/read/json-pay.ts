/**
 * Pay written as keys of a job object rather than as a pay object: the figures, currency and
 * period read into one salary line for the text pipeline. Shared by the ATS and generic readers.
 */
import type { JsonObject } from './json-ld';

// Pay as keys of the job itself: {"minimumSalary": 50128, "maximumSalary": 53664,
// "salaryInterval": "Annually"}, {"salary": "72150", "salary_type": "Annual"}, {"salarisMin":
// 4235, "salarisMax": 6180, "salarisEenheid": "maand"}.
const FLAT_PAY_WORD = /salar|pay|wage|compensation|gehalt|lohn|loon|sueldo|remunera/i;
const FLAT_LOW = /min|low|from|start/i;
const FLAT_HIGH = /max|high|to$|end/i;
const FLAT_CURRENCY = /currency|valuta|moneda|w(?:ä|ae?)hrung|devise/i;
// Not "payFrequency": how often pay is paid ("biweekly") is not the period of the figure.
const FLAT_PERIOD = /interval|period|type|unit|basis|eenheid|per$|einheit|unidad|unit[ée]/i;
// Identifiers and other numbers under a pay word: "salaryRangeId", "compensationPlanId".
// Case matters: "salarisEenheid" ends in "id" too.
const NOT_FIGURE_KEY =
  /(?:Id|ID|_id)$|[Cc]ode|[Nn]umber|[Cc]ount|[Pp]lan|[Gg]rade|[Ss]tep|[Ll]evel|[Nn]egotiable/;
// "hourlyPayMin": the period in the key's own name.
const KEY_PERIOD = /hour|daily|week|month|annual|year/i;
const NUMERIC = /^\s*\d{1,3}(?:[,.]?\d{3})*(?:\.\d{1,2})?\s*$/;

export function flatPay(o: JsonObject): { line: string; keys: Set<string> } | null {
  let low: number | null = null;
  let high: number | null = null;
  let currency = '';
  let period = '';
  const keys = new Set<string>();
  for (const [k, v] of Object.entries(o)) {
    if (!FLAT_PAY_WORD.test(k) || NOT_FIGURE_KEY.test(k)) continue;
    const n =
      typeof v === 'number' ? v : typeof v === 'string' && NUMERIC.test(v) ? figureOf(v) : null;
    if (n !== null) {
      const end = k.replace(FLAT_PAY_WORD, '');
      if (FLAT_HIGH.test(end)) high = n;
      else if (FLAT_LOW.test(end) || low === null) low = n;
      else continue;
      keys.add(k);
      const named = KEY_PERIOD.exec(k)?.[0];
      if (named && period === '') period = periodWord(named);
    } else if (typeof v === 'string') {
      if (FLAT_CURRENCY.test(k)) currency = v.trim();
      else if (FLAT_PERIOD.test(k) && periodWord(v) !== '') period = periodWord(v);
      else continue;
      keys.add(k);
    }
  }
  const line = payText(low, high, currency, period);
  return line === null ? null : { line, keys };
}

/** "USD 98000 - 121000 per year": a salary line the text pipeline reads; null with no figure. */
export function payText(
  low: number | null,
  high: number | null,
  currency: string,
  period: string,
): string | null {
  if (low === null && high === null) return null;
  const figures = [low, high].filter((n) => n !== null).join(' - ');
  return `${currency ? `${currency} ` : ''}${figures}${period ? ` per ${period}` : ''}`;
}

// "72150", "72,150", "72.150" (a European thousands point), "72150.00".
function figureOf(text: string): number {
  return Number(text.trim().replace(/[,.](?=\d{3}(?!\d))/g, ''));
}

/** "Annually" -> "year", "maand" -> "month"; '' when the text names no period. */
export function periodWord(text: string): string {
  const t = text.toLowerCase();
  if (/hour|stunde|hora|heure|uur|\bora\b/.test(t)) return 'hour';
  if (/day|tag|d[ií]a|jour|\bdag\b|giorn/.test(t)) return 'day';
  if (/week|woche|semana|semaine|settiman/.test(t)) return 'week';
  if (/month|monat|mensu|mois|mes|maand|mensil/.test(t)) return 'month';
  if (/year|annu|jahr|jähr|anual|an\b|año|jaar|anno/.test(t)) return 'year';
  return '';
}
