/**
 * Blocks about other jobs that scrapers copy along with a posting: "Similar jobs", "Jobs you may
 * like", "Ähnliche Stellen", "Offres similaires", "Ofertas similares", and the boards' salary
 * insights ("Glassdoor average for ...", "Salary range insights"). Their pay figures and skill
 * names belong to other ads, so they are cut before any field is read.
 * A marker is a whole short line (or the label of "Marker: ..."), never words inside a sentence:
 * "Power BI or a similar tool" stays.
 */
import { classifyHeading, matchHeading } from '../sections/headings';
import { normaliseHeading } from '../sections/normalise-heading';
import type { Line } from './lines';
import { addKey, hasKey, keyBits } from '../text/key-bits';

// Whole-label markers, without a trailing count ("Similar Jobs (3)") or colon.
const MARKERS = [
  // English
  String.raw`(?:similar|related|recommended|suggested|other|more|matching) (?:[a-z][a-z-]{1,15} )?(?:[a-z]{2,15}ing )?(?:jobs?|positions|roles|openings|opportunities|vacancies|listings|internships|job (?:postings|offers|ads|orders))(?: (?:open|available|currently open))?(?: (?:for you|like this(?: one)?|near you|you (?:may|might) (?:also )?like|(?:in|at|from|by|near) [^:]{2,40}))?`,
  // A search firm's "Other current assignments" (not a duty's "Other assignments as needed").
  String.raw`(?:other|more) (?:current|open|live|active) (?:assignments|mandates|searches)`,
  // A review site's sections about the employer's other roles: "Salaries at Ridgeway Mutual".
  String.raw`(?:salaries|interviews) (?:at|for) [^:]{2,60}`,
  String.raw`(?:jobs?|ads|adverts|listings|roles|positions|vacancies) (?:(?:that )?you (?:may|might) (?:also )?(?:like|be interested in)|like this(?: one)?|for you)`,
  // A company page's list of its other openings: "Jobs at Brightfold (4): Account Executive …"
  // (with its count or colon: a bare "Jobs at Fernwell" over the posting is a link back).
  String.raw`(?:(?:open |current )?jobs|openings|open roles) at [^:()]{2,40}(?= ?\(\d| ?:)`,
  String.raw`you (?:may|might) (?:also )?(?:like|be interested in)`,
  // "These jobs might interest you", "Jobs that may interest you", "These jobs might be of
  // interest to you".
  String.raw`(?:these |other |more )?(?:jobs|roles|positions|openings|vacancies)(?: that)? (?:may|might|could) (?:also )?(?:interest you|be of interest(?: to you)?)`,
  // A board's own picks beside the posting: "Featured jobs", "Latest jobs in Sydney".
  String.raw`(?:featured|latest|hot) (?:jobs|roles|vacancies|openings|positions)(?: (?:in|near|at) [^:]{2,40})?`,
  // "ALSO ADVERTISED THIS MONTH (separate announcements – do not apply for": an NGO's other posts.
  String.raw`also (?:advertised|advertising|recruiting|spotted|seen)(?: (?:this|last) (?:week|month))?(?: \([^)]*\)?)?`,
  String.raw`(?:recommended|suggested|picked|top picks) for you`,
  String.raw`(?:people|job ?seekers|candidates|members|students) (?:also|who viewed this(?: job)? also) (?:viewed|searched(?: for)?|applied(?: for)?)`,
  String.raw`(?:ces|d'autres|autres) (?:missions|offres|postes) (?:peuvent|pourraient) (?:aussi |également )?vous intéresser`,
  String.raw`otras personas (?:también )?han visto`,
  // LinkedIn in French: "Autres personnes ont également consulté".
  String.raw`(?:d'autres|autres) personnes ont (?:aussi |également )?consulté`,
  String.raw`(?:similar|related) (?:searches|discussions|posts|groups)`,
  // "Similar startups hiring:", "Other companies hiring": a board's list of other employers.
  String.raw`(?:similar|related|other|more) (?:startups|companies|employers|teams)(?: (?:that are |also |now )?hiring)`,
  String.raw`(?:startups|companies|employers) (?:also |now )?hiring(?: (?:now|near you|in [^:]{2,30}))?`,
  // A social post's comments below it: other people's offers and questions.
  String.raw`(?:most relevant|all comments|top comments|newest first|(?:view|see) (?:more|previous|all) comments)(?: [▾▼⌄])?`,
  // A bare "Related:" label before other ads ("Related: *RPN – $34.00/hr* · …").
  String.raw`related`,
  String.raw`(?:popular|trending|top) (?:job )?searches`,
  String.raw`recently viewed(?: jobs)?`,
  String.raw`related (?:ads|adverts|listings)`,
  String.raw`(?:show|see|view) (?:all |more )?(?:\d{1,4} )?similar (?:jobs|roles|positions)(?: (?:in|near) [^:]{2,40})?`,
  String.raw`(?:show|see|view) more (?:jobs|roles|positions) like this`,
  String.raw`more from nearby areas(?: [—–-] change search area)?`,
  String.raw`(?:les )?candidats ont (?:aussi|également) (?:vu|consulté|postulé)`,
  String.raw`otros candidatos (?:también )?(?:vieron|consultaron|se postularon)`,
  String.raw`explore (?:similar|more|related) jobs`,
  // "Not the right fit? Check out these other roles:"
  String.raw`(?:not (?:the right|a) (?:fit|match)\?\s?)?(?:check out|browse|explore) (?:these |our |some |more )?other (?:roles|jobs|openings|positions|vacancies)`,
  String.raw`nearby (?:jobs|vacancies|openings)`,
  String.raw`set (?:an )?alert for similar jobs`,
  String.raw`(?:(?:glassdoor|indeed|ziprecruiter|payscale|linkedin|seek|monster|stepstone|naukri|ambitionbox) )?(?:salary|pay|hiring) (?:range )?insights`,
  // "Salary snapshot (based on 37 reports)": a board's figures for other roles.
  String.raw`(?:salary|pay|wage) (?:snapshot|survey|report)(?: \([^()]{2,40}\))?`,
  String.raw`average (?:base )?(?:salary|pay)(?: for [^:]{2,60})?`,
  // "Glassdoor average for Staff Accountant in Charlotte: $67,412 /yr"
  String.raw`(?:glassdoor|indeed|payscale|ziprecruiter|linkedin|seek|salary\.com|talent\.com|levels\.fyi|comparably|national|industry|market) average(?: (?:base )?(?:salary|pay))?(?: for [^:]{2,60})?`,
  String.raw`estimated (?:salary|pay)(?: range)?`,
  // A board's estimate in German, French and Spanish: "Geschätztes Gehalt (jobfinder24-
  // Gehaltsplaner): 3.350 € – 4.050 €", "Salaire estimé par jobup.ch : CHF 78'000 – 101'000".
  String.raw`geschätzte[sr]? (?:jahres|monats)?(?:gehalt|lohn|vergütung)(?: [^:]{2,60})?`,
  String.raw`(?:salaire|rémunération) estimée?(?: [^:]{2,60})?`,
  String.raw`estimation (?:de salaire|salariale|du salaire)(?: [^:]{2,60})?`,
  String.raw`(?:sueldo|salario) estimado(?: [^:]{2,60})?`,
  // A board's guide, not a recruiter's "Salary guide: $120,000 - $140,000".
  String.raw`(?:salary|pay) guide(?: for [^:]{2,60})?(?!\s*:\s*(?:[$€£¥₹]|[A-Z]{3}\s?\d|\d))`,
  // A board's guess, not the employer's: "Glassdoor est. salary for Claims Adjuster in Hartford,
  // CT: $61K - $79K/yr", "Salary estimate", "Indeed estimate".
  String.raw`(?:(?:glassdoor|indeed|ziprecruiter|payscale|linkedin|seek) )?(?:est\. (?:salary|pay)|(?:salary|pay) estimates?)(?: range)?(?: for [^:]{2,60})?`,
  String.raw`(?:glassdoor|indeed|ziprecruiter|payscale|linkedin|seek) (?:est\.?|estimate)`,
  // German
  String.raw`ähnliche (?:[a-zäöüß-]*jobs|stellen(?:angebote)?|stellenanzeigen|anzeigen)(?: in der nähe)?`,
  // A compound names the kind: "Weitere Saisonjobs in Salzburg:", "Weitere IT-Jobs".
  String.raw`(?:weitere|andere|passende) [a-zäöüß-]{0,20}(?:jobs|stellen(?:angebote)?|stellenanzeigen|anzeigen|projekte|projektangebote)(?: (?:von|bei|in|wie diese(?:r)?) [^:]{2,40})?`,
  String.raw`das könnte (?:sie|dich) (?:auch )?interessieren`,
  String.raw`diese (?:jobs|stellen(?:angebote)?|angebote) (?:könnten|können) (?:sie|dich) (?:auch )?interessieren`,
  String.raw`beliebte (?:suchen|suchbegriffe|jobsuchen)`,
  String.raw`jobs in der nähe`,
  // "Stellenausschreibungen mit ähnlichen Kenntnissen" (LinkedIn in German).
  String.raw`(?:stellen(?:ausschreibungen|angebote|anzeigen)?|jobs|anzeigen) mit ähnlichen (?:kenntnissen|anforderungen|skills|fähigkeiten)`,
  // French
  String.raw`(?:offres|emplois|postes|annonces)(?: d['’]emploi)? (?:similaires|proches|associées|recommandées|suggérées)`,
  String.raw`(?:d['’]|nos |mes )?autres offres(?: d['’]emploi)?(?: (?:de|chez|à) [^:]{2,40})?`,
  String.raw`our other (?:jobs|openings|vacancies|roles|positions)`,
  String.raw`unsere (?:weiteren|anderen) (?:stellen(?:angebote)?|jobs)`,
  String.raw`nuestras otras (?:ofertas|vacantes)`,
  String.raw`(?:afficher|voir) (?:toutes les |tous les |les )?(?:offres|emplois|annonces)(?: d['’]emploi)? similaires`,
  String.raw`plus d['’]offres (?:de|chez) [^:]{2,40}`,
  String.raw`ces (?:offres|annonces|emplois) (?:pourraient|peuvent|pourront) (?:aussi |également )?vous intéresser`,
  String.raw`recherches (?:populaires|associées|fréquentes|similaires)`,
  String.raw`vous (?:pourriez|aimerez) (?:aussi|également) (?:aimer|être intéressé(?:e)?(?: par)?)`,
  // Spanish
  String.raw`(?:otras |otros )?(?:ofertas|empleos|trabajos|vacantes|avisos)(?: de empleo)? (?:similares|relacionad[ao]s|cercan[ao]s|recomendad[ao]s)`,
  String.raw`(?:otras|más) (?:ofertas|vacantes|posiciones|oportunidades|búsquedas|empleos|trabajos|convocatorias)(?: (?:de|en|como) [^:]{2,40})?`,
  String.raw`otros (?:empleos|trabajos|puestos|avisos)(?: (?:de|en) [^:]{2,40})?`,
  String.raw`(?:también )?te (?:puede|podría|pueden|podrían) interesar`,
  String.raw`(?:ofertas|empleos|trabajos|vacantes|avisos) que (?:te|le|les) (?:puede|pueden|podría|podrían) interesar`,
  String.raw`búsquedas (?:relacionadas|populares|frecuentes|similares)`,
  // Portuguese, Italian, Dutch
  String.raw`(?:(?:mostrar|ver) )?(?:mais )?(?:outras )?vagas (?:semelhantes|similares|relacionadas|recomendadas)`,
  String.raw`(?:anúncios|ofertas|empregos) (?:relacionad[oa]s|semelhantes|similares)`,
  String.raw`outras vagas(?: (?:de|em|na|no) [^:]{2,40})?`,
  String.raw`(?:altre )?(?:offerte|annunci|posizioni)(?: di lavoro)? (?:simili|correlat[ie])`,
  String.raw`altre (?:posizioni|offerte)(?: aperte| di lavoro)?`,
  // LinkedIn in Spanish and Portuguese: "Personas que también vieron este empleo".
  String.raw`(?:otras )?personas que también (?:vieron|han visto) (?:este empleo|esta oferta)`,
  String.raw`pessoas (?:que )?também (?:viram|visualizaram)(?: esta vaga)?`,
  String.raw`(?:vergelijkbare|soortgelijke|gelijkaardige|andere) vacatures`,
  // "Bekijk ook:" alone on its line heads a list; "Zie ook: onze pagina over …" is a pointer.
  String.raw`(?:bekijk|zie) ook(?: deze vacatures)?(?=\s*:?\s*$)`,
  String.raw`(?:vedi|guarda) anche(?=\s*:?\s*$)`,
  String.raw`ces entreprises recrutent (?:aussi|également)`,
  // Indonesian, Malay, Vietnamese
  String.raw`lowongan (?:serupa|lainnya|terkait|sejenis)`,
  String.raw`(?:jawatan|kerja) (?:kosong )?(?:lain|berkaitan|serupa)`,
  String.raw`việc làm (?:tương tự|liên quan|khác)`,
  // Nordic, Polish, Czech
  // "Andre stillinger hos oss", "Andre ledige stillinger", "Liknande jobb i Malmö", "Andre job du
  // måske vil kunne lide".
  String.raw`(?:liknande|lignende|andra|andre|fler|flere) (?:lediga |ledige )?(?:annonser|jobb|job|tjänster|stillinger|stillingar|stillingsannonser)(?: (?:hos (?:oss|os)|hos [^:]{2,40}|i [^:]{2,40}))?`,
  String.raw`(?:liknande|lignende|andra|andre|fler|flere) (?:job|jobb) (?:du|som|der|til dig|för dig|for deg) [^:]{2,40}`,
  // Finnish: "Muita avoimia paikkoja", "Muut avoimet työpaikat", "Samankaltaisia työpaikkoja".
  // Not "Muut tehtävät" (other duties): only open tasks are other jobs.
  String.raw`(?:muita|muut) (?:avoimia |avoimet )(?:paikkoja|työpaikkoja|tehtäviä|työpaikat|tehtävät)`,
  String.raw`(?:muita|muut) (?:työpaikkoja|työpaikat)`,
  String.raw`(?:samankaltaisia|vastaavia) (?:työpaikkoja|ilmoituksia|tehtäviä)`,
  // "Inne ogłoszenia tego ogłoszeniodawcy", "Další nabídky této společnosti": the advertiser's others.
  String.raw`(?:podobne|inne) (?:oferty|ogłoszenia)(?: pracy)?(?: (?:w okolicy|w pobliżu|tego (?:ogłoszeniodawcy|pracodawcy)|(?:tej|tego) firmy|w [^:]{2,40}))?`,
  String.raw`(?:podobné|další) (?:nabídky|pozice)(?: práce)?(?: (?:této|tohoto) (?:firmy|společnosti|zaměstnavatele))?`,
  // Romanian
  String.raw`(?:locuri de muncă|joburi|anunțuri|oferte)(?: de muncă)? (?:similare|asemănătoare)(?: care te-ar (?:mai )?(?:putea )?interesa)?`,
  String.raw`te-ar (?:mai )?putea interesa`,
  // Hungarian, Estonian, Latvian, Lithuanian, Croatian and Serbian, Turkish
  String.raw`hasonló (?:állások|álláshirdetések|munkák)`,
  String.raw`sarnased (?:tööpakkumised|töökuulutused|kuulutused)`,
  String.raw`līdzīg(?:i|ie|as) (?:sludinājumi|vakances|darba piedāvājumi)`,
  String.raw`panaš(?:ūs|ios) (?:skelbimai|darbo skelbimai|pozicijos)`,
  String.raw`sličn[ie] (?:oglasi|poslovi|ponude|pozicije)`,
  String.raw`(?:benzer|diğer) (?:iş )?(?:i|İ)lan(?:lar|ları)`,
  // Bulgarian, Serbian, Ukrainian, Russian, Greek
  String.raw`(?:подобни|слични) (?:обяви|позиции|огласи|послови)`,
  String.raw`(?:схожі|подібні|інші|похожие|другие|рекомендуемые|рекомендовані) ваканс(?:ії|ии)(?: (?:цієї |этой )?(?:компанії|компании))?`,
  String.raw`(?:παρόμοιες|σχετικές|άλλες) αγγελίες`,
  // Arabic: "وظائف مشابهة", "وظائف مشابهة في الكويت", "وظائف ذات صلة", "وظائف أخرى".
  String.raw`(?:وظائف|فرص عمل) (?:مشابهة|مماثلة|ذات صلة|أخرى|مقترحة)(?: (?:في|على|لدى) [^:]{2,40})?`,
  String.raw`قد (?:تعجبك|يعجبك|يهمك) (?:أيضا|أيضاً|ايضا)?(?: هذه الوظائف)?`,
];
// The marker is the whole line or the label before its colon ("Ähnliche Stellen: Koch · Ulm").
const MARKER = new RegExp(`^(?:${MARKERS.join('|')})(?: ?\\(\\d{1,4}\\))?[ ?!.]*(?::|$)`, 'i');
// First words a marker can start with (their first three letters gate the regex).
const FIRST_WORDS = [
  ...['similar', 'related', 'recommended', 'suggested', 'other', 'more', 'matching', 'jobs'],
  ...['you', 'people', 'explore', 'set', 'salary', 'salaries', 'interviews', 'pay', 'hiring'],
  ...['average', 'estimated', 'recently', 'show', 'see', 'view', 'afficher', 'voir', 'recherches'],
  ...['búsquedas', 'beliebte', 'popular', 'trending', 'top'],
  ...['ähnliche', 'weitere', 'andere', 'passende', 'das', 'diese', 'offres', 'emplois', 'postes'],
  ...['annonces', 'autres', "d'autres", 'plus', 'ces', 'vous', 'ofertas', 'empleos'],
  ...['trabajos', 'vacantes', 'otras', 'otros', 'avisos', 'también', 'te ', 'glassdoor', 'indeed'],
  ...['payscale', 'más', 'les', 'candidats', 'ads', 'adverts', 'listings', 'roles', 'positions'],
  ...['vacancies', 'open', 'current', 'openings', 'geschätzt', 'rémunération', 'estimation'],
  ...['sueldo', 'salario', 'salaire', 'stellenausschreibungen', 'stellen', 'stellenangebote'],
  ...['ziprecruiter', 'linkedin', 'seek', 'talent', 'levels', 'comparably', 'national'],
  ...['monster', 'stepstone', 'naukri', 'ambitionbox', 'not', 'check', 'browse'],
  ...['industry', 'market', 'candidates', 'members', 'students', 'est', 'nearby', 'also'],
  ...['vagas', 'outras', 'altre', 'offerte', 'annunci', 'posizioni', 'vergelijkbare'],
  ...['soortgelijke', 'gelijkaardige', 'nos', 'mes', 'our', 'unsere', 'nuestras'],
  ...['liknande', 'lignende', 'andra', 'andre', 'fler', 'flere', 'podobne', 'inne', 'podobné'],
  ...['muita', 'muut', 'samankaltaisia', 'vastaavia', 'mostrar', 'ver', 'mais'],
  ...['další', 'most', 'all', 'newest', 'bekijk', 'zie', 'vedi', 'guarda'],
  ...['these', 'featured', 'latest', 'hot', 'personas', 'pessoas', 'lowongan', 'jawatan', 'kerja'],
  ...['anúncios', 'empregos', 'locuri', 'joburi', 'anunțuri', 'oferte'],
  ...['việc', 'te-ar', 'hasonló', 'sarnased', 'līdzīgi', 'līdzīgie', 'līdzīgas'],
  ...['panašūs', 'panašios', 'slični', 'slične', 'benzer', 'diğer', 'подобни', 'слични'],
  ...['схожі', 'подібні', 'інші', 'Інші', 'похожие', 'другие', 'рекомендуемые', 'рекомендовані'],
  ...['وظائف', 'فرص', 'قد'],
  ...['παρόμοιες', 'Παρόμοιες', 'σχετικές', 'Σχετικές', 'άλλες', 'Άλλες'],
];
const PREFIXES = new Set([...FIRST_WORDS, 'd’autres'].map((w) => prefixKey(w)));
// The same first two letters as a set of `pairKey`s, a cheaper test that most lines already fail.
const FIRST_TWO = keyBits(0x10000);
for (const w of [...FIRST_WORDS, 'd’autres']) addKey(FIRST_TWO, pairKey(w));
// Longest line tested whole; a longer one needs its colon this early.
const MAX_LABEL = 80;
// Section kinds whose heading ends the block: the posting goes on there. Salary headings do
// not ("Base pay range" is part of a salary-insight block, "Salary" a label on a job card).
const POSTING_KINDS = new Set([
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
  'about',
]);
// A marker in the first third of the text is site navigation: only that line goes.
const MIN_SHARE_BEFORE = 1 / 3;

/** Whether a line opens a block about other jobs or a board's salary insight. */
export function isOtherJobsMarker(line: Line): boolean {
  if (line.kind === 'list-item') return false;
  const text = DECORATION.has(line.text[0] ?? '') ? withoutDecoration(line.text) : line.text;
  if (startsMarker(text)) return true;
  const rest = text.slice(ELLIPSIS.exec(text)?.[0].length ?? 0);
  if (rest !== text && startsMarker(rest) && JOBS_WORD.test(rest)) return true;
  // A footer's row of links: "Job melden | Ähnliche Jobs: Barkeeper:in – Wien – ab € 2.150",
  // "Vacancy number 2024-VLO-0193 · Other vacancies: Reach truck driver Venlo €15.20/h"; or its
  // sentence: "Posted via s1jobs. Similar vacancies: Sales Advisor, Glasgow – £24,500 per annum".
  return (
    (hasSeparatorChar(text) &&
      (afterSeparator(text, ' | ') ||
        afterSeparator(text, ' · ') ||
        afterSeparator(text, ' • '))) ||
    (text.length <= FOOTER_SENTENCE_MAX && afterSeparator(text, '. '))
  );
}

const FOOTER_SENTENCE_MAX = 300;

// Most lines hold none of the separators: one pass over the characters instead of three
// `indexOf` calls per line.
function hasSeparatorChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0xb7 || c === 0x2022) return true;
  }
  return false;
}

function afterSeparator(text: string, separator: string): boolean {
  const n = separator.length;
  for (let i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + n)) {
    if (startsMarker(text.slice(i + n).trimStart())) return true;
  }
  return false;
}

function startsMarker(text: string): boolean {
  return hasKey(FIRST_TWO, pairKey(text)) && PREFIXES.has(prefixKey(text)) && isMarkerLabel(text);
}

// A marker set off by rules on both sides: "— Offres proches —", "=== Similar jobs ===".
const DECORATION = new Set('-–—=*~_# \t');
// Led by an ellipsis, a marker must name jobs: "...More jobs like this", not "...more training
// opportunities" (a posting's own list).
const ELLIPSIS = /^(?:\.{3}|…)\s?/;
const JOBS_WORD = /\b(?:jobs?|roles|positions|vacancies|listings|offres|stellen|ofertas)\b/i;

// Trimmed by hand: a regex anchored at the end would rescan a long run once per start.
function withoutDecoration(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && DECORATION.has(text[start]!)) start++;
  while (end > start && DECORATION.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** The first two characters of a text as an index into FIRST_TWO, in any case. */
function pairKey(text: string): number {
  return (((text.charCodeAt(0) | 32) & 0xff) << 8) | ((text.charCodeAt(1) | 32) & 0xff);
}

/**
 * The first three characters of a text as one small integer, in any case ("|32" lower-cases A-Z
 * and À-Þ). Characters past 0x3ff share keys: a rare clash only costs a regex test.
 */
function prefixKey(text: string): number {
  const a = text.charCodeAt(0) | 32;
  return (a << 20) ^ ((text.charCodeAt(1) | 32) << 10) ^ (text.charCodeAt(2) | 32);
}

/** The line, or its part before a colon, is a marker ("Similar Jobs (3)", "Ähnliche Stellen:"). */
function isMarkerLabel(text: string): boolean {
  return (text.length <= MAX_LABEL || text.lastIndexOf(':', MAX_LABEL) > 0) && MARKER.test(text);
}

// A short line that opens with an amount: "38 000 € - 45 000 € par an", "$61K - $79K/yr".
const FIGURES_LINE = /^[$€£¥₹]?\s?\d[\d.,' ]*(?:\s?[kK])?\s?(?:[$€£¥₹]|[A-Z]{3}\b|[kK]\b|[-–—]|$)/;
const FIGURES_MAX = 60;

// Markers of a board's figures rather than of other jobs.
const ESTIMATE_MARKER =
  /estimat|geschätzt|estimé|snapshot|insight|average|moyen|promedio|durchschnitt|guide|survey|report/i;

/**
 * A board's estimate whole on its line (no colon with its own text) over a short line of
 * figures. Under "Similar jobs" near the top (navigation), the figures are the posting's own.
 */
function isFiguresOnly(marker: string, next: string): boolean {
  return (
    !/:\s*\S/.test(marker) &&
    next.length <= FIGURES_MAX &&
    ESTIMATE_MARKER.test(marker) &&
    FIGURES_LINE.test(next)
  );
}

/** A board's estimate marker with words of its own and no figure, right under a line of figures. */
function isNoteUnderFigures(marker: string, above: string): boolean {
  return (
    !/\d/.test(marker) &&
    above.length <= FIGURES_MAX &&
    ESTIMATE_MARKER.test(marker) &&
    FIGURES_LINE.test(above)
  );
}

// A notice's second position and on: "PLAZA 2", "Post 2: Technical Assistant (Lab)" (not
// "Position 2: Night shift, $20.00/hr", a shift of one job), or the second of its items that
// count their posts ("- CLINICAL OFFICER II – (8 POSTS)" after "- NURSING OFFICER III – (12
// POSTS)"; the cleaned list has lost its numbers). The first position is the posting; the
// others' pay, requirements and duties are theirs.
const NUMBERED_POSITION =
  /^(?:plaza|position|post|vacancy|vacante|puesto|poste|posición|cargo|stelle)\s(?:no\.?\s?|n[°º]\s?|#)?([1-9])\s*(?::\s*[^\d$€£:\n]{0,60})?$/i;
// A digest's numbered item over its own fields: "[1] SUMMER DATA ANALYST INTERN".
// Only in capitals: "[2] Qualifications" heads a section, "[2] Occasional weekend work" is a note.
const BRACKET_ITEM = /^\[([1-9])\]\s[^\p{Ll}:\n]{3,100}$/u;
const POSTS_ITEM =
  /^(?:[-•*]\s|\d{1,2}[.)]\s)?[^:\n]{3,80}\(\s?\d{1,3}\s?(?:posts?|positions?|vacanc(?:y|ies)|plazas?)\s?\)\s*$/i;
// What ends such a block besides a heading of the posting: a line of words in capitals without
// a colon ("HOW TO APPLY"; not "REF: KVCPSB/DHS/CO2/2026").
const SHOUTED_LINE = /^[^\p{Ll}:]*\p{Lu}[^\p{Ll}:]*\s[^\p{Ll}:]*\p{Lu}[^\p{Ll}:]*$/u;

/** The number of a notice's position the line opens ("PLAZA 2" -> 2), or 0. */
function positionNumber(line: Line): number {
  const c = line.text.charCodeAt(0) | 32;
  // "[2] STAFF ACCOUNTANT — FULL-TIME": a digest's second item.
  if (c === 0x7b /* "[" | 32 */) {
    const m = line.text.length <= 120 ? BRACKET_ITEM.exec(line.text) : null;
    return m ? Number(m[1]) : 0;
  }
  // p, v, c or s: most lines fail here.
  if (c !== 0x70 && c !== 0x76 && c !== 0x63 && c !== 0x73) return 0;
  const m = line.text.length <= 120 ? NUMBERED_POSITION.exec(line.text) : null;
  return m ? Number(m[1]) : 0;
}

const POSITION_DETAILS = 2;

function isPostsItem(line: Line): boolean {
  return (
    line.text.length <= 120 &&
    line.text.charCodeAt(line.text.length - 1) === 0x29 &&
    POSTS_ITEM.test(line.text)
  );
}

/**
 * Index of the first line that opens a later position of a notice, or -1. A numbered one only
 * after the first: a lone "Vacancy 2" may be a reference.
 */
function firstLaterPosition(lines: Line[]): number {
  let lastItem = -1;
  let numbered = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const n = positionNumber(line);
    if (n === 1) numbered = true;
    if (n > 1 && numbered) return i;
    if (!isPostsItem(line)) continue;
    // Items one under the other are one job's places ("- Seattle, WA (3 positions)"); a later
    // position comes after the one before has given its own details.
    if (lastItem >= 0 && i - lastItem > POSITION_DETAILS) return i;
    lastItem = i;
  }
  return -1;
}

/** Whether a line is a heading of a section of the posting itself. */
function isPostingHeading(line: Line): boolean {
  const text = line.text;
  if (line.kind === 'list-item' || text.length > MAX_LABEL) return false;
  const match = matchHeading(text);
  if (match === false) return false;
  const kind = classifyHeading(match === true ? normaliseHeading(text) : match);
  return kind !== null && POSTING_KINDS.has(kind);
}

/**
 * Cuts blocks about other jobs. Input: cleaned lines. Output: the lines without each block, from
 * its marker line to the next heading of the posting (or the end), and how many lines went.
 * Example: [..."Benefits", "- PTO", "Similar jobs", "Data Analyst · $90k"] -> [..."- PTO"].
 * A notice's later positions go the same way (see NUMBERED_POSITION, POSTS_ITEM), up to a line
 * in capitals.
 * Limits: a marker in the first third of the text, before any of the posting's section headings,
 * only drops its own line (navigation).
 */
export function cutOtherJobs(lines: Line[]): { lines: Line[]; removed: number } {
  let first = -1;
  for (let i = 0; i < lines.length && first < 0; i++) {
    const line = lines[i];
    if (line && isOtherJobsMarker(line)) first = i;
  }
  const later = firstLaterPosition(lines);
  if (later >= 0 && (first < 0 || later < first)) first = later;
  if (first < 0) return { lines, removed: 0 };
  let total = 0;
  for (const line of lines) total += line.text.length + 1;
  const out: Line[] = lines.slice(0, first);
  // Characters before the current line, in the text as it was.
  let before = 0;
  for (const line of out) before += line.text.length + 1;
  let removed = 0;
  let inBlock = false;
  // Inside a notice's later position, which a line in capitals also ends.
  let inPosition = false;
  // Whether a heading of the posting's sections has been kept so far: asked only of an early
  // marker, and each kept line is tested once however many markers ask.
  let sectionsBefore = false;
  let tested = 0;
  const headingKept = (): boolean => {
    while (!sectionsBefore && tested < out.length)
      sectionsBefore = isPostingHeading(out[tested++]!);
    return sectionsBefore;
  };
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const at = before;
    before += line.text.length + 1;
    if (i >= later && later >= 0 && (positionNumber(line) > 1 || isPostsItem(line))) {
      removed++;
      inPosition = true;
      continue;
    }
    if (inPosition) {
      if (isPostingHeading(line) || SHOUTED_LINE.test(line.text)) inPosition = false;
      else {
        removed++;
        continue;
      }
    }
    if (isOtherJobsMarker(line)) {
      removed++;
      // Early in the text, a marker is navigation unless the posting's sections came before it
      // (a long footer after the ads makes the posting itself a small share of the text).
      inBlock = at >= total * MIN_SHARE_BEFORE || headingKept();
      // A board's estimate over its figures ("Estimated salary" over "£38,000 - £45,000 a
      // year"): the figures go with it.
      const next = lines[i + 1];
      if (!inBlock && next && isFiguresOnly(line.text, next.text)) {
        removed++;
        before += next.text.length + 1;
        i++;
      }
      // A board's note under its figures ("Gehalt" / "58.500 € – 72.000 €" / "Geschätztes
      // Gehalt: Diese Gehaltsspanne wurde von StepStone … geschätzt"): they go with it.
      const above = out[out.length - 1];
      if (!inBlock && above && isNoteUnderFigures(line.text, above.text)) {
        out.pop();
        removed++;
      }
      continue;
    }
    if (inBlock && isPostingHeading(line)) inBlock = false;
    if (inBlock) removed++;
    else out.push(line);
  }
  return { lines: out, removed };
}
