/**
 * An employer named with a legal form of Eastern Europe, the Balkans, Greece, Turkey or the
 * Baltics: "ТОВ «Зелена Хвиля Агро»", "ООО Ромашка", SIA "Baltijas Koka Nami", UAB „Vilkas
 * Logistika“, "Алпина Сървисиз ЕООД", "ЈУЖНА ДИСТРИБУЦИЈА д.о.о.", "Θερμαϊκός Software Μ.Ι.Κ.Ε.",
 * "Anadolu Yapı Denetim Ltd. Şti.". Boards there print it on a line of its own under the title.
 * company.ts's name tests are written for Latin capitals with the form last: they miss a form
 * written first, a name in quotes, Cyrillic and Greek forms, and a name joined by "ve" or "και".
 */
import type { Line } from '../clean/lines';
import type { Evidenced } from '../model/posting';
import { evidence } from './context';

// Forms written before the name. Ukrainian ТОВ, ПрАТ, ФОП; Russian ООО, АО, ПАО, ИП;
// Kazakhstan's ТОО; Belarus's ОДО, ЧУП; Bulgaria's ЕТ; Latvia's SIA; Lithuania's UAB, AB, MB,
// VšĮ; Estonia's AS; their Latin spellings in English postings (TOV, OOO, LLC "…").
const PREFIX_CYRILLIC = String.raw`ТОВ|ТзОВ|ПрАТ|ПАТ|ПП|ФОП|ДП|КП|ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОО|ИП|ОДО|ЧУП|УП|ЧП|ЗАТ|ГУП|МУП|ФГУП|АНО|ЕТ`;
const PREFIX_LATIN = String.raw`SIA|UAB|AB|AS|MB|VšĮ|IĮ|TOV|OOO|LLC|JSC|PJSC|PrJSC|S\.C\.`;
// The name in quotes, of whatever kind: «…», „…“, "…", “…”.
const QUOTED = String.raw`[«"„“]\s?([^«»"„“”\n]{2,60}?)\s?[»"“”]`;
// Forms written after the name: Bulgaria's ЕООД, ООД, ЕАД, АД; Serbia's and North Macedonia's
// д.о.о., ДООЕЛ, а.д.; Greece's Α.Ε., Ε.Π.Ε., Ι.Κ.Ε., Μ.Ι.Κ.Ε., Ο.Ε., Ε.Ε. (dotted or not);
// Turkey's "Ltd. Şti." and "A.Ş." ("San. ve Tic. A.Ş." ends in it).
const SUFFIX = String.raw`ЕООД|ООД|ЕАД|АД|д\.о\.о\.|Д\.О\.О\.|ДООЕЛ|ДОО|доо|а\.д\.|А\.Д\.|Α\.?Β\.?Ε\.?Ε\.?|Α\.?Ε\.?Β\.?Ε\.?|Α\.?Ε\.?|Ε\.?Π\.?Ε\.?|Μ\.?Ι\.?Κ\.?Ε\.?|Ι\.?Κ\.?Ε\.?|Ο\.?Ε\.?|Ε\.?Ε\.?|Ltd\.?\s?Şti\.?|LTD\.?\s?ŞTİ\.?|A\.Ş\.?|AŞ`;
// A word of the name: capitalised, in capitals, or a digit first ("1С-Софт"); "ve", "и", "і",
// "та", "και", "&" and "-" between words.
const WORD = String.raw`[\p{Lu}\d][\p{L}\d.&'’+-]*`;
const JOINER = String.raw`(?:и|і|та|ve|και|&|-|–|un|ir|és|și|i)`;
const NAME = String.raw`${WORD}(?:\s(?:${WORD}|${JOINER}(?=\s)))*`;

const WHOLE_QUOTED = new RegExp(
  String.raw`^(?:${PREFIX_CYRILLIC}|${PREFIX_LATIN})\s?${QUOTED}$`,
  'u',
);
const WHOLE_PREFIXED = new RegExp(
  String.raw`^(?:${PREFIX_CYRILLIC}|SIA|UAB)\s(${WORD}(?:\s(?:${WORD}|${JOINER}(?=\s))){0,5})$`,
  'u',
);
const WHOLE_SUFFIXED = new RegExp(String.raw`^(${NAME})\s(?:${SUFFIX})$`, 'u');

// A field's label before the name: "Компанія:", "Работодатель:", "Εταιρεία:", "Şirket:".
const NAME_LABEL =
  /^(?:компанія|компания|компанија|роботодавець|работодатель|работодател|работодавач|послодавац|фирма|εταιρεία|εταιρία|εργοδότης|poslodavac|tvrtka|firma|firma adı|şirket|işveren|uzņēmums|darba devējs|įmonė|darbdavys|ettevõte|tööandja|cég|munkáltató|angajator|companie|employer|company)\s?[:：]\s*/iu;
// What a board prints after the name on its line: the town, a rating, a badge, a branch in
// brackets ("ΘΕΣΣΑΛΙΚΑ ΥΠΟΔΗΜΑΤΑ Ε.Π.Ε. (κατάστημα Λάρισας)").
const AFTER_NAME = /\s[|·•]\s|\s{2,}|\s[✓✔]|\s(?=\()/u;
// A pictogram or a bullet before it: "🏢 ТОВ «…»", "• SIA "…"".
const MARK_LEAD = /^[^\p{L}\d«"„“]+/u;

// Only a text with such a form is read line by line.
const HAS_FORM = new RegExp(
  String.raw`(?:${PREFIX_CYRILLIC})[\s«"„“]|(?<![\p{L}\d])(?:SIA|UAB|AB|AS|MB|TOV|OOO|LLC)\s?[«"„“]|\s(?:${SUFFIX})(?:$|\n|\s)`,
  'mu',
);

/**
 * The employer's legal name on a line of its own (or after a label, or first before a board's
 * separator) among the first lines, or null. The quoted name without its form ("Зелена Хвиля
 * Агро"); a name with its form last, as written ("Алпина Сървисиз ЕООД").
 */
export function legalNameAbroadOnLine(lines: Line[], text: string): Evidenced<string> | null {
  if (!HAS_FORM.test(text)) return null;
  for (const line of lines.slice(0, HEAD_LINES)) {
    const raw = line.text.trim();
    if (raw.length < 4 || raw.length > 100) continue;
    const unmarked = raw.replace(MARK_LEAD, '');
    const label = NAME_LABEL.exec(unmarked);
    const body = label ? unmarked.slice(label[0].length) : unmarked;
    const cut = AFTER_NAME.exec(body);
    const head = cut ? body.slice(0, cut.index) : body;
    const name = nameOf(head.trim());
    if (!name) continue;
    const start = line.start + line.text.indexOf(name);
    return evidence(name, start, start + name.length);
  }
  return null;
}

// In a sentence, only the forms no English sentence writes before a quote: not "AS", "AB", "MB"
// or "LLC" ("YOU WILL ACT AS "THE GLUE"").
const QUOTED_IN_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${PREFIX_CYRILLIC}|SIA|UAB|TOV|OOO)\s?${QUOTED}`,
  'gu',
);
const SENTENCE_NAMES_MAX = 5;

/** The first quoted legal name anywhere ("ТОВ «Зелена Хвиля Агро» — дистриб'ютор …"), or null. */
export function quotedLegalNameIn(text: string): Evidenced<string> | null {
  if (!HAS_FORM.test(text)) return null;
  let seen = 0;
  for (const m of text.matchAll(QUOTED_IN_SENTENCE)) {
    const name = m[1]?.trim();
    if (name && /^[\p{Lu}\d]/u.test(name)) {
      const start = m.index + m[0].indexOf(name);
      return evidence(name, start, start + name.length);
    }
    if (++seen >= SENTENCE_NAMES_MAX) break;
  }
  return null;
}

const HEAD_LINES = 15;

function nameOf(text: string): string | null {
  const quoted = WHOLE_QUOTED.exec(text)?.[1]?.trim();
  if (quoted && /^[\p{Lu}\d]/u.test(quoted)) return quoted;
  const prefixed = WHOLE_PREFIXED.exec(text)?.[1];
  if (prefixed) return prefixed;
  return WHOLE_SUFFIXED.test(text) ? text : null;
}
