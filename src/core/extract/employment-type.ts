/**
 * full-time / part-time / contract / internship / temporary, from a "Job Type:" field, a short
 * header line, or a phrase about this job ("This is a full-time position"). A benefit sentence
 * such as "for full-time and part-time associates" is not about this job.
 */
import { asianEmploymentType } from './asian-employment';
import { hasArabic, hasCyrillicOrGreek, isAsianText } from './asian-script';
import type { EmploymentType, Evidenced } from '../model/posting';
import {
  evidence,
  hasAtMostWords,
  lineBody,
  lineIndexAt,
  linesMatching,
  type ExtractContext,
} from './context';
import { labelStart } from './label-start';
import { alternativesOf, byFirstLetter } from './regex-alternatives';
import { TITLE_WORD } from './title';

// "B2B" is a contract form ("B2B contract", "umowa B2B", "Contract: B2B", "UoP / B2B") but far
// more often a market ("Ventas B2B", "B2B SaaS sales", "B2B, B2C"): it counts only next to a
// contract word or as a header segment of its own. Every branch starts with the letters "b2b" so
// the combined scan below keeps its fast first-character path.
const B2B_CONTRACT = String.raw`b2b(?:(?=\s?(?:contract|kontrakt|agreement|\((?:invoice|faktura|net)|,\s?net))|(?<=(?:contract|contrato|vertrag|umow\w*|kontrakt|uop|\bna)\s?[:/|]?\s?b2b)|(?<=(?:^|\n|[·•|(:]\s?|\s[-–/]\s)b2b)(?=\s?(?:$|\n|[·•|),]|\s[-–/]\s))(?!,\s?b2c))`;
// A trainee ("Trainee Solicitor", "Graduate Engineer Trainee") is an employee in training, not
// an intern; a Werkstudent (working student) is a student employed part-time, not an intern. A
// solicitor's "training contract", a teacher's "licensed contract" and the NHS terms named by
// their year ("Consultant contract 2003") are no contractor's; nor is a kind of firm ("a
// well-established main contractor", "a federal contractor").
// A word ending in a letter `\b` cannot bound ("staż", Finnish "Kesätyö", a summer job) ends
// the match on the letter before it: "sta(?=ż)", "kesäty(?=ö)".
const WORDS: [RegExp, EmploymentType][] = [
  [
    /\b(?:intern(?:ship)?|praktikum|praktikant\w*|stage(?!\s?\d)|stagiaire|meewerkstage|afstudeerstage|stagevergoeding|sommerstudent\w*|harjoittelija\w*|alternance|apprentissage|prácticas|becari[oa]|tirocini\w*|stagiair|sta(?=ż)|praktyk\w*|est[aá]gio|estagi[aá]ri[oa]|gyakornok\w*|staj|stajyer\w*)\b/i,
    'internship',
  ],
  [
    new RegExp(
      String.raw`\b(?:contract(?! (?:de muncă )?pe (?:perioad[ăa]|durat[ăa]) nedeterminat[ăa])(?<!(?:training|employment|licensed|vast|parttime|fulltime|full[- ]time|part[- ]time|permanent|unlimited|open-ended|indefinite) contract)(?<!consultant contract(?= (?:19|20)\d\d\b))(?!or(?<=\b(?:main|general|principal|building|construction|civil|electrical|mechanical|roofing|groundworks|government|defen[cs]e|federal|prime|tier[- ]?[123]|M&E|HVAC) contractor))(?:or)?|freelance|freiberuflich|${B2B_CONTRACT}|w-?2 contract|1099|contrat de prestation|indépendant|autónomo|contrato mercantil|c2c|corp[- ]to[- ]corp|locum|self-employed|pj(?!\s?:)|pessoa jurídica|partita iva|zzp(?:['’]?er)?|umow\w* (?:zlecenie|o dzieło)|recibos verdes)\b`,
      'i',
    ),
    'contract',
  ],
  [
    /\b(?:temporary|temp|seasonal|fixed[- ]term|specified[- ]purpose|befristet|cdd|intérim|interim|temporal|eventual|saisonnier|dur[ée]e d[ée]termin[ée]e|tiempo determinado|plazo fijo|remplacement|suplencia|interinidad|saisonstelle|saisonkraft|saisonarbeit|saisonal|sommersaison|wintersaison|de temporada|por temporada|tempo determinato|somministrazione|stagional[ei]|tijdelijk\w*|bepaalde tijd|czas określony|sezonow\w*|vikariat|midlertidig\w*|visstid\w*|tidsbegrænset|määräaikai\w*|sijaisuu\w*|kesätyö(?=\w)\w*|kesäty(?=ö(?![a-zåäö]))|termo certo|termo incerto|a termo|tempor[aá]ri[oa]|temporaires?|temporane[oa]|tempor[äa]r(?:stelle|einsatz|anstellung|job|e (?:stelle|anstellung|einsatz)|(?! (?:bau|it|office|industrie|technik|gewerbe|logistik|finance|medical|gastro)\b))|sazonal|dobu určitou|dobu určitú|határozott idej|na određeno|određeno vri?jeme|sezonsk\w*|sezónn\w*|tymczasow\w*(?<!agencj\w{0,3} pracy tymczasow\w*)|sezonier\w*|mevsimlik)\b/i,
    'temporary',
  ],
  [
    /\b(?:werkstudent\w*|working students?|paruh waktu|bán thời gian|osaline tööaeg|osaajaga|norm[ăa] redus(?=[ăa])|part[- ]time|teilzeit|teilbeschäftigung|minijob|mini-job|geringfügig\w*|temps partiel|mi-temps|4\/5e? temps|3\/5e? temps|media jornada|medio tiempo|tiempo parcial|jornada parcial|parttime|tempo parziale|deeltijd\w*|halftijds?|niepełn\w* (?:etat\w*|wymiar\w*)|część etatu|pół etatu|deltid\w*|halvtid|meio período|tempo parcial|zkrácený úvazek|részmunkaid|osa-aikai\w*|norm[ăa] par[țţt]ial(?=[ăa])|nepuno radno vri?jeme|yarı zamanl(?=ı)|nepiln[au] slodz[ei]|pusslodz\w*|skrátený (?:pracovný )?úväzok|nepilnas etatas|pola radnog vremena)\b/i,
    'part-time',
  ],
  [
    /\b(?:penuh waktu|toàn thời gian|täistööaeg\w*|täiskohaga|norm[ăa] întreag(?=[ăa])|full[- ]time|fulltime|vollzeit|vollbeschäftigung|voll(?=-\s?(?:oder|und|bzw\.?|\/)\s?teilzeit)|temps plein|temps complet|jornada completa|tiempo completo|tempo pieno|voltijd\w*|pe[łl]\w* (?:etat\w*|wymiar\w*)|heltid\w*|fuldtid\w*|tempo integral|per[ií]odo integral|plný (?:pracovní )?úvazek|pln[ýé] (?:pracovn[ýé] )?úväz\w*|pilnas etatas|teljes munkaid|kokoaikai\w*|puno radno vri?jeme|tam zamanl(?=ı)|piln[au] slodz[ei]|vis[ua] etat[ua])\b/i,
    'full-time',
  ],
  // A permanent contract says how long, not how many hours: it reads as full-time only when
  // nothing states the hours ("Permanent Part Time", "Contract: Permanent" + "Working pattern:
  // Part-time" are part-time). Kept last: see PERMANENT below. "Unlimited" alone is a field's
  // value ("Contract type: Unlimited"), not "Unlimited PTO".
  [
    /\b(?:permanent|unlimited (?:employment|contract)|u(?<=^\s*u)nlimited(?=\s*$)|unbefristet\w*|festanstellung|cdi|indefinido|dur[ée]e ind[ée]termin[ée]e|tiempo indeterminado|tempo indeterminato|vast contract|vaste (?:aanstelling|baan|dienst\w*)|onbepaalde tijd|czas nieokreślony|umow\w* o prac|fast (?:stilling|ansettelse|ansættelse|anställning)|fastansættelse|fastansat|fastanställ\w*|tillsvidare\w*|efetiv[oa]|regime(?: de contratação)?:? clt|contrata(?=ção:? clt)|contrato:? clt|vaga clt|sem termo|dobu neurčitou|határozatlan idej|vakituinen|neodređeno vri?jeme|perioad[ăa] nedeterminat(?=[ăa])|belirsiz süreli|tähtajatu\w*|nenoteiktu laiku|neterminuot\w*)\b/i,
    'full-time',
  ],
];
// The index in WORDS of the permanent-contract words.
const PERMANENT = WORDS.length - 1;
const WORDS_GLOBAL = WORDS.map(([re, type]): [RegExp, EmploymentType] => [
  new RegExp(re.source, 'gi'),
  type,
]);
// Every rule below needs one of the words.
// One `\b(?:a|b|...)\b` alternation (not `\b(?:a)\b|\b(?:b)\b|...`), grouped by first letter:
// the same lines, several times faster.
const ANY_WORD_SOURCE = String.raw`\b${byFirstLetter(typeWordAlternatives())}\b`;

/** The alternatives of WORDS' regexes, in order ("intern(?:ship)?", "praktikum", ...). */
function typeWordAlternatives(): string[] {
  return WORDS.flatMap(([re]) =>
    alternativesOf(re.source.slice(String.raw`\b(?:`.length, -String.raw`)\b`.length)),
  );
}
const HAS_WORD = new RegExp(ANY_WORD_SOURCE, 'i');
// Past the header block only a field states the type: short lines there do not count.
const HEADER_LINES = 30;
const FIELD_LABEL = String.raw`(?:job types?|tip(?:ul)? (?:de )?contract|full\/part[- ]time|regular\/temporary|nature du contrat|quotité|beschäftigungsausmaß|employment type|type of employment|employment|contract(?![- ]to[- ]hire)(?: type)?|type of contract|working pattern|time type|position type|schedule|work schedule|job schedule|type|status|duration|anstellungsart|beschäftigungsart|vertragsart|arbeitszeit|dauer|type de contrat|contrat|type d'emploi|temps de travail|régime de travail|statut|durée|tipo de contrato|tipo de empleo|jornada|contrato|duración|tipo (?:di )?contratto|contratto|orario|dienstverband|contractvorm|soort contract|arbeidsregime|arbeidsduur|rodzaj umowy|wymiar (?:pracy|etatu)|forma zatrudnienia|typ umowy|regime de contratação|contratação|ansettelsesform|ansættelsesform|anställningsform|anställning|omfattning|stillingstype|arbetstid|arbejdstid|munkarend|typ pracovního poměru|druh pracovního poměru|pracovní poměr|úvazek|(?:typ |druh )?pracovného pomeru|pracovný pomer|úväzok|vrsta zaposlenja|vrsta (?:posla|ugovora)|radno vri?jeme|darbo (?:laikas|pobūdis)|darba (?:laiks|veids)|slodze|çalışma şekli|työsuhteen tyyppi|työaika|tipe pekerjaan|jenis pekerjaan|hình thức làm việc|loại hình công việc)`;
const FIELD = new RegExp(String.raw`^${FIELD_LABEL}\s*[:：]?\s*(.{2,80})$`, 'i');
// The label alone on its line, its value on the next (GOV.UK: "Contract type" / "Permanent").
const LABEL_ONLY = new RegExp(String.raw`^${FIELD_LABEL}\s*[:：]?$`, 'i');
// A field's value can be the bare adjective: "Jornada: Parcial", "Jornada: Completa (40 hs)",
// "Temps de travail : partiel". Only after a label: "completa" alone is any "complete".
// Brazil's "CLT" (employment under the labour code) is read only where Portuguese names the
// contract: a field's value here ("Regime de contratação: CLT"), "regime CLT" or "Contratação
// CLT" in WORDS. "CLT" is also an airport, a theorem and a timber.
const SCHEDULE_VALUES: [RegExp, EmploymentType][] = [
  [/^(?:parcial|partiel(?:le)?)\b/i, 'part-time'],
  [/^(?:complet[ao]|complet|complète|plein|clt)\b/i, 'full-time'],
];
// "Jornada: parcial", "Arbeitszeit: completa": a schedule field's label and value.
const SCHEDULE_LABELS = ['jornada', 'arbeitszeit', 'temps de travail', 'régime de travail'];
const SCHEDULE_VALUE = String.raw`\s*[:：]\s*(?:parcial|completa?|partiel|complète|plein)\b`;
// The hiring company's own line: "Employer: Halstead & Crane (signatory contractor)" describes
// the firm, not this job's contract.
const EMPLOYER_FIELD =
  /^(?:employer|company|client|entreprise|société|empresa|unternehmen|arbeitgeber)\s*[:：]/i;
// Swiss and French postings state the hours as a share of a full week: "Pensum: 60–80 %",
// "Arbeitspensum 80 – 100%", "Taux d'activité : 50 %", a title's "(60–80 %)"; US and UK ones as
// "FTE: 0.6". Below 100 % it is part-time, up to 100 % full-time. Hours per week alone ("30
// hours") are not read: what counts as full-time differs by country and trade.
// Norwegian and Swedish workload fields: "Stillingsprosent: 60 %", "Sysselsättningsgrad: 75 %".
const NORDIC_WORKLOAD_LABELS = [
  'stillingsprosent',
  'stillingsbrøk',
  'tjänstgöringsgrad',
  'sysselsättningsgrad',
];
const SHARE_VALUE = String.raw`(?:\d{1,3}\s?%?\s?[-–]\s?)?(\d{1,3})\s?%`;
const SHARE = String.raw`\s*[:：]?\s*${SHARE_VALUE}`;
const SHARE_IN_BRACKETS = String.raw`\((?:\d{1,3}\s?%?\s?[-–]\s?)?(\d{1,3})\s?%\)(?=[ \t]*(?:$|[\n·|,–-]))`;
const FTE = String.raw`fte\s*[:：]\s*(\d(?:[.,]\d{1,2})?)\b`;
// The figure first: "School Counselor (K-8) — 1.0 FTE".
const FIGURE_FTE = String.raw`(?<![\d.,])([01][.,]\d{1,2}|1)\s?fte\b`;
const WORKLOAD = new RegExp(
  String.raw`(?:\b(?:arbeits)?pensum|\b(?:${NORDIC_WORKLOAD_LABELS.join('|')})|\bbeschäftigungsgrad|\bbeschäftigungsausmaß|\bquotité|\btaux d['’](?:activité|occupation))${SHARE}|${SHARE_IN_BRACKETS}|\b${FTE}|${FIGURE_FTE}`,
  'i',
);
// "Employee position (not a contractor)", "no temporary contracts", "Jornada: parcial", a
// workload: `ANY_WORD_SOURCE`, a schedule field (SCHEDULE_LABELS + SCHEDULE_VALUE) or WORKLOAD,
// one alternation whose branches that start with `\b` and a letter are split into alternatives
// grouped by first letter behind one `\b`: V8 then tests one word boundary per position, not
// four. Each branch keeps its order within a letter and only one letter can match at a position,
// so the same alternative matches as in the flat alternation (the captures are not read).
const HEADER_WORD = new RegExp(
  String.raw`\b${byFirstLetter([
    ...typeWordAlternatives().map((a) => String.raw`${a}\b`),
    ...SCHEDULE_LABELS.map((label) => label + SCHEDULE_VALUE),
    ...[
      'arbeitspensum',
      'pensum',
      'beschäftigungsgrad',
      'beschäftigungsausmaß',
      ...NORDIC_WORKLOAD_LABELS,
      'quotité',
      String.raw`taux d['’](?:activité|occupation)`,
    ].map((label) => label + SHARE),
    FTE,
  ])}|${SHARE_IN_BRACKETS}|${FIGURE_FTE}`,
  'gi',
);
const KIND_LEAD = /^(?:internship|praktikum|stage|pr[áa]cticas|apprenticeship|minijob)\s?[:–—-]\s/i;
// A title that opens with its kind, however long: "Praktikum Marketing & Kommunikation (m/w/d)".
const KIND_FIRST = /^(?:praktikum|pflichtpraktikum|werkstudent(?:in)?|working students?)\s/i;
const NEGATION_BEFORE = /\b(?:not|no|non|kein\w*|pas)\s(?:an?\s|un\s|une\s)?$/i;
const GLUED_FIELD =
  /\b(?:job type|employment type)\s*[:：]?\s*([a-zA-Z\u00C0-\u024F-]+(?:[ -][a-zA-Z\u00C0-\u024F]+)?)/i;
// What GLUED_FIELD needs, found in one scan of the text (the i flag folds no other character
// onto these ASCII letters): most lines have no " type" and skip it.
const GLUED_WORD = / type/gi;
// "This is a full-time position", "seeks dependable full-time herdsperson", "1099, you're a
// contractor", "for a 13-week contract", "Contrato a termo certo de 7 meses", "assunzione a
// tempo indeterminato": a sentence about this job.
// The branches that start with `\b` share one (one test per position, not five); the one that
// starts a sentence with the type comes last, as no other can match where it does. The
// lookbehind of "it's full-time" runs only where "it" starts (it reads 40 characters back).
const PHRASE =
  /\b(?:(?:contrat(?:o|to)|assunzione|umow\w*(?: o pracę)?|contract) (?:(?:a|di|de|na|voor) )?(?:tempo (?:in)?determinato|termo (?:in)?certo|sem termo|czas (?:nie)?określony|(?:on)?bepaalde tijd)|(?:this is an?|is an?|as an?|hiring an?|seeking an?|for an?|offering an?|we offer an?|(?:this|the) (?:role|position|job) is(?: an?)?)\s+((?:permanent |regular |new |paid |fully |remote |hybrid |on-?site )?(?:full[- ]time|part[- ]time|contract|temporary|fixed[- ]term|permanent|internship|seasonal|freelance))\b|(?<!\b(?:(?:turn|convert|transition|grow|move) (?:in)?to|become) an? )(full[- ]time|part[- ]time|contract|temporary|seasonal|freelance|fixed[- ]term)\s+(?:[a-z]+\s+)?(?:position|role|job|opportunity|employment|contract|basis|assignment|hire|posts?|vacanc(?:y|ies)|openings?)\b|(?:seeks?|seeking|looking for|hiring|needs?) (?:an? )?(?:[a-z]+ )?(full[- ]time|part[- ]time|freelance) [a-z]|(?:you(?:['’]re| are| will be|['’]ll be)|as) an? (?:independent )?contractor\b|\d{1,2}[- ](?:weeks?|months?)[- ]contract\b|in (vollzeit|teilzeit|voll-\s?(?:oder|und|bzw\.?|\/)\s?teilzeit)\b|(?<=\()(vollzeit|full[- ]time|temps plein)\s?(?:\/|oder|or|ou)\s?(?:teilzeit|part[- ]time|temps partiel)\b)|(?:^|[.!?]\s+|:\s)(full[- ]time|part[- ]time)(?:[,.]|\s(?:w\/|with\s))|\b(?=it)(?<!\b(?:i['’]m|i am|i work|my)\b[^.!?\n]{0,40})(?:it['’]s|it is|it['’]d be|it would be|it['’]s a|it is a)\s+(full[- ]time|part[- ]time)\b(?! equivalent| fte| basis)|,\s(full[- ]time|part[- ]time),\s(?=\d|mon|tue|wed|thu|fri|sat|sun|days|nights|weekdays|weekends|hours)/im;

/** Extracts the employment type, or null. */
export function extractEmploymentType(ctx: ExtractContext): Evidenced<EmploymentType> | null {
  const found = statedType(ctx);
  // "Engagement: Full-time independent contractor", "THIS IS A 100% COMMISSION POSITION (1099
  // INDEPENDENT CONTRACTOR)": full-time hours, but a contractor's terms.
  if (found?.value === 'full-time') {
    const contractor = FULL_TIME_CONTRACTOR.exec(ctx.text);
    if (contractor) {
      return evidence('contract', contractor.index, contractor.index + contractor[0].length);
    }
  }
  // "HR Business Partner – Maternity Cover (12 months, 0.8 FTE)": a cover for someone's leave,
  // named in the header, is temporary work whatever its hours (not a benefit's "medical
  // insurance including maternity cover").
  if (found && found.value !== 'part-time' && found.value !== 'full-time') return found;
  for (const line of ctx.lines.slice(0, COVER_LINES)) {
    const cover = LEAVE_COVER.exec(line.text);
    if (cover && !INSURANCE.test(line.text)) {
      const at = line.start + cover.index;
      return evidence('temporary', at, at + cover[0].length);
    }
  }
  return found;
}

// At a field's value or a line's start ("Engagement: Full-time independent contractor"), not
// about others ("our network of 40 full-time independent contractor drivers").
const FULL_TIME_CONTRACTOR =
  /(?:^|[:|•·]\s*)full[- ]time,? independent contractor\b(?!s|\s[a-z]+s\b)|\(1099 independent contractor\)/im;
const COVER_LINES = 12;
const INSURANCE =
  /\b(?:insurance|medical|health|dental|benefits?|versicherung|assurance|seguro)\b/i;
const LEAVE_COVER =
  /\b(?:maternity|paternity|parental|mat) (?:leave )?(?:cover(?:age)?|replacement)\b|\b(?:elternzeit|mutterschutz)vertretung\b|\bremplacement (?:d['’]un |de |du )?congé (?:de )?(?:maternité|parental)|\bsustituci[oó]n (?:por |de )?(?:baja (?:de |por )?)?maternidad|\bzwangerschapsvervanging\b/i;

function statedType(ctx: ExtractContext): Evidenced<EmploymentType> | null {
  // A title line ("Interim Finance Manager", "Marketing Intern") only counts when no line
  // states the type outright ("Contract, 6 months"); a permanent contract only when no line
  // states the hours.
  let inside: Evidenced<EmploymentType> | null = null;
  let permanent: Evidenced<EmploymentType> | null = null;
  const candidates = candidateLines(ctx);
  for (const [k, i] of candidates.entries()) {
    const found = typeOnLine(ctx, i);
    if (!found) continue;
    if (found.weak === 'permanent') permanent ??= found.type;
    else if (found.weak === 'inside') inside ??= found.type;
    else return contractFieldAfter(ctx, candidates.slice(k + 1), found.type) ?? found.type;
  }
  const share = loneShare(ctx);
  if (share) return share;
  const item = contractItemPastHeader(ctx);
  if (item) return item;
  // A title's or a menu's type wins over a sentence's: no need to scan the text for one.
  if (!permanent && inside) return inside;
  const m = PHRASE.exec(ctx.text);
  // "This is a permanent position" says how long, not the hours.
  const phrase = m ? strongTypeOf(m[0]) : null;
  const stated = m && phrase ? evidence(phrase, m.index, m.index + m[0].length) : null;
  if (permanent) {
    if (stated?.value === 'part-time') return stated;
    // "Job type: Permanent", "Contract Type: Permanent": how long the contract runs, not the
    // hours; no type unless a sentence states one. A Nordic workload ("Stillingsprosent: 100 %")
    // or a list of working patterns does state the hours.
    return isContractLengthOnly(ctx, permanent) && !FULL_WEEK.test(ctx.text) ? stated : permanent;
  }
  return (
    inside ??
    stated ??
    nordicPosition(ctx.text) ??
    (isAsianText(ctx.text) ? asianEmploymentType(ctx.text) : null) ??
    (hasCyrillicOrGreek(ctx.text) || hasArabic(ctx.text) ? typeInOtherScript(ctx.text) : null)
  );
}

// A Danish, Norwegian or Swedish sentence naming the kind of post: "en deltidsstilling på 30
// timer", "en heltidstjänst", "ett vikariat".
const NORDIC_POSITION =
  /(?<![\p{L}])(?:en|et|ett) ((?:deltid|heltid|fuldtid)s?(?:stilling|tjänst|job|ansættelse|ansettelse|anställning))(?![\p{L}])/iu;

function nordicPosition(text: string): Evidenced<EmploymentType> | null {
  const m = NORDIC_POSITION.exec(text);
  if (!m?.[1]) return null;
  const start = m.index + m[0].length - m[1].length;
  const type = /^del/i.test(m[1]) ? 'part-time' : 'full-time';
  return evidence(type, start, start + m[1].length);
}

// A contract's own field: "Vertragsart: freiberuflich", "Contract type: Freelance".
const CONTRACT_FIELD =
  /^[\s\-•*]*(?:vertragsart|vertragsform|anstellungsart|beschäftigungsart|contract(?: type)?|engagement(?: type)?|type de contrat|tipo de contrato|tipo de contratación|contratto)\s*[:：]/i;
const CONTRACT_FIELD_REACH = 6;
const REFUSED = /\b(?:no|not|non|sans|pas de|kein\w*|nicht|sin|ohne|only w-?2|w-?2 only)\b/i;
// A freelancer's, a temp's or an intern's terms; not a teacher's "190-day licensed contract".
const FREELANCE_TERMS =
  /freiberuf|freelanc|selbst(?:st)?ändig|\bb2b\b|honorar|werkvertrag|indépendant|aut[oó]nomo|contractor|\b1099\b|corp[- ]to[- ]corp|\bc2c\b|tempor[äa]r|temporary|praktikum|internship|stage\b|prácticas/i;

/**
 * "Auslastung: Vollzeit" over "Vertragsart: freiberuflich": the hours a freelancer works are no
 * employment; a contract field just below the hours that names a contractor's, a temporary or
 * an intern's terms says what the job is.
 */
function contractFieldAfter(
  ctx: ExtractContext,
  after: number[],
  hours: Evidenced<EmploymentType>,
): Evidenced<EmploymentType> | null {
  if (hours.value !== 'full-time' && hours.value !== 'part-time') return null;
  const at = lineIndexAt(ctx.lines, hours.spans[0]?.start ?? 0);
  for (const i of after) {
    if (i - at > CONTRACT_FIELD_REACH) break;
    // "Contract type: W2 only - no C2C or 1099", "CDI (pas de freelance)": terms refused are none;
    // a bracket aside ("(Projektvertrag / ANÜ ist nicht möglich)") is read without.
    const text = (ctx.lines[i]?.text ?? '').replace(/\([^()]*\)/g, '');
    if (!CONTRACT_FIELD.test(text) || !FREELANCE_TERMS.test(text) || REFUSED.test(text)) continue;
    const found = typeOnLine(ctx, i);
    if (!found || found.weak) continue;
    const value = found.type.value;
    if (value === 'contract' || value === 'temporary' || value === 'internship') return found.type;
  }
  return null;
}

// Ukrainian, Russian, Bulgarian, Serbian, Greek and Arabic boards' words ("Повна зайнятість",
// "Пълно работно време", "Πλήρης απασχόληση", "دوام كامل"), which WORDS' `\b` cannot bound.
// Saudi "عمل مرن" (flexible work) is paid by the hour, part-time; a yearly or fixed-term
// contract ("عقد سنوي", "عقد محدد المدة") is a contract.
const OTHER_SCRIPT_WORDS: [RegExp, EmploymentType][] = [
  [
    /(?<!\p{L})(?:повн(?:а|ої) зайнят\p{L}*|повний робочий день|полная занятость|полный рабочий день|пълно работно време|пуно радно време|πλήρης απασχόληση|πλήρους απασχόλησης)(?!\p{L})/iu,
    'full-time',
  ],
  [/(?<![\u0621-\u064A])(?:ب|ال)?دوام (?:ال)?(?:كامل|كلي)(?![\u0621-\u064A])/, 'full-time'],
  [
    /(?<![\u0621-\u064A])(?:ب|ال)?دوام (?:ال)?جزئي(?![\u0621-\u064A])|عمل مرن(?![\u0621-\u064A])/,
    'part-time',
  ],
  [/تدريب (?:تعاوني|صيفي)|برنامج (?:ال)?تدريب (?:ال)?تعاوني/, 'internship'],
  [/عقد (?:سنوي|سنة|مؤقت|محدد المدة)|(?:على|ب)نظام العقود/, 'contract'],
  [
    /(?<!\p{L})(?:часткова зайнят\p{L}*|неповний робочий день|частичная занятость|неполный рабочий день|непълно работно време|непуно радно време|μερική απασχόληση|μερικής απασχόλησης)(?!\p{L})/iu,
    'part-time',
  ],
  [
    /(?<!\p{L})(?<!(?:для|наставник\p{L}*|ментор\p{L}*|з|с) )(?:стажування|стажер\p{L}*|стажировка|стажант\p{L}*|πρακτική άσκηση)(?!\p{L})/iu,
    'internship',
  ],
];

/** The first of those words in the text, or null. */
function typeInOtherScript(text: string): Evidenced<EmploymentType> | null {
  let best: Evidenced<EmploymentType> | null = null;
  for (const [re, type] of OTHER_SCRIPT_WORDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < (best.spans[0]?.start ?? Infinity))) {
      best = evidence(type, m.index, m.index + m[0].length);
    }
  }
  return best;
}

// A Swiss header prints the workload on its own line under the title: "80 – 100 %".
const LONE_SHARE = new RegExp(`^${SHARE_VALUE}$`);
const LONE_SHARE_LINES = 8;

function loneShare(ctx: ExtractContext): Evidenced<EmploymentType> | null {
  for (const line of ctx.lines.slice(0, LONE_SHARE_LINES)) {
    if (line.text.length > 14 || !line.text.endsWith('%')) continue;
    const share = Number(LONE_SHARE.exec(line.text)?.[1] ?? 0);
    if (share <= 0 || share > 100) continue;
    const type = share < 100 ? 'part-time' : 'full-time';
    return evidence(type, line.start, line.start + line.text.length);
  }
  return null;
}

interface LineType {
  type: Evidenced<EmploymentType>;
  // 'permanent': only a permanent contract; 'inside': a word of the title or a menu row.
  weak?: 'permanent' | 'inside';
}

/** The type line `i` states, if the loop above can accept it. */
function typeOnLine(ctx: ExtractContext, i: number): LineType | null {
  const line = ctx.lines[i];
  // "Beschäftigungsausmaß: 100 % (40 Wochenstunden), auch Teilzeit möglich": a share states the
  // workload before any word does; "Beschäftigungsausmaß: Vollzeit (40 Std./Woche)" has none.
  if (line && SHARE_FIRST.test(line.text)) {
    const share = workloadType(line.text, line.kind);
    if (share) return { type: evidence(share, line.start, line.start + line.text.length) };
  }
  // "FTE: 1.0 (190-day contract)": the workload field's value, not a word in its note (a word
  // is read only when the field holds no share it can read, below).
  const field = line !== undefined && WORKLOAD_FIELD.test(line.text);
  const found = field ? null : typeWordOnLine(ctx, i);
  if (found && !found.weak) return found;
  // "Anstellung: unbefristet" says nothing of the hours; "Pensum: 60–80 %" does.
  const workload = line ? workloadType(line.text, line.kind) : null;
  if (workload && line) {
    // A Nordic full workload ("Stillingsprosent: 100 %") says nothing against a fixed term on a
    // later line ("Ansettelsesform: Vikariat").
    const type = evidence(workload, line.start, line.start + line.text.length);
    // Nor does a range that reaches full time ("Docent Wiskunde (0,6 - 1,0 fte)") against a later
    // "Dienstverband: Tijdelijk".
    return workload === 'full-time' &&
      (NORDIC_WORKLOAD.test(line.text) || FULL_RANGE.test(line.text))
      ? { type, weak: 'permanent' }
      : { type };
  }
  // "Stillingsprosent: Deltid 40 %": a word before the share states the type.
  return field ? typeWordOnLine(ctx, i) : found;
}

function typeWordOnLine(ctx: ExtractContext, i: number): LineType | null {
  const line = ctx.lines[i];
  if (!line) return null;
  const { body, start } = lineBody(line);
  // The value under a label ("Working pattern" / "Flexible working, Part-time") is read with it.
  const label = opensField(ctx, i) ? i : i > 0 && opensField(ctx, i - 1) ? i - 1 : -1;
  if (label >= 0) {
    const found = valueOnNextLine(ctx, label);
    return found ? weighed(found, ctx.lines[label + 1]?.text ?? '') : null;
  }
  if (line.text.length > 100) {
    const found = fieldInSegments(body, start);
    return found
      ? weighed(found, ctx.text.slice(found.spans[0]?.start, found.spans[0]?.end))
      : null;
  }
  if (EMPLOYER_FIELD.test(body)) return null;
  const labelled = labelledField(body);
  const field =
    labelled ??
    GLUED_FIELD.exec(body) ??
    shortSegment(body, i) ??
    contractItem(line.kind, body) ??
    contractInHeader(line.kind, body, i);
  // A saved page's list of job facts: "<li>Permanent</li><li>Full Time</li>"; a title led by
  // its kind ("Internship: Embedded Systems Intern (6 months) — Pune").
  const short =
    i < HEADER_LINES &&
    (line.kind !== 'list-item'
      ? // "Software Development Engineer Intern (Summer 2026)": its note in brackets aside.
        hasAtMostWords(body.replace(PROSPECT_TAIL, '').replace(NOTE_AT_END, ''), 4) ||
        KIND_LEAD.test(body) ||
        KIND_FIRST.test(body)
      : BARE_TYPE.test(body));
  if (!field && !short) return null;
  const value = field?.[1] ?? body;
  const inValue = typeOf(value) ?? (field ? scheduleValue(value) : null);
  const type = inValue ?? (field ? typeOf(body) : null);
  if (!type) return null;
  // A site's menu ("Offres d'emploi   Alternance   Salaires   Se connecter") names a section of
  // the site, not this job's contract.
  if (SITE_MENU.test(body) && /\s{2,}|\s[|·]\s/.test(body)) return null;
  // "horaire d'équipe (06h–14h / 13h–22h, en alternance)": shifts that alternate.
  if (type === 'internship' && SHIFTS_ALTERNATE.test(body)) return null;
  const found = evidence(type, start, start + body.length);
  if (!field && TITLE_WORD.test(body)) return { type: found, weak: 'inside' };
  if (!labelled && isMenuRow(body)) return { type: found, weak: 'inside' };
  return weighed(found, inValue ? value : body);
}

/**
 * Whether line `i` is a label alone, its value on the next line. A bare "Contract" line is a
 * value (BrighterMonday), "Contract type" a label; so is a bare "Contract" whose next line is
 * itself a type ("Contract" / "Permanent" on NHS Jobs).
 */
function opensField(ctx: ExtractContext, i: number): boolean {
  const line = ctx.lines[i];
  if (!line) return false;
  const { body } = lineBody(line);
  return (
    mayStartWithLabel(body) &&
    LABEL_ONLY.test(body) &&
    (/\s/.test(body.trim()) || valueOnNextLine(ctx, i) !== null)
  );
}

const STATED_HOURS = /\d\s?(?:hours|hrs|h)\b|\d\s?(?:wte|fte)\b/i;

/**
 * Marks a type as weak when read only from a permanent-contract word, or from a list of the
 * patterns a post allows (GOV.UK's "Working pattern: Flexible working, Part-time").
 */
function weighed(found: Evidenced<EmploymentType>, value: string): LineType {
  const strong = strongTypeOf(value) ?? scheduleValue(value);
  if (!strong) return { type: found, weak: 'permanent' };
  return isPatternList(value) ? { type: found, weak: 'permanent' } : { type: found };
}

function isPatternList(value: string): boolean {
  if (!value.includes(',')) return false;
  const types = new Set(value.split(',').map((item) => strongTypeOf(item)));
  types.delete(null);
  // "Part-time – 22.5 hours per week (0.6 WTE), flexible working": hours stated are this post's.
  return types.size > 1 || (/\bflexib/i.test(value) && !STATED_HOURS.test(value));
}

/**
 * In order, the lines with a type word that the loop above can accept: any in the header block
 * (one scan of the header text), later only those with a field. Scanning the whole text for the
 * ~50 words cost more than all the rest of this extractor.
 */
function candidateLines(ctx: ExtractContext): number[] {
  const headerEnd = Math.min(ctx.lines.length, HEADER_LINES);
  const last = ctx.lines[headerEnd - 1];
  const out = last
    ? linesMatching(ctx, HEADER_WORD, ctx.text.slice(0, last.start + last.text.length))
    : [];
  // The few lines that can hold a glued label, from one scan of the text.
  const glued = linesMatching(ctx, GLUED_WORD);
  let g = 0;
  for (let i = headerEnd; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (!line || line.text.length > 100) continue;
    while ((glued[g] ?? Infinity) < i) g++;
    const mayGlue = glued[g] === i;
    // Most lines start with no label: only the glued label can match them, and it matches the
    // line as it matches its body.
    if (!mayStartWithLabel(line.text)) {
      if (mayGlue && GLUED_FIELD.test(line.text) && HAS_WORD.test(line.text)) out.push(i);
      continue;
    }
    const { body } = lineBody(line);
    if ((FIELD.test(body) || (mayGlue && GLUED_FIELD.test(body))) && HAS_WORD.test(line.text))
      out.push(i);
    else if (LABEL_ONLY.test(body) && HAS_WORD.test(ctx.lines[i + 1]?.text ?? '')) out.push(i);
  }
  return out;
}

// FIELD_LABEL's first two letters; "ré" (régime), Vietnamese "hì" (hình thức), Czech and Slovak
// "úv" (úvazek, úväzok) and Turkish "ça" (çalışma şekli) have a letter labelStart cannot hold:
// NON_ASCII_LABEL tries those.
const LABEL_PAIRS = labelStart(
  'jo em ty co wo ti po sc st du an be ve ar da te fu re na qu or di so ro wy fo om mu pr je lo dr vr ra sl',
);
const NON_ASCII_LABEL = /^(?:- )?(?:ré|hình thức|úv|ça)/i;

/** Whether a line can start with FIELD_LABEL (after a list marker): false for most lines. */
function mayStartWithLabel(text: string): boolean {
  return LABEL_PAIRS(text) || NON_ASCII_LABEL.test(text);
}

/** The type a label-only line's value states, from the line after it. */
function valueOnNextLine(ctx: ExtractContext, i: number): Evidenced<EmploymentType> | null {
  const next = ctx.lines[i + 1];
  if (!next || next.text.length > 100) return null;
  const type = typeOf(next.text) ?? scheduleValue(next.text);
  return type ? evidence(type, next.start, next.start + next.text.length) : null;
}

// "Type de contrat : CDI | Régime de travail : Temps plein | Horaire : ...": a board's table row,
// too long to be one field, holds one field per cell. A cell longer than a field ("Statut :
// Remplacement à temps plein – contrat jusqu'au 27 juin 2025, avec ...") counts with a colon
// after its label, by the start of its value.
const CELL_SPLIT = /\s[|·•]\s/;
const LONG_FIELD = new RegExp(String.raw`^${FIELD_LABEL}\s*[:：]\s*(.{2,60})`, 'i');
function fieldInSegments(body: string, start: number): Evidenced<EmploymentType> | null {
  let at = 0;
  for (const cell of body.split(CELL_SPLIT)) {
    const from = body.indexOf(cell, at);
    at = from + cell.length;
    const trimmed = cell.trim();
    const field =
      (trimmed.length <= 100 ? labelledField(trimmed) : LONG_FIELD.exec(trimmed)) ??
      GLUED_FIELD.exec(trimmed) ??
      bareCell(trimmed);
    const type = field ? (typeOf(field[1] ?? '') ?? scheduleValue(field[1] ?? '')) : null;
    if (type) return evidence(type, start + from, start + from + cell.length);
  }
  return null;
}

// "Acme | Staff Engineer | Pittsburgh, PA | Full-time | $190k": a "Who is hiring" row's cell
// that is only the type. (A readers' flattened "... Employment type: FullTime ..." is caught by
// GLUED_FIELD above.)
// "Full-time (40 hrs/week)": with its hours in brackets.
const BARE_CELL =
  /^(?:full[- ]?time|part[- ]?time|contract(?:or)?|freelance|internship|temporary|permanent)(?: \([^()]{1,25}\))?$/i;
function bareCell(cell: string): RegExpExecArray | null {
  return BARE_CELL.test(cell) ? SEGMENT_VALUE.exec(cell) : null;
}

function scheduleValue(value: string): EmploymentType | null {
  for (const [re, type] of SCHEDULE_VALUES) if (re.test(value.trim())) return type;
  return null;
}

// Reed's "Contract, full-time" / "Contrat, temps plein": a label word followed by a comma is a
// value in a list, not a "Contract: ..." field (so the first word of the list wins).
function labelledField(body: string): RegExpExecArray | null {
  const m = mayStartWithLabel(body) ? FIELD.exec(body) : null;
  return m && !/^[,/]/.test(m[1] ?? '') ? m : null;
}

// A full working week in hours: "40 Std./Woche", "37.5 hours per week", "35H/semaine".
const FULL_WEEK =
  /(?<![\d.,])(?:3[5-9]|4[0-8])(?:[.,]\d{1,2})?\s?(?:std\.?|stunden|h|hrs?|hours|heures|horas|ore|uur)\s?(?:\/|per|pro|a|par|por|la|in der|i)\s?(?:woche|week|wk|semaine|semana|settimana)\b/i;

/** Whether the evidence names only a permanent contract ("Permanent", "unbefristet"). */
function isContractLengthOnly(ctx: ExtractContext, found: Evidenced<EmploymentType>): boolean {
  const span = found.spans[0];
  if (!span) return false;
  const written = ctx.text.slice(span.start, span.end);
  // The value after its label: "Contract Type: Permanent" names no contractor.
  const text = written.slice(written.search(/[:：]/) + 1);
  return (
    strongTypeOf(text) === null &&
    scheduleValue(text) === null &&
    firstType(text, PERMANENT, PERMANENT + 1) !== null
  );
}

/** The type a value states; a permanent contract only when it states nothing else. */
function typeOf(value: string): EmploymentType | null {
  return strongTypeOf(value) ?? firstType(value, PERMANENT, PERMANENT + 1);
}

/** The type of the first type word in the value, past the permanent-contract words. */
function strongTypeOf(value: string): EmploymentType | null {
  return firstType(value, 0, PERMANENT);
}

function firstType(value: string, from: number, to: number): EmploymentType | null {
  let best: { type: EmploymentType; at: number } | null = null;
  for (const [re, type] of WORDS_GLOBAL.slice(from, to)) {
    re.lastIndex = 0;
    let m = re.exec(value);
    while (m && NEGATION_BEFORE.test(value.slice(Math.max(0, m.index - 12), m.index))) {
      m = re.exec(value);
    }
    if (m && (!best || m.index < best.at)) best = { type, at: m.index };
  }
  return best?.type ?? null;
}

// A workload from part to full time: "0,6 - 1,0 fte", "0,8 tot 1,0 fte", "80–100 %".
const FULL_RANGE = /\d\s?(?:%|fte)?\s?(?:[-–]|tot|to|bis|à)\s?(?:1(?:[.,]0{1,2})?\s?fte|100\s?%)/i;
const NORDIC_WORKLOAD = new RegExp(`^(?:${NORDIC_WORKLOAD_LABELS.join('|')})`, 'i');
const SHARE_FIRST = /^(?:beschäftigungsausmaß|quotité)\s*[:：]/i;
// A bullet's bracket is a share of something else: "- Mutuelle prise en charge (50 %)".
const WORKLOAD_FIELD = new RegExp(
  String.raw`^(?:fte|(?:arbeits)?pensum|beschäftigungsgrad|${NORDIC_WORKLOAD_LABELS.join('|')}|taux d['’](?:activité|occupation))\s*[:：]`,
  'i',
);
// "with frequent travel to Turkana (40%)", "Homeoffice (20 %)": the share of something else.
const OTHER_SHARE_BEFORE =
  /\b(?:travel\w*|reise\w*|déplacements?|viajes?|remote|home ?office|télétravail|teletrabajo|mobile arbeit)\b/i;

function workloadType(value: string, kind = 'text'): EmploymentType | null {
  if (!value.includes('%') && !/fte/i.test(value)) return null;
  const m = WORKLOAD.exec(value);
  if (!m || (m[2] && kind === 'list-item')) return null;
  if (m[2] && OTHER_SHARE_BEFORE.test(value.slice(0, m.index))) return null;
  const fte = m[3] ?? m[4];
  const share = fte ? Number(fte.replace(',', '.')) * 100 : Number(m[1] ?? m[2]);
  if (!(share > 0) || share > 100) return null;
  return share < 100 ? 'part-time' : 'full-time';
}

// "Austin, TX (Hybrid) · Full-time", "$18.50 an hour - Full-time", "Full-time, on-site",
// "ENGINEERING / FULL-TIME / REMOTE": a short part of a header line.
// LinkedIn's copied header row "$85K/yr - $95K/yr   Hybrid   Full-time" keeps only wide gaps;
// with two-space gaps ("…  Hybrid  Full-time  Mid-Senior level") only a bare type is a part
// (not "Internship Program Manager  New York, NY").
const SEGMENT_SPLIT = /[·•|,(]|\s[-–—/]\s|\s{3}/;
const NARROW_GAP = /\s{2}/;
function shortSegment(body: string, index: number): RegExpExecArray | null {
  if (index >= 30) return null;
  if (SEGMENT_SPLIT.test(body)) {
    for (const part of body.split(SEGMENT_SPLIT)) {
      const value = part.trim();
      if (hasAtMostWords(value, 3) && typeOf(value)) return SEGMENT_VALUE.exec(value);
    }
  }
  if (!NARROW_GAP.test(body)) return null;
  for (const part of body.split(NARROW_GAP)) {
    const value = part.trim();
    if (BARE_TYPE.test(value)) return SEGMENT_VALUE.exec(value);
  }
  return null;
}

const SEGMENT_VALUE = /^(.+)$/;
// A season or a length in brackets: "(Summer 2026)", "(6 months)"; not "(Hybrid)", "(US)".
const NOTE_AT_END =
  /\s\((?:(?:(?:summer|winter|spring|fall|autumn) )?(?:19|20)\d\d(?:\/\d\d)?|\d{1,2}[- ]?(?:months?|weeks?))\)$/i;
// A Dutch board's chip "Tijdelijk met uitzicht op vast", "… met optie op vast": a fixed term
// that may become permanent.
const PROSPECT_TAIL =
  /\s(?:met )?(?:uitzicht|zicht|optie|kans|perspectief) op (?:een )?vast(?: contract| dienstverband)?$/i;
const BARE_TYPE =
  /^(?:full[- ]?time|part[- ]?time|permanent|temporary|contract|internship|freelance|casual|vollzeit|teilzeit|temps plein|temps partiel|tiempo completo|tiempo parcial|cdi|cdd)$/i;

// "- Unbefristete Festanstellung in Vollzeit", "- Permanent full-time position", "- CDI à temps
// plein": a short bullet (often under the offer) that states the contract itself.
// "• pełny etat", "- Tillsvidareanställning på heltid", "práce na plný úvazek" too.
const CONTRACT_NOUN =
  /anstellung|anställning|ansættelse|stilling|stelle|vertrag|dienstverband|työsuhde|etat|úvazek|umow|p(?:osition|oste|uesto)|role|job|contra(?:ct|t)|empl(?:oyment|oi|eo)|\bcd[di]\b/i;
/** The first such bullet past the header block, read only when no field states the type. */
function contractItemPastHeader(ctx: ExtractContext): Evidenced<EmploymentType> | null {
  for (let i = HEADER_LINES; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (!line || line.kind !== 'list-item' || line.text.length > 62) continue;
    const { body, start } = lineBody(line);
    // "Fast stilling i 80 %": a share below full time says part-time, which typeOf cannot read.
    if (/\b[1-9]\d\s?%/.test(body)) continue;
    const type = contractItem(line.kind, body) ? typeOf(body) : null;
    if (type) return evidence(type, start, start + body.length);
  }
  return null;
}

function contractItem(kind: string, body: string): RegExpExecArray | null {
  if (kind !== 'list-item' || body.length > 60 || !CONTRACT_NOUN.test(body)) return null;
  return hasAtMostWords(body, 6) && HAS_WORD.test(body) ? SEGMENT_VALUE.exec(body) : null;
}

// "Poste régulier à temps plein — Contrat à temps plein 100 %", "Permanent full-time position":
// a header line's part that names the post and its type, too long for a short segment.
function contractInHeader(kind: string, body: string, index: number): RegExpExecArray | null {
  if (index >= HEADER_LINES || kind === 'list-item' || body.length > 100) return null;
  for (const part of body.split(SEGMENT_SPLIT)) {
    const found = contractItem('list-item', part.trim());
    if (found) return found;
  }
  return null;
}

// A board's menu, "Emploi   Alternance   Salaires   Entreprises   |   Connexion": four or more
// one-word items with no figure. Its "Alternance" is a section of the board, not this job.
const MENU_SPLIT = /\s{3,}|\s[|·•]\s/;
const SHIFTS_ALTERNATE =
  /(?:horaires?|équipes?|postes?|matin|soir|nuit|jour)[^.\n]{0,40}\ben alternance\b/i;
const SITE_MENU =
  /\b(?:se connecter|sign in|log ?in|register|salaires|salaries|entreprises|conseils|career advice|recruteurs?|employers?|anmelden|registrieren|empresas|ingresar|iniciar sesi[oó]n|rechercher|search jobs|find jobs|jobsuche|accueil|startseite|buscar (?:empleo|ofertas|trabajo))\b/i;

function isMenuRow(body: string): boolean {
  if (/\d/.test(body)) return false;
  const items = body
    .split(MENU_SPLIT)
    .filter((item) => /\S/.test(item) && !/^[|·•]$/.test(item.trim()));
  return items.length >= 4 && items.every((item) => !/\s/.test(item.trim()));
}
