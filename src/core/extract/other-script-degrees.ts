/**
 * Degrees asked for in Cyrillic and Greek: a board's chip ("Вища освіта."), a requirement
 * ("Висше образование – бакалавър или магистър", "Πτυχίο ΑΕΙ Λογιστικής", "ССС (III или IV
 * степен)") or a preference ("вища освіта бажана", "висше образование е предимство", a degree
 * under "Επιθυμητά προσόντα"). degrees.ts's Latin-script reading cannot bound these words with
 * `\b`; this reads each level by its own words.
 */
import type { Degree, DegreeLevel } from '../model/posting';
import { hasCyrillicOrGreek } from './asian-script';
import type { ExtractContext } from './context';
import { findOtherAdsStart } from './other-ads';

// Higher education named without its level ("вища освіта", "висше образование") is a bachelor's,
// unless its clause names the level ("Висше образование – … степен „магистър“").
const GENERIC_HIGHER =
  /(?<!\p{L})(?:вищ(?:а|ої|у) освіт\p{L}*|высше(?:е|го) образовани\p{L}*|висше образование)/iu;
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
    /(?<!\p{L})(?:бакалавр(?!ат|иат)\p{L}*|бакалавър\p{L}*|πτυχίο\p{L}*|πτυχιούχ\p{L}*|ВСС|висока стручна спрема)(?!\p{L})/iu,
  ],
  // A college only as a qualification ("диплом коледжу", "απόφοιτος ΙΕΚ"), not an employer's name.
  [
    'associate',
    /(?:(?:диплом\p{L}*|освіт\p{L}*|образовани\p{L}*|απόφοιτ\p{L}*|πτυχ\p{L}*|τίτλ\p{L}*) (?:\p{L}+ )?(?:ΙΕΚ|коледж\p{L}*)|ВШС|виша стручна спрема)(?!\p{L})/iu,
  ],
  [
    'high_school',
    /(?<!\p{L})(?:середн(?:я|ьої|ю) (?:спеціальн\p{L}* |загальн\p{L}* |професійн\p{L}* )?освіт\p{L}*|средне(?:е|го) (?:специальн\p{L}* |профессиональн\p{L}* )?образовани\p{L}*|средно образование|ССС|средња стручна спрема|средња школа|απολυτήριο λυκείου|απόφοιτ\p{L}* λυκείου)(?!\p{L})/iu,
  ],
];
const PREFERRED =
  /бажан\p{L}*|переваг\p{L}*|желательн\p{L}*|преимуществ\p{L}*|предимство|(?<!\p{L})е плюс|плюсом|приветству\p{L}*|вітаєтьс\p{L}*|επιθυμητ\p{L}*|θα (?:συν)?εκτιμηθ\p{L}*|πλεονέκτημα/iu;
// "Высшее образование не обязательно": asked for by no one.
const NOT_NEEDED = /не (?:обов['’]?язков\p{L}*|обязательн\p{L}*|задължително|απαιτείται)/iu;
// The duties and what the job offers name programmes and schools, not requirements.
const NOT_REQUIREMENTS = new Set(['responsibilities', 'benefits', 'about']);
const LIST_MARK = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])/;
const HEADING_MAX = 60;

/** The degrees the text names in Cyrillic or Greek words. */
export function otherScriptDegrees(ctx: ExtractContext): Degree[] {
  if (!hasCyrillicOrGreek(ctx.text)) return [];
  const out: Degree[] = [];
  const end = findOtherAdsStart(ctx.lines, ctx.lines.length - 1);
  let underPreferred = false;
  for (const [i, line] of ctx.lines.slice(0, end).entries()) {
    if (NOT_REQUIREMENTS.has(ctx.lineSections[i]?.kind ?? 'other')) continue;
    const heading =
      line.kind !== 'list-item' && !LIST_MARK.test(line.text) && line.text.length <= HEADING_MAX;
    if (heading) underPreferred = PREFERRED.test(line.text);
    let from = 0;
    for (const clause of line.text.split(/[;.]\s/)) {
      const start = line.start + line.text.indexOf(clause, from);
      from = start - line.start + clause.length;
      const levels = LEVEL_WORDS.filter(([, re]) => re.test(clause)).map(([level]) => level);
      const generic = GENERIC_HIGHER.exec(clause);
      if (generic && !levels.some((l) => l === 'bachelor' || l === 'master'))
        levels.push('bachelor');
      if (levels.length === 0 || NOT_NEEDED.test(clause)) continue;
      const required = !underPreferred && !PREFERRED.test(clause);
      for (const level of levels) {
        if (out.some((d) => d.level === level)) continue;
        out.push({ level, fields: [], required, spans: [{ start, end: start + clause.length }] });
      }
    }
  }
  return out;
}
