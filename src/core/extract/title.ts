/**
 * The job title as the posting states it. Sources in order of trust: a "Job Title:" /
 * "Position:" field, a heading at the top, a short title-looking line in the header block,
 * then "we are seeking a <Title> to ...".
 */
import type { Evidenced } from '../model/posting';
import { lineIndexAt, type Line } from '../clean/lines';
import { classifyHeading } from '../sections/headings';
import { normaliseHeading } from '../sections/split-sections';
import { leadingPictograms, trailingPictograms } from '../text/pictograms';
import { isChatExportTop, SIGN_OFF_WORDS } from '../clean/mail-thread';
import { isKnownPlace } from './country';
import { isExtraPlace } from './location-cues';
import { evidence, headerLines, lineBody, type ExtractContext } from './context';
import {
  isDocumentKind,
  isHeaderChrome,
  isAboveStampOrBanner,
  isChatSpeaker,
  isSearchForm,
  isChatPlace,
} from './header-chrome';
import { endsInOrganisationKind, hasLegalForm, stripLegalForm } from './legal-form';
import { asianTitle, isAsianChrome, isAsianEmployer, namesAsianJob } from './asian-title';
import { isAsianText } from './asian-script';
import { isPublicBodyName } from './public-body';
import { chatMessageStart } from './other-ads';
import {
  capitalised,
  titleInHiringSentence,
  titleOfJobMention,
  titleOfPublicNotice,
} from './title-in-sentence';
import { namesJobAbroad } from './title-words-abroad';
import { isCareersBanner } from './careers-banner';
import {
  firstContentLine,
  isTitleWithColon,
  isTitleWithPay,
  titleFromSubject,
  titleWithin,
} from './title-cues';

// A bilingual label counts too: "Jawatan / Position:", "Poste / Position :".

// A place after the title: the gazetteer's, a city only locations know ("Portland"), or a town
// that says it is a city ("DUMAGUETE CITY", "Cebu City").
function isPlaceForTitle(text: string): boolean {
  return isKnownPlace(text) || isExtraPlace(text) || NAMED_CITY.test(text);
}
const NAMED_CITY = /^\p{Lu}[\p{L}'’-]+ (?:City|CITY)$/u;
const TITLE_FIELD =
  /^(?:\p{L}{2,20}\s?\/\s?)?(?:job title(?: and grade|,? grade code)?|position title|post title|title of (?:the )?post|name of (?:the )?post|vacancy title|job position|(?:job )?designation|position|title|poste|le poste|post|nombre del puesto|denominación del puesto|intitulé(?: du poste)?|working title|official title|role title|stellenbezeichnung|stellentitel|funktion|functie|functietitel|stanowisko|tytuł stanowiska|cargo|posizione|ruolo|titolo|stillingstittel|stilling|befattning|tjänst|jobtitel|pozice|název pozice|puesto|posición|posicion|cargo|vacante|lowongan(?: kerja)?|posisi|jabatan|jawatan|vị trí tuyển dụng|chức danh|pozisyon(?: adı)?|titre du poste|titre|должность|вакансия|посада|вакансія|المسمى الوظيفي|اسم الوظيفة|عنوان الوظيفة|الوظيفة المطلوبة|المسمى|المنصب|nafasi(?: ya kazi)?|cheo(?: cha kazi)?)\s*[:：]\s*(\S.{1,120})$/iu;
// "Role:" / "Job:" are also boards' category fields (Naukri's "Role: Back End Developer"):
// trusted only at the very top.
const TERMS_AFTER_COMMA = /,\s(?:full[- ]?time|part[- ]?time|fixed[- ]term|permanent|temporary)\b/i;
const BOLD_EDGES = /^[*_]{1,2}|[*_]{1,2}$/g;
const WEAK_TITLE_FIELD = /^(?:role|job|stelle|rol|ruolo|função|funcao)\s*[:：]\s*(\S.{1,120})$/i;
const MAIL_ROLE_FIELD = /^rolle\s*[:：]\s*(\S[^.!?\n]{1,100})$/i;
const MAIL_HEADER = /^(?:from|de|von|van|da|från|fra)\s?:/i;
export const MAIL_SUBJECT = /^(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp)\s?:/i;
// Besides a chat export's first line (mail-thread.ts), a chat's or LinkedIn's own header.
const CHAT_HEADER = /^(?:chat with|linkedin)\b/i;
// Several words naming hires in the plural, not a menu item ("Recruiters") or a breadcrumb
// ("CAREERS › INTERNSHIPS").
function isPluralCall(body: string): boolean {
  return (
    body.includes(' ') &&
    // Title case or capitals, as a call is written: not a duty ("Mentoring two analytics
    // engineers").
    body.split(' ').every((w) => w.length < 4 || !/^\p{Ll}/u.test(w)) &&
    !/[›»>|]| \/ /.test(body) &&
    !/\b(?:internships|careers|jobs|vacancies|openings)\b/i.test(body) &&
    TITLE_WORDS.test(body)
  );
}

// Words that occur in job titles across fields and languages.
// Word edges by lookaround, not \b: "Préposé(e)", "Éducateur" start or end in accented letters.
export const TITLE_WORD =
  /(?<![a-zA-Z\u00C0-\u024F])(?:engineer|developer|sheriff|trooper|firefighter|constable|rn|lpn|lvn|cna|tech|commis|personal de|adviser|generalist|[a-zé]{2,}olog(?:ist|ists|ue|ues)|[a-z]{2,}ólog[oa]s?|practicante|becari[oa]|operador[a]?|chofer|motorista|entregador[a]?|estágio|[a-z]*wright|journey(?:man|men|person|worker)|mesero|guardia|vigilador|promotor[a]?|soldador|carpintero|plomero|fontanero|albañil|peón|abogad[oa]|médic[oa]|agente|oficial|soudeu[\w\u00C0-\u024F]*|plombier|électricien[\w\u00C0-\u024F]*|menuisier|maçon|aide-soignant[\w\u00C0-\u024F]*|juriste|avocat[\w\u00C0-\u024F]*|boulang[\w\u00C0-\u024F]*|pâtissi[\w\u00C0-\u024F]*|manutentionnaire|[a-zäöåø]*(?:kehittäjä|myyjä|hoitaja|insinööri|asiantuntija|päällikkö|suunnittelija|johtaja|kuljettaja|arendaja|juht|teenindaja|pædagog|konsulent|medarbejder|udvikler|sygeplejerske|fejlesztő|könyvelő|mérnök|vezető|operátor|programátor|účetní|inginer|proiectant|contabil)|[a-zäöüß]{2,}(?:leiter|helfer|fahrer|techniker|elektriker|elektroniker|monteur|mechaniker|mechatroniker|entwickler|ingenieur|berater|kaufmann|kauffrau|fachkraft|pflegekraft|servicekraft|reinigungskraft|arbeiter|referent|assistent|koch|köchin|prüfer|verkäufer|meister|lehrer|erzieher|pfleger|disponent|lagerist|schweißer|tischler|bearbeiter|manager)(?:in|innen)?|scientist|analyst|manager|director|designer|architect|administrator|admin(?! (?:services|solutions|direct|group|partners|limited|ltd|inc|llc|co)\b)|specialist|consultant|coordinator|assistant|associate|technician|nurse|teacher|instructor|tutor|driver|operator|representative|officer|accountant|lead|head|intern|trainee|cadet|learnership|clerk|cashier|[a-z]*keeper|cook|chef|server|bartender|electrician|plumber|carpenter|welder|mechanic|supervisor|advisor|agent|executive|recruiter|writer|editor|researcher|therapist|pharmacist|physician|agronomist|economist|florist|chemist|physicist|nutritionist|dietitian|[a-z]{3,}ician|[a-z]{4,}therapist|[a-z]{3,}grapher|practitioner|planner|buyer|auditor|controller|attendant|associate|worker|housekeeper|receptionist|caregiver|installer|programmer|strategist|marketer|owner|president|vp|operative|picker|packer|grader|sorter|loader|assembler|fabricator|solderer|porter|cleaner|janitor|custodian|dishwasher|host|hostess|waiter|waitress|waitron|waitstaff|(?:bar|kitchen|floor|wait|retail|warehouse|catering|cleaning|events?|delivery|care|support) staff|stocker|merchandiser|lifeguard|guard|paralegal|attorney|lawyer|solicitor|barrister|interpreter|translator|lecturer|professor|postdoc|secretary|handler|labou?rer|apprentice|crew|aide|coach|counsell?or|dispatcher|estimator|foreman|machinist|painter|roofer|superintendent|surveyor|underwriter|adjuster|teller|banker|broker|hygienist|dentist|surgeon|paramedic|phlebotomist|pilot|fitter|sorter|helper|volunteer|trainer|fellow|partner|principal|producer|artist|photographer|scheduler|inspector|investigator|steward|stewardess|courier|chauffeur|nanny|[a-zåäöøæ]*(?:arbetare|arbeider|medarbetare|medarbejder)|sjuksköterska|sykepleier|sygeplejerske|undersköterska|säljare|selger|sælger|utvecklare|utvikler|udvikler|ingenjör|ingeniør|lärare|lærer|chaufför|sjåfør|chauffør|snickare|tømrer|handläggare|saksbehandler|projektledare|prosjektleder|projektleder|montör|montør|kock|kokk|niñer[oa]|cuidador[a]?|limpiador[a]?|sparky|sparkie|chippy|chippie|brickie|handy(?:man|person|woman)|(?:farm|deck|ranch|stable|dock|yard|field|factory) ?hand|therapist|optometrist|veterinarian|midwife|carer|helfer[\w\u00C0-\u024F]*|arbeiter[\w\u00C0-\u024F]*|angestellte[\w\u00C0-\u024F]*|assistenz[\w\u00C0-\u024F]*|fachangestellte[\w\u00C0-\u024F]*|sachbearbeiter[\w\u00C0-\u024F]*|employé[\w\u00C0-\u024F]*|agent[\w\u00C0-\u024F]*|opérateur[\w\u00C0-\u024F]*|opératrice|assistant[\w\u00C0-\u024F]*|préparateur[\w\u00C0-\u024F]*|auxiliaire|ouvrier[\w\u00C0-\u024F]*|dependiente[\w\u00C0-\u024F]*|operari[oa][\w\u00C0-\u024F]*|auxiliar[\w\u00C0-\u024F]*|reponedor[\w\u00C0-\u024F]*|mozo[\w\u00C0-\u024F]*|repartidor[\w\u00C0-\u024F]*|administrativ[oa][\w\u00C0-\u024F]*|recepcionista|cociner[oa][\w\u00C0-\u024F]*|entwickler[\w\u00C0-\u024F]*|ingenieur[\w\u00C0-\u024F]*|berater[\w\u00C0-\u024F]*|leiter[\w\u00C0-\u024F]*|manager[\w\u00C0-\u024F]*|kauffrau|kaufmann|pflegefach[\w\u00C0-\u024F]*|fachkraft|mitarbeiter[\w\u00C0-\u024F]*|referent[\w\u00C0-\u024F]*|sachbearbeiter[\w\u00C0-\u024F]*|techniker[\w\u00C0-\u024F]*|elektriker[\w\u00C0-\u024F]*|elektroniker[\w\u00C0-\u024F]*|buchhalter[\w\u00C0-\u024F]*|pfleger[\w\u00C0-\u024F]*|monteur[\w\u00C0-\u024F]*|barista|bäcker(?:in|innen)?|praktikum|internship|prácticas|stage|alternance|tirocinio|tirocinante|stagista|apprenti[\w\u00C0-\u024F]*|koch|erzieher[\w\u00C0-\u024F]*|lehrer[\w\u00C0-\u024F]*|verkäufer[\w\u00C0-\u024F]*|ingénieur[\w\u00C0-\u024F]*|développeu[\w\u00C0-\u024F]*|chef de \w+|responsable|chargé[\w\u00C0-\u024F]*|commercial[\w\u00C0-\u024F]*|technicien[\w\u00C0-\u024F]*|infirmi[\w\u00C0-\u024F]*|vendeu[\w\u00C0-\u024F]*|serveu[\w\u00C0-\u024F]*|cuisinier[\w\u00C0-\u024F]*|enseignant[\w\u00C0-\u024F]*|comptable|conseill[\w\u00C0-\u024F]*|desarrollador[\w\u00C0-\u024F]*|ingeniero[\w\u00C0-\u024F]*|analista|gerente|jefe|técnico[\w\u00C0-\u024F]*|enfermer[\w\u00C0-\u024F]*|profesor[\w\u00C0-\u024F]*|camarer[\w\u00C0-\u024F]*|dependient[\w\u00C0-\u024F]*|vendedor[\w\u00C0-\u024F]*|contable|asesor[\w\u00C0-\u024F]*|coordinador[\w\u00C0-\u024F]*|diseñador[\w\u00C0-\u024F]*|comercial|científic[\w\u00C0-\u024F]*|ejecutiv[oa][\w\u00C0-\u024F]*|electricist[\w\u00C0-\u024F]*|contrôleu[\w\u00C0-\u024F]*|kellner[\w\u00C0-\u024F]*|lehrkraft|cajer[oa][\w\u00C0-\u024F]*|conductor[\w\u00C0-\u024F]*|mecánic[oa][\w\u00C0-\u024F]*|pharmacien[\w\u00C0-\u024F]*|apotheker[\w\u00C0-\u024F]*|mécanicien[\w\u00C0-\u024F]*|leader|educator|préposée?|asistente|representante|empleado|encargad[oa]|ayudante|educador[a]?|maestr[oa]|docente|gestor[a]?|éducat[\w\u00C0-\u024F]*|animat[\w\u00C0-\u024F]*|formateur|formatrice|gestionnaire|magasinier[\w\u00C0-\u024F]*|cariste|livreu[\w\u00C0-\u024F]*|caissi[\w\u00C0-\u024F]*|secrétaire|directeur|directrice|betreuer[\w\u00C0-\u024F]*|disponent[\w\u00C0-\u024F]*|lagerist[\w\u00C0-\u024F]*|fahrer[\w\u00C0-\u024F]*|kassierer[\w\u00C0-\u024F]*|camerier[ea]|cuoc[oa]|pizzaiol[oa]|commess[oa]|magazzinier[ea]|operai[oa]|impiegat[oa]|addett[oa]|infermier[ea]|sviluppat(?:ore|rice)|ingegnere|educat(?:ore|rice)|insegnante|elettricista|idraulico|muratore|saldatore|meccanico|contabile|segretari[oa]|lavapiatti|badante|vendit(?:ore|rice)|consulente|programmat(?:ore|rice)|farmacista|operat(?:ore|rice)|manutentore|carrellista|mulettista|garçom|garçonete|cozinheir[oa]|atendente|engenheir[oa]|coordenador[a]?|assistente|consultor|especialista|diretor[a]?|directora|contador[a]?|farmacêutic[oa]|estoquista|eletricista|mecânic[oa]|programador[a]?|advogad[oa]|desenvolvedor[a]?|enfermeir[oa]|estagiári[oa]|repositor[a]?|verkoper|ontwikkelaar|verpleegkundige|adviseur|beheerder|schoonmaker|kierowca|magazynier|księgow[ay]|programista|sprzedawca|kucharz|specjalista)(?![a-zA-Z\u00C0-\u024F])/i;
// The same words in the plural, for a call for several ("NOW HIRING 150 SEASONAL WAREHOUSE
// ASSOCIATES"): only after a hiring call or in a call's form (isPluralCall), since "Clearpath
// Dental Partners" is a company's name.
const TITLE_WORDS = new RegExp(TITLE_WORD.source.replace(/\(\?!\[[^\]]+\]\)$/, 's$&'), 'i');
const SEEKING =
  /\b(?:seeking|looking for|hiring(?: for)?|recruiting(?: for)?|searching for|sucht|suchen|recrute|recherche|cherche|busca|buscamos|búsqueda de)\s+(?:an?|our next|a new|einen?|eine|un|une|una?|un\/a|un\(e\)|son\/sa|son|sa)\s+(?:(?:experienced|passionate|motivated|reliable|friendly|talented|skilled|qualified|dedicated|enthusiastic|hard-?working)\s+)?\*?((?:[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\d&/+.'-]*|\([^)]{1,50}\)|of|and|&|-|,)(?:\s+(?:[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\d&/+.'-]*|\([^)]{1,50}\)|of|and|&|-|,)){0,10})/;
// A title written in passing, as words in capitals before "role" or "position": "for the
// Staff Data Engineer role at …".
const ROLE_BEFORE =
  /\b(?:the|this|our|your|an?)\s+((?:[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\d&/+.'-]*|of|and|&|-)(?:\s+(?:[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\d&/+.'-]*|of|and|&|-)){0,7})\s+(?:role|position|opening|vacancy|job|search(?= and| for|[.,;]))\b/;
// After "the position of", "le poste de", "la posición de", "die Position als", an interview
// reminder's "your interview for": up to a joiner word ("chez", "en", "bei", "at", "is") or a
// stop; French and Spanish titles go on in lower case.
const ROLE_AFTER =
  /\b(?:(?:the|this) (?:role|position) of|(?:your|an|the|our) interview (?:for|as)(?: the| an?)?|(?:le|au|du|ce) poste d['’e]\s?|[Ll]a (?:posición|vacante|plaza) de|(?:[Ee]l|[Ee]ste) puesto de|(?:die|der|zur|für die|eine) (?:Position|Stelle)(?: als| des| der)?)\s+([A-Z\u00C0-\u00DE][^\s,.;:!?()]*(?:\s(?!(?:chez|en|à|au|aux|dans|pour|para|con|bei|in|im|at|with|for|avec|que|qui|est|es|ist|is|on|y|et|und|sur|sous|de la|del|der|mit|zu)\b)[^\s,.;:!?()]+){0,6})/;
// "I am pleased to offer you the position of\nStaff Accountant, reporting to …", "this offer of
// employment for the position of Senior Mechanical Design\nEngineer with Halcyon …": the title
// may start on the next line or run onto it.
const OFFERED_POSITION =
  /\b(?:offer(?:ing)? you|offer of employment for)(?: the (?:position|role|post) of| employment as(?: an?)?)\s+\**(\p{Lu}[^,.;:!?()*\n]{1,80}?(?:\n[^,.;:!?()*\n]{1,40}?)?)\**(?=\s?[,.;(]|\s(?:with|at|in (?:our|the)|reporting|based|on|starting|effective|commencing|within)\b)/u;
const OFFER_WORDS = /offer(?:ing)? you|offer of employment for/;
// Only a letter that makes the offer: its salutation or its subject above, and no promise of a
// later one ("On completion we will offer you the position of Store Manager").
const LETTER_ABOVE =
  /^(?:dear|hi|hello)\b|\b(?:offer letter|letter of offer|offer of employment)\b/im;
const LATER_OFFER = /\b(?:will|may|might|could|would|can|shall)\s(?:\w+\s)?$/i;
const PAST_ROLE =
  /\b(?:left|leaving|quit|held|was in|were in|years in|months in|after|previous|former|last|my|his|her)\s(?:\w+\s)?$/i;
const ROLE_GONE = /^\s(?:\w+\s){0,2}(?:is|was|has been) (?:now )?(?:covered|filled|closed|taken)\b/;
// German / French job titles carry a gender marker: "(m/w/d)", "(H/F)", French inclusive
// writing "Horloger·ère", "confirmé·e".
// German also genders the word itself: "Bilanzbuchhalter:in", "Entwickler*in", "Lehrer_innen".
export const GENDER_MARKER =
  /\((?:[mwfdhxvkžжм]\s?\/\s?){1,3}[mwfdhxvkžжм]\)|\((?:all genders?|gn\*?)\)|\s(?:H\/F|F\/H|m\/w\/d|w\/m\/d)$|[a-zäöüß][:*_/]in(?:nen)?\b|[a-zéèû][·.](?:e|ère|euse|rice|se|ne|le|te)s?\b/i;
const NOT_TITLE =
  /^(?:job description|about|overview|summary|description|apply|location|full time(?! [a-z])|part time(?! [a-z])|all (?:shifts|positions)\b|we(?:'re|’re| are) (?!hiring|recruiting)|wir sind|nous sommes|somos|whatsapp chat with|chat with|text message|[#*\s]*(?:messenger|instagram)\b[^\n]*[·—–|]|[#*\s]*instagram(?: dms?| direct)?$|(?:discussion|conversation) (?:whatsapp|messenger|instagram)\b|chat de (?:whatsapp|telegram) con\b|(?:imessage|sms|signal|whatsapp|telegram)$|messenger\s[—–-]\s|saved from (?:facebook|instagram|whatsapp|messenger|linkedin)\b|ig dms?\b|(?:whatsapp|telegram|signal) ·|posted by|slack\s?[—–-]|microsoft teams\b|teams\s?[—–-]\s?chat|this week|in this (?:issue|edition)|cette semaine|diese woche|esta semana|whatsapp chat\s?[—–-]|slack export|linkedin(?:\s?[·|—–-]|\s(?:messag|inmail|nachrichten))|[<‹]?\s?messages?(?:$|\s[—–-]|\s{2})|conversation with|search messages$|inmail\s[·•]|[^\n]*\s[·•]\s+inmail$|focused\s{2,}other\b|(?:direct )?messages? with|dm with|unterhaltung mit|conversation avec|conversación con|xing\b|outlook\b|inbox$|messagerie$|mensajes$|mensajería$|nachrichten$|#[\w-]{2,40}\s[—–|-]\s|\(export(?:ed|ado|é|iert)?\b|<!--|(?:schreiben|verfassen|compose|new message|nouveau message|redactar|favorites|favoris|favoritos|favoriten|folders|ordner|dossiers|carpetas|posteingang|boîte de réception|bandeja de entrada|sent items|drafts|entwürfe|gesendet|junk email)$|telegram\s?[·|—–-])/i;
// A careers page's label over the job: "Lateral Attorney Opportunities", "Nursing Careers"; not
// "Director of Careers", "Coordinator, Volunteer Opportunities".
// "University of Northmoor", "Legal Aid Society of Middle Tennessee".
const EMPLOYER_OF =
  /^(?:[\p{Lu}][\p{L}&-]* ){0,3}(?:University|College|Institute|Society|School|Council|Authority|Hospital|Trust) of \p{Lu}/u;
const OPENINGS_LABEL = /^[^,]*(?<!\bof)\s(?:opportunities|careers|vacancies|openings|jobs)$/i;
const NAMED_OFFICE =
  /\battorney(?:['’]s)? (?:general|office)\b|\boffice of the\b|\b(?:interpreter|translation|interpreting) services\b/i;
// A Slack workspace's or a Discord server's name: "Denver Tech Meetup workspace".
const CHAT_SPACE = /\s(?:workspace|community server|discord server)$/i;
// A newsletter's masthead: "The Pixel Pushers Weekly — Issue #212", "Grid & Carbon — the climate
// tech newsletter".
const STRAPLINE =
  /^(?:the |a |your )?(?:monthly|weekly|fortnightly|quarterly|daily) (?:bulletin|newsletter|roundup|digest|update|jobs? (?:list|board|digest))\b/i;
const MASTHEAD =
  /\b(?:newsletter\b|(?:issue|edición|edicion|edição|édition|edizione|ausgabe|numéro) #?\d{1,4}\b|bolet[íi]n\b|digest(?:\s[—–|-]\s|$)|(?:monthly|weekly) (?:bulletin|roundup|digest|update)$|bulletin (?:de|d['’]|of)\b|(?:collective|community|group|network|workspace) slack$|week \d{1,2},? (?:19|20)\d\d\b|(?:roundup|round-up|digest|newsletter)\s[—–|-]\s(?:week|issue|no\.?|n°|#)\s?\d{1,4}$)|\sinbox(?: jobs)?$/i;
// A company's heading over its openings: "Ñandú Labs — Búsqueda abierta 🚀", "Acme — We're
// hiring!", "Brightfold | Careers", "Lakeview Public Schools — Now Hiring for 2026-27". The job's
// own heading comes below.
const HIRING_TAIL =
  /\s[—–|:-]\s(?:(?:we(?:'re|’re| are) hiring|now hiring|is hiring)(?: for (?:the )?(?:fall |spring |summer |winter )?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?: school year| season)?)?|búsqueda abierta|busqueda abierta|open (?:positions|roles|search|vacancies)|offene stellen|(?:jobs (?:&|and) )?careers|jobs|karriere|vacantes|empleos|trabaja con nosotros|on recrute|nous recrutons|wir stellen ein|emplois|carrières)[\s!.\p{Extended_Pictographic}\u{FE0F}]*$/iu;

// Glassdoor's rating under the employer's line: "3.9 ★", "4,1 ★", "3.9 out of 5 stars".
// What a heading adds to a field's job family: " de Cartera", " of Finance" (not " at Acme Corp",
// " - Acme Corp - Boston, MA", " Jobs in Boston").
const QUALIFIER = /^ (?:de|del|of|für|en|da|di|do|des) (?!jobs\b)[\p{L} ]{2,40}$/iu;
const BRACKETED_FIELD =
  /\s\((?:level|grade|band|seniority|career level|job level|req(?:uisition)?(?: ?#| id)?)\s?[:#][^()]{1,30}\)$/i;
const SINCE_YEAR =
  /\s(?:since|seit|depuis|desde|dal|sinds|sedan|siden)\s(?:(?:19|20)\d\d|\d{1,3} (?:years|jahren|ans|años|anni|jaar))$/i;
const STAR_RATING = /^(?:\d(?:[.,]\d)?\s?(?:★|stars?|out of 5(?: stars?)?)?|★\s?\d(?:[.,]\d)?)$/;

// How far down a board's chrome can push the title: LinkedIn's saved page puts some fifteen
// lines of menu ("Home", "My Network", "Messaging", ...) over it.
const HEADER_LINES = 24;
const TITLE_LINES = 20;
const NEAR_TOP = 12;
const FIELD_LINES = 16;
const SEEKING_LINES = 6;

// The first twelve lines, or twenty when those twelve are all short chrome (no heading, no
// prose): past a body, a line with a title word belongs to another ad.
function titleLines(header: Line[]): number {
  for (let i = 0; i < NEAR_TOP && i < header.length; i++) {
    const line = header[i];
    if (line && (line.kind === 'heading' || line.text.length >= CHROME_MAX)) return NEAR_TOP;
  }
  return TITLE_LINES;
}

const CHROME_MAX = 80;

// A mail that pastes the posting below a rule ("=====" over "Registered Nurse - Med/Surg |
// Req RN-24-3381"): the lines just under the rule are in reach too.
function titleLinesOf(header: Line[], lead: string): number {
  const near = titleLines(header);
  if (!MAIL_HEADER.test(lead) && !MAIL_SUBJECT.test(lead)) return near;
  const rule = header.findIndex((line, i) => i >= near && RULE.test(line.text));
  return rule < 0 ? near : rule + 4;
}

// A line that starts or stops on a word no title starts or ends with ("for a *Senior Backend
// Engineer", "… as a Software Engineering Intern – Perception on our"): part of a sentence cut
// by the line's ends. ("Class A", "Sign On" end titles.)
// Lower case only: "Director of IS", "Machinist - Tool and Die" end titles.
const DANGLING_END =
  /\s(?:our|the|to|with|for|and|of|your|their|this|is|are|will|who|that|which|by|le|les|des|du|et|der|die|das|und|für|los|las|del|con|para)$/;
// Also a sender introducing themselves ("Hey it's Maya from Juniper Dental") and a greeting's
// well-wishing ("Jordan — hope you're well").
const DANGLING_START =
  /^(?:for|to|with|of|and|as|at) (?:an?|the|our|your)\s|^my\s|^(?:it['’]s|it is|this is) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:from|at|with|here)\b|\bhope (?:you(?:['’]re| are)|this finds|all is|you['’]ve been)\b/iu;

/** Extracts the job title, or null. */
/**
 * The title without the employer a header line names after it: "Développeur·se Full Stack Senior
 * – Cigale Énergie – 55-65 k€" once the company is known to be "Cigale Énergie"; "Sous Chef at
 * The Copper Kettle". A title that is only the company's name stays.
 */
export function withoutCompanyTail(
  title: Evidenced<string> | null,
  company: Evidenced<string> | null,
): Evidenced<string> | null {
  const span = title?.spans[0];
  if (!title || !company || !span || company.value.length < 3) return title;
  // "Senior iOS Engineer at Hoshizora" for "Hoshizora Inc.": the name without its legal form.
  const core = stripLegalForm(company.value).replace(/,$/, '');
  const name = title.value.includes(company.value) || core.length < 3 ? company.value : core;
  let at = title.value.indexOf(name);
  // "Mobile Engineer (Flutter) – Rupa Finansial" for "PT Rupa Finansial Teknologi": the header
  // names the employer by the first words of its name.
  if (at < 0) at = shortNameAtEnd(title.value, core);
  // "Vantage Staffing - Christmas Temp - Parcel Sorter": the employer first, then a dash.
  const lead = at === 0 ? COMPANY_HEAD.exec(title.value.slice(name.length)) : null;
  if (lead && title.value.length > name.length + lead[0].length + 2) {
    const from = name.length + lead[0].length;
    return evidence(title.value.slice(from), span.start + from, span.end);
  }
  if (at < 4) return title;
  // "SOUS CHEF - The Gannet Inn" once "the Gannet Inn" named the company in a sentence.
  if (/\s[Tt]he $/.test(title.value.slice(0, at))) at -= 4;
  // "Senior Product Manager, Quillfeather": after a comma only at the end.
  const last = at + name.length === title.value.length;
  const head = (last ? COMPANY_JOINER_AT_END : COMPANY_JOINER).exec(title.value.slice(0, at));
  if (!head) return title;
  // "Data Scientist opportunity - Thistlewood Energy": the message's noun for the job goes too.
  const value = withoutOfferNoun(title.value.slice(0, head.index));
  return { value, spans: [{ start: span.start, end: span.start + value.length }] };
}

/** Where a title's last dashed part starts when it is the first words of the employer's name. */
function shortNameAtEnd(title: string, company: string): number {
  // Indonesia's legal form goes first: "PT Rupa Finansial Teknologi".
  const core = company.replace(/^(?:PT|CV)\.?\s/, '');
  const formFirst = core !== company;
  const m = LAST_DASHED_PART.exec(title);
  const part = m?.[1];
  // Two words at least, or an Indonesian legal form before the name: "– Enterprise" for
  // "Enterprise Mobility" is the title's own specialisation.
  if (!m || !part || part.length < 4 || (!part.includes(' ') && !formFirst)) return -1;
  const next = core.charAt(part.length);
  return core.toLowerCase().startsWith(part.toLowerCase()) && (next === ' ' || next === '')
    ? m.index + m[0].length - part.length
    : -1;
}
const LAST_DASHED_PART = /\s[–—|-]\s([^–—|\-()]+)$/;

// Latin letters, digits, punctuation and spaces only: no Asian script.
const LATIN_ONLY = /^[\s!-\u024f]+$/;

/**
 * A posting in Japanese, Korean, Chinese, Vietnamese or Thai: the job on a line of its own when
 * none was found, or the board's line or the employer's ("猎聘 | 职位详情", "(주)브릿지랩스"), or
 * a line in the posting's script that names no job; the Asian reading of the found line itself
 * ("【看護師／パート】日勤のみ・週2日～OK｜…" is "看護師"). An English title ("Product Manager") stays.
 */
function withAsianTitle(
  ctx: ExtractContext,
  found: Evidenced<string> | null,
): Evidenced<string> | null {
  const asian = asianTitle(ctx.lines);
  if (
    !found ||
    isAsianChrome(found.value) ||
    isAsianEmployer(found.value) ||
    (!namesAsianJob(found.value) && !LATIN_ONLY.test(found.value))
  ) {
    return asian ?? found;
  }
  return asian && sameLine(ctx, asian, found) ? asian : found;
}

function sameLine(ctx: ExtractContext, a: Evidenced<string>, b: Evidenced<string>): boolean {
  const at = (e: Evidenced<string>) => lineIndexAt(ctx.lines, e.spans[0]?.start ?? -1);
  return at(a) === at(b) && at(a) >= 0;
}

const JOINER = String.raw`\s(?:[–—|-]|at|@|chez|bei)`;
const COMPANY_HEAD = /^\s[–—|-]\s/;
const COMPANY_JOINER = new RegExp(`${JOINER}\\s$`);
const COMPANY_JOINER_AT_END = new RegExp(`(?:${JOINER}|,)\\s$`);

export function extractTitle(ctx: ExtractContext): Evidenced<string> | null {
  let found = jobOfHiringLine(findTitle(ctx));
  if (isAsianText(ctx.text)) found = withAsianTitle(ctx, found);
  if (!found) return null;
  // A subject's or a chat's pictogram after the name: "Barista / All-rounder 🙂"; a message's
  // noun for the job after it: "Data Scientist opportunity", "Shift Supervisor posting".
  const marks = trailingPictograms(found.value);
  const trimmed = withoutOfferNoun(found.value.slice(0, found.value.length - marks).trimEnd());
  if (trimmed === found.value || trimmed === '') return found;
  const start = found.spans[0]?.start ?? 0;
  return evidence(trimmed, start, start + trimmed.length);
}

const OFFER_NOUN_AFTER = /(?<=\S)\s(?:opportunity|posting)$/i;

/** The title without a message's "opportunity" after a job's name ("Director of Equal
 * Opportunity" keeps it). */
function withoutOfferNoun(value: string): string {
  const cut = value.replace(OFFER_NOUN_AFTER, '');
  return cut !== value && TITLE_WORD.test(cut.slice(cut.lastIndexOf(' ') + 1)) ? cut : value;
}

// "Kelpie Cloud is hiring a Site Reliability Engineer (remote, Canada only)": a whole line taken
// for the title that is the employer's hiring sentence names the job inside it.
const HIRING_LINE = /^[^.!?]{2,60}?\s(?:is|are)\s(?:now\s)?hiring\s/i;

function jobOfHiringLine(found: Evidenced<string> | null): Evidenced<string> | null {
  if (!found || !HIRING_LINE.test(found.value)) return found;
  const start = found.spans[0]?.start ?? 0;
  const line: Line = { text: found.value, start, kind: 'line', level: undefined };
  const job = titleInHiringSentence([line], TITLE_WORD);
  if (!job) return found;
  // "… is hiring an Engineering Manager, Platform": the team after the comma is the title's.
  const team = TEAM_AFTER.exec(found.value.slice(job.end - start));
  const end = job.end + (team ? team[0].length : 0);
  return evidence(found.value.slice(job.start - start, end - start), job.start, end);
}

const TEAM_AFTER = /^, \p{Lu}[\p{L}&/ -]{1,40}?(?=\s*(?:\(|[.!]|$))/u;

// A public body's letterhead (isPublicBodyName): "Kanton Luzern" over "Dienststelle Steuern",
// "CIUSSS des Laurentides-Nord" over "Offre d'emploi no 2025-1187", then the job. The body and its
// units are the employer, not the title.
const LETTERHEAD_UNIT =
  /^(?:dienststelle|abteilung|amt|referat|fachbereich|direction|service|centro|servicio|área|department|directorate|division|branch|unit|office|offre d['’]emploi|oferta de empleo|stellenangebot|job (?:ad|posting|reference|ref)|ref(?:erence)?\.?|n[°º]|no\.?)\b/i;
// "Schul- und Sportdepartement", "Bildungsdirektion": a Swiss department under the canton.
const UNIT_COMPOUND = /^[\p{L} -]{0,40}(?:departement|direktion|dezernat)$/iu;
const LETTERHEAD_LINES = 4;

function titleUnderLetterhead(header: Line[]): Line | undefined {
  const first = firstContentLine(header);
  // "Council Gardener", "City of London Tour Guide": a title that names a public body.
  if (!first || !isPublicBodyName(first.text) || TITLE_WORD.test(first.text)) return undefined;
  const at = header.indexOf(first);
  for (let i = at + 1; i < Math.min(header.length, at + 1 + LETTERHEAD_LINES); i++) {
    const line = header[i];
    if (!line || isHeaderChrome(line.text)) continue;
    const text = line.text.trim();
    if (
      isPublicBodyName(text) ||
      LETTERHEAD_UNIT.test(text) ||
      UNIT_COMPOUND.test(text) ||
      isKnownPlace(text)
    ) {
      continue;
    }
    return line;
  }
  return undefined;
}

function findTitle(ctx: ExtractContext): Evidenced<string> | null {
  const header = headerLines(ctx, HEADER_LINES);
  // 1. An explicit field, near the top (further down it may be another ad's).
  // In a mail or a chat, the body's "Role:" is the recruiter's own field, below the mail's
  // header lines or the chat's first messages.
  const lead = header[0]?.text ?? '';
  const weakLines =
    ctx.top > 0 ||
    MAIL_HEADER.test(lead) ||
    MAIL_SUBJECT.test(lead) ||
    isChatExportTop(lead) ||
    isChatPlace(lead) ||
    CHAT_HEADER.test(lead)
      ? FIELD_LINES
      : 4;
  for (const [i, line] of header.slice(0, FIELD_LINES).entries()) {
    // Messenger ads lead each field with a pictogram: "💼 Post: Field Sales Executive".
    // An email's list of details: "- Poste : Serveur / Serveuse".
    // A chat message's field in messenger bold: "[11:26] Rohan: *POSITION: OUTLET MANAGER*".
    const text = withoutEmoji(withoutChatHeader(lineBody(line))).body.replace(BOLD_EDGES, '');
    const m =
      TITLE_FIELD.exec(text) ??
      (i < weakLines ? WEAK_TITLE_FIELD.exec(text) : null) ??
      // A recruiter's mail lists "Rolle: …" among its facts; a posting's "Rolle:" describes.
      (weakLines === FIELD_LINES && i > 0 ? MAIL_ROLE_FIELD.exec(text) : null);
    if (m?.[1] && !/^\d/.test(m[1])) {
      const field = decorated({
        body: m[1].trim(),
        start: line.start + line.text.length - m[1].length,
      });
      // "Position: Postdoctoral Research Fellow, full-time (100 %), fixed-term for three years":
      // the field goes on with the terms.
      const terms = TERMS_AFTER_COMMA.exec(field.body);
      const head = terms ? field.body.slice(0, terms.index) : '';
      const whole = head.length > 2 && !head.includes('(') ? head : field.body;
      // "Title: Lead Data Analyst (Level: Lead)": a field of its own in brackets after it.
      const value = whole.replace(BRACKETED_FIELD, '');
      // A board's "Cargo: Analista" is the job's family, under the heading that names the job
      // in full ("Analista de Cartera").
      const fuller = header
        .slice(0, i)
        .find(
          (h) =>
            h.text.startsWith(`${value} `) &&
            QUALIFIER.test(h.text.slice(value.length)) &&
            looksLikeTitle(h.text),
        );
      if (fuller) return evidence(fuller.text, fuller.start, fuller.start + fuller.text.length);
      return evidence(value, field.start, field.start + value.length);
    }
  }
  // A public notice of vacancies under its letterhead: its first numbered post.
  const post = firstPostOfNotice(ctx);
  if (post) return post;
  // 2. A mail's subject: the body's first lines are a greeting, and a signature ("Marcus /
  // Chef de Cuisine, Salt & Cedar") can sit within reach below it.
  const subject = titleFromSubject(header, TITLE_WORD, isKnownPlace);
  if (subject) return evidence(subject.value, subject.start, subject.start + subject.value.length);
  // An offer letter's letterhead and "OFFER LETTER" head it; its offer names the job.
  const offered = offeredPosition(ctx.text);
  if (offered) return offered;
  // A careers page's breadcrumb ends on the job, set again as the page's heading below it.
  const crumbed = titleUnderBreadcrumb(header);
  if (crumbed) return crumbed;
  // 3. A heading or a short title-looking line near the top (below a board's menu, which can
  // take half a dozen lines); a line that is only a menu item or a meta value is never it.
  let signOff = -1;
  // Facebook Messenger's window: "Messenger" over "Salt & Fig Kitchen" and "Typically replies
  // within an hour" names the app, not a court messenger's job.
  const appTop = isMessengerWindow(header) || isConversationTop(header);
  const glassdoor = ctx.text.includes('Glassdoor');
  for (const [i, line] of header.slice(0, titleLinesOf(header, lead)).entries()) {
    if (i === 0 && appTop) continue;
    // A mail's signature under its sign-off ("Thanks," over "Joanne Pruitt, BSN, RN" and
    // "Charge Nurse, 4 West") or its "--" delimiter: the sender's own job, up to a blank line,
    // a rule, a heading or six lines on.
    if (SIGN_OFF.test(line.text) || line.text.trim() === '--') {
      signOff = i;
      continue;
    }
    if (signOff >= 0) {
      const ends = RULE.test(line.text) || line.kind === 'heading' || opensPosting(header, i);
      if (ends || i - signOff > SIGNATURE_LINES) signOff = -1;
      else continue;
    }
    // A LinkedIn message's sender ("Hugo Marchand · 1er") and the headline under the name; a
    // board's search box ("What" over "truck driver").
    const above = i > 0 ? (header[i - 1]?.text ?? '') : '';
    if (CONNECTION.test(line.text) || CONNECTION.test(above) || SEARCH_LABEL.test(above)) {
      continue;
    }
    // An InMail's sender over their headline: "Owen MacLeod" over "Director of Machine Learning
    // at Aurora Ledger".
    if (
      SENDER_HEADLINE.test(line.text) &&
      (isPersonName(above.trim()) || INMAIL_SENDER.test(above))
    ) {
      continue;
    }
    // A social post's author over its time stamp: "Karen Whitfield" over "2h · 🌍".
    // A newsletter's name over its strapline: "The Derwent Dispatch" over "Monthly bulletin of …".
    const below = header[i + 1]?.text ?? '';
    if (isAboveStampOrBanner(below) || isChatSpeaker(header, i) || STRAPLINE.test(below)) continue;
    // Glassdoor's employer over its rating: "Pinecrest Capital Partners" over "3.9 ★" (elsewhere
    // a title may sit over its employer's rating).
    if (glassdoor && STAR_RATING.test(below.trim())) continue;
    if (isThreadSender(header, i)) continue;
    // The strapline under a newsletter's masthead: "Remote LatAm Devs — Edición #87" over "Los
    // mejores trabajos remotos para devs en Latinoamérica, cada martes".
    if (i > 0 && MASTHEAD.test(above) && !TITLE_WORD.test(line.text)) continue;
    // A search form copied with its fields ("Was suchst du?  [Koch]   PLZ oder Ort [München]").
    if (isSearchForm(line.text)) continue;
    const bare = withoutEmoji(withoutChatHeader(lineBody(line)));
    // "*🔥URGENT HIRING🔥*" over "*International Voice Process (US Shift)*": under a bare
    // hiring shout, the messenger's bold line is the title, title word or not.
    if (i > 0 && isShoutOnly(header[i - 1]?.text ?? '')) {
      const bold = BOLD_LINE.exec(bare.body)?.[1];
      const shouted = bold
        ? { body: bold, start: bare.start + bare.body.indexOf(bold) }
        : decorated(bare);
      const text = shouted.body;
      const plain = looksLikeTitle(text) && !text.includes(': ') && !isHeaderChrome(text);
      if (plain && text.split(' ').length <= 8) {
        return evidence(text, shouted.start, shouted.start + text.length);
      }
    }
    // An employer's heading over its openings ("Lakeview Public Schools — Now Hiring for
    // 2026-27"), unless a job is named before the call ("Line Cook — Now Hiring!").
    const call = HIRING_TAIL.exec(bare.body);
    if (call && !TITLE_WORD.test(bare.body.slice(0, call.index))) continue;
    const { body, start } = decorated(pipeRowTitle(bare));
    // After a hiring call, a plural names the job: "NOW HIRING 150 SEASONAL WAREHOUSE ASSOCIATES".
    const called = start > bare.start && TITLE_WORDS.test(body);
    // A letterhead's legal name ("HANSEKAI INGENIEURBAU GMBH & CO. KG") is the employer; a
    // board's "Graphic Designer at Ìràwọ̀ Foods Limited" under its menu names the job first.
    if (hasLegalForm(body) && !GENDER_MARKER.test(body)) {
      const job = jobAtEmployer(body);
      if (job) return evidence(job, start, start + job.length);
      continue;
    }
    // A job alert numbers its postings: "1. Infirmier(ère) en soins intensifs (H/F/X)".
    // Not the first line of a chat message: "Tomás Reyes  10:04 AM" over "*1) Product Manager*".
    const messageOpens = MESSAGE_TIME.test(above) || SENDER_STAMP.test(above);
    if (line.kind === 'list-item' && !GENDER_MARKER.test(body) && !messageOpens) continue;
    if (/ : |: /.test(body) && !isTitleWithColon(body, TITLE_WORD)) continue;
    if (
      looksLikeTitle(body) &&
      ((line.kind === 'heading' && !classifyHeading(normaliseHeading(body))) ||
        namesJob(body) ||
        called ||
        // A call for several hires names them in the plural: "Snow Removal Labourers & Skid
        // Steer Operators — On-Call Winter 2025/26".
        (i > 0 && isPluralCall(body))) &&
      !isHeaderChrome(body)
    ) {
      // "Necesitamos un repartidor": a chat's lower-case name is given capitals.
      return evidence(start > bare.start ? capitalised(body) : body, start, start + body.length);
    }
  }
  // 4. The line under an employer's line that ends on its recruiting verb, or under a notice's
  // "invites applications for the position of:".
  const led = titleUnderRecruiter(header);
  if (led) return led;
  // 5. "We are seeking a Principal Data Scientist to drive ...".
  for (const [i, line] of header.slice(0, NEAR_TOP).entries()) {
    const m = SEEKING.exec(line.text);
    if (m?.[1]) {
      const from = m.index + m[0].length - m[1].length;
      // In a message's bold: "hiring for a *Senior Backend Engineer – Payments Platform* for
      // our Bengaluru office": the bold is the title, dashes and all.
      const close = line.text.charCodeAt(from - 1) === 0x2a ? line.text.indexOf('*', from) : -1;
      const bold = close > from ? line.text.slice(from, close).trim() : '';
      if (bold !== '' && TITLE_WORD.test(bold) && looksLikeTitle(bold)) {
        return evidence(bold, line.start + from, line.start + from + bold.length);
      }
      // Past the first lines only a title set in bold counts: a plain "We are hiring a Sous
      // Chef as well" further down names another job.
      if (i >= SEEKING_LINES) continue;
      // "a Senior Data Engineer to build and maintain ...": the title ends before its purpose,
      // or before the writer ("hiring a Quality Engineer II and I immediately thought of you").
      const value = m[1]
        .replace(/\s(?:to|who|that|which)\s.*$|\s(?:and|&) I\b.*$/, '')
        .replace(/[\s,&-]+(?:of|and)?$|(?<=\p{Ll}{2})\.$/u, '')
        .trim();
      if (TITLE_WORD.test(value)) {
        const start = line.start + m.index + m[0].length - m[1].length;
        return evidence(value, start, start + value.length);
      }
    }
  }
  // 6. The first line, when it is short and not a heading, a place or a sentence: boards put
  // the title first even when it has no title word ("Barista").
  const first = appTop ? null : (titleUnderLetterhead(header) ?? firstContentLine(header));
  // Not a chat export's first line ("Telegram" over "Chat export · …").
  if (
    first &&
    first.kind !== 'list-item' &&
    !isThreadSender(header, header.indexOf(first)) &&
    !CONNECTION.test(first.text) &&
    !isChatExportTop(first.text)
  ) {
    const raw = lineBody(first);
    const { body, start } = decorated(raw);
    // "Collingwood, Melbourne": a town before its place tail is a place line, no title.
    const placeLine = raw.body.startsWith(`${body}, `);
    // "Senior Data Engineer at Acme Corp": the job before its employer's full name.
    const job = hasLegalForm(body) || endsInOrganisationKind(body) ? jobAtEmployer(body) : null;
    if (job) return evidence(job, start, start + job.length);
    const short =
      body.split(/\s+/).length <= 6 &&
      !/[,:;]/.test(body) &&
      !hasLegalForm(body) &&
      !endsInOrganisationKind(body) &&
      !placeLine;
    if (
      short &&
      looksLikeTitle(body) &&
      !isKnownPlace(body) &&
      !classifyHeading(normaliseHeading(body))
    ) {
      return evidence(body, start, start + body.length);
    }
  }
  // 7. A message names the job in passing: "the Senior Accountant role at Ridgeline CPA", "le
  // poste de Chef de projet chez Vallorie", "la posición de Analista de Datos en Grupo Loma",
  // "die Position Teamleiter Logistik bei der Nordkamp GmbH".
  for (const line of header.slice(0, NEAR_TOP)) {
    const m = ROLE_BEFORE.exec(line.text) ?? ROLE_AFTER.exec(line.text);
    const value = m?.[1]?.trim();
    // Not a job held before or one that is gone: "I left the Store Manager role at Aldi", "our
    // Office Manager position is now covered".
    const past = m ? PAST_ROLE.test(line.text.slice(Math.max(0, m.index - 40), m.index)) : false;
    const gone = m ? ROLE_GONE.test(line.text.slice(m.index + m[0].length)) : false;
    if (value && m && !past && !gone && TITLE_WORD.test(value) && looksLikeTitle(value)) {
      const start = line.start + m.index + m[0].indexOf(value);
      return evidence(value, start, start + value.length);
    }
  }
  // 8. A message names it only in a hiring sentence, often in lower case: "We need a picking
  // team supervisor for this season".
  const named =
    titleInHiringSentence(header.slice(0, FIELD_LINES), TITLE_WORD) ??
    titleOfJobMention(header.slice(0, FIELD_LINES), TITLE_WORD) ??
    titleOfPublicNotice(header.slice(0, FIELD_LINES), TITLE_WORD);
  return named ? evidence(named.value, named.start, named.end) : null;
}

// A breadcrumb trail: "Home  >  Vacatures  >  Beleidsadviseur Waterkwaliteit", "Ledige
// stillinger ► Seniorrådgiver – regelverk", "Home / Vacatures / ICT / IT Support Medewerker".
// Bounded runs of spaces: `\s+` before the arrow would scan a long run of spaces from each of
// its positions.
const CRUMB_ARROW = /\s{1,3}[>›»►]\s{1,3}|^\s*[>›»►]\s*/;
const CRUMB_SLASH = /\s{1,3}\/\s{1,3}/;
const CRUMB_LINES = 8;
const CRUMB_REACH = 4;

/**
 * The line a breadcrumb's last crumb names again below it: "Home > Vacatures > Beleidsadviseur
 * Waterkwaliteit" over the careers site's menu and "Beleidsadviseur Waterkwaliteit"; the crumb
 * may add the employer ("Head of Finance – Havnehus Foods A/S" over "HEAD OF FINANCE").
 */
function titleUnderBreadcrumb(header: Line[]): Evidenced<string> | null {
  for (const [i, line] of header.slice(0, CRUMB_LINES).entries()) {
    const arrows = line.text.split(CRUMB_ARROW);
    const crumbs = arrows.length >= 2 ? arrows : line.text.split(CRUMB_SLASH);
    if (crumbs.length < (crumbs === arrows ? 2 : 3)) continue;
    const last = (crumbs[crumbs.length - 1] ?? '').trim().toLowerCase();
    if (last.length < 3) continue;
    for (const below of header.slice(i + 1, i + 1 + CRUMB_REACH)) {
      const { body, start } = decorated(lineBody(below));
      const named = body.toLowerCase();
      // The heading may say more than the crumb: "… / Backend-utvecklare" over "Backend-utvecklare
      // (Go) – Fakturering".
      const same =
        named === last ||
        (last.startsWith(named) && /^\s[–—|-]\s/.test(last.slice(named.length))) ||
        (named.startsWith(last) && /^\s(?:\(|[–—|-]\s)/.test(named.slice(last.length)));
      // The trail may end on a place or the employer ("Ofertas › Construcción › Antofagasta",
      // "Remote Marketing jobs › Pixelharbor"): only a job's name counts.
      if (
        same &&
        namesJob(body) &&
        looksLikeTitle(body) &&
        !isKnownPlace(body) &&
        !hasLegalForm(body) &&
        !classifyHeading(normaliseHeading(body))
      ) {
        return evidence(body, start, start + body.length);
      }
    }
  }
  return null;
}

// A public notice's words for the posts it lists ("invites applications … to fill the following
// positions", "VACANCY ANNOUNCEMENT", "Public Service Vacancy Circular").
const NOTICE_CUE =
  /\b(?:invites? applications|the following (?:vacant )?(?:positions|posts|vacancies)|vacancies in the|vacancy (?:announcement|circular|notice)|vacant positions)\b/i;
// "1. MEDICAL OFFICER - JOB GROUP M (CSG 8)   - 3 POSTS", "1.  SENIOR PHARMACIST (1)", South
// Africa's "POST 14/201 : DEPUTY DIRECTOR: LEGAL SERVICES REF NO: DCHS/2025/031".
// The reader turns the number into a list's dash: then the post is in capitals.
const NUMBERED_POST = /^(?:(?:1|01)[.)]\s+|POST \d{1,3}\/\d{1,4}\s*:\s+|([-•])\s+)(\S.{2,120})$/;
// What follows the post's name: its grade, its reference, how many posts ("– TEN (10) POSTS",
// "(12 POSTS)", "(1)").
const POST_DETAILS =
  /\s+[-–—]\s+(?:job group|grade|band|scale|level|salary|ref|csg|\d+ posts?)\b.*$|\s+(?:REF|Ref)(?: NO)?[:.].*$|\s*[-–—]?\s*\((?:\d{1,3} posts?|\d{1,2})\)$|\s+[-–—]\s+(?:[a-z]+ )?\(?\d{1,3}\)? posts?$|\s{3,}.*$/i;
const NOTICE_LINES = 60;

function firstPostOfNotice(ctx: ExtractContext): Evidenced<string> | null {
  const lines = headerLines(ctx, NOTICE_LINES);
  const cue = lines.findIndex((line) => NOTICE_CUE.test(line.text));
  if (cue < 0) return null;
  let lastCue = cue;
  for (const [k, line] of lines.slice(cue).entries()) {
    const text = line.text.trim();
    if (NOTICE_CUE.test(text)) {
      lastCue = cue + k;
      continue;
    }
    // A section's heading ends the search: its items are duties or requirements, no posts.
    if (
      line.kind === 'heading' ||
      /:$/.test(text) ||
      /^reporting to\b/i.test(text) ||
      classifyHeading(normaliseHeading(text))
    ) {
      return null;
    }
    const m = NUMBERED_POST.exec(text);
    const written = m?.[2];
    if (!written || (m[1] && /\p{Ll}/u.test(written))) continue;
    // A list's dash only right under the notice's words: "- SENIOR PHARMACIST (1)".
    if (m[1] && cue + k - lastCue > 3) return null;
    const value = written.replace(POST_DETAILS, '').trim();
    if (!TITLE_WORD.test(value) || !looksLikeTitle(value)) return null;
    const start = line.start + line.text.indexOf(written);
    return evidence(value, start, start + value.length);
  }
  return null;
}

// A recruiter's own headline over the message: "Talent Acquisition Partner at Northwind Inc.".
const RECRUITING_JOB =
  /\b(?:talent|recruit\w*|sourc\w*|hiring manager|people partner|hr business partner|human resources)\b/i;
/** The job of "Senior Data Engineer at Acme Corp" (the caller checks the employer's name). */
function jobAtEmployer(body: string): string | null {
  const job = TITLE_AT_EMPLOYER.exec(body)?.[1];
  return job && TITLE_WORD.test(job) && looksLikeTitle(job) && !RECRUITING_JOB.test(job)
    ? job
    : null;
}

const TITLE_AT_EMPLOYER = /^([^,:;|@]{3,60}?) (?:at|@|bei|chez) \p{Lu}[^,:;|@]{1,60}$/u;

// "Rederiaktiebolaget Gyllene Havsörnen söker" over "STYRMAN (vikariat)", "Mutuelle Rhône-Alpes
// Prévoyance recrute" over "JURISTE EN DROIT SOCIAL (H/F)": the employer's line ends on its
// recruiting verb (and maybe an article), and the title follows on its own line.
const RECRUITS_ABOVE =
  /^\p{Lu}.{1,150}\s(?:sucht|söker|søker|søger|zoekt|recrute|recherche|busca|cerca|ricerca|procura|poszukuje|zatrudni|seeks|is (?:hiring|seeking|looking for))(?:\s(?:per direct|op korte termijn|ab sofort|zum nächstmöglichen zeitpunkt|dringend|immédiatement|urgentemente))?(?:\s(?:een|eine?n?|eine\/n|ein\(e\)|une?|un\(e\)|una?|uno|um|uma|ett|en|an?))?\s*:?$/u;
// A public notice's line that names what follows as the position: "COUNTY OF HUMBOLDT" /
// "invites applications for the position of:" over "Deputy Public Defender III". The cue says
// the next line is a job, title word or not.
const POSITION_NAMED_ABOVE =
  /(?:\b(?:position|post|role|vacancy|classification) of|\b(?:au|le|du) poste d['’]e?|\b(?:el|al) puesto de|\bla (?:plaza|vacante) de)\s*:?$/i;
// Not a job under such a line: a date or season, "Our Bayview Clinic", "Part-Time Evening Hours".
const NOT_NAMED_JOB =
  /\d|^(?:our|the|a|an|this)\b|\b(?:part[- ]time|full[- ]time|fixed[- ]term|contract|temporary|permanent|hours|shifts?|start)\b/i;
const LED_TITLE_WORDS = 8;

function titleUnderRecruiter(header: Line[]): Evidenced<string> | null {
  const at = header
    .slice(0, NEAR_TOP)
    .findIndex((line) => RECRUITS_ABOVE.test(line.text) || POSITION_NAMED_ABOVE.test(line.text));
  const line = at >= 0 ? header[at + 1] : undefined;
  if (!line || line.kind === 'list-item') return null;
  const named = POSITION_NAMED_ABOVE.test(header[at]?.text ?? '') && !NOT_NAMED_JOB.test(line.text);
  const { body, start } = decorated(lineBody(line));
  // A job's name, a gender marker or capitals: not "Join our growing team", "Portland, OR".
  const shouted = !/\p{Ll}/u.test(body.replace(/\([^()]*\)/g, ''));
  const fits =
    body.split(/\s+/).length <= LED_TITLE_WORDS &&
    (named || TITLE_WORD.test(body) || GENDER_MARKER.test(body) || shouted) &&
    looksLikeTitle(body) &&
    !isPlaceForTitle(body.replace(/,\s?[A-Z]{2}$/, '')) &&
    !classifyHeading(normaliseHeading(body)) &&
    !isHeaderChrome(body);
  return fits ? evidence(body, start, start + body.length) : null;
}

/** A sentence of chat before a "?" or "!": three words or more, and no hiring shout. */
function isChatSentence(text: string): boolean {
  const mark = text.search(/[!?]\s\S/);
  if (mark < 0) return false;
  const before = text.slice(0, mark);
  return before.split(' ').length >= 3 && !HIRING_WORD.test(before);
}

const BOLD_LINE = /^\*([^*\n]{3,90})\*$/;
const BREADCRUMB =
  /^(?:[/›>»]\s?)?(?:home|start|careers?|jobs?|vacancies|open positions|karriere|jobs? & karriere|stellenangebote|stellen|emplois?|offres(?: d['’]emploi)?|carri[eè]res?|empleos?|trabajos?|ofertas|recrutement|recruitment|reclutamiento)\s?[/›>»]\s?[^/›>»]{1,40}\s?[/›>»]\s?\S/i;
const SPACED_TIME = /\s{2}\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/;
// Slack's "Tomás Reyes  10:04 AM" over a message.
const SENDER_STAMP = /^\p{Lu}[\p{L}'’. -]{1,40}\s{1,3}\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/u;
const MESSAGE_TIME = /\s[—–|·-]\s\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/;
const CHIP_ROW = / · [^·]+ · /;
// "Registered Nurse - ICU" over "St. Luke Hospital" and "Boise, ID": a posting's header under
// the sign-off (the cleaned text keeps no blank line to tell), not the sender's own job.
function opensPosting(header: Line[], i: number): boolean {
  const line = header[i];
  if (!line || !TITLE_WORD.test(line.text)) return false;
  return [header[i + 1], header[i + 2]].some(
    (next) => next && (isPlaceForTitle(next.text) || TOWN_AND_REGION.test(next.text)),
  );
}

// "Boise, ID", "Toronto, ON".
const TOWN_AND_REGION = /^\p{Lu}[\p{L}.'’ -]{1,30},\s[A-Z]{2}$/u;

const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS})[,!.]*\\s*$`, 'i');
const RULE = /^[=\-_*~—–]{3,}$/;
const SIGNATURE_LINES = 6;
const CREDENTIALED = /^([^,]{3,40}),\s?(?:(?:[A-Z][A-Za-z.]{0,6}[A-Z.]|Ph\.?D\.?)(?:,\s?|\s|$))+$/;

function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && !NOT_PERSON.test(text);
}

/** Whether a line (after a chat header) is only a hiring shout: "*🔥🔥URGENT HIRING🔥🔥*". */
function isShoutOnly(text: string): boolean {
  const body = text.slice(chatMessageStart(text)).replace(/\*/g, '').trim();
  if (!HIRING_WORD.test(body)) return false;
  const { offset } = titleWithin(body, isPlaceForTitle);
  return offset >= body.length;
}

const HIRING_WORD =
  /hiring|urgent|recrut|recrute|embauche|busca|buscamos|contratando|sucht|suchen|wanted|vacanc|opening/i;

const SECOND_SENTENCE = /\p{Ll}[.!?]\s\p{Lu}\p{Ll}+\s\p{Ll}/u;

const MESSENGER_CHROME =
  /\b(?:typically replies|responds (?:in|within)|responds in a few|active (?:\d+\s?[mhd]|now)|you['’]re friends on facebook|conversation with|replies within)\b/i;

function isMessengerWindow(header: Line[]): boolean {
  if (!/^Messenger(?:\s[—–-]\s.*)?$/.test(header[0]?.text.trim() ?? '')) return false;
  return header.slice(1, 6).some((line) => MESSENGER_CHROME.test(line.text));
}

// A phone's or a chat app's conversation header: the contact or group's name over "Text
// Message", a phone number, the time of the first message, the members or the channel
// ("Kōwhai Staffing" over "Text Message", "Bemidji Summer Crew 2025 🏖️" over "Kayla, Evan,
// Priya, Jordan, +14", "Cape Town Tech Community" over "#jobs").
const CONVERSATION_SUB =
  /^(?:text message|imessage|sms|mms|#[\w-]+|\+?\d[\d\s().-]{7,}|(?:today|yesterday|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\b[^\n]{0,20}\d{1,2}[:.]\d{2}\s?(?:am|pm)?|[\p{L}'’-]+(?:, [\p{L}'’-]+)+,? (?:\+\s?\d+|and \d+ others?)|\d+ (?:members|participants))$/iu;

function isConversationTop(header: Line[]): boolean {
  const first = header[0]?.text ?? '';
  return (
    first.length > 0 && first.length < 50 && CONVERSATION_SUB.test(header[1]?.text.trim() ?? '')
  );
}

// A channel's slug: "jobs-and-gigs", "# jobs-board".
const CHANNEL_SLUG = /^#?\s?[a-z0-9]+(?:[-_][a-z0-9]+)+$/;
// A page's address copied with it: "vestlys.no/karriere/ledige-stillinger/elektriker-bergen".
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\/\S*$/i;

/** The job an offer letter offers the reader, or null. */
function offeredPosition(text: string): Evidenced<string> | null {
  const head = text.slice(0, OFFER_REACH);
  if (!OFFER_WORDS.test(head)) return null;
  const m = OFFERED_POSITION.exec(head);
  let raw = m?.[1];
  if (!m || !raw || !LETTER_ABOVE.test(head.slice(0, m.index))) return null;
  if (LATER_OFFER.test(head.slice(Math.max(0, m.index - 20), m.index))) return null;
  // The next line joins only a first line that ends mid-title ("Senior Mechanical Design").
  const wrap = raw.indexOf('\n');
  if (wrap > 0 && TITLE_WORD.test(raw.slice(0, wrap))) raw = raw.slice(0, wrap);
  const value = raw.replace(/\s*\n\s*/, ' ').trim();
  if (!TITLE_WORD.test(value) || !looksLikeTitle(value)) return null;
  const start = m.index + m[0].indexOf(raw);
  return evidence(value, start, start + raw.trimEnd().length);
}
// An offer makes its offer in its first paragraphs.
const OFFER_REACH = 2500;

/** Whether the text names a job: a job word, in English or abroad, or a gender marker. */
// French gender in brackets: "Col bleu – journalier(ère)", "Préposé(e) aux bénéficiaires". Not a
// marker of a job's name everywhere GENDER_MARKER is: a profile's "Étudiant(e) en …" bullet.
const BRACKETED_GENDER = /[a-zéèû]\((?:e|ère|euse|rice|se|ne|le|te)\)/i;

function namesJob(text: string): boolean {
  return (
    TITLE_WORD.test(text) ||
    GENDER_MARKER.test(text) ||
    BRACKETED_GENDER.test(text) ||
    namesJobAbroad(text)
  );
}

function looksLikeTitle(text: string): boolean {
  if (CHANNEL_SLUG.test(text) || WEB_ADDRESS.test(text)) return false;
  // A careers banner, unless a job stands before the page's label ("Accountmanager - Vacatures").
  if (isCareersBanner(text) && !namesJob(text)) return false;
  // A rule or a row of symbols ("────────") names no job.
  if (text.length < 3 || text.length > 110 || NOT_TITLE.test(text) || !/\p{L}/u.test(text)) {
    return false;
  }
  if ((text.endsWith('e') || text.endsWith('r')) && CHAT_SPACE.test(text)) return false;
  if (text.endsWith('s') && OPENINGS_LABEL.test(text)) return false;
  // An office named for its attorney ("Office of the Attorney General", "City Attorney's
  // Office"), a service offered ("Interpreter services available").
  if (NAMED_OFFICE.test(text)) return false;
  if (HIRING_TAIL.test(text) || isDocumentKind(text) || MASTHEAD.test(text)) return false;
  // A chat message's header: "Renee Castillo — Technical Recruiter, Pinnacle Bridge — 9:03 AM";
  // a mail's sender: "Nadia Kowalczyk <nadia.kowal.rrt@gmail.com>".
  if (MESSAGE_TIME.test(text) || /<[^<>\s]+@[^<>\s]+>/.test(text)) return false;
  // Slack's "Devin Osei (Parcelwise, VP Sales)  2:03 PM": a sender with the time after two spaces.
  if (SPACED_TIME.test(text)) return false;
  // A site's breadcrumb trail: "Careers / Drivers / HGV Class 1 Driver".
  if (BREADCRUMB.test(text)) return false;
  // A quoted tagline ("\"Placing engineers in the Front Range since 2011\""); a signature's
  // name with its credentials: "Joanne Pruitt, BSN, RN".
  if (/^["“].*["”]$/.test(text)) return false;
  // An employer's tagline dates itself: "Calgary's family plumber since 1994", "Ihr
  // Elektriker-Meisterbetrieb seit 1978", "Votre boulanger depuis 1962".
  if (SINCE_YEAR.test(text)) return false;
  const signed = text.includes(',') ? CREDENTIALED.exec(text) : null;
  if (signed?.[1] && isPersonName(signed[1]) && !TITLE_WORD.test(signed[1])) return false;
  // A chat's sender before the message ("Jana Hoffmeister:"), a label without its value; a chat
  // line with a question or a shout inside ("Anyone know a plumber? Kitchen tap dripping").
  if (text.endsWith(':') || isChatSentence(text)) return false;
  if (DANGLING_END.test(text) || DANGLING_START.test(text)) return false;
  if (/[.!?]$/.test(text) && !/\b(?:Sr|Jr)\.$/i.test(text)) return false;
  // A row of chips ("Tech · CDI · Paris 11e") lists facts, not the job.
  if (CHIP_ROW.test(text)) return false;
  // A sentence ("... Standorten. Zur Verstär-"), or a word broken at the line's end.
  if ((text.includes('. ') && /(?:\p{Ll}{4}|\))\.\s\p{Lu}/u.test(text)) || /\p{L}-$/u.test(text)) {
    return false;
  }
  // A chat's sentence in lower case: "start asap ideally. can intro you to the hiring manager".
  if (/^\p{Ll}+\s/u.test(text) && text.split(' ').length > 6 && /[.,!?]\s/.test(text)) return false;
  // A chat's reply of two sentences, however short the first: "ingeniero, sí así es. Terminé
  // una obra en Zapopan la semana pasada".
  if (SECOND_SENTENCE.test(text) && text.split(' ').length > 8) return false;
  // A figure first is a count or an amount, but a year names a programme's intake: "2027
  // Graduate Program – Data & Analytics Stream".
  if (
    // "5th Grade Teacher", "2nd Shift Supervisor": an ordinal starts a title too.
    (/^\d/.test(text) && !/^(?:(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)) \p{L}/u.test(text)) ||
    (/[$€£]\s?\d/.test(text) && !isTitleWithPay(text, TITLE_WORD))
  ) {
    return false;
  }
  // Words, not the dashes and slashes between them.
  return text.split(/\s+/).filter((w) => !/^[-–—/|·•]$/.test(w)).length <= 14;
}

export const BOLD_FOR =
  /^\*([^*\n]{3,80})\*\s(?:for|at|@|bei|chez|para|en)\s\*([^*\n]{2,60})\*\s*$/;
// A chat's numbered list of roles: "*1) Product Manager, Payments*".
const NUMBERED_BOLD = /^\*\s?(?:\d{1,2}[).]|#\d{1,2})\s+([^*\n]{3,90})\*$/;
const QUOTED = /^["“„«]\s?([^"“”„«»]{3,110}?)\s?["”“»]$/;

// A job board's search form: "What" / "truck driver" / "Where" / "Joplin, MO".
const SEARCH_LABEL = /^(?:what|was|quoi|qué|que|keywords?|job title, keywords,? or company)$/i;

// An InMail's sender and their headline: "Owen MacLeod" over "Director of Machine Learning at
// Aurora Ledger". Not a heading of two capitalised words ("Job Details").
const SENDER_HEADLINE = /^[^|@·:]{2,60}? (?:at|@|bei|chez) \p{Lu}/u;
const PERSON_NAME =
  /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?:\s+(?:[·•]\s*)?(?:1st|2nd|3rd\+?))?$/u;
const NOT_PERSON =
  /\b(?:job|jobs|details?|description|overview|position|role|about|summary|apply|company|team|posting|vacancy|opening|information|contact)\b/i;
// A network member's name and degree of connection: "Hugo Marchand · 1er", "Jane Doe • 2nd",
// "Valentina Sosa • 2º".
/**
 * Whether the line is a messaging page's sender over the thread's line: "Marguerite Okonkwo-Bell"
 * over "InMail · Staff ML Engineer at Orchard Vector", "Principal Technical Recruiter at Orchard
 * Vector · 2nd" or a preview ("You: thanks man").
 */
export function isThreadSender(header: Line[], i: number): boolean {
  const line = header[i];
  const next = header[i + 1];
  if (!line || !next) return false;
  const below = lineBody(next).body;
  if (SPONSORED.test(below)) return true;
  // A preview over the conversation's date ("You: thanks man" over "Oct 9"), not an ad's "You: 3+
  // years in a busy bakery" over "Us: …".
  const after = header[i + 2];
  if (THREAD_PREVIEW.test(below) && after && THREAD_DATE.test(lineBody(after).body)) return true;
  return (INMAIL_SENDER.test(below) || CONNECTION.test(below)) && isPersonName(line.text.trim());
}

// A conversation's date in a messaging page's list: "Oct 9", "10:41 AM", "2d", "Yesterday".
const THREAD_DATE =
  /^(?:\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zä]*\.?|\d{1,2}[hdwm]|yesterday|today|hier|gestern|ayer)$/i;
// A conversation list's preview of the last message ("You: thanks man"); a sponsored entry or post
// ("Sponsored · See who's viewed your profile", "Sponsored · 🌍").
const THREAD_PREVIEW = /^(?:You|Vous|Du|Tú|Tu|Sie|Jij|Ty):\s/;
const SPONSORED = /^(?:Sponsored|Sponsorisé|Gesponsert|Patrocinado)\s[·•]\s/;
const CONNECTION = /\s[·•]\s+(?:1st|2nd|3rd\+?|1er|2e|3e\+?|[123][º°]\+?|3er\+?)$/;
// "Sofía Ferreira · InMail", "InMail · Giulia Bernasconi": an InMail's sender.
const INMAIL_SENDER = /\s[·•]\s+InMail$|^InMail\s[·•]\s/;

const NAV_ITEM = /\b(?:jobs|careers|openings|vacancies|stellenangebote|emplois|empleos)$/i;

// A menu's item: short words, no address ("https://acme.com/careers" ends a "Who is hiring" row).
function isNavItem(segment: string): boolean {
  const text = segment.trim();
  return text.length <= 30 && !/[/.]/.test(text) && NAV_ITEM.test(text);
}

// What a "Who is hiring" row has and a site menu ("Driver Jobs | Owner Operators | Terminals")
// has not: an address, pay, a place, a contract or work mode.
const ROW_CELL =
  /[/.$€£]|\b(?:full[- ]time|part[- ]time|contract|remote|hybrid|on-?site|intern(?:ship)?)\b/i;

function isHiringRowCell(segment: string): boolean {
  const text = segment.trim();
  return ROW_CELL.test(text) || isKnownPlace(text);
}

/**
 * "Gridmotion Robotics | Staff Software Engineer, Motion Planning | Pittsburgh, PA | $190k":
 * a "Who is hiring" row; the title is the first part with a title word.
 */
function pipeRowTitle(part: { body: string; start: number }): { body: string; start: number } {
  const { body, start } = part;
  if (body.length > 300 || body.indexOf(' | ') === -1) return part;
  const parts = body.split(' | ');
  // "Lecturer in Public Health (Level B) | Southern Cross Coast University": the job, then its
  // employer.
  const [job, employer] = parts;
  if (parts.length === 2 && job && employer) {
    const named =
      hasLegalForm(employer) || endsInOrganisationKind(employer) || EMPLOYER_OF.test(employer);
    return named && TITLE_WORD.test(job) ? { body: job.trim(), start } : part;
  }
  if (parts.length < 3) return part;
  // "Driver Jobs | Owner Operators | Terminals": a site's menu, with no title in it.
  if (parts.some(isNavItem) && !parts.some(isHiringRowCell)) return { body: '', start };
  let offset = 0;
  for (const segment of parts) {
    const text = segment.trim();
    if (TITLE_WORD.test(text) && !isKnownPlace(text) && looksLikeTitle(text)) {
      return { body: text, start: start + offset + segment.indexOf(text) };
    }
    offset += segment.length + 3;
  }
  return part;
}

/** The title inside a line that wraps it in a hiring shout, a place or a contract type. */
function decorated(part: { body: string; start: number }): { body: string; start: number } {
  // A title in quotes: '"Werkstudent*in Data Analytics (m/w/d)"', or in a messenger's bold
  // before its employer: "*Delivery Executive* for *QuickKart Express*".
  const quoted =
    QUOTED.exec(part.body)?.[1] ??
    (part.body.charCodeAt(0) === 0x2a
      ? (NUMBERED_BOLD.exec(part.body)?.[1] ?? BOLD_FOR.exec(part.body)?.[1])
      : undefined);
  const inner = quoted ? { body: quoted, start: part.start + part.body.indexOf(quoted) } : part;
  const { offset, length } = titleWithin(inner.body, isPlaceForTitle);
  if (offset === 0 && length === inner.body.length) return inner;
  return { body: inner.body.slice(offset, offset + length).trim(), start: inner.start + offset };
}

// A chat export's message: "[12/03/25, 19:42:51] Paco Reformas: Busco OFICIAL ...".
function withoutChatHeader(part: { body: string; start: number }): { body: string; start: number } {
  const skip = chatMessageStart(part.body);
  return skip > 0 ? { body: part.body.slice(skip), start: part.start + skip } : part;
}

// Newsletters and social posts lead the title with a pictogram: "📱 Desarrollador/a Mobile".
function withoutEmoji(part: { body: string; start: number }): { body: string; start: number } {
  const skip = leadingPictograms(part.body);
  return skip > 0 ? { body: part.body.slice(skip), start: part.start + skip } : part;
}
