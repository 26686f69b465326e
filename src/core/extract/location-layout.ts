/**
 * The place read from where boards print it, when no label and no known place name says it:
 * right under the company, which is right under the title ("Asistente de RRHH / Inca Textil
 * S.A.C. / Miraflores, Lima"). No list of cities can be complete; the layout is the same on
 * every board. The line must still read like a place: short, capitalised words, maybe a
 * postcode or a bracketed district ("Bengaluru (Whitefield)", "33000 Bordeaux", "Laval (QC)").
 */
import { isCareersBanner } from './careers-banner';
import type { Evidenced } from '../model/posting';
import { classifyHeading } from '../sections/headings';
import { normaliseHeading } from '../sections/split-sections';
import { lineIndexAt, type ExtractContext } from './context';
import { isHeaderChrome } from './header-chrome';
import { TITLE_WORD } from './title';
import { hasLegalForm } from './legal-form';
import { isKnownPlace } from './country';
import { isExtraPlace, isWorldTown } from './location-cues';
import { capitalisedWords } from '../text/letter-case';

// Capitalised words (Latin letters with their accents: "Žilina"), particles, postcodes, a
// bracketed district or region code, commas, a
// French arrondissement ("Lyon 9e - 69"), a district after a dash ("Lagos - Ikeja").
const PLACE_WORDS =
  /^(?:\d{4,6} )?[A-Z\u00C0-\u00DE\u0100-\u017F][\p{L}.'’-]*(?:,? (?:[A-Z\u00C0-\u00DE\u0100-\u017F][\p{L}.'’-]*|\([\p{L}\d .'’-]{2,30}\)|\d{2,6}|\d{1,2}(?:e|er|ème)|- \d{2,3}|[-–] [A-Z\u00C0-\u00DE][\p{L}.'’-]*|de|del|la|am|im|an|der|sur|en|d[’']\p{L}+))*$/u;
// Not a place: money, separators, work words, and the document-type headings printed under a
// letterhead ("PERFIL DE CARGO", "Job Description"), a section's heading ("About").
const NOT_PLACE =
  /[$€£¥₹%:/@|•·]|(?<![\w\u00C0-\u024F])(?:about|über|acerca de|introduction|highlights|our story|overview|summary|benefits|requirements|responsibilities|qualifications|hiring|recruiting|lehrkrankenhaus|teaching hospital|remote|hybrid|on-?site|work from home|wfh|time|shift|apply|posted|days?|ago|perfil|cargo|puesto|description|specification|profile|fiche|offre|annonce|oferta|vacancy|vacance|vacante|convocatoria|ausschreibung|pack|contents|stellen\w*|familie|family|famille|familia|inhaber\w*|owner|division|department|pôle|service|unit|fachbereich|\w*abteilung|personalwesen|human resources|talent acquisition|recruiting|recruitment|ressources humaines|recursos humanos|rrhh|liberté|égalité|fraternité|anuncio|edicto|bases|messages?|ofertas|lda|ltda|ltd|gmbh|llc|plc|inc)(?![\w\u00C0-\u024F])|\(\d{1,4}\)/i;

// "★ 4.0", "3,6 von 5 Sternen", "4.1 out of 5 stars", "3,9 sur 5 étoiles".
const RATING =
  /^[★☆]?\s?\d(?:[.,]\d)?\s?(?:[★☆]|stars?|\/\s?5|(?:out of|von|sur|de) 5(?: (?:stars|sternen|étoiles|estrellas))?)?$/i;

/** The place on the line under the company's, or an empty list. */
export function locationBelowCompany(
  ctx: ExtractContext,
  company: Evidenced<string> | null,
): Evidenced<string>[] {
  const at = company?.spans[0]?.start;
  if (!company || at === undefined) return [];
  // The name where the evidence is, then where else it is written: a recruiter's message names
  // the employer in a sentence ("this is Tasha, kitchen manager at Marigold Kitchen & Bar"), the
  // posting pasted under it over its place ("LINE COOK - Marigold Kitchen & Bar").
  const found = placeBelowLine(ctx, lineIndexAt(ctx.lines, at), BELOW_NAME_MAX_LINE);
  if (found.length > 0) return found;
  for (
    let k = 0, from = ctx.text.indexOf(company.value);
    from >= 0 && k < NAME_REPEATS;
    k++, from = ctx.text.indexOf(company.value, from + 1)
  ) {
    if (from === at) continue;
    // A pasted posting's header may sit lower: under a message or two.
    const again = placeBelowLine(ctx, lineIndexAt(ctx.lines, from), REPEAT_MAX_LINE);
    if (again.length > 0) return again;
  }
  return [];
}

const NAME_REPEATS = 5;
const BELOW_NAME_MAX_LINE = 20;
const REPEAT_MAX_LINE = 40;

function placeBelowLine(ctx: ExtractContext, index: number, maxLine: number): Evidenced<string>[] {
  // A board's star rating may sit between the company and the place ("★ 4.0").
  const next = ctx.lines[index + 1];
  const line = next && RATING.test(next.text.trim()) ? ctx.lines[index + 2] : next;
  if (index > maxLine || !line) return [];
  // A message's sentence names the employer: the line under it is the sign-off ("Viele Grüße",
  // "Best, Chris"), not a place.
  if (isSentence(ctx.lines[index]?.text ?? '')) return [];
  // A saved page's list of facts under the name: "- Dublin 2, Dublin", "- €32,000 per year".
  const body = line.kind === 'list-item' ? line.text.replace(/^- /, '') : line.text;
  const text = body.trim();
  if (!looksLikePlaceLine(text) && !isPostcodeTown(text) && !isTownAndParts(text)) return [];
  // A list item is a place only when known as one: not "- Kotlin", "- Engineering".
  if (line.kind === 'list-item' && !isListedPlace(text)) return [];
  // Lower down, only a known place: "Print" or a signature's name is no place. A shouted line
  // under the employer is its title or its department ("STYRMAN (vikariat)", "DEPARTAMENTO DE
  // SALUD MUNICIPAL"), unless a known place or a town and its state ("SYDNEY NSW").
  const shouted = !/\p{Ll}/u.test(text.replace(/\([^()]*\)/g, ''));
  // A note in brackets or three words and more: a single shouted word ("GREYMOUTH") may be a town.
  const shoutedOther =
    shouted &&
    (text.endsWith(')') || text.split(' ').length >= 3) &&
    !/\s[A-Z]{2,3}$/.test(text) &&
    !isListedPlace(capitalisedWords(text));
  if ((maxLine > BELOW_NAME_MAX_LINE || shoutedOther) && !isListedPlace(text)) return [];
  const start = line.start + line.text.indexOf(text);
  return [{ value: text, spans: [{ start, end: start + text.length }] }];
}

// Boards abroad print the town with its district or its street under the employer: "Kocaeli /
// Gebze", "İstanbul(Avr.) / Sarıyer (Maslak)", "Liepāja, Brīvostas iela 40", "Split, Obala
// Hrvatskog narodnog preporoda", "Debrecen, Tímár utca 8.".
const ADDRESS_REST =
  /(?:^|\s)(?:iela|utca|ulica|ul\.|street|road|avenue|strasse|straße|str\.|calle|rue|via|obala|cesta|sokak|sok\.|caddesi|cad\.|bulvarı|náměstí|námestie|aleja|al\.|út|körút|tér|gatvė|tänav|trg|bulevardul|strada)(?=\s|$)/iu;

function isTownAndParts(text: string): boolean {
  if (text.length > 70) return false;
  const spaced = text.replace(/(?<=\p{L})\(/gu, ' (');
  const slashed = spaced.split(' / ');
  // A known town first: not "Sales / Marketing", "Engineering / London".
  if (slashed.length === 2 || slashed.length === 3) {
    return isListedPlace(slashed[0] ?? '') && slashed.every(looksLikePlaceLine);
  }
  const comma = spaced.indexOf(', ');
  return (
    comma > 1 &&
    looksLikePlaceLine(spaced.slice(0, comma)) &&
    ADDRESS_REST.test(spaced.slice(comma + 2))
  );
}

// "Hey Curtis it's Ray from Northsound Electric. Got work if you want it. … 3 months min": a
// message's sentences, the last one maybe without its stop.
function isSentence(text: string): boolean {
  return /[.!?]\s*$|\p{Ll}[.!?]\s\p{Lu}/u.test(text) && text.split(' ').length > 8;
}

export function isListedPlace(text: string): boolean {
  // "Sandyford, Dublin 18", "Berlin-Kreuzberg", "Madrid (Alcobendas)": a part is known.
  return (
    isKnownPlace(text) ||
    text
      .split(/,\s|-/)
      .map((part) => part.replace(/\s*\([^()]*\)$|\s\d{1,2}$/, '').trim())
      .some((part) => isKnownPlace(part) || isExtraPlace(part) || isWorldTown(part))
  );
}

/** A hotel's class after its name: " ****S", " ★★★★" (company.ts drops it from the name). */
export const HOTEL_CLASS = String.raw`\s(?:\*{2,5}|★{2,5})(?:\s?(?:S|Sup|Superior|GL|\+))?`;

// What parts a name from the place after it on the company's line: a comma or a dash, maybe
// after the hotel's class ("Hotel Alpenrose ****S, Obertauern").
const AFTER_NAME = new RegExp(String.raw`^(?:\*\*)?(?:${HOTEL_CLASS})?(?:,\s|\s[–—·•|-]\s)`);
// The next part of a chip line: "Vandermolen Fresh Logistics B.V. · Venlo · 32–40 hours".
const NEXT_PART = /\s[·•|]\s/;
// "Canadian Grain Standards Agency – Information Technology Security Directorate": a unit of the
// employer, not its place.
const ORG_UNIT_END =
  /\s(?:Directorate|Division|Department|Branch|Bureau|Secretariat|Section|Sector|Team|Programme|Program|Services)$/;
const WORK_ARRANGEMENT_AFTER =
  /\s?\/\s?(?:außendienst|homeoffice|home-office|remote|hybrid|field(?:-based)?|vor ort|télétravail|remoto|híbrido|mobil)\s*$/i;

/** The place after the company's name on its own line ("Bernasconi AG, Lenzburg"), or []. */
export function locationBesideCompany(
  ctx: ExtractContext,
  company: Evidenced<string> | null,
): Evidenced<string>[] {
  const span = company?.spans[0];
  if (span === undefined) return [];
  const line = ctx.lines[lineIndexAt(ctx.lines, span.start)];
  if (!line || line.kind === 'list-item') return [];
  const rest = line.text.slice(span.end - line.start);
  const cut = AFTER_NAME.exec(rest);
  const tail = cut ? rest.slice(cut[0].length) : '';
  const next = NEXT_PART.exec(tail);
  const part = (next ? tail.slice(0, next.index) : tail).trim();
  // "Stuttgart / Außendienst": the place, then how the job is worked there.
  const text = part.replace(WORK_ARRANGEMENT_AFTER, '');
  // "Gasthaus Zur Alten Donau – Familie Pichler OG": the operator's legal name, not a place.
  // A space before the text lets a legal form alone count: "Tequila Labs Software, S.A.P.I. de
  // C.V.", the name's own form after a comma.
  if (!cut || !looksLikePlaceLine(text) || hasLegalForm(` ${text}`) || ORG_UNIT_END.test(text)) {
    return [];
  }
  const start = line.start + line.text.indexOf(text, span.end - line.start);
  return [{ value: text, spans: [{ start, end: start + text.length }] }];
}

/** Whether a line reads as a place: short capitalised words, no money, chrome or title word. */
export function looksLikePlaceLine(text: string): boolean {
  return (
    text.length >= 3 &&
    text.length <= 60 &&
    text.split(/\s+/).length <= 7 &&
    PLACE_WORDS.test(text) &&
    !NOT_PLACE.test(text) &&
    !TITLE_WORD.test(text) &&
    !isHeaderChrome(text) &&
    // "Finanças Ipê - Carreiras": the careers page's name, not a place.
    !isCareersBanner(text) &&
    classifyHeading(normaliseHeading(text)) === null
  );
}

// "6450 Sölden", "72108 Rottenburg am Neckar", "1180 Wien": a postcode, then the town.
// A year is no postcode ("2026 Intake").
const POSTCODE_TOWN =
  /^(?!(?:19|20)\d\d )\d{4,5} \p{Lu}[\p{L}'’.-]+(?:[ -](?:(?:am|an der|im|in der|sur|de|la|le|en|bei) )?\p{Lu}[\p{L}'’.-]+){0,2}$/u;

// "Daventry NN11", "Kettering, NN15 6XY": a British town, then its postcode or its district (a
// real postcode area); not a grade, a level or a room ("Band B3", "German C1", "Ward B12").
const TOWN_UK_POSTCODE =
  /^([A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}),? ((?:AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IP|IV|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)\d[A-Z\d]?)(?: \d[A-Z]{2})?$/;
// Words that put a grade, a level or a unit before such a code: "Entgeltgruppe E9", "French
// Level B2", "Ward B12", "Monday M1".
const NOT_TOWN_WORD =
  /(?:gruppe|stufe|klasse|band|grade|level|scale|step|unit|suite|floor|room|route|zone|terminal|gate|building|block|lot|pay|tier|class|category|type|ward|team|year|licen[cs]e|ref|number|main|monday|tuesday|wednesday|thursday|friday|saturday|sunday|german|french|spanish|english|italian|dutch|polish|reception)\b/i;

/** Whether the text is a postcode and a town, and nothing that reads as a title or chrome. */
export function isPostcodeTown(text: string): boolean {
  if (text.length > 50) return false;
  if (POSTCODE_TOWN.test(text)) return looksLikePlaceLine(text);
  const uk = TOWN_UK_POSTCODE.exec(text);
  const town = uk?.[1];
  return town !== undefined && !NOT_TOWN_WORD.test(town) && looksLikePlaceLine(town);
}

// "2 Locations" (Workday), "2 vacancies in the following locations:" (USAJobs), "Multiple
// locations": a count in the location slot, the places come after it.
const COUNT_VALUE =
  /^(?:\d{1,3}|multiple|several|various|mehrere|plusieurs|varias)\s+(?:locations?|vacanc\w*|sites?|standorte|lieux|ubicaciones)\b/i;

/** Whether a location field's value is a count of places rather than a place. */
export function isPlaceCount(text: string): boolean {
  return COUNT_VALUE.test(text.trim());
}
