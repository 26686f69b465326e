/**
 * remote / hybrid / onsite only when the text says so about this job. A "Work mode:" field or
 * a bare "Remote" header line wins; phrases must be about work ("hybrid work", not "hybrid
 * retrieval systems"); company boilerplate like "Working in person allows collaboration" is not
 * a statement about the job.
 */
import { asianWorkMode } from './asian-work-mode';
import { isAsianText } from './asian-script';
import type { Evidenced, WorkMode } from '../model/posting';
import { evidence, lineBody, type ExtractContext } from './context';
import { leadingSymbolsLength } from './location-phrases';
import { findInMatchingLines } from './matching-lines';
import { alternativesOf, byFirstChar } from './regex-alternatives';
import { findOtherAdsStart } from './other-ads';
import { MAIL_SUBJECT } from './title';
import { ABROAD_BARE, ABROAD_FIELD, ABROAD_MODE_WORD, ABROAD_PHRASES } from './work-mode-abroad';
import {
  EXTRA_BARE,
  isNegatedPhrase,
  isOnSiteLine,
  modeFromExtraPhrases,
  modeFromNextLine,
  modeFromYesNoField,
  isLabelAlone,
  modeOfRemoteFieldValue,
} from './work-mode-cues';

const HOME_FIELD =
  /^(?:homeoffice|home-office|mobiles arbeiten|teletrabajo)\s*[:：]\s*(.{2,100})$/i;
const FIELD = new RegExp(
  String.raw`^(?:work(?:place)? (?:mode|type|model|arrangement|setting|location type|location)|lieu du poste|remote (?:status|policy)|location type|arbeitsmodell|arbeitsort|modalité|mode de travail|télétravail|modalidad(?: de trabajo)?|tipo de trabajo|modalità(?: di lavoro)?|tryb(?: pracy)?|model pracy|werkvorm|werklocatie|modelo de trabalho|regime de trabalho|modalidade|arbetsplats|lieu de travail|sede di lavoro|${ABROAD_FIELD})\s*[:：]\s*(.{2,100})$`,
  'i',
);
const BARE: [RegExp, WorkMode][] = [
  ...EXTRA_BARE,
  ...ABROAD_BARE,
  [
    /^(?:\(?(?:fully |100% |full )?remote\)?|remote[- ](?:first|only|friendly)|work from home|télétravail(?: complet| total| à 100 ?%)?|100 ?% télétravail|(?:en )?remoto|teletrabajo(?: 100 ?%)?|(?:bis zu |up to )?100 ?% (?:im )?(?:remote|remoto|homeoffice|home[- ]office|mobiles arbeiten|zdalnie)(?: möglich)?|homeoffice|zdalnie|praca zdalna|(?:trabalho |lavoro )?(?:da )?remoto|thuiswerken)$/i,
    'remote',
  ],
  [
    /^(?:\(?hybrid\)?|hybride?|híbrid[oa]|hybrides arbeiten|hybrid remote|hybrid working|télétravail (?:partiel|hybride|occasionnel)|teletrabajo parcial|trabajo híbrido|teilweise homeoffice|ibrid[oa]|lavoro ibrido|hybride werken|hybrydowo|praca hybrydowa|hybrydowa|trabalho híbrido)$/i,
    'hybrid',
  ],
  [
    /^(?:on-?site|in[- ]office|in[- ]person|vor ort|präsenz|présentiel|sur site|sur place|presencial|in sede|in presenza|di persona|stacjonarnie|praca stacjonarna|op locatie|op kantoor|persoonlijk)$/i,
    'onsite',
  ],
];
// The longest bare mode above (and in EXTRA_BARE): "presencial con salidas a campo".
const MAX_BARE_LENGTH = 30;
// Office days with home days are hybrid: Italian "lavoro in presenza …, con possibilità di 1 giorno
// di smart working a settimana", Chile's "sistema mixto: lunes a jueves presencial".
const PHRASES: [RegExp, WorkMode][] = [
  // A mode that opens a sentence, then says how: "Nashville, TN. Hybrid - the executive team is in
  // the office four days a week"; "a mix of home and office working".
  [
    /(?<=[.;]\s)hybrid(?=\s?[-–—:]\s)|\b(?:a )?mix(?:ture)? of (?:home and office|office and home|remote and (?:office|on-?site)|on-?site and remote) (?:working|work|based)\b/i,
    'hybrid',
  ],
  [
    /\b(?:dag(?:en)? (?:per week )?thuis(?:werk\w*|werken)|thuiswerk\w*[^.;\n]{0,20}\b[1-4] dag(?:en)?|(?:på distans|hemifrån)[^.;\n]{0,25}\bdag(?:ar)? (?:i|per|om) veckan|hybridi(?:malli\w*|työ\w*)?(?![a-z])|heti [1-4] nap (?:home office|otthoni munka|távmunka)|de acasă[^.;\n]{0,10}[1-4] zile|home[- ]?office[^.;\n]{0,10}\b[1-4](?:-[1-4])? (?:dny|den|dn[ůí])\b|on-?site (?:[34]|three|four) days? (?:a|per) week|hybrid (?:telework|work|working|role|position|schedule|model|arrangement|way of working|setup|environment|opportunity|job|basis|pattern|internship)|hybrid arbeids\w*|hybridt? arbejd\w*|hybridní (?:režim|práce|model|forma)|(?<=částečně )z domova|(?:hjemmekontor|hjemmearbejde|hemarbete|distansarbete|home office)\s*:\s*(?:delvis|delvist|částečně|teilweise|partiel)\b|hybrid\s?\(|(?<=\()hybrid\b|hybrid[:,]? (?:- )?\d ?(?:days?|tage?|jours?|días?)\b|(?:is|this|we['’]re|we are) (?:a )?hybrid\b|(?:option|opportunity|ability|flexibility|choice) to work (?:from home|remotely) (?:on )?(?:fridays|mondays|one day|\d days?|(?:one|two|three) days?|some days|part of the week)|\bin (?:the|our) (?:[\w-]+ ){0,3}office (?:on )?(?:mondays?|tuesdays?)\s?(?:[-–]|to|through)\s?(?:wednesdays?|thursdays?)|\d{1,2}\s?% in (?:the )?office\b|\d{1,2}\s?% on-?site\b(?=[^.;]{0,40}\bremote)|home[- ]?office (?:is )?(?:possible|available|option)|(?:we|team|teams|you|you['’]ll|office|engineers) (?:work|works|working) hybrid\b|hybrid (?:company|workplace|office policy)\b|hybride(?:s)? (?:arbeiten|arbeitsmodell|arbeitsweise)|travail hybride|mode hybride|(?:operates|offers|has|with) (?:a |our )?blended working (?:policy|arrangements?|model|pattern)|en hybride|hybrid remote|modalidad híbrida|modalidad mixta|lavoro ibrido|modalità ibrida|(?:[1-4]|un|due|tre) giorn[oi] (?:a settimana |alla settimana )?(?:di )?(?:smart working|lavoro agile|lavoro da remoto)|smart working (?:per |fino a )?(?:[1-4]|un|due|tre) giorn[oi]|hybride werken|(?:praca|pracę|model|tryb) hybrydow\w*|(?:trabalho|regime|modelo) híbrido|\d dag(?:en)? (?:per week )?thuis\w*|esquema (?:híbrido|mixto)|sistema (?:híbrido|mixto(?=[^.;\n]{0,60}\b(?:teletrabajo|remoto|home office)))|trabajo híbrido|modelo híbrido|híbrido \(|télétravail (?:partiel|hybride)|\d (?:jours?|j) de télétravail|teletrabajo parcial|\d días? de teletrabajo|\d\)? (?:tage?|days?) (?:pro woche |per week |a week )?(?:im homeoffice|(?:from|at) home|remote(?:ly)?|wfh\b)|[1-4]\)? (?:tage?|days?) (?:pro woche |per week |a week )?(?:in the office|im büro|in office|on-?site)|work(?:ing)? from home (?:for )?(?:up to |for )?(?:\d|one|two|three|four) days?|work(?:ing)? from home (?:once|twice|(?:two|three|[23]) times) (?:a|per) week|home[- ]?office möglich|möglichkeit (?:zum|zu|für|auf) (?:homeoffice|home[- ]office|mobiles arbeiten)|home[- ]?office (?:bis (?:zu )?|up to )?\d{1,2}\s?%|(?:\d|one|two|three|four) days? (?:per|a) week remotely|(?:un|une|deux|trois) jours? de télétravail|télétravail\s?:?\s(?:possible )?(?:jusqu['’]à )?[1-4] (?:jours?|j)\b|\d (?:days?|tage?) (?:of )?(?:home ?office|remote work(?:ing)?|working from home)|télétravailler (?:jusqu['’]à )?\d (?:jours?|j)\b|^hybrid (?:nach|ab|after|from|once|following)\b|(?:one|two|three|four) days? (?:of )?(?:home ?office|remote work(?:ing)?|working from home)|home ?office\s?:\s?(?:up to )?(?:\d|one|two|three|four) days?|hybrid,? with (?:\d|one|two|three|four) days?|(?:work|works|working|are|be) in (?:the|our) office (?:[1-4]|one|two|three|four) days? (?:a|per) week|(?:\d|one|two|three|four) days?(?: ?\/ ?wk| (?:a|per|pro) week)?,? (?:the )?(?:rest|remainder)(?: of the (?:week|time))?,? (?:is |are )?(?:remote|from home|wfh)\b|(?:work(?:ing)?|wfh) from home on (?:mon|tues|wednes|thurs|fri)days?|(?:mon|fri)days? (?:from home|remote(?:ly)?|wfh)\b(?! (?:terminal|base|depot|yard)))/i,
    'hybrid',
  ],
  [
    /\b(?:remote (?:within|in|across|from anywhere in) (?:the )?(?=[A-Z\u00C0-\u00DE])|fully remote|100% remote|remote[- ](?:first|only)|(?:is|this is) a (?:fully )?remote|remote (?:role|position|job|opportunity|work is(?! not\b(?! only))|working is(?! not\b(?! only)))|work (?:remotely|from home|from anywhere)|(?:can|may) be (?:done|performed|worked) remotely|telecommut\w+|mobiles arbeiten(?! (?:ist )?(?:[a-zäöüß]+ ){0,4}nicht(?! nur))|remote arbeiten|100 ?% télétravail|télétravail (?:complet|total|à 100)|full remote|en remoto|100% remoto|trabajo remoto|(?:praca|pracę) zdaln\w*|(?:100 ?% |w pełni )zdaln\w*|trabalho remoto|lavoro da remoto|volledig (?:op afstand|thuis|remote)|teletrabajo|(?:vollständig|komplett|voll|rein|zu 100 ?%) (?:remote|im homeoffice|mobil)|remote[- ]eligible|(?:on-?site|in[- ]office|hybrid|\)) or (?:fully )?remote|(?<=, )remote(?= \()|trabajo (?:100 ?% )?desde (?:casa|tu hogar)|home[- ]based (?:role|position|job|with (?:regular |some |frequent )?travel)|(?:is|be|role is) home[- ]based)\b/i,
    'remote',
  ],
  // A place or an office offered, or remote: "| Tallinn, Estonia or REMOTE (EU timezones) |",
  // "Chicago, IL or Remote", "Tbilisi office or remote" (not "phone or remote support").
  [
    /(?:^|[|·—–:]\s)[^|·\n]{0,40}(?:\p{Lu}[\p{L}.]*|\b[Oo]ffice|\))\)?(?:,|\s[—–-])? (?:or|OR) (?:[Ff]ully |FULLY )?(?:[Rr]emote|REMOTE)\b/u,
    'remote',
  ],
  [
    /\b(?:on[- ]?site at (?:our|the) (?:[\w-]+ ){0,2}(?:plant|factory|warehouse|site|depot|facility|mill|mine|yard|workshop)\b|(?:this|the) (?:role|position|job) is (?:fully |100% )?(?:on[- ]?site|in[- ]office|in[- ]person)|lavoro in presenza(?![^.;\n]{0,80}\b(?:[1-4]|un|due|tre) giorn[oi] (?:a settimana |alla settimana )?(?:di )?(?:smart working|lavoro agile|(?:lavoro )?da remoto))|(?:fully |100% )on[- ]?site|on[- ]?site (?:role|position|job)|in[- ]person (?:role|position|job)|must (?:work|be) (?:on[- ]?site|in the office)|requires (?:on[- ]?site|in[- ]person) (?:work|presence|attendance)|(?<!\bbonus\b[^.\n]{0,30})(?:is |be )?based on[- ]site(?!\s(?:[A-Z]{2,}\s)?(?:performance|results|output|targets?|kpis?|productivity|metrics)\b)|(?:5|five)[- ]day (?:work ?week|week),? in[- ]office\b|vor ort im büro|(?:tätigkeit|arbeit|stelle) (?:findet |erfolgt |ist )?(?:ausschließlich |überwiegend )?vor ort|präsenz(?![a-zäöüß-]| oder| und)|report in[- ]person\b|(?:performed|done|carried out) in[- ]person\b|work in[- ]person in\b|not eligible for (?:telework|remote work)|100 % présentiel|sur site uniquement|en présentiel|trabajo presencial|100% presencial|empleo presencial|(?<=\()presencial(?=\))|home[- ]?office (?:ist )?(?:[a-zäöüß]+ ){0,3}nicht möglich|(?:ausschliess?lich|nur) vor ort|(?:work|teaching|job|role|it) is (?:all |done |carried out |entirely |fully )?in[- ]person\b|works? (?:primarily|mainly|entirely|fully) in[- ]person\b|working in (?:the )?office (?:daily|every day|full[- ]time)|puesto presencial|(?:praca|pracę) stacjonarn\w*|lavoro in sede|trabalho presencial|mobiles arbeiten (?:ist )?(?:[a-zäöüß]+ ){0,4}nicht möglich|kein(?:e)? (?:homeoffice|home[- ]office|remote)|remote (?:work )?(?:is )?not (?:possible|available|an option)|no (?:work from home|wfh|remote work(?:ing)?|home ?office)\b|office[- ]based[,.;]|\(site[- ]based\)|(?:5|five) days (?:a|per) week (?:in|at) (?:the|our) (?:[\w-]+ ){0,2}office|office,? (?:5|five) days (?:a|per) week|on[- ]?site,? (?:5|five) days (?:a|per) week)/i,
    'onsite',
  ],
  ...ABROAD_PHRASES,
];
// Where the job is based, which a later "with hybrid working" or "2 Tage Homeoffice" qualifies:
// on site only when no other mode is stated ("based in our office in Manchester", "office-based
// in Sandton").
const BASED_IN_OFFICE = /\b(?:based in (?:the|our) office\b|office[- ]based (?:in|at)\b)/i;
const MODE_WORD = new RegExp(
  String.raw`remote|hybrid|on-?site|office|person|home|télétravail|présentiel|sur site|remoto|híbrid[oa]|presencial|vor ort|teletrabajo|anywhere|wfo|ibrid|hybryd|zdaln|stacjonar|thuis|in sede|in presenza|op locatie|op kantoor|hjemme|z domova|sur place|persoonlijk|${ABROAD_MODE_WORD}`,
  'gi',
);
// The words PHRASES hold where they hold no MODE_WORD: "2 Tage im Büro", "telecommuting",
// "mobiles Arbeiten", "based on site", "Präsenz", "desde casa", "blended working", Swedish "på
// distans" and "på plats", Romanian "de acasă", Belgian "telewerk" (and
// work-mode-cues.ts's "Telework eligible: Yes", "site-based"). "Sur place" is a MODE_WORD: a bare
// field value ("Lieu de travail : Sur place").
const PHRASE_ONLY_WORD =
  'im büro|telecommut|mobiles arbeiten|on site|präsenz|sur les lieux|telework|site-based|site based|blended working|desde casa|distans|hemifrån|de acasă|på plats|telewerk';
// One scan finds both the lines to visit and the lines where a phrase can start. One
// alternation, grouped by first letter (see regex-alternatives.ts): V8 scans it faster than the
// flat one, and it matches the same words at the same places.
const SCAN = new RegExp(
  byFirstChar(alternativesOf(`${MODE_WORD.source}|${PHRASE_ONLY_WORD}`)),
  'gi',
);
const IS_PHRASE_ONLY_WORD = new RegExp(`^(?:${PHRASE_ONLY_WORD})$`, 'i');
const MODE_WORD_IN_LINE = new RegExp(MODE_WORD.source, 'i');
// A line ending in "hybrid" can start "hybrid\n(", which runs into the next line.
const HYBRID_END = /hybrid$/i;
// "hybrid" or "remote" that is not about where people work ("work at remote job sites").
const NOT_WORK =
  /hybrid (?:retrieval|search|cloud|model(?:s|ing)|approach|systems?|architecture|vehicles?|app|car|engine|ranking)|remote (?:area|incentive|locality|localities|allowance|communit|(?:job |work |project )?sites?\b|locations?\b|camps?\b)/i;

/** Extracts the work mode, or null. */
export function extractWorkMode(ctx: ExtractContext): Evidenced<WorkMode> | null {
  // The lines with a mode word or a phrase-only word: every phrase match starts on one of them
  // (but for a yes/no field's "Remote job: No").
  const phraseLines: number[] = [];
  let subject: Evidenced<WorkMode> | null = null;
  // Other ads appended below ("Kundenberater (Homeoffice, Portugal) – 1.150 EUR") state their
  // own modes.
  const otherAds = findOtherAdsStart(ctx.lines, ctx.lines.length - 1);
  const stated = findInMatchingLines(ctx, SCAN, (i, m) => {
    if (i >= otherAds) return null;
    // A yes/no field starts its line (after a bullet or "**") or a table row's cell.
    const column = m.index - (ctx.lines[i]?.start ?? 0);
    const yesNo = column < 5 ? yesNoOnLine(ctx, i) : yesNoInCell(ctx, i, column);
    if (yesNo === 'no') return null;
    if (yesNo) return yesNo;
    const text = ctx.lines[i]?.text ?? '';
    // "Voiture de société (hybride)", "Company car (hybrid)": the car's engine.
    if (isFilterRow(ctx, i, text) || HYBRID_CAR.test(text)) return null;
    phraseLines.push(i);
    // A phrase-only word came first: visit the line only if a MODE_WORD follows.
    const phraseOnly = IS_PHRASE_ONLY_WORD.test(m[0]);
    if (phraseOnly && !MODE_WORD_IN_LINE.test(text) && !isOnSiteLine(text)) return null;
    // A mail's subject sums the job up ("SAP Consultant – München / remote"); a field below it
    // ("Remote-Anteil: 80 % remote, 20 % vor Ort") says more.
    if (MAIL_SUBJECT.test(text)) {
      subject ??= statedOnLine(ctx, i);
      return null;
    }
    return statedOnLine(ctx, i);
  });
  if (stated) return stated;
  let best: { mode: WorkMode; at: number; end: number } | null = null;
  let hybrid: { at: number; end: number } | null = null;
  for (const [re, mode] of PHRASES) {
    const m = firstOnLines(ctx, re, phraseLines);
    if (!m || NOT_WORK.test(ctx.text.slice(m.at, m.at + 40))) continue;
    if (mode === 'remote' && isNegatedPhrase(ctx, m.at)) continue;
    // A denied hybrid phrase ("not suitable for remote or hybrid working") grants no home days.
    if (mode === 'hybrid' && !isNegatedPhrase(ctx, m.at) && (!hybrid || m.at < hybrid.at)) {
      hybrid = m;
    }
    if (!best || m.at < best.at) best = { mode, at: m.at, end: m.end };
  }
  // "Arbeit vor Ort in unserem Service-Center, 1 Tag Homeoffice pro Woche möglich": on site but
  // for the home days the same sentence grants.
  if (best?.mode === 'onsite' && hybrid && grantsHomeDays(ctx.text, best.at, hybrid)) {
    best = { mode: 'hybrid', ...hybrid };
  }
  const extra = modeFromExtraPhrases(ctx, phraseLines, best?.mode ?? null);
  if (extra) return extra;
  if (best) return evidence(best.mode, best.at, best.end);
  if (subject) return subject;
  const based = firstOnLines(ctx, BASED_IN_OFFICE, phraseLines);
  if (based) return evidence('onsite', based.at, based.end);
  if (!isAsianText(ctx.text)) return null;
  return asianWorkMode(ctx.text.slice(0, ctx.lines[otherAds]?.start ?? ctx.text.length));
}

// Days at home, not in the office ("3 Tage im Büro"), in the on-site phrase's sentence or one
// that says when ("100% on-site for your training. After that … a hybrid pattern"), for this
// job (not "unlike our head office team who enjoy 2 days working from home"), and not refused
// after ("1 Tag Homeoffice ist leider nicht möglich", "is not possible").
const OFFICE_DAYS = /(?<!home[- ]?)office|büro|bureau|kantoor|(?<!hjemme)kontor|on-?site/i;
const OTHERS_BETWEEN =
  /[.;!?]\s(?!(?:after|once|following|then|from)\b)|\n|\b(?:unlike|while|whereas|other|others|colleagues)\b/i;
const REFUSED_AFTER =
  /^[^.;!?\n]{0,60}?\b(?:not|nicht|ikke|inte|niet|pas)\b|^[^.;!?\n]{0,60}?\bkein\w*/i;

function grantsHomeDays(
  text: string,
  onsiteAt: number,
  hybrid: { at: number; end: number },
): boolean {
  return (
    hybrid.at > onsiteAt &&
    !OFFICE_DAYS.test(text.slice(hybrid.at, hybrid.end)) &&
    !OTHERS_BETWEEN.test(text.slice(onsiteAt, hybrid.at)) &&
    !REFUSED_AFTER.test(text.slice(hybrid.end, hybrid.end + 80))
  );
}

/**
 * The leftmost match of a phrase in the whole text, searched on the given lines only. A match
 * stays on its line but for "hybrid\n(", so a line ending in "hybrid" is searched with the next.
 */
function firstOnLines(
  ctx: ExtractContext,
  re: RegExp,
  lines: number[],
): { at: number; end: number } | null {
  for (const i of lines) {
    const line = ctx.lines[i];
    if (!line) continue;
    const next = HYBRID_END.test(line.text) ? ctx.lines[i + 1] : undefined;
    const m = re.exec(next ? ctx.text.slice(line.start, next.start + next.text.length) : line.text);
    // A match that starts on the next line is that line's own.
    if (m && m.index < line.text.length) {
      return { at: line.start + m.index, end: line.start + m.index + m[0].length };
    }
  }
  return null;
}

// A yes/no remote field ("Remote job: No"), tested only on short lines.
function yesNoOnLine(ctx: ExtractContext, i: number): Evidenced<WorkMode> | 'no' | null {
  const line = ctx.lines[i];
  if (!line || line.text.length > 60) return null;
  // "🏠 Télétravail : Non": a chat ad's pictogram before the label.
  const body = lineBody(line).body;
  return modeFromYesNoField(ctx, i, body.slice(leadingSymbolsLength(body)));
}

// A yes/no field in a table row's cell ("Convenio: Metal | Teletrabajo: No"), the cell starting
// at `column`.
function yesNoInCell(
  ctx: ExtractContext,
  i: number,
  column: number,
): Evidenced<WorkMode> | 'no' | null {
  const text = ctx.lines[i]?.text ?? '';
  if (!/\|\s*$/.test(text.slice(Math.max(0, column - 3), column))) return null;
  const end = text.indexOf('|', column);
  return modeFromYesNoField(ctx, i, text.slice(column, end < 0 ? undefined : end).trim());
}

// A table row whose first cell names the field: "| Télétravail | Hybride : 2 jours au bureau |".
// The mode is in the value cells, not in the label.
const LABEL_CELL =
  /^\|\s*(?:télétravail|teletrabajo|remote(?: work)?|home ?office|mobiles arbeiten|work(?:place)? (?:mode|type|model|arrangement)|modalité|mode de travail|modalidad(?: de trabajo)?|arbeitsmodell)\s*\|/i;

// A "Work mode:" field or a short part of a header-like line that is only a mode.
// A board's search filters, copied with the page: "Date posted" / "Pay" / "Remote" / "Job type",
// "Teletrabajo: Solo presencial (141) Híbrido (2)". Their modes are options, not this job's.
const FILTER_LABEL =
  /^(?:date posted|pay|salary(?: range)?|job type|distance|company|company rating|job language|encouraged to apply|experience level|more|easy apply only|remote only|fecha de publicación|jornada|tipo de contrato|salario|publiziert|datum|anstellungsart|date de publication|type de contrat)$/i;
const FACET_COUNTS = /\(\d{1,6}\)\s+\p{Lu}[\p{L} ]{1,30}\(\d{1,6}\)/u;

// A panel of filters stacks their labels: the lines on both sides of the mode, or two on one
// side, are labels ("Pay" / "Remote" / "Job type"). A job's facts alternate label and value
// ("Location" / "Remote" / "Salary" / "$45,000 a year").
function isFilterRow(ctx: ExtractContext, i: number, text: string): boolean {
  if (FACET_COUNTS.test(text)) return true;
  if (text.length > 20) return false;
  const label = (k: number) => FILTER_LABEL.test(ctx.lines[k]?.text.trim() ?? '');
  return (
    (label(i - 1) && label(i + 1)) ||
    (label(i + 1) && label(i + 2)) ||
    (label(i - 1) && label(i - 2))
  );
}

// A long line that opens with the mode, then a dash or a colon: "Hybrid – in office Tuesday
// through Thursday, remote Monday and Friday. Some extended hours during year-end close …".
const OPENING_MODE = /^(\S+(?: \S+)?)\s?(?:[–—]|-\s|:\s)/;
function modeOpeningLine(text: string, at: number): Evidenced<WorkMode> | null {
  const head = OPENING_MODE.exec(text)?.[1];
  const mode = head ? BARE.find(([re]) => re.test(head))?.[1] : undefined;
  return mode ? evidence(mode, at, at + text.length) : null;
}

function statedOnLine(ctx: ExtractContext, i: number): Evidenced<WorkMode> | null {
  const line = ctx.lines[i];
  if (!line) return null;
  if (line.text.length > 120) {
    return modeInFieldCells(line.text, line.start) ?? modeOpeningLine(line.text, line.start);
  }
  const { body, start } = lineBody(line);
  const pair = modeFromNextLine(ctx, i, body);
  if (pair) return pair;
  // "Pittsburgh, PA (ONSITE) or REMOTE (US)": two modes offered, the phrases decide.
  if (OR_REMOTE.test(body)) return null;
  // "Télétravail" over a value no list knows ("Selon le poste"): the label is no mode.
  if (isLabelAlone(body)) return null;
  // "Homeoffice: 2 Tage pro Woche möglich", "Homeoffice: 100 %": a value that says how much; any
  // other value ("bis zu 100% möglich") is read as before, the label with it.
  const homeField = HOME_FIELD.exec(body);
  const home = homeField ? modeOfRemoteFieldValue(body, homeField[1] ?? '') : null;
  if (home) return evidence(home, start, start + body.length);
  const field = FIELD.exec(body);
  // "Télétravail : partiel (3 jours par semaine à distance)": the label says remote, the value
  // how much.
  const share = field ? modeOfRemoteFieldValue(body, field[1] ?? '') : null;
  if (share) return evidence(share, start, start + body.length);
  const label = field ? null : LABEL_CELL.exec(body);
  const value = label
    ? body.slice(label[0].length)
    : (field?.[1]?.trim() ?? body.replace(/[:.]$/, '').trim());
  // "Toronto, ON · Hybrid", "Boston, MA (Hybrid)": each part of a short line on its own.
  // "Full-time, on-site", "Hybrid: 3 days in the office", "ENGINEERING / FULL-TIME / REMOTE",
  // LinkedIn's chips "On-site  Full-time".
  const parts = value.split(/[·•|;(),:]|\s[-–—/]\s|\s{2,}/);
  // A field's value may go on after the mode: "Modalidad: presencial en planta", "Télétravail
  // hybride à 44000 Nantes" (two words first: "Télétravail" alone would be remote).
  const partsOfValue = parts.length;
  if (field?.[1]) {
    const words = field[1].trim().split(/\s/);
    parts.push(words.slice(0, 2).join(' '), words[0] ?? '');
  }
  // A field may list several modes ("Формат работы: на месте работодателя, гибрид"): the freest
  // one is allowed. Not in a row of yes/no fields: "Work mode: On-site; Remote: No".
  const freest = field !== null && !YES_NO_AFTER.test(body);
  let listed: WorkMode | null = null;
  for (const [k, part] of parts.entries()) {
    // The value's first words are tried only when no part was a mode.
    if (k === partsOfValue && listed) break;
    let clean = part.replace(/\*\*/g, '').trim();
    // "📍 Hybrid – Madrid", "🏠 Remote": chat ads' emoji before a mode; "Remote 🇳🇬", a country's
    // flag after it (not "Remote ❌").
    clean = clean.slice(leadingSymbolsLength(clean)).replace(TRAILING_FLAGS, '');
    // "Présentiel au cabinet (avenue de Messine)": a note in brackets that names no mode.
    if (clean.endsWith(')') && !MODE_IN_NOTE.test(clean)) clean = clean.replace(NOTE, '');
    if (clean.length > MAX_BARE_LENGTH) continue;
    const mode = BARE.find(([re]) => re.test(clean))?.[1];
    if (mode && (!freest || k >= partsOfValue)) {
      return evidence(mode, start, start + body.length);
    }
    if (mode && (!listed || FREEDOM[mode] > FREEDOM[listed])) listed = mode;
  }
  return listed && evidence(listed, start, start + body.length);
}

const FREEDOM: Record<WorkMode, number> = { onsite: 0, hybrid: 1, remote: 2 };
const YES_NO_AFTER = /[:：]\s*(?:no|non|nein|nee|não|yes|oui|ja|sí|si)\b/i;

const NOTE = /\s*\([^()]*\)$/;
const HYBRID_CAR =
  /\b(?:cars?|voiture|véhicule|vehicle|dienstwagen|firmenwagen|fahrzeug|pkw|coche|auto|leasing)\b[^()]{0,30}\(\s?(?:plug-in )?hybrid/i;
const TRAILING_FLAGS = /[\s\u{1F1E6}-\u{1F1FF}]+$/u;
const MODE_IN_NOTE =
  /\([^()]*(?:remote|hybrid|on-?site|office|télétravail|présentiel|homeoffice|mobil|teletrabajo|remoto|híbrid|presencial)[^()]*\)$/i;

// On-site or remote offered on one line: remote is allowed.
const OR_REMOTE = /\b(?:on-?site|in[- ]office|hybrid)\b[^|·]{0,30}\bor (?:fully )?remote\b/i;

// A board's row of fields cut by "·" or "|": "**Ubicación:** Madrid · **Modalidad:** presencial ·
// **Jornada:** parcial". Only the cells that are a work-mode field count, so a row of chips that
// offers several modes ("Pittsburgh (ONSITE) or REMOTE") is left to the phrases.
function modeInFieldCells(text: string, lineStart: number): Evidenced<WorkMode> | null {
  if (text.length > 400 || !/[·|]/.test(text)) return null;
  let from = 0;
  for (const cell of text.split(/[·|]/)) {
    const at = text.indexOf(cell, from);
    from = at + cell.length;
    const body = cell.replace(/\*\*/g, '').trim();
    const value = FIELD.exec(body)?.[1]?.trim();
    if (!value) continue;
    const word = value.split(/[\s,(]/)[0] ?? '';
    for (const [re, mode] of BARE) {
      if (re.test(value) || re.test(word)) return evidence(mode, lineStart + at, lineStart + from);
    }
  }
  return null;
}
