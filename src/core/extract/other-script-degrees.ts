/**
 * Degrees asked for in Cyrillic, Greek and Arabic: a board's chip ("Вища освіта."), a requirement
 * ("Висше образование – бакалавър или магистър", "Πτυχίο ΑΕΙ Λογιστικής", "ССС (III или IV
 * степен)", "المؤهل العلمي: بكالوريوس محاسبة") or a preference ("вища освіта бажана", "висше
 * образование е предимство", a degree under "Επιθυμητά προσόντα", "يفضل الحاصلون على ماجستير").
 * degrees.ts's Latin-script reading cannot bound these words with `\b`; this reads each level by
 * its own words.
 */
import type { Degree, DegreeLevel } from '../model/posting';
import { hasArabic, hasCyrillicOrGreek } from './asian-script';
import type { ExtractContext } from './context';
import { findOtherAdsStart } from './other-ads';

// Higher education named without its level ("вища освіта", "висше образование", a field's
// "Образование: высшее"; not "неоконченное высшее", unfinished) is a bachelor's,
// unless its clause names the level ("Висше образование – … степен „магистър“").
const GENERIC_HIGHER =
  /(?<!\p{L})(?:вищ(?:а|ої|у) (?:\p{L}+ )?освіт\p{L}*|высше(?:е|го) (?:\p{L}+ ){0,2}?образовани\p{L}*|висше образование|висок(?:о|ог) (?:\p{L}+ )?образова(?:ње|ња|ние|ния)|(?<=(?:образование|освіта|образовање)(?: \/ \p{L}{2,12})?\s?[:：—–-]?\s?)(?:высшее|вища|висше|високо)(?!\s?(?:неоконч|незаконч|неповн|неполн))(?!\p{L}))/iu;
const LEVEL_WORDS: [DegreeLevel, RegExp][] = [
  [
    'phd',
    /(?<!\p{L})(?:доктор(?:а)? (?:наук|філософії|философии)|кандидат(?:а)? наук|διδακτορικ\p{L}*)/iu,
  ],
  [
    'master',
    /(?<!\p{L})(?:магістр(?!ал|атур)\p{L}*|магистр(?!ал|атур)\p{L}*|магистър\p{L}*|μεταπτυχιακ\p{L}*)/iu,
  ],
  [
    'bachelor',
    /(?<!\p{L})(?:бакалавр(?!ат|иат)\p{L}*|бакалавър\p{L}*|πτυχίο\p{L}*|πτυχιούχ\p{L}*|ВСС|висока стручна спрема|заврш(?:ен|ена|ено|ен\p{L}{1,2}) (?:(?!или(?!\p{L})|незавршен)\p{L}+ ){0,2}факултет\p{L}*)(?!\p{L})/iu,
  ],
  // A college only as a qualification ("диплом коледжу", "απόφοιτος ΙΕΚ"), not an employer's name.
  [
    'associate',
    /(?:(?:диплом\p{L}*|освіт\p{L}*|образовани\p{L}*|απόφοιτ\p{L}*|πτυχ\p{L}*|τίτλ\p{L}*) (?:\p{L}+ )?(?:ΙΕΚ|коледж\p{L}*)|ВШС|виша стручна спрема|(?<!\p{L})(?:средне(?:е|го)|среднем|середн(?:я|ьої|ю)) (?:специальн|профессиональн|спеціальн|професійн)\p{L}*)(?!\p{L})/iu,
  ],
  [
    'high_school',
    /(?<!\p{L})(?:середн(?:я|ьої|ю) (?:загальн\p{L}* )?освіт\p{L}*|средне(?:е|го) (?:общ\p{L}* )?образовани\p{L}*|(?:не ниже (?:общего )?среднего|не нижче (?:повної )?(?:загальної )?середньої)(?! (?:специальн|профессиональн|спеціальн|професійн))|общее среднее образовани\p{L}*|(?<=[Оо]бразование(?: \/ \p{L}{2,12})?:?\s?)[Сс]реднее(?! (?:специальн|профессиональн))|средно (?:\p{L}+ )?образование|ССС|средња стручна спрема|средња (?:\p{L}+ )?школа|απολυτήριο λυκείου|απόφοιτ\p{L}*(?:\/\p{L}{1,3})? λυκείου)(?!\p{L})/iu,
  ],
];
const PREFERRED =
  /бажан\p{L}*|переваг\p{L}*|желательн\p{L}*|преимуществ\p{L}*|предимство|(?<!\p{L})е плюс|плюсом|приветству\p{L}*|вітаєтьс\p{L}*|επιθυμητ\p{L}*|θα (?:συν)?εκτιμηθ\p{L}*|πλεονέκτημα/iu;
// "Высшее образование не обязательно": asked for by no one.
const NOT_NEEDED = /не (?:обов['’]?язков\p{L}*|обязательн\p{L}*|задължително|απαιτείται)/iu;
// The duties and what the job offers name programmes and schools, not requirements.
const NOT_REQUIREMENTS = new Set(['responsibilities', 'benefits', 'about']);

// Arabic levels, after the article or a joined "و", "ب", "ل": a bachelor's ("بكالوريوس", Egypt's
// "ليسانس", the Maghreb's "الإجازة في" and a "university qualification"; not "إجازة سنوية", annual
// leave), a diploma (an associate's, but a secondary school's "دبلوم المدارس الثانوية" is the
// school's), the secondary certificate ("ثانوية عامة", Jordan's "توجيهي", the Maghreb's
// "البكالوريا"; not "السلك الثانوي", the school level a teacher teaches).
const ARABIC_LEVEL_WORDS: [DegreeLevel, RegExp][] = [
  ['phd', /دكتوراه|دكتوراة/],
  ['master', /ماجستير|ماجيستير|ماستر(?![\u0621-\u064A])/],
  [
    'bachelor',
    /بكالوريوس|بكالريوس|ليسانس|(?:ال)?إجازة (?:جامعية|في)|(?:مؤهل|شهادة|درجة) جامعي|(?:ال)?مؤهل الجامعي/,
  ],
  // An "intermediate qualification" ("دبلوم تجارة (مؤهل متوسط)") and Oman's "general diploma"
  // ("الدبلوم العام (الثانوية العامة)") are the secondary school's level.
  [
    'associate',
    /دبلوم(?![\u0621-\u064A])(?! (?:(?!أو )[\u0621-\u064A]+ )?(?:ال)?ثانوي)(?! العام)(?![^\n.،;]{0,40}مؤهل متوسط)/,
  ],
  [
    'high_school',
    /(?<!(?:مرحلة|المرحلة|للمرحلة|مدرسة|المدرسة|للمدرسة) (?:ال)?)ثانوية|توجيهي|بكالوريا(?![\u0621-\u064A])/,
  ],
];
const ARABIC_PREFERRED = /يفضل|يُفضل|يفضّل|يُفضّل|الأولوية|أولوية|ميزة|مرغوب|يمكن النظر|يُنظر|ينظر في/;
// "لا يشترط مؤهل": no qualification asked for; "لا يقبل الدبلوم": a diploma is not accepted.
const ARABIC_NOT_NEEDED = /لا يشترط|لا يُشترط|غير مشترط|غير مطلوب|لا يقبل|لا يُقبل|غير مقبول/;

interface ScriptWords {
  levels: [DegreeLevel, RegExp][];
  generic: RegExp | null;
  preferred: RegExp;
  notNeeded: RegExp;
}
const CYRILLIC_GREEK: ScriptWords = {
  levels: LEVEL_WORDS,
  generic: GENERIC_HIGHER,
  preferred: PREFERRED,
  notNeeded: NOT_NEEDED,
};
const ARABIC: ScriptWords = {
  levels: ARABIC_LEVEL_WORDS,
  generic: null,
  preferred: ARABIC_PREFERRED,
  notNeeded: ARABIC_NOT_NEEDED,
};
// Clauses end at a full stop or semicolon, Arabic's too, and at an Arabic comma: "ثانوية عامة
// كحد أدنى، ويفضّل حملة الدبلوم" requires the one and prefers the other.
const CLAUSE_BREAK = /[;.؛]\s|،\s?/;
const LIST_MARK = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])/;
const HEADING_MAX = 60;

/** The degrees the text names in Cyrillic, Greek or Arabic words. */
export function otherScriptDegrees(ctx: ExtractContext): Degree[] {
  const out: Degree[] = [];
  if (hasCyrillicOrGreek(ctx.text)) readLevels(ctx, CYRILLIC_GREEK, out);
  if (hasArabic(ctx.text)) readLevels(ctx, ARABIC, out);
  return out;
}

function readLevels(ctx: ExtractContext, words: ScriptWords, out: Degree[]): void {
  const end = findOtherAdsStart(ctx.lines, ctx.lines.length - 1);
  let underPreferred = false;
  for (const [i, line] of ctx.lines.slice(0, end).entries()) {
    if (NOT_REQUIREMENTS.has(ctx.lineSections[i]?.kind ?? 'other')) continue;
    const heading =
      line.kind !== 'list-item' && !LIST_MARK.test(line.text) && line.text.length <= HEADING_MAX;
    if (heading) underPreferred = words.preferred.test(line.text);
    let from = 0;
    for (const clause of line.text.split(CLAUSE_BREAK)) {
      const start = line.start + line.text.indexOf(clause, from);
      from = start - line.start + clause.length;
      const levels = words.levels.filter(([, re]) => re.test(clause)).map(([level]) => level);
      const generic = words.generic?.exec(clause);
      if (generic && !levels.some((l) => l === 'bachelor' || l === 'master'))
        levels.push('bachelor');
      if (levels.length === 0) continue;
      // "высшее образование приветствуется, но не обязательно": welcome, so preferred.
      const preferred = words.preferred.test(clause);
      if (!preferred && words.notNeeded.test(clause)) continue;
      const required = !underPreferred && !preferred;
      for (const level of levels) {
        if (out.some((d) => d.level === level)) continue;
        out.push({ level, fields: [], required, spans: [{ start, end: start + clause.length }] });
      }
    }
  }
}
