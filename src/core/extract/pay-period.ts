/**
 * Pay-period words in English, German, French and Spanish (and Portuguese's, Dutch's, Italian's,
 * Polish's, the Nordic languages', Czech, Slovak, Hungarian, Romanian, Greek and Finnish common
 * ones): right after an amount
 * ("/year", "per hour", "brutto/Jahr", "par mois", "al año") or before it ("hourly rate",
 * "Stundenlohn", "salaire annuel", "salario mensual").
 */
import type { PayPeriod } from '../model/posting';
import { isSpace } from '../text/char-codes';

// Sticky: run at the amount's end (a match is at most 30 characters long); optional "gross",
// "net" or their Spanish forms ("líquidos", "nominales") and a joiner ("/", "per", "a").
const AFTER = new RegExp(
  String.raw`\s{0,2}(?:\(?\s?(?:gross|brutto|brutos?|brutas?|bruts?|brutes?|base|before tax|pre-tax|net|nets?|nettes?|netto|netos?|netas?|l[ií]quid[oa]s?|nominal(?:es)?|lord[oaie]|hrub(?:ého|ých|ý|á|é|ej|a)|bruttó|nettó|μικτ[άέή]ς?|καθαρ[άέή]ς?)\s?)?` +
    // a contractor's rate before the sales tax it adds: "19 000 – 25 000 net + VAT / month",
    // India's allowances on top ("Rs. 25,000/- + HRA per month") and a short note in brackets:
    // "18 000 – 24 000 PLN + VAT (B2B) miesięcznie", "1,40,000 (IDA pay scale) per month",
    // "zł22K – zł28K net + VAT, monthly"
    String.raw`(?:\(?\+\s?(?:vat|mwst\.?|ust\.?|tva|iva|hra|da)\)?,?\s?)?(?:\([a-zA-Z][a-zA-Z0-9 \/-]{0,14}\)\s?)?` +
    // a whole day's rate after the joiner: "$410.55 per full day", "£250 per working day" (not
    // "25 working days of holidays", a count); "full" or "whole" without it: "$375 full day"
    String.raw`(?:(?:\/|每|ต่อ|per |an? |each |pro |par |por |al |el |im |in der |die |den |a la |l'|de l'|la |all['’]|za |na |i |om |pe |ανά |το |kada |sa isang |pr\.\s?|p\.?\s?|в |за |на |في ال|بال|لل)\s?(?:(?:full|whole|working|work)\s(?=day)|(?:contact|teaching|lecture|billable)\s(?=hour))?|(?:full|whole)\s(?=day(?![a-z])(?!\s+[a-zA-Z])))?` +
    // a day's length before the day: "$480 / 12-hr day", "per 10-hour shift"
    String.raw`(?:\d{1,2}[- ]?(?:hrs?|hours?)\s(?=day|shift))?` +
    String.raw`(hours?|hrs?|h|hourly|years?|yrs?|annum|annually|yearly|annual|a\.|p\.?a\.?|pa|months?|mo|mth|monthly|weeks?|wk|weekly|days?|daily|shift|` +
    String.raw`jahr|jährlich|monat|monatlich|mtl\.?|stunde|std\.?|woche|wöchentlich|tag|täglich|` +
    String.raw`an|année|annuel(?:le)?s?|mois|mensuel(?:le)?s?|heure|hebdomadaire|semaine|journali(?:er|ère)|journée|jour|` +
    String.raw`año|anual(?:es)?|mes|mensual(?:es)?|hora|semanal(?:es)?|semana|diari[oa]s?|día|dia|jornal|mês|mensa(?:l|is)|ano|anuais|(?<=por )jornada(?![a-zA-Z\u00C0-\u024F]|\s(?:completa|parcial|intensiva|continua|partida|reducida|laboral|de))|` +
    String.raw`år|mån|mies\.?|tim|man-?days?|md|in[- ]hand|` +
    // Dutch, Italian, Polish and the Nordic languages: "bruto per uur", "lordi/ora", "al mese",
    // "zł brutto / godz.", "za godzinę", "kr i timen", "per år", "om måneden".
    String.raw`uur|orari[ae]?|ora|godz\.?|godzin[eęy]|timen|timme[n]?|maand|mnd|mese|mensil[ei]|miesiąc|miesięcznie|måned(?:en)?|månad(?:en)?|jaar|anno|annu[oaie]|annual[ei]|rok|rocznie|settimana(?:l[ei])?|giornalier[oaie]|wekelijks|maandelijks|jaarlijks|tygodniowo|tydzień|uke|vecka|uge|dag|giorno|dzień|dziennie|` +
    // Czech, Slovak, Hungarian, Romanian, Greek, Finnish and the Baltic languages: "Kč za hodinu",
    // "Kč/hod.", "EUR/mesiac", "Ft/hó", "Ft/óra", "RON net/lună", "€ / μήνα", "€/kk",
    // "EUR/stundā", "Eur/mėn.", "€ kuus".
    String.raw`klst\.?|hodinu|hod\.?|měsíc|měsíčně|mesiac|mesačne|ročně|ročne|óra|hó|hónap|havonta|év|évente|oră|lună|luna|lunar|zi|μήνα|μηνιαίως|ώρα|έτος|ετησίως|kk|kuukausi|kuukaudessa|vuosi|vuodessa|tunti|tunnissa|stundā|stundu|mēnesī|mēn\.?|dienā|nedēļā|gadā|valandą|valandai|val\.|mėnesį|mėn\.?|dieną|savaitę|metus|tunnis|kuus|päevas|nädalas|aastas|tháng|năm|giờ|ngày|tuần|` +
    // Indonesian and Malay, Filipino: "Rp 50.000/jam", "IDR 25 juta / bulan", "₱18,000 kada buwan".
    String.raw`bulan|tahun|jam|hari|minggu|buwan|taon|oras|araw|` +
    // Russian and Ukrainian after their "в", "за", "на" or a slash: "₽ за месяц", "руб./мес.",
    // "грн на місяць", "₸ в неделю", "за смену" (a shift's pay, by the day); Arabic with its
    // joined "في ال", "بال", "لل" ("جنيه في الساعة", "ريال للساعة") or as an adverb ("شهرياً").
    String.raw`месяц|мес\.?|місяць|міс\.?|час|ч\.|годину|смену|смена|день|сутки|неделю|тиждень|год|рік|ежемесячно|щомісяця|` +
    String.raw`شهري|سنوي|يومي|أسبوعي|اسبوعي|شهر|سنة|عام|ساعة|يوم|أسبوع|اسبوع|` +
    // Chinese, Japanese, Korean and Thai after a slash or their "per": "HK$18,000 /月", "每小時",
    // "25,000 บาท ต่อเดือน" (not "12月", a date); the unit alone, not a word it starts ("/ 日払いOK"
    // paid daily, "/ 年間休日", "每周结算" settled weekly) nor a schedule ("/ 주 5일", "/ 월~금").
    String.raw`(?<=(?:\/|每|ต่อ)\s?)(?:小時|小时|時間|时|時|月|年|日|天|週|周|시간|월|년|일|주|ชั่วโมง|เดือน|วัน|ปี|สัปดาห์)(?=\s*(?:$|[)）(（,，。、;；|｜/]|\s(?![\d~〜～]))))(?![a-zA-Z\u00C0-\u024F])`,
  'iy',
);

// China's "15-25K·13薪": a month's pay, paid 13 times a year.
const MONTHS_TIMES =
  /\s{0,2}\(?[x×]\s?1[2-5](?: months| monthly salaries| salaries| Monatsgehälter| mois| pagas| meses| mensualidades)?\b\)?|\s{0,2}[·・]\s?1[2-8]\s?薪/iy;
// "1.100€ e 1.300€ brutos (x14 meses)": gross, then the times a year.
const GROSS_THEN_TIMES =
  /\s{0,2}(?:gross|brutto|brutos?|brutas?|bruts?|brutes?|lord[oi])\s?(?=\(?[x×]\s?1[2-5])/iy;

const DASH_CLOSE = /\s{0,2}\/[-=]/y;

const SHORTHAND =
  /\s{0,2}(ph|p\/h|phr|pcm|p\/m|pm|p\.\s?m\.|pw|p\/w|p\.w\.|pd|p\/d)(?![a-zA-Z\u00C0-\u024F])/iy;

// The unit words AFTER captures, lower-cased: exact lookups instead of a regex per word. Indian
// ads quote take-home pay by the month: "18K in-hand".
const ADVERB = new Set(
  'ежемесячно щомісяця شهري سنوي يومي أسبوعي اسبوعي hourly yearly annually annual monthly weekly daily pa p.a pa. p.a. jährlich monatlich mtl mtl. wöchentlich täglich annuel annuelle annuels annuelles mensuel mensuelle mensuels mensuelles hebdomadaire journalier journalière anual anuales mensual mensuales semanal semanales diario diaria diarios diarias mensal mensais anuais in-hand mensile mensili miesięcznie rocznie annuo annua annui annue annuale annuali dziennie orari oraria orarie settimanale settimanali giornaliero giornaliera giornalieri giornaliere wekelijks maandelijks jaarlijks tygodniowo měsíčně mesačne ročně ročne havonta évente μηνιαίως ετησίως kuukaudessa vuodessa'.split(
    ' ',
  ),
);

const SINGULAR_UNIT = new Set(
  'hour hora heure stunde day día dia jour tag week semana semaine woche month mes mês mois monat year año ano jahr uur ora maand mese jaar anno dag giorno'.split(
    ' ',
  ),
);
const CURRENCY_SIGN = /[€$£¥₹]\s?$/;

// Units not listed here are a year.
const WORD_PERIOD = new Map<string, PayPeriod>();
const PERIOD_WORDS: [PayPeriod, string][] = [
  [
    'hour',
    'час ч. годину ساعة hour hours hr hrs h hourly stunde std std. heure hora tim uur ora orari oraria orarie godz godz. godzinę godzine godziny timen timme timmen tunti tunnissa klst klst. hodinu hod hod. óra oră ώρα stundā stundu valandą valandai val. tunnis giờ jam oras 小時 小时 時間 时 時 시간 ชั่วโมง',
  ],
  [
    'day',
    'смену смена день сутки يومي يوم day days daily tag täglich jour journée journalier journalière día dia diario diaria diarios diarias jornal jornada shift man-day man-days manday mandays md dag giorno giornaliero giornaliera giornalieri giornaliere dzień dziennie zi dienā dieną päevas hari araw ngày 日 天 일 วัน',
  ],
  [
    'week',
    'неделю тиждень أسبوعي اسبوعي أسبوع اسبوع week weeks wk weekly woche wöchentlich semaine hebdomadaire semana semanal semanales settimana settimanale settimanali wekelijks tydzień tygodniowo uke vecka uge nedēļā savaitę nädalas minggu tuần 週 周 주 สัปดาห์',
  ],
  [
    'month',
    'месяц мес мес. місяць міс міс. ежемесячно щомісяця شهري شهر month months mo mth monthly in-hand monat monatlich mtl mtl. mois mensuel mensuelle mensuels mensuelles mes mensual mensuales mês mensal mensais mån mies mies. maand mnd mese mensile mensili maandelijks miesiąc miesięcznie måned måneden månad månaden měsíc měsíčně mesiac mesačne hó hónap havonta lună luna lunar μήνα μηνιαίως kk kuukausi kuukaudessa mēnesī mēn mēn. mėnesį mėn mėn. kuus tháng bulan buwan 月 월 เดือน',
  ],
];
for (const [period, words] of PERIOD_WORDS) {
  for (const word of words.split(' ')) WORD_PERIOD.set(word, period);
}

// First letters of everything AFTER, SHORTHAND and MONTHS_TIMES can start with (either case:
// all are `i`).
const PERIOD_START = new Uint8Array(128);
for (const c of '(/+abdefghijklmnoprstuvwxyzABDEFGHIJKLMNOPRSTUVWXYZ')
  PERIOD_START[c.charCodeAt(0)] = 1;

// Most amounts are followed by " - ", ",", ")" or the line end: a look at the first character
// after at most three spaces (two, plus one before "gross") rules both regexes out without
// running them.
function mayStartPeriod(c: number): boolean {
  // å and Å start "år" and "mån", ó "óra", é "év"; × starts "× 13"; Greek letters "μήνα",
  // Cyrillic "за месяц", Arabic "شهرياً".
  return c < 128
    ? PERIOD_START[c] === 1
    : (c >= 0x400 && c < 0x500) ||
        (c >= 0x621 && c < 0x64b) ||
        c === 0xe5 ||
        c === 0xc5 ||
        c === 0xd7 ||
        c === 0xf3 ||
        c === 0xe9 ||
        c === 0xb7 ||
        c === 0x30fb ||
        (c >= 0x370 && c < 0x400) ||
        // "每" (per) before a Chinese unit, "ต" of Thai "ต่อ" (per).
        c === 0x6bcf ||
        c === 0x0e15;
}

// Whether text[0, end) holds anything but whitespace (a joiner or "gross" before the unit).
function hasNonSpace(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

// The character after up to three spaces from `from` (NaN at the line end).
function firstAfterSpaces(line: string, from: number): number {
  let i = from;
  while (i < from + 3 && isSpace(line.charCodeAt(i))) i++;
  return line.charCodeAt(i);
}

function execAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}

// "₹ 4,50,000/- (Rupees Four Lakh Fifty Thousand only) per annum": the amount in words, between
// the amount and its period, as an offer letter writes it ("… only"); not a note in figures.
const IN_WORDS =
  /\s{0,3}(?:\/-\s?)?\((?:rupees|rs\.?|inr|dollars|pesos|euros|pounds)\b[^()\d]{0,80}\bonly\)/iy;

/** Period written right after an amount, with where it ends; null when none. */
const HU_FROM = /^\s?-t[óő]l(?![a-zA-Z\u00C0-\u024F])/;

export function readPeriodAfter(
  line: string,
  from: number,
): { period: PayPeriod; end: number } | null {
  const first = firstAfterSpaces(line, from);
  // Hungarian "1 100 000 Ft-tól / hó": "from" is a suffix of the currency; the period follows.
  if (first === 0x2d && HU_FROM.test(line.slice(from, from + 6))) {
    return readPeriodAfter(line, from + line.slice(from).indexOf('-') + 4);
  }
  if (!mayStartPeriod(first)) return null;
  const words = first === 0x28 || first === 0x2f ? execAt(IN_WORDS, line, from) : null;
  if (words) return readPeriodAfter(line, from + words[0].length);
  // "Rs. 56,000/- p.m.": an Indian amount's "/-" closes it; the period comes after.
  const close = first === 0x2f ? execAt(DASH_CLOSE, line, from) : null;
  if (close) {
    const period = readPeriodAfter(line, from + close[0].length);
    if (period) return period;
  }
  // UK and South African shorthand: "£12.50 ph", "£1,200 pcm", "£450 pd", "R9,500 p/m".
  const short = first === 0x70 || first === 0x50 ? execAt(SHORTHAND, line, from) : null;
  // "R7 500 pm" is a month's pay, "5 pm" a time: "pm" only after a figure of three digits or more.
  // Indian and Kenyan ads write it "p.m.": "Rs. 56,000/- p.m.".
  const unit = short?.[1]?.toLowerCase().replace(/[.\s]/g, '');
  const clock = unit === 'pm' && !/\d{3}(?:\/-)?$/.test(line.slice(Math.max(0, from - 5), from));
  if (short && unit && !clock) {
    const period: PayPeriod =
      unit === 'pcm' || unit === 'p/m' || unit === 'pm'
        ? 'month'
        : unit === 'pw' || unit === 'p/w'
          ? 'week'
          : unit === 'pd' || unit === 'p/d'
            ? 'day'
            : 'hour';
    return { period, end: from + short[0].length };
  }
  // "HK$35,000 - 50,000 x 13 months": a month's pay, paid 13 times a year; "(x14 meses)" too.
  const gross =
    first === 0x67 || first === 0x62 || first === 0x6c || first === 0x47 || first === 0x42
      ? execAt(GROSS_THEN_TIMES, line, from)
      : null;
  const at = gross ? from + gross[0].length : from;
  const c = gross ? line.charCodeAt(at) : first;
  const times =
    c === 0x78 || c === 0x58 || c === 0xd7 || c === 0x28 || c === 0xb7 || c === 0x30fb
      ? execAt(MONTHS_TIMES, line, at)
      : null;
  if (times) return { period: 'month', end: at + times[0].length };
  const m = execAt(AFTER, line, from);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase().replace(' ', '-');
  // "25 days paid holiday", "2 years": a bare unit word after a number is a count, not a rate;
  // only adverbs ("hourly", "p.a.") or a joiner ("/", "per", "a", "pro") make it a period.
  // After a currency sign the bare unit is a rate: "Se paga 130€ día".
  if (
    !ADVERB.has(word) &&
    !hasNonSpace(m[0], m[0].length - m[1].length) &&
    !(SINGULAR_UNIT.has(word) && CURRENCY_SIGN.test(line.slice(Math.max(0, from - 2), from)))
  ) {
    return null;
  }
  // "p.a." / "P.A.": the joiner "p." took the "p", and the unit is the "a.".
  if (word === 'a.' && /p\.?\s?a\.$/i.test(m[0])) {
    return { period: 'year', end: from + m[0].length };
  }
  // "a." alone is "a" + sentence end, "an" alone in English is an article: only after a joiner.
  if (
    (word === 'a.' || word === 'an' || word === 'h' || word === 'pa') &&
    !/[/]|par |pro /i.test(m[0])
  ) {
    if (!(word === 'h' && /^\s?\/\s?h/.test(line.slice(from)))) return null;
  }
  // "в год" is Russian for a year, "грн/год" Ukrainian for an hour: "год" only after "в" or "за".
  if (word === 'год' && !/^\s{0,2}(?:в|за) /i.test(m[0])) return null;
  return { period: WORD_PERIOD.get(word) ?? 'year', end: from + m[0].length };
}

// One regex, one group per period (in this order), so that the words before an amount are
// scanned once rather than once per period. A German apprentice's pay ("Ausbildungsvergütung",
// Austrian "Lehrlingsentschädigung") is paid by the month.
const BEFORE_PERIODS: PayPeriod[] = ['hour', 'day', 'week', 'month', 'year'];
// "Vergütung (brutto/Monat):", "Salaire (brut/mois) :": gross, a slash and the unit.
const GROSS_PER = String.raw`(?:brutto|gross|brut|bruto)\s?\/\s?`;
const BEFORE = new RegExp(
  String.raw`\b(?:(hourly|${GROSS_PER}(?:stunde|hour|heure|hora)|per hour|an hour|stundenlohn|stundensatz|stundenvergütung|pro stunde|taux horaire|salaire horaire|horaire de(?=\s*$)|tarif horaire|rémunération horaire|de l'heure|par heure|salario por hora|por hora|pay rate per hour|valor (?:de la )?hora(?: c[áa]tedra)?|hora c[áa]tedra|valor\/hora|uurloon|per uur|paga oraria|retribuzione oraria|all['’]ora|stawk[ai] godzinow[aą]|za godzinę|timelønn?|timlön|timløn|satnic[aeu]|tunnitasu|tuntipalk[a-zäö]*|órabér|saatlik|pe oră|stundas likme|valandinis)` +
    String.raw`|(day rate|daily rate|daily fees?(?: rate)?|per day|man[- ]day rate|tagessatz|taux journalier|honoraires? journaliers?|rémunération journalière|tarif journalier|tjm|por día|md sazba|sazba za md|denní sazba|stawka dzienna|dzienna stawka|dagtarief|tariffa giornaliera)` +
    String.raw`|(weekly|per week|wochenlohn|par semaine|semanal|weekloon)` +
    String.raw`|(monthly|${GROSS_PER}(?:monat|month|mois|mes)|per month|monatsgehalt|monatlich(?:e[nrs]?)?|pro monat|ausbildungsvergütung|lehrlingsentschädigung|mensuel(?:le)?|par mois|salaire mensuel|mensual|al mes|por mes|por mês|maandloon|brutomaandloon|brutomaandsalaris|maandsalaris|per maand|maandelijks|mensile|al mese|miesięcznie|månedslønn?|månadslön|mese[čc]n[oa]|mje[sš]e[čc]n[oa]|aylık|havi|havonta|pe lună|kuus|kuukausipalk[a-zäö]*|mēnesī|per mėnesį)` +
    String.raw`|(annual|${GROSS_PER}(?:jahr|year|an|año)|annually|yearly|per year|a year|per annum|jahresgehalt|jahresbrutto|bruttojahresgehalt|jährlich(?:e[nrs]?)?|pro jahr|annuel(?:le)?|par an|brut annuel|anual|al año|por año|ral|jaarsalaris|per jaar|all['’]anno|rocznie|årslønn?|årslön|per år|vuosipalk[a-zäö]*))\b` +
    // Japanese, Chinese and Korean pay words, after the others so that a group's number less
    // five is its period ("時給" hourly, "月薪" monthly, "연봉" yearly); no \b beside them.
    // Cyrillic and Greek ones too ("на місяць", "месечно", "Ωρομίσθιο"), \b-less as well.
    '|(時給|时薪|時薪|시급|ωρομίσθι|погодинн|на годину|за годину|на час|в час|за час|بالساعة|في الساعة|للساعة)|(日給|日当|日薪|일급|за смену|в день|за день|يومي|في اليوم|باليوم)|(週給|周薪|주급|в неделю|за неделю|на тиждень|за тиждень|أسبوعي|اسبوعي|في الأسبوع|بالأسبوع)|(月給|月収|月額|月薪|월급|на місяць|в місяць|за місяць|щомісяч|місячн|месечн|в месяц|на месяц|за месяц|в мес\\.|ежемесячн|μηνιαί|το μήνα|ανά μήνα|شهري|في الشهر|بالشهر)|(年収|年俸|年薪|연봉|на рік|за рік|річн|в год|за год|годишн|ετήσι|سنوي|في السنة|بالسنة)',
  'gi',
);

/** Period named in the words before an amount ("hourly rate", "salaire annuel"), or null. */
export function readPeriodBefore(text: string): PayPeriod | null {
  // The period whose first mention comes last wins: "annual bonus ... hourly rate: $20".
  // No word of one period starts a word of another, so at most one period matches at an
  // offset, and stepping one character past each hit ("par an hour") sees every offset.
  let best: PayPeriod | null = null;
  let seen = 0;
  BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BEFORE.exec(text)) !== null) {
    let group = 1;
    while (m[group] === undefined) group++;
    const index = (group - 1) % BEFORE_PERIODS.length;
    if ((seen & (1 << index)) === 0) {
      seen |= 1 << index;
      best = BEFORE_PERIODS[index] ?? null;
    }
    BEFORE.lastIndex = m.index + 1;
  }
  return best;
}

// German pay words are compounds with the period inside ("Monatslohn", "Bruttojahresgehalt",
// "Monatsbruttobezug", Swiss "Jahressalär"). Singular only: "13 Monatslöhne" counts salaries,
// and "13. Monatsgehalt" (a 13th salary) is no period either. The pay stem is written in lower
// case inside the word, so a case-sensitive stem test skips most texts before the regex runs.
const DE_PAY_STEM = /lohn|gehalt|salär|bezug|entgelt|verdienst|einkommen|vergütung/;
const DE_COMPOUND =
  /(?<!\d\.\s?)\b(?:brutto|netto)?(stunden|tages|wochen|monats|jahres)(?:brutto|netto)?(?:lohn|gehalt|salär|bezug|entgelt|verdienst|einkommen|vergütung)\b/gi;
const DE_STEM_PERIOD: Record<string, PayPeriod> = {
  stunden: 'hour',
  tages: 'day',
  wochen: 'week',
  monats: 'month',
  jahres: 'year',
};

/** Period of the last German compound pay word ("Monatslohn CHF") in the text, or null. */
export function readCompoundPeriod(text: string): PayPeriod | null {
  if (!DE_PAY_STEM.test(text)) return null;
  let period: PayPeriod | null = null;
  DE_COMPOUND.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DE_COMPOUND.exec(text)) !== null) {
    period = DE_STEM_PERIOD[m[1]?.toLowerCase() ?? ''] ?? period;
  }
  return period;
}
