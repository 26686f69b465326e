/**
 * The posting date as ISO YYYY-MM-DD, only when the text states a date next to a "posted" word
 * ("Posted At Jun 6, 2025", "Veröffentlicht am 06.06.2025", "Publié le 6 juin 2025").
 * Relative dates ("14 days ago") stay null: the parse date is not the posting date.
 */
import type { Evidenced } from '../model/posting';
import type { ExtractContext } from './context';

// Sticky: tried only where a core (below) says a label can start.
const POSTED =
  /\b(?:posted(?: at| on)?|date posted|posting date|published(?: on)?|job posted|veröffentlicht(?: am)?|datum|publié(?: le)?|date de publication|publicado(?: el)?|fecha de publicación)\s*[:：]?\s*/iy;
const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  janvier: 1,
  enero: 1,
  jänner: 1,
  feb: 2,
  february: 2,
  februar: 2,
  février: 2,
  fevrier: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  märz: 3,
  mars: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  avril: 4,
  abril: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  junio: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juillet: 7,
  julio: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  septiembre: 9,
  oct: 10,
  october: 10,
  oktober: 10,
  octobre: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  décembre: 12,
  decembre: 12,
  diciembre: 12,
};
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const MONTH_FIRST = /^([a-zA-Z\u00C0-\u024F]{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})/;
const DAY_FIRST = /^(\d{1,2})\.? (?:de )?([a-zA-Z\u00C0-\u024F]{3,10})\.?,? (?:de )?(\d{4})/;
const NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})/;

// Every label above holds one of these cores, `CORE_OFFSETS` characters after its start
// ("posted" 0, "job posted" and "veröffentlicht" 4, "date posted" 5, "date de publication" 8,
// "fecha de publicación" 9). Literals are scanned far faster than the labels, two at a time
// faster than four (V8 skips ahead on a small set of first letters); no label holds a second
// core and no core overlaps another, so trying the labels at the merged cores, in text order,
// finds the same matches in the same order.
const CORES_P = /post|publi/gi;
const CORES_DF = /datum|ffentlicht/gi;
const CORE_OFFSETS = [9, 8, 5, 4, 0];

/** Extracts the stated posting date, or null. */
export function extractPostedDate(ctx: ExtractContext): Evidenced<string> | null {
  const text = ctx.text;
  // End of the last label: like a global scan, the next label starts at or after it.
  let end = 0;
  CORES_P.lastIndex = 0;
  CORES_DF.lastIndex = 0;
  let p = CORES_P.exec(text);
  let df = CORES_DF.exec(text);
  while (p !== null || df !== null) {
    // The earlier of the two next cores.
    let at: number;
    if (p !== null && (df === null || p.index < df.index)) {
      at = p.index;
      p = CORES_P.exec(text);
    } else {
      at = df?.index ?? 0;
      df = CORES_DF.exec(text);
    }
    for (const back of CORE_OFFSETS) {
      const from = at - back;
      if (from < end) continue;
      POSTED.lastIndex = from;
      const m = POSTED.exec(text);
      if (!m) continue;
      end = from + m[0].length;
      const date = readDate(text.slice(end, end + 40));
      if (date) return { value: date.iso, spans: [{ start: from, end: end + date.length }] };
      break;
    }
  }
  return null;
}

function readDate(text: string): { iso: string; length: number } | null {
  let m = ISO.exec(text);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]), m[0].length);
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month) return make(Number(m[3]), month, Number(m[2]), m[0].length);
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month) return make(Number(m[3]), month, Number(m[1]), m[0].length);
  }
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // "06.06.2025" is day-first (European); "06/13/2025" is month-first (US) when unambiguous.
    if (m[2] === '.' || a > 12) return make(Number(m[4]), b, a, m[0].length);
    return make(Number(m[4]), a, b, m[0].length);
  }
  return null;
}

function make(
  year: number,
  month: number,
  day: number,
  length: number,
): { iso: string; length: number } | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, length };
}
