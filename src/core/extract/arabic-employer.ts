/**
 * The employer of a posting in Arabic, named on a line of its own near the top ("شركة الوفاء
 * للتجارة والمقاولات المحدودة", "مستشفى السلام الدولي التخصصي", "صيدليات الشفاء المتحدة –
 * الإسكندرية، مصر") or after its label ("اسم المنشأة: شركة مرافئ الخليج للخدمات البحرية"). An
 * Arabic name opens with what the employer is (a company, a hospital, a centre, an authority) or
 * ends with its legal form ("ذ.م.م", "ش.م.م", "المحدودة"); company.ts's Latin cues never see it.
 */
import type { Line } from '../clean/lines';
import type { Evidenced } from '../model/posting';
import { evidence } from './context';
import { isJobBoard } from './header-chrome';
import { ARABIC_LETTER } from './asian-script';
import { isNativePlaceName } from './native-script-country';

/** A word that opens an organisation's Arabic name (company, hospital, pharmacies…). */
export const ORG_WORD =
  /^(?:شركة|شركه|مؤسسة|مجموعة|مستشفى|مستشفيات|مركز|مراكز|عيادة|عيادات|صيدلية|صيدليات|منتجع|فندق|جمعية|الهيئة|هيئة|وزارة|بنك|مصرف|جامعة|كلية|مدارس|مدرسة|منصة|مطعم|مطاعم|مصنع|معهد|أكاديمية|اكاديمية|مكتب|مختبرات|مختبر|استوديو|وكالة|مجمع|بلدية|أمانة)\s/;
/** An Arabic legal form that ends an organisation's name (ذ.م.م, المحدودة, القابضة…). */
export const LEGAL_FORM_END =
  /(?:ذ\.م\.م|ش\.م\.م|ش\.م\.ع\.م|ش\.م\.ع|ش\.م\.ك|ش\.ذ\.م\.م|المحدودة|القابضة|ذات مسؤولية محدودة)\)?\.?$/;
const LABEL =
  /^(?:اسم المنشأة|اسم الشركة|الشركة|المنشأة|جهة العمل|صاحب العمل|الجهة|المؤسسة|الجهة المعلنة)\s?[:：]\s*/;
// A place or the board's details after the name: "صيدليات الشفاء المتحدة – الإسكندرية، مصر";
// its Latin name in brackets: "شركة نجد للأغذية المحدودة (Najd Foods Co. Ltd.)".
const AFTER_NAME = /\s[–—|·•-]\s|\s{2,}|،|\s\((?=[A-Za-z])/;
// A name with no word saying what it is stands only before a dash and a known town, under the
// title: "هايبر النخيل – الرياض".
const DASH_THEN = /^\s[–—-]\s([^،|]+)/;
// A sentence about the employer, not its name: "شركة زمزم للاتصالات شركة أردنية تقدم …",
// "تعلن شركة … عن حاجتها", "شركة ناشئة أردنية" (a Jordanian start-up).
const SENTENCE =
  /(?:^|\s)(?:تعلن|يعلن|تبحث|يبحث|تقدم|يقدم|تعمل|يعمل|تأسست|تأسس|تضم|يضم|هي|هو|عن حاجتها|عن حاجته|لدينا|نحن)(?=\s|$)/;
const DESCRIBED = /^\S+ (?!ال)\S+ية(?:\s|$)/;
const ARABIC_LETTERS = /[\u0621-\u064A]/g;
const LATIN_LETTER = /[A-Za-z]/g;
const HEAD_LINES = 15;
const NAME_MAX = 80;
const WORDS_MAX = 9;

/** Whether the first lines hold more Arabic letters than Latin ones. */
export function headIsArabic(lines: Line[]): boolean {
  const head = lines
    .slice(0, HEAD_LINES)
    .map((line) => line.text)
    .join('\n');
  return (head.match(ARABIC_LETTERS)?.length ?? 0) > (head.match(LATIN_LETTER)?.length ?? 0);
}

/** The employer's Arabic name on a line of its own among the first lines, or null. */
export function arabicEmployerOnLine(
  lines: Line[],
  title: Evidenced<string> | null = null,
): Evidenced<string> | null {
  const titleAt = title?.spans[0]?.start ?? -1;
  for (const [i, line] of lines.slice(0, HEAD_LINES).entries()) {
    const raw = line.text.trim();
    if (raw.length < 5 || raw.length > NAME_MAX + 40 || !ARABIC_LETTER.test(raw)) continue;
    const label = LABEL.exec(raw);
    const body = label ? raw.slice(label[0].length) : raw;
    const cut = AFTER_NAME.exec(body);
    const name = (cut ? body.slice(0, cut.index) : body).trim();
    if (name.length < 4 || name.length > NAME_MAX || name.split(' ').length > WORDS_MAX) continue;
    if (name.includes(':') || SENTENCE.test(name) || DESCRIBED.test(name)) continue;
    // "منصة جدارات": the board's own name ("platform" opens it too).
    if (isJobBoard(name)) continue;
    if (
      !label &&
      !ORG_WORD.test(name) &&
      !LEGAL_FORM_END.test(name) &&
      !(i > 0 && underTitle(lines, i, titleAt) && beforeTown(body, cut))
    )
      continue;
    const start = line.start + line.text.indexOf(name);
    return evidence(name, start, start + name.length);
  }
  return null;
}

/** Whether the name is cut from a known town after a dash ("هايبر النخيل – الرياض"). */
function beforeTown(body: string, cut: RegExpExecArray | null): boolean {
  const town = cut ? DASH_THEN.exec(body.slice(cut.index)) : null;
  if (town === null || !isNativePlaceName(town[1]?.trim() ?? '')) return false;
  // Not a place, a district, a department or a schedule before the town: "المملكة العربية
  // السعودية – الرياض", "حي العليا – الرياض", "قسم المالية – جدة", "دوام كامل – الرياض".
  const name = body.slice(0, cut?.index ?? 0).trim();
  return !isNativePlaceName(name) && !NOT_A_NAME.test(name);
}

const NOT_A_NAME =
  /^(?:حي|منطقة|المنطقة|قسم|إدارة|دوام|عمل|وظيفة|المملكة|مملكة|دولة|جمهورية|الإمارات|سلطنة|مدينة|محافظة)(?:\s|$)/;

// The line right under the title's (the title's own line names a place, not an employer).
function underTitle(lines: Line[], i: number, titleAt: number): boolean {
  const above = lines[i - 1];
  return above !== undefined && titleAt >= above.start && titleAt < above.start + above.text.length;
}
