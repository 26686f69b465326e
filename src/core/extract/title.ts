/**
 * The job title as the posting states it. Sources in order of trust: a "Job Title:" /
 * "Position:" field, a heading at the top, a short title-looking line in the header block,
 * then "we are seeking a <Title> to ...".
 */
import type { Evidenced } from '../model/posting';
import { classifyHeading } from '../sections/headings';
import { normaliseHeading } from '../sections/split-sections';
import { leadingPictograms } from '../text/pictograms';
import { isKnownPlace } from './country';
import { evidence, headerLines, lineBody, type ExtractContext } from './context';
import { isHeaderChrome } from './header-chrome';
import {
  firstContentLine,
  isTitleWithColon,
  isTitleWithPay,
  titleFromSubject,
  titleWithin,
} from './title-cues';

const TITLE_FIELD =
  /^(?:job title|position title|position|title|poste|le poste|post|intitulé du poste|working title|official title|role title|stellenbezeichnung|stellentitel|funktion|puesto|posición|posicion|cargo|vacante|titre du poste)\s*[:：]\s*(\S.{1,120})$/i;
// "Role:" / "Job:" are also boards' category fields (Naukri's "Role: Back End Developer"):
// trusted only at the very top.
const WEAK_TITLE_FIELD = /^(?:role|job|stelle)\s*[:：]\s*(\S.{1,120})$/i;
// Words that occur in job titles across fields and languages.
// Word edges by lookaround, not \b: "Préposé(e)", "Éducateur" start or end in accented letters.
export const TITLE_WORD =
  /(?<![a-zA-Z\u00C0-\u024F])(?:engineer|developer|tech|commis|personal de|adviser|generalist|[a-zé]{2,}olog(?:ist|ists|ue|ues)|[a-z]{2,}ólog[oa]s?|practicante|becari[oa]|operador[a]?|chofer|mesero|guardia|vigilador|promotor[a]?|soldador|carpintero|plomero|fontanero|albañil|peón|abogad[oa]|médic[oa]|agente|oficial|soudeu\w*|plombier|électricien\w*|menuisier|maçon|aide-soignant\w*|juriste|avocat\w*|boulang\w*|pâtissi\w*|manutentionnaire|[a-zäöüß]{2,}(?:leiter|helfer|fahrer|techniker|elektriker|elektroniker|monteur|mechaniker|mechatroniker|entwickler|ingenieur|berater|kaufmann|kauffrau|fachkraft|pflegekraft|servicekraft|reinigungskraft|arbeiter|referent|assistent|koch|köchin|prüfer|verkäufer|meister|lehrer|erzieher|pfleger|disponent|lagerist|schweißer|tischler|bearbeiter|manager)(?:in|innen)?|scientist|analyst|manager|director|designer|architect|administrator|specialist|consultant|coordinator|assistant|associate|technician|nurse|teacher|instructor|tutor|driver|operator|representative|officer|accountant|lead|head|intern|clerk|cashier|[a-z]*keeper|cook|chef|server|bartender|electrician|plumber|carpenter|welder|mechanic|supervisor|advisor|agent|executive|recruiter|writer|editor|researcher|therapist|pharmacist|physician|practitioner|planner|buyer|auditor|controller|attendant|associate|worker|housekeeper|receptionist|caregiver|installer|programmer|strategist|marketer|owner|president|vp|operative|picker|packer|loader|assembler|fabricator|solderer|porter|cleaner|janitor|custodian|dishwasher|host|hostess|stocker|merchandiser|lifeguard|guard|paralegal|secretary|handler|labou?rer|apprentice|crew|aide|coach|counsell?or|dispatcher|estimator|foreman|machinist|painter|roofer|superintendent|surveyor|underwriter|adjuster|teller|banker|broker|hygienist|dentist|surgeon|paramedic|phlebotomist|pilot|fitter|sorter|helper|volunteer|trainer|fellow|partner|principal|producer|artist|photographer|scheduler|inspector|investigator|steward|stewardess|courier|chauffeur|nanny|therapist|optometrist|veterinarian|midwife|carer|helfer\w*|arbeiter\w*|angestellte\w*|assistenz\w*|fachangestellte\w*|sachbearbeiter\w*|employé\w*|agent\w*|opérateur\w*|opératrice|assistant\w*|préparateur\w*|auxiliaire|ouvrier\w*|dependiente\w*|operari[oa]\w*|auxiliar\w*|reponedor\w*|mozo\w*|repartidor\w*|administrativ[oa]\w*|recepcionista|cociner[oa]\w*|entwickler\w*|ingenieur\w*|berater\w*|leiter\w*|manager\w*|kauffrau|kaufmann|pflegefach\w*|fachkraft|mitarbeiter\w*|referent\w*|sachbearbeiter\w*|techniker\w*|elektriker\w*|elektroniker\w*|buchhalter\w*|pfleger\w*|monteur\w*|barista|bäcker(?:in|innen)?|praktikum|internship|prácticas|stage|alternance|apprenti\w*|koch|erzieher\w*|lehrer\w*|verkäufer\w*|ingénieur\w*|développeu\w*|chef de \w+|responsable|chargé\w*|commercial\w*|technicien\w*|infirmi\w*|vendeu\w*|serveu\w*|cuisinier\w*|enseignant\w*|comptable|conseill\w*|desarrollador\w*|ingeniero\w*|analista|gerente|jefe|técnico\w*|enfermer\w*|profesor\w*|camarer\w*|dependient\w*|vendedor\w*|contable|asesor\w*|coordinador\w*|diseñador\w*|comercial|científic\w*|ejecutiv[oa]\w*|electricist\w*|contrôleu\w*|kellner\w*|lehrkraft|cajer[oa]\w*|conductor\w*|mecánic[oa]\w*|pharmacien\w*|apotheker\w*|mécanicien\w*|leader|educator|préposée?|asistente|representante|empleado|encargad[oa]|ayudante|educador[a]?|maestr[oa]|docente|gestor[a]?|éducat\w*|animat\w*|formateur|formatrice|gestionnaire|magasinier\w*|cariste|livreu\w*|caissi\w*|secrétaire|directeur|directrice|betreuer\w*|disponent\w*|lagerist\w*|fahrer\w*|kassierer\w*)(?![a-zA-Z\u00C0-\u024F])/i;
const SEEKING =
  /\b(?:seeking|looking for|hiring|recruiting|searching for|sucht|suchen|recrute|recherche|busca|buscamos)\s+(?:an?|our next|a new|einen?|eine|un|une|una?)\s+((?:[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\d&/+.'-]*|\([^)]{1,50}\)|of|and|&|-|,)(?:\s+(?:[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F\d&/+.'-]*|\([^)]{1,50}\)|of|and|&|-|,)){0,10})/;
// German / French job titles carry a gender marker: "(m/w/d)", "(H/F)".
// German also genders the word itself: "Bilanzbuchhalter:in", "Entwickler*in", "Lehrer_innen".
const GENDER_MARKER =
  /\((?:[mwfdhx]\s?\/\s?){1,3}[mwfdhx]\)|\((?:all genders?|gn\*?)\)|\s(?:H\/F|F\/H|m\/w\/d|w\/m\/d)$|[a-zäöüß][:*_/]in(?:nen)?\b/i;
const NOT_TITLE =
  /^(?:job description|about|overview|summary|description|apply|location|full time|part time)\b/i;

/** Extracts the job title, or null. */
export function extractTitle(ctx: ExtractContext): Evidenced<string> | null {
  const header = headerLines(ctx, 16);
  // 1. An explicit field.
  for (const [i, line] of header.entries()) {
    // Messenger ads lead each field with a pictogram: "💼 Post: Field Sales Executive".
    const text = withoutEmoji({ body: line.text, start: line.start }).body;
    const m = TITLE_FIELD.exec(text) ?? (i < 4 ? WEAK_TITLE_FIELD.exec(text) : null);
    if (m?.[1] && !/^\d/.test(m[1])) {
      const field = decorated({
        body: m[1].trim(),
        start: line.start + line.text.length - m[1].length,
      });
      return evidence(field.body, field.start, field.start + field.body.length);
    }
  }
  // 2. A heading or a short title-looking line near the top (below a board's menu, which can
  // take half a dozen lines); a line that is only a menu item or a meta value is never it.
  for (const [i, line] of header.slice(0, 12).entries()) {
    // A LinkedIn message's sender ("Hugo Marchand · 1er") and the headline under the name.
    if (CONNECTION.test(line.text) || (i > 0 && CONNECTION.test(header[i - 1]?.text ?? ''))) {
      continue;
    }
    const { body, start } = decorated(pipeRowTitle(withoutEmoji(lineBody(line))));
    // A job alert numbers its postings: "1. Infirmier(ère) en soins intensifs (H/F/X)".
    if (line.kind === 'list-item' && !GENDER_MARKER.test(body)) continue;
    if (/ : |: /.test(body) && !isTitleWithColon(body, TITLE_WORD)) continue;
    if (
      looksLikeTitle(body) &&
      (line.kind === 'heading' || TITLE_WORD.test(body) || GENDER_MARKER.test(body)) &&
      !isHeaderChrome(body)
    ) {
      return evidence(body, start, start + body.length);
    }
  }
  const subject = titleFromSubject(header, TITLE_WORD, isKnownPlace);
  if (subject) return evidence(subject.value, subject.start, subject.start + subject.value.length);
  // 3. "We are seeking a Principal Data Scientist to drive ...".
  for (const line of header.slice(0, 6)) {
    const m = SEEKING.exec(line.text);
    if (m?.[1]) {
      const value = m[1].replace(/[\s,&-]+(?:of|and)?$/, '').trim();
      if (TITLE_WORD.test(value)) {
        const start = line.start + m.index + m[0].length - m[1].length;
        return evidence(value, start, start + value.length);
      }
    }
  }
  // 4. The first line, when it is short and not a heading, a place or a sentence: boards put
  // the title first even when it has no title word ("Barista").
  const first = firstContentLine(header);
  if (first && first.kind !== 'list-item') {
    const { body, start } = decorated(lineBody(first));
    const short = body.split(/\s+/).length <= 6 && !/[,:;]/.test(body);
    if (
      short &&
      looksLikeTitle(body) &&
      !isKnownPlace(body) &&
      !classifyHeading(normaliseHeading(body))
    ) {
      return evidence(body, start, start + body.length);
    }
  }
  return null;
}

function looksLikeTitle(text: string): boolean {
  if (text.length < 3 || text.length > 110 || NOT_TITLE.test(text)) return false;
  if (/[.!?]$/.test(text) && !/\b(?:Sr|Jr)\.$/.test(text)) return false;
  // A sentence ("... Standorten. Zur Verstär-"), or a word broken at the line's end.
  if ((text.includes('. ') && /\p{Ll}{4}\.\s\p{Lu}/u.test(text)) || /\p{L}-$/u.test(text)) {
    return false;
  }
  if (/^\d/.test(text) || (/[$€£]\s?\d/.test(text) && !isTitleWithPay(text, TITLE_WORD))) {
    return false;
  }
  return text.split(/\s+/).length <= 14;
}

// A network member's name and degree of connection: "Hugo Marchand · 1er", "Jane Doe • 2nd".
const CONNECTION = /\s[·•]\s(?:1st|2nd|3rd\+?|1er|2e|3e\+?)$/;

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
  const { offset, length } = titleWithin(part.body, isKnownPlace);
  if (offset === 0 && length === part.body.length) return part;
  return { body: part.body.slice(offset, offset + length).trim(), start: part.start + offset };
}

// Newsletters and social posts lead the title with a pictogram: "📱 Desarrollador/a Mobile".
function withoutEmoji(part: { body: string; start: number }): { body: string; start: number } {
  const skip = leadingPictograms(part.body);
  return skip > 0 ? { body: part.body.slice(skip), start: part.start + skip } : part;
}
