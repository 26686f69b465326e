/**
 * Company cues the generic name-line scan misses: labels of agencies and project boards
 * ("Agency: A on behalf of our client, B", "Projektanbieter: X"), a careers-site header
 * ("Careers at X", "X Careers"), Indeed's "Company - City, ST" line, and late fallbacks
 * ("Posted 2 days ago by X", an intro sentence "X is a ...", "X has been delivering ...").
 * Also the legal forms and organisation words that make a line a name even when it holds a
 * city ("Private Rheinschule Köln gGmbH", "Clinique Saint-Roch Bruxelles").
 */
// Name letters include combining accents (\u0300-\u036F: Yoruba "Ìràwọ̀"), which the classes
// below hold as marks on their own, on purpose.
/* eslint-disable no-misleading-character-class */
import type { Evidenced } from '../model/posting';
import type { Line } from '../clean/lines';
import { guessCountry, isKnownPlace } from './country';
import { evidence, type ExtractContext } from './context';
import { isJobBoard } from './header-chrome';
import { labelStart } from './label-start';
import { hasLegalForm } from './legal-form';

import { TITLE_WORD } from './title';

// Words that make a name an organisation even when it contains a city or a country ("Banque de
// France", "Banco de Chile").
const ORG_WORD_INTL =
  /(?:^|\s)(?:Hotel|Hôtel|Hostal|Residencia|Résidence|Centres?|Centers?|Klinik(?:um)?|Krankenhaus|Schule|Gymnasium|Universität|Hochschule|Stadtwerke|Stiftung|Gruppe|Clinique|Hôpital|Centre Hospitalier|École|Université|Groupe|Mairie|Cabinet|Fondation|Clínica|Hospital|Escuela|Colegio|Universidad|Grupo|Fundación|Ayuntamiento|Restaurant|Pharmacy|Apotheke|Pharmacie|Farmacia|Academia|Académie|Akademie|Kanzlei|Praxis|Gasthaus|Gasthof|Autohaus|Bäckerei|Brasserie|Boulangerie|Supermarché|Hypermarché|Supermercado|Supermarkt|Lycée|Collège|Institut|Instituto|Laboratoire|Laboratorio|Despacho|Bufete|Notaría|Constructora|Transportes|Domaine|Château|Bodega|Weingut|Finca|Banque|Banco|Banca|Bankhaus|Mutuelle|Compagnie|Assurances|Seguros|Secretaría|Ministerio|Ministère|Ministerium|Ministry|Gobierno|Gouvernement|Consejería|Generalitat)(?=\s|$)/;

// German compounds end in the organisation word: "Universitätsklinikum", "Berufsschule".
const ORG_COMPOUND_DE =
  /\p{Ll}(?:klinik(?:um)?|krankenhaus|schule|gymnasium|stiftung|werke|verwaltung|kanzlei|praxis|pflegeheim|seniorenheim|markt)(?=[\s-]|$)/u;
// Plurals and capitals ("HÔPITAUX DU LÉMAN", "Compañía Minera"); Nordic, Dutch, Polish, Czech
// and Finnish municipalities, hospitals and universities ("Polarbyen kommune", "Gemeente Den
// Haag", "Tampereen kaupunki", "Szpital Miejski").
const ORG_WORD_MORE =
  /(?:^|\s)(?:hôpitaux|cliniques|compañía|companhia|société|établissements?|kommunes?|kommun|gemeente|gmina|kunta|kaupunki|sykehus(?:et)?|sjukhus(?:et)?|sygehus|ziekenhuis|szpital|nemocnice|sairaala|universitet(?:et)?|universiteit|uniwersytet|univerzita|yliopisto|högskola|hogeschool)(?=[\s,]|$)/i;

/** Whether a name carries an organisation word in any supported language. */
export function isOrgName(text: string): boolean {
  return ORG_WORD_INTL.test(text) || ORG_COMPOUND_DE.test(text) || ORG_WORD_MORE.test(text);
}

// Labels that name the organisation behind the ad when no "Company:" field is given.
const AGENCY_FIELD =
  /^(?:(?:recruitment |staffing )?agency|projektanbieter|auftraggeber|hiring organi[sz]ation|employer name|nom de l'entreprise|raison sociale|empresa contratante|empleador)\s*[:：]\s*(\S.{0,120})$/i;
// The first two letters of those labels: a cheaper test that most lines fail.
const MAY_START_AGENCY = labelStart('re st ag pr au hi em no ra');
// "A on behalf of our client, B": the client is the employer.
const ON_BEHALF =
  /\s(?:on behalf of|im Auftrag (?:von|unseres Kunden|eines Kunden)|pour le compte de)\s+(?:(?:our|a|an|the|notre|unseres|eines)\s+)?(?:(?:client|customer|kunden|client)\s*,?\s*)?/i;
const CAREERS_AT =
  /^(?:(?:careers?|jobs|job openings|open positions|work|working|life) at|(?:karriere|jobs) bei|carrières chez)\s+(.{2,60})$/i;
const CAREERS_WORD = new Set([
  'careers',
  'jobs',
  'karriere',
  'stellenangebote',
  'recrutement',
  'carrières',
  'empleos',
]);
const CAREERS_WORD_MIN = Math.min(...[...CAREERS_WORD].map((w) => w.length));
const CAREERS_WORD_MAX = Math.max(...[...CAREERS_WORD].map((w) => w.length));
// Indeed: "Granite Peak Security Systems - Salt Lake City, UT".
const DASH = /\s[-–—]\s/;
const NOTE_AFTER_PLACE = /\s*\((?=\p{Ll})[^()]*\)$/u;
const CITY_REGION =
  /^[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF.'’ -]{1,40}, ?[A-Z][a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF.'’ -]{1,30}(?: \d{4,5})?$/;

/**
 * Strong cues in the header block, tried before the generic name-line scan. `isNameLine` is
 * company.ts's own test of a short name line.
 */
export function companyFromCue(
  header: Line[],
  isNameLine: (text: string) => boolean,
): Evidenced<string> | null {
  for (const line of header) {
    const text = line.text;
    const m = text.length > 140 || !MAY_START_AGENCY(text) ? null : AGENCY_FIELD.exec(text);
    if (m?.[1]) return agencyValue(m[1].trim(), line.start + text.indexOf(m[1].trim()));
  }
  for (const [i, line] of header.slice(0, 8).entries()) {
    if (line.kind === 'list-item') continue;
    const { text: body, start } = line;
    // "Trade Me Jobs" is the board's brand, not "<Company> Jobs".
    if (i < 3 && !isJobBoard(body)) {
      const name = (
        CAREERS_AT.exec(body)?.[1] ??
        nameFromCareersBar(body) ??
        nameBeforeCareers(body)
      )?.trim();
      if (name && isNameLine(name)) return spanOf(name, start + body.indexOf(name));
    }
    const dash = body.length <= 125 ? DASH.exec(body) : null;
    if (dash) {
      // Pasted Markdown keeps its bold markers: "**Acme GmbH** – Dortmund".
      const raw = body.slice(0, dash.index).trim();
      const name = raw.startsWith('**') && raw.endsWith('**') ? raw.slice(2, -2) : raw;
      // "San Antonio, TX (jobs all over Bexar, Comal & Guadalupe counties)": a lower-case note
      // after the place.
      const place = body
        .slice(dash.index + dash[0].length)
        .trim()
        .replace(NOTE_AFTER_PLACE, '');
      // At the top, "<Org> – Offre d'emploi": the organisation above its page word.
      // "University of X - Human Resources - Job Opportunities": the page word comes last.
      const lastPart = place.split(DASH).pop()?.trim() ?? place;
      const pageWord = i < 3 && (PAGE_WORD.test(place) || PAGE_WORD.test(lastPart));
      if (place.length <= 60 && (isPlaceText(place) || pageWord) && isNameLine(name)) {
        return spanOf(name, start + body.indexOf(name));
      }
    }
  }
  return null;
}

// The page's own word after the organisation (not "Key Holder - Part Time", a title).
const PAGE_WORD =
  /^(?:offre d['’]emploi|offre|annonce|vacancy|vacancies|job offer|job posting|job advert|job opportunities|employment opportunities|career opportunities|current openings|stellenangebot|stellenangebote|stellenanzeige|oferta de empleo|oferta|ofertas de empleo)$/i;

/** Whether the line is "<Site> – Vacancy": a masthead over its page word. */
export function isPageWordLine(text: string): boolean {
  const dash = text.length <= 125 ? DASH.exec(text) : null;
  return dash !== null && PAGE_WORD.test(text.slice(dash.index + dash[0].length).trim());
}

// "Juniper & Pine Careers" -> "Juniper & Pine".
function nameBeforeCareers(text: string): string | null {
  const cut = text.lastIndexOf(' ');
  const length = text.length - cut - 1;
  // Skips the copy for last words of another length than "jobs" .. "stellenangebote".
  if (cut <= 1 || length < CAREERS_WORD_MIN || length > CAREERS_WORD_MAX) return null;
  if (!CAREERS_WORD.has(text.slice(cut + 1).toLowerCase())) return null;
  const name = text.slice(0, cut);
  // "Find jobs", "Search Jobs", "Buscar empleos": a board's menu, not "<Company> Jobs"; "Service
  // Recrutement": a department's name, not "<Company> Recrutement". "Avis de recrutement" is a
  // notice's heading: a name does not end in its joining word.
  return NAV_VERB.test(name) || JOINING_END.test(name) ? null : name;
}

/** A name's joining word at its end: "University of", "Marks and", "AVIS DE" are no whole name. */
export const JOINING_END =
  /\s(?:of|for|and|&|the|de|du|des|d['’]|la|le|les|del|di|der|die|das|für|et|und|y)$/i;

const NAV_VERB =
  /^(?:find|search|browse|post|view|see|all|more|similar|recommended|saved|my|latest|new|top|remote|local|suchen|finden|alle|rechercher|trouver|toutes?|mes|buscar|encontrar|todos|mis|ofertas de|service|direction|department|team|équipe|abteilung|bereich|servicio|departamento)$/i;

// "Careers | Ottawa-Carleton Children's Centres", "Acme Corp | Careers": a careers page title,
// also with the page's host in brackets ("Rheinfunk Media GmbH · Karriereseite (Personio)").
const CAREERS_BAR =
  /^(?:careers?|jobs|karriere|carrières|empleos)\s{0,3}[|·–—-]\s{0,3}(.{2,60})$|^(.{2,60}?)\s{0,3}[|·–—-]\s{0,3}(?:careers?(?: site| page)?|jobs|karriere(?:seite)?|carrières|site carrière|empleos)(?: \([^()]{1,30}\))?$/i;

// A careers site's top bar: the organisation, then its menu starting with the careers page or
// a job seeker's first link ("Straits Meridian Bank | Careers | Students & Graduates | Log in",
// "Meridian Care Staffing  |  Find a shift  |  Register").
const CAREERS_MENU =
  /^([^|]{2,60}?)\s*\|\s*(?:careers?|jobs|karriere|carrières|empleos|stellenangebote|find an? (?:job|shift|role)|search jobs|(?:current )?vacancies|register|sign in|log ?in)\s*\|/i;

// A careers page's breadcrumbs: "Quayside Energy › Careers › Technology".
const CAREERS_CRUMBS =
  /^(.{2,60}?)\s[›>»]\s(?:careers?|karriere|carrières|empleos|open roles)(?:\s[›>»]\s.{1,40})?$/i;

/** The organisation named by a careers-page title line, or null. */
function nameFromCareersBar(text: string): string | null {
  const m =
    CAREERS_BAR.exec(text) ??
    (text.includes('|') ? CAREERS_MENU.exec(text) : null) ??
    CAREERS_CRUMBS.exec(text);
  const found = m ? (m[1] ?? m[2] ?? null) : null;
  // Pasted Markdown keeps its bold markers: "**Quayside Energy** › Careers".
  const name = found?.startsWith('**') && found.endsWith('**') ? found.slice(2, -2) : found;
  // "Careers Home | Search Jobs | Log in": the menu's own first link.
  return name && !MENU_LINK.test(name) ? name : null;
}

const MENU_LINK =
  /^(?:careers?|jobs?|home|search|browse|menu|karriere|carrières|empleos|inicio|início|accueil|startseite|hjem|hem|etusivu|strona główna|úvod|anasayfa|ana sayfa)\b/i;

// "Fitzroy VIC 3065", "Austin TX 78701": a town, its state's code and the postcode.
const REGION_POSTCODE = /^\p{Lu}[\p{L} .'’-]{1,30} [A-Z]{2,3} \d{4,5}$/u;

export function isPlaceText(text: string): boolean {
  // "1220 Wien", "80804 München": a postcode before the town.
  const town = /^\d{4,5}\s/.test(text) ? text.replace(/^\d{4,5}\s+/, '') : text;
  return (
    isKnownPlace(town) ||
    ((CITY_REGION.test(town) || REGION_POSTCODE.test(town)) && guessCountry(town) !== null) ||
    isPlaceWithNote(town) ||
    // "6450 Sölden", "75008 Paris": a postcode before a capitalised word is an address line.
    (town !== text && /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u.test(town)) ||
    // "Dortmund-Hafen", "Leipzig-Connewitz": a town and its district.
    (/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(town) && isKnownPlace(town.slice(0, town.indexOf('-'))))
  );
}

// "Nantes (44)", "Bruxelles (Ixelles)": a place followed by its department or district. A
// French département number names a town this parser does not know: "Annecy (74)".
function isPlaceWithNote(text: string): boolean {
  const m = /^([^()]{2,40}?)\s\(([^()]{1,30})\)$/.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return false;
  return (
    isKnownPlace(m[1]) || (/^(?:\d{2,3}|2[AB])$/.test(m[2]) && /^\p{Lu}[\p{L}' -]+$/u.test(m[1]))
  );
}

function agencyValue(value: string, start: number): Evidenced<string> {
  const behalf = ON_BEHALF.exec(value);
  if (behalf) {
    const client = value
      .slice(behalf.index + behalf[0].length)
      .replace(/[.,;]+$/, '')
      .trim();
    if (/^[A-Z\u00C0-\u00DE\d]/.test(client) && client.length <= 60) {
      return spanOf(client, start + value.indexOf(client, behalf.index));
    }
    return spanOf(value.slice(0, behalf.index).trim(), start);
  }
  return spanOf(value.replace(/[,;]+$/, ''), start);
}

function spanOf(value: string, start: number): Evidenced<string> {
  return evidence(value, start, start + value.length);
}

const POSTED_BY =
  /^(?:posted|listed|advertised|published)\b.{0,30}?\bby:?\s+([A-Z\u00C0-\u00DE].{1,60})$/i;
// A name as an intro sentence's subject: capitalised words and the joiners between them.
function subjectJoinedBy(joiners: string): string {
  return String.raw`[A-Z\u00C0-\u00DE][\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF&.'’-]*(?: (?:[A-Z\u00C0-\u00DE\d][\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF&.'’-]*|${joiners})){0,5}`;
}
const SUBJECT = subjectJoinedBy('&|of|de|du|des|la|del|y|und|et|and');
// An intro's subject may join its words with "for" too ("Santé pour Tous Sénégal", "Hope for
// Children"): at a line's start, before the verb, it cannot run on into the sentence.
// "Who we are:", "Über uns:", "Quiénes somos:" before an intro's subject.
const ABOUT_LABEL = String.raw`[Ww]ho we are|[Aa]bout (?:us|the company)|[Üü]ber uns|[Qq]ui sommes-nous ?\??|[Qq]uiénes somos`;
const INTRO_SUBJECT = subjectJoinedBy('&|of|for|pour|für|para|de|du|des|la|del|y|und|et|and');
// "Bloomfield Home is a ...", "Capitol Power & Light Contractors has been ...", "Atelier Nuage
// édite ...": the subject of an intro sentence, optionally after a "Who we are:" label, with its
// acronym after it ("Hope Bridge International (HBI) is an international NGO").
const INTRO = new RegExp(
  String.raw`^(?:(?:${ABOUT_LABEL}|[Cc]ompany description)\s*[:：]\s*|(?:Beim|Bei der|Bei dem|Auprès de la|Auprès du|En el|En la) )?(${INTRO_SUBJECT})(?: \([A-Z][A-Za-z&]{1,9}\))? (?:is|are|was|has|have|ist|sind|hat|est|sont|es|son|ha|entwickelt|bietet|betreibt|édite|développe|propose|accompagne|conçoit|fabrique|desarrolla|ofrece|builds|develops|provides|offers|operates|makes|helps|installs|serves|delivers|designs|manufactures|runs|creates)\b`,
);
// "Who we are: Castlemere Logistics - Irish-owned freight forwarder, ~220 staff": after the label,
// the name before a dash and its description.
const LABELLED_INTRO = new RegExp(
  String.raw`^(?:${ABOUT_LABEL})\s*[:：]\s*(?!(?:Remote|Hybrid|Fully|Distributed|Async)\b)(${SUBJECT}) [–—-] \p{L}`,
  'u',
);
// "Somos Ñandú Labs SRL, una software factory", "We are Brightfold, the …", "Wir sind Keller
// Haustechnik AG –": the name right after "we are", up to its comma or dash.
const WE_ARE = new RegExp(
  String.raw`^(?:[Ww]e are|[Ww]e're|[Ss]omos|[Ww]ir sind|[Nn]ous sommes|[Nn]osotros somos)\s(${SUBJECT})(?=,| [–—-] | \()`,
);
// A poster names the firm they work for or hire for: "I'm the ops manager at **Greenleaf Yard &
// Garden**, a family-owned …", "I run Brightloop Coaching LLC, a small …", "Posting on behalf of
// my company, **Brightwater Clinics** (I'm the COO)", "we're hiring a founding frontend engineer
// at Tidepool Analytics!"; a sender's headline ("Talent Partner, AI/ML at Quillfeather Health |
// We're hiring!"). Not a recruiter's own firm ("I lead the CFO practice at Ashbury Partners, a
// retained executive search firm").
const POSTER_OF = new RegExp(
  String.raw`(?:^(?:[\w/&-]+,? ){0,3}(?:[Pp]artner|[Mm]anager|[Rr]ecruiter|[Ll]ead|[Dd]irector|[Hh]ead|[Oo]fficer|[Ff]ounder|CEO|CTO|COO|CFO|VP|[Pp]resident|[Ss]pecialist|[Ee]ngineer)(?:,? [\w/&-]+){0,3} (?:at|@) (?=[^|\n]{2,60} \| )|\b(?:I['’]m|I am) (?:the |an? )(?:[\w/&-]+ ){1,4}(?:at|@) |\bI (?:lead|run|manage|head) (?:the |a )?(?:[\w/&-]+ ){1,4}at |\bI (?:run|own|founded|co-founded|started) |\bon behalf of (?:my|our) (?:company|firm|business|startup|practice|clinic|restaurant),? |\b(?:we['’]re|we are) (?:hiring|looking for|recruiting) (?:an? |two |several )?(?:[\w/&()-]+ ){1,5}at )\*{0,2}(${SUBJECT})\*{0,2}(?=[,.!;:(]|\s[–—|-]\s|\s\(|\s*$)(?!,? (?:a|an|the) (?:[\w-]+ ){0,3}(?:search|recruit\w*|staffing|placement|headhunting|talent) )`,
);
// After a post's greeting, only a subject said to be a firm: "Hi all! Lanternfish Games is a
// 6-person studio" (not "Hi there! Python is our main language").
const GREETING_INTRO =
  /^(?:[Hh]i|[Hh]ey|[Hh]ello)(?: all| everyone| folks| there)?[!,.] ([A-Z\u00C0-\u00DE][\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF&.'’-]*(?: (?:[A-Z\u00C0-\u00DE\d][\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF&.'’-]*|&|of|and)){0,5}) (?:is|are) an? [^.!?]{0,40}?\b(?:studio|company|startup|start-up|team|firm|agency|business|shop|restaurant|clinic|practice|bakery|caf[eé]|nonprofit|non-profit|charity|organi[sz]ation|lab|school|brand|fintech|biotech|consultancy)\b/;
// A poster who writes for someone else's firm names no employer of theirs: "I'm a recruiter at
// Insight Global. I have a client in Austin", "I'm a software engineer at Stripe, and I'm helping
// a friend's startup".
const FOR_SOMEONE_ELSE =
  /\b(?:(?:a|my|our) client|clients? of ours|on behalf of (?:a|my|our) client|working with an? (?:leading|well[- ]known|growing|fast[- ]growing|established|global|large)\b|retained by|a friend['’]?s?|former colleague)/i;
const NOT_SUBJECT =
  /^(?:must|should|will|can|may|please|ideally|applicants?|the|this|that|our|we|you|your|it|they|he|she|there|here|a|an|die|der|das|diese[rs]?|unser\w*|wir|sie|le|la|les|ce|cette|notre|nous|il|elle|el|los|las|este|esta|nuestr[oa]|nosotros|as|in|at|for|if|when|with|all|each|every|job|role|position|candidates?|applications?|bewerbungen|candidatures?|solicitudes|postulaciones)\b|^(?:telework\w*|travel|training|overtime|parking|relocation|onboarding|flexibility|experience|knowledge|working|teamwork|accommodation|lunch|uniforms?|housing|transport|pay|salary|compensation|remuneration)$/i;

/**
 * Late fallbacks, after the header and "About X": "Posted ... by X" in the header block, then
 * the subject of one of the first intro sentences.
 */
export function companyFromLateCue(
  ctx: ExtractContext,
  isName: (text: string) => boolean,
): Evidenced<string> | null {
  // From the posting's first line: a mail's or a newsletter's own lead is no posting's prose.
  const top = ctx.top;
  const limit = Math.min(ctx.lines.length, top + 30);
  for (let i = top; i < Math.min(limit, top + 16); i++) {
    const line = ctx.lines[i];
    const m = line ? POSTED_BY.exec(line.text) : null;
    // "Posted by: Coastline Property Group (Gold Coast, Australia)": the place in brackets.
    // "Posted by Quayside Pharmacy Group  |  Ipswich, Suffolk  |  Contract": up to a separator.
    const name = m?.[1]
      ?.replace(/\s+[|·•]\s.*$/, '')
      .replace(/\s\([^()]{2,40}\)$/, '')
      .trim();
    if (line && name && isName(name) && !/[\d,;:!?]/.test(name) && name.split(' ').length <= 6) {
      return spanOf(name, line.start + line.text.lastIndexOf(name));
    }
  }
  let prose = 0;
  const forSomeoneElse = FOR_SOMEONE_ELSE.test(ctx.text);
  for (let i = top; i < limit && prose < 3; i++) {
    const line = ctx.lines[i];
    if (!line || line.kind === 'list-item' || line.text.length < 40) continue;
    // Breadcrumbs, the title and "compensation: ..." lines above the body are not its prose:
    // only sentences count, so the body's first paragraph stays in reach under a long header.
    if (isSentence(line.text)) prose++;
    const appositive = introAppositive(line.text);
    if (appositive) return spanOf(appositive, line.start + line.text.indexOf(appositive));
    const m =
      WE_ARE.exec(line.text) ??
      INTRO.exec(line.text) ??
      LABELLED_INTRO.exec(line.text) ??
      GREETING_INTRO.exec(line.text) ??
      (forSomeoneElse ? null : POSTER_OF.exec(line.text));
    const name = m?.[1];
    if (!m || !name || NOT_SUBJECT.test(name) || TITLE_WORD.test(name) || !isName(name)) continue;
    if (isKnownPlace(name) || isJobBoard(name) || SENTENCE_IN_NAME.test(name)) continue;
    return spanOf(name, line.start + m[0].indexOf(name));
  }
  return null;
}

// The recruiting verbs of Dutch, Italian, Portuguese, the Nordic languages, Polish, Romanian and
// Czech ("Acme BV zoekt", "Acme AB söker", "Acme SRL, Iași, angajează"); not Spanish "cerca del"
// ("near"). "angajează" and "hledá" end in a letter `\b` cannot bound: the stem before it.
export const RECRUIT_VERBS_ABROAD = String.raw`zoekt|cerca(?! del?\b)|procura|söker|søker|søger|poszukuje|zatrudni|angajeaz(?=[ăa](?:[\s:.,!]|$))|hled(?=á(?:[\s:.,!]|$))|přijme`;

// "Zentrix. We are hiring": a name that ends one sentence is not the subject of the next, whose
// subject is a pronoun ("Crumb & Co. Bakery", "Mass. General Brigham" are names).
export const SENTENCE_IN_NAME = /\p{Ll}\.\s(?:We|Our|I|This|They|You|He|She|It)\b/u;

function isSentence(text: string): boolean {
  return /[.!?]["'’)]?$/.test(text) || text.includes('. ');
}

// "La Résidence Les Tilleuls, EHPAD de 92 lits situé à Bordeaux, recherche un(e) ...": the
// subject, a descriptive aside between commas, then the recruiting verb. The article goes.
const APPOSITIVE = new RegExp(
  String.raw`^(?:(?:La|Le|Les|L['’]|El|Die|Der|Das|The) ?)?(${SUBJECT}), (?:[^,]{3,100}, ){1,2}(?:recherche|recrute|busca|sucht|${RECRUIT_VERBS_ABROAD}|is (?:seeking|hiring|looking|recruiting))\b`,
);

function introAppositive(text: string): string | null {
  if (!text.includes(', ')) return null;
  const name = APPOSITIVE.exec(text)?.[1];
  return name && !NOT_SUBJECT.test(name) && !isKnownPlace(name) && !isJobBoard(name) ? name : null;
}

// Boards that print the label on its own line and the name under it, often at the foot of
// the ad (France Travail: "Employeur" / "Cabinet Lafitte & Associés" / "25 salariés").
const EMPLOYER_LABEL =
  /^(?:employeur|employer|hiring (?:company|organi[sz]ation)|arbeitgeber|empleador|entreprise qui recrute|agency|hiring agency|organi[sz]ation)\s*:?$/i;
// Boards print these over a sector or a tagline too ("Healthcare Technology", "Leading
// Insurance Provider") and in menus ("Job / Company / Rating"): under them, only a name with its
// legal form.
const WEAK_LABEL =
  /^(?:company(?: name)?|(?:end )?client|unternehmen|empresa|azienda|werkgever)\s*:?$/i;
const MAY_START_EMPLOYER = labelStart('em hi ar en ag or co cl un az we');
// A heading's mark before the label: "■ Client".
const LABEL_MARK = /^[■□●◆◇▶▪・]\s?/;
const UNNAMED_CLIENT = /^(?:confidential|undisclosed|not disclosed|anonymous)\b/i;
const AGENCY_LABEL = /^(?:hiring )?agency\b/i;

/**
 * The name line under a lone "Employer" label in the first `lines` lines (all), or null.
 * `employerOnly`: not under an agency's label ("Agency" / "Hays Recruitment" names who posts).
 */
export function companyUnderLabel(
  ctx: ExtractContext,
  isNameLine: (text: string) => boolean,
  lines = ctx.lines.length,
  employerOnly = false,
): Evidenced<string> | null {
  for (let i = 0; i < Math.min(lines, ctx.lines.length - 1); i++) {
    const text = (ctx.lines[i]?.text ?? '').replace(LABEL_MARK, '');
    if (text.length > 24 || !MAY_START_EMPLOYER(text)) continue;
    const weakLabel = !EMPLOYER_LABEL.test(text) && WEAK_LABEL.test(text);
    if (!weakLabel && !EMPLOYER_LABEL.test(text)) continue;
    if (employerOnly && AGENCY_LABEL.test(text)) continue;
    const next = ctx.lines[i + 1];
    const line = next?.text.trim() ?? '';
    // A bilingual name: "Ministry for Land and Water Resources | Te Manatū Whenua me te Wai",
    // "Hanshin Motion Co., Ltd. (阪神モーション株式会社)".
    const name = isNameLine(line)
      ? line
      : (line.split(' | ')[0] ?? '').replace(/\s\([^()]*\)$/, '').trim();
    const weak = weakLabel && !hasLegalForm(name);
    if (
      next &&
      next.kind !== 'list-item' &&
      isNameLine(name) &&
      !weak &&
      !UNNAMED_CLIENT.test(name)
    ) {
      return spanOf(name, next.start + next.text.indexOf(name));
    }
  }
  return null;
}
