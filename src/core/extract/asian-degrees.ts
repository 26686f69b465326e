/**
 * Degrees asked for in Japanese, Korean, Chinese and Thai ("วุฒิปริญญาตรี สาขาการบัญชี", "ปวส. ขึ้นไป"): a board's education field ("学歴：大卒以上",
 * "학력 대졸(4년) 이상", "学历：本科", "學歷要求：專科、大學"), a chip ("| 本科 |", "/本科及以上 /") or
 * a requirement ("修士以上尚可", "석사 우대"). The Latin-script reading skips lines without Latin
 * letters; this reads the levels by their own words. A level is preferred when its clause says
 * so ("优先", "尚可", "歓迎", "우대"); "学歴不問" or "학력무관" asks for none.
 */
import type { Degree, DegreeLevel, Span } from '../model/posting';
import type { ExtractContext } from './context';
import { findOtherAdsStart } from './other-ads';

// Words that name a level on their own, and words that name a school, which name a level only
// when the line is an education field or a completion or minimum follows ("大学卒", "大學以上",
// "대학교 졸업").
const LEVEL_WORDS: [DegreeLevel, string, string][] = [
  ['phd', '博士(?!后|後|研究员)|박사(?!\\s?후)|ปริญญาเอก', ''],
  ['master', '修士|硕士|碩士|석사|ปริญญาโท', '大学院|대학원|研究所|研究生'],
  [
    'bachelor',
    '大卒|四大卒|学士|(?<!副)學士|本科|학사|대졸|4년제|ปริญญาตรี',
    '大学(?!院)|大學|(?<!전문)대학(?!원)',
  ],
  [
    'associate',
    '短大卒?|専門卒|高専卒|大专|大專|专科|專科|二專|五專|초대졸|전문대|副學士|高級文憑|ปวส\\.?|อนุปริญญา',
    '専門学校',
  ],
  // "高中" also teaches ("高中数学教师"), "高校" is a Chinese university: only with a completion.
  [
    'high_school',
    '高卒|高校卒|中专|中專|高職|고졸|中五|DSE|ปวช\\.?|ม\\.\\s?6',
    '高中|高等学校|고등학교|中學|中学',
  ],
];
const ANY_LEVEL = new RegExp(LEVEL_WORDS.map(([, words]) => words).join('|'));
const COMPLETED = String.raw`\s?(?:卒業?|修了|毕业|畢業|졸업|学历|學歷|(?:\(含\)|（含）|及|或)?以上|이상)`;
const LEVELS = LEVEL_WORDS.map(([level, words, schools]) => ({
  level,
  word: new RegExp(words, 'g'),
  school: schools ? new RegExp(`(?:${schools})(?=${COMPLETED})`, 'g') : null,
  schoolInField: schools ? new RegExp(schools, 'g') : null,
}));

const EDUCATION_FIELD =
  /^[^\p{L}\d]{0,4}(?:学歴|學歷|学历|학력|最終学歴|学历要求|學歷要求|教育程度)(?:要求|条件|條件)?\s*(?:[:：|｜]|\s{2,}|\u3000|$)/u;
const NOT_ASKED =
  /学歴不問|学歴不要|学历不限|學歷不拘|学历不拘|학력\s?무관|학력\s?불문|不限学历|不拘/;
const PREFERRED =
  /จะพิจารณาเป็นพิเศษ|ยินดีรับ|优先|優先|尚可|尚佳|者佳|為佳|为佳|歓迎|歡迎|우대|선호|加分|望ましい|あれば尚/;
// Where a clause ends: each level's requirement or preference is its own.
const CLAUSE_END = /[、，。；;,/／|｜]|\s{2,}/;
const CHIP_LINE = /[|｜]|\s[/／·]/;

// A heading over the preferred qualifications: "[우대사항]", "## 歓迎要件 / Nice to have",
// "加分项". Any other short line without figures opens another part.
const PREFERRED_HEADING =
  /우대\s?(?:사항|조건|요건)|歓迎(?:要件|スキル|条件)|尚可|加分(?:项|項|條件|条件)?|优先条件|優先條件|\b(?:preferred|nice to have|bonus points)\b/i;
const HEADING_MAX = 40;
const LIST_MARK = /^\s*(?:[-・•*·●▪]|\d{1,2}[.、)])/;
// A minimum right after the level ("大卒以上", "석사 이상", "硕士及以上学历") or a demand in its
// clause ("要求", "必須"): the level is asked for. Not "3年以上…（博士毕业可放宽至1年）".
const MINIMUM_AFTER =
  /^\s?(?:学位|學位|학위|学历|學歷|卒業?|졸업)?\s?(?:\(含\)|（含）|及|或)?\s?(?:以上|이상)/;
const DEMAND = /要求|必須|必要|필수/;

interface Mention {
  preferred: boolean;
  minimum: boolean;
}

/** The degrees an Asian-script posting asks for, or an empty list. */
export function asianDegrees(ctx: ExtractContext): Degree[] {
  const found = new Map<DegreeLevel, { mentions: Mention[]; spans: Span[] }>();
  const end = findOtherAdsStart(ctx.lines, ctx.lines.length - 1);
  let inPreferred = false;
  for (let i = 0; i < end; i++) {
    const line = ctx.lines[i]!;
    const text = line.text;
    if (text.length <= HEADING_MAX && !/\d/.test(text) && !LIST_MARK.test(text)) {
      if (PREFERRED_HEADING.test(text)) inPreferred = true;
      else if (!ANY_LEVEL.test(text)) inPreferred = false;
    }
    if (NOT_ASKED.test(text)) continue;
    const field = EDUCATION_FIELD.test(text) || EDUCATION_FIELD.test(ctx.lines[i - 1]?.text ?? '');
    for (const { level, word, school, schoolInField } of LEVELS) {
      for (const re of [word, field ? schoolInField : school]) {
        if (!re) continue;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          if (!field && !isAsked(text, m.index, m[0].length)) continue;
          const clause = clauseAt(text, m.index);
          const preferred = inPreferred || PREFERRED.test(clause);
          const entry = found.get(level) ?? { mentions: [], spans: [] };
          const after = text.slice(m.index + m[0].length);
          const minimum = !preferred && (MINIMUM_AFTER.test(after) || DEMAND.test(clause));
          entry.mentions.push({ preferred, minimum });
          const start = line.start + m.index;
          entry.spans.push({ start, end: start + m[0].length });
          found.set(level, entry);
        }
      }
    }
  }
  // A minimum anywhere makes a level required; else one preference makes it preferred ("學歷要求
  // 大學、碩士" and "碩士學歷者佳": the master's is welcome, not asked).
  const degrees = [...found].map(([level, { mentions, spans }]) => ({
    level,
    fields: [],
    required: mentions.some((m) => m.minimum) || !mentions.some((m) => m.preferred),
    spans: spans.sort((a, b) => a.start - b.start),
  }));
  // In the order the posting names them.
  return degrees.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

const ASKED_CUE =
  /วุฒิ|ขึ้นไป|สาขา|以上|이상|졸업|卒|毕业|畢業|学历|學歷|学位|學位|학위|要求|必須|必要|우대|优先|優先|尚可|歓迎|望ましい/;

// Outside an education field a level word counts in a requirement, a chip or a list; not in the
// company's blurb ("博士課程の学生と共同研究"): the word stands at a clause's start or ends it.
function isAsked(text: string, at: number, length: number): boolean {
  if (CHIP_LINE.test(text) && text.length < 120) return true;
  const clause = clauseAt(text, at);
  // "・情報系の修士号": a list item that names the degree ("号", "学位") and no more.
  return ASKED_CUE.test(clause) || DEGREE_END.test(text.slice(at + length));
}

// "修士号または博士号": one degree or another, each named as the item's subject.
const DEGREE_END =
  /^(?:号|號|学位|學位|학위)?\s*(?:$|(?:または|又は|もしくは|あるいは|或者|或是|或|또는|혹은)\s?\S)/;

function clauseAt(text: string, at: number): string {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
  let to = at;
  while (to < text.length && !CLAUSE_END.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}
