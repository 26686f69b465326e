/**
 * Words around an amount that make it base pay, or rule it out (bonus, OTE, 401(k), stipend,
 * funding...). Kept apart from the band logic so the vocabulary can grow without touching it.
 */
import { alternativesOf, byFirstLetter } from './regex-alternatives';
import { isDigit, isLetter } from '../text/char-codes';

// Only ever tested or searched (where, not which word), so the alternatives may be regrouped.
// Chat and social posts mark the pay line with a money emoji ("💰 $U 28.000 nominales"); Chile
// says "renta", Uruguay "nominales" (gross); an Austrian apprentice is paid a
// "Lehrlingsentschädigung" (not an "Aufwandsentschädigung", an allowance), a German one an
// "Ausbildungsvergütung", a Swiss one a "(Fix)salär"; Italian, Polish, Dutch, Czech, Finnish,
// Hungarian and Romanian name pay "retribuzione" (or "compenso"),
// "wynagrodzenie", "salaris", "mzda", "palkka", "bér", "salariu", Portuguese "vencimento", Indonesian and Malay "gaji", Filipino "sahod",
// Vietnamese "lương"; a Nordic post "lønnes" (is paid) "i lønnsspennet" (in the pay range), its
// words with their article as one word; Dutch compounds ("brutomaandloon") are read inside a word,
// like German ones.
// The words are grouped by first letter and spelled in both cases instead of the `i` flag (see
// caseless): V8 scans each line a third faster.
const SALARY_WORDS =
  'salary|salaries|pay|paid|compensation|comp bands?|comp ranges?|band(?= is )|base|range|wages?|rate|earnings|remuneration|jornal|ctc|package|stipendio|vergütung|entgelt|brutto|verdienst|salaire|rémunération|rémunéré|brut|fourchette|salario|sueldo|salário|remuneração|retribuci(?:ón|ones)|remuneraci(?:ón|ones)|bruto|nominales|renta|banda salarial|rango salarial|faixa salarial|retribuzione|remunerazione|compenso|compensi|wynagrodzenie|salaris|vencimento|mzda|mzdu|plat|palkka|palkan|lön|lønn|løn|månadslön|lönespann|lönespannet|löneintervall|lönenivå|ingångslön|lönen|lønsspænd|lønsspændet|lønnsspenn|lønnsspennet|lønnstrinn|lønnes|avlønnes|aflønnes|lønnen|månedsløn|månedslønn|timlön|timeløn|timelønn|kuukausipalkka|kuukausipalkan|tuntipalkka|tuntipalkan|bér|alapbér|fizetés|salariu|salariul|bruttó|gaji|upah|sahod|sweldo|lương';
// 💰 💴 💵 💶 💷 💸 (U+1F4B0, U+1F4B4-8) as UTF-16.
const MONEY_EMOJI = String.raw`\uD83D[\uDCB0\uDCB4-\uDCB8]`;
// Italian "RAL" (retribuzione annua lorda), in capitals; not a RAL colour ("RAL 7016").
const RAL = String.raw`\bRAL\b(?!\s?\d{4}\b)`;
// A recruiter's list labels the pay "Money:" (not "e-money", "money transfers") or "Comp:" (not
// "workers' comp").
const MONEY_LABEL = String.raw`(?:[Mm]oney(?<![\w-].{5})|\b[Cc]omp)(?=\s?:)`;
/** Italy's gross annual pay named alone: "RAL 28-32k" (see RAL). */
export const ITALIAN_ANNUAL_GROSS = new RegExp(RAL);
// Japanese, Chinese, Korean and Thai pay words, inside text without spaces: no \b beside them.
const ASIAN_SALARY_WORDS =
  '給与|給料|月給|時給|日給|年収|年俸|賃金|工资|工資|底薪|薪資|薪资|薪金|薪酬|薪水|月薪|年薪|時薪|时薪|日薪|待遇|급여|연봉|월급|시급|임금|เงินเดือน|ค่าจ้าง|ค่าแรง';
// Pay words of Cyrillic, Greek and Turkish boards, and of South Slavic and Baltic ones that end in
// a letter `\b` cannot bound: after no letter, beginning capitalised or not.
const NOT_AFTER_LETTER = String.raw`(?<![a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF].)`;
// Each word's "no letter before" is tested after its first letter: a regex branch that opens
// with a lookbehind is tried at every offset, one that opens with a letter only where it occurs.
const afterNoLetter = (words: string[]): string =>
  words.map((w) => w.replace(/^(\[[^\]]+\])/, `$1${NOT_AFTER_LETTER}`)).join('|');
const OTHER_SCRIPT_SALARY_WORDS = String.raw`(?:${afterNoLetter(['[Pp]lat[aeu]', '[Pp]la[ćc][au]', '[Zz]arad[aeu]', '[Ss]atnic[aeu]', '[Mm]aaşı?', '[Üü]creti?', '[Pp]alk', '[Pp]alga', '[Tt]öötasu', '[Tt]unnitasu', '[Aa]lgas?', '[Aa]talgojums?', '[Aa]tlyginim(?:as|o)'])})(?![a-zA-Z\u00C0-\u024F])|${afterNoLetter(['[Зз]аплат', '[Зз]арплат', '[Зз]аробітн', '[Оо]клад', '[Сс]тавк', '[Вв]ъзнагражд', '[Μμ]ισθ', '[Αα]ποδοχ', '[Ωω]ρομίσθ', '[Αα]μοιβ'])}|(?:${afterNoLetter(['[Пп]лат[аиу]', '[Зз]арад[аеу]'])})(?![а-яёіїєґ])`;
// Arabic pay words ("الراتب", "براتب", "الأجر", "الأجرة", "المرتب", "الرواتب"), with the article or a
// joined "ب" or "و" before them; not "مراتب" (ranks), "المرتبة" (a grade), "مهاجر" or "تاجر".
const AR_LETTER = String.raw`[\u0621-\u064A]`;
const NOT_AR_BEFORE = String.raw`(?<![\u0621-\u0627\u0629-\u0643\u0645-\u064A].)`;
const ARABIC_SALARY_WORDS = String.raw`ر(?<!م.)اتب(?:ه|ها|ك|كم)?(?!${AR_LETTER})|رواتب(?!${AR_LETTER})|مرتب(?:ات)?(?!${AR_LETTER})|[أا]${NOT_AR_BEFORE}(?:جر(?:ة|ه|ها)?|جور)(?!${AR_LETTER})`;
export const SALARY_WORD = new RegExp(
  `${ASIAN_SALARY_WORDS}|${ARABIC_SALARY_WORDS}|${OTHER_SCRIPT_SALARY_WORDS}|${caseless('gehalt|lohn|lehrlingsentschädigung|salär|vergütung|årslön|årsløn|maandloon|uurloon|maandsalaris|jaarsalaris')}|${MONEY_EMOJI}|${RAL}|${MONEY_LABEL}|\\b${caseless(byFirstLetter(alternativesOf(SALARY_WORDS)))}\\b`,
);

/**
 * "pay|brut" -> "[pP][aA][yY]|[bB][rR][uU][tT]": what the `i` flag matches (without the `u`
 * flag it folds no character outside ASCII into ASCII), spelled out. For a pattern of letters,
 * groups and quantifiers only: no escapes, no character classes.
 */
function caseless(pattern: string): string {
  if (/[\\[]/.test(pattern)) throw new Error(`caseless: "${pattern}" has an escape or a class`);
  let out = '';
  for (const c of pattern) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower !== upper && upper.length === 1 ? `[${lower}${upper}]` : c;
  }
  return out;
}

// A line can hold base pay only if it has one of these (currency, k / lakh figure) or a salary
// word: a cheap gate that skips most lines before any amount is tokenised. Only tested, so the
// cheaper alternatives go first. An ISO code ("USD", "COP", "AED") is money only right before or
// after a figure (the money regex allows one space), so any three capitals there will do: far
// cheaper than fifty literal codes tried at every word.
// Also the currencies Cyrillic and Arabic boards write out ("руб.", "тенге", "ريال", "ج.م").
export const PAY_HINT =
  /شيكل|شيقل|\d\s?(?:тг|сум|сўм|сом|ден|дин|драм|лари|манат)|руб|рубл|тенге|грн|гривн|ريال|درهم|دراهم|دينار|دنانير|جنيه|ليرة|دولار|يورو|[رد]\.[سقعإكبأتجم]|ج\.م|ل\.ل|\d\s?[kK]\b|[$€£¥₹円₩₱฿₫₦₴₽₺₪৳元원₵¢₡₸₾]|\d[万만]|人民币|\bR\s?\d|\bS\/|Kč|лв|\b(?:[A-Z]{3}(?=\s?\d)|[A-Z]{3}\b(?<=\d\s?[A-Z]{3})|Rs|kr|zł|Fr|Ft|[Ff]orint|lei|[Ee]uros?|[Dd]ollars?|bucks|quid|Franken|[Rr]and|LPA|[Ll]akhs?|[Ll]acs?|Rp|RM|Php|KSh|Ksh|[Pp]esos|[Ss]oles|[Rr]eais|[Rr]upees|[Yy]uan|[Bb]aht|[Rr]inggit|[Cc]edis|[Dd]irhams|DH|Dhs|DT|DA|FCFA|Bs|UF|Tk|NRs|Afl|Frw|FRw|MT|[Mm]eticais|[Ll]ari|[Tt]enge|[Tt]aka)(?![a-zA-Z_\u00C0-\u024F])/;

// Another job the text goes on to (in both the clause before an amount and a label's tail): "we're
// also hiring", "we also have a Senior role (up to 230 PLN/h)", "I'm also working on a … search",
// "also my hostel … is hiring a", "our other opening is for", "we will advertise a", "wir suchen
// auch"; not a call for people in general ("también buscamos personas").
const OTHER_HIRING = String.raw`\b(?:também (?:estamos com|temos) (?:uma )?vagas?|(?:también|tambien) (?:buscamos|necesitamos|estamos buscando|tenemos (?:abiert[ao]s?|disponibles?) (?:una|otra|otras|unas)(?: vacantes?| plazas?)?)|(?:we(?:['’]re| are)|i(?:['’]m| am)) (?:hiring|recruiting) (?:an? [a-z][^.;!?$€£\d\n]{2,40}|those|them) too|on cherche aussi|nous recrutons aussi|nous cherchons aussi|wir suchen auch|außerdem suchen wir|(?:we(?:['’]re| are)?|i(?:['’]m| am)) also (?:hiring|recruiting|looking for|running|working on|handling)|also\b[^.;!?,$€£\d\n]{0,30}\b(?:is|are) (?:hiring|recruiting|looking for) (?:an?|for)|(?:our|the|my) other (?:opening|role|position|vacancy|job)s? (?:is|are)(?: for)?|(?:we|i)(?:['’]ve| have)? also (?:have|got) (?:an?|another) (?:(?!for\b)[^.;!?$€£\d\n]){0,30}\b(?:role|position|opening|vacancy|job)|we(?:['’]ll| will) (?:also )?(?:advertise|post|open) (?:a|an|another))\b(?!:?\s(?:a\s)?(?:personas|gente|alguien|perfiles|candidat[oa]s|quelqu['’]un|des personnes|des profils|quereinsteiger\w*|leute|jemanden|menschen|verstärkung))`;

// A supplement paid on top of a London or high-cost-area salary: "plus 15% HCAS (min £4,625",
// "plus London Weighting of £3,500" (a salary "inclusive of" or "including" it is the salary).
const AREA_SUPPLEMENT = String.raw`(?:hcas|high cost area(?: supplement)?|(?:inner |outer |fringe )?london (?:weighting|allowance))`;

// Cyrillic and Greek boards' bonus, commission and premium, and a board's median of others' pay
// ("Зарплати на DOU: медіана … — $5900"), which the list below cannot bound with \b.
// Also a total with the variable part ("совокупный доход — до 400 000 ₽"), a reimbursement
// ("компенсация топлива — 25 ₸ за километр"), and Arabic allowances, bonuses and commissions
// ("بدل سكن", "مخصصات موقع", "مكافأة", "حوافز", "عمولة"; not "الراتب والبدلات", pay and allowances),
// extra hours ("ساعات الدعم الإضافية تؤدى بـ 100 درهم للساعة") and a budget ("бюджетом от 100 млн ₽").
const OTHER_SCRIPT_NOT_PAY = String.raw`(?:[Бб]онус|[Кк]омісі|[Кк]омисион|[Пп]ремі[яї]|[Пп]ремия|[Мм]едіан|[Мм]едиан|[Сс]овокупн|[Сс]укупн|[Кк]омпенсаци[яиюей]|[Кк]омпенсаці[яїюєй]|[Ππ]ρομήθει|[Μμ]πόνους|[Δδ]ιάμεσ|بدل(?<!راتب\s?و(?:ال)?بدل)|مخصصات|مكافأ|مكافآ|حوافز|حافز|عمول|علاو|بونص|منحة|إضافي|اضافي|[Бб]юджет(?:ом|а|у|е)?(?![а-яА-ЯёЁ]))`;

// Amounts these words sit next to are not base pay. German benefit money is a compound
// ("Urlaubsgeld", "Essenszuschuss", "Einkaufsgutscheine"): matched at the word's end. Pay for a
// day of orientation or a trial shift is no salary either, nor Australian "salary packaging" (a
// tax-free benefit), a "variable" part (bonus by targets), or what "our journeymen earn" (other
// people's pay); "pay equity" (fair pay) is no equity. Nor is what a benefit is worth ("we cover
// $500/month of premiums", "Bahncard 100 (Wert 4.000 € im Jahr)", "commuter benefits up to $300"),
// nor a cover's cap ("medical for employee and family (cap $19,800/yr)"), nor a traveller's
// tax-free money ("Meals & incidentals (non-taxable): $382/wk"), nor shared tips ("Plus tronc —
// tips … usually adds £2-3 an hour"), nor a German target income with its variable part
// ("Zieleinkommen 150 T€"; a recruiter's "Zielgehalt" is the salary sought, and stays), nor
// expenses paid ("Transportation expenses covered (up to ¥50,000/month)"), nor a bilingual
// differential ("Bilingual stipend: $150/month"; "Bilingual pay: $21/hr" may be the rate); a
// consultant's "daily fee" and a "Budget: Day rate of £450–£550" are the pay. A supplement on top
// of a scale ("High Cost Area Supplement (min £4,469", "Market supplement: £3,000 per annum") and
// a town's population are no pay either; nor the rate for overload work ("Summer and
// overload assignments are paid at the hourly rate of $92.18"), nor a hiring step's fee ("a paid
// take-home (€400)"), nor what the best earners made ("(top 25%: $104,000+)"), nor
// what other sites show ("the salary shown on some job boards as "$90,000 - $100,000 package""),
// nor what others made ("Lads on the last job cleared €1,900 a week with the OT"), nor an overtime
// or a holiday's rate ("OT rate ...... $27.00/hr", "New Year's Eve shifts at £20/hr"), nor extra
// duty's ("Additional services beyond contract days: $55/hour"), nor what
// the whole package may come to ("Total target compensation may exceed $400,000"), nor an
// employer's contribution to a benefit ("health benefits contribution up to $18,400/yr"), an area
// supplement, or a Nordic one ("aftentillæg på 32,00 kr. pr. time"; not "inkl. tillæg"), nor
// what the work bills ("associates in the practice bill between $1.2m - $1.5m per year"), nor a
// union's fringe funds in a wage sheet ("Welfare (health) ........ $14.72 / hour", "Pension:"),
// nor a union local's number ("USW Local 1005"), nor a driver's miles ("average miles
// 2,300-2,600 per week"), nor a hotel's shared service charge ("service charge (approx. S$300 –
// S$500, not guaranteed)"), nor an employer's fund contributions ("Employer contributions
// (pension, health & welfare, training): approx. $19.40/hr"), nor a deduction ("missed shifts are
// deducted at $90/shift") or a cost ("Camp costs are $30 per day"), nor an average or a reachable income with commission ("aylık ortalama
// kazanç 60.000 TL", "thu nhập có thể đạt 50 - 70 triệu").
export const NOT_SALARY_BEFORE = new RegExp(
  String.raw`${OTHER_SCRIPT_NOT_PAY}[^\n$€£\d]{0,60}$|^[\s\-•*]*(?:(?:(?:health (?:and|&) )?welfare|h\s?&\s?w|pension|annuity|vacation)(?: funds?| plan)?|(?:training|apprenticeship)(?: (?:&|and) industry)? funds?)(?:\s?\([^()]{0,20}\))?(?:\s?:|\s?\.{3,})[\s.]*$|\btop \d{1,2} ?%\s?:\s*$|\bbill(?:s|ed|ing)?(?: (?:between|up to|around|about|over|roughly|approximately|in excess of))?\s*$|\b(?:OT|overtime|double[- ]time|time and a half) rate\b[^a-zA-Z$€£\d]{0,30}$|\b(?:bank holiday|public holiday|stat(?:utory)? holiday|new year['’]s(?: eve| day)?|christmas(?: eve| day)?)s?\b(?:\s(?:and|&|or)\s[^.;$€£\d]{0,30})?\s(?:shifts?|hours?)\s(?:are\s)?(?:paid\s)?at\s*$|\b(?:lads|guys|blokes|fellas|folks|workers|crew|contractors|the last (?:guy|lad|person|contractor|one))\b[^.;$€£\d]{0,40}\b(?:cleared|earned|made|took home|pulled in|got paid|were on|was on)\s*$|\btop(?:s|ping)? out as\b[^.;$€£\d]{0,30}$|\b(?:shown|listed|advertised|quoted|posted) (?:on|by) (?:some |other |the |various )?(?:job )?(?:boards?|sites?|websites?|aggregators?)\b[^.;$€£\d]{0,12}$|\bpaid (?:take[- ]home|trial(?: day| shift)?|work sample|test(?: task| project)?)(?: (?:task|exercise|assignment|project|challenge))?[^.;$€£\d]{0,6}$|\b(?:overload|overtime|supplemental)\b[^.;,$€£\d]{0,40}\b(?:are|is|will be|gets?) paid at\b[^.;$€£\d]{0,25}$|\b(?:additional services|beyond (?:the )?(?:contract|contracted|regular) (?:days|hours|year))\b[^.;$€£\d]{0,30}$|till(?<!(?:\b(?:inkl|incl)\.? |\b(?:inklusive|inklusiv|inkludert|inkluderet|med|incl) )till)(?:æg|ägg|egg)(?:et|g?et)?(?: (?:på|om|av|er|är|ist))?\s*$|\b${AREA_SUPPLEMENT}\b[^.;$€£\d]{0,6}\(\s?(?:min(?:imum)?|from)?\.?\s*$|(?:\bplus|\+|\band)\s?(?:\d{1,2}(?:\.\d{1,2})?\s?% )?${AREA_SUPPLEMENT}\b(?: of| is)?:?\s*$|\b${AREA_SUPPLEMENT} (?:of|is|worth)\s*$|\bcontributions?(?: (?:of|up to|of up to|worth|towards?(?: [\w-]+){0,3}))?(?=\s*$)|\bcontributions?\s?\([^()$€£\d]{1,60}\)\s?:?(?: (?:approx\.?|approximately|about|around|roughly|c\.|ca\.))?(?=\s*$)|\bsupplements?\b(?<!\b(?:including|incl\.?|inkl\.?)\b[^.;]{0,30}supplements?)[^.;\d$€£]{0,25}$|\bpopulation\b|\blocal(?: union)?\s?(?:no\.?\s?|#\s?)?$|\b(?:average |avg\.? )?(?:miles|kilomet(?:er|re)s|loads|stops|deliveries)\s?:?\s*$|\b(?:vale[- ](?:refei[\wçã]*|alimenta[\wçã]*|transporte)|rimborso spese|premi[ae]|(?:(?:hedef|satış|yıllık|performans) prim(?:i|leri)?|prim (?:potansiyeli|sistemi))(?![^\n$€£\d]{0,40}maaş)|buoni pasto|tickets? restaurant|chèques? déjeuner|maaltijdcheques?|comiss(?:ão|ões)|ajuda de custo|m[ée]dia d[aeo](?<!\b(?:da|acima da|abaixo da|com a|na) m[ée]dia d[aeo])|provvigion\w*|provisie|[a-zäö]*provisio\w*|[a-zäö]*palkkio\w*|prowizj\w*|komisin\w*|kintam\w*|comision\w*|provizij\w*|bônus|bónus|plr|subs[íi]dios?|aux[íi]lios?|reembolso)\b(?![^.;]*\b(?:sal[áa]ri[oa]|wynagrodzeni\w*|retribuzione|stipendio|salary|pay|salaris|loon|lohn|gehalt|salaire|sueldo)\b)|\b(?:overtime|bonus|sign_?on|stipend|housing|per_diem|referral)_(?:rate|pay|amount|bonus)\b[^\n]{0,6}$|\blsis?\b[^.;]{0,20}$|\blong service increments?\b[^.;]{0,30}$|[a-zA-Zäöü](?:geld|zuschuss|zuschüsse|gutscheine?|zulagen?|budget|prämien?)\b|[a-zA-Zäöü]bonus\b[^.;,\d]{0,25}$|\b(?:zzgl\.|zuzüglich)|\b(?:bonus(?:es)?|commission(?<!\blevel [ivx\d]{1,4} commission)s?|ote|on[- ]target|sign[- ]?(?:on|ing)|stipends?|401\s?\(?k\)?|match(?:ing)?|equity(?<!pay equity)|stock|rsus?|shares|options|gift cards?|reimburse\w*|referral|refer[- ]a[- ](?:friend|colleague)|tuition|allowance(?<!\b(?:basic|salary|pay|wages?) ?(?:\+|and|&|plus) ?allowance)|(?:relocation|tuition|housing|moving|child ?care|education(?:al)?|study|commuter|transport) assistance|(?:adoption|fertility|family[- ](?:building|forming)|surrogacy|dependent care) assistance\b[^.;,$€£\d]{0,20}(?=\s*$)|ausstattung|zulagen?|loa|living[- ]out|relocation|revenue|raised|funding|valuation|pre-?seed|(?:close|closing|raise|raising) (?:our|a|the|this) (?:[\w-]+ )?round|series [a-e]|investment|invested|earn(?:s|ing)? (?:up to|over|more than|in excess of|upwards of|as much as)|(?:top|best|good|fast|many|most|some|our) (?:of our )?[\w/-]+(?: [\w-]+){0,2} (?:earn(?:s|ed|ing)?|mak(?:e|es|ing)|made|clear(?:s|ed)?|take home|bring home|pull in|gross(?:es|ed|ing)?|averag(?:e|es|ed))(?: (?:over|more than|up to|upwards of|in excess of|north of|around|about))?(?=\s*$)|\b(?:our|the) (?:seniors|juniors|top|best|most experienced|senior \w+s)\b[^.;$€£\d]{0,30}\b(?:tak(?:e|es|ing) home|earn(?:s|ing)?|mak(?:e|es|ing))(?=\s*$)|(?:can['’]?t|cannot|can not|couldn['’]?t|could not|unable to|not able to|won['’]t be able to|wasn['’]t able to|weren['’]t able to) (?:get|go|stretch|reach|match|meet)(?: (?:all the way|quite))?(?: up)? to(?=\s*$)|\b(?:au capital de|capital social(?: de)?|share capital(?: of)?|stammkapital(?: von)?|capital de)(?=\s*$)|\b(?:deduct|deducts|deducted|notional|taxable value)\b[^.;]{0,20}(?=\s*$)|\b(?:camp|room and board|board|accommodation|lodging|housing|uniform|equipment|kit) (?:costs?|fees?|charges?)(?: (?:are|is|of|run))?(?=\s*$)|${OTHER_HIRING}[^.;!–$€£\d]{0,80}(?=\s*$)|\bmy usual (?:rate|day rate|hourly rate)\b[^.;$€£\d]{0,30}\b(?:is|of)(?=\s*$)|\b(?:i['’]ve|i have|i was|we['’]ve|we have|we were) (?:been )?quoted(?=\s*$)|\b(?:revised|up|increased|raised|moved|bumped|changed) from(?=\s*$)|\b(?:(?:compensación|pago|remuneración|rémunération|compensation|pay) (?:adicional|additional|supplémentaire)|additional (?:compensation|pay)|zusätzliche vergütung)(?: de| of| von)?(?=\s*$)|\b(?:meilleur(?:e)?s|mejores|besten|top)\b[^.;$€£\d]{0,40}\b(?:dépassent|gagnent|touchent|atteignent|ganan|superan|verdienen|exceed)(?: les| los| más de| über| de)?(?=\s*$)|\b(?:would|could) (?:you|they|\w[\w&]+)(?: be able to)? (?:stretch to|go to|get to|come up to|match|meet)(?=\s*$)|\b(?:would|could) (?!you\b)(?:they|\w[\w&]+) be able to do(?=\s*$)|\b(?:also|separate(?:ly)?|same client|another client|other client)\b[^.;$€£\d]{0,40}\b(?:recruiting|hiring|looking for) (?:an? |some )[^.;$€£\d]{2,60}\b(?:at|on|paying)(?=\s*$)|\b(?:gratification|rémunération|salaire|minimum) (?:minimale? |minimum )?l[ée]gale?s? (?:est|serait|était) (?:d['’]environ|autour de|environ)(?=\s*$)|earned|won(?!['’])|fringes?|deal sizes?|presentismo|premio|aguinaldo|asignaci(?<!\b(?:sueldo|salario|renta)(?: base)? (?:m[aá]s|y|\+) asignaci)[oó]n(?:es)? (?:de|por|familiar)\b(?=[^.;,\d$]{0,40}$)|despensa|apoyo (?:de|para) (?:gasolina|transporte|comida|alimentos|renta|vivienda)|ch[eè]ques?[- ]repas|tickets? restaurant|(?:plus(?: the)?|(?:in addition to|on top of) the)(?=\s*$)|differential|premium|(?:wage|pay) enhancement|(?:apartments?|flats?|studios?|rooms?) (?:near|close to|from|starting at|start at)\b[^.;\d]{0,30}(?=\s*$)|rent(?:s|al)? (?:from|starts? at|of|is)(?=\s*$)|up to \$?\d+ (?:in|of) (?:bonus|commission)|prämie|provision|prime|primes|comisi[oó]n(?:es)?|bono|bonos(?: (?:de|por) [a-záéíóúñ ]{2,30})? (?:de )?hasta(?=\s*$)|incentives?|incentivos?|incitations?|variable|orientation|commuter|child ?care|premiums|coverage|(?:we|employer|company) covers?(?: up to)?(?=\s*$)|(?:im )?wert(?: von)?(?=\s*$)|valeur(?: de)?(?=\s*$)|trial (?:shifts?|days?)|training\b[^.;$€£\d]{0,30}\bpaid(?: at)?(?=\s*$)|salary (?:packaging|sacrifice)|(?:usually |typically )?(?:another|an extra|an additional)(?=\s*$)|budgets?(?![:*\s]{1,6}(?:day|daily|hourly) (?:rate|fee))|presupuestos?|bonificaci[oó]n(?:es)?|complément(?: de traitement)?|worth(?: (?:up to|over|about|around|approximately|of))?(?=\s*$)|(?:candidates|people|others|peers)\b[^.;]{0,40}\b(?:are|earn) (?:typically |usually |currently |normally )?(?:on|earning)(?=\s*$)|market cap|employer(?:['’]s)? (?:gross|total cost|costs?)\b[^.;$€£\d]{0,15}?(?:\b(?:ca|approx|c)(?=\.\s*$))?(?=\.?\s*$)|arr|sales of|turnover|umsatz|chiffre d'affaires|facturación|loan|fee(?<!\b(?:daily|day|hourly|consultancy|consulting|professional) fee)s?(?! rate)|deductible|donat\w*|grant|prize|award|(?:start-?up|research) (?:research )?funds?(?: of)?(?=\s*$)|rising to|increasing to|progressing to|steigt auf|total (?:target |expected |potential )?(?:compensation|comp|package|remuneration|earnings)\b[^.;$€£\d]{0,30}\b(?:may|can|could|will) (?:exceed|reach|top|surpass)\b[^.;$€£\d]{0,12}(?=\s*$)|total target (?:compensation|comp|cash)\b[^.;$€£\d]{0,20}(?=\s*$)|(?<![\w\u00C0-\u024F])évolutif jusqu['’]à(?=\s|$)|valued at|value of|trinkgeld\w*|pourboires?|propinas?|durchschnitt\w*|salaire moyen|sueldo promedio|salario medio|average (?:[a-z]+ ){0,3}(?:earnings|pay|salary|wages?)\b[^.;]{0,30}?[a-z](?=\s*$)|(?:aylık )?ortalama (?:aylık )?(?:kazan(?=ç)|gelir)(?=[^.;\d]{0,25}$)|thu nhập (?:có thể )?(?:đạt|lên (?:đến|tới))(?: (?:tới|đến))?(?=\s*$)|intéressement|participation|(?:otro aviso|otra oferta|(?:another|separate(?<=\(separate)) (?:ad|job|posting|listing|company|firm|employer|offer|role|opportunity|client)|une autre (?:annonce|offre|entreprise)|(?:previous|earlier|old|original) (?:advert|ad|posting|listing|version)|(?:was |were )?advertised (?:last|in) (?:year|\d{4})|last (?:role|job|posting|listing|ad|advert|opening) (?:i|we) (?:saw|seen))[^.;]{0,50}?[a-z](?=\s*$)|vouchers?|expenses (?:covered|paid|reimbursed)|(?:travel|transport(?:ation)?|commuting|relocation) expenses|bilingual (?:differential|stipend|premium|bonus|incentive)|(?:inpatient|outpatient)(?: cover| limit)?(?=\s*$)|\bcap(?:ped)?(?: at| of)?(?=\s*$)|non-?taxable|meals (?:&|and) incidentals|tronc|service charge(?<!\b(?:excl\w*|plus|and|without|not including|\+)\sservice charge)s?|ziel(?:einkommen|vergütung)|(?:have|has) (?:exceeded|topped|surpassed)(?=\s*$)|(?:usually |typically |often )?adds?(?: (?:up to|around|about|roughly|another|an extra))?(?=\s*$)|(?:i['’]?m|i am) (?:currently |now )?(?:on|earning|making|paid)(?=\s*$)|\bi (?:now |currently |still |also |already )?(?:earn|make|made|earned|clear|cleared|take home)(?=\s*$)|\bmy (?:previous|last|current|old|usual|normal|standard|typical|going) (?:[\w-]+ ){0,2}(?:was|is|paid|paying)(?: me)?(?=\s*$)|\b(?:sales |revenue |disbursement |business )?targets?(?: of| is)?\s*[:：]?(?=\s*$)|minimum wage (?:is|of|rises to|will be)(?=\s*$)|(?:includes?|including)(?: the| a| an)?(?=\s*$)|conversion\b[^.;]{0,80}?[a-z](?=\s*$)|[a-z]+(?:s|men|people) at [^.;]{1,40}? earn(?:s|ed)?(?=\s*$))\b`,
  'i',
);

// "$110,000 a year including our caseload bonus": a total with the bonus in it, not the base;
// "$5,000 per year for certifications", "$2,500 in professional development funds": a budget;
// "(up to $18,600/yr district contribution)": what the employer pays towards a benefit; "a
// $600K+ annual quota", "96,000 patients annually", "jährlich rund 6.800 stationäre
// Patient:innen": a target or a count; "$200/day orientation pay", "$200/day for orientation": a
// paid orientation's rate; "past €1M/yr spend", "$4M ARR": money
// the business moves; "Armed officer positions pay $19.00 - $21.00/hr — see separate posting":
// another job's; "someone won $50k on a contest finding — that is NOT a salary": said so.
// "Journeyperson rate: $52.00/hr (after completing apprenticeship)": an apprentice's later rate;
// Arabic "براتب 4,500 ريال بعد 3 أشهر" (after three months) too; a Hungarian "400 000 Ft
// cafeteria" is a benefit budget; "400 € para equipar tu puesto de trabajo", "500 € pour
// t'équiper": money for a purpose.
export const NOT_SALARY_AFTER =
  /^\s{0,2}(?:cafeteria|cafetéria)\b|^\s{0,2}(?:(?:al|por|por cada) año |(?:par|chaque) an )?(?:para (?:equipar|comprar|gastar|cursos|certificaciones|material|teletrabajo|gastos|formaci[oó]n|formação|formarte|tu (?:equipo|setup|formación|desarrollo|casa|puesto (?:en casa|de trabajo en casa)))|pour (?:équiper|t['’]équiper|ta formation|du matériel|ton équipement))(?![a-zà-ÿ])|^[^.;\n$€£\d]{0,20}بعد(?:\s*$| (?:أشهر|اشهر|شهور|سنة|سنوات|عام|فترة التجربة|انتهاء))|^[^.;\n$€£\d]{0,20}\b(?:after|once|upon|on|when) (?:completing (?:your |the |an? )?apprenticeship|(?:the )?completion of (?:your |the )?apprenticeship|(?:you(?:['’]re| are) )?(?:licensed|a licensed \w+|a journey(?:man|person)))\b|^[^.;()\n]{0,15}\bsee (?:the |our )?separate (?:posting|ad|advert|listing|vacancy)|^[^.;!?\n]{0,80}\b(?:is|that['’]s|that is|it['’]s|it is) not (?:a |the |your |part of (?:the |your )?)?(?:salary|pay|wage|base)\b|^[^.;!?\n]{0,40}\b(?:at|in) my (?:place|company|shop|firm|work|job|current (?:place|job|company))\b|^[^.;!?\n]{0,30}\b(?:i['’]ll|i will|we['’]ll|we will|will be|is|are|gets?|getting) post(?:ed|ing)? (?:that |it |this |them )?separately\b|^\+?\s{0,2}(?:(?:as an? )?(?:one[- ]off|one[- ]time|lump[- ]sum)\b|after \d{1,2}(?::\d\d)?\s?(?:pm|p\.m\.)|(?:\/\s?(?:yr|year|mo|month|mth)\s|(?:per|a) (?:year|month) |(?:annual|monthly|yearly) )?(?:in )?(?:(?:ad|media|marketing|paid|cloud) |(?:annual |yearly )?(?:contributed|earned|recurring|philanthropic|grant) )?(?:spend|revenue|arr|gmv|turnover)\b|[^.;\n]{0,20}\blanden (?:wollen|möchte|will|würde)\b|(?:\/\s?(?:hr|hour|h|day|wk|week)\s|(?:per|a) (?:hour|day|week) )?(?:for )?(?:paid )?orientation\b|(?:brutto |jährlich |im jahr |pro jahr |fix )?(?:vorstellen|vorstellst|wünschen|wünschst|angefragt|gefordert|verlangt|gewünscht|erhofft|gehofft)(?=\s*(?:$|[.!?,;)]))|würde ich\b|(?:\/\s?(?:mo|mth|month)\s|(?:per|a) month )?(?!mobile,)(?:cell|mobile|phone|internet|wi-?fi)(?: ?phone)?(?: (?:and|&|\+|\/) (?:cell|mobile|phone|internet|wi-?fi)(?: ?phone)?)?(?:,|\.|;|\s*$| (?:stipend|allowance|reimbursement|budget)\b)|(?:patients|students|residents|beds|visits|calls)\b|(?:[a-zäöüß]{4,20}e )?(?:patient(?:en|innen|:innen|\*innen)|betten|beschäftigte|untersuchungen|einsätze|schüler(?:innen|:innen)?|einwohner(?:innen)?)\b|(?:[a-zäöüß]{4,20}\s)?[A-ZÄÖÜ][a-zäöüß-]{0,30}?(?:budget|geld|zuschuss|zulage|pauschale|gutschein)\b|(?:\/\s?(?:hr|hour|h|day|yr|year)\s)?(?:that )?(?:(?:base|salary|number|figure|rate|package) )?you (?:mentioned|quoted|asked for|requested|proposed|suggested)\b|(?:base )?would (?:put|place) you\b|(?:\/\s?(?:month|mo|mth|year|yr|week|wk)\s|(?:per|a|each) (?:month|year|week) )?towards?\b|(?:brut |bruts )?actuel(?:le)?s\b|(?:per |a |the )?half[- ]?days?\b|(?:la )?demi-journée|(?:por )?medio día|[^.;()\n]{0,30}\b(?:at (?:the )?(?:current|today['’]s) (?:exchange )?rates?|(?:au|al) (?:taux|tipo) de cambio actual|au taux de change actuel|zum aktuellen (?:wechsel)?kurs)\b|(?:(?:per|a|each) (?:month|year) |(?:monthly|annual|yearly) )?(?:wellness|well-?being|internet|gym|fitness|home[- ]office|wfh|commuter|transit|meal|lunch|childcare|parking)\b(?:(?: (?:and|&|\+) [^$€£\d]{0,30})?\s(?:(?:setup|set-up|equipment|furniture) )?(?:stipend|allowance|budget|credit|reimbursement|benefit|subsidy)s?\b| (?:and|&|\+) [$€£]?\d[^.;\n]{0,40}\b(?:stipend|allowance|budget|credit|reimbursement)s?\b| (?:and|&|\+)\s*$)|(?:brutto |gross )?(?:als (?:dein(?:en)? |ihr(?:en)? )?(?:wunschgehalt|gehaltswunsch|gehaltsvorstellung)|as (?:your|my) (?:expected|target|desired|ideal) (?:salary|base|pay|number)|comme (?:tes|vos) prétentions|como (?:tu|su) (?:expectativa|pretensi[oó]n))\b|(?:\/\s?(?:month|mo|mth|year|yr)\s|(?:per|a|each) (?:month|year) )?(?:(?:stipend|budget|allowance) for (?:your )?(?:home[- ]office|learning|l&d|education|training|wellness|well-?being|gym|conferences?|books|equipment|(?:professional |personal )?development|commut\w*|internet|phone)|for (?:your )?(?:home[- ]office|wfh|internet|phone|gym|wellness|well-?being)(?: and [a-z]+)?(?=[.,;]|\s*$))\b|(?:from|after|in) (?:the )?(?:second|2nd|third|3rd|next|following) year\b|(?:après|after|nach|tras|después de)(?:\s\d{1,2}\+?\s?(?:ans?|années|years?|yrs?|jahren?|años|mois|months?|monaten|meses))?[\s).]*$|[a-zA-Z-]+(?: (?:and|&) | ?\/ ?)[a-zA-Z-]+ (?:bonus(?:es)?|allowances?|stipends?)\b|(?<!\+\s{0,2})(?:end|completion) of (?:the )?[a-zA-Z-]+ (?:bonus(?:es)?|incentives?)\b|(?:including|incl\.?) (?:[a-zA-Z-]+ ){0,3}(?:bonus(?:es)?|commissions?|tips|overtime)\b|(?:(?!plus\b|and\b|with\b|including\b|et\b|und\b|y\b|más\b|mais\b|or\b|depending\b|based\b|on\b|upon\b|sekä(?=\s)|ja\b|og\b|och\b|oraz\b)[a-zA-Z\u00C0-\u024F-]+\s){0,2}?(?:bonus(?:es)?|commissions?|ote|on[- ]target|sign[- ]?(?:on|ing)|stipends?|401|match|in equity|in stock|rsus?|shares|gift cards?|reimburse\w*|referral|tuition|allowance|relocation|in revenue|revenue|in funding|funding|valuation|raised|in sales|budget|prämie|provision|prime|comisi[oó]n|bono|incentives?|arr|mrr|acv|employees|people|customers|users|stores|locations|members|clients|quota|loans?|in assets|assets|fee|fees|grant|differential|premium|shift differential|certifications?|conferences?|professional development|development funds?|(?:training|learning|education) budget|(?:term )?life (?:insurance|assurance|cover|policy|ins)|contributions?)\b)/i;

/** Words that never go into a band label ("The pay range for Level 1 is" -> "Level 1"). */
// A word joined by a hyphen stays ("Live-in cases", "Stand-by").
export const LABEL_FILLER =
  /(?<![A-Za-z0-9_]-)\b(?:the|an|for|is|are|in|of|at|this|that|these|position|role|job|our|your|salary|salaries|pay|base|compensation|range|ranges|rate|rates|hourly|annual|annually|yearly|monthly|wage|wages|and|from|between|per|year|hour|month|gehalt|salaire|salario|est|de|la|le|el|es|ist|für|pour|para|target|expected|estimated|starting|will|be|typically|offer|offered|band|bands|upto)\b(?!-[A-Za-z0-9_])/gi;

// LABEL_FILLER's words but "für", lower-cased. Each is ASCII word characters only, so with the
// regex's \b at both ends it matches exactly a whole run of [A-Za-z0-9_].
const FILLER_WORDS = new Set(
  LABEL_FILLER.source
    .slice(LABEL_FILLER.source.indexOf('(?:') + 3, LABEL_FILLER.source.lastIndexOf(')\\b'))
    .split('|')
    .filter((word) => word !== 'für'),
);
const LONGEST_FILLER = Math.max(...[...FILLER_WORDS].map((word) => word.length));

// \b's word characters: ASCII letters, digits and "_".
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * `text.replace(LABEL_FILLER, ' ')` by one pass over its word runs: a replace with a /gi regex
 * over sixty words costs several times more on these short labels.
 */
export function removeFiller(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    let stop = end;
    if (end - i === 1 && isFuer(text, i)) {
      if (joinedByHyphen(text, i, i + 3)) {
        i = end;
        continue;
      }
      stop = i + 3;
    } else if (
      end - i > LONGEST_FILLER ||
      !FILLER_WORDS.has(text.slice(i, end).toLowerCase()) ||
      joinedByHyphen(text, i, end)
    ) {
      i = end;
      continue;
    }
    out += `${text.slice(copied, i)} `;
    copied = stop;
    i = stop;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// Part of a hyphenated word: "Live-in cases", "Stand-by".
function joinedByHyphen(text: string, start: number, end: number): boolean {
  return (
    (text.charCodeAt(start - 1) === 0x2d && isWordChar(text.charCodeAt(start - 2))) ||
    (text.charCodeAt(end) === 0x2d && isWordChar(text.charCodeAt(end + 1)))
  );
}

// "für" at i, as the regex sees it: "f", the non-word "ü", and "r" alone as a word (any case).
function isFuer(text: string, i: number): boolean {
  const u = text.charCodeAt(i + 1);
  return (
    (text.charCodeAt(i) | 0x20) === 0x66 &&
    (u === 0xfc || u === 0xdc) &&
    (text.charCodeAt(i + 2) | 0x20) === 0x72 &&
    !isWordChar(text.charCodeAt(i + 3))
  );
}

/**
 * Amounts that are not this job's base pay although a salary word or a period sits next to them:
 * travel and meal allowances ("Per diem of $75/day", "Spesen", "indemnités", "viáticos"; an
 * intern's "indemnité de stage" is the pay), pay with tips ("average $35-$45/hour with tips, not
 * guaranteed") and a board's estimate ("Glassdoor est. salary", "Salary estimate", "market
 * average", but not "above market average", "Salary checker", "Lohnvergleich"), an average or
 * anecdote right before the amount ("Our bartenders average $35", "+ tips (avg tips $4-6/hr)",
 * "Zulagen (durchschnittlich ca. € 450,-)"), and the legal earnings cap of a German mini-job
 * ("Minijob (bis 538 €/Monat)"). A board's "Estimated $52.3K - $66.2K a year" is its own guess.
 * Tested on the clause before the amount.
 */
export const NOT_BASE_PAY_BEFORE =
  /\b(?:pre-placement offer[^.\n]{0,60}|ppo\b[^.\n]{0,60}|spesen|verpflegungs\w*|auslöse|indemnit(?![ée]s? de stage)\w*|vi[áa]ticos?|dietas|diari[ae](?= di| per| giornalier| al)|indennità di trasferta|traktamente|stravenk\w*|(?:with|including|incl\.?|in) tips|(?:salary|pay) estimates?|(?:glassdoor|indeed|ziprecruiter|payscale) (?:est|estimate)|market average(?<!(?:above|over|beats?|than) (?:the )?market average)|(?:salary|pay|wage) (?:checker|comparison|calculator|guide)|(?:lohn|gehalts?)(?:vergleich|rechner|check)|(?:durchschnittliche[rsn]? (?:[a-zäöüß]*(?:gehalt|lohn|einkommen))|salaire moyen|salario (?:bruto )?(?:anual |mensual )?(?:medio|promedio)|sueldo (?:medio|promedio)|stipendio (?:medio|mediano)|retribuzione media|sal[áa]rio m[ée]dio|gemiddeld salaris|średnie wynagrodzenie|(?<!^[\s\-•*·]{0,4})average (?:starting )?pay|average (?:starting )?pay(?=\s?[^\s:])|average (?:starting )?(?:salary|base pay|wage|hourly wage|hourly rate))\b[^.\n]{0,80}|(?:typically|usually|on average|normally|generally|regularly|often|easily|commonly) (?:earn|receive|make|take home|pocket|clear)\b[^.\n]{0,20}|(?:average|typical|median)\b[^.\n$€£\d]{0,40}\bearns?\b[^.\n$€£\d]{0,25}|median(?: of)?|average (?:weekly |monthly |annual |yearly |(?:first|1st|second|2nd)[- ]year |(?:agent|rep|driver|member|associate|employee|consultant|adviser|advisor)s?['’]? ){0,3}(?:earnings|take[- ]home)\b[^.;]{0,40}|comparateur de salaires?|valores? de refer[eê]ncia (?:de|do) mercado|refer[eê]ncias? de mercado|(?:valores?|salarios?) de referencia del mercado|mini-?jobs?|midi-?jobs?|geringfügig\w*)\b|\b(?:averag(?:e|es|ed|ing)|avg\.?|on average|durchschnittlich|im (?:schnitt|durchschnitt)|en moyenne|en promedio|de media|promedio(?: de)?)(?: (?:tips?|gratuities))?(?: out)?(?: of| to| at)?:?(?: (?:ca\.|circa|about|around|approx(?:\.|imately)|ungefähr|rund|etwa|environ|aproximadamente))?\s*$|\b(?:tips?|gratuities) (?:averag(?:e|es|ing)|avg\.?)(?: of)?\s*$|(?:^|\()\s?(?:the )?full (?:band|range|pay range|salary range|pay scale|scale)\b[^.()\n]{0,30}$|\b(?:my |your |his |her |their )?current (?:base|salary|pay|rate|ctc|package|comp(?:ensation)?)\b[^.\n$€£\d]{0,25}$|(?:->|→|so|then|and|i['’]ll|i will|you should|should)\s(?:ask(?:ing)? for|counter(?:-?offer)? (?:at|with))\s*$|\bestimated (?:pay|salary|salaries|earnings)\b[^.\n$€£]{0,60}$|^\s*estimated\s?:?\s*$|\b(?:geschätzte[sr]?\b|salaire estimé|salario estimado\b)[^.\n$€£]{0,30}$|(?:^|\s)\+\s?[^\d+()$€£]{2,30}\(\s?$/i;

/**
 * The same, right after the amount ("$200 in tips", "€ 30 Spesen", "(not guaranteed)",
 * "£85,000 average permanent salary", "35 €/h brut en moyenne", "max. 556 €/Monat
 * (Minijob-Grenze)", "Up to ₱5,000 monthly allowances", "$150/month grocery credit"), a
 * deduction ("150 €/mois retenus sur salaire"), and a piece rate ("$28.00 per bin", "£1.20 per
 * drop", "$0.62/mile"): no pay by time. An on-call week's pay ("150 € HT par semaine d'astreinte").
 * A seeker's ask or a market rate in a group chat ("€13/hr or so would do him", "€15.50/hr is the
 * going rate down here").
 */
export const NOT_BASE_PAY_AFTER =
  /^\s{0,2}\(?(?:[^.;!?\n]{0,16}?\b(?:or so )?would (?:do|suit|be fine for|work for) (?:him|her|me|us|them)\b|[^.;!?\n]{0,16}?\bis the going rate\b|(?:\/\s?(?:hr|hour|h|day)\s)?(?:detention|layover|breakdown|call-?backs?|call-?ins?)\b|(?:\/\s?|(?:per|a|an|each|par|por|pro|je) (?:(?:extra|additional|signed|completed|loaded|delivered|successful) )?)(?:bins?|lbs?|pounds?|kgs?|kilos?|miles?|km|kilometers?|kilomètres?|kilómetros?|pieces?|units?|boxe?s|box|bags?|buckets?|trays?|cartons?|crates?|trees?|plants?|deliver(?:y|ies)|drops?|stops?|loads?|trips?|parcels?|items?|pallets?|cases?|words?|pages?|colis|caja|cajas|paket|stück|kiste)\b|(?:with|including|incl\.?|in) tips|tips included|(?:retenue?s? sur (?:le |votre |ton )?salaire|deducted from (?:your |the )?(?:pay|salary|wages?|invoices?|earnings)|descontad[oa]s? (?:de|del) (?:tu |su |la )?(?:sueldo|salario|n[oó]mina)|vom (?:lohn|gehalt) abgezogen)|spesen|verpflegungs\w*|indemnit\w*|vi[áa]ticos?|not guaranteed|(?:\/\s?h\s)?(?:brut |gross |net |brutto )?(?:on average|im (?:schnitt|durchschnitt)|en moyenne|en promedio|de media)|median|cap\b|caps\b|capped\b|(?:sum insured|cover(?:age)?)\b|(?:avg\.?|average) (?:in )?tips|average (?:[a-z]+ )?(?:salary|pay|wage|earnings)|minijob-?grenze|geringfügigkeitsgrenze|(?:monthly |weekly |daily |annual )?allowances?|(?:home[- ]office |office |equipment |wfh |remote[- ]work )(?:setup|set-up|stipend|budget)|(?:[a-z]+ )?credits?|(?:ht |brut )?(?:par|per|pro|each|a|an) (?:semaine|week|woche|jour|day|nuit|night|shift)s? (?:d['’]astreinte|(?:of )?on-?call|(?:of )?stand-?by)|(?:\/\s?(?:hr|hour|h)\s)?while (?:you )?(?:train|are training|(?:in|on|during) (?:[a-z]+ ){0,2}training)|(?:\/\s?(?:hr|hour|h)\s)?training (?:rate|wage|pay))\b/i;

/**
 * What tips come to, estimated just before the figure: "plus pooled gratuities (approx. $3-5/hr
 * in peak season)", "tips usually $40-70 a shift", "(tips are usually like $6-8/hr on top)". Not
 * "Tips on top of $15.50/hr base pay", not "Base + tips: $15/hr".
 */
export const TIPS_BEFORE =
  /\b(?:tips?|gratuities|tip share|tip pool|tronc|trinkgeld|pourboires?|propinas?)\b[^.;:,\n$€£\d]{0,20}?(?:\(\s?|~\s?|(?<![\w\u00C0-\u024F])(?:approx\.|approximately|around|about|roughly|usually|typically|often|like|maybe|ca\.|environ|etwa|aprox\.|averag(?:e|es|ed|ing))\s*)+$/i;

/**
 * A board's "Glassdoor est. salary for Claims Adjuster in Hartford, CT: $61K", up to the amount
 * with no other clause or figure between ("est." ends a clause, so it is tested on the label text);
 * a travel job's "Est. total weekly pay" with its stipends in it (an "Est. weekly gross pay" alone
 * is the pay).
 */
export const EST_SALARY =
  /\best\. (?:(?:total|take[- ]home) (?:(?:weekly|monthly|annual|yearly|gross) )?)?(?:salary|pay|for)\b[^.;|•!?$€£\d]*$/i;

/**
 * Money named right before the amount that is not pay: what a room costs ("Live-in
 * accommodation available (£80/week)", "Unterkunft für 250 €/Monat", "staff accommodation in
 * Canmore: $450/month", "Housing available via our partner (SNF certified) for €115/week",
 * "Accom available in Mildura $180/wk"), an on-call
 * allowance ("On-call 1 week in 6, paid at £200/week", "Standby pay $50/day",
 * "Rufbereitschaft"), a service bond's sum ("Service bond: 2 years from date of joining
 * (₹1,50,000)"), a kit's rental ("Kit rental: $75/day"), a later role's rate ("Advancement to
 * Lead Cleaner ($19.50/hr)"), a driver's layover or detention pay, paid orientation days, a
 * deduction ("descontado 250 € al mes"), a house's market value, the legal minimum for interns
 * ("supérieure à la gratification minimale légale (4,35 €/h)"), what a tip share averages or what
 * a line about tips says they come to ("- Tips shared evenly every week – usually $40–$70 per
 * shift"), a tip credit's floor ("If tips + base don't reach $7.25/hr"), a life cover's cap
 * ("basic life insurance at 1x annual salary (maximum $150,000)"). Tested on the label text,
 * which keeps what a clause boundary cuts from the clause before the amount. Also a staff flat's
 * rent once a free stay ends ("our staff flat for the first 3 months for free (after that it's
 * NOK 8 500/month"), and an example of what someone earns ("Monthly income example: ¥320,000+
 * (20 working days, with overtime)", "年収例").
 */
export const NOT_BASE_PAY_LABEL =
  /^[\s\-•*·]*(?:(?:kitchen|boh|foh|back[- ]of[- ]house|front[- ]of[- ]house|team|staff|shared|pooled|card) )?(?:tips?|tip share|tip pool|gratuities|tronc)\b[^.$€£\d]{0,60}\b(?:usually|typically|average|averaging|avg|around|about|roughly|approx\.?|approximately|up to|between)\s*$|\b(?:accom|accommodation|housing|lodging|house|cottage|flat|apartment|rent|staff room|unterkunft|zimmer|wohnung|logement|hébergement|alojamiento|habitación)\b(?:[^.\n\d]{0,50}(?:\(|:\s*|(?<![\w\u00C0-\u024F])(?:at|for|costs?|charged?|approx\.?|approximately|around|about|kostet|für|à|por)\s*)|\s(?:available|on offer)\b[^.,;:\n\d]{0,30})$|(?:\bon[- ]call|\bstand-?by|bereitschaft\w*|\bastreinte)\b[^.\n$€£]{0,40}$|\b(?:(?:service|training|employment) bond|bond amount)\b[^.\n$€£₹]{0,50}$|\b(?:(?:kit|box|tool|equipment|gear|van|vehicle|car) (?:rental|hire)\b[^.\n$€£\d]{0,30}$|(?:advancement|promotion|progression)(?: (?:once |when )?in (?:post|role))? to\b(?![^.\n$€£\d]*\b(?:salary|pay|wage)\b)[^.\n$€£\d]{0,40}$|(?:layover|detention|stop) pa(?:y|id)\b[^.:\n$€£]{0,30}(?::\s*)?$|paid orientation\b[^.:\n$€£]{0,30}$|orientation\b[^$€£\n]{0,80}\bpaid (?:at|is)\s*$|(?:descontad[oa]s?|deducted|retenu[es]?|abgezogen)\s*$|market value\b[^\n$€£\d]{0,20}$|minim(?:ale?|um) légale?\b[^\n$€£\d]{0,12}$|tip(?:s| share| pool)\b[^.\n$€£]{0,60}\baverag\w*(?: out)?(?: to| at)?(?: (?:like|about|around|roughly|approximately))?\s*$)|(?:don['’]t|do not|doesn['’]t|does not|fail to) (?:reach|add up to|equal|meet|total)(?: at least)?\s*$|\b(?:life|medical|health|dental) (?:insurance|assurance|cover(?:age)?)\b[^.;$€£]{0,60}$|\b(?:(?:monthly |annual |yearly )?(?:income|pay|salary|earnings|wage) examples?|example (?:of )?(?:monthly |annual |yearly )?(?:income|pay|salary|earnings))\b[^.$€£¥\d]{0,20}$|(?:月収|年収|月給)例[^$€£¥\d]{0,10}$|\b(?:accom(?:modation)?|housing|staff (?:flat|house|room)|flat|apartment|room|unterkunft|wohnung|logement|alojamiento)\b(?:(?!\b(?:pay|salary|wages?|rate|lohn|gehalt|salaire|sueldo)\b)[^.\n$€£]){0,80}\b(?:it['’]s|it is|it costs|you pay|rent is)\s*$/i;

/**
 * The end of the words before an amount that make it no pay, tested on the last NOT_PAY_TAIL_MAX
 * characters only: a total package with the variable part in it ("soit un package de 53 à
 * 57 K€", "total compensation package of"), a cost ("Camp cost of $30/day deducted"), a room
 * ("staff accommodation in Banff townsite - shared rooms $395/month"), what a driver pays towards
 * damage ("responsible for the first £250 of any damage claim", "an excess of $500"), a loan
 * programme ("Education Debt Reduction Program (EDRP) may be authorized (up to $200,000)"), the
 * rate of a lesser role one may be hired as ("students may be considered as Library Associate
 * (hourly rate $24.50)", "may be considered for Deputy Public Defender II ($43.28 - $52.61"), what a flat's key money or deposit costs, a tip share ("+ tip share from
 * the front of house (usually $3-5/hr more"), the client's rate after a temp is hired on, a
 * candidate's own pay in a reply ("I'm currently at 16 LPA"),
 * a journeyman's wage once an apprenticeship is completed (not a journeyman's job's own field,
 * "Journeyperson rate: $45.50/hr"), what a house is valued at, what
 * clients are billed, what reps "are landing around", an earlier figure ("(up from $162,000 in
 * the original offer)", "That's up from the $92,000"; not "we increased from $30/hr to $33/hr" or
 * "our starting wage is up from $17/hr to $19/hr"), a driver's detention rate ("detention after 2
 * hrs at $18/hr"), another job plugged in a thread ("plugging ours too – Gantry Robotics is hiring
 * a Staff Rust Engineer, $210–245k"), or named as another ("also my hostel in Graça is hiring a
 * night receptionist, 920€", "our other opening is for a Kennel Assistant ($15.50/hr", "For our
 * other branch in Miri we also looking for Pharmacist with salary up to RM 9,000"), a total in
 * brackets after the base ("AED 3,500 basic per month + OT (total approx. 4,500–5,500)"), Queensland's
 * "Total remuneration value up to $134,960 p.a. includes salary, employer superannuation …",
 * other roles' pay posted apart ("Journeyman and apprentice roles are posted separately ($36 -
 * $44/hr …)"), a paid training week's rate.
 */
export const NOT_PAY_TAIL = new RegExp(
  String.raw`\(\s?total\b[^)$€£\d]{0,25}$|\btotal remuneration value(?: (?:up to|of))?\s*$|\b(?:plugging (?:ours|mine|our own)|shameless(?:ly)? plug(?:ging)?(?! for (?:my|our) own))\b[^.;!$€£\d]{0,80}$|${OTHER_HIRING}[^.;!–$€£\d]{0,80}$|\b(?:also|additionally) (?:needed|wanted|hiring|recruiting|looking for)\s?:(?:(?!\b(?:pay|salary|rate|wages?)\b)[^.;!$€£\d]){0,80}$|\b(?:task|assignment|exercise|case study|challenge|take[- ]home|trial (?:day|shift)|(?:pairing|interview|work) session)\b(?:[^.;\n]|(?<=\b(?:max|min|approx|ca))\.){0,50}\bpaid(?: at|,)?\s*$|\b(?:orientation|induction)\b[^.;\n]{0,40}\bpaid\s*$|\b\d{1,2}(?:[.,]\d)?\s?% of (?:the )?(?:basic |base )?(?:salary|pay)\b[^$€£\d]{0,20}\b(?:min(?:imum)?|max(?:imum)?)\.?:?\s*$|(?:\bsoit (?:un |une )?(?:package|total|rémunération (?:globale|totale|annuelle totale))|\bpackage (?:global|total)|\btotal (?:compensation )?package)\b[^.;]{0,20}$|\b(?:(?:costs?|(?<!\bin )charged?|(?<!\b(?:daily|day|hourly|consultancy|consulting|professional) )fees?)(?: of| is| at)?:?\s*$|(?:accom(?:modation|\.|\b)|housing|lodging|unterkunft|logement|alojamiento)\b[^.\n\d$€£]{0,60}\b(?:rooms?|beds?|dorms?|zimmer|chambres?|habitaci[oó]n(?:es)?)\b[\s,:(]*$|(?:layover|detention|breakdown)(?: pay)?(?: after [^.;$€£]{0,20}?)?(?: at)?\s?[:-]?\s*$)|(?:^|[\s(])(?:above|over|more than|higher than|exceeds?|über|oberhalb|au-dessus du|supérieure? au|por encima del?|superior al?) (?:the |dem |du |le |el )?(?:[a-zà-ÿ]+ ){0,2}(?:minimum wage|living wage|mindestlohn|smic|salaire minimum|salario m[ií]nimo)\b[^.\d$€£]{0,12}$|\b(?:(?:makes?|made|earns?|earned|clears?|cleared) (?:well |way )?(?:over|more than|upwards of|in excess of)\s*$|\b(?:most|many|some|a lot|half) of (?:our|the) (?:[\w-]+ ){0,2}(?:guys|drivers|people|folks|reps|staff|employees|workers|nurses|techs|agents|members|hires) (?:are |were )?(?:landing|clearing|taking home|bringing home|pulling in|grossing|making|earning)(?: (?:between|around|about|roughly))?\s*$|\b(?:for context|for reference|by comparison|to compare)\b[^.;$€£]{0,40}$|(?:percentage|per ?cent|%) of (?:the |a )?(?:[a-z]+ ){0,2}(?:rate|wage|pay|salary)(?: of| is)?:?\s*$)|\(\s?pro[- ]rata\b[^)$€£]{0,40}[=:]\s*$|\(\s?(?:[a-z]+ )?cap(?:ped at)?\s?:?\s*$|\b(?:(?:paid|pays|paying|gave|give|offered) me\b[^.$€£]{0,20}$|i (?:was|got|get) paid\b[^.$€£]{0,20}$|(?:includes?|including|incl\.?) (?:[a-z]+ ){0,2}overtime\b[^.:;$€£¥]{0,30}$|(?:lohn|gehalts?)(?:ein)?schätzung\b(?! des arbeitgebers)[^:]{0,30}:?\s*$|rémunération (?:annuelle )?(?:globale|totale)\b[^.;$€£]{0,40}$|(?:average|avg\.?) (?:[a-z]+ ){0,2}(?:grosses|grossed|earns|earned|makes|made|takes home|clears)\s*$|(?:key money|reikin|security deposit|rental bond)\b[^.$€£¥]{0,40}$|also (?:receive|receives|get|gets|earn|earns)\b[^.$€£]{0,60}$|(?:salar(?:y|ies) reported|reported salar(?:y|ies))\b[^.]{0,60}$|(?:estimated|typical|expected) (?:annual |yearly |weekly |monthly |total )?(?:package|earnings|income|take[- ]home)\s*$|(?:responsible|liable) for (?:the )?(?:first )?\s*$|(?:an?|the|insurance|damage) excess(?: of| is)?:?\s*$|(?:debt|loan) (?:reduction|repayment|relief|forgiveness)\b(?![^.;$€£]*\b(?:salary|pay|wage|rate)\b)[^.;$€£]{0,60}$|(?:(?:considered|hired|appointed) as|may (?:also |instead )?be considered for(?! (?:appointment|placement|hire|an? (?:higher|advanced|starting)|(?:the )?higher)\b))\b[^.$€£()]{0,50}\([^)$€£]{0,20}$|tip (?:share|pool|out)\b[^.$€£]{0,60}$|(?:hire-on|hired on|hired back|hire-?back|once hired|upon hire|(?:go|goes|going) perm(?:anent)?|(?:tak(?:e|es|ing|en)|took) (?:[\w-]+ ){1,2}on perm(?:anent)?)\b[^.$€£]{0,80}$|(?:i['’]?m|i am) (?:currently |now )?at\s*$|paid (?:[\w-]+ ){0,2}training(?: (?:week|weeks|period|days?))? (?:at|is paid at)\s*$|(?:(?:full )?journey(?:man|person)(?:-?\s?level)?|fully qualified) (?:wage|rate|pay)\b(?!\s?:\s*$)[^.$€£]{0,40}$|(?:wage|rate|pay) (?:upon|after|on) completion\b[^.$€£]{0,30}$|expectativa(?: salarial)?\s*:?\s*$|valued (?:at|around|about)\s*$|clients? (?:are|is|get|gets) billed\b[^.$€£]{0,30}$|billed to (?:the )?clients?\b[^.$€£]{0,20}$|(?:are|is) landing (?:around|at|about)\s*$)|(?:\(\s?|\bthat['’]s |\bwhich is )(?:up|down|increased|raised) from (?:the |our |my )?\s*$|\b(?:posted|listed|advertised) separately\s*\(?\s*$`,
  'i',
);
export const NOT_PAY_TAIL_MAX = 90;

/**
 * A candidate's own pay, or the pay they ask for, quoted in a reply or by the recruiter: "you
 * mentioned you're on £58k at the moment", "you were on €500 last time", "you're at SGD 8.5k",
 * "my current base is", "right now making about $1,500 a week", "you'd be looking for around
 * R50k", "je suis actuellement à 47 k€", "Vous nous aviez indiqué être à 44 K€", "ich verdiene
 * derzeit", "actualmente gano"; a figure in the sentence where they say where they work now ("I
 * currently work as a paralegal at …, making $59,500", "Ich arbeite derzeit als DGKP in … (aktuell
 * ca. € 3.050 brutto)"). Tested on the end of the words before the amount, with the end
 * of a line it wraps from. Not "we currently pay" or "staff are currently paid": the employer's.
 */
export const CANDIDATE_PAY =
  /(?:\b(?:ihre[mn]?|deine[mn]?) bisherigen?\s*$|\b(?:you(?:['’]re| are)|you were|i['’]m|i am|i was)(?: (?:currently|presently|now|still|already))? (?:on|at|earning|making|sitting at|taking home|billing|charging)|\b(?:i was|i['’]m|i am)(?: (?:currently|now|still))? (?:getting|paid)\b|\b(?:bekam|verdiente|kriegte) ich(?: (?:da|dort|zuletzt))?\s*$|\b(?:war|lag) ich(?: (?:da|dort|zuletzt))? (?:bei|auf)\s*$|\bich war(?: (?:da|dort|zuletzt))? (?:bei|auf)\s*$|\b(?:currently|presently|right now|at the moment|at present) (?:on|at|earning|making|getting|taking home)|\bmy (?:current|present) (?:[\w-]+ ){0,2}(?:is|was|of)|\b(?:you|i)(?:['’]d| would)?(?: be)? (?:looking for|expecting|hoping for|targeting|asking for)|(?:\bje suis|\btu es|\bvous êtes|(?:^|\s)être) (?:actuellement |aujourd['’]hui )?à|\bi (?:currently|now|presently) work\b[^$€£]{0,100}|\bich (?:arbeite|bin) (?:derzeit|aktuell|momentan|gerade)\b[^$€£]{0,100}|\b(?:sie|du) (?:aktuell|derzeit|momentan|gerade) bei|\bje (?:gagne|touche|perçois)(?: actuellement| aujourd['’]hui)?|\bich (?:verdiene|bekomme|liege)(?: (?:aktuell|derzeit|momentan|gerade))?(?: bei)?|\bmein (?:aktuelles|derzeitiges|jetziges) (?:gehalt|einkommen)(?: liegt bei| beträgt| ist)?|\b(?:actualmente|ahora(?: mismo)?|hoy(?: en día)?) (?:gano|cobro|percibo|estoy en|estás en|está en|ganas|cobras)|\b(?:gano|cobro|percibo) actualmente|\byou (?:asked for|requested|proposed|countered(?: with| at)?)|\b(?:positioned|put|submitted|presented|pitched) you (?:forward )?(?:at|around)|\bsaid (?:they|he|she) (?:got|get|gets|make|makes|made|earn|earns|earned)|\b(?:role|position|job|offer) (?:we|you|i) (?:discussed|talked about|spoke about)(?: (?:before|earlier|last \w+))? (?:was|had)|\b(?:actualmente )?(?:devengas|devengo)|\btu aspiraci[oó]n(?: salarial)? (?:es|era|sería)(?: de)?|\byour (?:last|previous|current|present|existing) (?:basic |base |annual |monthly |gross )?(?:salary|pay|package|ctc|wage|rate) (?:was|is|of|at)|\bj['’](?:aimerais|voudrais) (?:viser|atteindre|obtenir)(?: au moins| environ)?|\b(?:up )?from (?:your |his |her |their )?(?:current|previous|prior|existing)(?: (?:base|salary|pay|rate))?)(?: (?:about|around|roughly|approximately|approx\.|ca\.|circa|environ|rund|etwa|unos|alrededor de))?\s*$/i;

/**
 * The sentence before an amount in a message says whose pay it is: the candidate's current or
 * wished-for pay, or another employer's offer ("You mentioned you're currently at $68,000 and
 * looking for $75,000", "I got an offer today for €88k from another company", "Details: CCTC 14
 * LPA, ECTC 22 LPA", "zu deinem aktuellen Gehalt (62.000 € brutto) und deinem Wunschgehalt von
 * 75.000 €", "Ahora mismo estoy en 41k … y tengo una oferta de 48k"), a friend's or relative's
 * pay ("My cousin is on 65k in Dublin"), a role to be opened later ("we'll likely open a Senior
 * DE in Q3 (~$160-185k)", "on aura probablement un poste de … (autour de 110-125 k$)"), a
 * current or past job's ("Yo actualmente estoy ganando …", "vous mentionnez un salaire actuel de
 * CHF 82'000", "Lors de mon précédent stage …, j'avais une gratification de 700 €"). Tested
 * on the sentence up to the amount, so the posting's range in the next sentence stays. A reply
 * about another job seen elsewhere ("I saw one in Guildford for £27k"); not a recruiter's "I came
 * across a Platform Engineer role …: £85,000", which is the job on offer.
 */
export const CANDIDATE_SENTENCE =
  /\b(?:you (?:mentioned|said|told me|indicated|shared|quoted)|you(?:['’]d| had) (?:mentioned|said) (?:needing|wanting)|my (?:current|present|existing|expected|desired|target) (?:total |base |annual |gross )?(?:salary|pay|base|rate|package|comp(?:ensation)?|ctc|number|earnings)|your (?:current|present|existing) (?:base |annual |gross )?(?:salary|pay|base|rate|package|comp(?:ensation)?|ctc|number|earnings)|(?:noted|mentioned|received|seen|saw) your (?:expected|desired) (?:base |annual |monthly |yearly |gross )?(?:salary|pay|rate|package|ctc)|(?:i['’]?m|i am|you['’]?re|you are) (?:currently|now|right now) (?:at|on|earning|making|getting|doing)|i['’]?m (?:getting|doing|making|earning)|(?:i['’]?d|i would|you['’]?d|you would|would) (?:be )?(?:looking for|hoping for|expecting|targeting)|(?:i['’]?m|i am) (?:targeting|aiming for|hoping for|asking for|looking for a (?:base|salary|package))|(?:i['’]?m|i am) an? [^;,()]{0,40}? (?:today|right now|at the moment)\b|offer i (?:told you about|mentioned)|i hear you on the (?:rate|number|salary|comp\w*|ask)\b|(?:i['’]?d|i would) need (?:to be (?:at|on|north of|above|over|around|closer to)|at least|a minimum of)\b|(?:i was|i['’]?m|i am|we were) hoping for\b|from what i['’]?ve heard|don['’]t quote me|unrelated(?: but\b|[,:]| [-–—])|(?:my |the )?(?:last|previous|old) (?:firm|company|job|employer|place|team|role)(?: i (?:was at|worked (?:at|for)|had))? (?:paid|was paying)\b|\b(?:move|bump|raise|increase) your (?:base|salary|offer|rate) from\b|liege ich (?:derzeit |aktuell |momentan )?bei|(?:previous|last|recent) hire\b|(?:she|he|one of them)(?:['’]s| is| was)(?: currently| now)? (?:at|on|earning|making)\b|verdiene ich|meine[rn]? (?:lohn|gehalts)vorstellung\w*|(?:ihre|deine|meine|genannte) (?:lohn|salär)vorstellung|lohnwunsch|ich würde mich über eine einstufung|your (?:usual |last |previous )?(?:day |daily |hourly )?rate (?:was|has been)\b|(?:other|another|competing|counter|outside) (?:job )?offers?\b|\bi (?:saw|['’]ve seen|have seen|spotted|came across) (?:one|another|a similar (?:one|role|job|position))\b|j['’]en ai vu une?\b|\bvi otr[oa]\b|ich hab(?:e)? (?:eine?n?|so eine?n?) (?:[\w-]+ )?gesehen|(?:got|have|received|had|holding) (?:an? )?(?:other |second )?offer|offer (?:in hand|on the table)|expected ctc|ectc|cctc|current ctc|(?:dein|deinem|deines|ihr|ihrem|ihres|ihre|deine|mein|meinem|meines|meine) (?:aktuell|derzeitig|jetzig)\w* (?:stunden|monats|jahres)?(?:gehalt|salär|einkommen|lohn|vergütung)|wunschgehalt|gehaltswunsch|gehaltsvorstellung|aktuelles gehalt|(?:sie|du) (?:haben|hast) (?:mir )?(?:gesagt|erwähnt|mitgeteilt)|ich verdiene|angebot (?:eines|von einem) anderen|(?:votre|ma|ta) rémunération actuelle|(?:vos|mes|tes) prétentions|ich liege (?:aktuell |derzeit )?bei|wäre für mich|vous (?:m['’]avez|nous avez|m['’]aviez|nous aviez) (?:dit|indiqué|mentionné)|vous (?:m['’]|nous )indiquiez|(?:took|brought|passed|shared|raised) your (?:ask|counter(?:offer)?)\b|(?:my|his|her|our|a) (?:cousin|friend|brother|sister|partner|wife|husband|mate|colleague|flatmate|neighbou?r|dad|mum|mom|son|daughter)\b[^.;,]{0,30}?\b(?:is|was|gets|got)(?: currently| now)? (?:on|at|earning|making|paid)\b|we['’]ll (?:likely|probably|soon|eventually) (?:open|post|be (?:opening|hiring|posting))\b|on aura (?:probablement |sans doute |bientôt |aussi )?un (?:autre )?poste|autre (?:offre|proposition)|(?:un |votre )?positionnement (?:autour|à)|(?:tu|su|mi) (?:salario|sueldo) actual|ahora mismo estoy|(?:tengo|recibí) una oferta|otra oferta|me (?:comentaste|dijiste|indicaste)|pretensiones|estoy (?:ganando|cobrando)|my (?:internship|job|role|position|contract|placement|gig) (?:last|this past) (?:summer|year|season|semester)|(?:un |votre |mon )salaire actuel|j['’](?:avais une (?:gratification|rémunération|paie)|étais à|touchais|gagnais)\b|(?:mon|ma) (?:précédente?|dernière?|ancien(?:ne)?) (?:stage|poste|emploi|employeur|alternance|entreprise)|your (?:current|present|existing|usual)\s*$|your (?:number|ask|request(?: for (?:a |an )?(?:base|salary|rate|package)(?: of)?)?|counter(?:offer)?)\s*\(?\s*$|\bque aspiras? a\s*$|\b(?:mon|ma|votre|ton|ta) (?:[\w-]+ ){0,2}actuel(?:le)?(?: (?:est|était))?(?: (?:de|d['’]environ|à|autour de))?\s*$|\b(?:ihre|deine) (?:\w+)?vorstellung(?: von| liegt bei)?\s*$|\bmit (?:ihren|deinen)\s*$|(?:estoy en|gano)\s*$|(?:momentan|aktuell|derzeit|zurzeit) (?:habe|bekomme|verdiene) ich\s*$|\b(?:ahorita|actualmente|ahora|donde estoy)\b[^.;]{0,30}\bme pagan\s*$|\bcurrent (?:job|role|employer|comp|package|salary|base)\s*[:：-]?\s*$|\b(?:he|she) (?:makes?|made|earns?|earned|gets?|got)(?: like| about| around| roughly)?\s*$|\bi (?:make|made|earn|earned|take home)(?: about| around| like| roughly)?\s*$|(?:i['’]?m|i am) (?:currently|now) an? [^.;,]{0,60}? on\s*$|\bmy numbers\b[^.;]{0,20}$|\b(?:actualmente|hoy|ahora(?: mismo)?) (?:percibes|ganas|cobras|devengas)\s*$|\bvon (?:ihnen|dir) genannten\s*$|\bje (?:vise|souhaite|demande|voudrais)(?: plutôt| environ| au moins)?\s*$|\bcould we (?:say|do|go to|make it)\s*$|\bdass (?:sie|du) (?:aktuell|derzeit|momentan|zurzeit|gerade)\s*$|(?:mon|ma) (?:ami|amie|pote|chum|cousin|cousine|frère|sœur|soeur|collègue|voisin|voisine)\b[^.;,]{0,30}?\b(?:est|était|gagne|fait|touche)(?: à| a)?\s*$|mi (?:amig[oa]|prim[oa]|herman[oa]|compa|vecin[oa]|cuñad[oa])\b[^.;,]{0,30}?\b(?:está en|gana|cobra|le pagan)\s*$|mein(?:e)? (?:kumpel|freund(?:in)?|bruder|schwester|cousin(?:e)?|kolleg(?:e|in)|nachbar(?:in)?)\b[^.;,]{0,30}?\b(?:bekommt|verdient|kriegt|ist bei|liegt bei)\s*$|(?:i['’]?m|i am) (?:currently|now) an? [^.;,]{0,60}? (?:at|with) (?:an? |the )?[^.;,]{0,40}? on\s*$)(?![a-zA-Z\u00C0-\u024F])/i;

/**
 * Someone else's pay, told in passing in a message or a coach's notes: a friend's ("a buddy of
 * mine … he's around $190k base", "Friend at a trading firm gets $250k"), the last holder's ("The
 * previous Head of Marketing was on about £85k", "their last contractor was billing $110/hr"),
 * the market's ("analyst roles in Manchester typically pay around £35k", "the AAA studios here pay
 * juniors around 65-70k", "fintechs are paying $260k+", "Levels.fyi shows … between $140k and
 * $165k", "most lead SREs … are landing somewhere around $220k"), a figure that was
 * replaced ("(previously $118,000)"), the writer's own at another job ("on my last job runners got
 * £160 a day", "I got bumped to $175k") or ask ("Would like $42/hr", "if you could consider
 * $42/hour", "Should I counter at $150k?"). Tested, like CANDIDATE_SENTENCE, on the sentence up to the amount.
 */
export const ANECDOTE_SENTENCE =
  /\b(?:(?:buddy|roommate|pal|classmate|friend|cousin|mate|ex-colleague)\b[^.;,]{0,40}?\b(?:gets|got|makes|made|earns|earned|pulls|pulled)(?: (?:like|about|around|roughly|over))?\s*$|(?:he|she)(?:['’]s| is| was)(?: (?:currently|now|already))? (?:(?:at|on|earning|making|getting|billing|landing) )?(?:somewhere )?(?:around|about|roughly|close to|north of)\s*$|(?:the |their |our |my |his |her )(?:last|previous|former|outgoing) (?:[\w-]+ ){1,3}?(?:was|were|got|made|earned|had)(?: (?:on|at|billing|charging|paid|earning|making|getting))?(?: (?:about|around|roughly|~))?\s*$|\b(?:roles|jobs|positions|companies|employers|firms|studios|places|agencies|shops)\b[^.;]{0,40}?\b(?:typically|usually|generally|normally|tend to) (?:pay|paying)(?: (?:around|about|roughly|between|from))?\s*$|\bpay(?<!(?:\bwe |\bwe will |\bwe['’]ll |\bwe can )pay)(?:ing)? (?:juniors|seniors|grads|graduates|people|folks|them|most people|new hires)(?: (?:around|about|roughly|between|from))?\s*$|\b(?:companies|firms|studios|agencies|fintechs|startups|banks|employers|shops|places)\b[^.;]{0,40}?\b(?:are|were) (?:paying|offering)(?:(?!\bwe\b)[^.;\d$€£]){0,20}$|\b(?:levels(?:\.fyi)?|glassdoor|payscale|blind|teamblind|salary\.com|ziprecruiter)\b[^.;]{0,60}?\b(?:shows?|says|puts?|lists|reports|has)\b|\b(?:their|his|her) (?:band|range|offer|salary|base|pay|rate) (?:is|was|tops out|maxes out|caps out|goes up)\b[^.;\d]{0,20}$|\bare landing\b[^.;\d]{0,30}$|\b(?:previously|formerly|originally)(?: (?:at|was|offered))?\s*:?\s*$|\b(?:at|on|in) my (?:last|previous|old|former) (?:job|place|role|gig|employer|company|team)\b|\bi (?:got|was) (?:bumped|raised|moved|promoted)(?: up)? to\s*$|\b(?:i['’]?d|i would|would) like\s*$|\b(?:(?:could|would) you|if you (?:could|would|can)) consider\s*$|\bwent in at\s*$|\b(?:průměrn|priemern|średni[ae]? (?:wynagrodzeni|zarob)|gemiddeld|genomsnittlig|gennemsnitlig|gjennomsnittlig)[^.;\d]{0,80}$|\bcounter(?:ed|ing)? (?:at|with|for)[^.;\d]{0,4}$)/i;

/**
 * A recruiter's note of the candidate's figures as fields: "- rémunération actuelle : 36 500 €",
 * "- prétentions : autour de 41 000 €", "Current CTC: 14 LPA". Tested on the line up to the amount.
 */
export const CANDIDATE_LABEL =
  /^[\s\-•*]*(?:rémunération actuelle|salaire actuel|prétentions(?: salariales)?|current (?:salary|ctc|base|package)|expected ctc|expectativa(?: salarial)?|aktuelles gehalt|salario actual|pretensi[oó]n(?:es)? salarial(?:es)?)\s*:\s*(?:autour de |environ |ca\. |about |around )?$/i;

/** The sentence before `start` in a line: from the last sentence end (or the line's start). */
export function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - SENTENCE_MAX);
  let cut = from;
  for (let i = start - 2; i >= from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(i + 1) === 0x20) {
      // Not an abbreviation's dot ("ca. € 3.050", "approx. $5k", "Dr. Patel"); a figure's "k"
      // ends a sentence ("your current base of $142k. We are able to offer").
      let w = i;
      while (w > from && isLetter(text.charCodeAt(w - 1))) w--;
      const afterFigure = w > from && isDigit(text.charCodeAt(w - 1));
      if (c !== 0x2e || afterFigure || !ABBREVIATION.test(text.slice(w, i))) {
        cut = i + 2;
        break;
      }
    }
  }
  return text.slice(cut, start);
}
const SENTENCE_MAX = 200;
const ABBREVIATION =
  /^(?:[a-z]|ca|approx|incl|excl|min|max|e\.g|i\.e|etc|vs|no|nr|st|sr|jr|dr|mr|mrs|ms|inc|ltd|co|corp|bzw|ggf|inkl|stellv|evtl|zzgl|env|aprox|p\.a|p\.m)$/i;

/**
 * What a part-time job's pay comes to at full time: "€ 2.310,60 brutto pro Monat auf Basis 30
 * Wochenstunden (entspricht € 2.849,40 bei Vollzeit)", "soit 2 100 € à temps plein". The words
 * before say it is an equivalent, the words after that it is full time: alone, "3.000 € brutto
 * bei Vollzeit" states the pay.
 */
export const EQUIVALENT_BEFORE =
  /(?<![\w\u00C0-\u024F])(?:entspricht|equivalent to|equivalente a|équivalent à|soit|which is|i\.e\.?)(?: (?:ca\.|circa|rund|etwa|about|around|environ))?\s*$/i;
export const FULL_TIME_AFTER =
  /^[^.;()\n]{0,20}?(?<![\w\u00C0-\u024F])(?:(?:bei|auf) vollzeit(?:basis)?|vollzeit(?:basis|äquivalent)|(?:at |on a )?full[- ]time(?! position| role| job)(?: basis| equivalent)?|fte|à temps plein|a (?:tiempo|jornada) completa)\b/i;

/**
 * "Per diem of $75/day", "$60 per diem": a travel allowance. Per-diem (as-needed) staff are paid
 * by the hour ("Per Diem Rate: $55/hr"), so an hourly amount stays pay.
 */
export const PER_DIEM = /\bper[- ]diem\b/i;
