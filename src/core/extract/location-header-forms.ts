/**
 * Last-resort places from header lines that state them between other parts, when no label,
 * place line or layout said it: a recruiter email's "Subject: Audit Senior - Dublin 2 - €55k",
 * a title line "Comptable (H/F) – CDI – Bruxelles (Ixelles)", a board's "33 - BORDEAUX -
 * Localiser avec Mappy", a breadcrumb "craigslist > portland, OR > jobs" and an Indian address
 * line ending in its PIN code ("Hinjawadi Phase II, Pune - 411057").
 */
import type { Evidenced } from '../model/posting';
import { isKnownPlace } from './country';
import { headerLines, type ExtractContext } from './context';

// Email subject labels in the languages the parser reads.
const SUBJECT = /^(?:subject|betreff|objet|asunto|assunto|oggetto)\s*[:：]\s*/i;
// The separators between a header line's parts: dashes, a breadcrumb's arrows.
const PART = /\s[-–—>›»·•]\s/;
const PART_OR_GAP = /\s[-–—>›»·•]\s|\s{2,}/;
// "..., Pune - 411057", "Bengaluru 560001": the city before a six-digit PIN.
const PIN_CITY = /(?:^|,\s*)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s?[-–]?\s?\d{3}\s?\d{3}$/;

/** Work modes written after a place ("Leeds, Hybrid", "London (Shoreditch) / Hybrid"). */
export const MODE_AT_END = String.raw`(?:hybrid|remote|on-?site|hybride|télétravail|híbrido|remoto|presencial)$`;
// "London (Shoreditch) / Hybrid", "London, hybrid": the work mode after a slash or comma.
const SLASH_MODE = new RegExp(String.raw`(?:\s\/\s*|,\s)${MODE_AT_END}`, 'i');

const DEPARTEMENT = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$/;
const TOWN_NAME = /^\p{Lu}[\p{L}'’]+(?:[ -]\p{L}[\p{L}'’]*){0,4}$/u;

/**
 * The first place among the parts of a top header line, or an empty list. `isPlace` is
 * location.ts's test of a candidate.
 */
export function locationsFromHeaderParts(
  ctx: ExtractContext,
  isPlace: (text: string) => boolean,
): Evidenced<string>[] {
  for (const line of headerLines(ctx, 10)) {
    const text = line.text;
    if (line.kind === 'list-item' || text.length > 160) continue;
    const pin = /\d{3}$/.test(text) ? PIN_CITY.exec(text) : null;
    if (pin?.[1] && isKnownPlace(pin[1])) {
      const start = line.start + pin.index + pin[0].indexOf(pin[1]);
      return [{ value: pin[1], spans: [{ start, end: start + pin[1].length }] }];
    }
    const bracketed = text.endsWith(')') ? placeInModeBracket(text, line.start, isPlace) : null;
    if (bracketed) return [bracketed];
    if (!PART.test(text)) continue;
    const subject = SUBJECT.exec(text);
    let offset = subject ? subject[0].length : 0;
    // A board's column gap also parts a breadcrumb: "CL  houston > jobs".
    const parts = text.slice(offset).split(PART_OR_GAP);
    for (const [k, part] of parts.entries()) {
      const at = text.indexOf(part, offset);
      offset = at + part.length;
      // A subject starts with the title.
      if (subject && k === 0) continue;
      // France Travail: "33 - Mérignac - Localiser avec Mappy", the département, then the town.
      const next = parts[k + 1]?.trim() ?? '';
      if (DEPARTEMENT.test(part) && TOWN_NAME.test(next)) {
        const start = line.start + text.indexOf(next, offset);
        return [{ value: displayCase(next), spans: [{ start, end: start + next.length }] }];
      }
      // "Ciudad Autónoma de Buenos Aires (Modalidad híbrida)": the mode bracket is no place.
      // "CAPE TOWN CBD ***": a shout's stars are no part of the place.
      const raw = withoutModeBracket(part.trim().replace(TRAILING_STARS, '')).replace(
        SLASH_MODE,
        '',
      );
      const place = displayCase(raw);
      // "Senior Subsea Controls Engineer – Havbris Energi (Stavanger)": the last part an
      // employer with its town in brackets.
      const town = k > 0 && k === parts.length - 1 ? LAST_BRACKET.exec(raw) : null;
      if (town?.[1] && !isPlace(place) && isPlace(town[1].trim())) {
        const value = town[1].trim();
        const start = line.start + at + part.indexOf(raw) + town.index + 1;
        return [{ value, spans: [{ start, end: start + value.length }] }];
      }
      if (raw.length < 2 || !isPlace(place)) continue;
      const start = line.start + at + part.indexOf(raw);
      return [{ value: place, spans: [{ start, end: start + raw.length }] }];
    }
  }
  return [];
}

// An abbreviation with no vowel stays in capitals: "CAPE TOWN CBD" -> "Cape Town CBD".
const TRAILING_STARS = /[\s*!]+$/;

function capitalise(w: string): string {
  if (w.length <= 4 && !/[aeiouyAEIOUY]/.test(w)) return w;
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

// Boards print the city in capitals ("BORDEAUX"), breadcrumbs in lower case ("portland, OR"):
// the place is given in its usual case. A short capitalised part stays ("OR", "NSW").
export function displayCase(text: string): string {
  if (!/\p{Ll}/u.test(text) && !text.includes(',') && text.length > 3) {
    return text.replace(/\p{L}+/gu, capitalise);
  }
  return /^\p{Ll}/u.test(text) ? text.replace(/(?<![\p{L}])\p{Ll}\p{L}*/gu, capitalise) : text;
}

// A title line's closing bracket that holds the place and the mode: "VP Finance (SF / hybrid)",
// "Data Engineer (Berlin, remote possible)".
const MODE_BRACKET = /\(([^()]{2,50})\)$/;
const MODE_IN_BRACKET =
  /\b(?:hybrid|remote|on-?site|hybride|télétravail|híbrid[oa]|remoto|presencial)\b/i;
// No leading `\s*`: tried at every space of a long run of them, it would take quadratic time.
const LAST_BRACKET = /\(([^()]{2,50})\)$/;

// "Hybrid (Manchester)": the mode first, the place in its bracket.
const MODE_THEN_PLACE =
  /^(?:hybrid|remote|on-?site|hybride|télétravail|híbrid[oa]|remoto|presencial)\s?\(([^()]{2,40})\)$/i;

function withoutModeBracket(text: string): string {
  if (!text.endsWith(')')) return text;
  const inside = MODE_THEN_PLACE.exec(text)?.[1];
  if (inside) return inside.trim();
  const m = LAST_BRACKET.exec(text);
  return m?.[1] && MODE_IN_BRACKET.test(m[1]) ? text.slice(0, m.index).trimEnd() : text;
}

/** The place inside a line's last bracket beside a work mode, or null. */
function placeInModeBracket(
  text: string,
  lineStart: number,
  isPlace: (text: string) => boolean,
): Evidenced<string> | null {
  const m = MODE_BRACKET.exec(text);
  if (!m?.[1] || !MODE_IN_BRACKET.test(m[1])) return null;
  const inside = m[1];
  const from = m.index + 1;
  for (const part of inside.split(/\s*[/,·|]\s*/)) {
    if (part.length < 2 || MODE_IN_BRACKET.test(part) || !isPlace(part)) continue;
    const start = lineStart + from + inside.indexOf(part);
    return { value: part, spans: [{ start, end: start + part.length }] };
  }
  return null;
}
