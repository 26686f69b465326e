/**
 * A place written in Cyrillic or Arabic script, read from a header line's part or a field's
 * value: "Краснодар, ул. Уральская, 98/7", "392000, г. Тамбов, Моршанское шоссе, 22", "Московская
 * область, городской округ Чехов, д. Манушкино", "القاهرة، مدينة نصر", "العاشر من رمضان، الشرقية،
 * مصر". location.ts's lists and shapes are Latin ("Town, ST"); these follow the other order of
 * those addresses: the town or the region first, then districts, then the street, which is cut.
 */
import { LEGAL_FORM_END, ORG_WORD } from './arabic-employer';
import { ARABIC_LETTER } from './asian-script';
import { isNativePlaceName } from './native-script-country';

// A town's marker before its name: Russian "г." (город), Ukrainian "м." (місто), a village's
// "с.", "пгт", "смт". "м." is also Russian for a metro station: after it only a town of the
// lists counts ("м. Львів", not "м. Каменная Горка").
const TOWN_MARK = /^(?:г\.|город|гор\.|м\.|місто|с\.|село|пгт|смт|пос\.|посёлок|селище)\s?/;
const CAPITALISED = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u;
// A region: "Московская область", "Краснодарский край", "Республика Саха (Якутия)", "Львівська
// область", "ЯНАО", "Алматинская обл.".
const REGION =
  /^(?:\p{Lu}[\p{L}-]+(?:ая|ий|ька|ький|ская|ский) (?:область|обл\.|край|округ|район)|(?:Республика|Республіка) \p{Lu}[\p{L}-]+(?: \(\p{Lu}[\p{L}-]+\))?|ЯНАО|ХМАО(?:-Югра)?|ХМАО – Югра|[Гг]ородской округ \p{Lu}[\p{L}-]+)$/u;
// A district after the town: "Выборгский район", "район Сарыарка", "мкр. Кузнечики", "Новокосино",
// a village "д. Манушкино".
const DISTRICT =
  /^(?:\p{Lu}[\p{L}-]+(?:ий|ый|ой|ський|ский) (?:район|р-н|округ)|(?:район|р-н|мкр\.|микрорайон|мікрорайон|ж\/м|жилой массив|д\.|дер\.|деревня|с\.|пос\.)\s?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|(?!(?:Гибрид|Гібрид|Удал|Віддал|Офис|Офіс|Дистанц)[а-яёіїє]*$)[А-ЯЁІЇЄ][а-яёіїєґ-]+)$/u;
// A street, a house or a metro station: where the place ends.
const STREET =
  /^(?:ул\.|улица|вул\.|вулиця|пр\.|пр-т|просп\.|проспект|пер\.|переулок|пров\.|провулок|бул\.|б-р|бульвар|бульв\.|наб\.|набережная|пл\.|площадь|площа|ш\.|шоссе|тракт|м\.\s?\p{Lu})|\s(?:ул\.|улица|проспект|шоссе|тракт|набережная|переулок|бульвар|площадь|вулиця)$|\d/u;
const POSTCODE = /^\d{5,6},?\s+/;
const NOTE = /\s*\([^()]*\)$/;

// Arabic: an address's parts after the town are districts ("حي الملقا", "مدينة نصر") until a
// street, a road, a tower or a building.
const ARABIC_STREET =
  /(?:^|\s)(?:شارع|طريق|برج|مبنى|مجمع|عمارة|الدور|الطابق|مكتب|بناية|ص\.ب)(?:\s|$)|\d|[\u0660-\u0669]/;
const ARABIC_DISTRICT = /^(?:حي|منطقة|ضاحية|مدينة|جبل|المنطقة)\s/;
// Letters, their vowel marks ("عمّان") and spaces only.
const ARABIC_PART = /^[\u0621-\u064A](?:[\u0621-\u064A ]|[\u064B-\u0652]){0,40}$/;

/** Where in a text its place is: from `start` to `end`. */
export interface PlaceSpan {
  start: number;
  end: number;
}

/**
 * The place a header line's part or a field's value starts with, in Cyrillic or Arabic script,
 * or null. The street and house are left out ("Краснодар, ул. Уральская, 98/7" -> "Краснодар").
 */
export function nativeScriptPlace(text: string): PlaceSpan | null {
  // "Калужская область, г. Обнинск (промзона «Мишково»). Служебный транспорт …": the first
  // sentence of a long value.
  const sentence = text.length > MAX_PLACE ? SENTENCE_END.exec(text) : null;
  const value = sentence ? text.slice(0, sentence.index) : text;
  if (value.length < 2 || value.length > MAX_PLACE) return null;
  return ARABIC_LETTER.test(value) ? arabicPlace(value) : cyrillicPlace(value);
}

const MAX_PLACE = 160;
// Not the full stop of a marker: "г. Обнинск", "ул. Ленина".
const SENTENCE_END = /(?<![\s,(](?:г|м|с|д|ул|пр|обл|пос|мкр|наб|пер))[.!?](?=\s+\p{Lu})/u;

// A text's parts between separators, each with where it starts: "a, b" -> a at 0, b at 3.
function partsOf(text: string, from: number, separator: RegExp): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  let start = from;
  for (const m of text.slice(from).matchAll(separator)) {
    out.push(trimmed(text, start, from + m.index));
    start = from + m.index + m[0].length;
  }
  out.push(trimmed(text, start, text.length));
  return out;
}

function trimmed(text: string, start: number, end: number): PlaceSpan {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function cyrillicPlace(text: string): PlaceSpan | null {
  const lead = POSTCODE.exec(text)?.[0].length ?? 0;
  const parts = partsOf(text, lead, /,\s*/g);
  const at = (k: number) => (parts[k] ? text.slice(parts[k].start, parts[k].end) : '');
  if (!isTownOrRegion(at(0).replace(NOTE, ''))) return null;
  let end = parts[0]!.end;
  for (let k = 1; k < parts.length; k++) {
    // "г. Обнинск (промзона «Мишково»)": the place without its note.
    const part = at(k).replace(NOTE, '');
    if (STREET.test(part) || !(isTownOrRegion(part) || DISTRICT.test(part))) break;
    end = parts[k]!.start + part.length;
  }
  return { start: parts[0]!.start, end };
}

function isTownOrRegion(part: string): boolean {
  const bare = part.replace(TOWN_MARK, '');
  if (isNativePlaceName(bare) || REGION.test(part)) return true;
  // "г. Обнинск": the marker says town, whatever the name.
  return bare !== part && !part.startsWith('м.') && CAPITALISED.test(bare);
}

function arabicPlace(text: string): PlaceSpan | null {
  const body = text.trimEnd().replace(NOTE, '');
  // "الرياض – حي الملقا", "هايبر النخيل – القاهرة، مدينة نصر": a piece of the dash-cut line that
  // starts or ends with a known name.
  for (const piece of partsOf(body, 0, /\s[–—-]\s/g)) {
    const parts = partsOf(body.slice(0, piece.end), piece.start, /\s*[،,]\s*/g);
    const words = parts.map((part) => body.slice(part.start, part.end));
    const first = words[0] ?? '';
    if (!words.every((word) => ARABIC_PART.test(word) && word.split(' ').length <= 4)) {
      // The town before the street: "الرياض، طريق الملك فهد".
      if (isNativePlaceName(first)) return parts[0]!;
      continue;
    }
    const named =
      isNativePlaceName(first) ||
      (parts.length > 1 && isNativePlaceName(words[words.length - 1] ?? '')) ||
      // "مدينة نصر، القاهرة": a district, then the town.
      (ARABIC_DISTRICT.test(first) && words.slice(1).some(isNativePlaceName));
    if (!named) continue;
    // "شركة قمم القابضة، الرياض": the employer, then its town.
    const from = words.findIndex((word) => !ORG_WORD.test(word) && !LEGAL_FORM_END.test(word));
    if (from < 0) continue;
    const end = words.findIndex((word, k) => k > from && ARABIC_STREET.test(word));
    return { start: parts[from]!.start, end: parts[end < 0 ? parts.length - 1 : end - 1]!.end };
  }
  return null;
}
