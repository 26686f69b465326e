/**
 * Lines at the top of a scraped posting that belong to the site, not to the job: the board's
 * brand ("StepStone", "MyCareersFuture.gov.sg"), its menu ("Jobs  Companies  Services"),
 * buttons ("Postuler"), page words ("Stellenangebot") and meta values ("Vollzeit", "CDI").
 * Company and title skip them. Whole-line tests only, so "LinkedIn Corporation" stays a name.
 */
import { JOB_OF_THE_PERIOD } from '../clean/newsletter';
import { isClockStamp } from '../clean/mail-thread';
import boardData from './job-boards.json';
import { isKnownPlace } from './country';

const BOARDS = new Set(boardData.boards);

// A domain that says it is a job site: "karriere.at", "elempleo.com", "MyCareersFuture.gov.sg".
const JOB_DOMAIN =
  /^[\w-]*(?:job|career|karriere|stellen|emploi|empleo|trabajo|recrut)[\w-]*(?:\.[a-z]{2,4}){1,3}$/i;

// Mail and chat apps: a saved webmail or chat page's title ends in the app's name ("Your offer
// from X - Gmail"); a chat export names its app. Never the employer (company.ts's NOT_NAME
// reads these words too).
export const MAIL_OR_CHAT_APPS = String.raw`gmail|outlook|outlook web app|owa|mail|webmail(?: \S+)?|yahoo(?:!)? mail|proton ?mail|roundcube(?: webmail)?|zimbra|icloud mail|gmx|web\.de|aol mail|fastmail|thunderbird|slack|microsoft teams|teams|whatsapp|whatsapp web|telegram(?: web)?|discord|signal|messenger|linkedin messaging|text messages?|imessage|sms|messages`;
const MAIL_OR_CHAT_APP = new RegExp(`^(?:${MAIL_OR_CHAT_APPS})$`, 'i');

/** Whether a page's site name is a mail or chat app's, never the employer. */
export function isMailOrChatApp(text: string): boolean {
  return MAIL_OR_CHAT_APP.test(text.trim());
}

/** Whether the text is exactly a job board's or career site's brand. */
// "bayt.com", "jobillico.com", "reed.co.uk": a board's name with its domain.
const DOMAIN_END =
  /\.(?:com|net|org|co\.uk|co\.za|com\.au|co\.nz|co\.in|ca|de|fr|es|ch|at|be|ie|in|sg|ae|mx|ar|co|cl|pe|com\.mx|com\.ar)$/;

export function isJobBoard(text: string): boolean {
  let key = text.trim().toLowerCase();
  if (key.startsWith('www.')) key = key.slice(4);
  return (
    BOARDS.has(key) ||
    (key.includes('.') && BOARDS.has(key.replace(DOMAIN_END, ''))) ||
    (key.includes('.') && JOB_DOMAIN.test(key)) ||
    isBoardWithCountry(key, text.trim())
  );
}

// The last word of each board's name: a phrase names a board, or a board and its country, only
// when its last word or the one before is one of these.
const BOARD_LAST_WORDS = new Set(boardData.boards.map((b) => b.slice(b.lastIndexOf(' ') + 1)));

/** Whether a word can end a job board's name, so that the phrase it ends can be one. */
export function canEndBoardName(word: string): boolean {
  return BOARD_LAST_WORDS.has(word.toLowerCase());
}

// Boards run one site per country and print it: "BrighterMonday Kenya", "Jobberman Nigeria",
// "SEEK  |  New Zealand".
const BOARD_COUNTRY_CUT = /^(.+?)\s*[|·•–—]\s*(\S.*)$/;
function isBoardWithCountry(key: string, text: string): boolean {
  const cut = key.lastIndexOf(' ');
  if (cut > 0 && BOARDS.has(key.slice(0, cut))) {
    return isKnownPlace(text.slice(text.length - key.length + cut + 1));
  }
  // Short lines only: the lazy cut backtracks over a long run of spaces.
  const parts = text.length <= 80 ? BOARD_COUNTRY_CUT.exec(text) : null;
  return parts !== null && BOARDS.has(parts[1]!.toLowerCase()) && isKnownPlace(parts[2]!);
}

// A breadcrumb under the brand: "Home > Jobs > Agriculture, Fishing & Forestry", "Главная /
// Вакансии / Транспорт, логистика / Водитель категории C".
const BREADCRUMB =
  /^(?:home|jobs|accueil|inicio|startseite|главная|головна|ana sayfa|strona główna)\s?(?:[>›»]|\/(?=[^/\n]+\/))\s/i;
// Any trail of three crumbs: "Careers > Current Openings > Litigation Paralegal".
const TRAIL = /^[^>›»\n]{1,40}(?:\s[>›»]\s[^>›»\n]{1,80}){2,6}$/;

function hasCrumbArrow(text: string): boolean {
  return text.includes(' > ') || text.includes(' › ') || text.includes(' » ');
}

// Values of meta fields, buttons and page words in EN/DE/FR/ES: never a company or a title.
const META_WORD = new Set(
  [
    // employment type
    'full-time',
    'full time',
    'fulltime',
    'part-time',
    'part time',
    'permanent',
    'temporary',
    'contract',
    'contractor',
    'casual',
    'freelance',
    'internship',
    'regular',
    'vollzeit',
    'teilzeit',
    'festanstellung',
    'feste anstellung',
    'unbefristet',
    'befristet',
    'minijob',
    'werkstudent',
    'praktikum',
    'ausbildung',
    'cdi',
    'cdd',
    'intérim',
    'interim',
    'stage',
    'alternance',
    'temps plein',
    'temps partiel',
    'indefinido',
    'temporal',
    'jornada completa',
    'media jornada',
    'tiempo completo',
    'medio tiempo',
    'prácticas',
    // a board's level chip ("Permanent, full-time" over "Graduate" on Reed)
    'graduate',
    'entry level',
    'entry-level',
    'mid-senior level',
    'mid-level',
    'associate level',
    'executive level',
    // buttons
    'apply',
    'apply now',
    'easy apply',
    'quick apply',
    'save',
    'save job',
    'watchlist',
    'add to watchlist',
    'shortlist',
    'share',
    'bewerben',
    'jetzt bewerben',
    'schnellbewerbung',
    'direktbewerbung',
    'teilen',
    'candidature express',
    'candidature simplifiée',
    'postulación rápida',
    'merken',
    'postuler',
    'postuler maintenant',
    'candidater',
    'postularme',
    'guardar',
    'guardar aviso',
    'guardar oferta',
    'sauvegarder',
    'enregistrer',
    'speichern',
    'aplicar',
    'inscribirme',
    'inscribirme en esta oferta',
    'sign in',
    'employer site',
    'talk to a recruiter',
    'chat with a recruiter',
    'jobs finden',
    'unternehmensbewertungen',
    'gehälter finden',
    'company reviews',
    'find salaries',
    'stellen finden',
    'trouver un emploi',
    'buscar empleo',
    'buscar empleos',
    'sign up',
    'log in',
    'register',
    'menu',
    'home',
    // language switchers, search and message chrome
    'english',
    'français',
    'francais',
    'deutsch',
    'español',
    'nederlands',
    'italiano',
    'inmail',
    'messaging',
    'my network',
    'notifications',
    'search',
    'rechercher',
    'suchen',
    'buscar',
    'jobs',
    'skip to main content',
    'skip to content',
    'skip to search',
    'skip navigation',
    'accéder au contenu principal',
    'aller au contenu',
    'aller au contenu principal',
    'passer au contenu principal',
    'zum inhalt springen',
    'zum hauptinhalt springen',
    'direkt zum inhalt',
    'ir al contenido',
    'ir al contenido principal',
    'saltar al contenido principal',
    'vai al contenuto',
    'vai al contenuto principale',
    'naar de inhoud',
    'ga naar de inhoud',
    'spring naar inhoud',
    'pular para o conteúdo',
    'ir para o conteúdo principal',
    'passer au contenu principal',
    'aller au contenu principal',
    'ir al contenido principal',
    'saltar al contenido principal',
    'zum inhalt springen',
    'direkt zum inhalt',
    'zum hauptinhalt springen',
    'post a job',
    'anmelden',
    'se connecter',
    // page words and section headings boards print above the job
    'stellenangebot',
    'stellenanzeige',
    'jobangebot',
    'projektbeschreibung',
    'stellenbeschreibung',
    'jobbeschreibung',
    'offre',
    "offre d'emploi",
    'annonce',
    'descriptif du poste',
    'le poste',
    'oferta',
    'oferta de empleo',
    'descripción',
    'job offer',
    'job posting',
    'job advert',
    // A public body's PDF names the document in its page header.
    'candidate information booklet',
    'candidate information pack',
    'candidate pack',
    'applicant information pack',
    'recruitment pack',
    'vacancy',
    'vacature',
    'vacatures',
    'vacante',
    'vacantes',
    'vaga',
    'vacatura',
    'vakanz',
    'ledig stilling',
    'ledig stelling',
    'lediga tjänster',
    'wakat',
    // a careers page's heading under the organisation's name
    'employment opportunities',
    'job opportunities',
    'career opportunities',
    'current opportunities',
    'current openings',
    'job openings',
    'open positions',
    'current vacancies',
    'vacancies',
    'stellenangebote',
    'offres d’emploi',
    "offres d'emploi",
    'ofertas de empleo',
    'bolsa de trabajo',
    // a field label printed alone above its value
    'employer',
    'employeur',
    // a table row's label cell ("Job ID | R-240917" in an HTML meta table)
    'job id',
    'job number',
    'reference',
    'ref',
    'arbeitgeber',
    'empleador',
    'weekly',
    'monthly',
    'daily',
    'hourly',
    // a board's search form and menu copied with the page ("What" / "Where" / "Find jobs"),
    // follow buttons, date labels, a gig app's how-to heading, a shift's name alone
    'what',
    'where',
    'find jobs',
    'find a job',
    'for employers',
    'employers',
    'employers / post job',
    'upload your resume',
    'follow',
    'suivre',
    'folgen',
    'seguir',
    'fecha',
    'date',
    'datum',
    'how it works',
    'how to apply',
    'nights',
    'days',
    'hours',
    'working week',
    'working hours',
    'edited',
    'karriere',
    'initial posting date',
    'posting date',
    'closing date',
    'category',
    'categoría',
    'catégorie',
    'kategorie',
    // buttons of boards in Central and Eastern Europe, Greece, Turkey, the Baltics and the
    // Nordics ("Відгукнутися     Зберегти", "[ Кандидатствай ]"). Not a one-word button that is
    // also a shop's name ("Spara", "Netto")
    'відгукнутися',
    'зберегти',
    'поскаржитися',
    'поділитися',
    'откликнуться',
    'сохранить',
    'пожаловаться',
    'поделиться',
    'кандидатствай',
    'запази',
    'сподели',
    'пријави се',
    'сачувај',
    'сачувај оглас',
    'prijavi se',
    'spremi oglas',
    'αποθήκευση',
    'αίτηση',
    'υποβολή αίτησης',
    'κάνε αίτηση',
    'κοινοποίηση',
    'başvur',
    'hemen başvur',
    'paylaş',
    'pieteikties',
    'saglabāt',
    'ziņot par sludinājumu',
    'siųsti cv',
    'išsaugoti',
    'kandideeri',
    'kandideerin',
    'jelentkezés',
    'megosztás',
    'aplică',
    'aplică acum',
    'salvează',
    'ansök nu',
    'sök jobbet',
    'søk på stillingen',
    'hae paikkaa',
    // Portuguese, Polish, Czech, Turkish, Romanian and Hungarian buttons and page words: a
    // board's "Candidatar-se", "Aplikuj", "Açık Pozisyon", a notice's "ANUNȚ DE ANGAJARE".
    'candidatar-se',
    'candidate-se',
    'quero me candidatar',
    'salvar vaga',
    'oportunidade',
    'aplikuj',
    'aplikuj teraz',
    'zapisz',
    'zapisz ogłoszenie',
    'obserwuj',
    'odpovědět',
    'reagovat',
    'reagovat na nabídku',
    'uložit',
    'açık pozisyon',
    'iş ilanı',
    'kaydet',
    'anunț de angajare',
    // Malay and Indonesian notices' words: "JAWATAN KOSONG" (vacancy), "Mohon Sekarang" (apply now).
    'jawatan kosong',
    'kekosongan jawatan',
    'mohon sekarang',
    'lamar sekarang',
    'anunț',
    'salvează anunțul',
    'állásajánlat',
    'álláshirdetés',
    'jelentkezem',
    'mentés',
    'opis',
    'opis stanowiska',
    'descrição',
    'descrição da vaga',
    'popis pozice',
    'iş tanımı',
    'descriere',
    'leírás',
  ].map((w) => w.toLowerCase()),
);

const LETTER_OR_DIGIT = /[\p{L}\d]/u;
// Marks around a button's word: "☆ ", "[ ", " ]".
const MARKS = /^[^\p{L}\d]+|[^\p{L}\d]+$/gu;
const META_FIRST = new Set([...META_WORD].map((w) => w.split(/[\s/]/)[0]));

// "Vollzeit / Teilzeit", "Permanent, Full Time": every part a meta word.
// MyCareersFuture lays its meta row out in columns: "Permanent   Full Time".
const META_SPLIT = /\s*(?:[/,|·•]|\s(?:und|oder|ou|et|o|y|or|and)\s|\s{2,})\s*/i;
// iCIMS and similar print field rows without a colon: "Category Skilled Trades", "Type Regular".
const FIELD_ROW =
  /^(?:category|job (?:id|type|category|function|family)|req(?:uisition)? (?:id|#)|branche|catégorie|categoría)\s+(?!of\b|for\b|and\b)\S/i;
// A recruiter's contact field in an ad's fact block: "Consultant: Daniel Ashworth".
const CONTACT_FIELD =
  /^(?:consultant|recruiter|recruiting contact|contact(?: person)?|hiring manager|ansprechpartner(?:in)?|kontakt(?:person)?|interlocut(?:eur|rice)|contacto|reclutador(?:a)?)\s?[:：]/i;
// A board's posting age: "Publicado hace 5 días", "Posted 3 days ago", "il y a 2 jours".
const POSTED_AGE =
  /^(?:(?:re)?posted|publicado|publicada|publié(?:e)?|veröffentlicht|actualizado)\b[^.]{0,30}\b(?:ago|hace|il y a|vor)\b|^(?:hace|il y a|vor) \d{1,2} (?:días?|horas?|jours?|heures?|tagen?|stunden)$/i;
// A German public body's letterhead: "Der Bürgermeister", "Die Landrätin".
// A document's kind as its heading: "OFFRE DE STAGE", "Stellenausschreibung", "Job posting".
const DOCUMENT_KIND =
  /^(?:(?:classified|certificated|certified|internal|external|exempt|faculty|academic|public|current|new|interne|externe) )?(?:ausschreibung|employment opportunit(?:y|ies)|position (?:opening|vacancy)|offre d['’]emploi|offre de stage|offre d['’]alternance|fiche de poste|positionsprofil|stellenprofil|anforderungsprofil|position profile|role profile|profil de poste|perfil del puesto|stellenausschreibung|stellenangebot|stellenanzeige|job posting|job announcement|job advert(?:isement)?|vacancy notice|oferta de empleo|oferta laboral|avis de recrutement|avis de vacance(?: de poste)?|appel à candidatures|position announcement|vacancy announcement|job vacancy|position profile|confidential position profile|position description|job description|terms of reference|termes de référence|términos de referencia|call for (?:applications|expressions? of interest|proposals)|request for proposals?|job opening|job opportunity|(?:job )?requisition)(?: n[°º]\s?\S+|\s?[—–:#-]\s?(?=[A-Z0-9-]*\d)[A-Z0-9-]{3,20})?$/i;

// Arabic: "إعلان وظيفة", "إعلان شاغر وظيفي", "وظيفة شاغرة – سلطنة عُمان", "إعلان وظيفي رقم (27 /
// 1446هـ)", "فرصة عمل": a notice's kind, with its number or place.
const ARABIC_DOCUMENT_KIND =
  /^(?:إعلان (?:وظيفة|وظيفي|توظيف|عن وظيفة|عن وظائف|شاغر(?: وظيفي)?)|وظيفة شاغرة|وظائف شاغرة|فرصة عمل|فرص عمل)(?:\s?(?:رقم|[–—:-])\s?[^\n]{1,30})?$/;

/** Whether a line is only a document's kind ("POSITION ANNOUNCEMENT", "Stellenausschreibung"). */
export function isDocumentKind(text: string): boolean {
  const t = text.trim();
  return DOCUMENT_KIND.test(t) || ARABIC_DOCUMENT_KIND.test(t);
}
// A board's search box copied as one line: "Quoi ?  aide soignant", "What  truck driver".
// A cookie banner copied with the page: "Jobindex bruger cookies til statistik og annoncering.
// [Accepter alle] [Afvis]", "We use cookies to improve your experience. Accept all".
const COOKIE = /\bcookies\b/i;
const CONSENT =
  /\[[^\]\n]{1,30}\]|\b(?:accept(?:er|era|eer)?|akzeptier\w*|acepta\w*|aceitar|accett\w*|godkend\w*|godta|reject|ablehnen|refuser|rechaz\w*|rifiut\w*|afvis|weiger\w*|avvisa|avvis|we use|wir verwenden|nous utilisons|utilizamos|bruger|använder|gebruikt)\b/i;

function isCookieBanner(text: string): boolean {
  return COOKIE.test(text) && CONSENT.test(text) && text.split(/\s+/).length >= 5;
}

// Indeed Japan's heading of the search the page came from: "「ホールスタッフ」の求人 - 大阪府 大阪市北区".
const SEARCH_RESULTS_JA =
  /^「[^」\n]{1,40}」の(?:求人|仕事|アルバイト・バイト)(?:\s?[-–]\s?[^\n]{0,40})?$/;
const SEARCH_BOX = /^(?:quoi|où|what|where|was|wo|qué|dónde)\s?\??\s{2,}\S/i;
// A search form copied with its fields, whole or cut into cells: "Was suchst du?  [Koch]   PLZ
// oder Ort [München]", "[Finden]".
const FORM_FIELDS = /^(?:[^[\]\n]{0,40}\[[^\]\n]{1,30}\]\s*)+$/;
// A classified ad's seller type: "Recruiter type: Private", "Anbieter: Gewerblich".
const ADVERTISER =
  /^(?:recruiter type|advertised by|advertiser|seller type|anbieter|annonceur|type d['’]annonceur|vendeur|anunciante)\s*:\s*(?:private|privat|professional|professionnel|particulier|gewerblich|business|dealer|agency|particular|profesional)\b/i;
const AUTHORITY_HEAD =
  /^(?:der|die) (?:ober)?(?:bürgermeister(?:in)?|landrat|landrätin|präsident(?:in)?|intendant(?:in)?)(?:$|\s[–—-]\s)/i;
// A social post's hashtag line: "#recrutement #agritech #commercial #Lille".
const HASHTAGS = /^(?:#[\p{L}\d_]+[\s,]*){2,}$/u;
// A chat's channel over its messages: "#jobs-board", "#💼-job-postings".
const CHANNEL_NAME = /^#[\p{L}\d\p{Extended_Pictographic}\uFE0F_-]{2,40}$/u;
// A Slack message's sender and time on their own line: "Maya Lindqvist  10:42 AM". (Discord's
// "Gravelhop Games — Today at 3:17 PM" is left to the company: a studio posts as itself.)
const SENDER_TIME =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\s{2,}\d{1,2}:\d{2}\s?(?:AM|PM|am|pm)?$/u;
// A field row's label without a colon: "Type Regular Full-Time".
const META_LABEL =
  /^(?:type|job type|employment type|schedule|contract|vertragsart|contrat|jornada)\s+/i;
// A site menu: words separated by runs of spaces ("Jobs  Companies  Services").
const MENU = /\S {2,}\S.* {2,}\S/;
// A site's navigation items parted by bars or dots: "Search for jobs | Sign in".
const NAV_ITEMS =
  /^(?:(?:sign in|log ?in|log out|register|sign up|search(?: for)? jobs|find (?:a )?jobs?|jobs|home|menu|my account|saved jobs|post a job|employers|candidates|help|careers|about us|contact(?: us)?)(?:\s*[|·•]\s*|$)){2,}$/i;

// Messenger groups and channels that forward ads: "Jobs Hamburg & Umgebung 🚚📦",
// "📢 Pune Jobs Updates (Official) 📢", "[09:14, 12/03/2025] Leeds Jobs & Shifts: Forwarded".
const FORWARDED =
  /\b(?:forwarded|nachricht weitergeleitet|weitergeleitet|mensaje reenviado|reenviado|message transféré|transféré)(?![\w\u00C0-\u024F])/i;
const CHANNEL_WORD =
  /\b(?:jobs?|trabajos?|empleos?|emplois?|stellen(?:angebote)?|vacantes|vacancies|job updates)\b/i;
const CHANNEL_MARK =
  /\p{Extended_Pictographic}|\((?:official|oficial|officiel|grupo|group|groupe|gruppe|canal|channel)\)|^\[\d/iu;

// Newsletters flag their lead ad: "⭐ AVISO DESTACADO", "Featured job".
const FEATURED = new RegExp(
  String.raw`^(?:[\p{Extended_Pictographic}\u{FE0F}]+\s*)?(?:aviso destacado|oferta destacada|featured (?:job|role|vacancy|ad)|top[- ]job|${JOB_OF_THE_PERIOD}|offre à la une|offre du jour)\b`,
  'iu',
);

// Careers-page headers and mastheads: "Careers at Lumenfold", "Lucarne Numérique — Carrières",
// "Trabaja con nosotros · Academia X", "THE DRIFTLESS COURIER — CLASSIFIEDS", "r/forhire".
const CAREERS_PAGE =
  /^(?:(?:careers?|jobs|job openings|open positions|life|work|working) at\s|(?:karriere|jobs) bei\s|carrières chez\s|trabaja con nosotros\b|únete a nuestro equipo\b|rejoignez-nous\b|join our team\b|work with us\b|careers in\s)|\s[|·–—-]\s(?:careers?|carrières|karriere|empleos|jobs|classifieds|classified ads|kleinanzeigen|petites annonces|clasificados)$|^r\/\w{2,30}$/i;

/** Whether a line is a search form's fields and values: "Was suchst du?  [Koch]". */
export function isSearchForm(text: string): boolean {
  return text.includes('[') && FORM_FIELDS.test(text);
}

// A board's banner: its name in two scripts, or with a strapline about jobs ("بيت.كوم | Bayt.com",
// "WUZZUF | وظف", "فرصنا Forasna — وظائف في مصر"). Not a title after the board's name.
const BANNER_SPLIT = /\s[|—–·]\s/;
const JOBS_STRAPLINE = /وظائف|وظيفة|\bjobs\b|\bemplois\b|\bempleos\b|\bstellen\b|ваканс/i;

function isBoardName(text: string): boolean {
  if (isJobBoard(text)) return true;
  const words = text.split(' ');
  return words.length === 2 && words.every((word) => isJobBoard(word));
}

function isBoardBanner(text: string): boolean {
  const parts = text.split(BANNER_SPLIT).map((part) => part.trim());
  if (!isBoardName(parts[0] ?? '')) return false;
  return parts
    .slice(1)
    .every((part) => isJobBoard(part) || (part.length < 50 && JOBS_STRAPLINE.test(part)));
}

function isBoardAndPlace(text: string): boolean {
  const parts = text.split(/\s[·|]\s/).map((part) => part.trim());
  return isJobBoard(parts[0] ?? '') && parts.slice(1).every((part) => isKnownPlace(part));
}

function isChannelLine(text: string): boolean {
  return (
    FORWARDED.test(text) ||
    FEATURED.test(text) ||
    (CHANNEL_WORD.test(text) && CHANNEL_MARK.test(text))
  );
}

/** Whether a header line is site chrome or a meta value rather than a name or a title. */
const POSTED_BY_LINE =
  /^(?:posted|shared|publi[ée]e?|publicado|ver[öo]ffentlicht) (?:by|par|por|von) \S.*\s[·•|]\s/i;
const SITE_STRAPLINE =
  /^[\p{L}\d-]{2,30}\.(?:com|net|org|io|fr|de|es|ch|at|be|ie|nz|au|ca|in|mx|ar|cl|co|uk|co\.uk|com\.au|com\.ar|com\.mx|ua|ru|bg|lv|lt|ee|hu|ro|gr|rs|hr|tr|kz|by|pl|cz|sk|no|se|dk|fi|is|br|pt|it|nl)\s+[–—|-]\s/u;
// A link back to the results, in any language: "← Back to all jobs", "← До результатів пошуку",
// "< Zurück zur Suche". Short, and opened by an arrow (not "«", which opens a quoted name; not
// "‹ Software Engineer ›", a title in angle quotes).
const BACK_LINK = /^(?:(?:←|⟵|⇐|‹|<-)\s?|<<?\s)\S[^\n]{0,48}$(?<![›>])/u;

// Not a short title in capitals: "QA-TESTER", "HR-ADMIN".
const SMS_SENDER_ID =
  /^(?!QA|HR|IT|PR|PA|VP|UX|UI|AI|ML|BI|GM|PM|RN|SR|JR|CS|SE|DB|BA|IS|FM|OT|PT)[A-Z]{2}-[A-Z\d]{6}(?:-[A-Z])?$/;
const CHAT_PLACE = /\s▾$|\s[›>»]\s#[\w-]{2,40}$/u;

/** A chat's workspace or channel line: "Leipzig Design & Tech  ▾", "Solidity Guild › #hiring". */
export function isChatPlace(text: string): boolean {
  return text.length < 80 && CHAT_PLACE.test(text.trim());
}
const GROUP_BANNER =
  /^(?:public|private|closed) group\b|^(?:grupo (?:público|privado)|groupe (?:public|privé)|öffentliche gruppe|private gruppe)(?![a-zA-Z\u00C0-\u024F])|\b\d[\d.,]*(?: \d{3})*\s?(?:[KkMm]|mil|k)? (?:members|miembros|membres|mitglieder|participants|participantes|teilnehmer|partecipanti|subscribers|suscriptores|abonnés|abonnenten|iscritti|inscritos)\)?$|^(?:group|grupo|groupe|gruppe|gruppo) [•·] \d|\s[•·]\s(?:follow|following|suivre|seguir|folgen)$/i;

// A social post's time stamp, with its audience icon and maybe its author before it: "2h · 🌍",
// "May 14 at 6:02 AM", "Priya S. · 5 March at 20:11 · 👥", "Yesterday at 3:15 PM".
const STAMP = String.raw`(?:\d{1,2}\s?(?:m|h|d|w|min|mins|hr|hrs)|just now|yesterday(?: at \d{1,2}:\d{2}(?:\s?[ap]m)?)?|\d{1,2} \p{L}{3,9}(?: \d{4})? at \d{1,2}:\d{2}(?:\s?[ap]m)?|\p{L}{3,9} \d{1,2}(?:, \d{4})? at \d{1,2}:\d{2}(?:\s?[ap]m)?)`;
// Alone on its line, maybe with its audience icon ("2h · 🌍"); after an author only with the icon
// or its dot ("Priya S. · 5 March at 20:11 · 👥", the icon taken off: "Marisa V. · 2h ·"), so a
// board's chips ("Amazon · Reno, NV · 2d") are none.
const POST_STAMP = new RegExp(
  String.raw`^${STAMP}(?:\s?[·•]\s?[^\p{L}\d]{1,6})?$|\s[·•]\s${STAMP}\s?[·•]\s?(?:[^\p{L}\d\s]{1,6})?$`,
  'iu',
);

/** Whether a line is a social post's time stamp: the line above it is the post's author. */
export function isPostStamp(text: string): boolean {
  return text.length < 80 && POST_STAMP.test(text.trim());
}

// Lines near the top where a conversation's clock times are counted.
const CLOCK_LINES = 30;

/**
 * Whether line `i` is a chat's speaker: the line under it is a clock time, and so are others
 * near the top (a conversation, not a shift's "10:00 PM" under the title).
 */
export function isChatSpeaker(lines: readonly { text: string }[], i: number): boolean {
  if (!isClockStamp(lines[i + 1]?.text.trim() ?? '')) return false;
  let clocks = 0;
  for (let k = 0; k < Math.min(lines.length, CLOCK_LINES); k++) {
    if (isClockStamp(lines[k]?.text.trim() ?? '') && ++clocks >= 2) return true;
  }
  return false;
}

/**
 * Whether the line above `next` names no job and no employer: a post's author over its time
 * stamp ("Karen Whitfield" over "2h · 🌍"), a group's name over its banner ("Auckland Nannies &
 * Babysitters NZ" over "Private group · 21K members").
 */
export function isAboveStampOrBanner(next: string): boolean {
  return isPostStamp(next) || (next.length < 80 && GROUP_BANNER.test(next.trim()));
}

// A document's page number: "Page 1/2", "Seite 2 von 3", "Página 1 de 4", "- 2 -".
const PAGE_NUMBER =
  /^(?:(?:page|seite|página|pagina|pág\.?)\s?\d{1,3}(?:\s?(?:\/|of|von|de|sur)\s?\d{1,3})?|-\s?\d{1,3}\s?-)$/i;

export function isHeaderChrome(line: string): boolean {
  const text = (line.includes('**') ? line.replace(/\*\*/g, '') : line).trim();
  if (text === '' || isJobBoard(text) || MENU.test(text) || FIELD_ROW.test(text)) return true;
  if (text.length < 100 && NAV_ITEMS.test(text)) return true;
  if (CONTACT_FIELD.test(text) || PAGE_NUMBER.test(text)) return true;
  if (text.charCodeAt(0) === 0x23 && (HASHTAGS.test(text) || CHANNEL_NAME.test(text))) return true;
  if (text.length < 60 && text.includes(':') && SENDER_TIME.test(text)) return true;
  if (
    text.length < 60 &&
    (POSTED_AGE.test(text) ||
      AUTHORITY_HEAD.test(text) ||
      isDocumentKind(text) ||
      SEARCH_BOX.test(text))
  ) {
    return true;
  }
  if (text.length < 120 && (isChannelLine(text) || CAREERS_PAGE.test(text))) return true;
  if (isSearchForm(text) || SEARCH_RESULTS_JA.test(text)) return true;
  if (text.length < 300 && isCookieBanner(text)) return true;
  if (text.length < 60 && ADVERTISER.test(text)) return true;
  // "Gumtree South Africa · Cape Town": a board's brand and the place searched.
  if (text.length < 80 && /\s[·|]\s/.test(text) && isBoardAndPlace(text)) return true;
  if (text.length < 80 && isBoardBanner(text)) return true;
  // A social group's banner: "Public group · 48.2K members"; a profile's "fernandsalt • Following".
  if (text.length < 80 && GROUP_BANNER.test(text)) return true;
  // A chat's workspace menu ("Leipzig Design & Tech  ▾"), a server's channel ("Solidity Guild ›
  // #hiring").
  if (isChatPlace(text)) return true;
  // An Indian SMS's sender ID: "VM-TBRDGE", "AD-HDFCBK-S".
  if (SMS_SENDER_ID.test(text)) return true;
  // A post's author and time stamp on one line: "Marisa Verbeke-López · 2h · 🌍".
  if (isPostStamp(text)) return true;
  // A site's brand with its domain and strapline: "SantéJobs.fr – Emplois dans le secteur ...".
  if (text.length < 160 && SITE_STRAPLINE.test(text)) return true;
  if (BACK_LINK.test(text)) return true;
  // A forum's post line: "Posted by Ravi Chandran (Northgate Tech Partners) · 11 Jun 2024 · 👀 212".
  if (text.length < 200 && POSTED_BY_LINE.test(text)) return true;
  if (BREADCRUMB.test(text) || (hasCrumbArrow(text) && TRAIL.test(text))) return true;
  // A button's mark or brackets: "☆ Saglabāt", "[ Запази ]".
  const bare = LETTER_OR_DIGIT.test(text.charAt(0)) ? text : text.replace(MARKS, '');
  const value = bare.replace(/[:.]$/, '').replace(META_LABEL, '').toLowerCase();
  // Most lines fail on their first word: skip the split for them.
  const cut = value.search(/[\s/,|·•]/);
  if (!META_FIRST.has(cut < 0 ? value : value.slice(0, cut))) return false;
  return value
    .split(META_SPLIT)
    .map((p) => (LETTER_OR_DIGIT.test(p.charAt(0)) ? p : p.replace(MARKS, '')))
    .every((p) => META_WORD.has(p) || p.split(' ').every((w) => META_WORD.has(w)));
}
