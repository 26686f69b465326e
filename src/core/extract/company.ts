/**
 * The hiring organisation, never the job board. Sources in order: a "Company:" field, the
 * opening "<Company> is ... seeking", a short name line in the header block (boards print it
 * under the title), "About <Company>", "At <Company>, we", "<Company> is an Equal Opportunity
 * Employer", then the name the text calls itself most often ("Walmart's", "join Walmart").
 */
// Name letters include combining accents (\u0300-\u036F: Yoruba "Ìràwọ̀"), which the classes
// below hold as marks on their own, on purpose.
/* eslint-disable no-misleading-character-class */
import type { Line } from '../clean/lines';
import { SIGN_OFF_WORDS } from '../clean/mail-thread';
import type { Evidenced } from '../model/posting';
import { leadingPictograms } from '../text/pictograms';
import { isDigit, isLetter } from '../text/char-codes';
import { guessCountry, isKnownPlace } from './country';
import { isExtraPlace, isWorldTown } from './location-cues';
import { isPlace } from './location';
import { evidence, headerLines, lineBody, lineIndexAt, type ExtractContext } from './context';
import { BOLD_FOR, GENDER_MARKER, TITLE_WORD, isThreadSender } from './title';
import { employerBeforeNote } from './title-cues';
import { classifyHeading } from '../sections/headings';
import { normaliseHeading } from '../sections/split-sections';
import {
  companyFromCue,
  companyFromLateCue,
  companyUnderLabel,
  isOrgName,
  isPageWordLine,
  isPlaceText,
  JOINING_END,
  RECRUIT_VERBS_ABROAD,
  SENTENCE_IN_NAME,
} from './company-cues';
import {
  canEndBoardName,
  isDocumentKind,
  isHeaderChrome,
  isChatSpeaker,
  isPostStamp,
  isJobBoard,
  MAIL_OR_CHAT_APPS,
} from './header-chrome';
import { HOTEL_CLASS, looksLikePlaceLine } from './location-layout';
import { displayCase } from './location-header-forms';
import { labelStart } from './label-start';
import { chatMessageStart, chatSender } from './other-ads';
import { endsInOrganisationKind, hasLegalForm, stripLegalForm } from './legal-form';
import { nameOfOwnDomain } from './company-domain';
import { careersBannerName } from './careers-banner';
import { asianLegalName, asianOrganisationLine } from './asian-legal-name';
import { legalNameAbroadOnLine, quotedLegalNameIn } from './legal-name-abroad';
import { arabicEmployerOnLine, headIsArabic } from './arabic-employer';
import { hasArabic, isAsianText } from './asian-script';
import { isPublicBodyName, publicBodyIn } from './public-body';

// South African, Indian and Pakistani names carry "(Pty) Ltd", "(Pvt) Ltd", "(Pvt.) Limited".
// Bounded repetition: a run of 10,000 letters or digits must not make these scans quadratic.
const NAME = String.raw`(?<![a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF\d])(?:[A-Z\u00C0-\u00DE\d]|[a-z](?=[A-Z]))[a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF\d&.'’-]{0,30}(?:[ \t](?:[A-Z\u00C0-\u00DE\d&][a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF\d&.'’-]{0,30}|[ld]['’][A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF\d&.'’-]{0,30}|of|de|du|des|la|y|und|&|\((?:Pty|PTY|Pvt|PVT|Private)\.?\))){0,6}`;
// A value may run long only with its description in brackets ("Front Range Comfort Heating & Air
// (family owned since 1987, 45 employees, …)"), which fieldValue cuts; a long sentence is none.
const FIELD_VALUE_MAX = 121;
const LONG_VALUE_BRACKET = /^[^()]{2,80}\(/;
const COMPANY_FIELD = new RegExp(
  String.raw`^(?:company(?: name)?|(?:end |final )?client|kunde|cliente|employer|hotel|facility|établissement|etablissement|hiring (?:company|organi[sz]ation)|employing (?:organi[sz]ation|body|authority|agency)|organi[sz]ation|entreprise utilisatrice|empresa (?:cliente|usuaria)|unternehmen|arbeitgeber|dienstgeber|personaldienstleister|firma|entreprise|société|employeur|empresa|compañía|arbeidsgiver|arbejdsgiver|arbetsgivare|werkgever|pracodawca|zaměstnavatel|zamestnávateľ|datore di lavoro|azienda|empregador|bedrift|virksomhed|organisatie|organizacja|společnost|kampuni|mwajiri)\s*[:：]\s*(\S.{0,200})$`,
  'i',
);
// The first two letters of those labels: a cheaper test that most lines fail.
const MAY_START_FIELD = labelStart(
  'co cl ku em hi or un ar di pe fi en so ho fa we pr za da az be vi sp ka mw',
);
const SITE_LABEL = /^(?:hotel|facility)\s*[:：]/i;
const BULLET_LEAD = /^[-•*]\s/;
// A recruiter's "Client:" ("End client:") names the employer only with a name, not "Fortune 500 insurer".
const CLIENT_LABEL = /^(?:(?:end |final )?client|kunde|cliente)\s*[:：]/i;

function isClientName(value: string): boolean {
  const name = value.replace(/\s*\(.*$/, '').trim();
  return isCapitalisedName(name) && !KIND_OF_CLIENT.test(name);
}

// "Kunde: Großhandelsunternehmen (ca. 4.000 MA)": a kind of company, described, not named.
const KIND_OF_CLIENT =
  /^(?:ein(?:e|em|en)? )?[\p{L}-]*(?:unternehmen|konzern|mittelständler|dienstleister|hersteller|anbieter|versicherer|händler|großhändler)$/iu;

// A recruiter's "Client: Confidential" names no one.
// "Employer: You will be engaged and paid by Clydeside Temps Ltd (PAYE) …": a sentence, whose name
// the cues read.
const UNNAMED =
  /^(?:confidential|undisclosed|not disclosed|anonymous|vertraulich|anonym|confidentiel|confidencial)\b/i;
// Not "Company: We Are Social": a sentence goes on in lower case.
const SENTENCE_VALUE = /^(?:[Yy]ou|[Ww]e|[Tt]hey) (?:will|are|were|would|have|shall) [a-z]/;
const IS_SEEKING = new RegExp(
  String.raw`^(${NAME}) (?:is|are|ist|est|es) (?:a |an |the |one |currently |now )?(?:[a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF,-]+ ){0,12}?(?:seeking|hiring|looking|recruiting|searching|sucht|recrute|recherche|busca|${RECRUIT_VERBS_ABROAD}|ricerca)\b`,
  '',
);
// "Busy brunch/dinner spot Marrow & Rye is looking for", "Family-run bakery Crumb & Co is hiring":
// the kind of business, described, before its name.
const KIND_BEFORE_NAME = String.raw`(?:spot|restaurant|bar|caf[eé]|bistro|shop|salon|bakery|brewery|kitchen|pub|firm|business|practice|clinic|studio|agency|startup|store|venue|hotel|gym|garage|contractor|builders?|roastery|deli|diner|pizzeria|eatery)`;
// "Dans le cadre de son développement, TERANGA AGRO-INDUSTRIES SA, … recrute": why it hires, first.
const GROWTH_LEAD = String.raw`(?:Dans le cadre d[eu'’][^,\n]{3,60}|Afin de [^,\n]{3,60}|Pour (?:renforcer|accompagner|soutenir) [^,\n]{3,60}|Im Rahmen [^,\n]{3,60}|Zur Verstärkung [^,\n]{3,60}|As part of [^,\n]{3,60}|To support [^,\n]{3,60}|En el marco de [^,\n]{3,60}|Para (?:reforzar|fortalecer) [^,\n]{3,60}),\s`;
// "Atlas Emballages, leader marocain de l'emballage (350 collaborateurs), recrute :".
// "Die Nordhafen Logistik GmbH sucht ...": the article is not part of the name, nor a greeting or
// a short exclamation before it ("We're hiring! 🎉 Riverbend Food Collective is looking for"),
// nor its town after it ("Little Fig Espresso in Marrickville is looking for").
const RECRUITS = new RegExp(
  String.raw`^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]allo|[Bb]onjour|[Hh]ola)\b[^.!?\n]{0,12}?[\s\p{Extended_Pictographic}!,.]{1,8}|[^.!?\n]{2,24}![\s\p{Extended_Pictographic}!]{1,8})?(?:${GROWTH_LEAD})?(?:(?:Die|Der|Das|The|La|Le|El|L')\s?)?(?:(?:\p{Lu}?[\p{Ll}\/-]+ ){0,4}?${KIND_BEFORE_NAME} )?(${NAME}(?:, (?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Corp\.?|S\.A\.|S\.L\.|S\.A\.S\.|GmbH))?)(?:, [^.!?]{3,200}?,?| \([^()]{3,200}\)| (?:in|à|en) \p{Lu}[\p{L}-]{1,30}(?: \p{Lu}[\p{L}-]{1,30})?)? (?:recrute|recherche|sucht|busca|contrata|${RECRUIT_VERBS_ABROAD}|ricerca|is (?:now |currently )?(?:hiring|recruiting|looking for|seeking))\b`,
  'u',
);
const RECRUIT_VERB = new RegExp(
  String.raw`recrute|recherche|sucht|busca|contrata|${RECRUIT_VERBS_ABROAD}|hiring|recruiting|looking for|seeking`,
);
// "my team at Crestline Fintech is hiring", "We at Tarangini Fintech (Series B, …) are hiring":
// a member of the team names it.
const TEAM_AT = new RegExp(
  String.raw`\b(?:(?:my|our) (?:team|company|startup) at|[Ww]e at|[Hh]ere at)\s(${NAME})(?: \([^()]{2,80}\))?,? (?:is|are|we(?:'re| are))\s(?:hiring|recruiting|looking|seeking)`,
  'u',
);
// "Sobre a Serra Verde", "Acerca de la Fundación X": the article is no part of the name.
const ABOUT = new RegExp(
  String.raw`^(?:about|über|à propos de|acerca de|sobre)\s+(?:(?:a|o|la|el)\s+)?(${NAME})\s*:?$`,
  'i',
);
// A sentence that opens on the employer's name and says what it is or does.
const FULL_NAME_OPENING =
  /^(\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){1,3}) (?:is|are) (?:a|an|the|one)\b/u;
// "About us: Brookfield Dairies Ltd, family owned, 3 staff": a blurb opening on a legal name.
const ABOUT_US_NAMED = new RegExp(
  String.raw`^(?:about us|à propos de nous|über uns|sobre nosotros)\s*[:–—-]\s*(${NAME})[,.]\s`,
  'i',
);

function legalNameAboutUs(text: string): RegExpExecArray | null {
  const m = ABOUT_US_NAMED.exec(text);
  return m?.[1] && hasLegalForm(m[1]) ? m : null;
}

// "At Acme, we ...", "Bei X suchen wir"; Spanish and French may drop the pronoun ("En Nubarrón
// Software S.R.L. estamos sumando gente").
const AT_WE = new RegExp(
  String.raw`\b(?:At|Bei|Chez|En) (${NAME}),? (?:we|wir|nous|on|nosotros|estamos|somos|sommes|cherchons|recrutons|suchen wir|sind wir|\p{Ll}{2,}(?:amos|emos|imos))\b`,
  'u',
);
const AT_WE_AT = new RegExp(AT_WE.source, 'uy');
// In a message's sentence: "so at Kettle & Kiln (the ceramics marketplace I'm at now) we're
// doing a full rebrand". Only where "at" opens the clause: "building payment rails at Stripe, we
// know …", "closed at Christmas, we reopen" name no employer.
const AT_WE_LOWER = new RegExp(
  String.raw`(?<=(?:^|[.!?]\s|\n|\b(?:[Ss]o|[Aa]nd|[Hh]ere|[Bb]ut|[Nn]ow) ))at (${NAME})(?: \([^()]{2,80}\))? (?:we['’]re|we are)\b`,
  'uy',
);
const EEO = new RegExp(String.raw`(${NAME}),? (?:is|are) (?:an|a proud) equal opportunity`, 'g');
// The longest text EEO can match before "equal opportunity": NAME (31 + 6 * 32) and ", is an ".
const EEO_LEAD = 240;
const JOIN = new RegExp(String.raw`\b(?:join|joining) (?:the )?(${NAME})\b`, 'g');
// The lookahead tests the first letter before NAME's lookbehind: most positions fail it at once.
const PLACE_CHECKS = 20;
// "Cox's Bazar", "King's Lynn": a possessive that names a place, written the same way each time.
const AFTER_POSSESSIVE = /^ \p{Lu}\p{Ll}+/u;

function isPlaceName(text: string, end: number): boolean {
  const next = AFTER_POSSESSIVE.exec(text.slice(end, end + 30))?.[0];
  if (!next) return false;
  const start = text.lastIndexOf(' ', end - 3) + 1;
  const phrase = text.slice(start, end) + next;
  return text.indexOf(phrase) !== text.lastIndexOf(phrase);
}

const POSSESSIVE = new RegExp(String.raw`(?=[A-Z\u00C0-\u00DE\d])(${NAME})['’]s\b`, 'g');

// Words that are never the company on their own.
const NOT_NAME = new RegExp(
  String.raw`^(?:${MAIL_OR_CHAT_APPS}|messagerie|mensajes|nachrichten|inbox|groups|(?:revised |your )?offer summary|we|our|the|this|you|your|job|jobs|search|featured|sponsored|university|department|county|city|borough|municipality|(?:(?:team members?|associates?|student|graduate|early|internal) )?careers?|karriere|carrières|carreras|trabalhe conosco|trabaja con nosotros|lavora con noi|work with us|join us|join our team|team members?|híbrido|hybride|remoto|télétravail|kunden|my network|employee category|job category|le groupe|the group|the company|l'entreprise|la empresa|das unternehmen|about|senior|junior|staff|lead|full|part|remote|hybrid|on-site|onsite|engineering|apply|benefits|salary|location|job location|work location|remote work policy|team|company|role|position|equal|us|it|they|data|new|more|website|industry|overview|description|requirements|responsibilities|qualifications|what|who|how|why|company size|job details|posting details|position details|vacancy details|job category|job type|the department|the university|the school|the faculty|experience|posted|de|la|el|le|les|die|der|das|wir|uns|nous|nosotros|noi|wij|jeg|nós|on|se|ich|je|yo|i|work|teilzeit|vollzeit|minijob|presencial|remoto|print|print job|share|save|login|log in|community|advert|admin|criteria|advertisement|search|search for|marketing|sales|finance|operations|product|design|support|customer service|human resources|hr|ventes|vertrieb|ventas|einkauf|buchhaltung|verwaltung|produktion|achats|comptabilité|compras|contabilidad|administración|finanzas|recursos humanos|ressources humaines|personal|technology|tecnología|technologie|agency|logistics|not disclosed|undisclosed|confidential|beschreibung|das projekt|the project|reporting to|pay|level|career opportunity|career opportunities|job opportunity|opportunity|series [a-f]|mining|patienten|patients|sie|recruitment|(?:an? )?equal opportunity employer|the work|the job|the role|the opportunity|the position|(?:sundays?|saturdays?|weekends?|nights?)(?: (?:&|and) (?:bank|public) holidays?)?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|hiring|now hiring|we(?:['’]re| are) hiring|dr|mr|mrs|ms|mx|prof|sir|dame|(?:bank|public) holidays?|private|privat|professionnel|particulier|gewerblich|professional|she|he|there|here|minister|ministre|today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|firma|společnost|zaměstnavatel|pracodawca|hurtownia|spółka|restaurant|restaurace|empresa|bedrijf|klient|employer|company)$`,
  'i',
);

/**
 * Extracts the hiring company, or null. `title` is the extracted title: boards print the
 * company right under it (or right above it), while the lines above it are the board's own
 * navigation ("ZipRecruiter / Search Jobs / Sign In"), whose words must not be read as names.
 */
export function extractCompany(
  ctx: ExtractContext,
  title: Evidenced<string> | null = null,
): Evidenced<string> | null {
  // A legal name in quotes in a sentence ("ТОВ «Дніпро-Транс Логістик» займається …") when
  // nothing else names the employer.
  return companyOf(ctx, title) ?? quotedLegalNameIn(ctx.text);
}

const STAR_RATING_AFTER = /\s(?:\*{2,5}|[★⭐]{2,5}S?(?:uperior)?)$/u;

function companyOf(ctx: ExtractContext, title: Evidenced<string> | null): Evidenced<string> | null {
  // A registered name with an Asian legal form near the top of a posting in an Asian script is
  // the employer; further down, or in an English posting (a recruiter's signature "株式会社…"), it
  // is one when nothing else names one.
  const asian =
    asianLegalName(ctx.lines, ctx.text) ??
    (isAsianText(ctx.text) ? asianOrganisationLine(ctx.lines) : null);
  if (
    asian &&
    lineIndexAt(ctx.lines, asian.spans[0]?.start ?? 0) < ASIAN_NAME_HEAD_LINES &&
    isAsianText(ctx.text)
  ) {
    return asian;
  }
  // A legal form of Eastern Europe, Greece, Turkey or the Baltics ("ТОВ «Зелена Хвиля Агро»",
  // "Алпина Сървисиз ЕООД") on a line of its own at the top names the employer.
  const abroad = legalNameAbroadOnLine(ctx.lines, ctx.text);
  if (abroad) return abroad;
  // An Arabic posting's employer on a line of its own ("شركة الوفاء للتجارة والمقاولات
  // المحدودة"): first where the header is in Arabic, else when nothing else names one.
  const arabic = hasArabic(ctx.text) ? arabicEmployerOnLine(ctx.lines, title) : null;
  if (arabic && headIsArabic(ctx.lines)) return arabic;
  const found = withNameAbove(ctx, findCompany(ctx, title)) ?? asian ?? arabic;
  if (!found) return null;
  if (found === arabic || found === asian) return found;
  // A line read as the name that is none ("OTHER POSTS" over a circular's post, a numbered
  // heading): the name a sentence gives, if any ("The Department of … is an equal opportunity
  // employer").
  const kept = acceptedName(ctx, found);
  if (kept) return kept;
  const said = nameInSentences(ctx, headerLines(ctx, 20));
  return said && said.value !== found.value ? acceptedName(ctx, said) : null;
}

/** `found` cleaned of what is no part of a name, or null when it is no name. */
function acceptedName(ctx: ExtractContext, found: Evidenced<string>): Evidenced<string> | null {
  // A board's badge glued to the name ("Acme Ltd  Featured"); a bracket cut in half is no name;
  // an article read with it ("der Donauhafen Baustoffe AG") is no part of it.
  const cleaned = withoutOwnAcronym(withoutBadge(found.value.replace(DEPARTMENT_LEAD, '')))
    .replace(LEADING_ARTICLE, '')
    .replace(LABEL_LEAD, '')
    .replace(BRANCH_AFTER, '')
    .replace(DEPARTMENT_TAIL, '')
    .replace(POPULATION, '')
    .replace(MAIL_ADDRESS_AFTER, '')
    .replace(DESCRIPTION_BRACKET, '')
    // A hotel's rating: "Hotel Marés do Sul ****", "Hotel Alpenblick ★★★★S".
    .replace(STAR_RATING_AFTER, '');
  // "The Cazenovia Lakeside Free Library is an equal opportunity employer" under the masthead
  // "Cazenovia Lakeside Free Library": the sentence's article is no part of the name ("The Home
  // Depot" keeps its: the posting never writes it without).
  const value =
    cleaned.startsWith('The ') && namedWithoutThe(ctx.text, cleaned.slice(4))
      ? cleaned.slice(4)
      : cleaned;
  // "Grüezi Herr Baumann", "Dear Hiring Team": a mail's greeting, not a name.
  if (GREETING.test(value)) return null;
  // "Profesia, spol. s r.o. | Ochrana súkromia": the board's own firm in its footer.
  if (hasLegalForm(value) && isJobBoard(stripLegalForm(value).replace(/,\s*$/, '').trim())) {
    return null;
  }
  // "el proceso": words of a sentence, not a name ("eBay" keeps its capital inside).
  // "À propos de l'offre d'emploi": "the job offer", a French noun with its article.
  if (unbalanced(value) || /^\p{Ll}+\s\p{Ll}/u.test(value) || /^[ld]['’]\p{Ll}/u.test(value)) {
    return null;
  }
  // "POSITION ANNOUNCEMENT", "Background", "Interviews": a document's kind or a section's
  // heading, not a name.
  if (isDocumentKind(value) || isSectionHeading(value) || WORK_MODE_NAME.test(value)) return null;
  if (NOT_A_NAME.test(value) || NOT_A_NAME_SHAPE.test(value) || LOWER_WORD.test(value)) return null;
  if (value.length < 2) return null;
  // A social post's author ("Jenny's Mom" over "3h · 👥") is the employer only when it is an
  // organisation (postAuthorOrganisation).
  if (isPostAuthorLine(ctx, found) && postAuthorOrganisation(headerLines(ctx, 8)) === null)
    return null;
  // "Portland": a place read where the name was expected, alone on its line ("Company:
  // Santander" names the bank).
  if (
    (isKnownPlace(value) || isExtraPlace(value) || isWorldTown(value)) &&
    !isOrgName(value) &&
    !hasLegalForm(value) &&
    isWholeLine(ctx, found)
  ) {
    return null;
  }
  const kept =
    value === found.value
      ? found
      : at((found.spans[0]?.start ?? 0) + Math.max(0, found.value.indexOf(value)), value);
  return withFullForm(
    ctx.text,
    withoutPlaceAfter(withCompanyLimited(ctx.text, withWrappedEnd(ctx.text, kept))),
  );
}

const ASIAN_NAME_HEAD_LINES = 15;

// The rest of a name a line break cut after its joining word (see JOINING_END): "University of" /
// "East Midlands", "Marks and" / "Spencer".
const WRAPPED_REST = /^\n(\p{Lu}[\p{L}'’.&-]*(?: [\p{Lu}&][\p{L}'’.&-]*){0,3})(?=\n|$)/u;

function withWrappedEnd(text: string, found: Evidenced<string>): Evidenced<string> {
  const span = found.spans[0];
  if (!span || !JOINING_END.test(found.value)) return found;
  const m = WRAPPED_REST.exec(text.slice(span.end, span.end + 60));
  if (!m?.[1]) return found;
  return {
    value: `${found.value} ${m[1]}`,
    spans: [span, { start: span.end + 1, end: span.end + 1 + m[1].length }],
  };
}

// "Lanna Craft Collective Co., Ltd.": the comma inside the legal form is no end of the name.
const LIMITED_AFTER_CO = /^,\s?Ltd\.?/;

function withCompanyLimited(text: string, found: Evidenced<string>): Evidenced<string> {
  const end = found.spans[0]?.end;
  if (!found.value.endsWith(' Co.') || end === undefined) return found;
  const m = LIMITED_AFTER_CO.exec(text.slice(end, end + 8));
  return m ? at(end - found.value.length, found.value + m[0]) : found;
}

// "Red Sea Events & Conferences (RSEC), Jeddah": the town written after the name.
const PLACE_AFTER_NAME = /, (\p{Lu}[\p{L}'’. -]{1,30})$/u;

function withoutPlaceAfter(found: Evidenced<string>): Evidenced<string> {
  // "Lingvista Baltic OÜ, Tallinn", "Nordkyst universitetssykehus HF, Intensivavdelingen": the
  // name ends with its legal form (or a body's word: "Polarbyen kommune, Helse og omsorg"); its
  // town or unit follows.
  const comma = found.value.indexOf(', ');
  if (
    comma > 0 &&
    !hasLegalForm(found.value) &&
    (hasLegalForm(found.value.slice(0, comma)) || isBodyWithUnit(found.value))
  ) {
    const tail = found.value.slice(comma + 2);
    if (tail.split(' ').length <= 3 && !hasLegalForm(` ${tail}`)) {
      return at(found.spans[0]?.start ?? 0, found.value.slice(0, comma));
    }
  }
  const m = PLACE_AFTER_NAME.exec(found.value);
  // Not a legal form after the comma: "Empaques Sultana, S.A. de C.V.".
  if (!m?.[1] || hasLegalForm(found.value) || !(isKnownPlace(m[1]) || isExtraPlace(m[1]))) {
    return found;
  }
  return at(found.spans[0]?.start ?? 0, found.value.slice(0, m.index));
}

/**
 * "Wharfside" where the posting also writes "Wharfside Bank plc", "Savannah Bridge" beside
 * "Savannah Bridge Initiative", "Harborlight" beside "Harborlight Bio, Inc.": the name in full,
 * with its legal form, or with its kind of organisation when that form is said twice or at the
 * top. Not another organisation named once beside the short name ("Acme" and "the Acme
 * Foundation", "Amazon" and "Amazon Web Services"), nor a legal form alone ("Walmart, Inc.").
 */
function withFullForm(text: string, found: Evidenced<string>): Evidenced<string> {
  const value = found.value;
  if (value.length < 3 || value.length > 40 || value.split(' ').length > 3) return found;
  if (hasLegalForm(value) || endsInOrganisationKind(value)) return found;
  // "YARRA BEND" is written "Yarra Bend Infrastructure" elsewhere: both spellings, each as is.
  const spellings = [value];
  if (value === value.toUpperCase()) {
    spellings.push(
      value.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase()),
    );
  }
  // The shortest full form of each mention; a legal form's over a kind's. A name also written
  // alone elsewhere ("Acme builds payroll software" beside "the Acme Foundation") names
  // something else in its longer form, unless that has a legal form.
  let best: { at: number; full: string; legal: boolean } | null = null;
  let alone = 0;
  for (const m of mentions(text, spellings)) {
    const words = m.extension.match(/,? (?:&|and|of|\S+)/g) ?? [];
    let full = m.name;
    // The shortest form with a kind, or longer, with a legal form: "Wharfside Bank plc".
    let form: { full: string; legal: boolean } | null = null;
    for (const word of words) {
      full += word;
      const legal = hasLegalForm(full);
      if (!legal && !endsInOrganisationKind(full) && !FULL_KIND.test(full)) continue;
      // A legal form alone adds nothing: "Walmart, Inc." is "Walmart".
      if (legal && stripLegalForm(full).replace(/,\s*$/, '').trim().length <= value.length) break;
      if (!form || legal) form = { full, legal };
      if (legal) break;
    }
    if (
      form &&
      (!best ||
        (form.legal && !best.legal) ||
        (form.legal === best.legal && form.full.length < best.full.length))
    ) {
      best = { at: m.at, ...form };
    }
    if (!form && m.at !== found.spans[0]?.start) alone++;
  }
  if (!best) return found;
  const said = text.split(best.full).length - 1;
  if (!best.legal && alone > 0 && said < 2) return found;
  // A kind alone must be the posting's own name: said twice, or at the top.
  if (!best.legal && said < 2 && text.slice(0, best.at).split('\n').length > TOP_LINES) {
    return found;
  }
  return at(best.at, best.full);
}

// What may follow a name in its full form: words in capitals, "&", "and", "of", a legal form.
const EXTENSION =
  /(?:,? (?:&|and|of|plc|ltd\.?|llc|inc\.?|gmbh|pty|pte\.?|\p{Lu}[\p{L}&'’.-]*)){0,4}/uy;

/** Each mention of a spelling that starts a word, with what follows it (found by indexOf). */
function mentions(
  text: string,
  spellings: string[],
): { at: number; name: string; extension: string }[] {
  const out: { at: number; name: string; extension: string }[] = [];
  for (const name of spellings) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (i > 0 && /\p{L}/u.test(text[i - 1] ?? '')) continue;
      EXTENSION.lastIndex = i + name.length;
      out.push({ at: i, name, extension: EXTENSION.exec(text)?.[0] ?? '' });
    }
  }
  return out;
}

// The lines that are "the top", for a name stated once.
const TOP_LINES = 3;

// Kinds of organisation a full name ends in, beside ORGANISATION_KIND's.
const FULL_KIND =
  /\s(?:Initiative|Schools|Infrastructure|Builders|Systems|Solutions|Services|Labs|Software|Consultants|(?:Medical|Health|Cancer|Research|Rehabilitation) Cent(?:er|re))$/;

function isWholeLine(ctx: ExtractContext, found: Evidenced<string>): boolean {
  const start = found.spans[0]?.start ?? 0;
  const line = ctx.lines[lineIndexAt(ctx.lines, start)];
  return line !== undefined && line.text.trim() === found.value;
}

// A signature's department before the employer: "Talent Acquisition, Straits Maritime Co.",
// "Bewerbungsmanagement Klinikum Murtal"; or after it: "Pinebrook Health Talent Acquisition".
const DEPARTMENT_LEAD =
  /^(?:(?:talent acquisition|human resources|hr|people (?:team|operations)|recruitment|recruiting|personalabteilung|ressources humaines|recursos humanos)(?: team)?,\s(?=\S)|(?:bewerbungsmanagement|personalabteilung|personalmanagement|recruiting-team)\s(?=\p{Lu}))/iu;
const DEPARTMENT_TAIL =
  /(?<=\S\s\S+)\s(?:talent acquisition|human resources|recruitment team|people team|hr team)$/i;
// A greeting and whom it greets: "Grüezi Herr Baumann", "Liebe Kolleginnen und Kollegen",
// "Dear Hiring Team", "Hi Sam," (not "Hi-Tech Plastics", "Servus Credit Union").
const GREETING =
  /^(?:grüezi|grüß gott|hallo|hello|hi|hey|dear|liebe[rs]?|sehr geehrte[rs]?|bonjour|bonsoir|hola|estimad[oa]s?|buenos días|servus|moin|good (?:morning|afternoon|evening))(?:\s(?:herr|frau|mr\.?|mrs\.?|ms\.?|dr\.?|madame|monsieur|señora?|all|everyone|kolleg\p{L}*|zusammen)(?:\s|,|$)|\s(?:\p{Lu}\p{Ll}+\s)?(?:team|manager)\b|\s\p{Lu}\p{Ll}+,?$|,|$)/iu;
// A document's own word at the top: "JOB PACK", "Candidate information pack".
const DOCUMENT_PACK_WORDS = String.raw`(?:job|candidate|applicant|application|recruitment) (?:information )?pack|information pack`;
// What a line under a title can hold that names no employer: a site's menu word, a team that
// signs a mail, a German heading the section classifier does not name ("Arbeitszeiten",
// "Ausbildung"), a mail's sign-off with a first name ("LG Sandra").
const NOT_A_NAME = new RegExp(
  String.raw`^(?:(?:a |our |the )?client (?:in|from|within|of) (?:the|a|an)\b.*|(?:the |our |my )?client|messages?|inbox|notifications?|log ?in|sign ?in|вход|войти|вхід|увійти|регистрация|реєстрація|giriş yap|zaloguj(?: się)?|přihlásit(?: se)?|prihlásiť(?: sa)?|bejelentkezés|σύνδεση|prijava|ienākt|prisijungti|logi sisse|conectare|autentificare|đăng nhập|menu|home|days?|nights?|hotel|storage|(?:the )?(?:recruitment|recruiting|hiring|hr|talent|people|careers?) team|talent acquisition|human resources|personalabteilung|ressources humaines|recursos humanos|arbeitszeiten|ausbildung|vorteile|(?:internal (?:&|and) external |internal |external )?advertisement|recruitment of [\p{L} ]{3,40}|(?:[\p{L}]+ ){0,3}hiring (?:event|day|fair)|job fair|open house|campaign reference|reference (?:number|no\.?)|further particulars|${DOCUMENT_PACK_WORDS}|date (?:issued|of issue)|office of the registrar|person specification|other posts|management echelon|annexure [a-z]{1,2}|or|and|of|the|to|at|(?:lg|vg|mfg|viele grüße|liebe grüße|beste grüße) \p{Lu}\p{Ll}+)$`,
  'iu',
);

// Shapes no organisation's name has: a numbered heading ("I. CONTEXTE"), a breadcrumb ("… > Search
// results > Job advertisement"), a page's buttons ("Print  Apply"), a notice's or a form's own
// words ("RECRUITMENT OF FACULTY POSTS ON …", "Job Title and Grade", "Lateral Attorney
// Opportunities"), one word in lower case ("nós").
const NOT_A_NAME_SHAPE =
  /^(?:[IVX]{1,4}|\d{1,2})[.)]\s|\s>\s|^(?:print|share|save|apply)(?:\s+(?:print|share|save|apply(?: now)?))+$|^(?:recruitment|appointment|notification|advertisement|application|vacanc(?:y|ies)) (?:of|for|to)\b|^job (?:title|grade|reference|details)\b|\b(?:opportunities|vacancies|openings)$/iu;

// A numbered section heading ("I. Responsabilités", "2) Profil requis"): the sections start.
const NUMBERED_HEADING = /^(?:[IVX]{1,4}|\d{1,2})[.)]\s+\p{Lu}/u;

// "Finnmark University College (FUC)": the name's own initials after it are no part of it.
const OWN_ACRONYM = /\s\(([A-Z]{2,6})\)$/;

function withoutOwnAcronym(name: string): string {
  const m = OWN_ACRONYM.exec(name);
  if (!m?.[1]) return name;
  const initials = name
    .slice(0, m.index)
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  return initials === m[1] ? name.slice(0, m.index) : name;
}

// Case matters: with the `i` flag, \p{Ll} matches capitals too.
const LOWER_WORD = /^\p{Ll}+$/u;

// "NordPersonal GmbH, Niederlassung Hamburg": the branch after the name is no part of it.
const BRANCH_AFTER =
  /,\s(?:Niederlassung|Filiale|Zweigstelle|Standort|Branch|Agence|Sucursal|Delegación|acting as|trading as|t\/a)\b.*$/;

// "WORK FROM HOME | Customer Support Specialist": how the job is worked, not who offers it.
const WORK_MODE_NAME =
  /^(?:work from home|wfh|remote|hybrid|on-?site|home ?office|télétravail|remoto)$/i;

function isSectionHeading(text: string): boolean {
  if (text.length > 40) return false;
  return BLURB_HEADING.test(text.trim()) || classifyHeading(normaliseHeading(text)) !== null;
}

// Headings of a posting's other parts that the section classifier does not name.
const BLURB_HEADING =
  /^(?:background|hintergrund|ausgangslage|contexte|contexto|antecedentes|introduction|overview|summary|context|interviews?|(?:the )?process|next steps|who we are|the organi[sz]ation|the opportunity|position summary)\s?:?$/i;

function unbalanced(text: string): boolean {
  return text.split('(').length !== text.split(')').length;
}

function findCompany(
  ctx: ExtractContext,
  title: Evidenced<string> | null,
): Evidenced<string> | null {
  const header = headerLines(ctx, 20);
  let site: Evidenced<string> | null = null;
  for (const line of header) {
    // A list of details: "- Company: Hanbit Mobility Co., Ltd.".
    const text = withoutPictogram(line.text).replace(BULLET_LEAD, '');
    // "Établissement :" starts with a letter the two-letter gate does not take.
    const c = text.charCodeAt(0);
    const m = MAY_START_FIELD(text) || c === 0xc9 || c === 0xe9 ? COMPANY_FIELD.exec(text) : null;
    if (
      m?.[1] &&
      (m[1].length <= FIELD_VALUE_MAX || LONG_VALUE_BRACKET.test(m[1])) &&
      !UNNAMED.test(m[1].trim()) &&
      !SENTENCE_VALUE.test(m[1].trim()) &&
      (!CLIENT_LABEL.test(line.text) || isClientName(m[1]))
    ) {
      const found = fieldValue(line.start + line.text.length - m[1].length, m[1].trim());
      // "Facility: Newton Urgent & Primary Care Centre" under a health authority's masthead:
      // a site names the employer only when nothing else does.
      if (!SITE_LABEL.test(text)) return found;
      site ??= found;
    }
  }
  // An offer letter names its employer in its offer, above the addressee's name and address.
  const offer = offerFrom(ctx.text);
  if (offer?.[1] && isName(offer[1])) return at(offer.index + offer[0].indexOf(offer[1]), offer[1]);
  const first = ctx.lines[0];
  if (first) {
    const m = IS_SEEKING.exec(first.text);
    // Not a title run into the name on a line with no breaks ("Senior Technical Writer Docsmith
    // Remote Docsmith is hiring").
    const name = m?.[1];
    if (name && isName(name) && (!TITLE_WORD.test(name) || headedByOrganisation(name))) {
      return at(first.start + (m?.index ?? 0), name);
    }
  }
  // A recruiter names the client it hires for: that is the employer, not the agency posting.
  const client = namedClient(ctx);
  if (client) return client;
  // "I'm unable to share the client's name at this stage": the recruiter's own firm, which signs
  // the message, is not the employer, and no one else is named.
  if (UNNAMED_CLIENT_SAID.test(ctx.text) && ctx.lines.some((l) => GREETING.test(l.text))) {
    return null;
  }
  // A mail signed by someone of the employer: "Travis Mobley" over "VP Engineering, Ridgeback
  // Automation".
  const signed = employerUnderSigner(ctx);
  if (signed) return signed;
  const marked = nameAfterOfficeSign(header) ?? boldEmployer(ctx);
  if (marked) return marked;
  // A careers site's banner: "Werken bij Waterschap Lingemonde", "Oulun Kuitu Oy – Avoimet
  // työpaikat".
  const banner = bannerEmployer(header);
  if (banner) return banner;
  // A lone "Employer" label over the name in the header; a public body beside its department.
  const labelled = companyUnderLabel(ctx, isNameLine, header.length, true);
  if (labelled) return labelled;
  const body = publicBodyIn(header.slice(0, 12), title?.spans[0] ?? null);
  if (body) {
    // A legal name in the header ("Helios Kliniken GmbH" over "Klinikum Berlin-Buch", "Maple
    // Crest Dental Group Inc." under "Job Bank - Government of Canada") is the employer; so is
    // a name under the title that is no department ("Starbucks" over "College Station, TX ·
    // Texas A&M University"; not "Emergency Communications Center").
    const bodyAt = titleLineIndex(header, title);
    const near = bodyAt >= 0 ? nameNearTitle(header, bodyAt) : null;
    // "City of Riverton Careers" is the body's careers page.
    const named =
      near && !near.value.includes(body.value) && !isUnitOrChrome(near.value) ? near : null;
    return legalNameIn(header) ?? named ?? body;
  }
  // "Réceptionniste – Hôtel du Lac, Annecy": the title before a dash is no organisation.
  const found = companyFromCue(header, isNameLine);
  const cue = found?.spans[0]?.start === title?.spans[0]?.start ? null : found;
  const titleAt = titleLineIndex(header, title);
  if (cue) {
    // "Human Resources Division - Vacancies" under "University College Shannon".
    const unit = titleAt > 0 && SUBUNIT.test(cue.value) ? mastheadAbove(header, titleAt) : null;
    return unit ?? ((titleAt > 0 && nameUnderMasthead(header, titleAt, cue)) || cue);
  }
  // "Ledgerly is hiring: Mid-Market Account Executive (Denver)": the name before the call.
  const caller = titleAt >= 0 ? CALLER.exec(header[titleAt]?.text ?? '') : null;
  if (caller?.[1] && isNameLine(caller[1])) return at(header[titleAt]!.start, caller[1]);
  // A title written in a message's sentence: the name after it ("the Senior Accountant role at
  // Ridgeline CPA is"); the lines around such a title are the message's, not a posting's.
  const inProse = titleAt >= 0 && title ? titleInProse(header[titleAt], title) : null;
  if (inProse?.name) return inProse.name;
  const echoed = inProse || !title ? null : titleEchoedInProse(header, title, titleAt);
  if (echoed) return echoed;
  if (titleAt >= 0) {
    // "Lumora Analytics is hiring a Mid-Market Account Executive in Austin": the title's own
    // sentence names the employer; the lines under it may be a sign-off.
    const caller = recruiterOfLine(header[titleAt]!, header);
    if (caller) return caller;
    const found =
      nameAfterTitle(header[titleAt], title, ctx.text) ?? nameNearTitle(header, titleAt);
    // Under a message's sentence, a sign-off's "Cheers" / "Jess" is no name.
    const near = inProse && found && isSignOffNear(header, found) ? null : found;
    // "School of Geography …" under "University of Northmoor", "Akademisches Lehrkrankenhaus
    // der Universität Göttingen" under "Klinikum Wesertal gGmbH": a unit or a descriptor of the
    // organisation named above the title.
    // "Morgantown Office (serving …)" under the title: the branch of the body named above.
    if (
      near &&
      (SUBUNIT.test(near.value) || UNIT_TAIL.test(near.value) || BRANCH_OFFICE.test(near.value))
    ) {
      return mastheadAbove(header, titleAt) ?? near;
    }
    if (near) return near;
  }
  const ending = nameEndingTitle(ctx, title);
  if (ending) return ending;
  for (const line of header.slice(0, 12)) {
    const recruiter = recruiterOfLine(line, header);
    if (recruiter) return recruiter;
  }
  for (let i = titleAt >= 0 ? titleAt + 1 : 0; i < Math.min(header.length, 12); i++) {
    const line = header[i]!;
    if (line.kind === 'list-item') continue;
    const { body, start } = lineBody(line);
    // Past this chrome come recruiters' names and the description, not the employer; past a
    // closing ("Best regards,") the sender's own name; past a word heading a list ("Shifts"
    // over its bullets) or a numbered heading ("I. Responsabilités") the sections.
    if (HEADER_END.test(body) || CLOSING.test(body) || NUMBERED_HEADING.test(body)) break;
    if (header[i + 1]?.kind === 'list-item' && isBareWord(body)) break;
    // A chat's speaker over the time of the message ("Curtis" over "7:31 AM").
    if (isChatSpeaker(header, i)) continue;
    // A bulletin's grid of labels over their values ("Department" / "Police", "Opening Date" /
    // "10/03/2024"): neither a label nor a unit's or a date's value names the employer.
    if (GRID_LABEL.test(body) || isGridValue(header[i - 1], body)) continue;
    if (isNameLine(body)) return at(start, body);
    // "European Commission - Directorate-General for Climate Action (DG CLIMA), Unit B.2",
    // "Fisheries and Oceans Canada - Gulf Region": the organisation before its unit.
    // A region only after a public body: "Retail Operations - Southern Region" is a team.
    const unit = UNIT_AFTER_DASH.exec(body);
    const org = unit?.[1];
    if (org && (unit[2] || isCanadianDepartment(org) || isPublicBodyName(org)) && isNameLine(org)) {
      return at(start, org);
    }
    // "Fyrisskolan – Uppsala Friskolor AB": a school or site, then the company that runs it.
    const owner = OWNER_AFTER_DASH.exec(body);
    if (owner?.[1] && hasLegalForm(owner[1]) && isNameLine(owner[1])) {
      return at(start + body.length - owner[1].length, owner[1]);
    }
    // LinkedIn / Indeed: "Brightline Grocers · Columbus, OH (Hybrid) · Reposted 3 days ago".
    const board = boardLineName(body, false);
    if (board) return at(start, board);
  }
  const underLabel = companyUnderLabel(ctx, isNameLine);
  if (underLabel) return underLabel;
  const author = postAuthorOrganisation(header);
  if (author) return author;
  for (const [i, line] of ctx.lines.entries()) {
    const m = mayStartAbout(line.text)
      ? (ABOUT.exec(line.text) ?? legalNameAboutUs(line.text))
      : null;
    if (m?.[1] && isName(m[1]) && !/^(?:the|this|us|you)\b/i.test(m[1])) {
      const name = stripTail(m[1]);
      // "About Veridian" over "Veridian Therapeutics is a clinical-stage …": the full name.
      const below = ctx.lines[i + 1];
      const full = below?.text.startsWith(`${name} `) ? FULL_NAME_OPENING.exec(below.text) : null;
      if (below && full?.[1] && full[1] !== name && isName(full[1]))
        return at(below.start, full[1]);
      return at(line.start + line.text.indexOf(m[1]), name);
    }
  }
  const said = nameInSentences(ctx, header);
  if (said) return said;
  return (
    letterhead(header, titleAt) ??
    nameInSignature(ctx) ??
    nameInFooter(ctx) ??
    senderOrganisation(ctx) ??
    chatSenderOrganisation(ctx) ??
    posterEmployer(header) ??
    nameOfOwnDomainIn(ctx, header) ??
    site ??
    mostMentioned(ctx) ??
    legalNameAlone(ctx)
  );
}

/**
 * The employer a sentence names: "at Acme, we …", "Acme is an equal opportunity employer", "join
 * the team at Acme", "we are Acme", a mail's sender, an intro's subject.
 */
function nameInSentences(ctx: ExtractContext, header: Line[]): Evidenced<string> | null {
  for (const m of [
    atWe(ctx.text),
    equalOpportunity(ctx.text),
    joinTeamAt(ctx.text),
    nameAfterWeAre(ctx.text),
    senderFrom(ctx.text),
  ]) {
    if (m?.[1] && isName(m[1])) {
      const found = at(m.index + m[0].indexOf(m[1]), m[1]);
      return withoutSentenceArticle(withNameBeforeForm(ctx.text, found), header);
    }
  }
  const late = companyFromLateCue(ctx, isName);
  if (late) return fullNameAtTop(late, header);
  return ctx.text.includes('ipravil') ? preparedBy(ctx.text) : null;
}

// Profesia and Jobs.cz close an ad with who placed it: "Inzerát na Profesia.sk pre vás
// pripravila spoločnosť Fakultná nemocnica F. D. Roosevelta Banská Bystrica."
const PREPARED_BY =
  /\b(?:pripravila spoločnosť|připravila společnost|pripravil zamestnávateľ|připravil zaměstnavatel)\s+(\p{Lu}[^\n]{1,90}?)\.?[ \t]*(?:\n|$)/u;

function preparedBy(text: string): Evidenced<string> | null {
  const m = PREPARED_BY.exec(text);
  const name = m?.[1];
  return m && name && isName(name) ? at(m.index + m[0].indexOf(name), name) : null;
}

/** The employer a careers site's banner names in the first lines, or null. */
function bannerEmployer(header: Line[]): Evidenced<string> | null {
  for (const line of header.slice(0, 3)) {
    const { body, start } = lineBody(line);
    const named = careersBannerName(body);
    if (!named) continue;
    const { name } = named;
    // Not a job before the page's label: "Werkstudent Marketing (m/w/d) - Karriere".
    if (TITLE_WORD.test(name) || GENDER_MARKER.test(name)) continue;
    // The banner says it is a name: "Direktoratet for kystforvaltning" need not look like one.
    if (isName(name) && /^\p{Lu}/u.test(name) && !isKnownPlace(name)) {
      // "Careers at Northwind Games" over "Northwind Games Korea Ltd. — Seoul": the full name.
      return fullNameAtTop(at(start + named.at, name), header);
    }
  }
  return null;
}

// NOT_NAME has the other pronouns; "Vi" alone is also a company's name ("Vi is hiring").
const PRONOUN = /^vi$/i;

/** The organisation a line's first sentence says is recruiting ("Acme GmbH sucht"), or null. */
function recruiterOfLine(line: Line, header: Line[]): Evidenced<string> | null {
  // A long line is read from its start: its first sentence names who recruits.
  if (!RECRUIT_VERB.test(line.text)) return null;
  // A chat export's message after its header: "[8/6/24, 7:14 PM] Harjit Sandhu: Hello everyone
  // 🙏 Sandhu Orchards in East Kelowna is hiring".
  const text = withoutPictogram(line.text.slice(chatMessageStart(line.text))).slice(0, 300);
  if (!RECRUIT_VERB.test(text)) return null;
  const team = TEAM_AT.exec(text);
  if (team?.[1] && isName(team[1]) && isNamePhrase(team[1])) {
    return at(line.start + line.text.indexOf(team[1]), team[1]);
  }
  const m = RECRUITS.exec(text);
  // Swedish "Vi söker": the pronoun, not a name.
  const name = m?.[1] && !PRONOUN.test(m[1]) && !SENTENCE_IN_NAME.test(m[1]) ? m[1] : undefined;
  // Without a description between, the name must look like one: "Acme GmbH sucht".
  if (
    m &&
    name &&
    isName(name) &&
    !NOT_NAME.test(name) &&
    (m[0].includes(', ') || isNamePhrase(name))
  ) {
    return fullNameAtTop(at(line.start + line.text.indexOf(name), name), header);
  }
  return null;
}

// A recruiter naming the employer: "My client, Ballinure Biologics, is a mid-size ...", "My
// client is Vantia Health, a …", "our
// client Harlow & Finch Logistics is hiring", "My client, Mavuno Fresh Exports Ltd, a leading
// grower ...", "Für unseren Kunden, die Hollerer Kunststofftechnik GmbH – …", "Ich unterstütze
// aktuell die Sensoria Medical AG, einen Hersteller …". Australia's "Working with Children
// Check" is a clearance; in a list item ("- … and working with SQL (PostgreSQL)") or after
// "experience" ("3+ years of experience working with AWS (Lambda)") it names a skill.
// Found by its cue, scanned once through the text; the name is then read right after the cue.
// One \b before the alternation: V8 tests a \b that opens every branch once per branch.
const CLIENT_CUE =
  /\b(?:(?:[Mm]y|[Oo]ur) (?:(?:key|main|long-standing|valued|trusted) )?client(?:[,:]| is)? |(?:I['’]m|I am|[Ww]e['’]re|[Ww]e are) (?:currently )?(?:helping|supporting) (?=\p{Lu}[^.\n]{0,60}? (?:to )?(?:hire|recruit|find) (?:an?|their|two|three|several) )|(?:apoyando|acompañando|asesorando) a |pour le compte de |im Auftrag (?:unseres Kunden )?|bei (?:unserem|meinem) Kunden,? (?:der |dem )?|[Ff]ür (?:unseren|meinen) Kunden,? (?:die |der |das |den )?(?=\p{Lu})|[Ii]ch (?:unterstütze|begleite) (?:aktuell |derzeit |gerade )?(?:die |den |das )(?=\p{Lu})|(?:retained|engaged|instructed|mandated)(?: and paid)? by (?=\p{Lu})(?![^.\n]{0,40}\b(?:[Pp]ayroll|[Uu]mbrella)\b)|(?:[Pp]artnering|[Pp]artnered|[Ww]orking) (?:exclusively |closely )?with (?!Children\b|Vulnerable\b)(?=\p{Lu})(?<!(?:^|\n)[ \t]*[-•*][^\n]{0,200})(?<!\b(?:experience|experienced|comfortable|familiar|familiarity|hands-on|years|skilled) (?:in )?working with )|I['’]m recruiting (?:an? )?\p{Lu}[^.,\n]{2,60}? for (?=\p{Lu})|one of (?:my|our) (?:(?:key|main|long-standing|valued|trusted|biggest|largest) )?clients,? |[Tt]he client is |(?:recruiting|hiring|searching|writing to you|reaching out(?: to you)?)(?: for)? on behalf of (?=\p{Lu})|On behalf of (?=\p{Lu}(?!\p{Lu}))|(?:role|position|opening|opportunity|requirement) w\/ (?=\p{Lu})|(?:my|our) team at (?=\p{Lu})|(?:[Tt]alent (?:[Aa]cquisition )?[Pp]artner|(?<!\b(?:the|a|an|our|your|to|with) )[Tt]alent [Aa]cquisition (?:[Ll]ead|[Mm]anager|[Ss]pecialist)|[Ii]n-house [Rr]ecruiter|[Pp]eople [Pp]artner) (?:at|bei|@) (?=\p{Lu}))/gu;
const CLIENT_AFTER_MY = new RegExp(
  String.raw`^(${NAME}(?: m\.b\.H\.)?)(?:,? (?:is|are|has)\b|,? (?:–|-|—) |, (?:an?|the|einem|einer|eine|at|for|who|which) | on | \()`,
);
// "bei meinem Kunden, der Kessler Logistik Software GmbH.", "… der Hansa Folientechnik GmbH & Co.
// KG in Hamburg-Harburg": the German cue's name may end the sentence or be followed by its town.
const CLIENT_AFTER_DE = new RegExp(
  String.raw`^(${NAME}(?: m\.b\.H\.)?(?:\. KG)?)(?:,? (?:–|-|—) |, (?:einem|einer|eine|einen) | in |,? bei |\.(?=\s|$))`,
);
const CLIENT_AFTER_ES = new RegExp(String.raw`^(${NAME}) (?:\(|en )`);
const CLIENT_AFTER = new RegExp(String.raw`^(${NAME})\b`);
const CLIENT_NAME_MAX = 200;
const CUE_BEFORE_DESCRIBED =
  /^(?:(?:my|our) (?:(?:key|main|long-standing|valued|trusted) )?client|partner|working|i['’]m|bei|the client)/i;
// "… one of my key clients, Halden Logistics. They're …": the name may end its sentence.
const CUE_ONE_OF = /^one of/i;
const CLIENT_AFTER_ONE_OF = new RegExp(`${CLIENT_AFTER_MY.source.slice(0, -1)}|\\.\\s)`);
// "I'm currently helping Quillstone Insurance hire a .NET Developer".
const CUE_HELPING = /^(?:i['’]m|i am|we['’]re|we are) (?:currently )?(?:helping|supporting)/i;
const CLIENT_AFTER_HIRE = new RegExp(String.raw`^(${NAME}) (?:to )?(?:hire|recruit|find)\b`);
const GERMAN_CUE = /^(?:bei|[Ff]ür|[Ii]ch)/;
const CUE_ES = /^(?:apoyando|acompañando|asesorando)/;
// Not the point of a legal form's abbreviation: "Raffles Quay Capital Management Pte. Ltd.".
const SENTENCE_AFTER_NAME = /(?<=\p{Ll})(?<!\b(?:Pte|Pvt|Sdn|Co))\.\s\p{Lu}.*$/u;

function namedClient(ctx: ExtractContext): Evidenced<string> | null {
  const text = ctx.text;
  CLIENT_CUE.lastIndex = 0;
  for (let cue = CLIENT_CUE.exec(text); cue; cue = CLIENT_CUE.exec(text)) {
    const from = cue.index + cue[0].length;
    const rest = text.slice(from, from + CLIENT_NAME_MAX);
    // "My client, X, is", "partnering with X on", "I'm recruiting a PM for X, a ...", "bei unserem
    // Kunden, der X – einem ...": the name and what follows it.
    const after = GERMAN_CUE.test(cue[0])
      ? CLIENT_AFTER_DE
      : CUE_HELPING.test(cue[0])
        ? CLIENT_AFTER_HIRE
        : CUE_ONE_OF.test(cue[0])
          ? CLIENT_AFTER_ONE_OF
          : CUE_BEFORE_DESCRIBED.test(cue[0])
            ? CLIENT_AFTER_MY
            : CUE_ES.test(cue[0])
              ? CLIENT_AFTER_ES
              : CLIENT_AFTER;
    // "on behalf of Alder & Crane Construction. They're …": the name ends with its sentence.
    let name = after.exec(rest)?.[1]?.replace(SENTENCE_AFTER_NAME, '');
    // "retained by Raffles Quay Capital Ltd., a …": the legal form keeps its point.
    if (name && rest.charCodeAt(name.length) === 0x2e && hasLegalForm(`${name}.`)) name += '.';
    if (name && isName(name) && !NOT_NAME.test(name)) return at(from, name);
  }
  return null;
}

const BRANCH_OFFICE = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? (?:Office|Branch)$/u;
const DOCUMENT_PACK = new RegExp(`^(?:${DOCUMENT_PACK_WORDS})$`, 'i');
const SUBUNIT =
  /^(?:(?:human resources|personnel|recruitment|talent acquisition) (?:division|department|directorate|office|team|unit)\b|(?:school|faculty|college|department|institute|division|centre|center|abteilung|fachbereich|lehrstuhl|institut|service|département|facultad|escuela|departamento) (?:of|for|für|de|des|du|del)\b|(?:abteilung|dienststelle|referat|fachbereich) |(?:akademisches )?lehrkrankenhaus\b|(?:an? )?(?:academic )?teaching hospital\b)/i;

// A public service's unit named by its kind last: "Water Markets Reform Branch", "Energy
// Performance Division" under the department's name.
const UNIT_TAIL = /^\p{Lu}[\p{L}&' -]{2,60} (?:Branch|Division|Directorate|Section|Unit)$/u;

/** The organisation's name on a line above the title: a legal name or a kind of organisation. */
function mastheadAbove(header: Line[], titleAt: number): Evidenced<string> | null {
  let government: Evidenced<string> | null = null;
  for (const line of header.slice(0, titleAt)) {
    const text = line.text.trim();
    // "Australian Government" over "Department of Climate Resilience and Water": the department
    // under the government's crest employs.
    if (!government && GOVERNMENT_CREST.test(text)) {
      government = at(line.start + line.text.indexOf(text), text);
      continue;
    }
    // "University College Shannon": led by an organisation's word, though a town ends it.
    if (SCHOOL_OR_HOSPITAL_FIRST.test(text) && PLAIN_NAME.test(text) && !SUBUNIT.test(text)) {
      return at(line.start + line.text.indexOf(text), text);
    }
    if (!isNameLine(text)) {
      // "Baltisches Institut für Küstenforschung (BIK) · Greifswald": the name before the place.
      const board = boardLineName(text, false);
      if (board && !SUBUNIT.test(board) && (ORG_WORD.test(board) || isOrgName(board))) {
        return at(line.start + line.text.indexOf(board), board);
      }
      continue;
    }
    if (SUBUNIT.test(text)) {
      if (government && DEPARTMENT_FIRST.test(text))
        return at(line.start + line.text.indexOf(text), text);
      continue;
    }
    if (
      hasLegalForm(text) ||
      endsInOrganisationKind(text) ||
      ORGANISATION_FIRST.test(text) ||
      isPublicBodyName(text) ||
      (text === text.toUpperCase() && ORGANISATION_WORD.test(text))
    ) {
      return at(line.start + line.text.indexOf(text), text);
    }
  }
  return government;
}

const DEPARTMENT_FIRST = /^(?:Department|Ministry|Dept\.?) (?:of|for)\b/;
const GOVERNMENT_CREST =
  /^(?:\p{Lu}\p{L}+ Government|Government of(?: the)? \p{Lu}[\p{L} ]{2,30})$/u;

// A letterhead in capitals: "LEGAL AID SOCIETY OF NORTHERN APPALACHIA".
const ORGANISATION_WORD =
  /\b(?:SOCIETY|BOARD|COURT|COMMISSION|COUNCIL|AUTHORITY|AGENCY|MINISTRY|INSTITUTE|HOSPITAL|UNIVERSITY|COLLEGE|TRUST|FOUNDATION|ASSOCIATION|DEPARTMENT)\b/;
const SCHOOL_OR_HOSPITAL =
  'university|universität|université|universidad|universidade|klinikum|hospital|hôpital';
const SCHOOL_OR_HOSPITAL_FIRST = new RegExp(`^(?:${SCHOOL_OR_HOSPITAL}) `, 'i');
const PLAIN_NAME = /^\p{Lu}[\p{L}'’-]*(?: (?:of|de|du|für|\p{Lu}[\p{L}'’-]*)){1,5}$/u;
const ORGANISATION_FIRST = new RegExp(
  `^(?:${SCHOOL_OR_HOSPITAL}|city|county|town|stadt|kanton|ville|ayuntamiento) `,
  'i',
);

/**
 * "Senior UX Designer — Thistle & Pine" read whole as the title: the name after its last dash,
 * when the posting names it again below ("Thistle & Pine makes ..."). Not a specialty or a shift
 * ("Software Engineer – Payments Platform", "Nurse — Nights"), which is never named as a subject.
 */
function nameEndingTitle(
  ctx: ExtractContext,
  title: Evidenced<string> | null,
): Evidenced<string> | null {
  const span = title?.spans[0];
  if (!title || !span) return null;
  const m = TITLE_NAME_TAIL.exec(title.value);
  const name = m?.[1];
  if (!m || !name || TITLE_WORD.test(name) || isKnownPlace(name) || isExtraPlace(name)) {
    return null;
  }
  if (isUnitOrChrome(name) || !isNameLine(name)) return null;
  // Named again as a subject; or "… — Mtsvane Apps (Tbilisi)" under "[Forwarded from Mtsvane Apps
  // HR]": with the place in brackets after it and the name written again elsewhere, the tail is
  // the employer ("Designer — Brand Studio (London)" names a team).
  const after = ctx.text.slice(span.end, span.end + 60);
  const placed = PLACE_IN_BRACKETS.exec(after);
  if (
    !NAMED_AGAIN(name).test(ctx.text.slice(span.end)) &&
    !(
      placed?.[1] &&
      (isKnownPlace(placed[1]) || isPlaceText(placed[1])) &&
      !SPECIALTY.test(name) &&
      ctx.text.indexOf(name) !== ctx.text.lastIndexOf(name)
    )
  ) {
    return null;
  }
  const found = at(span.start + m.index + m[0].length - name.length, name);
  return fullNameAtTop(found, headerLines(ctx, 20));
}

// A title's specialty after its dash: "Software Engineer — Machine Learning (Berlin)".
const SPECIALTY =
  /\b(?:learning|platform|engineering|data|infrastructure|backend|back-end|frontend|front-end|full[- ]stack|mobile|payments|security|operations|research|product|design|marketing|sales|finance|growth|cloud|ai|ml|devops|systems|reliability|integrations?|billing|checkout|search|core|api|web|ios|android|gameplay|tools|tooling)\b/i;
const PLACE_IN_BRACKETS = /^\s?\(([^()\n]{2,40})\)/;
const TITLE_NAME_TAIL = /\s(?:[—–|@]|at)\s([^—–|@\s][^—–|@]{1,58}[^—–|@\s])$/;

// The name as the subject of a sentence: "Thistle & Pine makes", "Summitry (Denver, CO) builds"
// (not a possessive: "one of Temple Bar's busiest pubs" names a place).
function NAMED_AGAIN(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|\\n)${escaped}(?: \\([^()\\n]{2,40}\\))? [a-z]+s\\b`);
}

/**
 * "Cedar Valley Unified is seeking ..." under the masthead "Cedar Valley Unified School
 * District": the body shortens the name the page's first line (or a header line before its
 * place) gives in full.
 */
function fullNameAtTop(found: Evidenced<string>, header: Line[]): Evidenced<string> {
  const first = header[0];
  if (!first || first.text.length <= found.value.length) return found;
  const text = first.text;
  if (text.startsWith(`${found.value} `) && isNameLine(text)) return at(first.start, text);
  // "Trailhead makes ..." under "Trailhead Software - Denver, CO": the name before the place.
  for (const line of header.slice(1)) {
    if (!line.text.startsWith(`${found.value} `)) continue;
    const head = line.text.split(FIRST_SEPARATOR)[0] ?? '';
    // Alone on its line, only a legal name: "Fjällfrakt AB".
    const alone = head === line.text;
    if (head.length > found.value.length && (!alone || hasLegalForm(head)) && isNameLine(head)) {
      return at(line.start, head);
    }
  }
  return found;
}

// An email's closing, then the sender's name, role and organisation: "Best regards, / Grace
// Okonkwo / HR Business Partner / Savannah Harvest Agro Ltd". Only a name with a legal form or
// an organisation word counts, within a few lines of the closing.
// Swiss German writes "Grüsse"; a bilingual closing pairs two: "Beste Grüsse / Best regards,".
const CLOSING_WORDS = String.raw`(?:best|kind|warm|many thanks and)? ?regards|best|cheers|thanks(?: (?:and|&) regards)?|thank you|sincerely|yours (?:sincerely|faithfully)|mit freundlichen grü(?:ß|ss)en|(?:viele|beste|liebe|freundliche) grü(?:ß|ss)e|cordialement|bien cordialement|salutations|saludos(?: cordiales)?|atentamente|un saludo`;
const CLOSING = new RegExp(
  String.raw`^(?:${CLOSING_WORDS})(?: ?\/ ?(?:${CLOSING_WORDS}))?[,.!]?$`,
  'i',
);
const SIGNATURE_LINES = 5;

// The poster's contact line at the foot of an ad: "Bokamoso Technical Placements | Rustenburg |
// www.bokamoso-tp.co.za", "Ruhrpott Personal Service GmbH – Personaldienstleistung seit 2009".
const FOOTER_LINES = 8;
const CONTACT = /\bwww\.|@|https?:|\+?\d[\d ]{7,}/;

function nameInFooter(ctx: ExtractContext): Evidenced<string> | null {
  const lines = ctx.lines;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - FOOTER_LINES); i--) {
    const line = lines[i];
    if (!line || line.kind === 'list-item' || line.text.length > 160) continue;
    const cut = /\s[|–—·-]\s/.exec(line.text);
    if (!cut || cut.index < 3) continue;
    const name = line.text.slice(0, cut.index).trim();
    const rest = line.text.slice(cut.index + cut[0].length);
    // "Helvetia Rückversicherungs-Genossenschaft · Thurgauerstrasse 40 · 8050 Zürich": the
    // imprint's address; "Atlantique Mutuelle – ... – SIREN 779 558 501": its register number.
    const named =
      hasLegalForm(name) ||
      (CONTACT.test(rest) && ORG_OR_PLACE_AFTER.test(rest)) ||
      IMPRINT_AFTER.test(rest);
    if (named && isNameLine(name)) return at(line.start + line.text.indexOf(name), name);
  }
  return null;
}

// A line that is only a legal name, anywhere in the posting: a messenger ad signed
// "*Voltline Projects (Pty) Ltd*", a classifieds seller box "Spedition Kowalczyk GmbH & Co. KG /
// Gewerblicher Nutzer". Markdown or messenger bold around it is no part of the name.
const BOLD_AROUND = /^([*_]{1,2})(.+)\1$/;

function legalNameAlone(ctx: ExtractContext): Evidenced<string> | null {
  for (const line of ctx.lines) {
    if (line.kind === 'list-item' || line.text.length > 70) continue;
    const bold = BOLD_AROUND.exec(line.text);
    const name = (bold?.[2] ?? line.text).trim();
    if (hasLegalForm(name) && isNameLine(name)) {
      return at(line.start + line.text.indexOf(name), name);
    }
  }
  return null;
}

// A signature's address or contact line: "12 avenue de l'Argonne – 33700 Mérignac", "Tél. 05 55
// 55 90 12", "www.garonne-construction.fr".
const ADDRESS_OR_CONTACT =
  /^(?:\d{1,5}[a-z]?,? \p{L}|(?:t[ée]l|tel[eé]fono|phone|mob|fax)\b|www\.)/iu;

const IMPRINT_AFTER =
  /\b\d{4,5} \p{Lu}\p{Ll}|\b(?:SIREN|SIRET|RCS|HRB|HRA|CIF|NIF|UID|CHE-\d|KvK|ABN|CIN|VAT)\b/u;

// A place or a web address after the name, not a job title ("Jane Doe | Recruiter").
const ORG_OR_PLACE_AFTER = /www\.|\.(?:com|co|org|net)\b/;

function nameInSignature(ctx: ExtractContext): Evidenced<string> | null {
  const lines = ctx.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    if (text.length > 40 || !CLOSING.test(text)) continue;
    const block = lines.slice(i + 1, i + 1 + SIGNATURE_LINES);
    for (let k = 0; k < block.length; k++) {
      const line = block[k];
      if (!line) continue;
      const name = line.text.trim();
      // A legal form settles it ("Trident Tech Staffing LLC" has a title word in it). Past the
      // sender's own name, so does the address or phone line under it: "Nathalie Pujol /
      // Responsable RH / Bâtiments Garonne Construction / 12 avenue de l'Argonne".
      const named = hasLegalForm(name)
        ? isName(name) && !/[:@|/\d]/.test(name)
        : (ORG_WORD.test(name) || (k > 0 && ADDRESS_OR_CONTACT.test(block[k + 1]?.text ?? ''))) &&
          isNameLine(name);
      if (named) {
        return at(line.start + line.text.indexOf(name), name);
      }
    }
  }
  return null;
}

// A signer's role and employer: "VP Engineering, Ridgeback Automation", "Talent Acquisition
// Partner | Verdant AgriSystems", "Head of Talent at Quillfeather Health".
const ROLE_AND_EMPLOYER = /^([^,|@:\d]{2,50}?)(?:, | \| | at | bei | chez )([^,|@:\d]{2,60})$/;
const SIGNER = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;
const SIGNATURE_REACH = 12;
const SIGNATURE_FROM = 6;
// A heading over a role, not a signer: "Reports To" over "Vice President, Global Operations".
const NOT_SIGNER = /^(?:reports? to|reporting to|hiring manager|contact|supervisor|manager)$/i;
const UNIT_WORD = /\b(?:shift|region|team|group|department|practice|platform)$/i;
const AGENCY_WORD =
  /\b(?:recruit\w*|staffing|talent|personnel|search|resourcing|consult\w*)\b|^(?:robert half|hays|adecco|randstad|manpower|kelly services|michael page|page group)$/i;
// "VP, People & Culture": the signer's function, not an employer.
const BUSINESS_FUNCTION =
  /^(?:people(?: (?:&|and) culture| operations)?|human resources|hr|talent(?: acquisition)?|recruit\w*|finance|operations|engineering|marketing|sales|product|legal|it|technology|communications|customer success|administration|procurement)$/i;

/** The employer on the line under a signer's name, near the end of a mail, or null. */
function employerUnderSigner(ctx: ExtractContext): Evidenced<string> | null {
  const lines = ctx.lines;
  // Below the header: a title over its employer ("Barista at Blue Bottle Coffee") is no signature.
  for (
    let i = lines.length - 1;
    i >= Math.max(SIGNATURE_FROM, lines.length - SIGNATURE_REACH);
    i--
  ) {
    const line = lines[i];
    const signer = lines[i - 1]?.text.trim() ?? '';
    if (!line || !SIGNER.test(signer) || NOT_SIGNER.test(signer)) continue;
    const m = ROLE_AND_EMPLOYER.exec(line.text.trim());
    const org = m?.[2]?.trim();
    if (!m?.[1] || !org || !TITLE_WORD.test(m[1]) || TITLE_WORD.test(org)) continue;
    if (isKnownPlace(org) || !isNameLine(org) || BUSINESS_FUNCTION.test(org)) continue;
    // A team, a shift or a region is no employer; an agency's recruiter signs for the agency.
    if (DEPARTMENT.test(org) || UNIT_WORD.test(org) || AGENCY_WORD.test(org)) continue;
    return at(line.start + line.text.lastIndexOf(org), org);
  }
  return null;
}

/** A name in a sentence: a name line, or two or more capitalised words that are no title. */
function isNamePhrase(name: string): boolean {
  return (
    isNameLine(name) ||
    (/\s/.test(name) && isCapitalisedName(name) && !TITLE_WORD.test(name) && !/\d/.test(name))
  );
}

// "OFFRE D'EMPLOI – SAISON ÉTÉ 2025" over the letterhead: the kind of document comes first.
const DOCUMENT_KIND =
  /^(?:offre d['’]emploi|job offer|job opening|vacancy|stellenangebot|stellenanzeige|stellenausschreibung|oferta de empleo|convocatoria|(?:we(?:'re| are) |now )hiring)\b/i;

/** A letterhead without a legal form: "ATELIER MARSAUDON" as the first line, over the title. */
function letterhead(header: Line[], titleAt: number): Evidenced<string> | null {
  const kindFirst = titleAt > 1 && DOCUMENT_KIND.test(header[0]?.text ?? '');
  const first = header[kindFirst ? 1 : 0];
  if (!first || titleAt < 1 || first.kind === 'list-item' || !first.text.includes(' ')) return null;
  // A messaging page's sender over their headline ("Nadia Whitcombe" over "Head of Talent at
  // Corvane Systems · 2nd"): a person.
  if (isThreadSender(header, header.indexOf(first))) return null;
  if (isNameLine(first.text)) return at(first.start, first.text);
  const framed = framedLetterhead(first);
  if (framed) return framed;
  // "Bolsa de empleo – Consorci Sanitari …": a careers page's section before the name.
  const section = SECTION_BEFORE.exec(first.text);
  const rest = section ? first.text.slice(section[0].length) : '';
  if (section && isNameLine(rest)) return at(first.start + section[0].length, rest);
  // Under the document's kind, an organisation before what it runs: "Hôtel Les Pins Bleus ****
  // – Restaurant « La Terrasse »".
  const found = kindFirst ? nameOnLine(first) : null;
  if (
    found &&
    (hasLegalForm(found.value) || ORG_WORD.test(found.value) || isOrgName(found.value))
  ) {
    return found;
  }
  // A local government's masthead with its state: "Tamarack County, CO", "City of Fresno, CA".
  const body = PUBLIC_MASTHEAD.exec(first.text);
  return body?.[1] ? at(first.start, body[1]) : null;
}

// A letterhead's article (and Ontario's legal frame of a town) and the state after it are no part
// of the name: "THE CORPORATION OF THE MUNICIPALITY OF WEST KINROSS", "COTTONWOOD COUNTY,
// COLORADO".
const LETTERHEAD_ARTICLE = /^(?:THE |The )(?:CORPORATION OF THE |Corporation of the )?/;
const LOCAL_BODY = /\s(?:County|Parish|Township|Borough)$/;

function framedLetterhead(line: Line): Evidenced<string> | null {
  const article = LETTERHEAD_ARTICLE.exec(line.text)?.[0].length ?? 0;
  let name = line.text.slice(article);
  const comma = name.lastIndexOf(', ');
  const state = comma > 0 ? name.slice(comma + 2) : '';
  if (state !== '' && guessCountry(isAllCaps(state) ? displayCase(state) : state) !== null) {
    name = name.slice(0, comma);
  }
  if (name.length === line.text.length || !isNameLine(name)) return null;
  const cased = isAllCaps(name) ? displayCase(name) : name;
  const organisation =
    ORG_WORD.test(cased) || isOrgName(cased) || isPublicBodyName(cased) || LOCAL_BODY.test(cased);
  return organisation || hasLegalForm(name) ? at(line.start + article, name) : null;
}

const PUBLIC_MASTHEAD =
  /^((?:City|County|State|Town|Village|Borough|Township) of \p{Lu}[\p{L}.' -]{1,30}|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,2} (?:County|Parish|Township|Borough))(?:, [A-Z]{2})?$/u;

// Messenger ads lead each line with a pictogram: "🏢 Company: FinEdge", "📍 Pune".
function withoutPictogram(text: string): string {
  const skip = leadingPictograms(text);
  return skip > 0 ? text.slice(skip) : text;
}

// "🏢 Conecta Sur – contact center ...", "🏢 Kúmulo es una software factory ...": the office
// building introduces the employer, up to a dash, a comma or a verb.
const OFFICE_SIGN = new RegExp(
  String.raw`^🏢\s*(?![\p{L} ]{1,25}:)(${NAME})(?=\s[–—-]\s|,|\s(?:is|es|est|ist|are)\s|$)`,
  'u',
);

function nameAfterOfficeSign(header: Line[]): Evidenced<string> | null {
  for (const line of header) {
    // "📍 Meadowbank House Care Home, Headingley, Leeds": an organisation before the town.
    if (line.text.startsWith('📍')) {
      const body = withoutPictogram(line.text);
      const named = nameBeforeTown(body);
      if (named) return at(line.start + line.text.indexOf(named), named);
      continue;
    }
    if (!line.text.startsWith('🏢')) continue;
    const m = OFFICE_SIGN.exec(line.text);
    if (m?.[1] && isName(m[1]) && !TITLE_WORD.test(m[1])) {
      return at(line.start + line.text.indexOf(m[1]), m[1]);
    }
  }
  return null;
}

// "Entreprise : Maison Celestin (cosmétiques naturels, 80 personnes)": the bracket describes
// the company (sector, size), the name is before it. "Acme (UK) Ltd" keeps its inner bracket.
const DESCRIBED = /^([^()]{2,60}?)\s*\([^()]*[,\d][^()]*\)$/;

// "Halstead & Crane Builders, Inc. (signatory contractor)": a lower-case bracket describes.
const DESCRIBED_IN_WORDS = /^(.{2,80}?)\s*\(\p{Ll}[^()]*\)$/u;

// "Shubh Griha Finance Ltd. (Housing Finance Company – NHB registered)": after a legal form,
// the name is complete and a bracket only describes it.
const ANY_BRACKET = /^(.{2,80}?)\s*\([^()]{3,}\)$/;

function describedAfterLegalForm(value: string): RegExpExecArray | null {
  const m = ANY_BRACKET.exec(value);
  return m?.[1] && hasLegalForm(m[1]) ? m : null;
}

// "Atelier Nomade (ESN) pour le compte d'un client ...": the agency, for an unnamed client.
const FOR_CLIENT =
  /\s+(?:pour le compte d['’]|on behalf of |im Auftrag (?:eines|unseres) |por cuenta de |para (?:un|una) cliente)/i;
// "Cigale Énergie (SAS, 45 personnes) – fournisseur d'électricité verte ...": a description in
// lower case after a dash.
const DESCRIPTION_AFTER = /\s[–—-]\s(?=\p{Ll})/u;
const KIND_BRACKET = /\s*\((?:ESN|SSII|PME|ETI|NGO|ONG|NPO|SME|BPO|KMU)\)$/;

// A field's value that opens in bold: the bold part is the name (see fieldValue).
const BOLD_LEAD = /^(\*{1,2})([^*]{2,80})\1(?!\*)/;
// "EHPAD Les Tilleuls de Vaise, Fondation Rhône Solidaires": the place of work, then its parent.
const PARENT_AFTER =
  /,\s(?=(?:fondation|groupe|group|gruppe|grupo|fundación|part of|filiale de|une? filiale|a (?:division|subsidiary) of)\b)/i;

// "Seniorenresidenz Am Lindenhof Betriebs GmbH, Lindenhofweg 8, 8020 Graz": the address after
// the name, a street and its number first; or a US town, state and ZIP ("St. Aldric Regional
// Medical Center, Boise, ID 83704").
const ADDRESS_AFTER =
  /,\s(?=[\p{L}.'’ -]{3,40}\s\d{1,4}[a-z]?,\s|\p{Lu}[\p{L}.'’ -]{1,30},\s[A-Z]{2}\s\d{5}\b)/u;

function fieldValue(start: number, raw: string): Evidenced<string> {
  // "Hotel: *Al Sarab Creekside Hotel & Suites* (5-star, 312 keys) – Dubai Creek": the bold
  // part is the name.
  const bold = raw.charCodeAt(0) === 0x2a ? BOLD_LEAD.exec(raw) : null;
  if (bold?.[2]) return at(start + bold[1]!.length, bold[2].trim());
  const described = DESCRIPTION_AFTER.exec(raw);
  // The earliest cut: "Bayshore Polymers LLC – specialty ... plant, part of a European group".
  const cuts = [
    FOR_CLIENT.exec(raw)?.index,
    PARENT_AFTER.exec(raw)?.index,
    ADDRESS_AFTER.exec(raw)?.index,
    described && !unbalanced(raw.slice(0, described.index)) ? described.index : undefined,
  ].filter((i): i is number => i !== undefined);
  const cut = cuts.length > 0 ? Math.min(...cuts) : raw.length;
  const value = raw.slice(0, cut).replace(KIND_BRACKET, '').trimEnd();
  const m = value.endsWith(')')
    ? (DESCRIBED.exec(value) ?? DESCRIBED_IN_WORDS.exec(value) ?? describedAfterLegalForm(value))
    : null;
  return at(start, m?.[1] ?? value);
}

/** Index in `header` of the line holding the title's evidence, or -1. */
function titleLineIndex(header: Line[], title: Evidenced<string> | null): number {
  const start = title?.spans[0]?.start;
  if (start === undefined) return -1;
  return header.findIndex((line) => start >= line.start && start <= line.start + line.text.length);
}

/**
 * The name after the title on its own line: "Serveur en extra – Brasserie du Quai, Bordeaux".
 * Only with a place after it, so "Engineer – Payments Platform" gives no name.
 */
function nameAfterTitle(
  line: Line | undefined,
  title: Evidenced<string> | null,
  text: string,
): Evidenced<string> | null {
  const end = title?.spans[0]?.end;
  if (!line || end === undefined) return null;
  // "Gridmotion Robotics | Staff Software Engineer | Pittsburgh": the name before the title.
  const titleStart = (title?.spans[0]?.start ?? 0) - line.start;
  if (titleStart > 3 && line.text.slice(titleStart - 3, titleStart) === ' | ') {
    const head = line.text.slice(0, titleStart - 3).trim();
    if (!head.includes(' | ') && isNameLine(head)) return at(line.start, head);
  }
  const offset = end - line.start;
  // "Senior Data Engineer at Acme Corp": a legal name after "at".
  const atName = AT_LEGAL_NAME.exec(line.text.slice(offset));
  if (atName?.[1] && hasLegalForm(atName[1]) && isNameLine(atName[1])) {
    return at(line.start + offset + atName[0].length - atName[1].length, atName[1]);
  }
  // "Engineering Manager, Platform @ Glacier Peak Robotics (Seattle, $205K–$245K + equity)": the
  // sign names the employer, legal form or not, up to its note.
  const atSign = AT_SIGN_NAME.exec(line.text.slice(offset));
  if (
    atSign?.[1] &&
    isNameLine(atSign[1]) &&
    !isKnownPlace(atSign[1]) &&
    !AT_SIGN_NO_NAME.test(atSign[1])
  ) {
    return at(line.start + offset + atSign[0].length - atSign[1].length, atSign[1]);
  }
  // "BARISTA WANTED ☕ – Little Tāwhai Coffee, …": the shout after the title stays out of it.
  const tail = SHOUT_DASH.exec(line.text.slice(offset, offset + 30));
  if (!tail) return null;
  const rest = line.text.slice(offset + tail[0].length);
  // "Senior Data Engineer (Azure) | Kaveri Analytics Pvt. Ltd.": a legal name needs no place.
  if (hasLegalForm(rest.trimEnd()) && isNameLine(rest.trimEnd())) {
    return at(line.start + offset + tail[0].length, rest.trimEnd());
  }
  // "Part-Time Barista — Fernwood Coffee Co. (Alberta Arts District)": a note after it.
  const noted = employerBeforeNote(rest.trimEnd());
  if (noted && isNameLine(noted)) return at(line.start + offset + tail[0].length, noted);
  // "Barista (PT) - Dripline Coffee Co. - Portland, OR": a legal name, then the place.
  const dash = /\s[–—|-]\s/.exec(rest);
  const legal = dash ? rest.slice(0, dash.index).trim() : '';
  if (dash && hasLegalForm(legal) && isNameLine(legal)) {
    return at(line.start + offset + tail[0].length, legal);
  }
  const name = nameThenPlace(rest, text);
  return name ? at(line.start + offset + tail[0].length, name) : null;
}

const DESCRIPTION =
  /^(?:neighbou?rhood|local|busy|small|family[- ]run|independent|boutique|popular|award[- ]winning|leading|growing|friendly|new|luxury|premium|established|large|major)\s/i;
const AT_LEGAL_NAME = /^\s(?:at|@)\s(\S.{1,60}?)\s*$/;
const AT_SIGN_NAME = /^\s@\s([^\s(|–—].{1,60}?)(?=\s*$|\s\(|\s[|–—-]\s)/;
// "@ Fully Remote (US only)", "@ Series B Fintech": how or at what kind of firm, not who.
const AT_SIGN_NO_NAME =
  /^(?:fully |100% )?(?:remote|hybrid|on-?site)\b|^(?:series [a-e]|stealth|seed|early[- ]stage|(?:a |an |the )?(?:fintech|startup|start-up|scale-?up))\b/i;
const SHOUT_DASH =
  /^(?:\s(?:wanted|needed|required|hiring|gesucht|recherché(?:\(e\))?|se busca))?[\s\p{Extended_Pictographic}\uFE0F]{0,6}?\s[–—|-]\s{1,3}/iu;

// A unit of an organisation or a careers page's word, named under the title beside its public
// body ("Emergency Communications Center", "HEALTH INFORMATICS", "Careers").
function isUnitOrChrome(name: string): boolean {
  return (
    DEPARTMENT.test(name) || !/\p{Ll}/u.test(name) || isHeaderChrome(name) || NAV_WORD.test(name)
  );
}

const CALLER =
  /^(\p{Lu}[\p{L}&.'’ -]{1,40}?)\s(?:is hiring|are hiring|busca|buscan|sucht|suchen|recrute|recrutent|contrata)\s?[:!–—-]\s/u;
const NAV_WORD = /^(?:careers?|jobs|employment|vacancies|openings|job opportunities)$/i;

// A unit of an organisation, named under the title beside its public body.
const DEPARTMENT =
  /(?<![\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])(?:cent(?:er|re)|unit|department|division|services?|office|site|campus|hôpital|hospital|sede|standort|medicine|rehabilitation|analytics|institut(?:e)?|faculty|team|ward|directorate|bureau|section|programme|program|fachbereich|abteilung|referat|amt|direction|servicio|área|unidad)\b|wissenschaft$/i;

/** Whether `name` is written in `text` somewhere other than before the bracket of `place`. */
function writtenAgainAlone(text: string, name: string, place: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!text.startsWith(` (${place})`, at + name.length)) return true;
  }
  return false;
}

const BRACKETED_PLACE = /^([^()]{2,50}?) \(([^()\n]{2,40})\)$/;
// A team, or a street ("LINE COOK wanted – Ossington Ave (Toronto)").
const TEAM_END =
  /\b(?:team|squad|studio|department|unit|division|group|office|lab|ave|avenue|st|street|rd|road|lane|blvd|boulevard|drive|way|square|market|mall|centre|center)\.?$/i;

/** "Dripline Coffee Co., Portland, OR": the name of two words or more before a place. */
function nameThenPlace(rest: string, text = ''): string | null {
  // "Senior Subsea Controls Engineer – Havbris Energi (Stavanger)" over "my client Havbris
  // Energi AS": the town in brackets, the name written again elsewhere without it. Not a
  // specialty, a team, a shift or a site ("Software Engineer – Payments (Berlin)", "Designer —
  // Brand Studio (London)", "Barista – Covent Garden (London)").
  const bracketed = BRACKETED_PLACE.exec(rest.trimEnd().replace(/[*_]+$/, ''));
  if (bracketed?.[1] && bracketed[2]) {
    const name = bracketed[1];
    const place = bracketed[2];
    const ok =
      name.includes(' ') &&
      (isPlaceText(place) || isPlace(place)) &&
      isNameLine(name) &&
      !DESCRIPTION.test(name) &&
      !SPECIALTY.test(name) &&
      !TEAM_END.test(name) &&
      !TITLE_WORD.test(name) &&
      !isUnitOrChrome(name) &&
      writtenAgainAlone(text, name, place);
    if (ok) return name;
  }
  const cut = rest.indexOf(', ');
  if (cut < 2) return null;
  const name = rest.slice(0, cut).trim();
  const words = name.split(' ').length;
  const place = rest.slice(cut + 2).trim();
  if (words < 2 || !(isPlaceText(place) || isPlace(place)) || !isNameLine(name)) return null;
  // "Chef de Partie – Neighbourhood Bistro, Dublin 8": a description, not a name.
  return DESCRIPTION.test(name) ? null : name;
}

/**
 * The name line (or "<Company> · <place>" line) just under the title, else the one just above
 * it (Glassdoor prints "<Company> / 4.1 ★ / <Title>"), the rating skipped.
 */
const PUBLIC_BODY_LINE =
  /^(?:Department|Ministry|Agency|Commission|Authority) (?:of|for) (?:the )?\p{Lu}[\p{L}'’ -]{1,40}(?:, (?:the )?\p{L}[\p{L}'’ -]{1,40}){1,5},? and (?:the )?\p{Lu}[\p{L}'’ -]{1,40}$/u;

function nameNearTitle(header: Line[], titleAt: number): Evidenced<string> | null {
  for (const line of header.slice(titleAt + 1, titleAt + 3)) {
    if (line.kind === 'list-item' || isSectionHeading(line.text)) break;
    // "Department of Climate Change, Energy, the Environment and Water" over its "Energy
    // Performance Division": a public body's name may list its portfolios with commas (not a
    // place after it: "Ministry for Health, Gozo, Malta").
    const body = PUBLIC_BODY_LINE.exec(line.text.trim())?.[0];
    if (body) return at(line.start + line.text.indexOf(body), body);
    // "Cúpla Coffee Roasters - Shop Street, Galway", "The Fox & Lantern, York": right under the
    // title, any name before a place.
    const found = nameOnLine(line) ?? nameBeforePlace(lineBody(line)) ?? nameBeforeComma(line);
    // "Daventry, Northamptonshire", "Oranmore, Co. Galway": a town before its county is a place;
    // so is a known town alone ("Uppsala" under "Fyrisskolan – Uppsala Friskolor AB").
    if (
      found &&
      isBareWord(found.value) &&
      (isTownInRegion(lineBody(line).body, found.value) ||
        (found.value === lineBody(line).body && isWorldTown(found.value)))
    ) {
      continue;
    }
    // A bare word under the title may be a department ("Legal"): a name with a legal form
    // elsewhere in the header ("Greer & Holloway LLP") is the better answer. So is a name with a
    // legal form right above the title ("Lion City Fitness Pte. Ltd." over the title, the
    // district "Tanjong Pagar" under it).
    if (found) {
      if (isBareWord(found.value)) return legalNameIn(header) ?? found;
      return (!hasLegalForm(found.value) && legalNameAbove(header, titleAt)) || found;
    }
  }
  let above = titleAt - 1;
  if (above >= 0 && RATING.test(header[above]?.text ?? '')) above--;
  // A careers page prints its heading between the name and the title: "Sonoran Unified School
  // District / Employment Opportunities / Job Title: ...".
  // So does a document's own word: "Clydeside Community Food Network / JOB PACK / <title>".
  if (above >= 1 && isHeaderChrome(header[above]?.text ?? '')) above--;
  else if (above >= 1 && DOCUMENT_PACK.test(header[above]?.text.trim() ?? '')) above--;
  // Welcome to the Jungle: "Colibri Énergie / Énergie, GreenTech · 85 salariés / <title>".
  if (above >= 1 && isSectorLine(header[above]?.text ?? '')) above--;
  above = pastFieldLines(header, above);
  const line = header[above];
  // Not a social post's author over its time stamp ("Jessa Mae Villanueva" / "Yesterday at 9:15").
  const author = isPostStamp(header[above + 1]?.text ?? '');
  const found = line && line.kind !== 'list-item' && !author ? nameOnLine(line) : null;
  // A letterhead: "Isarwerk Digital GmbH / Leopoldstraße 212 / 80804 München" over the title.
  return found ?? legalNameIn(header.slice(0, titleAt));
}

// What leads into a title in a sentence: "the", "our", "le poste de", "la posición de", "die
// Position"; and what joins it to the employer after it.
const PROSE_BEFORE_TITLE =
  /(?:\b(?:[Tt]he|[Tt]his|[Oo]ur|[Yy]our|an?|of|de|d['’]|als|Position|Stelle|Rolle)\s?)$/;
const PROSE_EMPLOYER =
  /^\s(?:(?:role|position|opening|vacancy|job)\s)?(?:at|with|chez|en|bei(?: der| dem)?|@)\s((?:[A-Z\u00C0-\u00DE][\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF&.'’-]*)(?:\s(?:[A-Z\u00C0-\u00DE\d][\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF&.'’-]*|&|of|de|y|und|et)){0,5})/;

const ROLE_NOUN_AFTER = /^\s(?:role|position|opening|vacancy|job|search)\b/;
const FOREIGN_LEAD = /\b(?:poste d['’e]|posición de|puesto de|Position|Stelle)\s?$/;
// A sentence's end in a name, not an abbreviation's dot ("St. Vincent's", "J.P. Morgan").
const SENTENCE_END_ON = /(?<!\b(?:[A-Z]|St|Dr|Mt|Ft|Co|Inc|[A-Z]\.[A-Z]))\.\s.*$/;
const SIGN_OFF_WORD = new RegExp(`^(?:${SIGN_OFF_WORDS})\\b`, 'i');

/** Whether a name found near a title is a sign-off or the name under one ("Cheers" / "Jess"). */
function isSignOffNear(header: Line[], found: Evidenced<string>): boolean {
  if (SIGN_OFF_WORD.test(found.value)) return true;
  const at = header.findIndex(
    (line) =>
      line.start <= (found.spans[0]?.start ?? -1) &&
      (found.spans[0]?.start ?? -1) < line.start + line.text.length + 1,
  );
  const above = at > 0 ? (header[at - 1]?.text.trim() ?? '') : '';
  return SIGN_OFF_WORD.test(above) && above.length < 30;
}

/**
 * A title inside a sentence of a message ("… for the Staff Data Engineer role at Brightwater
 * Analytics pays …"): the employer named after it (null when none is); null when the title
 * is no such sentence's.
 */
function titleInProse(
  line: Line | undefined,
  title: Evidenced<string>,
): { name: Evidenced<string> | null } | null {
  const span = title.spans[0];
  if (!line || !span) return null;
  const from = span.start - line.start;
  if (from < 4 || !PROSE_BEFORE_TITLE.test(line.text.slice(0, from))) return null;
  const after = line.text.slice(span.end - line.start);
  const m = PROSE_EMPLOYER.exec(after);
  // Up to the sentence's end: "the Data Analyst role at Acme. The salary is …".
  const name = m?.[1]
    ?.replace(SENTENCE_END_ON, '')
    .replace(/[\s&.'’-]+$|\s(?:of|de|y|und|et)$/, '');
  if (m && name && isName(name) && !isKnownPlace(name)) {
    return { name: at(span.end + m[0].indexOf(m[1] ?? ''), name) };
  }
  // "… for the Operations Manager role in Leeds", "wegen der Position Teamleiter Logistik in
  // Hamburg": no employer, but a message's sentence.
  const foreignLead = FOREIGN_LEAD.test(line.text.slice(0, from));
  return ROLE_NOUN_AFTER.test(after) || foreignLead ? { name: null } : null;
}

/**
 * "we finally got headcount approved for the Principal Product Manager – Payments role at Quetzal
 * Pay" above the details' "title: Principal Product Manager – Payments": the title found on
 * another line, written again in a message's sentence, with the employer after it.
 */
function titleEchoedInProse(
  header: Line[],
  title: Evidenced<string>,
  titleAt: number,
): Evidenced<string> | null {
  if (title.value.length < 4) return null;
  for (const [i, line] of header.entries()) {
    const from = i === titleAt ? -1 : line.text.indexOf(title.value);
    // "… the X role at Y", not "an Account Manager with Salesforce experience".
    if (from < 4 || !ROLE_NOUN_AFTER.test(line.text.slice(from + title.value.length))) continue;
    const echo = at(line.start + from, title.value);
    const name = titleInProse(line, echo)?.name;
    if (name) return name;
  }
  return null;
}

function legalNameAbove(header: Line[], titleAt: number): Evidenced<string> | null {
  const line = titleAt > 0 ? header[titleAt - 1] : undefined;
  if (!line || line.kind === 'list-item') return null;
  const found = nameOnLine(line);
  return found && hasLegalForm(found.value) ? found : null;
}

/**
 * "EDUCATION GAZETTE NEW ZEALAND - Vacancy" over the title is the publication's masthead when
 * a name line sits right under the title: the employer is that name. A bilingual name line
 * ("Te Kura Tuarua o Ōwairaka | Ōwairaka Secondary College") gives its organisation's half.
 */
function nameUnderMasthead(
  header: Line[],
  titleAt: number,
  cue: Evidenced<string>,
): Evidenced<string> | null {
  const cueStart = cue.spans[0]?.start ?? 0;
  const mastAt = header.findIndex(
    (l) => cueStart >= l.start && cueStart <= l.start + l.text.length,
  );
  const mast = header[mastAt];
  const under = header[titleAt + 1];
  if (!mast || mastAt >= titleAt || !under || under.kind === 'list-item') return null;
  if (!isPageWordLine(mast.text)) return null;
  const found = nameOnLine(under);
  if (found) return found;
  const { body, start } = lineBody(under);
  const halves = body.includes(' | ') ? body.split(' | ') : [];
  const named = halves.filter((h) => isNameLine(h.trim()));
  const best = named.find((h) => ORG_WORD.test(h) || hasLegalForm(h)) ?? named[0];
  return halves.length === 2 && best ? at(start + body.indexOf(best.trim()), best.trim()) : null;
}

// Government and ATS pages print "Job ID: 118442" between the organisation and "Position:".
const ID_FIELD =
  /^(?:job|posting|requisition|req|reference|ref|competition|offre|annonce|oferta|vacancy|stelle)\.?\s?(?:(?:id|no\.?|number|#)?\s*[:：#]|n[°º]|nr\.)\s*\S{1,20}$/i;

function pastFieldLines(header: Line[], above: number): number {
  let i = above;
  while (i >= 1 && i >= above - 2 && ID_FIELD.test(header[i]?.text ?? '')) i--;
  return i;
}

// Swiss and German ads: "Bernasconi Elektro AG, Basel" under the title, the name with a legal
// form (or an organisation word) before the town: "Gasthaus Linde GmbH, 1220 Wien",
// "Ruhrtal Spedition GmbH & Co. KG – Dortmund-Hafen".
const NAME_TOWN_SEPARATOR = /,\s|\s[–—-]\s/;

const UK_POSTCODE_END = /\s[A-Z]{1,2}\d[A-Z\d]?(?:\s\d[A-Z]{2})?$/;

function nameBeforeTown(body: string): string | null {
  const cut = NAME_TOWN_SEPARATOR.exec(body);
  if (!cut || cut.index < 2) return null;
  const name = body.slice(0, cut.index).replace(/\*\*/g, '').trim();
  const town = body.slice(cut.index + cut[0].length).trim();
  const organisation = hasLegalForm(name) || isOrgName(name) || ORG_WORD.test(name);
  // "Headingley, Leeds LS6": the town may be any part, a UK postcode district after it. After
  // an organisation's name, a lone capitalised word is a town this parser does not know.
  const parts = town.split(', ').map((part) => part.replace(UK_POSTCODE_END, ''));
  const place = parts.some(isPlaceText) || (parts.length === 1 && looksLikePlaceLine(town));
  return organisation && place && isNameLine(name) ? name : null;
}

function nameBeforePlace(lined: { body: string; start: number }): Evidenced<string> | null {
  const { body, start } = lined;
  const cut = NAME_TOWN_SEPARATOR.exec(body);
  if (!cut || cut.index < 2) return null;
  const name = body.slice(0, cut.index).trim();
  const parts = body.slice(cut.index + cut[0].length).split(', ');
  const place = parts.some((part) => isPlaceText(part.replace(UK_POSTCODE_END, '').trim()));
  return place && isNameLine(name) ? at(start, name) : null;
}

// "Wetherill Park, Sydney NSW" is a suburb and its city: a place, no name.
function nameBeforeComma(line: Line): Evidenced<string> | null {
  const { body, start } = lineBody(line);
  if (!body.includes(', ')) return null;
  const name = nameThenPlace(body);
  if (name && isPlace(body)) return null;
  return name ? at(start, name) : null;
}

function isTownInRegion(body: string, town: string): boolean {
  if (!body.startsWith(`${town}, `)) return false;
  const region = body.slice(town.length + 2).trim();
  return isKnownPlace(region) || isKnownPlace(body);
}

function isBareWord(name: string): boolean {
  return !/\s/.test(name.trim()) && !hasLegalForm(name);
}

function legalNameIn(header: Line[]): Evidenced<string> | null {
  for (const line of header) {
    // "HANSEKAI INGENIEURBAU GMBH & CO. KG  ·  Niederlassung Hamburg": the name before a branch.
    const cut = FIRST_SEPARATOR.exec(line.text);
    const head = cut ? line.text.slice(0, cut.index).trim() : line.text;
    if (line.kind === 'list-item' || !hasLegalForm(head)) continue;
    const found = nameOnLine(line);
    if (found) return found;
  }
  return null;
}

const RATING = /^\d(?:[.,]\d)?\s?(?:★|\*|stars?|out of 5)?$/;

// A board's badge after the name: "Meridian Driver Solutions  Featured". Tested on the text's
// last BADGE_MAX characters: anchored at the end, on a long run of spaces the regex would retry
// from each of them.
const BADGE =
  /(?:\s+(?:featured|sponsored|promoted|verified|top employer|urgent|new|destacad[ao]|sponsorisé|gesponsert|[★☆]+))+$/i;
const BADGE_MAX = 80;

function withoutBadge(text: string): string {
  const cut = Math.max(0, text.length - BADGE_MAX);
  return text.slice(0, cut) + text.slice(cut).replace(BADGE, '');
}

/** "*Delivery Executive* for *QuickKart Express*": a messenger ad's bold employer on top. */
function boldEmployer(ctx: ExtractContext): Evidenced<string> | null {
  for (const line of ctx.lines.slice(0, 4)) {
    const skip = chatMessageStart(line.text);
    const text = line.text.slice(skip);
    const m = text.charCodeAt(0) === 0x2a ? BOLD_FOR.exec(text) : null;
    const name = m?.[2]?.trim();
    if (name && isName(name)) return at(line.start + skip + text.lastIndexOf(name), name);
  }
  return null;
}

// A hotel's class after its name: "Hotel Alpenrose ****S, Obertauern", "Hotel Cala Blava ★★★★".
const HOTEL_STARS = new RegExp(String.raw`${HOTEL_CLASS}(?=[,\s]|$)`);

// A board's rating after the name: "Distribuidora Cafetera del Llano S.A.S.  ★ 4,1",
// "**Academia Albor Idiomas** · ★ 4,5", with its count: "★ 4.1 (212 evaluaciones)".
const RATING_TAIL =
  /\s+(?:[·•|]\s+)?(?:★\s?\d(?:[.,]\d)?|\d(?:[.,]\d)?\s?★)(?:\s?[·•|(]\s?\d[\d,.]{0,8} ?(?:reviews?|ratings?|evaluaciones|opiniones|valoraciones|avaliações|avis|bewertungen|recensioni|valutazioni)?\)?)?$/;

// "Sun-Valley Solar Co - NOW HIRING!!!": the shout after the name is no part of it.
const HIRING_SHOUT =
  /(?:\s[-–—|:]\s*|\s+(?:is|are)\s+|!\s*)(?:now hiring|(?:we['’]re |we are |is |are )?(?:now )?hiring|recrute|recrutement|sucht|busca)\s*!*$/i;
// Nor is the verb after it, in lower case: "Mutuelle Rhône-Alpes Prévoyance recrute" ("Grupo
// Contrata" is a name).
const VERB_AFTER_NAME = /\s(?:recrute|recrutent|sucht|busca|contrata)\s*!*$/;

const SECTION_BEFORE =
  /^(?:bolsa de (?:empleo|trabajo)|ofertas? de empleo|trabaja con nosotros|offres? d['’]emploi|emplois|recrutement|stellenangebote|stellenmarkt|karriere|jobs|careers|vacancies|vacantes|empleo)\s[–—|-]\s/i;
const NOTED_NAME = /^(.{2,50}?)\s\([^()]{3,60}\)$/;

const BUILDING = /^[🏭🏢🏬🏥🏨🏫🏦🏪🏛🏗]/u;

function nameOnLine(line: Line): Evidenced<string> | null {
  const lined = lineBody(line);
  // "🏭 Tarragona Química Fina, S.L.": a building before the name (a pin is before a place).
  const skip = BUILDING.test(lined.body) ? leadingPictograms(lined.body) : 0;
  const raw = skip > 0 ? lined.body.slice(skip) : lined.body;
  const rated = raw.includes('★') ? raw.replace(RATING_TAIL, '') : raw;
  const unbadged = BADGE.test(rated.slice(-BADGE_MAX))
    ? withoutBadge(rated)
    : rated.endsWith('!') || /hiring$/i.test(rated)
      ? rated.replace(HIRING_SHOUT, '')
      : VERB_AFTER_NAME.test(rated)
        ? rated.replace(VERB_AFTER_NAME, '')
        : rated;
  const unstarred =
    unbadged.includes('*') || unbadged.includes('★') ? unbadged.replace(HOTEL_STARS, '') : unbadged;
  // Pasted Markdown's bold around the whole name: "**Academia Albor Idiomas**".
  const bold = unstarred.startsWith('**') ? /^\*\*([^*]+)\*\*$/.exec(unstarred) : null;
  const body = bold?.[1] ?? unstarred;
  const start = lined.start + skip + (bold ? 2 : 0);
  if (isNameLine(body)) return at(start, body);
  // "Résidence Les Jardins Beaubien (CHSLD privé conventionné)": the name before a note.
  const noted = body.endsWith(')') ? NOTED_NAME.exec(body) : null;
  if (noted?.[1] && noted[1].includes(' ') && isNameLine(noted[1])) return at(start, noted[1]);
  const named = NAME_TOWN_SEPARATOR.test(body) ? nameBeforeTown(body) : null;
  if (named) return at(start + body.indexOf(named), named);
  const board = boardLineName(body, true);
  if (board) return at(start, board);
  const named2 =
    organisationBeforeSeparator(body) ?? legalNameAfterBoard(body) ?? legalNameAfterWords(body);
  return named2 ? at(start + body.lastIndexOf(named2), named2) : null;
}

// "For a reputed security services company – Al Noor Falcon Guarding Services LLC": words that
// describe the employer, then its legal name after the last dash.
const LAST_DASH = /\s[–—-]\s(?!.*\s[–—-]\s)/;

function legalNameAfterWords(body: string): string | null {
  const dash = LAST_DASH.exec(body);
  if (!dash || body.length > 160) return null;
  const name = body.slice(dash.index + dash[0].length).trim();
  const words = body.slice(0, dash.index);
  return /\s\p{Ll}{3,}\s/u.test(words) && hasLegalForm(name) && isNameLine(name) ? name : null;
}

// "Ausbildung.de · Westrich Antriebstechnik GmbH · 1 Ausbildungsplatz frei": after the board's
// own name, the part with a legal form.
function legalNameAfterBoard(body: string): string | null {
  if (!hasBoardSeparator(body)) return null;
  const parts = body.split(/\s[·•|]\s/).map((part) => part.trim());
  const first = parts[0] ?? '';
  if (!isJobBoard(first) && !/^[\w-]+\.[a-z]{2,3}$/i.test(first)) return null;
  return parts.slice(1, 3).find((part) => hasLegalForm(part) && isNameLine(part)) ?? null;
}

// "**Alpstein Versicherungen AG** · Team Actuarial Analytics", "Atlas Contact Center SARL -
// Casablanca (Sidi Maârouf) · CDI", "Canadian Agri-Food Innovation Agency - Strategic Policy
// Directorate": a legal form or an organisation word before the first separator names the
// employer, whatever follows (a team, a place this parser does not know).
const FIRST_SEPARATOR = /\s[·•|–—-]\s/;

// "Proxim'Intérim – Agence de Lyon Est": a branch after the separator names the firm before it.
const BRANCH_NAMED =
  /^(?:agence|niederlassung|filiale|zweigstelle|standort|branch|sucursal|delegación|oficina|bureau|succursale) (?:de |d['’]|du |of |in |en |\p{Lu})/iu;

function organisationBeforeSeparator(body: string): string | null {
  const cut = FIRST_SEPARATOR.exec(body);
  if (!cut || cut.index < 3) return null;
  const name = body.slice(0, cut.index).replace(/\*\*/g, '').trim();
  const organisation =
    hasLegalForm(name) ||
    ORG_WORD.test(name) ||
    PUBLIC_BODY.test(name) ||
    isOrgName(name) ||
    BRANCH_NAMED.test(body.slice(cut.index + cut[0].length));
  return organisation && isNameLine(name) ? name : null;
}

/**
 * "<Company> · <place> · ...": the name before the first separator, when a place follows it
 * (or, with `departmentBetween`, ends the line: "University of Leeds · Chemistry · Leeds, UK").
 */
function boardLineName(body: string, departmentBetween: boolean): string | null {
  const board = hasBoardSeparator(body) ? BOARD_LINE.exec(body) : null;
  const name = board?.[1]?.trim();
  if (!name || !board?.[2] || !isNameLine(name)) return null;
  if (isPlaceSegment(board[2]) || (departmentBetween && endsInPlace(body))) return name;
  // Welcome to the Jungle: "Brindille Mobilité · Mobilité urbaine · 120 salariés". A single word
  // there is as often the sector ("Agritech · SaaS · 65 salariés" under the name).
  if (!name.includes(' ')) return null;
  return isSectorLine(body) ? name : null;
}

// A board's line that counts the staff: "Énergie, GreenTech · 85 salariés".
function isSectorLine(text: string): boolean {
  return (
    hasBoardSeparator(text) && text.split(/\s[·•|]\s/).some((part) => HEADCOUNT.test(part.trim()))
  );
}

const HEADCOUNT =
  /^(?:\d[\d .,]*\+?|\d+\s?[-–]\s?\d+)\s?(?:salariés|employés|collaborateurs|employees|people|staff|mitarbeitende|mitarbeiter(?:innen)?|empleados|trabajadores)$/i;

// University and hospital pages put a department between the name and the place:
// "University of Leeds · School of Chemistry · Leeds, UK".
function endsInPlace(text: string): boolean {
  const parts = text.split(/\s[·•|]\s/);
  const last = parts[parts.length - 1];
  return parts.length >= 3 && last !== undefined && isPlaceSegment(last);
}

// "About" labels start with a, ü, à or s in either case (`| 0x20` lower-cases those letters).
function mayStartAbout(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c === 0x61 || c === 0x73 || c === 0xfc || c === 0xe0;
}

// Whole-text scans with NAME are tried at every position: these find their leftmost match from
// the few places where the literal part of the match occurs.

/** AT_WE's leftmost match: the first place where one of its openers starts a match. */
function atWe(text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const opener of ['At ', 'Bei ', 'Chez ', 'En ', ' at ']) {
    const re = opener === ' at ' ? AT_WE_LOWER : AT_WE_AT;
    const skip = opener === ' at ' ? 1 : 0;
    for (let i = text.indexOf(opener); i >= 0 && (!best || i < best.index);) {
      re.lastIndex = i + skip;
      const m = re.exec(text);
      if (m) {
        best = m;
        break;
      }
      i = text.indexOf(opener, i + 1);
    }
  }
  return best;
}

/**
 * EEO's leftmost match. Every match ends in "equal opportunity" and starts at most EEO_LEAD
 * characters before it: none starts before the first phrase's window.
 */
/**
 * "Parcelbird, Inc. is an equal opportunity employer": a cue read only the legal form after the
 * comma; the name before it goes with it.
 */
function withNameBeforeForm(text: string, found: Evidenced<string>): Evidenced<string> {
  const start = found.spans[0]?.start ?? 0;
  if (text.slice(start - 2, start) !== ', ' || stripLegalForm(`X ${found.value}`) !== 'X') {
    return found;
  }
  const name = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, start - 60), start - 2))?.[1];
  return name ? at(start - 2 - name.length, `${name}, ${found.value}`) : found;
}

const NAME_BEFORE_COMMA = /(\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3})$/u;

function equalOpportunity(text: string): RegExpExecArray | null {
  const phrase = text.indexOf('equal opportunity');
  if (phrase < 0) return null;
  EEO.lastIndex = Math.max(0, phrase - EEO_LEAD);
  const m = EEO.exec(text);
  // "… since 1991. We are an equal opportunity employer": a sentence's end is inside, no name.
  return m?.[1] && SENTENCE_END.test(m[1]) ? null : m;
}

const SENTENCE_END = /(?:\p{Ll}{2}|\d)\.\s/u;

// "Join the team at Adenta Agro-Processing Ltd, one of ...": a name with a legal form or two
// capitalised words after the phrase.
const JOIN_TEAM_AT = new RegExp(
  String.raw`\b[Jj]oin(?:ing)? (?:the|our|my) team (?:at|of) (${NAME})`,
  'y',
);

// "we're a 5 person indie studio (Gravelhop Games) finishing a cozy farming sim", "We're a
// 14-person landscaping company in Boise, ID (Greenleaf Grounds LLC)": a post's author names
// the firm in brackets after saying what it is.
const WE_ARE_NAMED = new RegExp(
  String.raw`\b(?:we['’]re|we are|i['’]m|i am) an? [^()\n.!?]{3,80}?\((${NAME})\)`,
  'gi',
);

function nameAfterWeAre(text: string): RegExpExecArray | null {
  if (!text.includes(' a ') && !text.includes(' an ')) return null;
  WE_ARE_NAMED.lastIndex = 0;
  for (let m = WE_ARE_NAMED.exec(text); m; m = WE_ARE_NAMED.exec(text)) {
    if (m[1] && isNameLine(m[1])) return m;
  }
  return null;
}

// "The Lone Pine Unified School District is an equal opportunity employer" under the masthead
// "Lone Pine Unified School District": the sentence's article is no part of the name.
function withoutSentenceArticle(found: Evidenced<string>, header: Line[]): Evidenced<string> {
  // "it's Jess, head chef at the Gannet Inn" over an ad headed "SOUS CHEF - The Gannet Inn,
  // Whitby": the name as the business writes it in the header.
  if (!found.value.startsWith('The ')) {
    const written = `The ${found.value}`;
    for (const line of header) {
      const i = line.text.indexOf(written);
      if (i < 0) continue;
      // The whole name: not "The Apple" of "The Apple Store".
      const next = line.text.slice(i + written.length, i + written.length + 2);
      if (!/^(?:[\p{L}\d]| \p{Lu})/u.test(next)) return at(line.start + i, written);
    }
    return found;
  }
  const name = found.value.slice(4);
  const start = found.spans[0]?.start ?? 0;
  return header.some((line) => line.text === name) ? at(start + 4, name) : found;
}

// An offer letter: "an offer of employment with Linden & Shaw LLP", "this offer of employment for
// the position of Senior Design Engineer with Halcyon Marine Systems, Inc.", "On behalf of Bayridge
// Community Hospital, I am delighted to offer you …", a mail's subject "Your offer from
// Quillfeather Health - Software Engineer II". Found by its words, read once.
const OFFER_FROM = new RegExp(
  String.raw`\b(?:offer of employment with|(?:offer of employment for|offer you) the (?:position|role) of [^.,;]{2,80}?\s(?:with|at)(?!\s(?:Level|Grade|Band|Step|Scale)\b)|employment offer (?:from|with)|[Yy]our offer from|[Oo]n behalf of|[Ee]n nombre de|[Aa]u nom de)\s(${NAME})(?=\s?[,.(]|\s(?:for|as|to)\b|\s[-–—|]\s)`,
);

// "Talleres Iruña, S.L.": the legal form after the name's comma.
const LEGAL_FORM_AFTER =
  /^,?\s?(?:S\.L\.U?|S\.A\.S?|S\.C\.|SARL|SAS|SRL|SPRL|Sàrl|SL|SA)(?![\p{L}])/u;
const OFFER_TO_READER =
  /\b(?:to offer you|offer you)\b|propuesta de (?:incorporación|contratación|empleo)|\bofrecerte\b|\bofrecerle\b|vous (?:proposer|offrir)|proposition d['’](?:embauche|emploi)|promesse d['’]embauche/;

// What OFFER_FROM needs somewhere in the text. One regex scan: six `includes` took twice as
// long on a two-byte text.
const OFFER_WORDS =
  /offer of employment|offer you the|employment offer|our offer from|n behalf of|n nombre de|u nom de/;

function offerFrom(text: string): RegExpExecArray | null {
  // Run on every posting: most name none of these words ("we offer" is everywhere).
  if (!OFFER_WORDS.test(text)) return null;
  const m = OFFER_FROM.exec(text);
  if (!m?.[1]) return null;
  // "On behalf of" names the employer only in an offer to the reader: "En nombre de Talleres
  // Iruña, S.L., … nuestra propuesta de incorporación", "Au nom de …, nous avons le plaisir de vous
  // proposer". In French and Spanish only an organisation's name: not "Au nom de Madame Dupont".
  const behalf = /^(?:on behalf|en nombre|au nom)/i.exec(m[0]);
  if (behalf && !OFFER_TO_READER.test(text.slice(m.index, m.index + 300))) return null;
  const form = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (behalf && !/^on/i.test(behalf[0]) && !isOrgName(m[1]) && !LEGAL_FORM_AFTER.test(form)) {
    return null;
  }
  return m;
}

// A recruiter's text introducing herself: "Hi Tamika, this is Joyce from Amberleaf Home Care in
// Dayton". Tested only where the text says "this is".
// Also "this is Dwayne w/ Bluestem Freight Lines", "this is Rafa, kitchen manager at Mesa Verde
// Cantina on 4th Ave". Not a recruiter's agency or board: "this is Maria, a senior recruiter with
// Robert Half", "this is Kim with Indeed on behalf of Carver Plumbing".
// The same in Spanish, French and German: "le escribe el Ing. Héctor Ramírez de Constructora
// Los Arcos", "c'est Julie de la Boulangerie Morel", "hier ist Jonas von Umzüge Brandt".
const PERSON = String.raw`[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+`;
const INTRO_ELSEWHERE = String.raw`[Ll]e escribe|[Tt]e escribe|[Ll]e habla|[Tt]e habla|[Cc]['’]est|[Ii]ci|[Hh]ier ist|[Hh]ier spricht`;
const SENDER_ELSEWHERE = String.raw`(?:${INTRO_ELSEWHERE})(?: (?:el|la|Frau|Herr))?(?: (?:Ing|Lic|Arq|Dr|Dra|Mme|Mr)\.)? ${PERSON}(?: ${PERSON}){0,2},? (?:de|del|de chez|von|vom|bei) (?:la |el |der |dem )?`;
// "Kia ora Hemi, Rangi from Tūī Plumbing & Gas here.": the sender's name, their employer and
// "here", as a sentence of its own.
const SENDER_HERE = String.raw`(?:(?<=^|\n|[,.!:]\s)(?!(?:Greetings|Hello|Hi|Hey|Regards|Cheers|Love|Best|Thanks|News|Word|Live|Direct)\b)${PERSON} from (?=[^.!?\n]{2,60}\shere\b))`;
const SENDER_FROM = new RegExp(
  String.raw`\b(?:(?:[Tt]his is|[Ii]t['’]?s) [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, (?:the |a |an |your )?[a-z][\w/&-]*(?: [\w/&-]+){0,3},?)? (?:from|at|with|w\/) (?:the )?|${SENDER_ELSEWHERE}|${SENDER_HERE})(${NAME})(?=\s(?:in|here|and|on|out|near|over|en|aquí|y|et|ici|und|hier)\b|\s?[.,!(]|[ \t]*(?:\n|$)|\s[\uD83C-\uDBFF])`,
);
// What SENDER_FROM starts with, tested first: most texts have no sender introducing themselves.
const SENDER_CUE = new RegExp(
  String.raw`\b(?:[Tt]his is|[Ii]t['’]?s|${INTRO_ELSEWHERE})(?: el| la)? \p{Lu}|\p{Ll} from \p{Lu}[^.!?\n]{1,60}\shere\b`,
  'u',
);
const IN_HOUSE =
  /^(?:head office|hr|human resources|maintenance|accounts|payroll|recruitment|uni|university|college|school|home|rostering|dispatch|reception|security|bookings|admin|operations|scheduling|front desk|kitchen|management|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
// "le escribe Ana López de Recursos Humanos de Grupo Alvera": a department, not the employer.
const DEPARTMENT_START =
  /^(?:recursos humanos|rrhh|ressources humaines|personalabteilung|departamento|département|service (?:du |des )?(?:personnel|rh|recrutement)|abteilung|human resources|hr)\b/i;
const FOR_A_CLIENT =
  /\b(?:recruiter|talent partner|on behalf of|client|account|cliente|Kunden?)\b/i;
// A temp agency's mail that names its client in a field below: "te escribe Raquel de Tempo
// Activa ETT" over "Empresa cliente: Logística Ebro Norte S.L.".
const CLIENT_FIELD =
  /^(?:empresa cliente|(?:end |final )?client|cliente|kunde|entreprise utilisatrice)\s*[:：]/im;

function senderFrom(text: string): RegExpExecArray | null {
  const m = SENDER_CUE.test(text) ? SENDER_FROM.exec(text) : null;
  const name = m?.[1];
  if (!m || !name || isJobBoard(name) || isKnownPlace(name)) return null;
  if (IN_HOUSE.test(name) || DEPARTMENT_START.test(name)) return null;
  const around = text.slice(m.index, m.index + m[0].length + 60);
  return FOR_A_CLIENT.test(around) || CLIENT_FIELD.test(text) ? null : m;
}

function joinTeamAt(text: string): RegExpExecArray | null {
  for (let i = text.indexOf(' team '); i >= 0; i = text.indexOf(' team ', i + 1)) {
    const from = text.lastIndexOf('oin', i);
    if (from < 0 || i - from > 8) continue;
    JOIN_TEAM_AT.lastIndex = Math.max(0, from - 1);
    const m = JOIN_TEAM_AT.exec(text);
    if (m?.[1] && isNamePhrase(m[1].replace(/,$/, ''))) return m;
  }
  return null;
}

// "BRENNER & VOGT" over "Steuerberatungsgesellschaft mbH": a letterhead that names the firm on
// one line and its kind of company, with the legal form, on the next.
const KIND_WITH_FORM = /^[\p{L}-]*gesellschaft\s(?:mbH|GmbH|AG|mbB|KG)$/u;

function withNameAbove(
  ctx: ExtractContext,
  found: Evidenced<string> | null,
): Evidenced<string> | null {
  const start = found?.spans[0]?.start;
  if (!found || start === undefined || !KIND_WITH_FORM.test(found.value)) return found;
  const index = lineIndexAt(ctx.lines, start);
  const above = ctx.lines[index - 1];
  const name = above?.text.trim() ?? '';
  if (!above || index > 6 || !isCapitalisedName(name, 5) || !isName(name)) return found;
  const from = above.start + above.text.indexOf(name);
  return evidence(`${name} ${found.value}`, from, found.spans[0]?.end ?? from);
}

// A page's label run into the name ("<span>Company</span> Anglia Shield Security Ltd"), a
// town's population after it ("Ville de Saint-Amand-sur-Loire (18 400 habitants)").
const LABEL_LEAD =
  /^(?:[Cc]ompany|[Ee]mployer|[Ee]mployeur|[Aa]rbeitgeber|[Uu]nternehmen|[Ee]ntreprise|[Ee]mpresa)\s(?=\p{Lu})/u;
// "Ferrocloud (API infrastructure / cloud networking)": what the business does, in a bracket of
// lower-case words after the name (an acronym or "(Pty) Ltd" stays).
const DESCRIPTION_BRACKET = /\s\((?=[^()]*(?:^|[\s/])[a-z]{3,}(?:[\s/]|\)))[^()]{6,60}\)$/;
const POPULATION =
  /\s*\(\d[\d\s.,\u00A0\u202F]*\s?(?:habitants|hab\.|inhabitants|residents|einwohner(?:innen)?|habitantes)\)$/i;

/**
 * A site's name without what leads it as it leads a name in the text (LEADING_ARTICLE): a careers
 * page's "Karriere bei Neckarsulmer Getriebebau", an article, an "About"; and without the careers
 * section after it ("Heartland Reefer Lines Careers").
 */
export function withoutCareersWords(name: string): string {
  return name.replace(LEADING_ARTICLE, '').replace(CAREERS_AFTER, '');
}

// "Heartland Reefer Lines Careers", "Nordwind Logistik Karriere": a careers site's name is the
// employer's with the section after it.
const CAREERS_AFTER =
  /(?<=\S{2})\s+(?:careers?|jobs|career (?:site|portal|center|centre)|karriere(?:portal)?|carrières?|stellenangebote|jobportal)$/i;

// "Über Lumora Energie GmbH", "About Acme": the heading of the company blurb, not the name. "The
// Town of Carrick Falls": a public body's name goes without its article.
const LEADING_ARTICLE =
  /^(?:der|die|das|dem|den|the|The(?= (?:Town|City|County|State|Village|Borough|Municipality|Corporation|District|Province|Commonwealth|Parish|Shire) of\b)|le|la|les|el|los|las|Il(?= (?:Resort|Ristorante|Hotel|Albergo|Gruppo|Centro)\b)|Het(?= (?:Medisch|Centrum|Ziekenhuis)\b)|[Üü]ber|[Aa]bout|[ÀàA] propos de|[Aa]cerca de|[Ss]obre|(?:[Kk]arriere|[Jj]obs|[Cc]areers?|[Cc]arrières?|[Ee]mpleo|[Tt]rabaja) (?:bei|at|chez|en|con))\s(?=\p{Lu})/u;

// "Posted By: Bright Ivy Language Academy <brightivy.recruit@naver.com>": the address after the
// name is no part of it.
const MAIL_ADDRESS_AFTER = /\s*[<(][\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]\s*$/;

/** Whether the text writes `name` somewhere without "The" or "the" before it. */
function namedWithoutThe(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text.slice(Math.max(0, i - 4), i);
    if (before !== 'The ' && before !== 'the ' && before !== 'THE ') return true;
  }
  // A letterhead in capitals counts: "DEPARTMENT OF PUBLIC ENTERPRISE SERVICES".
  const capitals = name.toUpperCase();
  return capitals !== name && namedWithoutThe(text, capitals);
}

function at(start: number, value: string): Evidenced<string> {
  return evidence(value, start, start + value.length);
}

function isName(value: string): boolean {
  // "2025-2029, ROASA recrute": a name has a letter.
  return (
    value.length >= 2 &&
    value.length <= 60 &&
    !NOT_NAME.test(value.trim()) &&
    HAS_LETTER.test(value) &&
    !VIA.test(value)
  );
}

const HAS_LETTER = /\p{L}/u;
// "Via LinkedIn · Singapore · On-site": where the ad came from.
const VIA = /^via\s/i;

// A short capitalised line under the title: "Walmart", "Acme Corp.", not "Sunnyvale, CA".
const LEGAL_SUFFIX =
  /\s(?:GmbH & Co\.? KG(?:aA)?|Pvt\.? Ltd|Private Limited|S\.A\. de C\.V|S\.L\.U|S\.A\.S|e\.V|SE|Ltda|Inc|Ltd|Corp|Co|LLC|K\.K|S\.L|S\.A|SA|SAS|SARL|GmbH|AG|KG|BV|Pte Ltd|Pty Ltd|Sp\. z o\.o|S\.p\.A|Oy|AB|ASA|A\/S|plc)\.?$/;
const ORG_WORD =
  /\b(?:Trust|Council|Group|Company|Services?|Hospitals?|University|College|School|Academy|Bank|Partners|Association|Foundation|Clinic|Health|Healthcare|Systems|Solutions|Technologies|Software|Studio|Agency|Recruitment|Staffing|Consulting|Logistics|Insurance|Media|Labs?|Care Home|Nursing Home|Home Care|Partnership|Collective|Collaborative|Co-?operative|Society|Institute|Alliance|Stadtgemeinde|Marktgemeinde|Gemeinde|Landkreis|Stadtverwaltung|Landratsamt|Bezirksamt|Stadtwerke|Universität|Hochschule|Klinikum|Krankenhaus|Ville|Commune|Mairie|Métropole|Hôpital|Ayuntamiento|Municipalidad|Municipio|Consorci|Consorcio|Diputación|Universidad)\b|\bUniversité(?![a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/;
// Document types and headings printed at the top of a job description; a letterhead's descriptor
// ("An Employee-Owned Company").
const NOT_COMPANY_LINE =
  /^an? (?:[\w-]+ ){1,2}(?:company|firm|business|employer|organi[sz]ation)$|^(?:anuncio|edicto|bases|administración local|république française|república (?:argentina|de chile|de colombia|del perú)|bundesrepublik deutschland)$|^présentation (?:du|de la|de l['’]|des) |^(?:pay|salary|hours|benefits|shifts?|perks|rates? of pay)(?: (?:&|and) (?:pay|salary|hours|benefits|shifts?|conditions|perks|rota))?$|^series [a-f]$|^(?:job|position|role|post) (?:description|profile|specification|advert|listing|posting|details|summary|overview|type|background|context|purpose)|\b(?:full|part)[- ]time$|^(?:rue|avenue|boulevard|promenade|quai|chemin|allée|impasse|cours|calle|avenida|paseo|carrera) (?:de|du|des|d['’]|la|le|les|del|los|las)\b|\b(?:human resources|personnel|recursos humanos|ressources humaines|personal)(?: department| office| dept\.?)?$|^(?:departamento|department|dept\.?|abteilung|servicio|service|direction|office) (?:de |of |des |du |für )?(?:los |the )?(?:recursos humanos|human resources|ressources humaines|personal|rrhh|hr|personnel|recrutement|recruitment|recruiting|talent acquisition|selección)\b|\b(?:vacancy|job) announcement\b|person specification|\b(?:candidate|applicant|recruitment) (?:information )?pack\b|\binformation pack\b|^(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|índice)$|^(?:perfil|propósito|descripción|objetivo) del? (?:cargo|puesto)|^fiche de poste|^stellen(?:ausschreibung|beschreibung|anzeige|profil)|^(?:full|part)[- ]time|^(?:remote|hybrid|on-?site|contract|internship|temporary|senior|junior|mid|entry|engineering|apply|save|share)\b|^(?:level|band|grade|step|scale|classe|catégorie|categoría|nivel|stufe)\s(?:\d{1,2}[a-z]?|[a-z])$|^(?:permanent|fixed[- ]term|whole[- ]time|casual|continuing|specified purpose|indeterminate|ongoing)(?:[\s,/&-]+(?:permanent|fixed[- ]term|whole[- ]time|full[- ]time|part[- ]time|casual|vacation|contract|temporary|continuing))*$|^vacancy notice\b|^(?:liberté|égalité|fraternité)$|^(?:we are|we propose|we look for|we offer)$|^(?:compensation|remuneration|pay|salary)(?: package| (?:&|and) benefits)$/i;

// "Department for Regional Infrastructure (DfRI)": the name's own acronym after it; "Meridian
// Atlas (YC W23)": a startup's Y Combinator batch.
const ACRONYM_AFTER = /\s\((?:(?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z&]{2,10}|YC ?[WSFX]?\d{2})\)$/;

// "Polarbyen kommune, Helse og omsorg", "Odense Kommune, Børn- og Ungeforvaltningen": a body
// named by its organisation word, then its unit (withoutPlaceAfter keeps the body).
function isBodyWithUnit(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma < 0) return false;
  const body = text.slice(0, comma);
  const unit = text.slice(comma + 2);
  return (
    isOrgName(body) &&
    unit.split(' ').length <= 4 &&
    !/[,\d]|^\p{Lu}{2,3}$/u.test(unit) &&
    guessCountry(unit) === null &&
    !isWorldTown(unit) &&
    isNameLine(body)
  );
}

function isNameLine(text: string): boolean {
  if (text.endsWith(')') && ACRONYM_AFTER.test(text)) {
    return isNameLine(text.replace(ACRONYM_AFTER, ''));
  }
  // Pure tests, cheapest first: most header lines fail an early one.
  if (text.length > 64 || !isName(text) || NOT_COMPANY_LINE.test(text)) return false;
  if (isBodyWithUnit(text)) return true;
  // "Reno, NV", "Umeå, AB": a town and its state, not a Dutch "NV" or a Swedish "AB".
  if (STATE_AFTER_COMMA.test(text) && guessCountry(text) !== null) return false;
  const bare = text.includes('**') ? text.replace(/\*\*/g, '') : text;
  // "RIDGEWAY BUILDERS GROUP, LLC": the comma belongs to the legal form.
  const named = stripLegalForm(bare).replace(LEGAL_SUFFIX, '');
  const legal = named.length < bare.length;
  // "Harrow, Keane & Osei LLP": a firm's partners listed before its legal form.
  const unlisted = legal ? named.replace(/,$/, '') : named;
  const core = legal && PARTNER_LIST.test(unlisted) ? unlisted.replace(/,/g, '') : unlisted;
  // Legal names and public bodies run longer: "Department for Buildings and Net Zero".
  // So do names with an organisation word: "St Anselm's C of E Primary School".
  // Letterheads are set in capitals: "CENTRE HOSPITALIER DE VALLON-SUR-RHÔNE".
  const cased = isAllCaps(core) ? displayCase(core) : core;
  // "Council Gardener" is a title, "Kanton Luzern" a public body.
  const organisation =
    ORG_WORD.test(cased) ||
    isOrgName(cased) ||
    (isPublicBodyName(cased) && !TITLE_WORD.test(cased));
  const maxWords = legal || PUBLIC_BODY.test(cased) || organisation ? 8 : 5;
  if (
    /[,:;!?$€£\d]|\.$/.test(core) ||
    !isCapitalisedName(core, maxWords, legal || organisation) ||
    // "Kanzlei Dr. Hoffmann & Partner": the firm's partners, not a job title; a legal form
    // settles it ("Hansekai Ingenieurbau GmbH & Co. KG").
    (!legal &&
      !headedByOrganisation(core) &&
      !OFFICE_OF_HOLDER.test(core) &&
      TITLE_WORD.test(core.includes('& Partner') ? core.replace(FIRM_PARTNERS, '') : core))
  ) {
    return false;
  }
  if (classifyHeading(normaliseHeading(text)) || isHeaderChrome(text)) return false;
  // "Lancashire Teaching Hospitals NHS Trust" names a place but is an organisation.
  // "Private Rheinschule Köln gGmbH", "Clinique Saint-Roch Bruxelles": a legal form or an
  // organisation word outweighs the city in the name.
  return (
    guessCountry(text) === null || organisation || hasLegalForm(text) || isCanadianDepartment(text)
  );
}

// The office of a post's holder is an organisation, though it names the post: "Kettle River
// County Sheriff's Office", "Cook County State's Attorney's Office".
const OFFICE_OF_HOLDER = /\p{L}['’]s (?:Office|Department)$/u;

const OWNER_AFTER_DASH = /^[^-–—]{3,50} [-–—] ([^-–—]{3,60})$/;
const UNIT_AFTER_DASH =
  /^([^-–—]{4,64}?) [-–—] (?:(Directorate|Department|Division|Branch|Unit|Bureau|Directorate-General|Direction|Dirección|Abteilung|Referat)(?= \p{L})|[\p{L} ]{2,30} Region$)/u;

// Canada's federal departments end in the country's name: "Fisheries and Oceans Canada",
// "Employment and Social Development Canada", "Parks Canada"; "Moncton Canada" is a place.
const CANADIAN_DEPARTMENT = /^(\p{Lu}\p{L}+(?:,? (?:and |& )?\p{Lu}\p{L}+)*) Canada$/u;
// A department's name joins its portfolios ("Fisheries and Oceans", "Innovation, Science and
// Economic Development") or is one of a few single words; "Western Canada", "Fort McMurray
// Canada", "Lower Mainland Canada" are places.
const DEPARTMENT_PORTFOLIO =
  /(?: and |, | & )|^(?:Health|Parks|Statistics|Transport|Infrastructure|Elections|Finance|Justice|Service|Shared Services|Public Safety|Veterans Affairs|Global Affairs|Natural Resources|Indigenous Services|Canadian Heritage)$/;

function isCanadianDepartment(text: string): boolean {
  const before = CANADIAN_DEPARTMENT.exec(text)?.[1];
  return before !== undefined && DEPARTMENT_PORTFOLIO.test(before) && guessCountry(before) === null;
}

function isAllCaps(text: string): boolean {
  return text.length > 3 && text === text.toUpperCase() && text !== text.toLowerCase();
}

const FIRM_PARTNERS = /\s?& Partners?\b/g;

// "Northern Rail & Coach Group", "Brightside Nursing Agency": a name whose last word is an
// organisation's kind may hold a job's word ("coach", "nursing") before it. A title starts with
// its own word: "Head of School" stays a title.
function headedByOrganisation(name: string): boolean {
  return endsInOrganisationKind(name) && !TITLE_WORD.test(name.slice(0, name.indexOf(' ')));
}

const STATE_AFTER_COMMA = /, [A-Z]{2}$/;
const PARTNER_LIST = /^\p{Lu}[\p{L}'’-]+(?:, \p{Lu}[\p{L}'’-]+)+,? (?:&|and) \p{Lu}[\p{L}'’-]+$/u;

const PUBLIC_BODY =
  /^(?:Department|Ministry|Office|Agency|Council|Authority|Commission|Ministerio|Ministère|Ministerium|Bundesamt|Landesamt|Secretaría|Direction|Consejería)\b/;

// At most five words (eight before a legal form) besides "&", "and" or "of", each capitalised
// or a connector: "Bank of Nova Scotia", "Sanjeevani Multispeciality Hospital & Research Centre".
const JOINER_WORD = /^(?:&|and|of|und|et|y)$/;

// A legal name may hold one lower-case word past its first: "Laiterie du Nord vaudois SA",
// "Alsterpflege ambulant GmbH". Not a sentence's verb or preposition: "Wir sind Keller
// Haustechnik AG", "Now hiring at Acme SA", "Geplaatst via Hoogland Inhuur B.V.".
const SENTENCE_WORD =
  /^(?:at|our|is|are|we|with|to|by|via|through|join|from|hiring|seeks?|in|on|as|now|for|para|pour|für|por|sind|ist|bei|est|sont|son|está|são|är|zijn|jest|die|der|das|den|dem|zum|zur|chez|within|across)$/;

// German bodies named for their purpose: "… Zentrum für …", "Bundesamt für …".
const GERMAN_BODY =
  /(?:zentrum|institut|gesellschaft|verein|stiftung|verband|amt|akademie|hochschule|klinik|kanzlei|schule|ministerium|stelle|anstalt|werk|kammer|büro|agentur)$/i;

function isCapitalisedName(core: string, maxWords = 5, legal = false): boolean {
  const words = core.split(/\s+/);
  let joiners = 0;
  for (const w of words) if (JOINER_WORD.test(w)) joiners++;
  let lower = legal ? 1 : 0;
  return (
    words.length - Math.min(joiners, 2) <= maxWords &&
    words.every(
      (w, i) =>
        (i > 0 && /^\p{Ll}{3,}$/u.test(w) && !SENTENCE_WORD.test(w) && lower-- > 0) ||
        // "Steirisches Zentrum für Kreislaufwirtschaft", "Institut für Küstenforschung".
        (w === 'für' && GERMAN_BODY.test(words[i - 1] ?? '')) ||
        // Any upper-case letter: Māori and Polish names ("Te Awa Ōtautahi", "Łódź").
        /^[\p{Lu}\d&+]/u.test(w) ||
        // Particles, and elided ones before a capital: "Clinique des Monts d'Or", "Mar i Brasa",
        // Māori "o" ("Te Whare Ako o Halswell School").
        /^(?:of|for|the|de|du|des|la|le|del|&|and|und|y|i|e|et|da|do|dos|von|van|der|di|o)$/.test(
          w,
        ) ||
        /^[dl]['’][A-Z\u00C0-\u00DE]/.test(w),
    )
  );
}

// The labels a careers bulletin prints alone on a line above their values.
const GRID_LABEL =
  /^(?:department|division|unit|section|job type|employment type|position type|work type|job category|category|location|work location|salary|pay range|pay grade|grade|hours|schedule|shift|opening date|closing date|posting date|job number|job id|bargaining unit|reports to|flsa(?: status)?)$/i;
// A department's value may be the employer itself ("Department" / "Texas Department of
// Transportation"): only a bare unit's name ("Police", "Public Works") is passed over.
const GRID_UNIT_LABEL = /^(?:department|division|unit|section)$/i;

function isGridValue(label: Line | undefined, value: string): boolean {
  if (!label || label.kind === 'list-item') return false;
  const text = label.text.trim();
  if (!GRID_LABEL.test(text)) return false;
  return (
    !GRID_UNIT_LABEL.test(text) ||
    !(
      hasLegalForm(value) ||
      ORG_WORD.test(value) ||
      /\b(?:Department|Ministry|Agency|Office|Authority|Commission|Bureau)\b/.test(value)
    )
  );
}

const HEADER_END =
  /^(?:meet the hiring team|about the job|full job description|job description|people you can reach out to)$/i;

// "<Company> · <place> · ..." / "<Company> | <place>": the name before the first separator.
const BOARD_LINE = /^([^·•|]{2,50})\s[·•|]\s([^·•|]{2,60})/;

// BOARD_LINE backtracks through every name length when no separator follows: test for one first.
function hasBoardSeparator(text: string): boolean {
  return text.includes('·') || text.includes('•') || text.includes('|');
}

function isPlaceSegment(text: string): boolean {
  return guessCountry(text) !== null || /^remote\b/i.test(text.trim()) || isPlaceText(text.trim());
}

function stripTail(name: string): string {
  return name.replace(/\s+(?:Global Tech|Careers|Jobs)$/, '');
}

// Fallback: the capitalised word the text uses most in mid-sentence ("within Walmart",
// "paid for by Walmart", "Walmart's"); acronyms and title words do not count. The lookahead
// tests the capital before the lookbehind, which costs more, at each position.
const MID_SENTENCE_NAME =
  /(?=[A-Z\u00C0-\u00DE])(?<=[a-z\u00DF-\u00FF,;)] |\bat |\bby |\bjoin )([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{2,}(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)?)(?![a-zA-Z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/g;
const COMMON =
  /^(?:Must|Should|Will|Can|Please|Apply|Hiring|Join|Ideally|Candidates|Applicants|University|College|Department|Studio|Coast|Search|Microsoft|Google|Amazon|Apple|Adobe|Oracle|Cambridge|Oxford|Kunden|Client|Clients|Remote|Hybrid|Híbrido|Remoto|The|This|Our|We|You|Your|Data|Science|Learning|Machine|Search|Product|Engineering|Python|Java|Scala|English|Spanish|French|German|Team|Teams|Business|Services|Systems|Management|Experience|Group|Office|Monday|Friday|January|June|July|Option|Degree|Bachelor|Master|Bac|Licence|Abitur|Matura|Computer|Information|Technology|Statistics|Mathematics|Economics|Analytics|Applied|Research|Operations|Health|Insurance|Paid|Time|Care|Support|Sales|Customer|Development|Design|Cloud|Platform|Software|Engineer|Manager|Senior|Staff|Equal|Opportunity|Employer|Benefits|Vision|Dental|Medical|Program|Programs|Club|Better|Language|Tuition)$/;

// "France Travail", "Trade Me Jobs": a board's brand is one name, its last word no company.
function inBoardName(text: string, start: number, name: string): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 30);
  // isJobBoard holds only for a board's name ending in `name`, or for a board's name (maybe
  // after "www.") and then a place: most names fail this before any phrase is built.
  if (!canEndBoardName(name)) {
    const last = text.slice(Math.max(from, text.lastIndexOf(' ', start - 2) + 1), start - 1);
    if (!canEndBoardName(last) && !canEndBoardName(last.slice(4))) return false;
  }
  const words = text.slice(from, start).split(' ');
  for (let i = words.length - 2; i >= Math.max(0, words.length - 4); i--) {
    if (isJobBoard(`${words.slice(i).join(' ')}${name}`)) return true;
  }
  return false;
}

// n: the weighted count; at: where it was seen ("Lloyd's" is one mention, not a name and a
// possessive).
type Mentions = Map<string, { n: number; start: number; at: Set<number> }>;

// Module level, not a closure in mostMentioned: the module runner names each closure as it is
// created, a cost on every call.
function addMention(counts: Mentions, name: string, start: number, weight: number): void {
  // "Le Havre", "Calgary": a town named often is where the job is, not who offers it.
  if (COMMON.test(name) || TITLE_WORD.test(name) || !isName(name) || isKnownPlace(name)) return;
  const seen = counts.get(name);
  if (seen) {
    seen.n += weight;
    seen.at.add(start);
  } else counts.set(name, { n: weight, start, at: new Set([start]) });
}

// A social post's author line: "Founder & Creative Director at Foxglove & Fern | Brand identity
// for ..." over "We're looking for a Mid-weight Graphic Designer to join our team".
const POSTER_HEADLINE = new RegExp(String.raw`^([^|@·]{2,60}?) (?:at|@) (${NAME})\s*(?:[|·•(]|$)`);
const HIRING_POST =
  /\b(?:we['’]re|we are|i['’]m|i am) (?:hiring|looking for|recruiting)\b|\bjoin (?:our|my) team\b/i;

function posterEmployer(header: Line[]): Evidenced<string> | null {
  for (const line of header.slice(0, 4)) {
    const m = line.text.length < 200 ? POSTER_HEADLINE.exec(line.text) : null;
    const role = m?.[1];
    const name = m?.[2]?.trim();
    if (!m || !role || !name || !TITLE_WORD.test(role) || !isNameLine(name)) continue;
    if (!header.some((l) => HIRING_POST.test(l.text))) return null;
    return at(line.start + line.text.indexOf(name, role.length), name);
  }
  return null;
}

// "dana@ledgerlane.io" and "I'm the talent partner at Ledgerlane": the name its domain spells.
function nameOfOwnDomainIn(ctx: ExtractContext, header: Line[]): Evidenced<string> | null {
  const own = nameOfOwnDomain(ctx.text, (name) => ORG_WORD.test(name) || isOrgName(name));
  if (!own || !isName(own.value) || TITLE_WORD.test(own.value)) return null;
  return fullNameAtTop(own, header);
}

// "De : Le Comptoir du Phare <contact@comptoirduphare-biarritz.fr>": a mail sent from a role's
// address comes from the organisation its display name names, not from a person.
const MAIL_FROM = /^(?:from|de|von|van)\s?:\s*"?([^"<]{2,60}?)"?\s*<([a-z.\-_]+)@[^>\s]+>/i;
const ROLE_ACCOUNT =
  /^(?:contact|info|jobs?|careers?|hr|rh|recrutement|recruiting|recruitment|talent|bewerbung|karriere|empleo|empleos|rrhh|hello|hola|bonjour|team|office)$/i;

function senderOrganisation(ctx: ExtractContext): Evidenced<string> | null {
  for (const line of ctx.lines.slice(0, 8)) {
    const m = MAIL_FROM.exec(line.text);
    const name = m?.[1]?.trim();
    if (m && name && ROLE_ACCOUNT.test(m[2] ?? '') && isName(name) && isCapitalisedName(name, 6)) {
      return at(line.start + line.text.indexOf(name), name);
    }
  }
  return null;
}

const GREETING_BEFORE =
  /(?:^|\s)(?:bonjour|bonsoir|salut|hello|hi|hey|dear|hola|hallo|cher|chère|liebe[r]?|querid[oa]|estimad[oa])\s$/i;

const UNNAMED_CLIENT_SAID =
  /\b(?:confidential (?:search|assignment|mandate)|(?:unable|not able|can(?:no|['’])t) (?:to )?(?:share|disclose|name|reveal) (?:the |my |our )?client(?:['’]s)?(?: name)?|(?:client|they) (?:wish(?:es)?|prefers?|would like) to remain (?:anonymous|confidential)|on behalf of an? (?:unnamed|confidential|undisclosed) )/i;

// "From: Marcus Teo <...>", "To: ...": the people a mail went between, named on every reply.
const MAIL_HEADER = /^(?:from|to|cc|sent|von|an|de|à|para|envoyé)\s?:/i;

function onMailHeader(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  return MAIL_HEADER.test(text.slice(start, start + 10));
}

// "[9/1/25, 19:32:14] Academia Brightside Valencia: Hola a todos! Buscamos ...": a chat ad
// posted under an organisation's own name.
function chatSenderOrganisation(ctx: ExtractContext): Evidenced<string> | null {
  const first = ctx.lines[0];
  if (!first) return null;
  const sender = chatSender(first.text);
  const name = sender?.name ?? '';
  if (sender && isOrganisationSender(name) && isNameLine(name)) {
    return at(first.start + sender.start, name);
  }
  // A text message's sender: "Harbourview Inn: Hi Jenna! Reminder – …" (not a chat's label,
  // "Grupo: Empleo Hogar").
  const texter = sender ? null : TEXT_MESSAGE_SENDER.exec(first.text)?.[1];
  if (texter?.includes(' ') && isOrganisationSender(texter) && isNameLine(texter)) {
    return at(first.start, texter);
  }
  // "[08-04-2024 7:03] Hernán Sepúlveda (Transportes Quilapán): …": a sender's employer, in one
  // of the first messages.
  for (const line of ctx.lines.slice(0, SENDER_EMPLOYER_LINES)) {
    const named = chatSender(line.text);
    const own = named ? SENDER_EMPLOYER.exec(named.name) : null;
    const employer = own?.[1];
    // "(Transportes Quilapán)", "(Zaryad.ai)", not a note: "(Group Admin)", "(Mamá de Sofi)".
    if (named && own && employer && isNameLine(employer) && !SENDER_NOTE.test(employer)) {
      return at(line.start + named.start + own[0].indexOf(employer), employer);
    }
  }
  return null;
}

/** A sender's or a post author's name that is an organisation's: a legal form, a kind, a venue. */
function isOrganisationName(name: string): boolean {
  return hasLegalForm(name) || ORG_WORD.test(name) || isOrgName(name) || VENUE_KIND.test(name);
}

// A text message's sender also by its last word: "Harbourview Inn", "Cedar Valley School District".
function isOrganisationSender(name: string): boolean {
  return isOrganisationName(name) || VENUE_LAST.test(name) || endsInOrganisationKind(name);
}

const VENUE_LAST =
  /\s(?:Inn|Hotel|Motel|Lodge|Resort|Café|Cafe|Bakery|Bistro|Pub|Restaurant|Diner|Grill|Salon|Pharmacy|Garage|Farm|Winery|Brewery)$/;

// Word edges by lookaround, not \b: "Mamá", "Dueña" end or hold accented letters.
const SENDER_NOTE =
  /(?<!\p{L})(?:admin|administrator|moderator|mod|owner|dueñ[oa]|mam[aá]|pap[aá]|vecin[oa]|amig[oa]|prim[oa]|t[ií][oa]|hr|rrhh)(?!\p{L})/iu;
const TEXT_MESSAGE_SENDER =
  /^(\p{Lu}[\p{L}&'’. -]{1,40}?): (?:hi|hey|hello|hej|hola|olá|bonjour|hallo|dear|reminder)\b/iu;
const SENDER_EMPLOYER_LINES = 4;

const SENDER_EMPLOYER =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} \((\p{Lu}[\p{L}&'’. -]{2,50})\)$/u;

// A Facebook group post's author over its time and audience: "Rusty's Auto & Diesel" over "2d ·
// 🌐". Only an organisation's name: a person posting for a family or a friend names no employer.
const KIN =
  /['’]s (?:mom|mum|dad|mother|father|family|wife|husband|sister|brother|daughter|son|kids|nan|grandma|grandpa)\b/i;

/** Whether the found name is alone on a line over a social post's time stamp. */
function isPostAuthorLine(ctx: ExtractContext, found: Evidenced<string>): boolean {
  const i = lineIndexAt(ctx.lines, found.spans[0]?.start ?? 0);
  return (
    i < 12 && ctx.lines[i]?.text.trim() === found.value && isPostStamp(ctx.lines[i + 1]?.text ?? '')
  );
}

function postAuthorOrganisation(header: Line[]): Evidenced<string> | null {
  for (let i = 0; i + 1 < Math.min(header.length, 8); i++) {
    const line = header[i];
    if (!line || !isPostStamp(header[i + 1]?.text ?? '')) continue;
    const name = line.text.trim();
    // "Rusty's Auto & Diesel", not "Jenny's Mom" or "Dave & Linda Morris".
    const organisation = isOrganisationName(name) || (/['’]s\s/.test(name) && !KIN.test(name));
    if (organisation && isNameLine(name)) {
      return at(line.start + line.text.indexOf(name), name);
    }
  }
  return null;
}

// Shops and venues post under their own names: "Bar Restaurante La Malvarrosa", "Café Lumen".
const VENUE_KIND =
  /^(?:bar|restaurante?|café|cafe|cafetería|hotel|hôtel|hostal|clínica|clinique|farmacia|pharmacie|pharmacy|academia|taller|tienda|boutique|salon|salón|peluquería|panadería|boulangerie|bäckerei|gasthaus|pizzeria|trattoria|brasserie)(?![\w\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/i;

function onChatHeader(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const c = text.charCodeAt(start);
  if (c !== 0x5b && !(c >= 48 && c <= 57)) return false;
  return at < start + chatMessageStart(text.slice(start, start + 120));
}

const SURNAME_PARTICLE_BEFORE =
  /\p{Lu}\p{Ll}+ (?:van|von|de|der|den|da|di|du|del|della|dos|das|ten|ter|la|le)(?: (?:der|den|de|la))? $/u;

function afterCapitalisedWord(text: string, at: number): boolean {
  let i = at - 2;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  const first = text.charCodeAt(i + 1);
  return i + 1 < at - 1 && first >= 0x41 && first <= 0x5a;
}

function mostMentioned(ctx: ExtractContext): Evidenced<string> | null {
  const counts: Mentions = new Map();
  MID_SENTENCE_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MID_SENTENCE_NAME.exec(ctx.text)) !== null) {
    if (inBoardName(ctx.text, m.index, m[1] ?? '') || onMailHeader(ctx.text, m.index)) continue;
    // "Kobo Ledger", "Foundation Phase": the last word of a longer name is not a name alone.
    if (afterCapitalisedWord(ctx.text, m.index)) continue;
    // "Floor van Dijk", "Ana de Souza": a surname after its particle.
    if (SURNAME_PARTICLE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "[3/9/26, 11:26:04 AM] Rohan Mehta GHS: ...": the sender of a chat message.
    if (onChatHeader(ctx.text, m.index)) continue;
    // "Bonjour Lucas,": the reader greeted, not the employer.
    if (GREETING_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "a Band 6 Physiotherapist", "Grade 5": a scale's word before its number.
    const after = m.index + (m[1]?.length ?? 0);
    if (ctx.text.charCodeAt(after) === 0x20 && isDigit(ctx.text.charCodeAt(after + 1))) continue;
    addMention(counts, m[1] ?? '', m.index, 1);
  }
  let possessives = 0;
  for (const re of [JOIN, POSSESSIVE]) {
    re.lastIndex = 0;
    while ((m = re.exec(ctx.text)) !== null) {
      const words = (m[1] ?? '').split(/\s/);
      const name = (re === JOIN ? words[0] : words[words.length - 1]) ?? '';
      // Checked for the first possessives only: each check reads the whole text.
      if (
        re === POSSESSIVE &&
        ++possessives <= PLACE_CHECKS &&
        isPlaceName(ctx.text, m.index + m[0].length)
      ) {
        continue;
      }
      addMention(counts, name, m.index + m[0].indexOf(name), 2);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  const best = ranked[0];
  const second = ranked[1];
  if (!best || best[1].n < 3 || best[1].at.size < 2) return null;
  if (second && second[1].n * 1.5 > best[1].n) return null;
  // "the Mine Health and Safety Act", "Life of Mine" beside "the mine achieves": a word the text
  // also writes in lower case is a common noun, not a name.
  if (new RegExp(String.raw`(?<![\p{L}])${best[0].toLowerCase()}(?![\p{L}])`, 'u').test(ctx.text)) {
    return null;
  }
  return at(best[1].start, best[0]);
}
