/**
 * Public employers known by the form of their name: "City of Cedar Bluff", "Health Service
 * Executive (HSE)", "Murrumbidgee Western Local Health District", "Stadt Lüdenscheid-Brügge",
 * "Amt der Kärntner Landesregierung", "CPAS de Jemeppe-sur-Meuse", "Ministère de
 * l'Agriculture", "Ayuntamiento de Villanueva del Arzobispo-Salinas". Their postings print the
 * body beside a department or a site ("City of Cedar Bluff, IA" over "Emergency Communications
 * Center"; "Universität Mittelhessen-Lahnau, Institut für Erziehungswissenschaft"): the body is
 * the employer, the unit is not.
 */
import type { Line } from '../clean/lines';
import type { Evidenced } from '../model/posting';
import { displayCase } from './location-header-forms';

// A body named "<kind> of <place>" or "<kind> <name>", in the four languages.
const HEAD =
  /^(?:the )?(?:(?:city|county|town|village|borough|municipality|state|commonwealth|regional municipality|port|university|government|ministry|royal borough) of |(?:stadt|gemeinde|landkreis|kreis|bezirksamt|landeshauptstadt|universität|hochschule|technische universität|amt der|ministerium|bundesamt|landesamt|stadtverwaltung|kreisverwaltung|verbandsgemeinde|universitätsklinikum) |(?:ville|commune|mairie|université|centre hospitalier|chu|cpas|cisss|ciusss|ministère|conseil départemental|conseil régional|métropole|communauté de communes|communauté d['’]agglomération) (?:de |d['’]|du |des |l['’])?|(?:ayuntamiento|diputación|universidad|junta|gobierno|consejería|ministerio|generalitat|fundación|municipalidad|alcaldía|servicio(?: \p{L}+)? de salud|secretaría de salud|direction (?:départementale|régionale)) (?:de |del |de la |de las |de los |des |du )?|health service executive\b|school district\b|national health (?:service|mission)\b)/iu;
// A body named "<name> <kind>": "Harlow County", "Northmoor Hospitals NHS Foundation Trust".
const TAIL =
  /\s(?:county (?:government|board|commission)|city council|borough council|district council|county council|council|school district|unified school district|independent school district|public schools|health board|health authority|(?:local )?health district|nhs (?:foundation )?trust|university|community college|police (?:department|service)|fire (?:department|district)|health service executive)(?: \([^()]{2,30}\))?$/i;
// Not a body: a sentence, a title ("Lecturer at ... University"), a careers page's heading.
const NOT_A_BODY =
  /[.!?:]$|\s(?:at|for|in|with|is|are|seeks|sucht|recrute|busca)\s|^(?:about|über|à propos)\b/i;
const PAGE_TAIL =
  /\s(?:careers|jobs|job opportunities|employment(?: opportunities)?|recruitment|karriere|stellenangebote|emploi|empleo)$/i;
// The parts of a header line: "City of Cedar Bluff, IA", "Kennziffer: 2025/0318 · Universität
// ..., Institut für ...", "Health Service Executive (HSE) - Cork University Hospital Group".
const SEPARATOR = /\s[·•|–—/-]\s|,\s|:\s/g;
const MAX_NAME = 90;
// A word one of HEAD's or TAIL's names holds: most header lines have none, and skip both.
const BODY_WORD =
  /city|county|town|village|borough|municipal|state|commonwealth|port|universit|government|ministr|council|district|school|health|nhs|college|police|fire|stadt|gemeinde|kreis|bezirk|amt |hochschule|bundes|landes|ville|commune|mairie|hospitalier|chu |cpas|cisss|ciusss|minist|conseil|métropole|communauté|ayuntamiento|diputación|universidad|junta|gobierno|consejería|generalitat|fundación|alcaldía|servicio|secretaría|direction|national/i;
// A place's line: "Lieu : Woluwe-Saint-Lambert, Région de Bruxelles-Capitale".
const PLACE_FIELD =
  /^\W{0,3}(?:location|lieu|ort|standort|dienstort|einsatzort|ubicación|localisation|address|adresse|dirección)\b/i;

/** The first public body named as a part of a header line (not the title's part), or null. */
export function publicBodyIn(
  header: Line[],
  title: { start: number; end: number } | null,
): Evidenced<string> | null {
  for (const line of header) {
    if (line.kind === 'list-item' || line.text.length > 240 || !BODY_WORD.test(line.text)) continue;
    if (PLACE_FIELD.test(line.text)) continue;
    let from = 0;
    SEPARATOR.lastIndex = 0;
    for (;;) {
      const m = SEPARATOR.exec(line.text);
      const to = m ? m.index : line.text.length;
      const inTitle =
        title !== null && line.start + from < title.end && line.start + to > title.start;
      const found = inTitle ? null : bodyIn(line.text, from, to);
      if (found)
        return {
          value: found.value,
          spans: [
            { start: line.start + found.start, end: line.start + found.start + found.value.length },
          ],
        };
      if (!m) break;
      from = m.index + m[0].length;
    }
  }
  return null;
}

// "Le CPAS de Jemeppe-sur-Meuse engage": an article before the body, its verb after.
const ARTICLE = /^(?:le|la|les|l['’]|el|die|der|das|the) (?=\p{Lu})/iu;
const VERB_AFTER =
  /\s(?:engage|recrute|recherche|busca|contrata|selecciona|sucht|stellt ein|is hiring|seeks|hires)$/i;

// "Centre Hospitalier De Vallon-Sur-Rhône" -> "Centre Hospitalier de Vallon-sur-Rhône".
function lowerJoiners(text: string): string {
  return text.replace(
    /(?<=[\s-])(?:De|Del|Des|Du|La|Las|Los|Le|Les|Sur|Of|And|Der|Für|Am|Y|Et)(?=[\s-])/g,
    (w) => w.toLowerCase(),
  );
}

function bodyIn(text: string, from: number, to: number): { value: string; start: number } | null {
  const raw = text.slice(from, to);
  let start = from + raw.length - raw.trimStart().length;
  let part = raw.trim();
  if (part.startsWith('**') && part.endsWith('**')) {
    part = part.slice(2, -2);
    start += 2;
  }
  const article = ARTICLE.exec(part)?.[0].length ?? 0;
  part = part.slice(article).replace(VERB_AFTER, '').replace(PAGE_TAIL, '');
  start += article;
  if (part.length < 6 || part.length > MAX_NAME || part.split(' ').length > 12) return null;
  if (!/^\p{Lu}/u.test(part) || NOT_A_BODY.test(part)) return null;
  if (!HEAD.test(part) && !TAIL.test(part)) return null;
  // A letterhead in capitals: "CENTRE HOSPITALIER DE VALLON-SUR-RHÔNE".
  return { value: /\p{Ll}/u.test(part) ? part : lowerJoiners(displayCase(part)), start };
}

// A line that is a public body's name from its start, as a letterhead prints it (publicBodyIn
// finds a body within a header line's parts): "Kanton Luzern", "Mancomunidad Comarcal …", "CIUSSS
// des Laurentides-Nord", "Ayuntamiento de Toledo", "City of Riverton".
const PUBLIC_BODY_START =
  /^(?:kanton|canton|stadt|gemeinde|landkreis|landeshauptstadt|bezirksamt|bundesamt|landesamt|dienststelle|amt|ministerium|mancomunidad|ayuntamiento|diputación|junta de|gobierno|consejería|generalitat|commune|mairie|ville de|région|département|conseil (?:départemental|régional)|préfecture|ministère|ci?usss|ci?sss|chu|municipalidad|intendencia|alcaldía)\b/i;
// English forms name the body in a few words: "City of Riverton", not "City of London Tour Guide".
const PUBLIC_BODY_OF =
  /^(?:city|county|town|borough|government|department|ministry|state|province|municipality) of (?:the )?\S+(?: \S+)?$/i;
// A state's or a nation's government by its adjective or name: "Queensland Government",
// "Scottish Government".
const GOVERNMENT = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? Government$/u;

/** Whether `text` opens with the name of a public body (a state, a council, a ministry). */
export function isPublicBodyName(text: string): boolean {
  return PUBLIC_BODY_START.test(text) || PUBLIC_BODY_OF.test(text.trim()) || GOVERNMENT.test(text);
}
