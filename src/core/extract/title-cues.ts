/**
 * Title helpers for scraped headers: the first line that is not site chrome (boards print
 * their brand above the title: "karriere.at", "OCC Mundial", "APEC"), and title lines that
 * carry a pay figure after the title ("Travel Nurse RN - Telemetry - $2,310 per week").
 */
import { JOB_OF_THE_PERIOD } from '../clean/newsletter';
import { guessCountry } from './country';
import { hasLegalForm } from './legal-form';
import type { Line } from '../clean/lines';
import { isDocumentKind, isHeaderChrome, isAboveStampOrBanner } from './header-chrome';
import { capitalisedWords } from '../text/letter-case';

/** The first of the top lines that is not a job board's brand, menu or meta value. */
export function firstContentLine(header: Line[]): Line | undefined {
  for (let i = 0; i < Math.min(header.length, 4); i++) {
    const line = header[i];
    // Not a social post's author over its time stamp.
    if (line && !isHeaderChrome(line.text) && !isAboveStampOrBanner(header[i + 1]?.text ?? ''))
      return line;
  }
  return undefined;
}

// "<title> - <pay>": the title part before a separator, the figure after it.
const TITLE_THEN_PAY = /^([^$€£]{3,80}?)\s[-–—|]\s[^$€£]{0,40}[$€£]\s?\d/;

/** Whether a line with a pay figure still reads as a title: a title word before the pay. */
export function isTitleWithPay(text: string, titleWord: RegExp): boolean {
  const m = TITLE_THEN_PAY.exec(text);
  return m?.[1] !== undefined && titleWord.test(m[1]);
}

// Field labels that name a person's role: "Hiring Manager: Jane Doe" is a contact, not a title.
const PERSON_LABEL =
  /^(?:hiring (?:manager|lead|contact|team)|(?:line|direct|reporting|site|store|branch) manager|manager|recruiter|recruiting (?:contact|partner|lead|coordinator)|talent (?:partner|acquisition(?: partner)?)|hr (?:contact|manager|partner)|contact(?: person)?|point of contact|reports? to|reporting (?:to|line)|supervisor|team lead(?:er)?|posted by|ansprechpartner\w*|kontakt\w*|interlocut\w+|responsable (?:rh|du recrutement|recrutement)|reclutador\w*|contacto)$/i;

/**
 * Whether a "<title>: <qualifier>" line is a title rather than a field: "Sales Representative:
 * Industrial Packaging". The part before the colon must hold a title word and not be a label
 * that names a contact's role.
 */
export function isTitleWithColon(text: string, titleWord: RegExp): boolean {
  const at = text.indexOf(': ');
  if (at < 3) return false;
  const before = text.slice(0, at).trim();
  const after = text.slice(at + 2).trim();
  return (
    after.length >= 3 &&
    !after.includes(': ') &&
    !/[@\d]/.test(after) &&
    titleWord.test(before) &&
    !PERSON_LABEL.test(before)
  );
}

// A recruiter email's subject line: "Subject: Locum Pharmacist - Leeds - £280 per day".
const SUBJECT_TITLE =
  /^(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|re|ref|regarding)\s*[:：]\s*(?:(?:re|fwd?|aw|tr|wg|rv)\s*:\s*)*(?:(?:new (?:match|job|role)|job alert|nouvelle offre|neue stelle|nuevo empleo)\s*:\s*)?(\S.{2,79}?)\s[-–—|]\s(.+)$/i;
// "Re: Your offer - Call with Hiring Manager", "… - Team Lead approval": the mail's business.
const SUBJECT_NOT_TITLE =
  /\b(?:call|approval|approved|meeting|discussion|update|next steps|questions?|follow[- ]up|signed|details|paperwork|documents?)\b/i;
// The kinds of offer letter a subject may name before the title.
const OFFER_KIND =
  'offer of employment|offer letter|letter of offer|offer of appointment|appointment letter|letter of appointment';
const SUBJECT_TEASER = new RegExp(
  String.raw`^(?:(?:tr|fw|fwd|wg|rv)\s?:\s?)?(?:(?:new |exciting |great )?(?:job )?(?:opportunit(?:y|ies|é)|oportunidad|opportunità|offre|job offer|stellenangebot|jobangebot|vacancy|vacante|vaga|vacature|opdracht|open (?:role|position)|role|position|poste|puesto|stelle|avis de recrutement|avis de vacance|appel à candidatures|convocatoria|vacancy notice|job announcement|oferta de trabajo|job spec|proceso(?: de selecci[oó]n)?|(?:(?:conditional|provisional|formal|final) )?(?:employment offer|${OFFER_KIND})|your (?:updated |revised )?offer|(?:(?:updated|revised|new) )?offer|confidential|confidentiel(?:le)?|(?:vertrauliche )?anfrage|vertraulich)(?:\s(?:confidencial|confidential|confidentielle|urgente|exclusiva))?[!.]*)$`,
  'i',
);
// "Audit Senior role", "Data Analyst opportunity": the word after the title is not part of it.
const ROLE_NOUN =
  /\s+(?:role|position|opportunity|vacancy|job|opening|spot|post|job spec(?:ification)?)$/i;
// "HR Advisor role at Tūī Valley Dairy": the noun, and the employer after "at" (case matters: the
// employer's name is capitalised). In a subject and in a title line alike.
const ROLE_AT =
  /\s+(?:[Rr]ole|[Pp]osition|[Oo]pportunity|[Vv]acancy|[Jj]ob|[Oo]pening)\sat\s(?=\p{Lu})/u;

const ARTICLE = /(?:^|\s)(?:[Tt]he|[Tt]his|[Oo]ur|an?) (?=\p{Lu})/gu;
const PAST_BEFORE = /\b(?:left|leaving|quit|held|was in|were in|years in|months in)\s*$/i;

/** The text before a "role at <employer>" in it, or the whole text. */
function beforeRoleAt(text: string): string {
  const m = ROLE_AT.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const MAIL_SUBJECT_LINES = 8;
const SUBJECT_LINES = 10;
const OFFER_TEASER = new RegExp(`^(?:${OFFER_KIND})$`, 'i');

/**
 * The title before the first dash of an email subject, when the subject is a title followed by
 * details (a title word in it, or a known place or a pay figure after it), or null.
 */
export function titleFromSubject(
  header: Line[],
  titleWord: RegExp,
  isPlace: (text: string) => boolean,
): { value: string; start: number } | null {
  const lines = header.slice(0, SUBJECT_LINES);
  for (const [i, line] of lines.entries()) {
    // The labels start with s, b, o or a: most lines fail this before the regex runs.
    const first = line.text.charCodeAt(0) | 32;
    // A letter's "RE: Offer of Employment - Warehouse Associate" starts with r.
    const label = first === 115 || first === 98 || first === 111 || first === 97 || first === 114;
    const m = !label || line.text.length > 200 ? null : SUBJECT_TITLE.exec(line.text);
    if (!m?.[1] || !m[2]) continue;
    // A letter's subject comes after its letterhead, reference, date and addressee: an offer's
    // "Subject: Offer of Appointment – Associate Consultant" may be its ninth or tenth line.
    if (i >= MAIL_SUBJECT_LINES && !OFFER_TEASER.test(m[1])) continue;
    const lead = HIRING_LEAD.exec(m[1]);
    const cut = lead && lead[0].length < m[1].length - 2 ? lead[0].length : 0;
    let value = beforeRoleAt(m[1].slice(cut).trim()).replace(ROLE_NOUN, '');
    let details = m[2].split(/\s[-–—|]\s/);
    let part = m[1].slice(cut);
    // "Opportunité – Développeur .NET – Bruxelles": the title is the part after the teaser, or
    // after a document's kind ("Offre de stage – Assistant(e) Marketing Digital").
    // "W2 Contract - Senior DevOps Engineer - 100% Remote": a contract first, then the title.
    if (
      (SUBJECT_TEASER.test(value) || isDocumentKind(value) || SUBJECT_CONTRACT.test(value)) &&
      details[0] &&
      !SUBJECT_NOT_TITLE.test(details[0])
    ) {
      part = details[0];
      value = beforeRoleAt(part.trim()).replace(ROLE_NOUN, '');
      details = details.slice(1);
    }
    // "VP of Finance opportunity (NYC)": a bracket of details, then the role noun.
    const bracket = value.endsWith(')') ? TRAILING_BRACKET.exec(value) : null;
    if (bracket?.[1] && bracket.index > 2 && isDetailBracket(bracket[1], isPlace)) {
      value = value.slice(0, bracket.index).replace(ROLE_NOUN, '');
    }
    // "QA Specialist (Batch Release), Co. Cork": the place after a comma; German "Raum
    // Stuttgart", the area around it.
    const comma = value.lastIndexOf(', ');
    const tail = comma > 2 ? value.slice(comma + 2).replace(AREA_OF, '') : '';
    // "Warehouse Associate (Freezer), 2nd Shift": the shift after a comma.
    if (
      tail !== '' &&
      (IRISH_COUNTY.test(tail) ||
        SHIFT_PART.test(tail) ||
        ORDINAL_SHIFT.test(tail) ||
        (tail.length < 30 && isPlace(tail)))
    ) {
      value = value.slice(0, comma);
    }
    const placeAt = placeAfterIn(value, isPlace);
    if (placeAt > 0) value = value.slice(0, placeAt);
    // "FW: Night Shift Cook needed - 24hr diner".
    const wanted = WANTED_TAIL.exec(value);
    if (wanted && wanted.index > 2) value = value.slice(0, wanted.index);
    const stated =
      titleWord.test(value) || details.some((d) => /[$€£¥₹]\s?\d/.test(d) || isPlace(d.trim()));
    if (value.length < 3 || !stated) continue;
    return { value, start: line.start + line.text.indexOf(part) };
  }
  return null;
}

const AREA_OF = /^(?:raum|großraum|region|greater|area of)\s/i;

const SUBJECT_CONTRACT =
  /^(?:(?:w-?2|1099|c2c|b2b|corp[- ]to[- ]corp)\s?)?(?:contract|contract[- ]to[- ]hire|full[- ]?time|part[- ]?time|permanent|temp(?:orary)?|remote|hybrid|freelance|cdi|cdd|festanstellung|vollzeit|teilzeit)(?: role| position| opportunity| job)?$/i;

// What ads wrap around a title: "HIRING!!! 📢 <title>", "Now hiring: <title>", "Minijob: ...",
// "REQUIREMENT – STAFF NURSE", "Projektanfrage: SAP Berater", a tag "[Remote]", "【Osaka】", "【急募】".
const HIRING_LEAD = new RegExp(
  String.raw`^(?:={2,}\s*|~{2,}\s*)?(?:(?:[*\p{Extended_Pictographic}\u{FE0F}\u{200D}]|[\u2605\u2606\u2726\u2727\u25BA\u25B6\u25B8\u27A4\u279C\u2192])+\s*)*(?:(?:hola|hello|hi|hey|bonjour|hallo|buenas|buenos días|buen día|salut|servus|moin|good morning|good afternoon)\b(?:\s(?:a todos|a todas|a todes|all|everyone|everybody|folks|à tous|tout le monde|zusammen))?[!,.]*\s*(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*)*)?(?:@(?:here|everyone|channel)\s+)?(?:(?:\[[^\]]{2,30}\]\s*)+|(?:【[^】\n]{1,30}】\s*)+|[¡!]?(?:(?:(?:(?:we(?:'re| are)\s+)?(?:now\s+)?hiring|(?:we(?:'re| are)\s+|now\s+)recruiting|recruiting(?=\s*[!:–—-]))(?:\s+(?:freshers|experienced)(?:\s*(?:&|and|\/)\s*(?:freshers|experienced))?)?|we(?:'re| are) looking(?: for)?|urgent(?:ly)?(?:\s+hiring|\s+required|\s+requirements?|\s+opening|\s+vacanc(?:y|ies))?|mass hiring|(?:summer|holiday|seasonal) job(?:\s\d{4})?|kerja kosong(?:\s?\/\s?job vacanc(?:y|ies))?|job opening|wir suchen|ab sofort|busco|necesito|necesitamos|se busca|se buscan|se solicitan?|se necesitan?|se requieren?|estamos buscando|buscamos|(?:búsqueda|busqueda|oferta) laboral|búsqueda|busqueda|convocatoria|on recrute|nous recrutons|on embauche|nous embauchons|wir stellen ein|estamos contratando|contratamos|recrutement|urgente|cercasi|cerchiamo|ricerchiamo|selezioniamo|si ricerca|precisa-se|procuramos|contrata-se|wij zoeken|we zoeken|poszukujemy|zatrudnimy|vi söker)\b[\s!:.\-–—]*|(?:minijob|teilzeit|vollzeit|full[- ]time|part[- ]time|freelance|cdi|cdd)\s?:\s|(?:work from home|wfh|remote|hybrid|on-?site)\s?[|:–—]\s|new\s?:\s|new (?:role|job|position|opening|vacancy)\s?[|:–—-]\s|intro(?:duction)?\s?:\s|(?:contract|permanent|temp(?:orary)?|freelance|interim) (?:role|position|opportunity|job|vacancy)\s?[:–—-]\s|(?:urgent\s)?(?:${JOB_OF_THE_PERIOD}|featured(?: job| role)?|hot(?: job| role)?|lf|offer letter|letter of offer|new (?:job )?match(?:es)?|(?:top|best) match|job alert|(?:(?:conditional|provisional|formal|final) )?(?:your )?offer of employment|(?:your )?offer from [^:–—\n]{2,50}?|(?:your )?(?:job|employment) offer|lettre d['’]offre|(?:carta|propuesta) (?:de )?oferta|(?:empleo|oferta) de la semana|(?:offre|emploi|job) de la semaine|(?:stelle|job) der woche|requirement|vacancy|job vacancy|opening|new opening|opportunity|opportunité|oportunidad|new opportunity|job opportunity|career opportunity|confidential|vertraulich|confidentiel|(?:vertrauliche )?anfrage|offre de stage|offre d'alternance|projektanfrage|projektangebot|stellenangebot|jobangebot|stellenausschreibung|stellenanzeige|job posting|job description|position description|perfil de(?:l)? (?:cargo|puesto)|job pack|candidate pack|recruitment pack|applicant pack|information pack|job spec(?:ification)?|role profile|internship|job announcement|position announcement|the role|the position|vacancy announcement|vacancy notice|offre d'emploi|oferta de (?:empleo|trabajo)|vacante|vaga(?: tempor[áa]ria| efetiva| aberta| de emprego)?|vacature|vacatures|ledig stilling|lediga jobb)\s?[:–—-]\s|\p{Lu}[\p{L}&.'’ -]{1,40}\s(?:busca|buscan|sucht|suchen|recrute|recrutent|is hiring|are hiring|contrata)\s?:\s|poste\sd(?:e\s|['’])(?=\p{Lu})|poste\s(?=\p{Lu})|angebot\s(?=\p{Lu})|opportunité\s(?=\p{Lu})|(?:stellenanzeige|stellenangebot|stellenausschreibung|offre d['’]emploi|oferta de (?:empleo|trabajo)|vacature|proceso(?: de selecci[oó]n)?(?: para| de)?)\s(?=\p{L})(?!\S{0,12}\s(?:N°|Nº|No\.|#)|\S{0,12}\d)))?(?:[*\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*)*`,
  'iu',
);
const NOTICE_LEAD =
  /^(?:(?:walk[- ]in interview|applications? (?:are )?invited|recruitment|engagement|appointment|selection|filling up|notification)\s(?:for|of)\s(?:the\s)?(?:(?:one|two|three|\d{1,2})\s)?(?:posts?|positions?|vacanc(?:y|ies))\s(?:of\s)?|(?:recruitment|engagement|appointment)\sof\s)/i;
// Where the post's heading goes on after its title: "in the Central Water Data Authority on
// deputation basis – regarding", "ON CONTRACT BASIS".
const NOTICE_TAIL =
  /\s(?:(?:in|at|under)\s(?:the\s)?\p{Lu}[^,]{3,80}?\s)?(?:on|through|by)\s(?:direct recruitment|contract(?:ual)?|deputation|regular|outsourc(?:ing|ed)|tenure|ad[- ]hoc|temporary|permanent)(?:\s(?:\/|or|and)\s[\w-]+)*(?:\s(?:basis|mode))?\b.*$/iu;
// "... – Vollzeit, 40 Stunden/Woche", "... | Full-time": the tail is the contract, not the title.
const CONTRACT_TAIL =
  /^(?:\d{1,2}[- ]?(?:weeks?|wks?|months?|mois|meses|monate?)\b|\d{1,2}(?:[.,]\d)?\s?(?:std\.?|stunden|hours?|hrs?|h)\s?(?:\/|per|pro|a|par|por)\s?(?:woche|week|semaine|semana)\b|(?:inside|outside) ir35|(?:(?:100\s?%|fully|full)\s)?(?:full[- ]?time|part[- ]?time|vollzeit|teilzeit|minijob|cdi|cdd|temps (?:plein|partiel)|jornada (?:completa|parcial)|media jornada|medio tiempo|tiempo (?:completo|parcial)|contract|contrato|contrat|permanent|temporary|casual|seasonal|freelance|int[ée]rim|tempor[äa]r(?:stelle|anstellung|einsatz)|festanstellung|saison(?= \d{4})|temporada(?= \d{4})|stagione(?= \d{4})|(?:internal|external)(?:\s?(?:\/|or|and|&)\s?(?:internal|external))?(?=\s*$)|(?:pj|clt)(?:\s(?:ou|or|e|\/)\s(?:pj|clt))?(?=\s*$)|remote|hybrid|on-?site|remoto|híbrido|télétravail|ab sofort|ab \d{1,2}\.\d{1,2}\.(?:\d{2,4})?|zum nächstmöglichen zeitpunkt|immediate start|start asap|asap|dès que possible|incorporación inmediata|home ?office(?: möglich)?|(?:remote|hybrid) (?:possible|available|friendly|optional)|télétravail (?:possible|partiel))|\d{1,2} ?x ?\d{1,2} ?(?:hrs?|hours?|h)\b)/i;
// "Barista wanted", "HVAC Tech needed ASAP", "Cleaner needed at St Anne's CE Primary": the call
// (and where), not the title.
// A shout's marks end the title too: "CHEF DE PARTIE WANTED!!! GLASGOW WEST END".
const TITLE_LEAD =
  /^(?:(?:JOB ORDER|[Jj]ob [Oo]rder)\s[–—-]\s|(?:[Jj]ob [Pp]osting|[Pp]osting|[Rr]eq(?:uisition)?|[Vv]acancy|[Jj]ob|[Pp]osition|JOB POSTING|POSTING|REQ|VACANCY|JOB|POSITION)\s?(?:#|[Nn]o\.|[Nn]umber|ID|[Ii]d)\s?[\w-]{2,12}\s?[—–|:-]\s|[|│]\s+|(?:un·e|un\(e\)|un\/une|une?|an?)\s(?=[A-Z\u00C0-\u00DE]{2})|(?:Un·e|Un\(e\)|Un\/[Uu]ne)\s(?=[A-Z\u00C0-\u00DE])|(?:eine:n|eine\*n|eine\/n|eine\(n\)|einen|eine|ein)\s(?=[A-Z\u00C0-\u00DE]))/;
const WANTED_TAIL =
  /\s+(?:wanted|needed|required|gesucht|buscad[oa]s?|recherchée?s?|(?:positions?|vacancies|openings) (?:available|open))(?:\s+(?:asap|urgently|now|immediately))?[!.*\s\p{Extended_Pictographic}\u{FE0F}]*(?:(?=$|\s[–—|-]\s)|(?<=[!‼]\u{FE0F}?\s))/iu;
// "… needed at St Anne's CE Primary", "… wanted for our new East side location": where, a name
// in capitals, or what for (case-sensitive: "needed for busy restaurant" stays).
const WANTED_AT =
  /\s+(?:[Ww]anted|[Nn]eeded|[Rr]equired|WANTED|NEEDED|REQUIRED)\s+(?:(?:at|in|AT|IN)\s\p{Lu}|(?:for|FOR)\s(?:our|a|an|the|OUR|A|AN|THE)\s).*$/u;
// Messenger bold and trailing pictograms: "*CARE ASSISTANTS* 🚨🚨", a plain-text mail's rule
// ("=== CLASS 1 DRIVER ===").
const PICTOGRAM_PLACE =
  /\s+\p{Extended_Pictographic}\u{FE0F}?\s+([^\p{Extended_Pictographic}]{2,40})$/u;
const TRAILING_MARKS = /[\s*!=~\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u;
const SEPARATORS = [' – ', ' — ', ' | ', ' - '];

/**
 * The title inside a decorated title line: a hiring shout before it, a place or a contract
 * after a dash, a "wanted" after it ("BARISTA WANTED – Surry Hills, Sydney" -> "BARISTA").
 * Returns the offset and length of the title within `text`.
 */
export function titleWithin(
  text: string,
  isPlace: (text: string) => boolean,
): { offset: number; length: number } {
  if (text.length > 200) return { offset: 0, length: text.length };
  const lead = HIRING_LEAD.exec(text);
  // A line that is only the shout ("📣 ¡ESTAMOS BUSCANDO! 📣") holds no title.
  if (lead && lead[0].length >= text.length - 2 && lead[0].length > 0) {
    return { offset: text.length, length: 0 };
  }
  // "NOW HIRING 150 SEASONAL WAREHOUSE ASSOCIATES": the count after the call.
  const count = lead && lead[0].length > 0 ? LEAD_COUNT.exec(text.slice(lead[0].length)) : null;
  let offset = (lead ? lead[0].length : 0) + (count ? count[0].length : 0);
  // "Job Posting #4417 — School Counselor", "| Médico General", "un·e JURISTE (H/F/X)": a
  // posting's number, a table's edge or an article before the title.
  offset += TITLE_LEAD.exec(text.slice(offset))?.[0].length ?? 0;
  // "HOT: Looking for a Java Developer for …": a sentence after the lead names the job in it.
  if (lead && lead[0].length > 0 && SENTENCE_CALL.test(text.slice(offset))) {
    return { offset: text.length, length: 0 };
  }
  // "🚨 URGENTE 🚨 Se necesita AUXILIAR DE BODEGA": a second call after the first.
  const again = lead && lead[0].length > 0 && !count ? HIRING_LEAD.exec(text.slice(offset)) : null;
  if (again && again[0].length > 0 && offset + again[0].length < text.length - 2) {
    offset += again[0].length;
  }
  // A shout in capitals: "NEED ROOFING HELPERS ASAP" (not "Need Based Scholarship Administrator").
  if (offset === 0) offset = NEED_SHOUT.exec(text)?.[0].length ?? 0;
  // A public notice's heading: "RECRUITMENT OF SCIENTIST 'B' ON DIRECT RECRUITMENT BASIS",
  // "Walk-in Interview for the post of Project Associate-I", "Subject: Filling up of one post of
  // Deputy Director (Administration) … on deputation basis".
  const notice = NOTICE_LEAD.exec(text.slice(offset));
  if (notice) offset += notice[0].length;
  // "Founding Frontend Engineer @ Tessellate (AI for construction …)": the employer after "@".
  const atSign = text.indexOf(' @ ', offset);
  let end = atSign > offset + 2 ? atSign : text.length;
  const noticeTail = notice ? NOTICE_TAIL.exec(text.slice(offset, end)) : null;
  if (noticeTail && noticeTail.index > 2) end = offset + noticeTail.index;
  // A mail's "… – next steps"; a subject's "HR Advisor role at Tūī Valley Dairy", and before a
  // mail's tail "Security Engineer, Cloud at Harbor Point Credit Union – next steps": the
  // employer after "at" (two words or more).
  const mailTail = MAIL_TAIL.exec(text.slice(offset, end));
  if (mailTail && mailTail.index > 2) end = offset + mailTail.index;
  const roleAt =
    ROLE_AT.exec(text.slice(offset, end)) ??
    (mailTail ? EMPLOYER_AT.exec(text.slice(offset, end)) : null);
  if (roleAt && roleAt.index > 2) {
    end = offset + roleAt.index;
    // A message's sentence: "The Staff Data Engineer role at Brightwater Analytics pays …",
    // "I'm reaching out about the Data Analyst role at Acme": the title after its article; none
    // for a job held before ("I left the Store Manager role at Aldi").
    const article = [...text.slice(offset, end).matchAll(ARTICLE)].pop();
    if (article) {
      if (PAST_BEFORE.test(text.slice(offset, offset + article.index))) {
        return { offset: text.length, length: 0 };
      }
      offset += article.index + article[0].length;
    }
  }
  // "SAP FI/CO Consultant - 6 month contract - up to £625 per day - Outside IR35 - Hybrid".
  // The details' last one before a pictogram: "… (FLUTTER) – ĐÀ NẴNG 🚀".
  end = offset + withoutTrailingMarks(text.slice(offset, end));
  // "Orderpicker ochtend/middag 📦 Tilburg": a pictogram, then the place.
  const pictogram = PICTOGRAM_PLACE.exec(text.slice(offset, end));
  if (pictogram?.[1] && pictogram.index > 2 && isPlace(pictogram[1]))
    end = offset + pictogram.index;
  for (let round = 0; round < 5; round++) {
    const cut = lastSeparator(text, offset, end);
    if (cut < 0 || !isDetail(text.slice(cut + 3, end).trim(), isPlace)) break;
    end = cut;
  }
  // A thread's first post: "Backend Engineer (Mid-level), Payments Core 🧵 1/6".
  const thread =
    text.includes('🧵') || text.charCodeAt(end - 1) === 0x29
      ? THREAD_COUNTER.exec(text.slice(offset, end))
      : null;
  if (thread && thread.index > 2) end = offset + thread.index;
  end = offset + withoutTrailingMarks(text.slice(offset, end));
  // "QA Specialist (Batch Release), Co. Cork", "Data Engineer, London": a place after a comma.
  const comma = text.lastIndexOf(', ', end);
  if (comma > offset + 2) {
    const tail = text.slice(comma + 2, end).trim();
    // "Executive Assistant, Linden & Shaw LLP": the employer after a comma.
    if (
      IRISH_COUNTY.test(tail) ||
      (tail.length < 30 && isPlace(tail)) ||
      (tail.length <= 60 && hasLegalForm(tail))
    ) {
      end = comma;
    }
  }
  const placeAt = placeAfterIn(text.slice(offset, end), isPlace);
  if (placeAt > 0) end = offset + placeAt;
  const bracket =
    text.charCodeAt(end - 1) === 0x29 ? TRAILING_BRACKET.exec(text.slice(offset, end)) : null;
  if (bracket?.[1] && bracket.index > 2 && isDetailBracket(bracket[1], isPlace)) {
    end = offset + bracket.index;
  }
  const described = EMPLOYER_DESCRIBED.exec(text.slice(offset, end));
  if (described && described.index > 2) end = offset + described.index;
  const wanted =
    WANTED_TAIL.exec(text.slice(offset, end)) ?? WANTED_AT.exec(text.slice(offset, end));
  if (wanted && wanted.index > 2) end = offset + wanted.index;
  // After a hiring call, "para obra nueva en Paterna", "for our new store" says what the job is
  // for: "Busco OFICIAL DE 1ª ELECTRICISTA para obra nueva ..." -> "OFICIAL DE 1ª ELECTRICISTA".
  // A bilingual shout says it twice: "NEED ROOFING HELPERS ASAP / NECESITO AYUDANTES".
  if (offset > 0) {
    const slash = text.indexOf(' / ', offset);
    if (slash > offset + 2 && slash < end && HIRING_LEAD.exec(text.slice(slash + 3))?.[0]) {
      end = slash;
    }
    end = offset + withoutTrailingMarks(text.slice(offset, end));
    const asap = CALL_URGENCY.exec(text.slice(offset, end));
    if (asap && asap.index > 2) end = offset + asap.index;
    const purpose =
      PURPOSE_TAIL.exec(text.slice(offset, end)) ?? PURPOSE_LOWER.exec(text.slice(offset, end));
    if (purpose && purpose.index > 2) end = offset + purpose.index;
  }
  end = offset + withoutTrailingMarks(text.slice(offset, end));
  return { offset, length: end - offset };
}

const NEED_SHOUT = /^(?:WE |I )?(?:URGENTLY )?NEED\s+(?=[A-Z]{2})/;
// "ROOFING HELPERS ASAP" after a hiring call: how soon, not the title.
const CALL_URGENCY = /\s+(?:asap|urgently|immediately|right away)[!.]*$/i;
const MAIL_TAIL =
  /\s[–—-]\s(?:next steps|following up|follow[- ]up|quick question|checking in|interview (?:invitation|details|confirmation)|your application)\b.*$/i;
const EMPLOYER_AT = /\sat\s(?=\p{Lu}[\p{L}'’&.-]+(?:\s\p{Lu}[\p{L}'’&.-]+)+$)/u;
// "Buscamos una camarera", "Necesitamos un repartidor": the article after the call goes too.
const LEAD_COUNT = /^(?:\d{1,4}\+?|un|una|une|unos|unas|einen|eine|ein|an?)\s+(?=\p{L})/u;
const THREAD_COUNTER = /\s*(?:🧵\s*(?:\d{1,2}\s?\/\s?\d{1,2})?|\(\d{1,2}\/\d{1,2}\))$/u;
const EMPLOYER_KIND =
  /^(?:cabinet|groupe|hôtel|hotel|clinique|klinik|kanzlei|restaurant|brasserie|agence|étude notariale|bufete|despacho|asesoría|gestoría|steuerkanzlei|arztpraxis|praxis)\b/i;
const IRISH_COUNTY = /^Co\.? \p{Lu}\p{Ll}+$/u;
const SENTENCE_CALL = /^(?:urgently\s)?(?:looking|seeking|searching|hiring)\b/i;
// "CONDUCTOR CLASE A5 para ruta Santiago": what for, in lower case (not "… PARA TERAPIA
// INTENSIVA"); "REPARTIDOR con moto propia": the vehicle it needs (not "con especialidad en …").
const PURPOSE_LOWER =
  /\s(?:para (?=\p{Ll})|con (?:moto|coche|carro|auto|furgo\w*|veh[ií]culo|camioneta|bici\w*|licencia|carnet)\b)/u;
const PURPOSE_TAIL =
  /\s(?:para (?:nuestr[oa]s?|una?|el|la|los|las|obra|importante|empresa|sumarse|unirse|incorporarse|integrarse|formar)|for (?:a|an|our|the)|to join|für (?:unser\w*|ein\w*|die|den|das)|zur Verstärkung|pour (?:notre|nos|un|une|la|le|rejoindre|renforcer|intégrer))\s/i;

/** The length of `text` without trailing pictograms, bold stars and exclamation marks. */
function withoutTrailingMarks(text: string): number {
  // Most titles end in a letter, a digit or a bracket: no regex for them.
  const c = text.charCodeAt(text.length - 1) | 0x20;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x29) return text.length;
  const marks = TRAILING_MARKS.exec(text);
  return marks && marks.index > 2 && /\S/.test(marks[0]) ? marks.index : text.length;
}

const PAY_START =
  /^(?:up to |from |starting at |ab |bis zu |bis |jusqu'à |hasta |desde )?(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:k\s?)?(?:€|EUR|CHF|USD|GBP|\$))/i;
// "(3 POSITIONS)", "(part-time, remote)", "(Columbus, OH)": a bracket of details after the title.
const IN_PLACE = /\s(?:in|à|en)\s(\p{Lu}[\p{L}'’. -]{1,30})$/u;

/** Where "Elektroniker für Betriebstechnik (m/w/d) in Linz" goes on with a place, or -1. */
function placeAfterIn(text: string, isPlace: (text: string) => boolean): number {
  const m = IN_PLACE.exec(text);
  return m?.[1] && m.index > 2 && isPlace(m[1]) ? m.index : -1;
}
const TRAILING_BRACKET = /\s*\(([^()]{2,60})\)$/;
const COUNT_BRACKET =
  /^(?:[x×]\s?\d{1,3}|\d{1,3}\s?[x×])$|^\d{1,3}\s(?:positions?|posici[oó]n(?:es)?|puestos?|personas|vacanc(?:y|ies)|openings?|posts?|postes?|plazas?|vacantes?|vagas?|stellen|roles?|nos\.?|numbers|slots?|seats?|hires|heads?)$/i;

const CODE_BRACKET =
  /^(?:grade code|job code|job ref(?:erence)?|ref(?:erence)?(?: no\.?)?|req(?:uisition)?(?: id)?|vacancy (?:no\.?|number|ref)|post code|job id)\s?[:#.]?\s?[\w/-]*\d[\w/-]*$/i;

/** Whether a bracket after the title holds only details: a count, contract words, a place. */
function isDetailBracket(inner: string, isPlace: (text: string) => boolean): boolean {
  // "($18.50 - $21.25/hr)": the pay, as after a dash.
  if (COUNT_BRACKET.test(inner.trim()) || PAY_START.test(inner.trim())) return true;
  // "(Grade Code 3263)", "(Ref: CHSL-SOT-11)", "(Req #48213)": the post's code.
  if (CODE_BRACKET.test(inner.trim())) return true;
  // "Offer – Senior Embedded Software Engineer (revised)": the mail's version.
  if (/^(?:revised|updated|amended|final|draft|corrected|v\d{1,2})$/i.test(inner.trim()))
    return true;
  const parts = inner.split(/,\s*|\s*\/\s*/).map((p) => p.trim());
  // "(PART-TIME, EVENINGS)", "(Full-time, Work from Home)": the shift or the work mode beside
  // the contract type.
  return (
    (parts.every(
      (part) => CONTRACT_TAIL.test(part) || SHIFT_PART.test(part) || MODE_PART.test(part),
    ) &&
      parts.some((part) => CONTRACT_TAIL.test(part))) ||
    (parts.length <= 2 && isPlace(parts[0] ?? '') && !CONTRACT_TAIL.test(inner)) ||
    // "(Remote, US)", "(Hybrid, Leeds)": a work mode and where.
    (parts.length <= 3 &&
      parts.length >= 2 &&
      MODE_PART.test(parts[0] ?? '') &&
      parts.slice(1).every((part) => isPlace(part)))
  );
}

// "Data Engineer (m/w/d) bei einem Stuttgarter Mittelständler", "… at a Series B fintech": the
// employer described, not named (not "at our Bozeman office": a message's sentence goes on).
const EMPLOYER_DESCRIBED = /\s(?:bei (?:einem|einer)|chez (?:un|une)|at (?:a|an)|en una?)\s.*$/;
const PAGE_KIND_TAIL =
  /^(?:job post(?:ing)?|job details|job ad(?:vert)?|stellenanzeige|offre d['’]emploi|oferta de empleo)$/i;
const REFERENCE_TAIL =
  /^(?:req(?:uisition)?|ref(?:erence)?|job (?:id|no\.?|ref)|vacancy (?:no\.?|ref)|réf(?:érence)?|referenz|kennziffer|id)\.?\s?(?:no\.?\s?)?[:#]?\s?(?=[\w/-]*\d)[A-Z0-9][\w/-]{1,20}$/i;
const MODE_PART =
  /^(?:remote|hybrid|on-?site|in[- ]office|remoto|híbrido|télétravail|work(?:ing)? from home|wfh|home[- ]based)$/i;

const ORDINAL_SHIFT = /^(?:1st|2nd|3rd|first|second|third) shift$/i;
const SHIFT_PART =
  /^(?:days?|nights?|evenings?|mornings?|afternoons?|weekends?|overnights?|swing|(?:day|night|evening|morning|weekend|overnight|swing) shifts?)$/i;
const WEEKDAY = '(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)';
// Abbreviated days only as a span: "Mon-Fri" ("SAT", "Sun" alone name a test or a paper).
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)';
const WEEKDAYS_PART = new RegExp(
  `^(?:weekends? only|${WEEKDAY}(?:\\s?(?:&|and|to|-|–)\\s?${WEEKDAY})?(?: only)?|${DAY}\\s?(?:-|–|to)\\s?${DAY})$`,
  'i',
);

function lastSeparator(text: string, from: number, end: number): number {
  let best = -1;
  for (const separator of SEPARATORS) {
    let at = text.lastIndexOf(separator, end - separator.length);
    // Not inside a bracket: "All Shifts ($18.50 - $21.25/hr)" keeps its range whole.
    while (at > from + 2 && insideBracket(text, at)) at = text.lastIndexOf(separator, at - 1);
    if (at > best && at > from + 2) best = at;
  }
  return best;
}

function insideBracket(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', at) > at;
}

// "Fernwood Coffee Co. (Alberta Arts District)", "The Copper Kettle (gastro pub, Chapel
// Allerton)": an employer with its district or its kind in brackets after it.
const NOTE_AFTER = /^(.{2,60}?)\s\(([^()]{2,60})\)$/;
const ESTABLISHMENT =
  /^(?:gastro ?pub|pub|caf[ée]|coffee (?:shop|roasters?)|restaurant|bistro|bar|bakery|hotel|winery|brewery|farm|clinic|practice|salon|nursery|roastery|diner|deli|boutique|brasserie|bodega|taverna|trattoria|pizzeria|garden cent(?:re|er)|care home|nursing home|pharmacy|dental practice|vet(?:erinary)? (?:clinic|practice))(?![\w\u00C0-\u024F])/i;

/** The employer's name before a bracketed note, or null when `text` is not one. */
export function employerBeforeNote(text: string): string | null {
  const m = text.endsWith(')') ? NOTE_AFTER.exec(text) : null;
  if (!m?.[1] || !m[2]) return null;
  return hasLegalForm(m[1]) || ESTABLISHMENT.test(m[2]) ? m[1] : null;
}

const HIRING_TAIL =
  /^(?:now|urgently|immediately|actively)\s(?:hiring|recruiting)\b|^(?:wanted|needed)$|^(?:immediate start|start asap|apply (?:now|today))\b/i;
const CITY_REGION = /^\p{Lu}[\p{L} .'’-]{1,30}, (?:[A-Z]{2,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/** A title's tail that is a place or a contract type, not part of the title. */
// "CLASS A CDL REGIONAL DRIVER - Joplin, MO terminal": a site after a town and its state.
const SITE_END =
  /(?<=, [A-Z]{2}) (?:terminal|office|campus|site|HQ|headquarters|depot|yard|branch|store|plant|area)$/;

function isDetail(written: string, isPlace: (text: string) => boolean): boolean {
  const after = written.replace(SITE_END, '');
  // "Apprentice Electrician - $18/hr to start": the pay after the title; "HSE Engineer – 4 Nos":
  // how many are hired.
  if (CONTRACT_TAIL.test(after) || PAY_START.test(after) || COUNT_BRACKET.test(after)) return true;
  // "Part-time Sales Assistant - Saturdays & Sundays", "FARM HAND — SEASONAL — MAY THRU
  // OCTOBER": when, not what.
  // A shift stays: "Warehouse Associate - Day Shift".
  if (WEEKDAYS_PART.test(after) || MONTH_SPAN.test(after)) return true;
  // "LINE COOK - FT": the contract, abbreviated ("- PT" may be a physical therapist, and a bracket's
  // "(PT)" stays, as boards print it).
  if (/^(?:ft|f\/t|p\/t)$/i.test(after)) return true;
  // "Registered Nurse - Med/Surg | Req RN-24-3381": the opening's reference; Indeed's "Line
  // Cook - job post".
  if (REFERENCE_TAIL.test(after) || PAGE_KIND_TAIL.test(after)) return true;
  // "WAREHOUSE ASSOCIATE – Now Hiring 1st & 2nd Shift": the call after the title.
  if (HIRING_TAIL.test(after)) return true;
  // "Senior Data Engineer | Kaveri Analytics Pvt. Ltd.", "Comptable (H/F/X) – Cabinet
  // fiduciaire": the employer, or its kind, after the title.
  if (after.length <= 60 && (hasLegalForm(after) || EMPLOYER_KIND.test(after))) return true;
  if (employerBeforeNote(after)) return true;
  // "Barista (PT) - Dripline Coffee Co. - Portland, OR": a town with its state or province.
  if (CITY_REGION.test(after) && guessCountry(after) !== null) return true;
  const parts = after.split(',');
  return [parts[0], parts[parts.length - 1]].some((part) => {
    // "Pinheiros, São Paulo/SP": Brazil's state after a slash.
    const text = inUsualCase((part ?? '').trim()).replace(BR_STATE, '');
    return isPlace(text) || isPlace(text.split(/[-\s(]/)[0] ?? '');
  });
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const MONTH_SPAN = new RegExp(
  `^(?:from )?${MONTH}(?: \\d{4})?\\s?(?:thru|through|to|till|until|-|–)\\s?${MONTH}(?: \\d{4})?$`,
  'i',
);
const BR_STATE = /\/[A-Z]{2}$/;

// "Barista - BRIGHTON": a place in capitals, as a shout or a board prints it.
function inUsualCase(text: string): string {
  if (text.length < 3 || /\p{Ll}/u.test(text)) return text;
  return capitalisedWords(text);
}
