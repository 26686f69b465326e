/**
 * full-time / part-time / contract / internship / temporary, from a "Job Type:" field, a short
 * header line, or a phrase about this job ("This is a full-time position"). A benefit sentence
 * such as "for full-time and part-time associates" is not about this job.
 */
import type { EmploymentType, Evidenced } from '../model/posting';
import { evidence, lineBody, linesMatching, type ExtractContext } from './context';
import { labelStart } from './label-start';
import { TITLE_WORD } from './title';

// "B2B" is a contract form ("B2B contract", "umowa B2B", "Contract: B2B", "UoP / B2B") but far
// more often a market ("Ventas B2B", "B2B SaaS sales", "B2B, B2C"): it counts only next to a
// contract word or as a header segment of its own. Every branch starts with the letters "b2b" so
// the combined scan below keeps its fast first-character path.
const B2B_CONTRACT = String.raw`b2b(?:(?=\s?(?:contract|kontrakt|agreement|\((?:invoice|faktura|net)|,\s?net))|(?<=(?:contract|contrato|vertrag|umow\w*|kontrakt|uop|\bna)\s?[:/|]?\s?b2b)|(?<=(?:^|\n|[·•|(:]\s?|\s[-–/]\s)b2b)(?=\s?(?:$|\n|[·•|),]|\s[-–/]\s))(?!,\s?b2c))`;
const WORDS: [RegExp, EmploymentType][] = [
  [
    /\b(?:intern(?:ship)?|praktikum|praktikant\w*|werkstudent\w*|stage|stagiaire|alternance|apprentissage|prácticas|becari[oa]|trainee)\b/i,
    'internship',
  ],
  [
    new RegExp(
      String.raw`\b(?:contract(?:or)?|freelance|freiberuflich|${B2B_CONTRACT}|w-?2 contract|1099|contrat de prestation|indépendant|autónomo|contrato mercantil|c2c|corp[- ]to[- ]corp|locum|self-employed)\b`,
      'i',
    ),
    'contract',
  ],
  [
    /\b(?:temporary|temp|seasonal|fixed[- ]term|befristet|cdd|intérim|interim|temporal|eventual|saisonnier|dur[ée]e d[ée]termin[ée]e|tiempo determinado|remplacement|suplencia|interinidad|saisonstelle|saisonkraft|saisonarbeit|saisonal|(?:sommer|winter)saison|de temporada|por temporada)\b/i,
    'temporary',
  ],
  [
    /\b(?:part[- ]time|teilzeit|minijob|mini-job|geringfügig\w*|temps partiel|mi-temps|media jornada|tiempo parcial|jornada parcial)\b/i,
    'part-time',
  ],
  [
    /\b(?:full[- ]time|fulltime|vollzeit|temps plein|temps complet|cdi|jornada completa|tiempo completo|permanent|unbefristet|indefinido|dur[ée]e ind[ée]termin[ée]e|tiempo indeterminado)\b/i,
    'full-time',
  ],
];
const WORDS_GLOBAL = WORDS.map(([re, type]): [RegExp, EmploymentType] => [
  new RegExp(re.source, 'gi'),
  type,
]);
// Every rule below needs one of the words.
// One `\b(?:a|b|...)\b` alternation (not `\b(?:a)\b|\b(?:b)\b|...`): the same lines, twice as fast.
const ANY_WORD_SOURCE = String.raw`\b(?:${WORDS.map(([re]) => re.source.slice(String.raw`\b(?:`.length, -String.raw`)\b`.length)).join('|')})\b`;
const HAS_WORD = new RegExp(ANY_WORD_SOURCE, 'i');
// Past the header block only a field states the type: short lines there do not count.
const HEADER_LINES = 30;
const FIELD_LABEL = String.raw`(?:job types?|employment type|type of employment|employment|contract(?: type)?|type of contract|working pattern|time type|position type|schedule|work schedule|job schedule|type|status|duration|anstellungsart|beschäftigungsart|vertragsart|arbeitszeit|dauer|type de contrat|contrat|type d'emploi|temps de travail|régime de travail|statut|durée|tipo de contrato|tipo de empleo|jornada|contrato|duración)`;
const FIELD = new RegExp(String.raw`^${FIELD_LABEL}\s*[:：]?\s*(.{2,80})$`, 'i');
// The label alone on its line, its value on the next (GOV.UK: "Contract type" / "Permanent").
const LABEL_ONLY = new RegExp(String.raw`^${FIELD_LABEL}\s*[:：]?$`, 'i');
// A field's value can be the bare adjective: "Jornada: Parcial", "Jornada: Completa (40 hs)",
// "Temps de travail : partiel". Only after a label: "completa" alone is any "complete".
const SCHEDULE_VALUES: [RegExp, EmploymentType][] = [
  [/^(?:parcial|partiel(?:le)?)\b/i, 'part-time'],
  [/^(?:complet[ao]|complet|complète|plein)\b/i, 'full-time'],
];
const SCHEDULE_FIELD = String.raw`\b(?:jornada|arbeitszeit|temps de travail|régime de travail)\s*[:：]\s*(?:parcial|completa?|partiel|complète|plein)\b`;
// The hiring company's own line: "Employer: Halstead & Crane (signatory contractor)" describes
// the firm, not this job's contract.
const EMPLOYER_FIELD =
  /^(?:employer|company|client|entreprise|société|empresa|unternehmen|arbeitgeber)\s*[:：]/i;
// "Employee position (not a contractor)", "no temporary contracts".
const HEADER_WORD = new RegExp(`${ANY_WORD_SOURCE}|${SCHEDULE_FIELD}`, 'gi');
const NEGATION_BEFORE = /\b(?:not|no|non|kein\w*|pas)\s(?:an?\s|un\s|une\s)?$/i;
const GLUED_FIELD =
  /\b(?:job type|employment type)\s*[:：]?\s*([a-zA-Z\u00C0-\u024F-]+(?:[ -][a-zA-Z\u00C0-\u024F]+)?)/i;
const PHRASE =
  /\b(?:this is an?|is an?|as an?|hiring an?|seeking an?|for an?|offering an?|we offer an?|(?:this|the) (?:role|position|job) is(?: an?)?)\s+((?:permanent |regular |new |paid |fully |remote |hybrid |on-?site )?(?:full[- ]time|part[- ]time|contract|temporary|fixed[- ]term|permanent|internship|seasonal|freelance))\b|\b(full[- ]time|part[- ]time|contract|temporary|seasonal|freelance|fixed[- ]term)\s+(?:[a-z]+\s+)?(?:position|role|job|opportunity|employment|contract|basis|assignment|hire|posts?)\b|(?:^|[.!?]\s+)(full[- ]time|part[- ]time)(?:[,.]|\s(?:w\/|with\s))/im;

/** Extracts the employment type, or null. */
export function extractEmploymentType(ctx: ExtractContext): Evidenced<EmploymentType> | null {
  // A title line ("Interim Finance Manager", "Marketing Intern") only counts when no line
  // states the type outright ("Contract, 6 months").
  let inside: Evidenced<EmploymentType> | null = null;
  for (const i of candidateLines(ctx)) {
    const line = ctx.lines[i];
    if (!line) continue;
    const { body, start } = lineBody(line);
    // A bare "Contract" line is a value (BrighterMonday), "Contract type" a label.
    if (LABEL_ONLY.test(body) && /\s/.test(body.trim())) {
      const found = valueOnNextLine(ctx, i);
      if (found) return found;
      continue;
    }
    if (line.text.length > 100) {
      const found = fieldInSegments(body, start);
      if (found) return found;
      continue;
    }
    if (EMPLOYER_FIELD.test(body)) continue;
    const field =
      labelledField(body) ??
      GLUED_FIELD.exec(body) ??
      shortSegment(body, i) ??
      contractItem(line.kind, body);
    const short = i < HEADER_LINES && line.kind !== 'list-item' && body.split(/\s+/).length <= 4;
    if (!field && !short) continue;
    const value = field?.[1] ?? body;
    const type = typeOf(value) ?? (field ? (scheduleValue(value) ?? typeOf(body)) : null);
    if (!type) continue;
    if (field || !TITLE_WORD.test(body)) return evidence(type, start, start + body.length);
    inside ??= evidence(type, start, start + body.length);
  }
  const item = contractItemPastHeader(ctx);
  if (item) return item;
  if (inside) return inside;
  const m = PHRASE.exec(ctx.text);
  if (m) {
    const type = typeOf(m[0]);
    if (type) return evidence(type, m.index, m.index + m[0].length);
  }
  return null;
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
  for (let i = headerEnd; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (!line || line.text.length > 100) continue;
    // Most lines start with no label: only the glued label can match them, and it matches the
    // line as it matches its body.
    if (!mayStartWithLabel(line.text)) {
      if (GLUED_FIELD.test(line.text) && HAS_WORD.test(line.text)) out.push(i);
      continue;
    }
    const { body } = lineBody(line);
    if ((FIELD.test(body) || GLUED_FIELD.test(body)) && HAS_WORD.test(line.text)) out.push(i);
    else if (LABEL_ONLY.test(body) && HAS_WORD.test(ctx.lines[i + 1]?.text ?? '')) out.push(i);
  }
  return out;
}

// FIELD_LABEL's first two letters; "ré" (régime) has a letter labelStart cannot hold.
const LABEL_PAIRS = labelStart('jo em ty co wo ti po sc st du an be ve ar da te');

/** Whether a line can start with FIELD_LABEL (after a list marker): false for most lines. */
function mayStartWithLabel(text: string): boolean {
  if (LABEL_PAIRS(text)) return true;
  const skip = text.charCodeAt(0) === 45 && text.charCodeAt(1) === 32 ? 2 : 0;
  // "r" or "R", then "é" or "É" (`| 0x20` lower-cases both).
  return (text.charCodeAt(skip) | 0x20) === 0x72 && (text.charCodeAt(skip + 1) | 0x20) === 0xe9;
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
    const field = trimmed.length <= 100 ? labelledField(trimmed) : LONG_FIELD.exec(trimmed);
    const type = field ? (typeOf(field[1] ?? '') ?? scheduleValue(field[1] ?? '')) : null;
    if (type) return evidence(type, start + from, start + from + cell.length);
  }
  return null;
}

function scheduleValue(value: string): EmploymentType | null {
  for (const [re, type] of SCHEDULE_VALUES) if (re.test(value.trim())) return type;
  return null;
}

// Reed's "Contract, full-time" / "Contrat, temps plein": a label word followed by a comma is a
// value in a list, not a "Contract: ..." field (so the first word of the list wins).
function labelledField(body: string): RegExpExecArray | null {
  const m = FIELD.exec(body);
  return m && !/^[,/]/.test(m[1] ?? '') ? m : null;
}

function typeOf(value: string): EmploymentType | null {
  let best: { type: EmploymentType; at: number } | null = null;
  for (const [re, type] of WORDS_GLOBAL) {
    re.lastIndex = 0;
    let m = re.exec(value);
    while (m && NEGATION_BEFORE.test(value.slice(Math.max(0, m.index - 12), m.index))) {
      m = re.exec(value);
    }
    if (m && (!best || m.index < best.at)) best = { type, at: m.index };
  }
  return best?.type ?? null;
}

// "Austin, TX (Hybrid) · Full-time", "$18.50 an hour - Full-time", "Full-time, on-site",
// "ENGINEERING / FULL-TIME / REMOTE": a short part of a header line.
// LinkedIn's copied header row "$85K/yr - $95K/yr   Hybrid   Full-time" keeps only wide gaps.
const SEGMENT_SPLIT = /[·•|,(]|\s[-–/]\s|\s{3}/;
function shortSegment(body: string, index: number): RegExpExecArray | null {
  if (index >= 30 || !SEGMENT_SPLIT.test(body)) return null;
  for (const part of body.split(SEGMENT_SPLIT)) {
    const value = part.trim();
    if (value.split(/\s+/).length <= 3 && typeOf(value)) return SEGMENT_VALUE.exec(value);
  }
  return null;
}

const SEGMENT_VALUE = /^(.+)$/;

// "- Unbefristete Festanstellung in Vollzeit", "- Permanent full-time position", "- CDI à temps
// plein": a short bullet (often under the offer) that states the contract itself.
const CONTRACT_NOUN =
  /anstellung|stelle|p(?:osition|oste|uesto)|role|job|contra(?:ct|t)|empl(?:oyment|oi|eo)|\bcd[di]\b/i;
/** The first such bullet past the header block, read only when no field states the type. */
function contractItemPastHeader(ctx: ExtractContext): Evidenced<EmploymentType> | null {
  for (let i = HEADER_LINES; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (!line || line.kind !== 'list-item' || line.text.length > 62) continue;
    const { body, start } = lineBody(line);
    const type = contractItem(line.kind, body) ? typeOf(body) : null;
    if (type) return evidence(type, start, start + body.length);
  }
  return null;
}

function contractItem(kind: string, body: string): RegExpExecArray | null {
  if (kind !== 'list-item' || body.length > 60 || !CONTRACT_NOUN.test(body)) return null;
  return body.split(/\s+/).length <= 6 && HAS_WORD.test(body) ? SEGMENT_VALUE.exec(body) : null;
}
