/**
 * Place forms the plain gazetteer test misses: a postcode first ("22113 Hamburg"), a district
 * or river suffix ("Köln-Lindenthal", "Frankfurt am Main"), a French département prefix with an
 * arrondissement ("69 - Lyon 3e"), a Singapore/India 6-digit postcode ("Raffles Place, 048623"),
 * cities outside country.ts ("Bogotá D.C.", "Buenos Aires, Argentina"); labels such as
 * "Facility location:"; and header lines that only hold a place inside other text (iCIMS
 * "US-TX-Austin", Indeed "Company - City, ST"). Also work-mode values that boards print in the
 * location slot ("Einsatzort: vor Ort ...", "Lieu du poste : En présentiel").
 */
import type { Evidenced } from '../model/posting';
import { guessCountry, isKnownPlace } from './country';
import { headerLines, type ExtractContext } from './context';
import placeData from './extra-places.json';
import worldData from './world-cities.json';

const EXTRA_PLACES = new Set(placeData.places);
const WORLD_TOWNS = new Set(worldData.places);
// A region after a town: "Worcestershire", "North Yorkshire", "NSW", "Île-de-France".
const REGION = /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|du|des|del|la|le|of|am)){0,3}$/u;

// "Raffles Place, 048623", "Tuas South Avenue 12, 637396": a street or district, maybe its
// number, and the six-digit postcode.
const SG_IN_POSTCODE = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?: \d{1,4}[A-Z]?)?, \d{6}$/;
const LEADING_CODE = /^(?:\d{4,5}\s+|\d{2,3}\s?[-–]\s?)/;
// "Lyon 3e", "Paris 15ème", "Dublin 2", "Köln-Lindenthal", "Frankfurt am Main", "Halle (Saale)",
// a UK postcode or its district ("Leicester LE3", "London EC2A 4NE"), a part of town ("Cape
// Town CBD", "Leeds City Centre").
const CITY_SUFFIX =
  /(?:\s+\d{1,2}(?:e|er|ème|º)?|\s(?:CBD|Cbd|City Centre|City Center|City|city centre|city center|town centre|Centre|Downtown|Nord|Sud|Est|Ouest|North|South|East|West)|\s[A-Z]{1,2}\d[A-Z\d]?(?:\s\d[A-Z]{2})?|-[A-ZÄÖÜ][a-zäöüß]+|\s(?:am|an der|im|in der|ob der|bei) [A-ZÄÖÜ][a-zäöüß.]+|\s\([A-ZÄÖÜ][a-zäöüß]+\))$/;

/** A city that country.ts does not know, alone or with its country ("Buenos Aires, Argentina"). */
export function isExtraPlace(text: string): boolean {
  const region = regionAfterTown(text, EXTRA_PLACES);
  return (
    region === '' ||
    (region !== null && (EXTRA_PLACES.has(region.toLowerCase()) || guessCountry(region) !== null))
  );
}

/**
 * What follows a town of `towns` that starts the text ("" when nothing, after a comma the
 * rest), or null when the text does not start with one. Names start with a capital.
 */
function regionAfterTown(text: string, towns: ReadonlySet<string>): string | null {
  const code = text.charCodeAt(0);
  if (text.length > 60 || code < 65 || (code > 90 && code < 0xc0)) return null;
  const comma = text.indexOf(',');
  const town = comma < 0 ? text : text.slice(0, comma);
  if (!towns.has(town.trim().toLowerCase())) return null;
  return comma < 0 ? '' : text.slice(comma + 1).trim();
}

/**
 * A town of the world list, alone or before its region or country ("York", "Redditch,
 * Worcestershire"). Asked only about text in which country.ts found no place.
 */
export function isWorldTown(text: string): boolean {
  const region = regionAfterTown(text, WORLD_TOWNS);
  return region === '' || (region !== null && REGION.test(region));
}

// Capital districts: "Bogotá D.C.", "Washington, D.C.", "México D.F.".
const CAPITAL_DISTRICT = /,?\s+D\.\s?[CF]\.$/;

/** A place followed by its capital-district abbreviation, which ends in a full stop. */
export function isCapitalDistrict(text: string): boolean {
  if (!CAPITAL_DISTRICT.test(text)) return false;
  const city = text.replace(CAPITAL_DISTRICT, '');
  return isKnownPlace(city) || isExtraPlace(city);
}

/**
 * A known city with a postcode or département before it or a district after it ("22113
 * Hamburg", "69 - Lyon 3e", "Köln-Lindenthal", "Frankfurt am Main"). Only asked about text in
 * which country.ts already found a place.
 */
export function isSuffixedPlace(text: string): boolean {
  const city = text.replace(LEADING_CODE, '');
  const bare = city.replace(CITY_SUFFIX, '');
  return (city !== text || bare !== city) && (isKnownPlace(bare) || isKnownPlace(city));
}

const DASH = /\s[-–—]\s/;

/**
 * Indeed's "Company - City, ST" line: a name, not a place, before the dash. The place is read
 * from it by locationsFromHeaderText.
 */
export function isNameDashPlace(text: string): boolean {
  const dash = DASH.exec(text);
  if (!dash) return false;
  const left = text.slice(0, dash.index);
  return !/^(?:remote|hybrid|on-?site)\b/i.test(left) && guessCountry(left) === null;
}

// A work-mode phrase in the location slot, with no place in it.
const MODE_VALUE =
  /^(?:vor ort|en présentiel|présentiel|sur site|sur place|on-?site|in[- ]person|in[- ]office|presencial|di persona|in presenza|in sede|en remoto|work(?:ing)? from home|wfh|(?:fully |full |100 ?% ?)?(?:remote|remoto|télétravail|teletrabajo|homeoffice|home office)|hybrid|hybride|híbrido|hibrit|uzaktan|mobil(?:es arbeiten)?|persoonlijk|op kantoor|op locatie|thuiswerken|عن بُ?عد(?: بالكامل)?)(?![\p{L}])/iu;

/** Whether a location field's value is a work-mode phrase rather than a place. */
export function isWorkModeValue(text: string): boolean {
  return MODE_VALUE.test(text) && guessCountry(text) === null;
}

// "Site:" (a contractor's site), "Base:" (NHS job descriptions), "Where:" (an email's summary),
// "Office:" (boards), "Campus:" (universities), "Faena:" (Chilean mines), "Secteur du lieu de
// travail :" (French public-sector boards).
const EXTRA_FIELD =
  /^(?:(?:facility|hospital|store|branch|clinic|site|campus|practice) (?:location|address)|duty station|work ?site|job site|site|base|where|office|campus|faena|sede|zona|centro de trabajo|lieu d'affectation|secteur du lieu de travail|dienstort)\s*[:：]\s*(\S.{1,100})$/i;

const LIST_MARKER = /^[-•*]\s/;

/**
 * Locations from labels location.ts's field list does not hold ("Facility location:").
 * `splitPlaces` is location.ts's own splitter of a field value.
 */
export function locationsFromExtraField(
  ctx: ExtractContext,
  splitPlaces: (value: string, start: number) => Evidenced<string>[],
): Evidenced<string>[] {
  const header = headerLines(ctx, 12);
  for (const [i, line] of header.entries()) {
    // Also as an item of a list of details: "- Sede: Trieste".
    const body = line.text.replace(LIST_MARKER, '');
    const m = body.length > 120 ? null : EXTRA_FIELD.exec(body);
    if (!m?.[1]) continue;
    // A board's search box: "What: warehouse" over "Where: Columbus, OH" is the seeker's search.
    if (/^what\s?:/i.test((header[i - 1]?.text ?? '').replace(LIST_MARKER, ''))) continue;
    // Net-Empregos' "Zona: Faro (Distrito)" is a place; a sales team's "Zona: Nacional" is not.
    if (/^zona\b/i.test(body) && !isKnownPlace(m[1].replace(/\s*\(.*$/, '').trim())) continue;
    const value = m[1].trim();
    // A list item's "- Office: newly refurbished, dog-friendly" is a perk: as an item, only a
    // known place counts ("- Sede: Trieste").
    if (body !== line.text && !value.split(/,\s*/).some((part) => isKnownPlace(part))) continue;
    // "Base: $120,000" is pay, "Office: 3 days a week" a schedule.
    if (/[$€£¥₹]|\d,\d{3}|\d[kK]\b/.test(value) || /^\d+\s\p{Ll}/u.test(value)) continue;
    const found = splitPlaces(value, line.start + line.text.lastIndexOf(value));
    if (found.length > 0) return found;
  }
  return [];
}

// iCIMS: "Job Locations US-TX-Austin", "CA-ON-Toronto".
const ICIMS_PLACE = /\b[A-Z]{2}-[A-Z]{2,3}-[A-Z][A-Za-z\u00C0-\u024F.' ]{1,40}$/;
// "City, ST" inside a longer line ("Granite Peak Security Systems - Salt Lake City, UT").
const CITY_STATE_IN =
  /\b[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F.'-]+(?: [A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F.'-]+){0,3}, [A-Z]{2}\b/;

/**
 * Last resort: a place embedded in one of the first header lines, or a Singapore/India place
 * line with its 6-digit postcode ("Raffles Place, 048623").
 */
export function locationsFromHeaderText(ctx: ExtractContext): Evidenced<string>[] {
  for (const line of headerLines(ctx, 10)) {
    const text = line.text;
    // A forum's "Company | Title | Brno, CZ (ONSITE) or REMOTE | Full-time | pay (note)" runs
    // longer.
    if (line.kind === 'list-item' || text.length > (text.includes(' | ') ? 300 : 160)) continue;
    const m =
      (text.includes('-') ? ICIMS_PLACE.exec(text) : null) ??
      (text.includes(', ') ? (CITY_STATE_IN.exec(text) ?? SG_IN_POSTCODE.exec(text)) : null);
    if (!m || (guessCountry(m[0]) === null && !SG_IN_POSTCODE.test(m[0]))) continue;
    const value = m[0].trim();
    const start = line.start + m.index + (m[0].length - m[0].trimStart().length);
    return [{ value, spans: [{ start, end: start + value.length }] }];
  }
  return [];
}
