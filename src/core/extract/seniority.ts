/**
 * Seniority from explicit words in the title, else from a level field ("Experience: Senior",
 * a bare "Senior" line in the header). "Staff Accountant" / "Staff Nurse" are not staff level:
 * "staff" counts only before an engineering-type word or as "Staff, ...".
 */
import type { Line } from '../clean/lines';
import type { Evidenced, Seniority } from '../model/posting';
import { evidence, type ExtractContext } from './context';
import { labelStart } from './label-start';

// A school's "Principal's Office" / "Assistant Principal" and a "Principal Investigator" name a
// person or role, not the IC level.
const PRINCIPAL_LEVEL =
  /(?<!\b(?:assistant|vice|deputy|school)\s)\bprincipal\b(?!['’]s\b|\s(?:office|investigator)\b)/i;
// A French "principal(e)" after the job is its senior grade: Quebec's "Analyste financier(ère)
// principal(e)", "Conseillère principale" (a senior adviser, not the IC level).
const FRENCH_PRINCIPAL =
  /(?<!\p{L})(?:analyste|conseill|ingénieu|chargé|agent|technicien|gestionnaire|architecte|développeu|comptable|économiste|coordonnat|spécialiste|rédact|juriste|vérificat|inspect|enquêt|planificat|négociat|évaluat|scientifique|statisticien|actuaire)[\p{L}()]*(?:\s[\p{L}()'’]+){0,3}\s+principal(?:e|\(e\))?(?!\p{L})/iu;
// "Junior Marketing Manager", "Jr. Team Lead": the level word before the role word is the level.
const JUNIOR_BEFORE_ROLE =
  /\b(?:junior|jr\.?|jnr)(?![a-zA-Z\u00C0-\u024F])(?=[^,|(–]{0,60}?\b(?:lead|leader|manager|managerin|gerente|responsable|teamleiter\w*)\b)/i;
// "Warehouse Team Leader", "Shift Leader", Spanish "Jefe de equipo", French "Cheffe d'équipe".
const TEAM_LEADER =
  /\b(?:(?:team|shift|crew|squad)[- ]?leader|(?:schicht|gruppen)leiter\w*|(?:team|ploeg)leider|jef[ea] de (?:equipo|turno)|chef(?:fe)? d['’]équipe|responsable d['’]équipe)(?![a-zA-Z\u00C0-\u024F])/i;

// Checked in this order: the first that matches the title wins.
const TITLE_LEVELS: [RegExp, Seniority][] = [
  [
    /\b(?:chief|cto|ceo|cfo|coo|cio|vp|svp|evp|vice president|geschäftsführer\w*|directeur général|director general|(?<!\b(?:associate|assistant|deputy) )executive director)\b/i,
    'executive',
  ],
  [
    /\b(?:director|head of|directeur|directrice|director[a]?|leiter\w*|bereichsleiter\w*)\b/i,
    'director',
  ],
  [FRENCH_PRINCIPAL, 'senior'],
  [PRINCIPAL_LEVEL, 'principal'],
  [
    /\bstaff(?:,|\s+(?:software|data|machine|ml|site|security|research|product|backend|frontend|front-end|back-end|full[- ]stack|platform|infrastructure|cloud|systems?|applied|engineer|scientist|developer|designer|analyst|architect))/i,
    'staff',
  ],
  // LatAm "Semi Senior" / "Ssr" sits between junior and senior, as Brazil's "Pleno" and the
  // Dutch "Medior" do.
  // Not Spanish "en pleno centro".
  [/\b(?:semi[- ]?senior|ssr|pleno(?! (?:centro|corazón|coração))|medior)\b/i, 'mid'],
  [
    /\b(?:senior|sr\.?|snr|sénior|sênior|starsz[yae]|senior-|kıdemli)(?![a-zA-Z\u00C0-\u024F])(?!\s(?:living|citizens?|cent(?:er|re)s?|housing|communit(?:y|ies)|residences?|apartments?)\b)/i,
    'senior',
  ],
  [JUNIOR_BEFORE_ROLE, 'entry'],
  [
    /\b(?:lead|tech lead|team lead|teamleiter\w*|chef d'équipe|responsable d'équipe|líder)\b/i,
    'lead',
  ],
  [TEAM_LEADER, 'lead'],
  // Spanish "Jefe de Mantenimiento" heads a department ("jefe de turno" leads a shift, above); a
  // "Jefe de Partida" is a cook, an "Ayudante de Jefe de Obra" the head's assistant.
  [
    /\b(?:(?<!\b(?:product|customer success) )manager|managerin|gerente|responsable|(?<!\b(?:ayudante|asistente|auxiliar|adjunto|segundo|sub)[- ](?:de(?:l)? )?)jef[ea](?! de partida))\b/i,
    'manager',
  ],
  // Finnish "Myyntipäällikkö" (sales manager): a compound, no word boundary before it.
  [/päällikk[öä]/i, 'manager'],
  // "Account Executive, Mid-Market" names a customer segment, not a level.
  [/\b(?:mid[- ]level|mid[- ]senior|intermediate|mid(?![- ](?:market|size|sized)\b))\b/i, 'mid'],
  // CIS boards' "Frontend-разработчик (Middle, React)", "Middle+ Python": not "Middle School".
  [
    /(?<!\b(?:school|teacher|counsel\w*|grades?)\b.*)\bmiddle\+?(?=\s*(?:[,)]|$))(?!.*\bschool)/i,
    'mid',
  ],
  [
    /\b(?:junior|júnior|jr\.?|młodsz[yae]|entry[- ]level|(?<!\bpost[- ]?)graduate|new grad|fresher(?!s)|berufseinsteiger\w*|débutant\w*|principiante)(?![a-zA-Z\u00C0-\u024F])/i,
    'entry',
  ],
  // An apprentice ("Apprentice Lineworker", "Apprenti(e) boulanger") is in a trade's training
  // contract, not an internship: no level; nor is a Werkstudent, a student employed part-time.
  // Portuguese "Estágio" is matched as "Est" before "ágio": without the u flag `\b` sees no word
  // end after "á".
  [
    /^stage\b|\b(?:intern|internship|praktikant\w*|(?:pflicht)?praktikum|tirocin\w*|stagiaire|becari[oa]|practicante|prácticas|stagista|stagiair|estagiári[oa]|est(?=ágio)|praktykant\w*|stajyer\w*)\b/i,
    'intern',
  ],
  // A trainee ("Financial Advisor Trainee", a German "Trainee Marketing" programme) is hired
  // into a first job, paid as staff: entry level, unless the title also says intern.
  [/\btrainee\b/i, 'entry'],
];
// The same words in Chinese, Japanese and Korean titles ("高级UI设计师", "销售经理（医疗器械）",
// "市场部实习生", "시니어 백엔드 엔지니어", "2026年度 新卒採用"), checked after the Latin ones.
const ASIAN_TITLE_LEVELS: [RegExp, Seniority][] = [
  [/总经理|總經理|執行長|执行长|代表取締役|대표이사/, 'executive'],
  [/总监|總監|本部長|部長|본부장|상무|전무/, 'director'],
  [/高级|高級|资深|資深|シニア|시니어/, 'senior'],
  [/组长|組長|リーダー|팀장|테크\s?리드/, 'lead'],
  [/经理|經理|主管|マネージャー|マネジャー|매니저|課長|店長/, 'manager'],
  [/实习|實習|インターン|인턴/, 'intern'],
  [/新卒|신입|应届|應屆/, 'entry'],
];
// Cyrillic and Arabic titles ("Старший бухгалтер", "Генеральный директор", "محاسب أول" (senior
// accountant), "مدير مبيعات" (sales manager)), which `\b` cannot bound.
const OTHER_SCRIPT_TITLE_LEVELS: [RegExp, Seniority][] = [
  [
    /(?<!\p{L})генеральн(?:ый|ая) директор(?!\p{L})|(?<![\u0621-\u064A])(?:المدير العام|مدير عام|الرئيس التنفيذي)/iu,
    'executive',
  ],
  [/(?<!\p{L})директор(?!\p{L})/iu, 'director'],
  [/(?<![\u0621-\u064A])مدير(?![\u0621-\u064A])/u, 'manager'],
  [
    /(?<!\p{L})(?:старш(?:ий|ая|его)|провідн\p{L}*)(?!\p{L})|(?<=[\u0621-\u064A] )(?<!(?:صف|الصف|خط|الخط|درجة|الدرجة|مستوى|المستوى) )أول(?![\u0621-\u064A])/iu,
    'senior',
  ],
  [/(?<!\p{L})(?:младш(?:ий|ая)|молодш(?:ий|а))(?!\p{L})/iu, 'entry'],
  [/(?<!\p{L})(?:стажер\p{L}*|стажёр\p{L}*|стажист\p{L}*)|(?<![\u0621-\u064A])متدرب/iu, 'intern'],
];
// An assistant's or a secretary's title names the person assisted after it.
const ASSISTING =
  /^(?:помощник|помощница|секретарь|ассистент|помічник|помічниця|секретар|асистент|سكرتير|سكرتيرة|مساعد|مساعدة)(?![\p{L}])/iu;
// A level field on East Asian boards ("職級：入門 / 初級", "직급  사원~대리급").
const ASIAN_LEVEL_FIELD =
  /^[^\p{L}]{0,3}(?:職級|职级|직급|職位級別)\s*(?:[:：]|\s{2,})\s*(\S[^/／~～]{0,6})/u;
const ASIAN_LEVEL_VALUES: [RegExp, Seniority][] = [
  [/入門|入门|初級|初级|사원|신입/, 'entry'],
  [/中級|中级|대리/, 'mid'],
  [/高級|高级|資深|资深|과장|차장/, 'senior'],
  [/經理|经理|主管|부장|팀장/, 'manager'],
];

// The values boards print in a level field, in the four languages (LinkedIn's French "Confirmé"
// and German "Berufserfahren" are its "Mid-Senior level"), in lower case: a part of a line is
// looked up, not tested against a regex per level.
const LEVEL_VALUES: [string[], Seniority][] = [
  [['intern', 'internship', 'practicante', 'prácticas', 'praktikant', 'praktikantin'], 'intern'],
  [['praktikum', 'stagiaire', 'stage'], 'intern'],
  [['entry', 'entry-level', 'entry level', 'junior', 'associate', 'graduate'], 'entry'],
  [
    ['sin experiencia', 'débutant', 'premier emploi', 'berufseinstieg', 'berufseinsteiger'],
    'entry',
  ],
  [['mid', 'mid-level', 'mid level', 'mid-career', 'mid career', 'intermediate'], 'mid'],
  [['intermedio', 'semi-senior', 'semi senior', 'semisenior', 'ssr', 'pleno', 'medior'], 'mid'],
  [['mid-senior', 'mid senior', 'mid-senior level', 'mid senior level', 'senior'], 'senior'],
  [['senior level', 'sr', 'sr.', 'experienced', 'confirmé', 'confirmée'], 'senior'],
  [['berufserfahren', 'erfahren'], 'senior'],
  [['staff'], 'staff'],
  // pracuj.pl's "Poziom stanowiska: specjalista (Mid / Regular)", kariyer.net's "Pozisyon
  // Seviyesi: Yeni Başlayan".
  [['praktykant', 'stażysta', 'asystent', 'młodszy specjalista', 'yeni başlayan'], 'entry'],
  // Not "Regular", a US employment status ("Full-time · Regular").
  [['specjalista'], 'mid'],
  [['starszy specjalista', 'ekspert'], 'senior'],
  [['kierownik', 'menedżer', 'yönetici', 'orta düzey yönetici'], 'manager'],
  [['dyrektor'], 'director'],
  [['principal'], 'principal'],
  [['lead'], 'lead'],
  [['manager', 'management'], 'manager'],
  [['director'], 'director'],
  [['executive', 'vp'], 'executive'],
];
const LEVEL_BY_VALUE = new Map(
  LEVEL_VALUES.flatMap(([values, level]) =>
    values.map((value): [string, Seniority] => [value, level]),
  ),
);
// The Kelvin sign lower-cases to an ASCII "k", which a case-insensitive match never folds it to.
const KELVIN = '\u212a';
// The longest value above: "młodszy specjalista". Longer lines and parts need no test.
const MAX_LEVEL_LENGTH = 19;
// Longer labels first: "Niveau d'expérience : Confirmé" is not "Niveau" + a long value.
const LEVEL_FIELD =
  /^(?:seniority(?: level)?|experience level|career level|level|job level|experience|poziom stanowiska|poziom|pozisyon seviyesi|erfahrungslevel|karrierestufe|niveau d['’]expérience|niveau|nivel de experiencia|nivel carier[ăa]|nivel|المستوى الوظيفي)\s*[:：]?\s*(.{3,30})$/i;

// "Executive Assistant to the CEO", "Chief of Staff to the VP": the role after "to" is the
// person supported, not this job's level.
const WHOSE_ROLE = /\s(?:to|for) (?:the|our|a|an) .*$/i;

/** Extracts the seniority from the title (preferred) or a level field, or null. */
export function extractSeniority(
  ctx: ExtractContext,
  title: Evidenced<string> | null,
): Evidenced<Seniority> | null {
  if (title) {
    const ownPart = title.value.replace(WHOSE_ROLE, '');
    // The Latin words first, then the Asian ones, then Cyrillic and Arabic.
    // "Помощник генерального директора", "سكرتيرة المدير العام": the person assisted.
    const assisting = ASSISTING.test(ownPart);
    for (const levels of [TITLE_LEVELS, ASIAN_TITLE_LEVELS, OTHER_SCRIPT_TITLE_LEVELS]) {
      if (assisting && levels === OTHER_SCRIPT_TITLE_LEVELS) continue;
      for (const [re, level] of levels) {
        const m = re.exec(ownPart);
        const span = title.spans[0];
        if (m && span) {
          const start = span.start + m.index;
          return evidence(level, start, start + m[0].length);
        }
      }
    }
  }
  // The header block, then the last 40 lines (boards repeat the details at the bottom).
  const lines = ctx.lines;
  const headerEnd = Math.min(lines.length, 30);
  for (let i = 0; i < headerEnd; i++) {
    const found = isSignatory(lines, i) ? null : levelField(lines[i]);
    if (found) return found;
  }
  for (let i = Math.max(headerEnd, lines.length - 40); i < lines.length; i++) {
    const found = isSignatory(lines, i) ? null : levelField(lines[i]);
    if (found) return found;
  }
  return null;
}

/**
 * A letter's signatory: "The Principal" signs a college's notice, "Director" a message; a
 * footer's value under its label ("Seniority level" / "Director") is none.
 */
function isSignatory(lines: Line[], i: number): boolean {
  return (
    i >= SIGNATORY_FROM &&
    SIGNATORY.test(lines[i]?.text ?? '') &&
    !LEVEL_LABEL_ABOVE.test(lines[i - 1]?.text ?? '')
  );
}

// The first lines hold the title and the board's fields ("Executive" over the employer), not a
// signature.
const SIGNATORY_FROM = 5;

const SIGNATORY = /^\s*(?:the )?(?:principal|director|manager|head|chief|president)\s*$/i;
// LinkedIn's footer prints its label over the value: "Seniority level" / "Director".
const LEVEL_LABEL_ABOVE = /\blevel\s*:?\s*$/i;

function levelField(line: Line | undefined): Evidenced<Seniority> | null {
  if (!line || line.text.length > 120 || line.kind === 'list-item') return null;
  const level = levelOfLine(line.text);
  return level ? evidence(level, line.start, line.start + line.text.length) : null;
}

function levelOfLine(text: string): Seniority | null {
  const asian = text.charCodeAt(0) > 0x2fff || text.charCodeAt(1) > 0x2fff;
  const field = asian ? ASIAN_LEVEL_FIELD.exec(text) : null;
  if (field?.[1]) {
    const value = field[1];
    for (const [re, level] of ASIAN_LEVEL_VALUES) if (re.test(value)) return level;
  }
  const whole = text.length <= 50 ? levelOfPart(text) : null;
  if (whole) return whole;
  // "$95K/yr - $120K/yr · Hybrid · Full-time · Mid-Senior level", "Full time  ·  Career level:
  // Entry level": each part of a board's header line on its own.
  if (!text.includes('·') && !text.includes('•') && !text.includes('|')) return null;
  const parts = text.split(/\s[·•|]\s/);
  if (parts.length === 1) return null;
  for (const part of parts) {
    const level = levelOfPart(part.trim());
    if (level) return level;
  }
  return null;
}

// LEVEL_FIELD's labels' first two letters: most parts fail this before the regex runs.
const MAY_START_LEVEL_FIELD = labelStart('se ex ca le jo er ka ni po');
const NOT_MANAGER = /\(non-?manager\)\s*$/i;
// "Entry level (0-2 years)": the bracket explains the value.
const EXPLAINING_BRACKET = /\s?\([^()]{0,30}\)\s*$/;

function levelOfPart(part: string): Seniority | null {
  const mayBeField = MAY_START_LEVEL_FIELD(part) || part.startsWith('المستوى');
  const field = mayBeField ? LEVEL_FIELD.exec(part)?.[1] : undefined;
  let value = field ?? part;
  // Tried at every position: only worth it with a bracket in the value.
  if (value.includes('(')) {
    // Wuzzuf's "Experienced (Non-Manager)" is any level past entry, not senior.
    if (NOT_MANAGER.test(value)) return null;
    value = value.replace(EXPLAINING_BRACKET, '');
  }
  value = value.trim();
  if (value.length > MAX_LEVEL_LENGTH || value.includes(KELVIN)) return null;
  const key = value.toLowerCase();
  return (
    LEVEL_BY_VALUE.get(key) ?? (field !== undefined ? (LABELLED_LEVELS.get(key) ?? null) : null)
  );
}

// Values read only after a level label: alone, "Middle" or "متقدم" (advanced) may be a language
// level ("English · Middle"). "Nivel carieră: Middle (2-5 ani)", Wuzzuf's "المستوى الوظيفي: مبتدئ
// (Entry Level)".
const LABELLED_LEVELS = new Map<string, Seniority>([
  ['middle', 'mid'],
  ['مبتدئ', 'entry'],
  ['حديث التخرج', 'entry'],
  ['متوسط', 'mid'],
  ['خبرة متوسطة', 'mid'],
  ['خبير', 'senior'],
  ['متقدم', 'senior'],
]);
