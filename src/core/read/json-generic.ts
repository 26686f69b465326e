/**
 * The last resort for JSON that is a job but in no shape json-ld.ts or json-ats.ts knows: an
 * export with keys of its own, in any language ("titel", "nombre_cargo", "postingTitle",
 * "razon_social", "rangeLow"). The job's title is found by its key anywhere in the tree; every
 * other value becomes a labelled line ("Vertragsart: unbefristet", "Jornada: Tiempo completo"),
 * lists become bullets and HTML becomes text, so the text pipeline reads the fields as it reads
 * any posting's. Pay objects with figures are written out as one salary line.
 */
import type { JsonObject } from './json-ld';
import { htmlFragmentToText, isObject, townAndRegion } from './json-ld';
import { escapeHtml } from './json-ats';
import { flatPay, payText, periodWord } from './json-pay';

// Keys that hold the job's title, most specific first.
const TITLE_KEY =
  /^(?:job_?title|class(?:ification)?_?title|working_?title|posting_?title|position_?title|external_?title|public_?title|display_?title|title|titel|stellentitel|stellenbezeichnung|t[ií]tulo|nombre_?(?:del_?)?(?:cargo|puesto)|cargo|puesto|intitul[eé](?:_?du_?poste)?|poste|headline|position|position_?name|job_?name|role|role_?name|rolle|vacancy(?:_?title)?|vacante|stellen_?name|functie(?:_?naam|_?titel)?|vacature_?titel|titolo|stanowisko|nazwa_?stanowiska|tjänst|befattning)$/i;
// Keys whose value (or whose object's name) is the employer.
const COMPANY_KEY =
  /^(?:company(?:_?name)?|agency_?name|employer|arbeitgeber|unternehmen|firma|empresa|entreprise|soci[ée]t[ée]|organi[sz]ation|hiring_?organi[sz]ation|organisatie|bedrijf|werkgever|azienda|pracodawca|f[öo]retag|arbetsgivare)$/i;
const COMPANY_NAME_KEY =
  /^(?:display_?name|legal_?name|legal_?entity|name|razon_?social|raz[aã]o_?social|raison_?sociale|nombre|nome|nom|firmenname)$/i;
// Objects that hold pay, and the parts of one.
const PAY_KEY =
  /salary|compensation|^pay|verg[üu]tung|gehalt|entgelt|salario|sueldo|remuneraci|r[ée]mun[ée]ration|salaire|salaris|stipendio|retribuzione|wynagrodzenie|l[öo]n$/i;
const LOW_KEY =
  /^(?:min(?:imum|imo)?|range_?low|range_?min|base_?min|salary_?min|low|from|von|desde|de|min_?value|minValue|valor_?min)$/i;
const HIGH_KEY =
  /^(?:max(?:imum|imo)?|range_?high|range_?max|base_?max|salary_?max|high|to|bis|hasta|a|max_?value|maxValue|valor_?max)$/i;
const ONE_KEY = /^(?:value|valor|amount|betrag|montant|monto)$/i;
const CURRENCY_KEY = /^(?:currency|w(?:ä|ae?)hrung|moneda|devise|valuta|waluta|moeda)$/i;
const PERIOD_KEY =
  /^(?:interval|period|periode|periodo|periodicidad|periodicit[ée]|zeitraum|unit|per|okres)$/i;
const PERIOD_LIKE_KEY = /^(?:type|pay_?type|basis|frequency|pay_?frequency|rate_?type)$/i;
// Keys that say nothing a reader of the posting needs: ids, dates, flags, system data, a chat
// sender's profile (Slack's "user_profile": {"title": "Engineering Manager"}), a site's guesses
// ("salary_estimate", "salary_guide") and other jobs ("similar_jobs", "similar",
// "vagas_relacionadas").
const SKIP_KEY =
  /(?:^|_)(?:id|ids|uuid|code|codigo|c[oó]digo|nummer|number|status|estado|source|fuente|system|version|schema|format|export|generated|generado|created|updated|published|ver[öo]ffentlicht|fecha|datum|date|channels?|kan[äa]le|canales|publicada_en|url|link|phone|telefon|tel[ée]fono|email|mail|nit|recruiter|hiring_?manager|contact|kontakt|ansprechpartner|user_profile|author_profile|sender_profile|sprache|language|idioma|mandant|previous|former|estimates?|estimated|guide|similar|related|vergelijkbaar|vergelijkbare|[äa]hnliche|aehnliche|similaires|similares|simili|podobne|relacionad[oa]s|prior_(?:salary|compensation|pay|band)|old_(?:salary|compensation|pay|band)|(?:similar|related|recommended|suggested|other|more)_(?:jobs?|positions|postings|vacancies|roles|offers|openings|requisitions)|(?:vagas|ofertas|empleos|offres|stellen|jobs)_(?:relacionad[oa]s|similar(?:es|ires)?))(?:$|_|[A-Z])/i;
const MAX_DEPTH = 6;
const MIN_TEXT = 200;

/** A JobPosting-shaped object read from any job-like JSON, or null when it names no title. */
export function genericPosting(value: unknown): JsonObject | null {
  const title = findString(value, TITLE_KEY, 0);
  if (!title || title.length > 150) return null;
  const lines: string[] = [];
  writeLines(value, '', lines, 0, title);
  const text = lines.join('\n');
  if (text.length < MIN_TEXT) return null;
  const company = findCompany(value, 0);
  return {
    '@type': 'JobPosting',
    title,
    ...(company ? { hiringOrganization: { name: company } } : {}),
    description: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
  };
}

/** The first string under a key matching `key`, depth first in document order. */
function findString(value: unknown, key: RegExp, depth: number): string | null {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findString(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  for (const [k, v] of Object.entries(value)) {
    if (key.test(k) && typeof v === 'string' && v.trim() !== '')
      return htmlFragmentToText(v).trim();
  }
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'object' || v === null || SKIP_KEY.test(snakeCase(k))) continue;
    const found = findString(v, key, depth + 1);
    if (found) return found;
  }
  return null;
}

// "empresa": "Textiles Aburrá S.A.S.", or "unternehmen": {"name": ...}, or "organization":
// {"displayName": "Lonestar Mutual", "legalEntity": ...}: the name people know comes first.
function findCompany(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH || (!isObject(value) && !Array.isArray(value))) return null;
  if (Array.isArray(value)) return value.length > 0 ? findCompany(value[0], depth + 1) : null;
  for (const [k, v] of Object.entries(value)) {
    if (!COMPANY_KEY.test(k)) continue;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (isObject(v)) {
      const names = Object.entries(v).filter(
        ([nk, nv]) => COMPANY_NAME_KEY.test(nk) && typeof nv === 'string' && nv.trim() !== '',
      );
      const display = names.find(([nk]) => /display/i.test(nk)) ?? names[0];
      if (display) return String(display[1]).trim();
    }
  }
  for (const v of Object.values(value)) {
    const found = typeof v === 'object' && v !== null ? findCompany(v, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

/** Every value as a labelled line, in document order. */
function writeLines(value: unknown, key: string, out: string[], depth: number, title: string) {
  if (depth > MAX_DEPTH || SKIP_KEY.test(snakeCase(key))) return;
  if (typeof value === 'string') {
    // An enum's value: "FULL_TIME" -> "full-time", "ON_SITE" -> "on-site".
    const text = /^[A-Z]+(?:_[A-Z]+)+$/.test(value)
      ? value.toLowerCase().replace(/_/g, '-')
      : htmlFragmentToText(value).trim();
    if (text === '' || text === title) return;
    const label = labelOf(key);
    if (text.includes('\n') || text.length > 160 || label === '') out.push(...text.split('\n'));
    else out.push(`${label}: ${text}`);
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return;
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string');
    if (strings.length === value.length && strings.length > 0) {
      if (key !== '') out.push(`${labelOf(key)}:`);
      for (const s of strings) out.push(`- ${htmlFragmentToText(s).trim()}`);
      return;
    }
    for (const item of value) writeLines(item, key, out, depth + 1, title);
    return;
  }
  if (!isObject(value)) return;
  const payObject = PAY_KEY.test(key);
  if (payObject) out.push(...payLines(value));
  const flat = payObject ? null : flatPay(value);
  if (flat) out.push(`Salary: ${flat.line}`);
  const place = placeLine(value);
  if (place) out.push(`Location: ${place}`);
  for (const [k, v] of Object.entries(value)) {
    if (!flat?.keys.has(k)) writeLines(v, k, out, depth + 1, title);
  }
}

// A pay object's salary lines: its own figures, or one line per range in a list under it
// ({"currency": "USD", "interval": "annual", "ranges": [{"label": "Chicago, IL", "min": 134000,
// "max": 160000}, …]}), each with the currency and period of the object it sits in.
function payLines(o: JsonObject): string[] {
  const own = payLine(o, null);
  if (own) return [`Salary: ${own}`];
  const lines: string[] = [];
  for (const v of Object.values(o)) {
    if (!Array.isArray(v)) continue;
    for (const item of v) {
      const pay = isObject(item) ? payLine(item, o) : null;
      if (!pay) continue;
      const label = Object.entries(item as JsonObject).find(
        ([k, name]) => RANGE_LABEL_KEY.test(k) && typeof name === 'string' && name.trim() !== '',
      );
      lines.push(label ? `Salary – ${String(label[1]).trim()}: ${pay}` : `Salary: ${pay}`);
    }
  }
  return lines;
}

const RANGE_LABEL_KEY = /^(?:label|name|location|zone|region|level|tier|city|title)$/i;

// "rangeLow": 98000, "rangeHigh": 121000, "currency": "USD", "interval": "ANNUAL" ->
// "USD 98000 - 121000 per year"; "valor": 3500000, "moneda": "COP", "periodicidad": "mensual".
// A range in a list takes the currency and period its `parent` names when it names none.
function payLine(o: JsonObject, parent: JsonObject | null): string | null {
  let low: number | null = null;
  let high: number | null = null;
  let currency = '';
  let period = '';
  for (const [k, v] of parent
    ? [...Object.entries(parent), ...Object.entries(o)]
    : Object.entries(o)) {
    if (parent && o[k] === undefined && typeof v === 'number') continue;
    if (typeof v === 'number') {
      if (LOW_KEY.test(k)) low = v;
      else if (HIGH_KEY.test(k)) high = v;
      else if (ONE_KEY.test(k)) low ??= v;
    } else if (typeof v === 'string') {
      if (CURRENCY_KEY.test(k)) currency = v.trim();
      else if (PERIOD_KEY.test(k)) period = periodWord(v);
      // {"type": "hourly"}, {"pay_frequency": "Monthly"}: a period under another key.
      else if (PERIOD_LIKE_KEY.test(k) && period === '') period = periodWord(v);
    }
  }
  return payText(low, high, currency, period);
}

// Portuguese "cidade"; Peru's "distrito" (Lima's districts are where a job is: "Lurín").
const CITY_KEY =
  /^(?:city|ort|stadt|gemeinde|ciudad|cidade|distrito|comuna|commune|ville|localidad|localidade|town|municipio|munic[ií]pio|municipality|locality)$/i;
// With its code's spelling too: "stateCode", "region_code", "countryCode".
const REGION_KEY =
  /^(?:region|state|bundesland|departamento|provincia|province|estado|kanton|canton)(?:[ _]?code)?$/i;
const COUNTRY_KEY = /^(?:country|land|pa[ií]s|pays)(?:[ _]?code)?$/i;

// {"plz": "58511", "ort": "Lüdenscheid", "bundesland": "Nordrhein-Westfalen"} -> "Lüdenscheid,
// Nordrhein-Westfalen"; {"city": "Austin", "region": "TX", "country": "US"} -> "Austin, TX".
function placeLine(o: JsonObject): string | null {
  const part = (re: RegExp) => {
    const hit = Object.entries(o).find(([k, v]) => re.test(k) && typeof v === 'string');
    return hit ? String(hit[1]).trim() : '';
  };
  const city = part(CITY_KEY);
  if (city === '') return null;
  return townAndRegion(city, part(REGION_KEY), part(COUNTRY_KEY));
}

function snakeCase(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

// "vertragsart" -> "Vertragsart", "tipo_contrato" -> "Tipo contrato", "workplaceType" ->
// "Workplace type".
function labelOf(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' || /^\d+$/.test(words) ? '' : words.charAt(0).toUpperCase() + words.slice(1);
}
