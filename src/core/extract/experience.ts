/**
 * yearsExperienceMin and requirement paths. "Option 1: Bachelor's and 5 years; Option 2:
 * Master's and 3 years; Option 3: 7 years" -> paths (bachelor 5, master 3, none 7), min 3.
 * "X and 1 year; OR Y and 3 years" -> min 1. Without alternatives, the largest required figure
 * (all of them must be met). "2-4 years" -> 2, "five" -> 5, "6 months" -> 0.5; ages ("18 or
 * older") and company history ("over 30 years of industry") are not experience.
 */
import { ARABIC_LETTER, hasArabic, isAsianText } from './asian-script';
import type { DegreeLevel, Evidenced, RequirementPath } from '../model/posting';
import type { Line } from '../clean/lines';
import { lineIndexAt, type ExtractContext } from './context';
import { degreeLevelsIn } from './degrees';
import { labelStart } from './label-start';
import { findOtherAdsStart } from './other-ads';
import { isSpace } from '../text/char-codes';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  ein: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  zehn: 10,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  dix: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  diez: 10,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  een: 1,
  twee: 2,
  drie: 3,
  vijf: 5,
  två: 2,
  pół: 0.5,
};
const NUM_WORD = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|ein|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|un|une|deux|trois|quatre|cinq|sept|huit|dix|uno|dos|tres|cuatro|cinco|seis|siete|ocho|diez|um|uma|dois|duas|três|due|tre|quattro|cinque|een|twee|drie|vijf|två|pół`;
const NUM = String.raw`(\d{1,2}(?:[.,]5)?|${NUM_WORD})`;
// "3+ years", "2-4 years", "5 years'", "mindestens 3 Jahre", "3 ans", "une année", "3 años",
// "6 months"; Portuguese and Italian "3 anos", "2 anni", Dutch "2 jaar", Polish "3 lata",
// "5 lat", "1 rok", the Nordic "2 års", Czech and Slovak "3 roky", "5 let", Hungarian "3 év",
// Romanian "3 ani", Finnish "3 vuotta", Ukrainian "від 2 років", Russian "3 года", Bulgarian "5
// години", Serbian and Croatian "3 godine", Greek "3 χρόνια", Turkish "3 yıl", Latvian "2 gadu",
// Lithuanian "1 metų", Arabic "٣ سنوات" (read as "3 سنوات": see withWesternDigits). Every unit for
// months starts with "m" (see findMentions), but "metų".
const UNIT_WORDS = String.raw`years?|yrs?|jahre?n?|ans?|années?|años?|anos?|anni|anno|jaar|jaren|lata?|rok|roku|roky|rokov|roků|let|års?|år|év|éves|ani|vuotta|vuoden|tahun|năm|年|년|років|року|роки|рік|лет|года|години|година|godine|godina|godinu|χρόνια|χρόνο|έτη|yıl|gadu|gadi|gadiem|gada|metų|metus|metai|months?|monate?n?|mois|meses|mes[ei]|maanden?|miesięcy|miesiące|måneder|månader|سنوات|سنة|سنين|أعوام|اعوام|عاما|عام`;
// Latin, Greek, Cyrillic and Arabic letters: a unit is a whole word.
const UNIT_LETTER = String.raw`a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0621-\u064A`;
const UNIT = new RegExp(
  String.raw`(?<![${UNIT_LETTER}])(?:${UNIT_WORDS})(?![${UNIT_LETTER}])`,
  'gi',
);
// UNIT after the last character NUM_BEFORE can end with (a letter there fails UNIT's lookbehind):
// a leading character class is scanned far faster than a leading lookbehind.
const UNIT_AFTER_FIGURE = new RegExp(
  String.raw`[\s\d+)](?:${UNIT_WORDS})(?![${UNIT_LETTER}])`,
  'gi',
);
// "Ten or more years" is "10+ years".
// A range keeps its lower bound: "2-4", "Two to four", "zwei bis drei", "entre 2 y 4".
const NUM_BEFORE = new RegExp(
  String.raw`(?<![a-zA-Z\u00C0-\u024F\d.,$€£])${NUM}\s?(?:\+|plus|or more|ou plus|o más|oder mehr)?\s?(?:(?:-|–|to|bis|à|a|and|und|et|y|e|tot|do|til|till|och|og|إلى|الى)\s?(?:\d{1,2}|(?:${NUM_WORD})(?=\s))\s?\+?\s?)?(?:\((?:\d{1,2}|${NUM_WORD})\)\s?)?$`,
  'i',
);
// "Experience" in the languages UNIT_WORDS adds: Italian, Portuguese, Dutch ("werkervaring"),
// Polish ("doświadczenia"), the Nordic ones, Czech and Slovak ("praxe", "prax"), Hungarian,
// Romanian, Finnish; Ukrainian, Russian and Bulgarian, Serbian and Croatian, Greek, Turkish, Estonian,
// Latvian and Lithuanian; Arabic "خبرة", in the Maghreb also "تجربة".
const OTHER_EXPERIENCE_WORDS = String.raw`esperienz|experiência|ervaring|doświadcz|erfaring|erfarenhet|praxe|prax\b|praxi\b|zkušenost|skúsenost|tapasztalat|experienț|experienta|kokemus|досвід|опыт|опит|iskustv|искуств|εμπειρ|προϋπηρεσ|deneyim|tecrübe|kogemus|pieredz|patirt|pengalaman|kinh nghiệm|経験|경력|经验|經驗|經歷|经历|工作年限|خبر`;
// What must follow (within the clause) for a figure to be about experience.
const EXPERIENCE_CONTEXT = new RegExp(
  String.raw`^[^.;]{0,80}?(?:${OTHER_EXPERIENCE_WORDS}|jako\b|na stanowisk|experience|exp\b|berufserfahrung|erfahrung|\p{L}*praxis|expérience|experiencia|professional|industry|relevant|hands-on|working|building|developing|designing|in (?:a|an|the)\b|of (?:\w+ ){0,3}(?:work|practice|teaching|nursing|sales|management|leadership)|as an?\b|como\b|en tant que\b|als\b|post-qualification|pqe\b|in (?:software|data|machine|analytics|retail|sales|nursing|teaching|finance|accounting|logistics|hospitality|design|engineering|marketing|customer|healthcare|\w+ing)\b)`,
  'iu',
);
// Not experience after the figure: an age, the company's history, a contract's or a training's
// length ("3,5 Jahre duale Ausbildung", "a 4 year apprenticeship").
const NOT_EXPERIENCE_AFTER =
  /^\s?(?:of age|old|oud|gammel|gamla|de idade|di età|życia|de vida|di vita|starosti|or older|and older|ago|warranty|contract|in business|of history|of industry(?!\s+(?:or \w+ )?experience)|since|(?:duale |schulische |betriebliche )?(?:ausbildung|lehre|studium)\b|apprenticeship\b)/i;
// A bracket of years alone on its line: "(minimum 3 years)", not "(12 months fixed-term cover)".
const YEARS_BRACKET =
  /^\(\s?(?:(?:minimum|min\.?|at least|approx\.?|mind\.?|mindestens|au moins|al menos)\s)?\d{1,2}\+?\s?(?:years?|yrs?|jahre|ans|años)\b[^()]{0,15}\)/i;
// "Diploma holders with 3 years' experience may apply for the Junior Engineer role instead":
// the years of another opening (not "5+ years (if you have fewer, please apply for the Data
// Analyst II role instead)", which are this job's).
const OTHER_ROLE_AFTER =
  /^[^.;\n(]{0,60}\b(?:may|can|could|should) (?:instead )?apply (?:for|to) (?:the |our |a |an )(?!this\b)[^.;\n]{0,50}?\b(?:role|position|opening|vacancy|post|programme|program)\b(?: \([^()]{0,30}\))? instead\b/i;
// Company history: "seit über 25 Jahren", "depuis plus de 20 ans", "desde hace 15 años"; the
// years of the people the hire works beside: "learn from carpenters with 20+ years in the trade".
// Every alternative after one `\b`: one test per position, not eleven.
const NOT_EXPERIENCE_BEFORE =
  /\b(?:age\b|aged\b|(?:seit|depuis|hace)\b(?!\s(?:mindestens|au moins|al menos))(?:\s\S+){0,3}|(?:over|within|in|during|for) the (?:past|last|next|previous)|within\b|for (?:the )?(?:past|last|next)\b|first\b|has over\b|have over\b|founded\b|history of\b|company (?:has|with)\b|(?:(?<!(?:tions?|apply|hear|resumes?|cvs|candidates|interest|welcome[sd]?) )from|alongside|under|beside|by|with) (?:our |the |a team of )?(?:[a-z-]+ ){0,2}(?:carpenters|mentors|trades(?:people|men)|craftsmen|plumbers|electricians|technicians|experts|professionals|team|crew|staff|colleagues|engineers|chefs|journey(?:men|persons|people)) with (?:over |more than |a combined )?)\s*$/i;
// The firm described in apposition or after its verb: ", empresa andaluza con más de", "is a
// family company with over"; not "Our firm is seeking an attorney with", "accounting firm with".
const FIRM_WITH_YEARS =
  /(?:,|(?<![\p{L}])(?:is|es|est|ist|é|è|somos|siamo|sommes|we are))\s(?:(?:an?|una?|uma|une|eine?|the|la|el|le)\s)?(?:[\p{L}-]+\s){0,2}(?:empresa|compañía|companhia|azienda|société|entreprise|grupo|gruppo|groupe|operador[a]?|firma|consultora|constructora|agencia|contratista|company|firm|business)(?:\s[\p{L}-]+)?\s(?:con|com|with|avec|mit)(?:\s(?:más|mas|mais|plus|oltre|over|more than|über)(?:\s(?:de|di|than))?)?\s*$/iu;
// An age in the other languages: "età compresa tra 18 e 29 anni", "ukończone 18 lat", "fyllt 18
// år", "være minst 18 år", "ter mais de 18 anos" (for an age-sized figure only: "ter mais de 3
// anos de experiência" is experience); how long a licence has been held: "Patente C da almeno 3
// anni", "Rijbewijs C sinds minimaal 2 jaar".
const AGE_BEFORE =
  /(?:(?:السن|العمر|età|idade|leeftijd|wiek|ålder|alder|věk|возраст|вік|віку|възраст|ηλικία|amžius|vecums|yaş|jaunesn\w*|dob)(?![\w\u00C0-\u024F])[^.;\d]{0,25}|\b(?:ukończon\w*|skończon\w*|fyllt|fylt|fyldt|maggiorenne|(?:være|vara|ter|avere|mieć|ser|essere) (?:minst|mindst|mais de|pelo menos|almeno|co najmniej|al menos)))\s*$/i;
const LICENCE_HELD_BEFORE =
  /\b(?:patente|rijbewijs|prawo jazdy|führerschein|kørekort|körkort|førerkort|cnh)\b[^.;\d]{0,25}\b(?:da|sinds|od|seit|há|siden|sedan|i)\s(?:almeno |minimaal |minstens |min\.\s?|minst |mindst |pelo menos |mindestens |co najmniej )?$/i;
// The Indonesian, Vietnamese, Japanese and Korean units, their label just before the figure, the
// word right after it, a company's "với hơn" (with over), and a maximum ("이하", "以下").
const ASIAN_UNIT = /^(?:tahun|năm|年|년)$/;
const ASIAN_LABEL_BEFORE =
  /(?:pengalaman|kinh nghiệm|経験|경력|经验|經驗|經歷|经历|工作年限)\s?(?:要求)?\s?[:：]?\s?(?:(?:minimal|min\.?|minimum|tối thiểu|ít nhất)\s?)?$/i;
// Chinese names the field between the years and the word: "1年以上企业会计工作经验", "3 年或以上
// 物業管理經驗".
const ASIAN_WORD_AFTER =
  /^\s?(?:kinh nghiệm|pengalaman|(?:の)?(?:実務)?経験|경력|(?:或?[以及]上)?[^，。；;,\n\d的了]{0,14}?(?:经验|經驗))/i;
const ASIAN_HISTORY_BEFORE = /\b(?:với hơn|dengan)\s?$/i;
const ASIAN_MAXIMUM_AFTER = /^\s?(?:이하|以下|以内|以內|未満|미만|trở xuống)/;
// Czech and Slovak "let" (years) only before their experience words: English lets property.
const AFTER_LET = /^\s?(?:praxe|prax|zkušenost|skúsenost|v oboru|ve? [a-zá-ž]+)/i;

// "<Firm> es una empresa instaladora autorizada con más de 25 años de experiencia", "We are a
// family business with over 40 years ...": the company's own track record is no requirement.
// "Logística Levante es un operador logístico … con más de 25 años", "Wir sind ein
// Familienunternehmen mit über 40 Jahren Erfahrung".
const OVER_BEFORE =
  /\b(?:with|con|avec|mit|de|com|met|med|z) (?:over|more than|nearly|almost|más de|casi|plus de|près de|über|mehr als|fast|oltre|più di|quasi|mais de|quase|meer dan|ruim|bijna|över|mer enn|mere end|ponad)\s$/i;
// "We are a growing company looking for an engineer with over 5 years": the sentence turns to
// the candidate.
const HIRING_TURN =
  /\b(?:looking for|seeking|seeks|needs?|hiring|that needs|who needs|buscamos|busca|buscando|recherch\w*|cherch\w*|such\w*|einstellen)\b/i;
// The posting's organisation as a sentence's subject: "… es una empresa", "We are a family
// business", "Wir sind ein Familienunternehmen".
const ORGANISATION_SUBJECT = String.raw`(?:\b(?:is an?|are an?|es una?|somos una?|est une?|sommes une?|ist ein\w*|sind ein\w*|siamo|somos uma?|is een|zijn een|jesteśmy|är en?|er en?)|(?<![\w\u00C0-\u024F])(?:è|é uma?))\s(?:[\w\u00C0-\u024F-]+\s){0,6}?(?:(?:un['’]|l['’])?azienda|società|impresa|companhia|indústria|(?:familie)?bedrijf|organisatie|onderneming|spółk\w*|företag|selskap|virksomhed|company|firm|business|operator|provider|distributor|manufacturer|group|agency|consultancy|contractor|carrier|retailer|organi[sz]ation|charity|empresa|compañía|operador|proveedor|distribuidor|fabricante|grupo|agencia|consultora|despacho|fundación|entreprise|société|groupe|agence|cabinet|institution|institución|school|colegio|escuela|école|hospital|clinic|clínica|clinique|[\w\u00C0-\u024F-]*(?:unternehmen|betrieb|firma|schule|klinik))(?![\w\u00C0-\u024F])`;
const COMPANY_SUBJECT = new RegExp(String.raw`${ORGANISATION_SUBJECT}[^.;:!?]*$`, 'i');

// "Andesur es una empresa 100% chilena con 25 años de experiencia": the organisation, a word or
// two about it, then "con" and the figure; no person joins in between ("… y requerimos técnico
// con 3 años", "… looking for someone with 3 years").
const COMPANY_WITH = new RegExp(
  String.raw`${ORGANISATION_SUBJECT}(?:\s(?!(?:y|and|et|und|que|who|which|that|qui|der|die|das|looking|seeking|buscando|requiere|busca)\b)[\w\u00C0-\u024F%-]+){0,3}\s(?:with|con|avec|mit)\s$`,
  'i',
);
// What COMPANY_WITH needs at the sentence's end (its last six characters are enough): most
// mentions have no "with" there.
const WITH_BEFORE = /\b(?:with|con|avec|mit)\s$/i;

const PERSON_SUBJECT =
  /\b(?:you|your|candidates?|applicants?|person|individual|hire|successful|ideal|professional|engineer|specialist|expert|teammate|colleague|(?:post|job|role)[- ]?holder|incumbent|tu|eres|usted|vous|candidat\w*|candidato\w*|candidata|sie sind|du bist|bewerber\w*|kandidat\w*)\b/i;

// French "an" (year) after a figure: "3 an", "(d')un an"; else it is English "an".
const FIGURE_BEFORE_AN = /(?:\d|(?<![a-zA-Z\u00C0-\u024F])un)\s?$/i;
const OPTION = /\bOption\s?(\d)\s?[-:–—.)]?/g;
const OR_SPLIT =
  /;\s*or\b|\bOR\b|\boder\b(?= (?:ein|eine|mindestens))|\bou\b(?= (?:un|une|\d))|\bo bien\b/g;

interface Mention {
  years: number;
  start: number;
  end: number;
}

/** Extracts the minimum years of experience and the alternative requirement paths. */
export function extractExperience(ctx: ExtractContext): {
  min: Evidenced<number> | null;
  paths: RequirementPath[];
} {
  const text = ctx.folded;
  // 1. Option 1/2/3 alternatives.
  const paths = readOptions(ctx);
  const withYears = paths.filter((p) => p.years !== null);
  if (withYears.length > 0) {
    let best = withYears[0];
    for (const p of withYears)
      if (best && p.years !== null && best.years !== null && p.years < best.years) best = p;
    if (best && best.years !== null)
      return { min: { value: best.years, spans: best.spans }, paths };
  }
  // 2. Mentions in the required parts of the text.
  const required: Mention[] = [];
  const alsoAccepted: Mention[] = [];
  const levels: Mention[][] = [];
  // An Asian board's other jobs ("이 공고를 본 구직자가 함께 본 공고") ask their own years.
  const otherAds = isAsianText(ctx.text)
    ? findOtherAdsStart(ctx.lines, ctx.lines.length - 1)
    : ctx.lines.length;
  // What each line added to `required`, for the alternatives that span lines (see orChains).
  const byLine = new Map<number, Mention[]>();
  for (const i of figureLines(ctx)) {
    if (i >= otherAds) break;
    const before = required.length;
    const kind = ctx.lineKinds[i];
    const line = ctx.lines[i];
    if (!line || kind === 'benefits' || inPreferredPart(ctx, i)) continue;
    const lineText = text.slice(line.start, line.start + line.text.length);
    // A header field ("Experiencia mínima: 2 años") can sit in a salary block, a bullet under an
    // unknown heading in the company blurb: they count when they name experience.
    const labelled = isExperienceLabel(ctx.lines[i - 1]?.text ?? '');
    if (kind === 'salary' && !EXPERIENCE_WORD.test(lineText) && !labelled) continue;
    // A board's header table ("Expérience" / "Minimum 3 ans") states it under its label.
    if (
      kind === 'about' &&
      !labelled &&
      (line.kind !== 'list-item' || !EXPERIENCE_WORD.test(lineText))
    ) {
      continue;
    }
    if (isPreferredLine(lineText)) continue;
    const bonusClauses = BONUS_TERMS.test(lineText) ? clausesWith(lineText, BONUS_TERMS) : null;
    // LEVEL_LINE's "[:–—]": the folded text has no long dashes left.
    const perLevel: Mention[] | null =
      lineText.includes(':') && LEVEL_LINE.test(lineText) ? [] : null;
    // "Diploma holders with at least five (5) years … may also apply": another route in, whose
    // years are the alternative to the main requirement's, not added to it.
    // "Minimum 2 years as a Nurse Practitioner. New graduates with at least 5 years RN experience
    // will be considered.": a later sentence of the line opens another route in.
    const also = perLevel ? null : OTHER_ROUTE_SENTENCE.exec(lineText);
    const target = perLevel ?? (!also && ALSO_ACCEPTED.test(lineText) ? alsoAccepted : required);
    const alsoTo = also ? line.start + also.index + also[0].length : -1;
    const alsoFrom = also ? alsoTo - (also[1]?.length ?? 0) : -1;
    const routed = (m: Mention): Mention[] =>
      m.start >= alsoFrom && m.start < alsoTo ? alsoAccepted : target;
    // "X and 1 year ...; OR Y and 3 years": alternatives within one line. Plain loops: array
    // methods over arrays that are sometimes empty kept V8 de-optimising this function.
    const partMentions: Mention[][] = [];
    // "B.E. / B.Tech (Civil) OR Diploma in Civil Engineering with 5+ years": a degree alone is
    // an alternative that asks for no years, so the line asks for none.
    let degreeAlone = false;
    // Prose wrapped over lines: the sentence may start on the line above ("… es una institución
    // privada bilingüe," over "ubicada en …, con más de 30 años de experiencia educativa").
    // Only a line that opens in lower case continues the sentence above.
    // A bracket on a line of its own finishes the item above ("- Proven field sales experience
    // in … or a related sector" over "(minimum 3 years)").
    const bracket = YEARS_BRACKET.test(line.text);
    const wraps = bracket || (isProse(line) && /^\p{Ll}/u.test(line.text));
    const above = wraps ? ctx.lines[i - 1] : undefined;
    const lead =
      above &&
      (isProse(above) || (bracket && above.kind === 'list-item')) &&
      !/[.!?:]\s*$/.test(above.text)
        ? above.text
        : '';
    for (const p of splitAlternatives(lineText)) {
      let found = findMentions(p.text, line.start + p.offset, labelled, p.offset === 0 ? lead : '');
      if (bonusClauses) found = outside(found, bonusClauses, line.start);
      if (found.length > 1) found = withoutPreferred(found, lineText, line.start);
      if (found.length > 0) partMentions.push(found);
      // Not "Statistics, Mathematics, OR related field and 4 years": a list, cut at its "or".
      // Nor "MS with 4+ years": years with no word for them are still years.
      else if (!/,\s*$/.test(p.text) && !hasYears(p.text) && degreeLevelsIn(p.text).length > 0) {
        degreeAlone = true;
      }
    }
    // In capitals every "OR" parts the line ("MASTER'S DEGREE OR EQUIVALENT"): not there.
    if (degreeAlone && partMentions.length > 0 && /[a-z]/.test(line.text)) continue;
    if (partMentions.length > 1) {
      // The easiest alternative: the one whose largest figure is smallest.
      let easiest: Mention | null = null;
      for (const l of partMentions) {
        const m = maxMention(l);
        if (!easiest || m.years < easiest.years) easiest = m;
      }
      if (easiest) routed(easiest).push(easiest);
    } else {
      for (const m of partMentions[0] ?? []) routed(m).push(m);
    }
    if (perLevel && perLevel.length > 0) levels.push(perLevel);
    if (required.length > before) byLine.set(i, required.slice(before));
  }
  for (const chain of orChains(ctx, otherAds)) easiestOfChain(ctx, chain, byLine, required);
  addLevels(levels, required, paths);
  const main = required.length > 0 ? maxMention(required) : null;
  const other = alsoAccepted.length > 0 ? maxMention(alsoAccepted) : null;
  // Another route in that asks fewer years sets the minimum.
  const best = other && (!main || other.years < main.years) ? other : main;
  if (!best) return { min: freshersWelcome(ctx), paths };
  return { min: { value: best.years, spans: [{ start: best.start, end: best.end }] }, paths };
}

const OTHER_ROUTE_SENTENCE =
  /[.;!?]\s+((?:new grad(?:uate)?s|recent grad(?:uate)?s|graduates|candidates|applicants|those|individuals|people|RNs|nurses)\b[^.;!?]{0,200}?\b(?:will|may|would|can) (?:also )?be considered(?=\s*(?:[.;!?]|$)))/i;
const ALSO_ACCEPTED =
  /\b(?:may|can) also apply\b|\b(?:will|may|would) also be considered\b|\bare also (?:welcome|encouraged|eligible) to apply\b/i;

// "Freshers welcome", "Freshers & experienced both can apply": an Indian board's words for the
// "0-2 Yrs" it prints, read as 0 years. "No experience needed", "sin experiencia" and the like,
// said in words alone, ask for no experience: no requirement, and the minimum stays unstated, as
// readers label it.
const FRESHERS_WELCOME =
  /\bfreshers?(?:(?: are)? (?:welcome|can apply|may apply|also welcome)| (?:&|and|or|\/) experienced\b)/gi;

// "Freshers ... will not be considered": the phrase turns people away, it does not open the job
// to them.
const TURNED_AWAY =
  /\b(?:will not be considered|won['’]t be considered|(?:do|does) not apply|don['’]t apply|please do not|not an entry[- ]level)\b/i;

function freshersWelcome(ctx: ExtractContext): Evidenced<number> | null {
  const re = FRESHERS_WELCOME;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
    // Not in another job's ad appended below.
    const i = lineIndexAt(ctx.lines, m.index);
    if (i >= findOtherAdsStart(ctx.lines, ctx.lines.length - 1)) return null;
    if (TURNED_AWAY.test(ctx.lines[i]?.text ?? '')) continue;
    return { value: 0, spans: [{ start: m.index, end: m.index + m[0].length }] };
  }
  return null;
}

const EXPERIENCE_WORD = new RegExp(
  String.raw`experience|erfahrung|expérience|experiencia|${OTHER_EXPERIENCE_WORDS}`,
  'i',
);

function hasYears(text: string): boolean {
  UNIT_AFTER_FIGURE.lastIndex = 0;
  return UNIT_AFTER_FIGURE.test(text);
}
// "$15,000 SIGN-ON BONUS for experienced ICU nurses (2+ years ICU experience)": who earns a bonus,
// not what the job requires. Only the sentence or clause with the bonus in it: "3+ years of ICU
// experience required; eligible for a $10,000 sign-on bonus" still requires 3.
const BONUS_TERMS = /\bsign[- ]?(?:on|ing) bonus/i;
const CLAUSE_END = /[.;!?](?:\s|$)/g;

/** The [start, end) ranges of the line's clauses that match `re`. */
function clausesWith(text: string, re: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (;;) {
    const m = CLAUSE_END.exec(text);
    const end = m ? m.index + 1 : text.length;
    if (re.test(text.slice(start, end))) out.push([start, end]);
    if (!m) break;
    start = end;
  }
  return out;
}

function outside(found: Mention[], clauses: [number, number][], lineStart: number): Mention[] {
  return found.filter(
    (m) => !clauses.some(([a, b]) => m.start - lineStart >= a && m.start - lineStart < b),
  );
}
// Canada's Job Bank puts the label on the line above its value: "Experience" / "3 years to less
// than 5 years".
const EXPERIENCE_LABEL =
  /^\s*(?:experience|work experience|experience required|expérience|experiencia|berufserfahrung|esperienza|experiência|ervaring|werkervaring|doświadczenie|erfaring|erfarenhet|praxe|prax|tapasztalat)\s?[:：]?\s*$/i;
// EXPERIENCE_LABEL's first two letters ("expérience" too).
const LABEL_PAIRS = labelStart('ex wo be es er do pr ta');

/** EXPERIENCE_LABEL.test(text), skipping the regex for lines that cannot start with a label. */
function isExperienceLabel(text: string): boolean {
  return (isSpace(text.charCodeAt(0)) || LABEL_PAIRS(text)) && EXPERIENCE_LABEL.test(text);
}
// South Africa and the Commonwealth: "experience advantageous (6 months+), but not essential".
const PREFERRED_CUE =
  /يفضل|يُفضل|يفضّل|يُفضّل|ميزة إضافية|أفضلية|\bpreferred\b|\ba plus\b|\bnice to have\b|\bideally\b|\badvantageous\b|\b(?:an )?advantage\b|\bdesirable\b|\ban asset\b|\bis (?:a )?merit\b|\bmeritorious\b|\bnot essential\b|von vorteil|wünschenswert|un plus|un atout|se valorará|deseable|no excluyente|우대|歓迎|優遇|优先|優先/i;

/**
 * Whether line `i` is in a preferred section. An inline label ("Deseable: Especialización en
 * Cuidado Crítico.") opens a section that runs on to the next heading, but a later line with a
 * label of its own ("Experiencia: Mínimo un (1) año ...") is another field of the form.
 */
function inPreferredPart(ctx: ExtractContext, i: number): boolean {
  if (ctx.lineKinds[i] !== 'preferred') return false;
  const section = ctx.lineSections[i];
  const line = ctx.lines[i];
  if (!section || !line || line.start <= section.span.start) return true;
  const at = section.span.start;
  const inline = at > 0 && ctx.text.charCodeAt(at - 1) !== 10 && ctx.text.charCodeAt(at) !== 10;
  return !(inline && OWN_LABEL.test(line.text));
}

const OWN_LABEL = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F ]{1,28}\s?[:：]\s\S/;

// "6 months of experience preferred" is optional; in "2 years of ICU experience, telemetry
// preferred" the cue belongs to the clause after the comma, not to the years.
// A cue in another sentence of a paragraph ("CFA oder FRM von Vorteil. Mindestens zehn Jahre
// Erfahrung ...") is about something else.
function isPreferredLine(lineText: string): boolean {
  const cue = PREFERRED_CUE.exec(lineText);
  if (!cue || REQUIRED_ASK.test(lineText)) return false;
  const mention = findMentions(lineText)[0];
  if (!mention) return true;
  if (cue.index < mention.start)
    return !SENTENCE_BREAK.test(lineText.slice(cue.index, mention.start));
  const between = lineText.slice(mention.end, cue.index);
  return !/[,;(،؛，；（、]/.test(between) && !SENTENCE_BREAK.test(between);
}

const SENTENCE_BREAK = /[.!?;]\s|[。！？；]/;

/**
 * The mentions without those a preference follows in their clause, when one is left: "2 years
 * required, 4 years preferred", "2+ years (4+ preferred)" ask for 2.
 */
function withoutPreferred(found: Mention[], lineText: string, lineStart: number): Mention[] {
  const kept = found.filter((m) => {
    const after = lineText.slice(m.end - lineStart, m.end - lineStart + 80);
    const clause = after.slice(0, after.search(/[,;.()]|$/));
    return !PREFERRED_CUE.test(clause);
  });
  return kept.length > 0 ? kept : found;
}
// "Required" asks for something, but not in "No experience required; one year … preferred".
const REQUIRED_ASK = /\brequired\b(?<!\b(?:no|not)\b[^.;,]{0,30}required)/i;

/**
 * Indexes of the lines with a unit word that has a figure right before it: the only lines where
 * findMentions can find anything (a split at "OR" never cuts between a figure and its unit).
 */
function figureLines(ctx: ExtractContext): number[] {
  const text = ctx.folded;
  const lines = ctx.lines;
  const out: number[] = [];
  UNIT_AFTER_FIGURE.lastIndex = 0;
  let u: RegExpExecArray | null;
  while ((u = UNIT_AFTER_FIGURE.exec(text)) !== null) {
    const at = u.index + 1;
    const unitLength = u[0].length - 1;
    const index = lineIndexAt(lines, at);
    const line = lines[index];
    const lineStart = line ? line.start : 0;
    const kind = ctx.lineKinds[index];
    // extractExperience skips these lines whatever they hold.
    const skipped = kind === 'benefits' || inPreferredPart(ctx, index);
    const headStart = Math.max(lineStart, at - 30);
    // "an" (French "year") counts only right after a figure: "3 an", not "an engineer".
    const bareAn =
      unitLength === 2 &&
      (u[0].charCodeAt(1) | 0x20) === 0x61 &&
      !FIGURE_BEFORE_AN.test(text.slice(Math.max(headStart, at - 3), at));
    if (!skipped && !bareAn && NUM_BEFORE.test(text.slice(headStart, at))) out.push(index);
    else if (!skipped) continue;
    // One line is enough.
    if (line) UNIT_AFTER_FIGURE.lastIndex = Math.max(at + unitLength, lineStart + line.text.length);
  }
  const adjectives = text.includes('jährig') ? withLinesOf(ctx, out, YEARS_ADJECTIVE) : out;
  const arabic = hasArabic(ctx.text) ? withLinesOf(ctx, adjectives, ARABIC_WORD_YEARS) : adjectives;
  return text.includes('miaka') ? withLinesOf(ctx, arabic, SWAHILI_YEARS) : arabic;
}

// The lines where a global regex matches, added in text order: years as an adjective
// ("dreijährige Berufserfahrung"), Arabic years in words ("خبرة سنتين"), Swahili years after
// their unit ("uzoefu wa miaka 3").
function withLinesOf(ctx: ExtractContext, out: number[], re: RegExp): number[] {
  const found = new Set(out);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.folded)) !== null) {
    const index = lineIndexAt(ctx.lines, m.index);
    if (ctx.lineKinds[index] !== 'benefits' && !inPreferredPart(ctx, index)) found.add(index);
  }
  return found.size === out.length ? out : [...found].sort((a, b) => a - b);
}

// "Level II: 2+ years ...", "Engineer III: 5+ years ...", "Senior: 5 years": one requirement
// line per level the posting is open at.
const LEVEL_LINE =
  /^(?:[-•*·]\s?)?(?:(?:[Ll]evel|LEVEL|[Tt]ier|[Gg]rade|[Bb]and|[Nn]iveau|[Nn]ivel|[Ss]tufe)\s?(?:[IVX]{1,4}|\d{1,2})|(?:[A-Z][\w&/-]*\s){1,4}(?:I{1,3}|IV|V)|[Jj]unior|[Ss]enior|[Ii]ntermediate|[Mm]id[- ][Ll]evel)\s?[:–—]\s/;

/**
 * Level lines are alternatives (the smallest level's figure qualifies, as with Option 1/2) and
 * become requirement paths; a single level line is an ordinary requirement.
 */
function addLevels(levels: Mention[][], required: Mention[], paths: RequirementPath[]): void {
  if (levels.length === 1) {
    for (const m of levels[0] ?? []) required.push(m);
    return;
  }
  let easiest: Mention | null = null;
  for (const l of levels) {
    const m = maxMention(l);
    paths.push({ degree: null, years: m.years, spans: [{ start: m.start, end: m.end }] });
    if (!easiest || m.years < easiest.years) easiest = m;
  }
  if (easiest) required.push(easiest);
}

// An item that ends on its "or" offers the next item as the other way in: "- PhD … with 0-2 years
// of industry experience; OR" over "- MS … with 4+ years …; OR" over "- BS … with 6+ years".
// Not a list wrapped after its comma: "- 5+ years with Python, Java, or" over "- 2+ years with Scala".
const OR_AT_END = /(?:;\s*|(?<![,;])\s)or:?\s*$/i;

/** Runs of adjacent list items joined by a trailing "or", each run of two items or more. */
function orChains(ctx: ExtractContext, end: number): number[][] {
  const chains: number[][] = [];
  let chain: number[] = [];
  for (let i = 0; i < end; i++) {
    const line = ctx.lines[i];
    const item = line?.kind === 'list-item';
    const endsInOr = item && OR_AT_END.test(line.text);
    // An item right after a run's last "or" item is the run's last alternative.
    const linked = item && chain[chain.length - 1] === i - 1;
    if (!endsInOr && !linked) {
      chain = [];
      continue;
    }
    if (!linked) chain = [];
    chain.push(i);
    if (!endsInOr) {
      if (chain.length > 1) chains.push(chain);
      chain = [];
    }
  }
  return chains;
}

/**
 * Keeps, of a run of alternative items, only the easiest one's years (the one whose largest
 * figure is smallest), as for alternatives within a line; an item that asks a degree and no
 * years ("- Master's degree in Nursing; or") makes the run ask none.
 */
function easiestOfChain(
  ctx: ExtractContext,
  chain: number[],
  byLine: Map<number, Mention[]>,
  required: Mention[],
): void {
  let easiest: Mention | null = null;
  let none = false;
  for (const i of chain) {
    const found = byLine.get(i);
    if (found) {
      const m = maxMention(found);
      if (!easiest || m.years < easiest.years) easiest = m;
    } else {
      const text = ctx.lines[i]?.text ?? '';
      if (!hasYears(text) && degreeLevelsIn(text).length > 0) none = true;
    }
  }
  if (!easiest) return;
  const dropped = new Set(chain.flatMap((i) => byLine.get(i) ?? []));
  const kept = required.filter((m) => !dropped.has(m));
  if (!none) kept.push(easiest);
  required.splice(0, required.length, ...kept);
}

function maxMention(list: Mention[]): Mention {
  return list.reduce((a, b) => (b.years > a.years ? b : a));
}

function splitAlternatives(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  OR_SPLIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OR_SPLIT.exec(text)) !== null) {
    out.push({ text: text.slice(from, m.index), offset: from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), offset: from });
  return out;
}

/** Experience figures in a piece of text, offsets relative to it plus `shift`. */
function isProse(line: Line): boolean {
  return line.kind === 'line' || line.kind === 'paragraph';
}

export function findMentions(text: string, shift = 0, labelled = false, lead = ''): Mention[] {
  const out: Mention[] = [];
  // A line that opens a bracket finishes the item above: "(minimum 3 years)" reads with it (the
  // caller passes a lead to a bracket only when it is YEARS_BRACKET).
  const bracketLead = lead !== '' && text.charCodeAt(0) === 0x28;
  // Unit words first (few per posting), then the figure right before them.
  UNIT.lastIndex = 0;
  let u: RegExpExecArray | null;
  while ((u = UNIT.exec(text)) !== null) {
    const unit = u[0].toLowerCase();
    const head = text.slice(Math.max(0, u.index - 30), u.index);
    if (unit === 'an' && !FIGURE_BEFORE_AN.test(head)) continue;
    const m = NUM_BEFORE.exec(head);
    if (!m) continue;
    const raw = (m[1] ?? '').toLowerCase();
    let years = NUMBER_WORDS[raw] ?? Number(raw.replace(',', '.'));
    if (!Number.isFinite(years)) continue;
    // Of the units, only the months start with "m" (109), but for Lithuanian "metų" (years).
    if (unit.charCodeAt(0) === 109 && !unit.startsWith('met')) {
      years = Math.round((years / 12) * 10) / 10;
    }
    // "0-2 years": no experience is enough (PARSING-RULES: a range keeps its lower bound); a
    // lone "0 years" states nothing.
    if (years < 0 || years > 40 || (years === 0 && !ZERO_RANGE.test(m[0]))) continue;
    const start = u.index - head.length + m.index;
    const end = u.index + u[0].length;
    const after = text.slice(end, end + 90);
    const before = text.slice(Math.max(0, start - 40), start);
    if (NOT_EXPERIENCE_AFTER.test(after) || NOT_EXPERIENCE_BEFORE.test(before)) continue;
    // "empresa andaluza con más de 40 años de experiencia": the firm's own years, a decade or
    // more (not "una empresa con 3 años de experiencia en …" asked of a candidate's employer).
    if (years >= 10 && FIRM_WITH_YEARS.test(before)) continue;
    if (OTHER_ROLE_AFTER.test(text.slice(end, end + 160))) continue;
    if (unit === 'let' && !AFTER_LET.test(after)) continue;
    // Asian units name ages, contracts, tenure and a company's history as often: only right
    // under their label ("Pengalaman: minimal 1 tahun", "経験 3年以上", "경력 3년 이상") or right
    // before the word ("ít nhất 1 năm kinh nghiệm"), and not as a maximum ("경력 2년 이하").
    if (ASIAN_UNIT.test(unit)) {
      const labelled = ASIAN_LABEL_BEFORE.test(before);
      const word = ASIAN_WORD_AFTER.test(after) && !ASIAN_HISTORY_BEFORE.test(before);
      if ((!labelled && !word) || ASIAN_MAXIMUM_AFTER.test(after)) continue;
    }
    if (years >= 14 && years <= 30 && AGE_BEFORE.test(before)) continue;
    if (LICENCE_HELD_BEFORE.test(before)) continue;
    const sentence = `${lead} ${text.slice(Math.max(0, start - 160), start)}`;
    // The company's own history, unless a person is the subject: "The ideal candidate is a
    // school teacher with over 5 years". The sentence is only read after "over" or "with".
    const over = OVER_BEFORE.test(before);
    if (over || WITH_BEFORE.test(sentence.slice(-6))) {
      const subject = sentence.slice(sentence.lastIndexOf('. ') + 1);
      if (!PERSON_SUBJECT.test(subject)) {
        if (over && COMPANY_SUBJECT.test(subject) && !HIRING_TURN.test(subject)) continue;
        if (COMPANY_WITH.test(subject)) continue;
      }
    }
    if (UPPER_BOUND_BEFORE.test(before)) continue;
    if (
      !labelled &&
      !EXPERIENCE_CONTEXT.test(after) &&
      !LEADS_ITEM.test(text.slice(0, start)) &&
      !(
        PERSON_HAS.test(text.slice(Math.max(0, start - 60), start)) && !DEADLINE_AFTER.test(after)
      ) &&
      !WORD_BEFORE.test(text.slice(Math.max(0, start - 90), start)) &&
      !inParenthesisAfterWord(
        bracketLead ? `${lead} ${text}` : text,
        bracketLead ? start + lead.length + 1 : start,
      ) &&
      !EXP_RIGHT_AFTER.test(after) &&
      !(text.slice(start, end).includes('+') && WORK_RIGHT_AFTER.test(after)) &&
      !joinsPrevious(out, text, start, end, shift)
    ) {
      continue;
    }
    out.push({ years, start: start + shift, end: end + shift });
  }
  if (text.includes('jährig')) addYearsAdjectives(text, shift, out);
  if (ARABIC_LETTER.test(text)) addArabicWordYears(text, shift, out);
  if (text.includes('miaka')) addSwahiliYears(text, shift, out);
  return out;
}

// Swahili names the unit before the figure: "Uzoefu wa angalau miaka 3", "uzoefu wa kazi
// usiopungua miaka miwili" (not an age, "Umri kati ya miaka 30 na 50").
const SWAHILI_YEARS =
  /\buzoefu\b[^.;\n]{0,40}?\b(?:miaka|mwaka) (\d{1,2}|mmoja|miwili|mitatu|minne|mitano|sita|saba|minane|tisa|kumi(?! na))\b/gi;
// The company's own history ("Tumaini Logistics ni kampuni yenye uzoefu wa zaidi ya miaka 15"),
// an age ("umri usiozidi miaka 40") or an upper bound.
const SWAHILI_NOT_REQUIRED =
  /\b(?:ni kampuni|kampuni yenye|tuna uzoefu|umri|usiozidi|isiyozidi)\b/i;
const SWAHILI_NUMBERS: Record<string, number> = {
  mmoja: 1,
  miwili: 2,
  mitatu: 3,
  minne: 4,
  mitano: 5,
  sita: 6,
  saba: 7,
  minane: 8,
  tisa: 9,
  kumi: 10,
};

function addSwahiliYears(text: string, shift: number, out: Mention[]): void {
  for (const m of text.matchAll(SWAHILI_YEARS)) {
    if (SWAHILI_NOT_REQUIRED.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length))) {
      continue;
    }
    const word = (m[1] ?? '').toLowerCase();
    const years = SWAHILI_NUMBERS[word] ?? Number(word);
    const end = m.index + m[0].length;
    out.push({ years, start: end - (m[1] ?? '').length + shift, end: end + shift });
  }
}

// "3 years of Python and 5 years of Java": a figure joined by "and" or a comma to the one just
// before, which counted, asks years of its own in the same breath.
const JOINED_TO_PREVIOUS = /^[^.;:!?()]{0,40}(?:,|\band|&)\s$/i;

// "… and 5 years of Java": the same "years of" shape; not "5 years clean driving record", "12
// years of schooling" or "a 2 year commitment".
const SAME_SHAPE_AFTER =
  /^\s(?:of|in|with)\s(?!(?:schooling|school|education|study|studies|age|clean)\b)/i;

function joinsPrevious(
  out: Mention[],
  text: string,
  start: number,
  end: number,
  shift: number,
): boolean {
  const previous = out[out.length - 1];
  if (!previous) return false;
  const from = previous.end - shift;
  return (
    start - from <= 44 &&
    JOINED_TO_PREVIOUS.test(text.slice(from, start)) &&
    SAME_SHAPE_AFTER.test(text.slice(end, end + 30))
  );
}

// "mit einer mindestens dreijährigen einschlägigen Berufserfahrung", "3-jährige Erfahrung":
// German makes the years an adjective of the experience.
const YEARS_ADJECTIVE = new RegExp(
  String.raw`(?<![a-zA-Z\u00C0-\u024F\d])(\d{1,2}|ein|zwei|drei|vier|fünf|sechs|sieben|acht|zehn)-?jährige[nrs]?\s(?:[a-zäöüß]+\s){0,2}?[a-zA-ZäöüÄÖÜß]*(?:erfahrung|praxis)`,
  'gi',
);

function addYearsAdjectives(text: string, shift: number, out: Mention[]): void {
  YEARS_ADJECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEARS_ADJECTIVE.exec(text)) !== null) {
    const raw = (m[1] ?? '').toLowerCase();
    const years = NUMBER_WORDS[raw] ?? Number(raw);
    if (!Number.isFinite(years) || years <= 0 || years > 40) continue;
    out.push({ years, start: m.index + shift, end: m.index + m[0].length + shift });
  }
}

const ZERO_RANGE = /^0\s?(?:-|–|to|bis|à|a|y|إلى|الى)\s?\d/i;

// Arabic says one year and two years with no figure: "خبرة سنة على الأقل", "الخبرة: سنتين على
// الأقل", "خبرة لا تقل عن سنتين", "سنة إلى سنتين". Only with its word for experience just before
// (a contract's "عقد سنة" is no requirement), and not after a figure ("5 سنة").
const ARABIC_WORD_YEARS =
  /(?<![\u0621-\u064A])(?<!\d\s?)(سنتين|سنتان|عامين|عامان|سنة(?: واحدة)?|عام واحد)(?![\u0621-\u064A])/g;
const ARABIC_EXPERIENCE_BEFORE =
  /(?:خبرة|الخبرة|(?<!فترة (?:ال)?)تجربة)(?:[^.;:،\n\d]{0,25}|\s?:\s?)$/;

function addArabicWordYears(text: string, shift: number, out: Mention[]): void {
  ARABIC_WORD_YEARS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARABIC_WORD_YEARS.exec(text)) !== null) {
    if (!ARABIC_EXPERIENCE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const word = m[1] ?? '';
    const years = word.startsWith('سنة') || word.startsWith('عام ') ? 1 : 2;
    out.push({ years, start: m.index + shift, end: m.index + m[0].length + shift });
  }
}
// German / French / Spanish put the word before: "Berufserfahrung von 3 Jahren"; so do the others
// ("Experiência mínima de 3 anos", "doświadczenie w pracy … min. pół roku": the gap may end in an
// abbreviated "min."); English only as a field label: "Experience: 1–3 yrs in BFSI".
// "Post-registration experience across core rotations, including at least 12 months in MSK".
const WORD_BEFORE = new RegExp(
  String.raw`(?:berufserfahrung|erfahrung|expérience|experiencia|${OTHER_EXPERIENCE_WORDS})[^.;]{0,40}(?:\b(?:min|mind|ca)\.\s?)?$|\b(?:experience|exp\.?)\s?[:：]\s?(?:(?:at least|minimum(?: of)?|min\.?)\s)?$|\bexperience\b[^.;:]{0,60}\b(?:at least|a minimum of)\s$`,
  'i',
);
const EXP_RIGHT_AFTER = /^['’]?\s?(?:exp|experience)/i;
// "6+ years writing systems software": the work done in those years, right after a figure with
// its "+" ("For 35 years delivering quality plumbing" is the firm's history).
const WORK_RIGHT_AFTER =
  /^\s?(?:of\s)?(?:writing|leading|managing|selling|teaching|coding|programming|supporting|operating|delivering|shipping|maintaining|implementing|analy[sz]ing|testing|coaching|recruiting)\b/i;

// "- 6+ years in power systems", "✅ 5+ years in DevOps", "- have 3+ years of systems
// programming": a bullet that opens with the figure states the experience asked for, whatever
// field follows.
const LEADS_ITEM =
  /^\s*(?:[-•*·–▪▸►→✓✔☑✅]\uFE0F?)\s?(?:(?:you )?(?:have|bring|need)\s)?(?:(?:at least|minimum(?: of)?|min\.?)\s)?$/i;
// "You: 6+ years in SRE/infra", "You probably have 3+ years training models", "someone with 4+
// years in B2B sales": the candidate is the subject, the figure what they bring.
// Not a time given to the candidate or left to them: "… 2 years to complete the qualification",
// "2 years remaining on their work permit", "2 years left in their degree".
const DEADLINE_AFTER = /^\s?(?:to|in which|within|from|after|remaining|left|to go)\b/i;
const PERSON_HAS =
  /(?:\b(?<!thank )you|\b(?:a |the )?(?:candidates?|applicants?|someone|somebody))(?:['’]ve|\s(?:probably|likely|already|ideally|should|must|do|also))*(?:\s(?:have|has|bring|brings|possess|need|needs|got|with)|\s?[:—–-])\s?(?:(?:at least|a minimum of|minimum|min\.|roughly|around|about|over|more than|solid|proven)\s)*$/i;

// "1 an à moins de 2 ans", "less than 3 years": the second figure caps the range, it is not a
// requirement ("not less than 3 years" is one).
const UPPER_BOUND_BEFORE =
  /(?<!\b(?:not|no|pas|nicht)\s)\b(?:less than|fewer than|under|up to|moins de|jusqu'à|weniger als|bis zu|menos de|hasta)\s$/i;
// "Mehrjährige Erfahrung in der Projektleitung (mind. 3 Jahre)", "Erste Berufserfahrung (ca. 1
// Jahr) im Online-Marketing", "policy experience (typically 5+ years)": the figure in brackets
// quantifies the experience named before.
const PAREN_AFTER_WORD =
  /(?:experience(?!d)|erfahrung|expérience|experiencia)[^.;()]{0,80}\(\s?(?:(?:mind|min|ca|env|approx|aprox)\.\s?|(?:mindestens|min|minimum|circa|environ|at least|au moins|al menos|about|typically|usually|ideally|generally)\s)?$/i;

function inParenthesisAfterWord(text: string, start: number): boolean {
  return PAREN_AFTER_WORD.test(text.slice(Math.max(0, start - 120), start));
}

// Walmart-style "Option 1: Bachelor's ... and 5 years' experience" alternatives.
function readOptions(ctx: ExtractContext): RequirementPath[] {
  const text = ctx.folded;
  // Most postings have no options: a plain search is far cheaper than OPTION's `\b` scan.
  if (!text.includes('Option')) return [];
  const starts: { n: number; at: number; bodyAt: number }[] = [];
  OPTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPTION.exec(text)) !== null) {
    starts.push({ n: Number(m[1]), at: m.index, bodyAt: m.index + m[0].length });
  }
  if (starts.length < 2) return [];
  const paths: RequirementPath[] = [];
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    let end = next ? next.at : s.bodyAt + 400;
    const slice = text.slice(s.bodyAt, Math.min(end, text.length));
    // The option ends at its line end, or where a glued sentence starts ("fieldOutlined below").
    const stop = slice.search(/\n|(?<=[a-z\u00DF-\u00FF])(?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF])/);
    if (stop >= 0) end = s.bodyAt + stop;
    const body = text.slice(s.bodyAt, Math.min(end, text.length));
    const mentions = findMentions(body);
    const levels = degreeLevelsIn(body);
    const degree: DegreeLevel | null = levels[0] ?? null;
    const years = mentions.length > 0 ? Math.max(...mentions.map((x) => x.years)) : null;
    paths.push({ degree, years, spans: [{ start: s.at, end: s.bodyAt + body.length }] });
  });
  return paths;
}
