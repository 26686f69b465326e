/**
 * Work-mode wording work-mode.ts's lists miss. Partial remote in German and French is hybrid
 * ("Mobiles Arbeiten an bis zu zwei Tagen", "2 jours de télétravail par semaine", "Télétravail
 * fréquent"); on-site only where the text says so ("In-person only", "works on-site", "Einsatzort:
 * vor Ort", "exclusivement sur site"); a board's label on one line with its value on the next
 * (APEC "Télétravail" / "Partiel").
 */
import type { Evidenced, WorkMode } from '../model/posting';
import { evidence, lineIndexAt, type ExtractContext } from './context';

/** Whole chips or field values, tested like work-mode.ts's BARE list. */
export const EXTRA_BARE: [RegExp, WorkMode][] = [
  [/^(?:télétravail (?:fréquent|régulier)|teletrabajo (?:parcial|híbrido))$/i, 'hybrid'],
  [
    /^(?:in[- ]person only|on-?site only|on site|office[- ]based|100 ?% (?:on-?site|vor ort|présentiel|presencial)|ausschließlich vor ort|work from office|wfo|presencial con salidas? (?:a|de) (?:campo|ruta)|vor ort (?:im|in der|in unserem|in unserer|beim|am) [a-zäöüß-]+|presencial en (?:obra|planta|oficina|tienda|sede|almacén|campo|el centro|la oficina)|présentiel (?:au|en|sur) (?:cabinet|bureau|site|agence|magasin|laboratoire|labo|boutique))$/i,
    'onsite',
  ],
];

// Days per week (digits or number words) in DE/FR.
const DAYS = String.raw`(?:\d|ein(?:em)?|zwei|drei|vier|un|deux|trois|quatre)`;

// Phrases in running text. The on-site ones and the French ones hold one of work-mode.ts's
// MODE_WORDs or phrase-only words, so only the lines it already found are scanned; "Mobiles Arbeiten" lines are found
// by one substring search.
// A share of the week under 100 % at home: "bis zu 40 % im Homeoffice", "up to 60% remote".
const SHARE_AT_HOME = String.raw`(?<!\d)[1-9]\d? ?% (?:(?:der|deiner|ihrer|eurer) arbeitszeit |of (?:the|your) (?:time|week) |du temps )?(?:im |in |de |en |from |von )?(?:homeoffice|home[- ]office|home|zu ?hause|remote|mobil|télétravail|teletrabajo)`;
// The share after the word: "mobiles Arbeiten bis zu 40 %", "télétravail jusqu'à 40 %", "Mobiles
// Arbeiten in Abstimmung mit der Führungskraft bis zu 60 %".
const AT_HOME_SHARE = String.raw`\b(?:(?:mobile[ns]? arbeiten|homeoffice|home[- ]office|télétravail|teletrabajo) (?:bis zu |zu |jusqu['’]à |hasta (?:el |un )?|up to )?|mobile[ns]? arbeiten [^.\n%]{0,60}? bis zu )[1-9]\d? ?%`;
const PARTIAL_REMOTE = new RegExp(
  String.raw`${SHARE_AT_HOME}|${AT_HOME_SHARE}|\b(?:mobile[ns]? arbeiten (?:an |für )?(?:bis zu )?${DAYS} tag|(?:an |bis zu )${DAYS} tag(?:en?)? (?:pro woche |in der woche |wöchentlich )?(?:im homeoffice|mobil|remote)|télétravail (?:fréquent|jusqu['’]à ${DAYS} jours?)|jusqu['’]à ${DAYS} jours? de télétravail|${DAYS} jours? (?:de|en) télétravail)`,
  'i',
);
// A number of days of home work a week, worded without work-mode.ts's "im"/"de": "1 Tag
// Homeoffice pro Woche", "2 Tage mobiles Arbeiten", "Télétravail 2 jours par semaine"; and
// home work "by arrangement", which is no promise of a fully remote job.
const DAYS_AT_HOME = new RegExp(
  String.raw`\b(?:${DAYS} tage? (?:pro woche |in der woche |wöchentlich )?(?:homeoffice|home[- ]office|mobiles? arbeiten|mobil)|(?:télétravail|home[- ]?office|remote) (?:possible |(?:de |à |jusqu['’]à |(?:an )?bis zu |up to ))?${DAYS} (?:jours?|tag(?:en?)?|days?)(?: (?:par|pro|per|a|in der) ?| ?\/ ?)(?:semaine|woche|week)|(?:mobile[ns]? arbeiten|homeoffice|home[- ]office|télétravail) (?:nach|sur) (?:absprache|vereinbarung|abstimmung|accord)|(?:homeoffice|home[- ]office|mobile[ns]? arbeiten)[^\s(]* \((?:bis zu |an )?${DAYS} tage?\s?(?:\/|pro |in der )\s?woche)`,
  'i',
);
const ONSITE =
  /\b(?:in[- ]person only|modalidad presencial|modalité présentielle?|site[- ]based\b|travail (?:100 ?% )?sur (?:place|site)\b|(?:this|it) is an? (?:fully |100% )?(?:in[- ]person|on-?site|in[- ]office)\b|works? (?:fully |100% )?on-?site\b(?![^.\n]{0,30}\b(?:\d|one|two|three|four) days?)|(?:exclusivement|uniquement|100 ?%) sur site|(?:einsatzort|arbeitsort)\s*:\s*vor ort|(?:ausschließlich|nur) vor ort|présence (?:physique )?(?:sur place|sur site|au bureau|dans nos locaux) (?:requise|obligatoire|exigée|indispensable))/i;
// Office work said in other words: "Work from office - 5 days a week" (Indian boards, also
// "WFO"), "an office-based role", "on-site in our Tampines office"; not "on-site gym" (an
// amenity), nor office work on fewer than five days. Job Bank's "Sur place : Le travail doit
// être accompli sur place" / "On site: Work must be completed at the physical location".
const OFFICE_WORK =
  /\b(?:(?:work(?:ing)? from (?:the |our )?(?:(?!home\b)[\w-]+ )?office|wfo)\b(?![^.\n]{0,30}\b(?:[1-4]|one|two|three|four) days?)|office[- ]based (?:role|position|job)|(?:an|is|are|be) office[- ]based\b|on-?site (?:in|at) (?:our |the )?(?!(?:\w+ )?(?:gym|cafeteria|canteen|parking|childcare|daycare|clinic|all times)\b)|(?:travail|work) (?:doit être|must be) (?:accompli|effectué|réalisé|completed|performed|done) (?:sur place|sur les lieux|on[- ]site|at the (?:physical )?location))/i;
// One regex per mode: each line is scanned once per mode.
const HYBRID_PHRASES = new RegExp(`${PARTIAL_REMOTE.source}|${DAYS_AT_HOME.source}`, 'i');
const ONSITE_PHRASES = new RegExp(`${ONSITE.source}|${OFFICE_WORK.source}`, 'i');

/**
 * The mode from the phrases above, when work-mode.ts's own phrases found none (earliest match
 * wins) or only "remote": partial remote ("Mobiles Arbeiten an bis zu zwei Tagen") is hybrid.
 * `phraseLines` are the indexes of the lines holding a mode word or a phrase-only word.
 */
export function modeFromExtraPhrases(
  ctx: ExtractContext,
  phraseLines: number[],
  found: WorkMode | null,
): Evidenced<WorkMode> | null {
  if (found === 'hybrid' || found === 'onsite') return null;
  const lines = [...phraseLines];
  for (let at = ctx.text.indexOf('obil'); at >= 0; at = ctx.text.indexOf('obil', at + 4)) {
    lines.push(lineIndexAt(ctx.lines, at));
  }
  let best: { mode: WorkMode; at: number; end: number } | null = null;
  for (const i of lines) {
    const line = ctx.lines[i];
    if (!line) continue;
    for (const [re, mode] of [
      [HYBRID_PHRASES, 'hybrid'],
      [ONSITE_PHRASES, 'onsite'],
    ] as const) {
      if (found === 'remote' && mode !== 'hybrid') continue;
      // A PDF wraps "Homeoffice an bis zu" / "2 Tagen pro Woche": read the two lines as one.
      const next = WRAPPED.test(line.text) ? ctx.lines[i + 1] : undefined;
      const m = re.exec(next ? `${line.text} ${next.text}` : line.text);
      if (m && (!best || line.start + m.index < best.at)) {
        best = { mode, at: line.start + m.index, end: line.start + m.index + m[0].length };
      }
    }
  }
  return best ? evidence(best.mode, best.at, best.end) : null;
}

const WRAPPED = /(?<![\w\u00C0-\u024F])(?:bis zu|up to|jusqu['’]à|hasta|an|à|de)$/i;

const LABEL_ALONE = /^(?:télétravail|teletrabajo|remote work|homeoffice|mobiles arbeiten)\s*:?$/i;
// APEC's "Partiel possible", "Occasionnel autorisé".
const NEXT_VALUE: [RegExp, WorkMode][] = [
  [
    /^(?:partiel|occasionnel|fréquent|hybride|parcial|híbrido|teilweise|hybrid|partial)(?: (?:possible|autorisé|accepté|posible|möglich))?$/i,
    'hybrid',
  ],
  [/^(?:total|complet|100 ?%|full|fully remote)$/i, 'remote'],
];

/** Whether the line is only a remote-work label ("Télétravail"), its value on the next line. */
export function isLabelAlone(body: string): boolean {
  return LABEL_ALONE.test(body.trim());
}

// A remote-work field ("Télétravail :", "Teletrabajo:", "Homeoffice:") whose value says how
// much: "partiel (3 jours par semaine à distance)", "Oui, 1 jour par semaine".
const REMOTE_LABEL = /^(?:\*\*)?(?:télétravail|teletrabajo|home ?office|mobiles arbeiten)\b/i;
const SOME_DAYS = new RegExp(
  String.raw`^(?:oui|yes|ja|sí|si)?,?\s*(?:jusqu['’]à |bis zu |up to )?${DAYS} (?:jours?|tage?|días?|days?)\b`,
  'i',
);

const ALLOWED_ALONE = /^(?:möglich|possible|posible|nach absprache)\.?$/i;

/** The mode a remote-work field's value states (partial or some days: hybrid), or null. */
export function modeOfRemoteFieldValue(body: string, value: string): WorkMode | null {
  if (!REMOTE_LABEL.test(body)) return null;
  const text = value.trim();
  // "Oui, jusqu'à 2 jours par semaine": the days, not the "oui", say how much.
  if (SOME_DAYS.test(text)) return 'hybrid';
  const word = text.split(/[\s,(]/)[0] ?? '';
  // "Homeoffice: möglich" (not "possible jusqu'à 5 jours"), "Homeoffice: 100 %": the whole
  // value, or its first word.
  if (ALLOWED_ALONE.test(text)) return 'hybrid';
  for (const [re, mode] of NEXT_VALUE) if (re.test(text) || re.test(word)) return mode;
  return null;
}

/** A label line ("Télétravail") whose value is the next line ("Partiel"), or null. */
export function modeFromNextLine(
  ctx: ExtractContext,
  index: number,
  body: string,
): Evidenced<WorkMode> | null {
  if (!LABEL_ALONE.test(body.trim())) return null;
  const next = ctx.lines[index + 1];
  const value = next?.text.trim() ?? '';
  for (const [re, mode] of NEXT_VALUE) {
    if (next && re.test(value)) return evidence(mode, next.start, next.start + next.text.length);
  }
  return null;
}

// Boards print remote work as a yes/no field: USAJobs "Remote job: No" / "Telework eligible:
// No", "Homeoffice: Nein". "No" says nothing about the mode: the line must not count as remote.
const YES_NO_FIELD =
  /^(remote(?: job| work| position)?|telework(?:ing)?|telecommut\w*|work from home|home ?office|mobiles arbeiten|télétravail|teletrabajo|trabajo remoto)(?: eligible| eligibility| possible| available| allowed| möglich)?\s*[:：]?\s*(.{0,20})$/i;
const NO_VALUE =
  /^(?:no|non|nein|none|not eligible|ineligible|not available|not applicable|n\/a|keine?s?|ninguno)\.?$/i;
const YES_VALUE = /^(?:yes|oui|ja|sí|si)(?![\w\u00C0-\u024F])/i;

/**
 * A yes/no remote field on line `index` (value after the colon or on the next line): "no" for a
 * no (the line is then not about the mode), the mode for a yes ("Remote job: Yes" is remote;
 * USAJobs' "Telework eligible: Yes" is telework on some days, hybrid), null for any other line.
 */
export function modeFromYesNoField(
  ctx: ExtractContext,
  index: number,
  body: string,
): Evidenced<WorkMode> | 'no' | null {
  const m = YES_NO_FIELD.exec(body.replace(/\*\*/g, '').trim());
  if (!m) return null;
  const line = ctx.lines[index];
  let value = m[2]?.trim() ?? '';
  let end = line ? line.start + line.text.length : 0;
  if (value === '') {
    const next = ctx.lines[index + 1];
    value = next?.text.trim() ?? '';
    if (next) end = next.start + next.text.length;
  }
  if (NO_VALUE.test(value)) return 'no';
  if (!line || !YES_VALUE.test(value)) return null;
  const mode: WorkMode = /^tele(?:work|commut)/i.test(m[1] ?? '') ? 'hybrid' : 'remote';
  return evidence(mode, line.start, end);
}

// Job Bank prints the mode as a line of its own: "On site" (spelt without the hyphen).
const ON_SITE_LINE = /^\s*on site\s*$/i;

/** Whether a line is only "On site", a bare mode work-mode.ts's mode words do not hold. */
export function isOnSiteLine(text: string): boolean {
  return text.length < 12 && ON_SITE_LINE.test(text);
}

// "There is no option to work remotely", "cannot be performed remotely", "not a remote role",
// "not suitable for remote or hybrid working".
const NEGATION_BEFORE = /\b(?:no|not|never|cannot|can['’]t|unable to)\b[\w ]{0,24}$/i;

/**
 * Whether the remote or hybrid phrase at `at` is denied by a negation just before it on its
 * line.
 */
export function isNegatedPhrase(ctx: ExtractContext, at: number): boolean {
  const line = ctx.lines[lineIndexAt(ctx.lines, at)];
  const from = Math.max(line?.start ?? at, at - 30);
  return NEGATION_BEFORE.test(ctx.text.slice(from, at));
}
