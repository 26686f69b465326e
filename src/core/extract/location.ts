/**
 * Job locations as written, most specific first. From a "Location:" field (value on the same
 * line or the next), else from place-looking lines in the header block ("Sunnyvale, CA").
 * A street address keeps only its "City, ST" part ("1375 Crossman Avenue, Sunnyvale, CA 94089"
 * -> "Sunnyvale, CA").
 */
import type { Evidenced } from '../model/posting';
import { guessCountry } from './country';
import { headerLines, lineBody, type ExtractContext } from './context';

const LOCATION_FIELD =
  /^(?:(?:job |work |office |primary )?locations?|based in|standorte?|arbeitsort|einsatzort|ort|lieu(?: de travail)?|localisation|ville|ubicación|ubicacion|localización|lugar de trabajo|ciudad|city)\s*[:：]?\s*(.*)$/iu;
const CITY_STATE =
  /\b([\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}), ([A-Z]{2})\b(?: \d{5}(?:-\d{4})?)?/u;
const PLACE_LINE =
  /^[\p{Lu}][\p{L}.'’ -]{1,40}(?:, ?[\p{Lu}][\p{L}.'’ -]{1,40}){0,3}(?: \d{4,5})?$/u;
const SPLIT = /\s*(?:;|\||\/| or | oder | ou | o )\s*/;
const REMOTE_ONLY = /^(?:remote|hybrid|on-?site|anywhere|worldwide|télétravail|remoto)$/i;

/** Extracts the locations, or an empty list. */
export function extractLocations(ctx: ExtractContext): Evidenced<string>[] {
  // 1. A location field, value inline or on the next line.
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (!line || line.text.length > 160) continue;
    const m = LOCATION_FIELD.exec(lineBody(line).body);
    if (!m) continue;
    let value = (m[1] ?? '').trim();
    let start = line.start + line.text.length - value.length;
    if (value === '' || /^[:：]$/.test(value)) {
      const next = ctx.lines[i + 1];
      if (!next || next.text.length > 80) continue;
      value = next.text.trim();
      start = next.start;
    } else if (!/[:：]/.test(line.text) && !/^\s*(?:work |job )location\b/i.test(line.text)) {
      continue;
    }
    const found = splitPlaces(value, start);
    if (found.length > 0) return found;
  }
  // 2. A place-looking line in the header block.
  for (const line of headerLines(ctx, 12)) {
    if (line.kind === 'list-item') continue;
    const { body, start } = lineBody(line);
    if (body.length > 80 || REMOTE_ONLY.test(body)) continue;
    if (PLACE_LINE.test(body) && guessCountry(body) !== null && /,/.test(body)) {
      return splitPlaces(body, start);
    }
  }
  return [];
}

function splitPlaces(value: string, start: number): Evidenced<string>[] {
  const out: Evidenced<string>[] = [];
  let offset = 0;
  for (const part of value.split(SPLIT)) {
    const at = value.indexOf(part, offset);
    offset = at + part.length;
    const place = part.replace(/[.;,]+$/, '').trim();
    if (place.length < 2 || REMOTE_ONLY.test(place)) continue;
    // Prefer "City, ST" inside a street address.
    const cityState = /\d/.test(place) ? CITY_STATE.exec(place) : null;
    if (cityState?.[1] && cityState[2]) {
      const text = `${cityState[1]}, ${cityState[2]}`;
      const s = start + at + place.indexOf(cityState[0]);
      out.push({ value: text, spans: [{ start: s, end: s + text.length }] });
    } else {
      out.push({ value: place, spans: [{ start: start + at, end: start + at + place.length }] });
    }
  }
  return out;
}
