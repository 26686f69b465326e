/**
 * Places stated without a "Location:" label: the 📍 line of chat and newsletter ads ("📍
 * Hamburg-Billbrook (gut erreichbar mit S-Bahn)"), a sentence that says where the job is ("Poste
 * basé à Nantes (Saint-Herblain)", "am Standort Rottenburg am Neckar", "This role is based in
 * Leeds"), and the country of a remote job ("100% remoto desde cualquier provincia de
 * Argentina"). Also the trimming of a place value to the place: a bracket or a clause of prose
 * after it ("Pune (Hadapsar / Kharadi branches)", "Buenos Aires (CABA), trabajo 100% remoto").
 */
import type { Evidenced } from '../model/posting';
import { guessCountry, isKnownPlace, US_STATE_CODES } from './country';
import { lineBody, type ExtractContext } from './context';
import { isExtraPlace, isWorldTown } from './location-cues';
import { isOrgName } from './company-cues';
import { endsInOrganisationKind, hasLegalForm } from './legal-form';

// Emoji and symbols that chat ads put before a label ("📍 Location: Pune", "🏢 Company: ...").
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]\s*){1,4}/u;

/** The length of the emoji or symbols (and the space after them) that start the text. */
export function leadingSymbolsLength(text: string): number {
  const code = text.charCodeAt(0);
  // Letters, digits and ASCII punctuation start most lines: no regex for them.
  if (code < 0x2000) return 0;
  return LEADING_SYMBOLS.exec(text)?.[0].length ?? 0;
}

// Where a place value turns into prose: a bracket that does not hold a district or code (it
// starts in lower case, lists several things, or is long), a clause after a comma or a dash
// that starts in lower case.
const BRACKET = /\s*\(\s*([^()]{0,80})\)?/g;
const DISTRICT = /^[\p{Lu}\d][\p{L}\d .'’-]{0,30}\s*$/u;
const PROSE_TAIL = /\s*(?:,|\s[-–—])\s+\p{Ll}/u;

/**
 * The place at the start of a value, without the prose after it; the result is a prefix of
 * `value`, so offsets into the value stay valid. A short capitalised bracket stays, a work mode
 * too ("Berlin (Hybrid)"): the caller drops it.
 */
export function trimPlaceValue(value: string): string {
  let end = value.length;
  const tail = PROSE_TAIL.exec(value);
  if (tail) end = tail.index;
  BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKET.exec(value)) !== null && m.index < end) {
    const inside = m[1] ?? '';
    if (!DISTRICT.test(inside)) {
      end = m.index;
      break;
    }
  }
  return value.slice(0, end).trimEnd();
}

// A building before the place: "Meadowbank House Care Home, Headingley, Leeds LS6".
const VENUE =
  /(?<![\w\u00C0-\u024F])(?:Home|House|Hotel|Hospital|Clinic|Building|Tower|Campus|Office|Mall|Warehouse|Wing|School|Restaurant|Store|Shop|Spital|Klinik|Haus|Schule|Clínica|Hôpital|Bureau|École|Escuela|Colegio)\b/;

/** Whether a name is a building's: "Main Campus", "Meadowbank Care Home". */
export function isVenue(name: string): boolean {
  return VENUE.test(name);
}

/** Whether a text opens a bracket it does not close. */
export function openBracket(text: string): boolean {
  return text.lastIndexOf('(') > text.lastIndexOf(')');
}

/** The length of a building's name before the place ("Meadowbank Care Home, "), or 0. */
export function venueLength(value: string): number {
  const comma = value.indexOf(', ');
  if (comma < 0 || comma > 60 || !VENUE.test(value.slice(0, comma))) return 0;
  // "Main Campus (Bellgrove, NC)": the comma inside a bracket parts no venue from its place.
  if (openBracket(value.slice(0, comma))) return 0;
  return /\p{Lu}/u.test(value.charAt(comma + 2)) ? comma + 2 : 0;
}

// A table row's label cell after the pin: "| 📍 Location | Kraków, Poland (Zabłocie) |".
const PIN_LABEL =
  /^(?:job |work )?(?:location|lieu(?: de travail)?|localisation|standort|arbeitsort|einsatzort|ort|ubicación|ubicacion)\s*[|:：]\s*/i;

// The round pushpin: chat and newsletter ads put the place after it.
const PIN = '\u{1F4CD}';

/**
 * The place after a 📍 among the first lines, or an empty list. `splitPlaces` is location.ts's
 * splitter of a field value.
 */
export function locationsFromPin(
  ctx: ExtractContext,
  splitPlaces: (value: string, start: number) => Evidenced<string>[],
): Evidenced<string>[] {
  if (!ctx.text.includes(PIN)) return [];
  for (const line of ctx.lines.slice(0, 40)) {
    const pin = line.text.indexOf(PIN);
    if (pin < 0 || pin > 4 || line.text.length > 200) continue;
    const rest = line.text.slice(pin + PIN.length);
    // "📍 Basel, Schweiz   🕒 Vollzeit   🏢 Vor Ort": the next symbol starts the next chip.
    const chip = rest.search(NEXT_CHIP);
    const after = rest.replace(/^[\uFE0F\s]+/, '').replace(PIN_LABEL, '');
    const value =
      chip > 0 ? after.slice(0, Math.max(0, after.length - (rest.length - chip))) : after;
    // "📍 Ubicación" heading a section: the label alone names no place.
    if (PIN_LABEL_ALONE.test(value)) continue;
    const found = splitPlaces(value, line.start + line.text.length - after.length);
    if (found.length > 0) return found;
  }
  return [];
}

const NEXT_CHIP = /(?<=\S)\s*\p{Extended_Pictographic}/u;
const PIN_LABEL_ALONE =
  /^(?:job |work )?(?:locations?|lieu(?: de travail)?|localisation|standort|arbeitsort|einsatzort|ort|ubicación|ubicacion)\s*[|:：]?\s*$/i;

// Sentences that say where the job is. The place after them: capitalised words, joined by the
// particles of place names ("Rottenburg am Neckar", "Frankfurt an der Oder"), maybe a district
// number ("Dublin 2") or a bracketed district. Case-sensitive: "am Standort Rottenburg am Neckar eine*n" ends before "eine*n".
const PLACE_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?: (?:(?:am|an der|im|in der|de|del|de la|la|le|sur|en|upon|on) )?\p{Lu}[\p{L}'’.-]*){0,3}(?: \d{1,2}(?:e|er|ème)?(?![\d.,:]))?(?: ?\( ?\p{Lu}[\p{L} .'’-]{1,30}\))?/u;
// "in Chicago. We're looking": the name ends at a sentence's full stop ("St. Louis" keeps its).
const SENTENCE_END = /(?<=\p{Ll}{2})\.(?:\s.*)?$/u;

/** The capitalised place name written at `from`, without a sentence's full stop after it. */
function placeNameAt(text: string, from: number): string | undefined {
  return PLACE_NAME.exec(text.slice(from))?.[0].replace(SENTENCE_END, '');
}

const BASED_AT =
  /(?:\bposte basée? (?:à|a|sur)|\bbasée? à|\b(?:role|position|job|post) (?:is |will be )?based (?:in|at)|\b(?:am|an unserem|für unseren|unseren|unserem) standort(?: in)?|\bpuesto (?:ubicado|basado) en|\bdienstsitz (?:ist|in)) +/i;
// Cheap gate before the regex: the words the sentences hold.
const BASED_WORD = /bas[ée]|standort|ubicado|basado|dienstsitz/i;

// A classified ad's "650-cow dairy near Viroqua, WI seeks ...": a town with its state code.
// Australians write the state without a comma: "mixed cropping & sheep, near Wagga Wagga NSW".
const NEAR_CITY_STATE =
  /\bnear ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z]{2}| (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)))\b/;

/** The place of a "Poste basé à X" / "am Standort X" sentence among the first lines. */
export function locationsFromBasedAt(ctx: ExtractContext): Evidenced<string>[] {
  for (const line of ctx.lines.slice(0, 30)) {
    const near =
      line.text.length > 1200 || !line.text.includes('near ')
        ? null
        : NEAR_CITY_STATE.exec(line.text);
    if (near?.[1] && guessCountry(near[1]) !== null) {
      const start = line.start + near.index + 5;
      return [{ value: near[1], spans: [{ start, end: start + near[1].length }] }];
    }
    if (line.text.length > 400 || !BASED_WORD.test(line.text)) continue;
    const m = BASED_AT.exec(line.text);
    if (!m) continue;
    const from = m.index + m[0].length;
    // The sentence's full stop is not part of the name ("am Standort Leipzig.").
    const place = placeNameAt(line.text, from);
    if (!place) continue;
    const start = line.start + from;
    return [{ value: place, spans: [{ start, end: start + place.length }] }];
  }
  return [];
}

// A hiring sentence near the top naming the town: "Wir suchen eine:n Werkstudent:in (m/w/d) in
// Hamburg!", "We're hiring a sous chef in Leeds", "Recrutamos camareros en Sevilla". Only a
// place this parser knows counts: "looking for a nurse in Intensive Care" names a ward.
const HIRING_IN =
  /\b(?:[Ss]uchen|[Ss]ucht|[Rr]echerch(?:e|ons)|[Rr]ecrut(?:e|ons)|[Bb]uscamos|[Bb]usca|[Cc]ontratamos|[Rr]ecrutamos|[Hh]iring|[Ll]ooking for|[Ss]eeking)\b[^.!?\n]{0,120}?\s(?:in|à|en|im)\s(?=\p{Lu})/u;
const REGION_AFTER = /^, (?:[A-Z]{2}\b|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)/u;
const HIRING_WORD = /such|recher|recrut|busca|contrat|hiring|looking|seeking/i;

// A town of country.ts's lists, extra-places.json or the world list.
const isTown = (name: string): boolean => isListedPlace(name) || isWorldTown(name);

/** The known town of a hiring sentence among the first lines, or an empty list. */
export function locationsFromHiringSentence(ctx: ExtractContext): Evidenced<string>[] {
  for (const line of ctx.lines.slice(0, 12)) {
    if (line.text.length > 400 || !HIRING_WORD.test(line.text)) continue;
    const m = HIRING_IN.exec(line.text);
    if (!m) continue;
    const from = m.index + m[0].length;
    const place = placeNameAt(line.text, from);
    // A town of the world list ends the sentence: not "a developer in Apex, Visualforce and LWC".
    if (!place) continue;
    const ends = !/^(?:,|\sand\b)/.test(line.text.slice(from + place.length));
    if (!isListedPlace(place) && !(isWorldTown(place) && ends)) continue;
    // "in Mississauga, Ontario", "in Austin, TX": the region after the town.
    const region = REGION_AFTER.exec(line.text.slice(from + place.length))?.[0];
    const value = region && guessCountry(region.slice(2)) !== null ? place + region : place;
    const start = line.start + from;
    return [{ value, spans: [{ start, end: start + value.length }] }];
  }
  return [];
}

// "100% remoto desde cualquier provincia de Argentina", "remote from anywhere in Canada",
// "remote within the UK", "télétravail depuis toute la France". The country is then read
// case-sensitively with PLACE_NAME.
const REMOTE_FROM =
  /\b(?:remote|remotely|remoto|télétravail|teletrabajo)\b[^.\n]{0,30}?\b(?:from|within|in|desde|en|depuis|innerhalb|aus) (?:anywhere in |any (?:state|province) (?:of|in) |cualquier (?:lugar|provincia|parte|punto) del? |todo el país,? |toute la |tout le |the )?/gi;
const REMOTE_WORD = /remot|télétravail|teletrabajo/i;
// German puts the country in the genitive after "innerhalb" ("Remote innerhalb Deutschlands").
const GENITIVE_S = /(?<=\p{Ll}{3})s$/u;

/** A place this parser knows by name: a country, region or town in its lists. */
function isListedPlace(text: string): boolean {
  return isKnownPlace(text) || isExtraPlace(text);
}

/** The country (or region) a remote job may be done from, as a last resort. */
export function locationsFromRemoteCountry(ctx: ExtractContext): Evidenced<string>[] {
  for (const line of ctx.lines.slice(0, 40)) {
    if (line.text.length > 300 || !REMOTE_WORD.test(line.text)) continue;
    REMOTE_FROM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REMOTE_FROM.exec(line.text)) !== null) {
      const from = m.index + m[0].length;
      const written = PLACE_NAME.exec(line.text.slice(from))?.[0].replace(/\.$/, '');
      const bare = written?.replace(GENITIVE_S, '');
      const place =
        written && (isListedPlace(written) ? written : bare && isListedPlace(bare) ? bare : null);
      if (place) {
        const start = line.start + from;
        return [{ value: place, spans: [{ start, end: start + place.length }] }];
      }
    }
  }
  return [];
}

// The last resort, for messages and short ads that name the place only in passing: a known town
// after "in", "at", "near" or "out of" in the first lines ("We're hiring CDL-A drivers out of our
// Amarillo TX terminal", "onsite 5 days in Irving TX", "based in our Leeds studio"). A US state's
// code may follow without a comma, as people type it.
// Italian, Spanish, French and Portuguese write the town after "a", "en", "à", "em" ("per
// pizzeria a Bergamo centro"); Dutch after "te" ("hoofdkantoor te Paramaribo").
const IN_PLACE =
  /(?<![\p{L}])(?:in|at|near|out of|around|a|à|en|em|te)\s(?:(?:our|the|downtown|central) )?(?=\p{Lu})/gu;
const STATE_CODE_AFTER = /^,? ([A-Z]{2})\b/;
// Codes that are also English words in capitals: "experience in Python OR Go".
const WORD_CODES = new Set(['OR', 'IN', 'ME', 'OK', 'HI', 'OH']);
// A sentence about somewhere other than the job's place: offices and hubs, founders, partners,
// customers, conferences, travel.
const NOT_JOB_PLACE =
  /\b(?:headquarter\w*|hq|offices|hub|found(?:ed|ers?)|met|partners?|customers?|schools|conferences?|travell?ers?|stays|university|college|alumni|former)\b/i;
// The sentence around a match, back to its start and a little past the place.
const SENTENCE_START = /[.!?]\s[^.!?]*$/;
const PROSE_LINES = 40;

// "Hamburg-Hammerbrook", "Berlin-Mitte": a known town and its district, joined by a hyphen.
const TOWN_DASH_DISTRICT = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u;

function isDistrictOfListedTown(name: string): boolean {
  const town = TOWN_DASH_DISTRICT.exec(name)?.[1];
  return town !== undefined && isListedPlace(town);
}

const ITALIAN_WORD =
  /\b(?:della|nella|nel|cercasi|cerchiamo|ricerchiamo|sede|zona|presso|pizzeria|ristorante|azienda|lavoro)\b/i;

// A line that starts with the place and then the work mode: "Austin, TX – hybrid, in our Domain
// office Tue–Thu", "NYC (Hudson Yards), hybrid", "London, hybrid". Case matters for the place.
const PLACE_THEN_MODE =
  /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(,? [A-Z]{2})?(?: \([^()]{2,40}\))?(?:,|\s[-–—|/]|\sor)\s?(?:[Ff]ully |100 ?% )?(?:[Hh]ybrid|HYBRID|[Rr]emote|REMOTE|[Oo]n-?site|ONSITE|ON-SITE|[Ii]n[- ]office|[Ii]n[- ]person)(?![\p{L}-])/u;

/** The place at the start of a line that goes on with the work mode, or an empty list. */
export function locationBeforeWorkMode(ctx: ExtractContext): Evidenced<string>[] {
  for (const line of ctx.lines.slice(0, PROSE_LINES)) {
    const { body, start } = lineBody(line);
    if (body.length > 1200) continue;
    // The line's start, or a part's after a dash or bar: "Senior Backend Engineer (Go) –
    // Ledgerline – London, hybrid"; in a message's prose, a sentence's: "… data platform.
    // Boston (Seaport) or remote anywhere in the US."
    const breaks = body.length > 200 ? SENTENCE_BREAK : PART_OR_SENTENCE;
    const starts = [0, ...[...body.matchAll(breaks)].map((m) => m.index + m[0].length)];
    for (const from of starts) {
      const m = PLACE_THEN_MODE.exec(body.slice(from));
      const town = m?.[1];
      if (!m || town === undefined) continue;
      const code = m[2]?.replace(/^,? /, '');
      const state = code !== undefined && US_STATE_CODES.has(code) && !WORD_CODES.has(code);
      const known = code === undefined && (isListedPlace(town) || isDistrictOfListedTown(town));
      if (!state && !known) continue;
      const value = state ? town + (m[2] ?? '') : town;
      return [{ value, spans: [{ start: start + from, end: start + from + value.length }] }];
    }
  }
  return [];
}

const SENTENCE_BREAK = /[.!?] (?=\p{Lu})/gu;
const PART_OR_SENTENCE = new RegExp(String.raw`\s[-–—|·]\s|${SENTENCE_BREAK.source}`, 'gu');

/** A known town named in passing in the first lines' prose, or an empty list. */
export function locationsInProse(ctx: ExtractContext): Evidenced<string>[] {
  for (const line of ctx.lines.slice(0, PROSE_LINES)) {
    if (line.text.length > 1200) continue;
    IN_PLACE.lastIndex = 0;
    for (let m = IN_PLACE.exec(line.text); m; m = IN_PLACE.exec(line.text)) {
      const from = m.index + m[0].length;
      const name = placeNameAt(line.text, from);
      if (!name) continue;
      // English "a" is an article ("a Phoenix application", "a Berlin startup"): Italian's "a"
      // counts only in an Italian sentence.
      if (m[0].startsWith('a ') && !ITALIAN_WORD.test(line.text)) continue;
      const before = line.text.slice(0, m.index);
      const opened = SENTENCE_START.exec(before);
      const sentence = `${opened ? before.slice(opened.index + 2) : before} ${line.text.slice(from, from + name.length + 40)}`;
      if (NOT_JOB_PLACE.test(sentence)) continue;
      // "Amarillo TX terminal": the town and its state's code. Otherwise the whole name must be
      // a place ("Michigan State University", "Alaska Airlines" are not).
      // "Lisbon (Cais do Sodré)": the town before its district.
      const words = name.replace(/\s?\(.*\)$/, '').split(' ');
      for (let k = words.length; k > 0; k--) {
        const town = words.slice(0, k).join(' ');
        const code = STATE_CODE_AFTER.exec(line.text.slice(from + town.length));
        const state =
          code?.[1] !== undefined && US_STATE_CODES.has(code[1]) && !WORD_CODES.has(code[1]);
        if (!state && k < words.length) continue;
        const value = state ? line.text.slice(from, from + town.length + code[0].length) : town;
        // "in Hamburg-Hammerbrook", not "at Berlin-Chemie" (a company).
        const district = !m[0].startsWith('at ') && isDistrictOfListedTown(town);
        if (!state && !isListedPlace(town) && !district) continue;
        const start = line.start + from;
        return [{ value, spans: [{ start, end: start + value.length }] }];
      }
    }
  }
  return townOfSite(ctx);
}

// "for our Mackay jobs", "the Lead Composites Technician vacancy at our Hamble site": a town
// named as the employer's site (not "the Toronto office" where leadership works).
const SITE_OF_TOWN =
  /\bour (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}) (?:site|store|plant|branch|depot|warehouse|clinic|jobs?|facility|factory|yard|shop|kitchen)\b/gu;

// "… w/ Gemma MacLeod, 18 Queen St, Charlottetown PE.": a street's number and name, then the
// town (and its region's code), in a message's prose or its signature.
const STREET_THEN_TOWN =
  /\b\d{1,5} \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2} (?:St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Blvd|Boulevard|Lane|Ln|Way|Hwy|Highway|Pkwy|Parkway|Pl|Place|Cres|Crescent|Court|Ct|Terrace|Quay)\.?, (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(,? [A-Z]{2}\b)?/gu;

function townOfSite(ctx: ExtractContext): Evidenced<string>[] {
  for (const line of ctx.lines.slice(0, PROSE_LINES)) {
    if (line.text.length > 1200) continue;
    STREET_THEN_TOWN.lastIndex = 0;
    for (let m = STREET_THEN_TOWN.exec(line.text); m; m = STREET_THEN_TOWN.exec(line.text)) {
      const town = m[1] ?? '';
      if (!isTown(town)) continue;
      const value = town + (m[2] ?? '');
      const start = line.start + m.index + m[0].length - value.length;
      return [{ value, spans: [{ start, end: start + value.length }] }];
    }
    SITE_OF_TOWN.lastIndex = 0;
    for (let m = SITE_OF_TOWN.exec(line.text); m; m = SITE_OF_TOWN.exec(line.text)) {
      const town = m[1] ?? '';
      if (!isTown(town)) continue;
      const start = line.start + m.index + m[0].indexOf(town);
      return [{ value: town, spans: [{ start, end: start + town.length }] }];
    }
  }
  return [];
}

// A US town with its state's code and no comma, where nothing else can be meant: before a ZIP
// code ("41 Wall St, Asheville NC 28801") or before the kind of site it is ("Joplin MO terminal").
// Without either, "Signify NV" is as likely a Dutch company.
const TOWN_STATE_SITE =
  /(?:^|, |\s[-–—|·@]\s)(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}) ([A-Z]{2})(?= \d{5}(?:-\d{4})?\b| (?:terminal|depot|yard|area|office|location|plant|warehouse|store|branch|facility|site|hub)\b)/gu;

// Or after a comma at the end of a header line: "NOW HIRING dishwasher/prep - Taqueria El Güero,
// Yakima WA".
const TOWN_STATE_END = /, (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}) ([A-Z]{2})$/u;
const HEADER_END_LINES = 4;
// A title's credential after a comma ("Physician, Family Medicine MD", "Urgent Care PA", "Direct
// Tax CA"): no state.
const CREDENTIAL_CODES = new Set(['MD', 'PA', 'DO']);
const JOB_FIELD_WORDS = /\b(?:Medicine|Care|Surgery|Health|Tax|Audit|Nursing|Practice|Sales)\b/;

/** A US town with its state's code in the first lines, or an empty list. */
export function townWithStateCode(ctx: ExtractContext): Evidenced<string>[] {
  for (const [i, line] of ctx.lines.slice(0, PROSE_LINES).entries()) {
    if (line.text.length > 300 || !line.text.includes(' ')) continue;
    const end = i < HEADER_END_LINES ? TOWN_STATE_END.exec(line.text) : null;
    const endCode = end?.[2] ?? '';
    if (
      end &&
      US_STATE_CODES.has(endCode) &&
      !WORD_CODES.has(endCode) &&
      !CREDENTIAL_CODES.has(endCode) &&
      !JOB_FIELD_WORDS.test(end[1] ?? '')
    ) {
      const value = `${end[1] ?? ''} ${endCode}`;
      const start = line.start + line.text.length - value.length;
      return [{ value, spans: [{ start, end: start + value.length }] }];
    }
    TOWN_STATE_SITE.lastIndex = 0;
    for (let m = TOWN_STATE_SITE.exec(line.text); m; m = TOWN_STATE_SITE.exec(line.text)) {
      const code = m[2] ?? '';
      if (!US_STATE_CODES.has(code) || WORD_CODES.has(code)) continue;
      const value = `${m[1] ?? ''} ${code}`;
      const start = line.start + m.index + m[0].length - value.length;
      return [{ value, spans: [{ start, end: start + value.length }] }];
    }
  }
  return townAmongParts(ctx);
}

// A town among the parts of the first lines, after a comma, a dash or a bracket, at a part's
// end: "Dispatcher needed ASAP - nights - Red River Towing & Recovery, Fargo ND.", "NIGHT
// AUDITOR wanted at The Harbourview Hotel, Ahuriri, Napier.", "Conveyancing Paralegal – Galway
// city centre." A town of any list, the world's too; a UK town before its postcode need be in
// none ("Royal Kernow Hospital, Treliske, Truro, TR1 3LJ", "Kendal LA9 7QH").
const PART_TOWN =
  /(?:^|,\s|\s[–—-]\s|\()(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}?)(,? [A-Z]{2}\b|,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b)?(?=\s*(?:[.,)|;]|$)|\s(?:city cent(?:re|er)|CBD|offices?)\b)/gu;
const UK_POSTCODE_AFTER = /^,? [A-Z]{1,2}\d/;
const SPREAD = /\b(?:across|spread|between|among)\b/i;
// One word: "Felixstowe, Suffolk", not "General Adult Psychiatry, Esbjerg".
const TOWN_BEFORE = /(?<=^|[,:–—-]\s|\s-\s)(\p{Lu}[\p{L}'’.-]+)(?:, | \()$/u;
const MODE_WORD = /^(?:remote|hybrid|on-?site|REMOTE|HYBRID|ONSITE)$/i;
// "Full-time, Wigan", "Nights, Meridian": the terms, not a town.
const TERMS_WORD =
  /^(?:full-?time|part-?time|permanent|temporary|temp|contract|casual|nights?|days|weekends?|evenings?|seasonal|locum|fixed-?term)$/i;
const PART_LINES = 3;

function townAmongParts(ctx: ExtractContext): Evidenced<string>[] {
  for (const [i, line] of ctx.lines.slice(ctx.top, ctx.top + PROSE_LINES).entries()) {
    if (line.text.length > 600) continue;
    PART_TOWN.lastIndex = 0;
    for (let m = PART_TOWN.exec(line.text); m; m = PART_TOWN.exec(line.text)) {
      const town = m[1] ?? '';
      const after = m[2] ?? '';
      const postcode = UK_POSTCODE_AFTER.test(after);
      const code = after.trim().replace(/^,\s?/, '');
      const state = after !== '' && !postcode && US_STATE_CODES.has(code) && !WORD_CODES.has(code);
      // Past the first lines, only a town with its postcode.
      if (i >= PART_LINES && !postcode) continue;
      // On the title's line a town of the lists, not the world's ("Salesforce Developer (Apex,
      // LWC)", "Staff Engineer, Orion": a skill or a team).
      if (!postcode && !(state || i > 0 ? isTown(town) : isListedPlace(town))) continue;
      // Not a currency's code ("$165,000 (US)"), nor towns the team is spread across.
      if (m[0].startsWith('(') && /^[A-Z]{2,3}$/.test(town)) continue;
      const before = line.text.slice(0, m.index);
      const opened = SENTENCE_START.exec(before);
      const sentence = opened ? before.slice(opened.index + 2) : before;
      if (NOT_JOB_PLACE.test(sentence) || SPREAD.test(sentence)) continue;
      let start = line.start + m.index + m[0].indexOf(town);
      let value = state ? town + after : town;
      // "Felixstowe, Suffolk": a region the lists know after a town they do not, the town comes
      // with it (not the terms: "Full-time, Wigan").
      const prior = TOWN_BEFORE.exec(before + m[0].slice(0, m[0].indexOf(town)));
      const name = prior?.[1] ?? '';
      if (
        prior &&
        !state &&
        !m[0].startsWith('(') &&
        prior.index > 0 &&
        !MODE_WORD.test(name) &&
        !TERMS_WORD.test(name) &&
        !hasLegalForm(name) &&
        !endsInOrganisationKind(name) &&
        !isOrgName(name)
      ) {
        start -= prior[0].length;
        value = prior[0] + value;
      }
      return [{ value, spans: [{ start, end: start + value.length }] }];
    }
  }
  return [];
}
