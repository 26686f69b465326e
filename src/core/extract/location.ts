/**
 * Job locations as written, most specific first. From a "Location:" field (value on the same
 * line or the next, or in a table row's cell), a chat ad's 📍 line, else from place-looking
 * lines in the header block ("Sunnyvale, CA"), a sentence saying where the job is based, and
 * last the country a remote job may be done from. A street address keeps only its "City, ST"
 * part ("1375 Crossman Avenue, Sunnyvale, CA 94089" -> "Sunnyvale, CA"); a work mode is never a
 * place ("Hybrid - London" -> "London").
 */
import { nativeScriptPlace } from './native-script-place';
import { asianPlaceField, asianPlaceInText } from './asian-place';
import { CYRILLIC_LETTER, hasArabic, hasCyrillicOrGreek, isAsianText } from './asian-script';
import type { Line } from '../clean/lines';
import type { Evidenced } from '../model/posting';
import { guessCountry, isKnownPlace } from './country';
import { isOrgName } from './company-cues';
import { hasLegalForm } from './legal-form';
import { evidence, headerLines, lineBody, lineIndexAt, type ExtractContext } from './context';
import { labelStart } from './label-start';
import { isJobBoard } from './header-chrome';
import { TITLE_WORD } from './title';
import {
  isCapitalDistrict,
  isExtraPlace,
  isWorldTown,
  isNameDashPlace,
  isSuffixedPlace,
  isWorkModeValue,
  locationsFromExtraField,
  locationsFromHeaderText,
} from './location-cues';
import { MODE_AT_END, displayCase, locationsFromHeaderParts } from './location-header-forms';
import {
  isPlaceCount,
  isListedPlace,
  isPostcodeTown,
  locationBelowCompany,
  locationBesideCompany,
  looksLikePlaceLine,
} from './location-layout';
import {
  leadingSymbolsLength,
  locationsFromBasedAt,
  locationsFromHiringSentence,
  locationBeforeWorkMode,
  locationsInProse,
  townWithStateCode,
  locationsFromPin,
  locationsFromRemoteCountry,
  isVenue,
  openBracket,
  trimPlaceValue,
  venueLength,
} from './location-phrases';

const LOCATION_FIELD =
  /^(?:(?:job |work |office |primary )?locations?(?: of (?:the )?(?:post|position|role|job|work|employment))?|based in|standorte?|arbeitsort|einsatzort|ort|lieu(?: de travail| du poste| de mission| d['’]affectation| d['’]exercice)?|localisation|sede di lavoro|luogo di lavoro|ville|ubicación|ubicacion|localización|lugar de (?:trabajo|desempeño)|localidad|municipio|centro de trabajo|dienstort|dienstsitz|ciudad|city|town|outlet|duty stations?|place of (?:work|employment)|workplace|arbejdssted|arbeidssted|arbetsort|arbetsplats|mahali(?: pa kazi)?|eneo la kazi|kituo cha kazi|placering|placeringsort|tjänsteställe|werklocatie|werkplek|standplaats|locatie|plaats van (?:tewerkstelling|het werk)|plaats(?=\s*[:：])|kommune?(?=\s*[:：])|sted(?=\s*[:：])|paikkakunta|sijainti(?=\s*[:：])|työpaikan sijainti|místo výkonu práce|místo práce|miesto (?:výkonu )?práce|pracoviště(?=\s*[:：])|lokalita(?=\s*[:：])|miejsce (?:wykonywania )?pracy|mjesto rada|mesto rada|(?:lokacija|darba vieta|darbo vieta|asukoht|şehir|konum|helyszín|oraș|localitate|τοποθεσία|περιοχή|месторабота|град|населено място)(?=\s*[:：])|çalışma yeri|iş yeri(?=\s*[:：])|τόπος εργασίας|lokalizacja|local de trabalho|localização|local(?=\s*[:：]\s*(?!\d|(?:yes|no|n\/a|ibew|seiu|ufcw|teamsters|usw|uaw|afscme|union)\b)\S)|lokasyon|locați[ae]|locatia|locul de muncă|munkavégzés helye|munkahely(?=\s*[:：])|địa điểm(?: làm việc)?|lokasi(?: kerja| penempatan)?|penempatan|مكان العمل|موقع العمل|مقر العمل|مدينة العمل|الموقع الجغرافي|الموقع الوظيفي|الموقع(?! الإلكتروني| الالكتروني)|المدينة|العنوان|المقر|(?:место работы|місце роботи|адрес(?: работы)?|адреса(?: роботи)?|город|місто|местоположение|населённый пункт|населенный пункт|населений пункт|локация|локація|регион|регіон)(?=\s*[:：]))(?:\s?\/\s?(?:(?:job |work )?location|placement|lieu|standort|ubicación))?(?![a-z])(?!\s(?:type|mode|model|arrangement|policy)\b)\s*[:：]?\s*(.*)$/i;
// A Brazilian town and its state's code after an address: "– Mogi Guaçu/SP", ", São Paulo - SP".
const BR_TOWNS_STATE =
  /(?<=(?:^|[,–—]\s?|\s-\s))(?!(?:Presencial|Remoto|Híbrido|Centro)\b)\p{Lu}[\p{L}'’]+(?: (?:d[aeo]s? )?\p{Lu}[\p{L}'’]+){0,3}\s?(?:\/|\s-\s|\s–\s)\s?(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![\p{L}\d-])/gu;
// Only in a value that opens as an address: a street, a road, an office.
const BR_ADDRESS =
  /^(?:(?:presencial|híbrido|remoto)\s[-–]\s)?(?:rua|r\.|av\.|avenida|rodovia|estrada|alameda|praça|travessa|largo|escritório|distrito)\s/i;
const BR_STREET = /^(?:rua|rodovia|travessa)\s/i;

/** The last town with its state's code in an address (the town ends it). */
function lastTownState(value: string): { text: string; index: number } | null {
  let last: RegExpExecArray | null = null;
  for (const m of value.matchAll(BR_TOWNS_STATE)) last = m;
  return last ? { text: last[0], index: last.index } : null;
}

const HAS_VERB = /\b(?:is|are|was|were|will|be|has|have|ist|sind|est|sont|es|son)\b/i;
const FIRST_SENTENCE_END = /(?<=[\p{Ll})])\.\s+\p{Lu}.*$/u;
const OFFICE_ADDRESS =
  /^[\p{L}\p{M} .'’&-]{2,40}\s(?:head office|office|headquarters|hq|branch|campus|plant|factory|site)\s?\(([^()]{3,60})\)/iu;
const FIELD_START_SOURCE = String.raw`^(?:- )?(?:(?:job |work |office |primary )?locations?|based in|standort|arbeitsort|einsatzort|ort|lieu|localisation|sede di|luogo di|ville|ubicaci|localizaci|lugar de (?:trabajo|desempeño)|localidad|municipio|centro de trabajo|dienstort|dienstsitz|ciudad|city|town|outlet|duty station|place of (?:work|employment)|workplace|arbejdssted|arbeidssted|arbetsort|arbetsplats|mahali(?: pa kazi)?|eneo la kazi|kituo cha kazi|placering|placeringsort|tjänsteställe|werklocatie|werkplek|standplaats|locatie|plaats van (?:tewerkstelling|het werk)|plaats(?=\s*[:：])|kommune?(?=\s*[:：])|sted(?=\s*[:：])|paikkakunta|sijainti(?=\s*[:：])|työpaikan sijainti|místo výkonu práce|místo práce|miesto (?:výkonu )?práce|pracoviště(?=\s*[:：])|lokalita(?=\s*[:：])|miejsce (?:wykonywania )?pracy|mjesto rada|mesto rada|(?:lokacija|grad|darba vieta|darbo vieta|asukoht|şehir|konum|helyszín|oraș|localitate|τοποθεσία|περιοχή|месторабота|град|населено място)(?=\s*[:：])|çalışma yeri|iş yeri(?=\s*[:：])|τόπος εργασίας|lokalizacja|local de trabalho|localização|local(?=\s*[:：]\s*(?!\d|(?:yes|no|n\/a|ibew|seiu|ufcw|teamsters|usw|uaw|afscme|union)\b)\S)|lokasyon|locați[ae]|locatia|locul de muncă|munkavégzés helye|munkahely(?=\s*[:：])|địa điểm|lokasi|penempatan|مكان العمل|موقع العمل|مقر العمل|مدينة العمل|الموقع|المدينة|العنوان|المقر|(?:место работы|місце роботи|адрес(?: работы)?|адреса(?: роботи)?|город|місто|местоположение|населённый пункт|населенный пункт|населений пункт|локация|локація|регион|регіон)(?=\s*[:：]))`;
// Tested line by line: anchored at the line start, that is cheaper than a multiline scan of
// the whole text, which tries `^` at every position.
const FIELD_START = new RegExp(FIELD_START_SOURCE, 'i');
// The first two letters of those labels: a cheaper test that most lines fail.
const MAY_START_FIELD = labelStart(
  'jo wo of pr lo ba st ar ei or li vi ub lu ci di ou du pl to mu ce we mi se pe ko pa si ty ma en ki mj me gr da as he',
);
// `^` with the m flag also matches after U+2028 / U+2029 inside a line.
const FIELD_START_INSIDE = new RegExp(FIELD_START_SOURCE, 'im');
const CITY_STATE =
  /\b([A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F.'-]+(?: [A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F.'-]+){0,3}), ([A-Z]{2})\b(?: \d{5}(?:-\d{4})?)?/;
// "Dublin 2, Ireland": a district number may follow the first part. "Birmingham, B3",
// "Leeds, LS1 4AP": a UK postcode (or its district) may end it.
// Capitals beyond Latin-1 too ("Łódź", "İstanbul", "Şişli"); a Polish voivodeship is written in
// lower case ("Warszawa, mazowieckie").
const PLACE_LINE =
  /^(?:\d{4,5} )?\p{Lu}[a-zA-Z\u00C0-\u024F.'’& -]{1,40}(?: \d{1,2})?(?:, ?\p{Lu}[a-zA-Z\u00C0-\u024F.'’ -]{1,40}){0,3}(?:, ?[a-ząćęłńóśźż-]+(?:skie|ckie|dzkie))?(?: \d{4,5}|,? [A-Z]{1,2}\d[A-Z\d]?(?: \d[A-Z]{2})?)?$/u;
const FIELD_WORK =
  /^(?:im )?außendienst\b|^(?:field[- ]based|in the field|on the road|sur le terrain|en terreno|itinérant|auf baustellen)\b/i;
const SPLIT = /\s*(?:;|\||\/|·|•| or | oder | ou | o )\s*/;
// Work-mode words that boards print in the location slot ("Work Location: In person").
const REMOTE_ONLY =
  /^(?:(?:fully |100 ?% )?remote|hybrid(?: remote)?|on-?site|in[- ]person|en personne|in[- ]office|on the road|one location|multiple locations|various locations|anywhere|worldwide|télétravail|présentiel|sur site|remoto|presencial|en persona|en présentiel|teletrabajo|vor ort|homeoffice|mobil|(?:empleo|trabajo) (?:presencial|remoto|híbrido|desde casa))$/i;
// "Hybrid remote in Austin, TX 78701", "Télétravail hybride à 44000 Nantes": the place after.
// "Hybrid - Pune(Baner)" (Naukri): the mode, a dash, then the place.
const MODE_PREFIX =
  /^(?:(?:hybrid |fully )?remote (?:in|within|from|across|anywhere in)(?: the)?|hybrid in|in[- ]person in|on-?site in|télétravail(?: hybride| partiel)? à|hybride à|remoto en|híbrido en|(?:hybrid|on-?site|in[- ]office|work from office|wfo)\s+[-–—])\s*/i;

/**
 * Extracts the locations, or an empty list. `company` is the extracted company: the line under
 * it is the last resort (see location-layout.ts).
 */
export function extractLocations(
  ctx: ExtractContext,
  company: Evidenced<string> | null = null,
): Evidenced<string>[] {
  // "Inversiones Qhapaq S.A.C. – Casa Qhapaq Hotel Boutique", "Domaine Castelnau-Lérat": the
  // employer or its establishment, read where a place often stands, is no place.
  const companyKey = company?.value.toLowerCase();
  return findLocations(ctx, company).flatMap((found) => {
    const place = withoutCompanyBefore(withoutTail(withoutEmployer(found)), companyKey);
    if (NOT_A_PLACE.test(place.value)) return [];
    if (place.value.toLowerCase() !== companyKey && !isOrganisationAlone(place.value)) {
      return [place];
    }
    // "Ayuntamiento de Calatayud": a town's administration stands for its town.
    return townOfPublicEmployer(place);
  });
}

// "Mtsvane Apps (Tbilisi)" read after a title's dash: the employer, its town in brackets.
function withoutCompanyBefore(
  found: Evidenced<string>,
  companyKey: string | undefined,
): Evidenced<string> {
  const first = found.spans[0];
  if (!companyKey || found.spans.length !== 1 || !first) return found;
  // "Red Sea Events & Conferences (RSEC), Jeddah": the employer, its acronym, then the town.
  const lower = found.value.toLowerCase();
  if (
    companyKey.includes(' ') &&
    lower.startsWith(companyKey) &&
    !found.value.endsWith(')') &&
    !isKnownPlace(found.value.slice(0, companyKey.length))
  ) {
    const comma = found.value.indexOf(', ', companyKey.length);
    const between = found.value.slice(companyKey.length, comma);
    const rest = found.value.slice(comma + 2);
    // Not a state's code after a town read as the employer ("State College, PA 16801").
    if (comma > 0 && /^(?:\s\([^()]{1,12}\))?$/.test(between) && /^\p{Lu}\p{Ll}/u.test(rest)) {
      const cut = comma + 2;
      return {
        value: found.value.slice(cut),
        spans: [{ start: first.start + cut, end: first.end }],
      };
    }
  }
  if (!found.value.endsWith(')')) return found;
  const open = found.value.lastIndexOf(' (');
  if (open < 2 || found.value.slice(0, open).toLowerCase() !== companyKey) return found;
  const cut = open + 2;
  return {
    value: found.value.slice(cut, -1),
    spans: [{ start: first.start + cut, end: first.end - 1 }],
  };
}

// "Alpenfirn Informatik AG, Zürich-Oerlikon": an employer with its legal form before the place.
function withoutEmployer(found: Evidenced<string>): Evidenced<string> {
  const comma = found.value.indexOf(', ');
  const first = found.spans[0];
  if (comma < 2 || found.spans.length !== 1 || !first) return found;
  const name = found.value.slice(0, comma);
  if (!hasLegalForm(name)) return found;
  // "Charleston SC, USA", "Las Vegas NV, United States", "Baden AG, Schweiz": a state or canton,
  // not a legal form. Of the two-letter forms only AG, after a name of two words or more.
  const code = /\s([A-Z]{2})$/.exec(name)?.[1];
  if (code !== undefined && (code !== 'AG' || name.split(' ').length < 3)) return found;
  const cut = comma + 2;
  return { value: found.value.slice(cut), spans: [{ start: first.start + cut, end: first.end }] };
}

// A work mode after the place ("Jersey City, NJ - Hybrid - LOCALS ONLY", "Bengaluru – Work from
// office, 5 days", "Charlotte, NC or Remote (US)") and a bracket at its end ("Austin, TX 78701
// (Downtown area)", "Pune (Baner)", "Glasgow (depot: Hillington Park)"): the place is what comes
// before. Readers name the town; the district or site note is the posting's detail. "Remote
// (US)" keeps its bracket: there it is the place.
const MODE_TAIL =
  /\s+(?:[-–—|]|or|\/)\s+(?:(?:fully |100 ?% )?(?:remote|hybrid)|on-?site|in[- ]office|in[- ]person|work from (?:office|home)|wfo|wfh|hybride|télétravail|présentiel|híbrido|remoto|presencial|teletrabajo|homeoffice)(?![\p{L}]).*$/iu;
const TRAILING_BRACKET = /\s*\([^()]*\)$/;
const REGION_CODE = /^[A-Z]{2,3}$/;
// Work from office / home: a mode, not a region ("Surabaya (WFO)").
const MODE_CODE = /^WF[OH]$/;
// "Lyon 1er (69)", "Biarritz (64200)": a French département or postcode, as boards print it.
const POSTAL_NUMBER = /^\d{2,5}$/;
const RIVER = /^(?:Oder|Saale|Main|Rhein|Donau|Elbe|Havel|Spree|Mosel|Neckar|Lahn|Ruhr|Weser|Inn)$/;
// "Nashville, TN preferred", "Canada only": a preference or a limit, no part of the place.
const PREFERRED_TAIL = /\s+(?:\(?(?:strongly )?preferred\)?|only)$/i;

// A board's search heading read as a place: "Care Assistant jobs in Ipswich, Suffolk".
// "Standort Leoben", "name: Tampa, Florida" (a JSON key printed with its value): the label
// before the place.
// "Hospitality jobs in Leeds", "Standort: …", "our drop-in centre in Whanganui East".
// "Lives in Dubbo, New South Wales", "Oficinas en Azcapotzalco, CDMX", "Werkstatt in Sarnen":
// who or what is there, then the place.
const LEAD_BEFORE_PLACE =
  /^(?:[\p{L}&/ -]{2,60}? jobs in |(?:standort|name|ort|lieu|sede):? |(?:our|the) [\p{L}-]+(?: [\p{L}-]+)? (?:in|at) |(?:lives|living|based|located|situated|oficinas?|bureaux?|büro|werkstatt|office|offices) (?:in|at|en|de|à) )(?=\p{Lu})/iu;
// A webmail's folder ("Inbox 58", "Bandeja de entrada (231)"), a date ("Feb 24"), a bare number
// or a word's tail ("& pay"): read where a place stands, none is one.
const NOT_A_PLACE =
  /^(?:(?:inbox|bandeja de entrada|boîte de réception|posteingang|entrada|sent|drafts)\b.*|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}|\d{1,6}|[&+].*|ltd\.?|inc\.?|llc)$/i;

// "Hamburg-Altona, 1–2 Tage Remote pro Woche möglich": the days at home or in the office.
const NOTE_TAIL =
  /,?\s+(?:und |and )?(?:einsätze|einsatzgebiet|einsatzort(?:e)?)\b.*$|,\s+\d{1,2} (?:minutes?|mins?) (?:from|to|walk)\b.*$|,\s+\d(?:\s?[–-]\s?\d)?\s(?:tage?|days?|jours?|días?)\b.*$/i;
// Case matters: a lower-case note after a dash, not a district ("Norwich – Chapelfield").
const DASH_NOTE = /\s+[–—-]\s+(?=\p{Ll}|\d{1,3}\s?(?:%|x\b|jours?\b|days?\b|tage?\b|días?\b)).*$/u;
// "Office (Lviv)", "Hybrid (Berlin)" (Djinni's chips): the place is in the bracket.
const MODE_WITH_PLACE =
  /^(?:office|on-?site|in[- ]office|hybrid|HQ|headquarters)\s*\(([^()]{2,40})\)$/i;
// "Main Campus (Bellgrove, NC)": a venue with its town and state in a bracket.
const VENUE_WITH_TOWN = /^([^()]{2,40}?)\s*\((\p{Lu}[\p{L} .'’-]{1,30}, [A-Z]{2})\)$/u;

// A site word before the place: "In person, Brampton, ON", "Presencial en oficinas de
// Apodaca", "Head office, Naas Road, Dublin 12", "Multiple Divisions - Dayton, OH", "Location
// Norwich, Norfolk". What follows must start in upper case (checked apart: with /i, \p{Lu}
// matches any letter).
const SITE_LEAD =
  /^(?:location\s+|(?:project|job|work|construction) site (?:in|at|near)\s+|(?:in[- ]person|on-?site|presencial|présentiel)(?: (?:en|at|in|à))?(?: (?:las |les |the )?(?:oficinas|offices?|bureaux|locaux) (?:de|of|in|en|à))?[,:]?\s+|(?:head office|headquarters|main office|corporate office|siège social|sede (?:central|administrativa)|site[- ]based|(?:multiple|various|several) (?:divisions|locations|sites|branches)|(?:district|county|city|state|region|company|province)-wide)\s*[,:–—-]\s*)/i;
// "site de Clermont-Ferrand", "central en Paterna (Valencia)": a site in a town. Not before a
// comma: "Site de Toulouse-Auzeville, 31320 Castanet-Tolosan" names the site, then its town.
const SITE_OF = /^(?:site|sede|siège|central|planta|usine) (?:de|en|in|at|à|of) (?=[^,]*$)/i;
// A site after the place: "Raleigh, NC office", "Vancouver, BC HQ", "Satigny (GE), Zone
// industrielle du Bois-de-Bay".
const SITE_TAIL =
  /(?<=, [A-Z]{2}) (?:office|HQ|headquarters|campus|terminal|yard|depot|plant|facility|DC|branch|store|hospital)$|,\s*(?:zone industrielle|zona industrial|polígono|industrial estate|business park|gewerbegebiet)\b.*$/i;
// A site after a dash: "Phoenix, AZ - Corporate Office", "Portland, ME – Fore Street operations
// center", "Columbus, OH — Easton and Clintonville stores". Not a town after the dash
// ("Nassau County - Rockville Centre, NY", "Monmouth County - Long Branch, NJ").
const DASH_SITE =
  /\s+[–—-]\s+([^–—-]{0,40}?\b(?:office|campus|cent(?:er|re)|HQ|headquarters|site|plant|depot|warehouse|stores?|branch(?:es)?|sede|siège|hôtel de (?:ville|région|département))(?![\p{L}]).*)$/iu;
const TOWN_WITH_REGION = /, [A-Z]{2}\b/;
// A quoted place: '"Beaufort, SC"'.
const QUOTED = /^["“][^"“”]+["”]$/;
// A sentence after the place: "Watertown, MA (Arsenal Yards HQ). In office Tuesday through
// Thursday". Not "St. Brendan Regional Medical Center": the sentence has two lower-case words.
const NEXT_SENTENCE = /(?<=\p{Ll}{3}|\)|, [A-Z]{2})\.\s+(?=\p{Lu})/u;

function withoutSentence(value: string): string {
  const next = NEXT_SENTENCE.exec(value);
  if (!next) return value;
  const words = value.slice(next.index + next[0].length).split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  // "Salamanca Place, Hobart. Hybrid": a work mode after the place, its note already cut.
  const mode =
    words.length === 1 && /^(?:hybrid|remote|on-?site|in[- ]person)$/i.test(words[0] ?? '');
  return (words.length >= 4 && lower >= 2) || mode ? value.slice(0, next.index) : value;
}

function withoutSite(value: string): string {
  const bare = value.replace(SITE_TAIL, '');
  const dash = DASH_SITE.exec(bare);
  const after = dash?.[1] ?? '';
  if (!dash || TOWN_WITH_REGION.test(after) || isKnownPlace(after.split(',')[0] ?? '')) return bare;
  return bare.slice(0, dash.index);
}

// The mode lead, when a capital follows: not "Hybrid - minimum two days at the Hospice, …";
// after a dash not a number either ("Hybrid - 2 days per week in Manchester").
function modeLeadLength(value: string): number {
  const lead = MODE_PREFIX.exec(value)?.[0] ?? '';
  const next = value.slice(lead.length);
  const dash = /[-–—]\s*$/.test(lead);
  return lead !== '' && (dash ? /^\p{Lu}/u.test(next) : /^[\p{Lu}\d]/u.test(next))
    ? lead.length
    : 0;
}

function leadLength(value: string): number {
  const lead = LEAD_BEFORE_PLACE.exec(value)?.[0].length ?? modeLeadLength(value);
  if (lead > 0) return lead;
  if (QUOTED.test(value)) return 1;
  const site = (SITE_LEAD.exec(value) ?? SITE_OF.exec(value))?.[0].length ?? 0;
  return site > 0 && /^[\p{Lu}\d]/u.test(value.slice(site)) ? site : 0;
}

function withoutTail(found: Evidenced<string>): Evidenced<string> {
  const bracket = MODE_WITH_PLACE.exec(found.value);
  const first0 = found.spans[0];
  if (bracket?.[1] && isPlace(bracket[1]) && found.spans.length === 1 && first0) {
    const start = first0.start + found.value.indexOf('(') + 1;
    return { value: bracket[1], spans: [{ start, end: start + bracket[1].length }] };
  }
  const lead = leadLength(found.value);
  const first = found.spans[0];
  const place =
    lead > 0 && found.spans.length === 1 && first
      ? {
          value: found.value.slice(lead),
          spans: [{ start: first.start + lead, end: first.end }],
        }
      : found;
  // "Nashville, TN preferred": the preference is no part of the place; nor a note after a dash
  // ("Grenoble (38) – 3 jours sur site") or a comma ("Graz, Einsätze in Graz-Umgebung").
  const unquoted = QUOTED.test(found.value) ? place.value.slice(0, -1) : place.value;
  let value = withoutSite(withoutSentence(unquoted))
    .replace(MODE_TAIL, '')
    .replace(PREFERRED_TAIL, '')
    .replace(NOTE_TAIL, '');
  const note = DASH_NOTE.exec(value);
  // Not inside a bracket: "Bruxelles (Ixelles – avenue Louise)".
  if (note && !openBracket(value.slice(0, note.index))) value = value.slice(0, note.index);
  if (value.endsWith(')')) {
    const bare = value.replace(TRAILING_BRACKET, '');
    const inside = value.slice(bare.length).replace(/^\s*\(|\)$/g, '');
    // "1050 Ixelles (Bruxelles)": a town in the bracket names the larger place; "Washington
    // (DC)", "Zürich (ZH)" a region's code, "Lyon 1er (69)" a département's number; "Frankfurt
    // (Oder)", "Halle (Saale)" the river that tells the town from another. They stay.
    const town =
      isKnownPlace(inside) ||
      isExtraPlace(inside) ||
      (REGION_CODE.test(inside) && !MODE_CODE.test(inside)) ||
      RIVER.test(inside) ||
      POSTAL_NUMBER.test(inside);
    if (!town && /\p{L}{2}/u.test(bare) && !REMOTE_ONLY.test(bare)) value = bare;
  }
  value = value.replace(/[\s,;:–—-]+$/, '');
  if (value === place.value || value.length < 2) return place;
  const span = place.spans[0];
  const spans =
    place.spans.length === 1 && span
      ? [{ start: span.start, end: span.start + value.length }]
      : place.spans;
  return { value, spans };
}

// "Singapore, Marina Bay Financial Centre" is a place with its building, "Reno, NV" a town and
// its state (not a Dutch "NV").
function isOrganisationAlone(value: string): boolean {
  return (
    (hasLegalForm(value) || isOrgName(value)) &&
    !value.includes(',') &&
    guessCountry(value) === null
  );
}

// "·", "|" or "│": a line without any holds no cells. One pass over the characters is cheaper
// than the three `includes` on every line of the posting.
function hasCellBreak(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0xb7 || c === 0x2502) return true;
  }
  return false;
}

function findLocations(
  ctx: ExtractContext,
  company: Evidenced<string> | null,
): Evidenced<string>[] {
  // "勤務地：東京都港区…", "근무지역  서울 강남구 …": an address in the Asian scripts' own order.
  const asian = asianPlaceField(ctx);
  if (asian) return [asian];
  // Set when a location field held a count ("2 Locations"): the places are listed further on.
  let counted = -1;
  // 1. A location field, value inline or on the next line.
  const separators = ctx.text.includes('\u2028') || ctx.text.includes('\u2029');
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = longFieldCut(ctx.lines[i]);
    if (!line) continue;
    // A table row ("│ Lugar de desempeño │ Temuco │") is read cell by cell.
    const row = line.text.charCodeAt(0) === 0x7c || line.text.charCodeAt(0) === 0x2502;
    if (row || line.text.length > 160 || !startsWithField(line.text, separators)) {
      // A table row's cell ("Puesto: ... | Ubicación: Paterna (Valencia) | Vacantes: 2"), or a
      // row of chips' ("Stellen-ID: 25-0687 · Arbeitsort: Frauenfeld · Publiziert: 20.05.2025";
      // " · " and " | " have the same length, so the offsets stay).
      const cell = placesInRow(line);
      if (cell.length > 0) return cell;
      continue;
    }
    const body = fieldBody(line);
    const m = LOCATION_FIELD.exec(body);
    if (!m) continue;
    let value = (m[1] ?? '').trim();
    // The label's own colon, not a later one: "City 1226. Look for the recruitment team.
    // Contact: 0917 …" is a wrapped sentence's next line.
    const labelled = /[:：]/.test(body.slice(0, body.length - (m[1] ?? '').length));
    // Brazil's "Local: Rodovia SP-340, km 172 – Distrito Industrial – Mogi Guaçu/SP": an address
    // whose town is the part with the state's code.
    const town = BR_ADDRESS.test(value) ? lastTownState(value) : null;
    if (town) {
      const at = line.start + line.text.length - value.length + town.index;
      return [{ value: town.text, spans: [{ start: at, end: at + town.text.length }] }];
    }
    // A street alone names no town.
    if (BR_STREET.test(value)) continue;
    // Platsbanken's "Arbetsplats: Älvstranda Omsorg Hemtjänst Majorna-Linné": a workplace is
    // often named by its unit, which is no place (with an address after it, or a town of one or
    // two words, it is read).
    if (
      WORKPLACE_LABEL.test(body) &&
      !/\d/.test(value) &&
      (value === '' || value.split(' ').length >= 3) &&
      guessCountry(value) === null &&
      !isPlace(value)
    ) {
      continue;
    }
    // A long line's first sentence is its value only when it reads as a place: not "Locations:
    // Multiple openings. Des Moines, IA; …", "Location: Flexible. We are open to …".
    if (
      line !== ctx.lines[i] &&
      guessCountry(value) === null &&
      !isPlace(value) &&
      !(CYRILLIC_LETTER.test(value) && nativeScriptPlace(value))
    ) {
      continue;
    }
    let start = line.start + line.text.length - value.length;
    if (value === '' || /^[:：]$/.test(value)) {
      // Workday: "locations" then one place per line.
      const below = placesBelow(ctx, i + 1);
      if (below.length > 0) return below;
      const address = townOfAddressBlock(ctx, i + 1);
      if (address) return [address];
      const next = ctx.lines[i + 1];
      if (!next) continue;
      // "Osaka Head Office (Umeda, Kita-ku, Osaka). Occasional travel to …": its first sentence,
      // when that is a place ("Copperleaf's headquarters are in Denver, CO (RiNo)." is not).
      value = next.text.trim();
      if (value.length > 80) {
        value = value.replace(FIRST_SENTENCE_END, '').trim();
        if (value.length > 80 || !isPlace(value) || HAS_VERB.test(value)) continue;
      }
      // A bare "Locations" is also a careers site's menu item ("Teams / Locations / Life at
      // Parcelwise"): the line after it must read as a place, a count or a mode and place.
      if (!isPlaceValue(value)) continue;
      start = next.start;
    } else if (
      !labelled &&
      !/^\s*(?:work |job )location\b/i.test(line.text) &&
      // "Standort Nürnberg | Start: ab sofort": a place up to the next cell (not "Ciudad Juárez,
      // Chihuahua", a town whose name starts with a label's word).
      !isPlaceBeforeCell(value)
    ) {
      // "الموقع | Location: جدة – الكورنيش الشمالي | Jeddah": a label without its colon, then a
      // labelled cell.
      const cell = placesInRow(line);
      if (cell.length > 0) return cell;
      continue;
    }
    if (isPlaceCount(value)) {
      // USAJobs: "1 vacancy in the following location: Kansas City, MO".
      const colon = value.indexOf(':');
      const inline = colon > 0 ? splitPlaces(value.slice(colon + 1).trim(), start + colon + 1) : [];
      if (inline.length > 0) return inline;
      const listed = placesBelow(ctx, start > line.start + line.text.length ? i + 2 : i + 1);
      if (listed.length > 0) return listed;
      counted = i;
      continue;
    }
    // "Location: This is a remote position open only to people who live in British Columbia
    // (for payroll …)": a sentence naming where people must live.
    // Asked only of a long value that opens like a sentence (most values are places).
    const head = value.length > 40 && SENTENCE_VALUE.test(value) ? value.split(/[.(;]/)[0]! : null;
    const sentence =
      head !== null && !isPlace(head) && !MODE_PREFIX.test(head) && !MODE_LEAD.test(head);
    const lives = sentence ? LIVES_IN.exec(value) : null;
    if (lives?.[1] && isPlace(lives[1])) {
      const at = start + lives.index + lives[0].length - lives[1].length;
      return [{ value: lives[1], spans: [{ start: at, end: at + lives[1].length }] }];
    }
    const prefix = modeLeadLength(value);
    if (prefix > 0) {
      value = value.slice(prefix);
      start += prefix;
    }
    // "Osaka Head Office (Umeda, Kita-ku, Osaka)": the office's address in brackets (with its
    // parts: "Toronto Office (Canada)" names the country, wider than the town).
    const office = OFFICE_ADDRESS.exec(value);
    if (office?.[1]?.includes(', ') && isPlace(office[1])) {
      start += office[0].length - office[1].length - 1;
      value = office[1];
    }
    const found = splitPlaces(value, start);
    if (found.length > 0) return found;
  }
  if (isAsianText(ctx.text)) {
    const address = asianPlaceInText(ctx);
    if (address) return [address];
  }
  const labelled = locationsFromExtraField(ctx, splitPlaces);
  if (labelled.length > 0) return labelled;
  // 1b. A 📍 line: the place as chat and newsletter ads label it.
  const pinned = locationsFromPin(ctx, splitPlaces);
  if (pinned.length > 0) return pinned;
  // 2. Place-looking parts of header lines: "Toronto, ON · Hybrid", "Boston, MA (Hybrid)",
  // "New York, NY; Remote (US)", or a lone known city ("Hamburg"). Fourteen lines: an email's
  // From/To/Subject/Date or a board's menu can push the place down.
  let titleBracket: Evidenced<string> | null = null;
  const placesOn = (written: Line): Evidenced<string>[] => {
    // A board's chip line ("CDI · Lyon · Salaire : 38K à 42K € · ...") can be long.
    const limit = /[·•|]/.test(written.text) ? 240 : 100;
    if (written.text.length > limit) return [];
    // A saved page's facts under its title: "- Leipzig" over "- Vollzeit" (a known place only).
    if (written.kind === 'list-item' && !isFactPlace(ctx, written)) return [];
    const item = written.kind === 'list-item' ? lineBody(written) : null;
    const line = item ? { ...written, text: item.body, start: item.start } : written;
    // "Aarhus Kommune, Børn og Unge": the employer's line, its unit after the comma.
    if (company && isEmployerWithUnit(line.text, company.value)) return [];
    const found: Evidenced<string>[] = [];
    const segs = segments(line.text);
    for (const seg of segs) {
      // MODE_SUFFIX is tried at every position: only worth it before a closing parenthesis.
      // "Schule Rosental, Winterthur": the place after the building.
      // "📍 Wien (1030, Landstraße)": a pin before the place.
      const pin = leadingSymbolsLength(seg.text);
      const venue = pin + venueLength(seg.text.slice(pin));
      const place = withoutModeTail(seg.text.slice(venue));
      if (place.length < 2 || REMOTE_ONLY.test(place)) continue;
      // A postcode and town is a place among a line's parts ("Hotel Alpenhof · 6450 Sölden"),
      // on its own line, or after a street ("Augsburger Str. 12, 86551 Aichach").
      // "4410 Industrial Parkway West, Stockton, CA 95206": the town after a numbered street.
      // "Retail Sales Executive (Petaling Jaya)": a title alone on its line, its place in
      // brackets; a line below that names the place wins ("Petaling Jaya, Selangor").
      const inner = segs.length === 1 ? placeInTitleBracket(place) : null;
      if (inner) {
        const at = line.start + seg.start + venue + place.lastIndexOf(inner);
        titleBracket ??= { value: inner, spans: [{ start: at, end: at + inner.length }] };
        continue;
      }
      const town =
        isPlace(place) || isPostcodeTown(place)
          ? withoutStreet(place)
          : (townAfterStreet(place) ?? placeBeforeNote(place) ?? placeOfAlternatives(place));
      if (town === null) continue;
      const at = line.start + seg.start + venue + place.indexOf(town);
      found.push({ value: town, spans: [{ start: at, end: at + town.length }] });
    }
    return found;
  };
  const lines = placeLines(ctx, company);
  // "SEEK  |  New Zealand", "Indeed  |  Singapore": the board's site for a country or a city,
  // above the job's own town; the site's place only when the posting names no other.
  let boardSite: Evidenced<string>[] | null = null;
  for (const [i, line] of lines.entries()) {
    const found = placesOn(line);
    if (found.length === 0) continue;
    // "SEEK   NZ" read as two columns: the board's name, then its site's country below it.
    const above = ctx.lines[lineIndexAt(ctx.lines, line.start) - 1]?.text.trim() ?? '';
    if (
      !boardSite &&
      (isJobBoard(line.text.trim()) || (line.text.length <= 20 && isJobBoard(above)))
    ) {
      boardSite = found;
      continue;
    }
    // "Careers24 | IT & Telecommunications | Western Cape" over the title, then "Cape Town,
    // Western Cape (Woodstock)": a board's region, then the town in it.
    const region = found.length === 1 ? found[0]?.value.toLowerCase() : undefined;
    if (region) {
      for (const next of lines.slice(i + 1, i + 4)) {
        // Not past a label: "Company address" over "Houston, Texas".
        const above = ctx.lines[lineIndexAt(ctx.lines, next.start) - 1]?.text ?? '';
        if (LABEL_ABOVE.test(above)) break;
        const wider = placesOn(next);
        const value = wider.length === 1 ? (wider[0]?.value ?? '') : '';
        if (value.toLowerCase().includes(`, ${region}`) && !MODE_LEAD.test(value)) {
          return wider;
        }
      }
    }
    return found;
  }
  const inHeader = locationsFromHeaderText(ctx);
  if (inHeader.length > 0) return inHeader;
  if (titleBracket) return [titleBracket];
  // 3. A sentence saying where the job is based ("Poste basé à Nantes").
  const based = locationsFromBasedAt(ctx);
  if (based.length > 0) return based;
  const hiring = locationsFromHiringSentence(ctx);
  if (hiring.length > 0) return hiring;
  if (boardSite) return boardSite;
  if (counted >= 0) {
    const listed = placesLineAfter(ctx, counted + 1);
    if (listed.length > 0) return listed;
  }
  const beside = locationBesideCompany(ctx, company);
  if (beside.length > 0) return beside;
  const below = locationBelowCompany(ctx, company);
  if (below.length > 0) return below;
  const parts = locationsFromHeaderParts(ctx, (t) => isPlace(t) || isPostcodeTown(t));
  if (parts.length > 0) return parts;
  // "Boston (Seaport) or remote anywhere in the US": the town before the mode, then the country.
  const beforeMode = locationBeforeWorkMode(ctx);
  if (beforeMode.length > 0) return beforeMode;
  const remote = locationsFromRemoteCountry(ctx);
  if (remote.length > 0) return remote;
  const native = nativeScriptHeaderPlace(ctx, company);
  if (native.length > 0) return native;
  const town = townOfPublicEmployer(company);
  if (town.length > 0) return town;
  const inProse = locationsInProse(ctx);
  return inProse.length > 0 ? inProse : townWithStateCode(ctx);
}

// How far below the top a list of facts can hold the place.
const FACT_LINES = 6;

function isFactPlace(ctx: ExtractContext, line: Line): boolean {
  const index = lineIndexAt(ctx.lines, line.start);
  const above = ctx.lines[index - 1];
  // A list of facts: another item says the contract, the hours or the pay ("- Vollzeit"), not
  // "- Reading" over "- Writing".
  const facts = ctx.lines.slice(index + 1, index + 4).filter((l) => l.kind === 'list-item');
  return (
    index - ctx.top < FACT_LINES &&
    above !== undefined &&
    above.kind !== 'list-item' &&
    facts.some((l) => FACT_ITEM.test(l.text)) &&
    isListedPlace(lineBody(line).body.trim())
  );
}

const FACT_ITEM =
  /\d|[$€£]|\b(?:full[- ]?time|part[- ]?time|permanent|temporary|contract|remote|hybrid|on-?site|vollzeit|teilzeit|befristet|unbefristet|festanstellung|temps plein|temps partiel|cdi|cdd|jornada|indefinido)\b/i;

const LABEL_ABOVE = /\b(?:address|office|headquarters|hq|adresse|dirección|endereço|sede)\b|:\s*$/i;

// A town's own administration works in the town: "COMMUNE DE SAINT-HERBLAIN", "Stadt Rheinfelden
// (Baden)", "City of Bow Crossing", "Ayuntamiento de Calatayud", "Gemeinde Wallisellen".
const TOWN_EMPLOYER =
  /^(?:commune|ville|mairie|city|town|borough|village|municipality|ayuntamiento|municipalidad|municipio|alcald[ií]a|stadt|gemeinde|markt|comune|ciudad)(?:\s(?:de|of|du|del|di)\s|\sd['’]|\s)(\p{Lu}[\p{L}'’ -]{1,40}(?: \(\p{Lu}[\p{L} ]{1,20}\))?)$/iu;

function townOfPublicEmployer(company: Evidenced<string> | null): Evidenced<string>[] {
  const span = company?.spans[0];
  const m = company && span ? TOWN_EMPLOYER.exec(company.value) : null;
  const town = m?.[1];
  if (!m || !town || !span) return [];
  const value = town === town.toUpperCase() ? displayCase(town) : town;
  const start = span.start + m[0].length - town.length;
  return [{ value, spans: [{ start, end: start + town.length }] }];
}

// "Singapore (Marina Bay Financial Centre Tower 3)", "Antofagasta, Región de Antofagasta, Chile
// (faena a 180 km de la ciudad)": a place, then a note on the site too long for a district.
const LIVES_IN =
  /\b(?:live|lives|living|reside|resides|residing|residents? of) (?:in|within) (?:the )?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})/u;
// A value that is a sentence about the job, not a list of places.
const SENTENCE_VALUE = /^(?:this|the|we|you|our|it|all|candidates|applicants|position|role)\b/i;

// "Bangalore/Bengaluru": one town by two names; "London or UK-wide": the first place offered.
const NAME_SLASH = /\s?\/\s?/;
const OR_WIDE = / or (?:[A-Z]{2,3}|\p{Lu}\p{Ll}+)-wide$/u;

function placeOfAlternatives(text: string): string | null {
  if (text.includes('/')) {
    const parts = text.split(NAME_SLASH);
    if (parts.length !== 2) return null;
    if (parts.every((p) => isKnownPlace(p) || isWorldTown(p))) return text;
    // "Shah Alam/Subang, Selangor": two towns of one region.
    const [first = '', second = ''] = parts;
    // Turkish boards' province then district: "İstanbul (Avrupa) / Şişli", "İzmir / Bornova"
    // (not "London / Head Office").
    const province = first.replace(NOTE_AFTER, '');
    if (
      DISTRICT_NAME.test(second) &&
      !isWorkModeValue(second) &&
      guessCountry(province.replace(/İ/g, 'I')) === 'TR'
    ) {
      return text;
    }
    const comma = second.indexOf(', ');
    return comma > 0 &&
      (isKnownPlace(first) || isWorldTown(first)) &&
      isPlace(second) &&
      isPlace(first + second.slice(comma))
      ? text
      : null;
  }
  const wide = OR_WIDE.exec(text);
  const first = wide ? text.slice(0, wide.index) : '';
  return first !== '' && isPlace(first) ? first : null;
}

const NOTE_AFTER = /\s*\([^()]{2,60}\)$/;
const DISTRICT_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u;

function placeBeforeNote(text: string): string | null {
  if (!text.endsWith(')')) return null;
  const place = text.replace(NOTE_AFTER, '');
  return place !== text && isPlace(place) ? place : null;
}

// "Augsburger Str. 12, 86551 Aichach", "12 rue des Lilas, 69300 Caluire": a street with its
// number, then the postcode and town.
// "Filiale Graz Murpark, Ostbahnstraße 3, 8041 Graz": the branch's name before the street.
// "Laval (Québec) H7L 4R9", "Hove BN3": a place with its postal code, as written.
const STREET_END = /\d[a-z]?$/;
const POSTAL_CODE_END = /\s(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?(?:\s\d[A-Z]{2})?)$/;

const NUMBERED = /^\d{1,4}[a-z]?\s\p{L}/u;
const TRAILING_POSTCODE = new RegExp(String.raw`\s\d{4,5}$|${POSTAL_CODE_END.source}`);
function townAfterStreet(text: string): string | null {
  if (POSTAL_CODE_END.test(text) && isPlace(text.replace(POSTAL_CODE_END, ''))) return text;
  if (!text.includes(', ')) return null;
  // "Adresse : 14 rue Marietton, 69009 Lyon": an address field, the number before the street.
  const parts = text.replace(ADDRESS_LABEL, '').split(', ');
  const town = parts[parts.length - 1] ?? '';
  const street = parts[parts.length - 2] ?? '';
  const numbered = STREET_END.test(street) || NUMBERED.test(street);
  if (parts.length <= 4 && numbered && isPostcodeTown(town)) return town;
  // "214 Lambton Quay, Wellington Central, Wellington 6011": a numbered street, then the suburb
  // and the town with its postcode after it (left out, as a town's own line leaves it).
  const rest = parts.slice(1).join(', ');
  const first = parts[0] ?? '';
  const bare = rest.replace(TRAILING_POSTCODE, '');
  return parts.length <= 4 && NUMBERED.test(first) && bare !== rest && isPlace(bare) ? bare : null;
}

const ADDRESS_LABEL = /^(?:adresse|address|anschrift|direcci[oó]n|domicilio)\s?[:：]\s*/i;

// "- Location: Pittsburgh, PA (Strip District). We work on-site 4 days a week because …": a
// long line's field ends with its first sentence (when that reads as a place: see findLocations).
const LONG_LINE = 160;

function longFieldCut(line: Line | undefined): Line | undefined {
  if (!line || line.text.length <= LONG_LINE) return line;
  const colon = line.text.indexOf(':');
  if (colon < 0 || colon > 30) return line;
  const next = NEXT_SENTENCE.exec(line.text.slice(colon));
  const end = next ? colon + next.index : -1;
  return end > colon && end <= LONG_LINE ? { ...line, text: line.text.slice(0, end) } : line;
}

// A field line's text without its list marker and the emoji chat ads put before a label
// ("📍 Location: Pune").
function fieldBody(line: Line): string {
  const body = lineBody(line).body;
  return body.slice(leadingSymbolsLength(body));
}

function isPlaceBeforeCell(value: string): boolean {
  const head = value.split(/\s?[|;·]\s?/)[0] ?? '';
  return head !== value && isPlace(head.trim());
}

/** The places of a row of cells or chips, if the line is one. */
function placesInRow(line: Line): Evidenced<string>[] {
  if (!hasCellBreak(line.text)) return [];
  const chips = line.text.includes(' · ') ? line.text.replace(/ · /g, ' | ') : line.text;
  return chips.includes('|') || chips.includes('│') ? placesInCells(chips, line.start) : [];
}

// A "Label: value" table cell of a row of fields; a cell needs its colon ("Location | About the
// job | Benefits" is a row of tabs). Cells are cut by hand: most fail the two-letter test.
function placesInCells(text: string, lineStart: number): Evidenced<string>[] {
  if (text.length > 600) return [];
  // A box-drawn table's "│" parts cells as "|" does (same length: offsets stay).
  const cells = text.includes('│') ? text.replace(/│/g, '|') : text;
  let labelCell: string | null = null;
  for (let from = 0; from < cells.length;) {
    const bar = cells.indexOf('|', from);
    const end = bar < 0 ? cells.length : bar;
    const raw = cells.slice(from, end);
    const cell = raw.trim();
    // A two-column row: "│ Lugar de desempeño │ Temuco, Región de La Araucanía │".
    if (labelCell !== null && cell !== '' && !COLUMN_HEADING.test(cell) && isPlaceValue(cell)) {
      const at = lineStart + from + raw.indexOf(cell);
      const found = splitPlaces(cell, at);
      if (found.length > 0) return found;
    }
    labelCell = isLocationLabel(cell) ? cell : null;
    const colon = cell.search(/[:：]/);
    // The whole label before the colon must be a location label ("Ort", not "Ortsteil").
    if (
      colon > 1 &&
      MAY_START_FIELD(cell) &&
      FIELD_START.test(cell) &&
      LOCATION_FIELD.exec(cell.slice(0, colon).trim())?.[1] === ''
    ) {
      const value = cell.slice(colon + 1).trim();
      const at = lineStart + from + raw.indexOf(cell) + cell.indexOf(value, colon);
      const found = value === '' ? [] : splitPlaces(value, at);
      if (found.length > 0) return found;
    }
    from = end + 1;
  }
  return [];
}

// A table's header row: "| Location | Base salary range |" names columns, not places.
const COLUMN_HEADING =
  /\b(?:salary|pay|range|compensation|wage|rate|level|grade|band|gehalt|lohn|salaire|salario|sueldo|status|type|department|team|role|title|date|deadline|link|apply)\b/i;

// A cell that is only a location label ("Lugar de desempeño", "📍 Location").
function isLocationLabel(cell: string): boolean {
  const body = cell.replace(/^[^\p{L}]+/u, '');
  return body.length > 1 && body.length < 30 && LOCATION_FIELD.exec(body)?.[1] === '';
}

/** The first line within 30 after `from` that is only places ("Charlotte, NC | Raleigh, NC"). */
function placesLineAfter(ctx: ExtractContext, from: number): Evidenced<string>[] {
  for (let k = from; k < Math.min(ctx.lines.length, from + 30); k++) {
    const line = ctx.lines[k];
    if (!line || line.text.length > 160) continue;
    const found: Evidenced<string>[] = [];
    let all = true;
    for (const seg of segments(line.text)) {
      const place = seg.text.trim();
      if (place.length < 2 || !isPlace(place)) {
        all = false;
        break;
      }
      const at = line.start + seg.start;
      found.push({ value: place, spans: [{ start: at, end: at + place.length }] });
    }
    if (all && found.length > 0) return found;
  }
  return [];
}

// How far below the company a header's place line may sit ("Company / Title / City · 2 weeks
// ago" on LinkedIn, under a menu that cleaning left).
const BELOW_COMPANY = 4;
// Only a company named near the top has its place under it: one found in an email's signature
// at the end is followed by the sender's office, not the job's place.
const BELOW_COMPANY_MAX_LINE = 25;

/**
 * The header lines a place line is looked for in: the first fourteen (an email's From/To/Subject
 * or a board's menu can push the place down), and when the company sits lower, the lines just
 * under it.
 */
const TITLE_BRACKET = /^([^()]{3,60}?)\s\(([^()]{2,40})\)$/;
function placeInTitleBracket(text: string): string | null {
  if (!text.endsWith(')')) return null;
  const m = TITLE_BRACKET.exec(text);
  if (!m?.[1] || !m[2] || !TITLE_WORD.test(m[1]) || isPlace(m[1]) || !isPlace(m[2])) return null;
  // "Salesforce Developer (Apex, LWC)": a list of skills, one of them a town's name.
  const comma = m[2].indexOf(', ');
  return comma < 0 || guessCountry(m[2].slice(comma + 2)) !== null ? m[2] : null;
}

function isEmployerWithUnit(text: string, company: string): boolean {
  return text.startsWith(`${company}, `) && !isPlace(text.slice(company.length + 2));
}

function placeLines(ctx: ExtractContext, company: Evidenced<string> | null): Line[] {
  const lines = headerLines(ctx, 14);
  const at = company?.spans[0]?.start;
  const last = lines[lines.length - 1];
  const index = at === undefined ? -1 : lineIndexAt(ctx.lines, at);
  const end =
    last && at !== undefined && at > last.start && index <= BELOW_COMPANY_MAX_LINE
      ? index + 1 + BELOW_COMPANY
      : 0;
  // LinkedIn's "United States · 2 weeks ago · Over 100 applicants" under a long menu.
  const chips = ctx.lines.slice(lines.length, 40).filter((l) => AGE_CHIP.test(l.text));
  const below = ctx.lines.slice(lines.length, end);
  return [...lines, ...below, ...chips.filter((l) => !below.includes(l))];
}

// A board's posted-age chip beside the place.
const AGE_CHIP =
  /[·•|]\s*(?:reposted |posted |publié |)(?:\d{1,2}|an?|one) (?:minutes?|hours?|days?|weeks?|months?) ago\b|[·•|]\s*(?:vor \d{1,2} (?:stunden|tagen?|wochen|monaten?)|il y a \d{1,2}|hace \d{1,2})\b/i;

// "London, hybrid" (an email subject's part), "Boston, MA (Hybrid)": the place without its
// mode. The bracket's regex is tried at every position: only worth it before a ")".
// "Leeds, Hybrid", "London (Shoreditch) / Hybrid": the mode after the place.
const MODE_AFTER_COMMA = new RegExp(String.raw`(?:,|\s\/)\s*${MODE_AT_END}`, 'i');

function withoutModeTail(text: string): string {
  if (text.endsWith(')')) {
    const bare = text.replace(MODE_SUFFIX, '').trim();
    if (bare !== text) return bare;
  }
  return text.replace(MODE_AFTER_COMMA, '');
}

// A location label's value on the next line: a place, a count of places, a work mode with a
// place ("Hybrid - London"), a line shaped like one ("Saint-Lauremont", "Kansas City, MO"), or
// a known place and then its address ("Singapore, Marina Bay Financial Centre Tower 3"), an
// address and then its town.
function isPlaceValue(text: string): boolean {
  const comma = text.indexOf(',');
  return (
    isPlace(text) ||
    (comma > 1 && isPlace(text.slice(0, comma))) ||
    isPlaceCount(text) ||
    MODE_LEAD.test(text) ||
    MODE_PREFIX.test(text) ||
    REMOTE_ONLY.test(text) ||
    isWorkModeValue(text) ||
    looksLikePlaceLine(text) ||
    (comma > 1 && isStreetThenTown(text, comma))
  );
}

// "Priemyselná 8, Žilina (parkovisko firmy)", "Tímár utca 8., Debrecen", "12 Harbour Rd,
// Tauranga": a street and its number, then a town (with a note in brackets).
const STREET =
  /^(?:\p{Lu}[\p{L}.'’ -]{2,40} \d{1,4}[a-z]?(?:\/\d{1,4})?\.?|\d{1,5} \p{Lu}[\p{L}.'’ -]{2,40})$/u;

function isStreetThenTown(text: string, comma: number): boolean {
  if (!STREET.test(text.slice(0, comma))) return false;
  const town =
    text
      .slice(comma + 1)
      .split(',')[0]
      ?.replace(/\s*\([^()]*\)/g, '')
      .trim() ?? '';
  return looksLikePlaceLine(town);
}

function startsWithField(text: string, separators: boolean): boolean {
  // Vietnamese and Turkish labels start with a letter beyond ASCII ("Địa điểm", "Şehir"), Czech
  // ones may have one second ("Místo výkonu práce").
  if (
    (MAY_START_FIELD(text) || text.charCodeAt(0) > 0x7f || text.charCodeAt(1) > 0x7f) &&
    FIELD_START.test(text)
  ) {
    return true;
  }
  const lead = leadingSymbolsLength(text);
  if (lead > 0 && FIELD_START.test(text.slice(lead))) return true;
  return (
    separators &&
    (text.includes('\u2028') || text.includes('\u2029')) &&
    FIELD_START_INSIDE.test(text)
  );
}

const SEGMENT = /[^·•|;]+/g;
// "(Hybrid)", "(Hybrid - 3 days WFO)": a work mode after the place.
// No leading `\s*` (quadratic on a long run of spaces): the caller trims what is left.
const MODE_SUFFIX =
  /\((?:[^()]{0,30}\b)?(?:hybrid|fifo|dido|fly[- ]in[- ]fly[- ]out|hybride|híbrid[oa]|télétravail|teletrabajo|home ?office|on-?site|remote|remoto|in[- ]office|wfo|wfh|présentiel|presencial)\b[^()]{0,60}\)$/i;

function segments(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT.exec(text)) !== null) {
    const raw = m[0].includes('*') ? m[0].replace(/\*\*/g, '') : m[0];
    const lead = m[0].length - m[0].trimStart().length;
    if (raw.trim() !== '') out.push({ text: m[0].trim(), start: m.index + lead });
  }
  return out;
}

// NHS Jobs: "Job locations" over "Royal Ashbourne Hospital" / "Uttoxeter Road" / "Derby" /
// "DE22 3NE": an address one part per line, read as its town and postcode.
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
const ADDRESS_LINES = 5;

function townOfAddressBlock(ctx: ExtractContext, from: number): Evidenced<string> | null {
  for (let k = from; k < Math.min(ctx.lines.length, from + ADDRESS_LINES); k++) {
    const line = ctx.lines[k];
    if (!line) return null;
    const text = line.text.trim();
    if (isPostcodeTown(text)) return evidence(text, line.start, line.start + text.length);
    const town = k > from ? ctx.lines[k - 1] : undefined;
    if (!town || !UK_POSTCODE.test(text)) continue;
    // The town over its postcode: a short line of capitalised words.
    if (!/^\p{Lu}[\p{L}' -]{1,30}$/u.test(town.text.trim())) return null;
    return evidence(`${town.text.trim()}, ${text}`, town.start, line.start + text.length);
  }
  return null;
}

function placesBelow(ctx: ExtractContext, from: number): Evidenced<string>[] {
  const out: Evidenced<string>[] = [];
  for (let k = from; k < Math.min(ctx.lines.length, from + 8); k++) {
    const line = ctx.lines[k];
    const text = line?.text.trim() ?? '';
    if (!line || text === '' || !isPlace(text)) break;
    const at = line.start + line.text.indexOf(text);
    out.push({ value: text, spans: [{ start: at, end: at + text.length }] });
  }
  return out;
}

// French ads give the département: "Reims - 51", "Nantes (44)".
const FR_DEPARTEMENT =
  /^[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F' -]{1,40} (?:- \d{2,3}|\(\d{2,3}\))$/;

// Australian ads: "Sydney NSW 2000", "Melbourne VIC"; Seek's suburb before its region,
// "Geelong, Barwon & Western District VIC".
const AU_PLACE =
  /^(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: & [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})? (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)(?: \d{4})?$/;

function isBareSaUnknown(text: string): boolean {
  return text.endsWith(' SA') && !isKnownPlace(text.slice(0, -3).replace(/^.*, /, ''));
}

const NEAR_TOWN = /^(\p{Lu}[\p{Ll}ß-]+) (?:bei|b\.|nahe|bij) (\p{Lu}.+)$/u;

export function isPlace(text: string): boolean {
  if (text.endsWith('.') && isCapitalDistrict(text)) return true;
  // "Guadalajara, Jal.", "Boston, Mass.": a region abbreviated after the city.
  if (ABBREVIATED_REGION.test(text)) return isPlace(text.slice(0, -1));
  if (text.length > 60 || /[.!?:]$|\d{6,}|[$€£]/.test(text) || text.split(/\s+/).length > 7)
    return false;
  // "Acme SA" over "Bruxelles" is a Belgian firm: a suburb before a bare "SA" must be known.
  if (FR_DEPARTEMENT.test(text) || (AU_PLACE.test(text) && !isBareSaUnknown(text))) return true;
  const bracket = text.endsWith(')') ? BRACKETED.exec(text) : null;
  if (bracket?.[1] && bracket[2] && isBracketedPlace(bracket[1], bracket[2])) return true;
  // "Stryków (pow. zgierski), łódzkie": a town of any size, known or not, before its voivodeship.
  if (VOIVODESHIP_TAIL.test(text) && !POLISH_JOB_WORD.test(text)) return true;
  // "Đà Nẵng": the lists' name without its accents.
  if (guessCountry(text) === null) {
    return isExtraPlace(text) || isWorldTown(text) || isKnownPlace(text);
  }
  if (/,/.test(text)) {
    // "Mindanao Samaritan Medical Center, Inc.": a company's name with its legal form.
    if (COMMA_LEGAL_FORM.test(text)) return false;
    // "Sevilla (Nervión), Sevilla provincia": a district in brackets after the town.
    const bare = text.includes('(') ? text.replace(/\s*\([^()]{1,30}\)(?=,|$)/g, '') : text;
    return PLACE_LINE.test(bare) && !isNameDashPlace(text);
  }
  // "Freising bei München", "Garching b. München": a town named by the city it is near.
  const near = NEAR_TOWN.exec(text);
  if (near?.[1] && near[2] && isPlace(near[1]) && isPlace(near[2])) return true;
  // Without a comma only a known place on its own: "Hamburg", "Remote (US)", not "Walmart Canada".
  const bare = text.replace(/^(?:remote|hybrid)\s*[-(]?\s*|\)$/gi, '').trim();
  return isKnownPlace(bare) || isSuffixedPlace(text) || isExtraPlace(bare);
}

const WORKPLACE_LABEL =
  /^(?:- )?(?:workplace|arbetsplats|arbejdssted|arbeidssted|tjänsteställe|werkplek)\b/i;
// A job's title before the voivodeship: "Przedstawiciel Handlowy, mazowieckie".
const POLISH_JOB_WORD =
  /^(?:praca|przedstawiciel|specjalist|kierownik|pracownik|sprzedaw|kierowc|magazynier|księgow|inżynier|programist|technik|operator|asystent|doradc|konsultant|manager|menedżer|dyrektor|opiekun|koordynator|lider|referent|handlow)/i;
// A town of one or two words, its district in brackets, then one of the 16 voivodeships.
const VOIVODESHIP_TAIL =
  /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?(?: \([^()]{1,30}\))?, (?:dolnośląskie|kujawsko-pomorskie|lubelskie|lubuskie|łódzkie|małopolskie|mazowieckie|opolskie|podkarpackie|podlaskie|pomorskie|śląskie|świętokrzyskie|warmińsko-mazurskie|wielkopolskie|zachodniopomorskie)$/u;
const ABBREVIATED_REGION = /, ?\p{Lu}\p{Ll}{1,4}\.$/u;
// Legal forms no region is written as ("Adelaide, SA" and "Columbia, SC" are places).
const COMMA_LEGAL_FORM = /, (?:Inc|Ltd|LLC|Corp|Limited|GmbH|PLC|plc|Co|Pte\.? Ltd|Pvt\.? Ltd)\.?$/;

// A work mode before the place, with a separator: "Hybrid - London", "Télétravail partiel –
// Paris", "Hybrid (2 Tage Büro), München". "Remote (US)" keeps its mode, as boards print it.
const MODE_LEAD =
  /^(?:(?:fully |100 ?% ?)?(?:remote|remoto|télétravail)(?: partiel| hybride)?|hybrid|hybride|híbrido|on-?site|in[- ]office|présentiel|presencial|teletrabajo|vor ort|homeoffice)(?:\s?\([^()]{0,40}\))?\s*[-–—,:·]\s*/i;

// "Laval (Québec)", "Bengaluru( Whitefield )", "Paterna (Valencia)": a place with its region
// or district in brackets.
const BRACKETED = /^([^()]{2,40}?)\s*\(\s*([^()]{2,30}?)\s*\)$/;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

function isBracketedPlace(name: string, inside: string): boolean {
  // "Paris 11e (75011)": a place with its district number and postcode.
  if (!NAME.test(name)) return isSuffixedPlace(name) && /^\d{4,5}$/.test(inside);
  return isPlace(name) || isKnownPlace(inside) || isExtraPlace(inside);
}

// A house number, or a street by its word: "4500", "boulevard Industriel", "12 Mill Lane",
// "Lendplatz 18".
const STREET_PART =
  /^(?:bureau|suite|ste\.?|unit|apt\.?|floor|level|étage|#)\s?[\w-]*\d[\w-]*$|^\d{1,5}[a-z]?$|^\d{1,5}[a-z]?\s.*\s(?:parkway|pkwy\.?|highway|hwy\.?|court|ct\.?|place|pl\.?|circle|terrace|trail|plaza|square|street|road|avenue|drive|way|boulevard|blvd\.?)(?:\s(?:north|south|east|west|[nsew]|ne|nw|se|sw))?$|^(?:\d{1,5}[a-z]?,?\s)?(?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|allée|impasse|quai|calle|avenida|carrera|paseo)\s|\s(?:street|st\.?|road|rd\.?|lane|avenue|ave\.?|drive|dr\.?|way|boulevard|blvd\.?)$|\p{Ll}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm)\s\d{1,4}[a-z]?$/iu;

// "One Raffles Place Tower 2": a building's name before the town (case matters: "Rockville
// Centre" is a town).
const BUILDING = /^(?:\p{Lu}[\p{L}'’-]*\s){1,4}(?:Tower|Building|Bldg\.?)(?:\s\d{1,3})?$/u;

// "4500, boulevard Industriel, Laval (Québec) H7C 2M4": the town after its street.
function withoutStreet(value: string): string {
  let from = 0;
  for (let comma = value.indexOf(', '); comma > 0; comma = value.indexOf(', ', from)) {
    // "Bengaluru (Outer Ring Road, Bellandur)": no street before a comma inside a bracket.
    const part = value.slice(from, comma);
    if (!(STREET_PART.test(part.trim()) || BUILDING.test(part.trim())) || openBracket(part)) break;
    from = comma + 2;
  }
  return value.slice(from);
}

// USAJOBS: "Many vacancies in the following locations: Tucson, AZ; Green Valley, AZ".
const VACANCIES_LEAD = /^(?:many|few|one|\d{1,3}) vacanc(?:y|ies) in the following locations?:\s*/i;

// "Remote (US or Canada)", "Bengaluru (Whitefield / Bellandur)": a list inside a bracket is
// one place's note, not places of their own.
function splitOutsideBrackets(value: string): string[] {
  if (!value.includes('(')) return value.split(SPLIT);
  // SPLIT's parts with the separators between them: a part that opens a bracket takes the
  // separator and parts after it until the bracket closes.
  const pieces = value.split(SPLIT_KEEPING);
  const parts: string[] = [];
  let depth = 0;
  for (let k = 0; k < pieces.length; k += 2) {
    const piece = pieces[k] ?? '';
    if (depth > 0 && parts.length > 0) parts[parts.length - 1] += (pieces[k - 1] ?? '') + piece;
    else parts.push(piece);
    for (const c of piece) {
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
    }
  }
  return parts;
}

const SPLIT_KEEPING = new RegExp(`(${SPLIT.source})`);

// "Краснодар, ул. Уральская, 98/7", "هايبر النخيل – القاهرة، مدينة نصر": a header line's part that
// starts with a place in Cyrillic or Arabic script, without its street. Tried after the Latin
// forms: a bilingual posting's "Riyadh, Kingdom of Saudi Arabia" is read as written.
function nativeScriptHeaderPlace(
  ctx: ExtractContext,
  company: Evidenced<string> | null,
): Evidenced<string>[] {
  if (!hasCyrillicOrGreek(ctx.text) && !hasArabic(ctx.text)) return [];
  for (const line of placeLines(ctx, company)) {
    if (line.kind === 'list-item' || line.text.length > 240) continue;
    for (const seg of segments(line.text)) {
      const span = nativeScriptPlace(seg.text);
      if (!span) continue;
      const at = line.start + seg.start + span.start;
      return [evidence(seg.text.slice(span.start, span.end), at, at + span.end - span.start)];
    }
  }
  return [];
}

function splitPlaces(whole: string, from: number): Evidenced<string>[] {
  // A Cyrillic address, its town first: "г. Тамбов, Моршанское шоссе, 22, работа в офисе".
  // A value that starts with no town is no place ("Город: любой", "Адрес: ул. Ленина, 5").
  if (CYRILLIC_LETTER.test(whole)) {
    const native = nativeScriptPlace(whole);
    if (!native) return [];
    const value = whole.slice(native.start, native.end);
    return [{ value, spans: [{ start: from + native.start, end: from + native.end }] }];
  }
  const lead = whole.length > 30 ? (VACANCIES_LEAD.exec(whole)?.[0].length ?? 0) : 0;
  const written = whole.slice(lead);
  let start = from + lead;
  const out: Evidenced<string>[] = [];
  // "Meadowbank Care Home, Headingley, Leeds": the place, not the building.
  const venue = venueLength(written);
  start += venue;
  // "Pune (Hadapsar / Kharadi branches)": the bracket's slash is not a list of places.
  let placed = withoutStreet(written.slice(venue));
  const town = VENUE_WITH_TOWN.exec(placed);
  if (town?.[1] && town[2] && isVenue(town[1])) placed = town[2];
  start += written.length - venue - placed.length;
  const value = trimPlaceValue(placed);
  let offset = 0;
  // "Im Außendienst / auf Baustellen in Bielefeld": field work is no place, and what follows
  // it must then read as one.
  let fieldWork = false;
  for (const written of splitOutsideBrackets(value)) {
    let at = value.indexOf(written, offset);
    offset = at + written.length;
    // "Hybrid - London": the place after the mode; "Hybrid, 3 days in office" holds none.
    const mode = MODE_LEAD.exec(written);
    const part = mode ? written.slice(mode[0].length) : written;
    if (mode && !/^\p{Lu}/u.test(part)) continue;
    if (mode) at += mode[0].length;
    const place = part
      .replace(
        /\s*\((?:[^)]{0,40}\b(?:remote|hybrid|hybride|híbrido|on-?site|télétravail|présentiel|homeoffice|remoto|presencial|teletrabajo)\b[^)]{0,40})\)/i,
        '',
      )
      // Not the full stop of "Bogotá D.C.".
      .replace(/(?<!\b\p{Lu}\.\s?\p{Lu})[.;,]+$/u, '')
      .trim();
    if (place.length < 2 || REMOTE_ONLY.test(place) || isWorkModeValue(place)) continue;
    if (FIELD_WORK.test(place)) {
      fieldWork = true;
      continue;
    }
    // A value's first part is the place; a later one must read as a place ("Austin, TX ·
    // Remote (US) OK · Full-time").
    if ((out.length > 0 || fieldWork) && !isPlace(place)) continue;
    // Prefer "City, ST" inside a street address.
    const cityState = /\d/.test(place) ? CITY_STATE.exec(place) : null;
    if (cityState?.[1] && cityState[2]) {
      const text = `${cityState[1]}, ${cityState[2]}`;
      const s = start + at + place.indexOf(cityState[0]);
      out.push({ value: text, spans: [{ start: s, end: s + text.length }] });
    } else {
      out.push({ value: place, spans: [{ start: start + at, end: start + at + place.length }] });
    }
  }
  return out;
}
