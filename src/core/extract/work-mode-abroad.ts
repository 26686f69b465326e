/**
 * Work-mode wording of Central and Eastern Europe, the Baltics, Greece and Turkey: a board's chips
 * ("Hibrid · Full time", "Пълно работно време · Хибридна работа", "Täistööaeg · Hübriidtöö"), a
 * field ("Çalışma Tercihi: İş Yerinde", "Mod de lucru: hibrid") and running text ("Hibridni model
 * rada", "робота в офісі", "lucru exclusiv la birou"); Arabic, Russian and Ukrainian wording; and
 * the home days and "no home working" of Nordic, Finnish, Czech and Indonesian postings that
 * work-mode.ts's lists miss. work-mode.ts merges these lists into its own.
 */
import type { WorkMode } from '../model/posting';

/** Whole chips or field values. */
export const ABROAD_BARE: [RegExp, WorkMode][] = [
  [
    /^(?:hibrid(?:n[oia])?(?: (?:rad|munka|munkavégzés|model|program))?|hibridni (?:rad|model(?: rada)?)|hibrit(?: çalışma)?|hübriid(?:töö|ne töö)?|hibrīd(?:darbs|s darbs|s)?|hibridinis(?: darbas)?|хибрид(?:н[аоия])?(?: работа| модел)?|гібрид(?:н(?:ий|а))?(?: формат| робота)?|гибрид(?:ный)?(?: формат)?|υβριδικ[ήό](?: εργασία| μοντέλο)?)$/i,
    'hybrid',
  ],
  [
    /^(?:(?:rad|posao) (?:u uredu|u kancelariji|na licu mesta|na licu mjesta|na lokaciji(?: poslodavca)?)|рад на лицу места|u uredu|στο γραφείο|(?:εργασία )?δια ζώσης|(?:darbs )?birojā|(?:darbas )?biure|helyszíni(?: munkavégzés)?|irodai munkavégzés|(?:работа )?в офис|(?:робота )?в офісі|(?:работа )?в офисе|(?:работа )?на (?:месте|территории) работодателя|(?:робота )?на (?:місці|території) роботодавця|офлайн|(?:i|İ)ş yerinde|ofisten|(?:töö )?kontoris|(?:la|în) birou|(?:munca|lucru) la birou)$/i,
    'onsite',
  ],
  [
    /^(?:uzaktan(?: çalışma)?|(?:la|de la) distanță|(?:rad )?od kuće|(?:rad )?na daljinu|віддален(?:о|а робота)|дистанційн(?:о|а робота)|(?:можно )?удал[её]нно|удал[её]нная работа|удал[её]нка|дистанционн(?:о|а работа)|εξ αποστάσεως|τηλεργασία|kaugtöö|attālināti|attālināts darbs|nuotolinis(?: darbas)?|darbas nuotoliniu būdu|távmunka|teljes távmunka)$/i,
    'remote',
  ],
];

/** Field labels whose value is the mode ("Çalışma Tercihi: Hibrit"). */
export const ABROAD_FIELD = String.raw`çalışma tercihi|çalışma modeli|mod(?:ul)? de lucru|tip(?:ul)? de lucru|način rada|model rada|režim rada|формат роботи|формат работы|формат|где работать|де працювати|формат на работа|τρόπος εργασίας|munkavégzés (?:módja|jellege)|munkarend|töö vorm|töövorm|darba veids|darba forma|darbo pobūdis|darbo būdas|طبيعة العمل|نمط العمل|نظام العمل|طريقة العمل`;

/**
 * Words that send work-mode.ts to a line (its MODE_WORD); the Latin "hibrid" and
 * "hibridni" hold its "ibrid" already.
 */
export const ABROAD_MODE_WORD = String.raw`hibrit|hübriid|hibrīd|хибрид|гібрид|гибрид|υβριδ|uzaktan|(?:i|İ)ş yerinde|ofisten|kontoris|birojā|biure|helyszíni|irodai munka|u uredu|u kancelarij|licu mesta|licu mjesta|na lokaciji|лицу места|γραφείο|δια ζώσης|в офіс|в офис|la birou|distanță|od kuće|na daljinu|віддален|дистанц|удаленн|αποστάσεως|τηλεργασ|kaugtöö|attālinā|nuotolin|távmunk|عن بعد|عن بُعد|هجين|حضوري|في الموقع|من المكتب|من مقر|من المقر|من المنزل|etätyö|etäpäiv|wfh|kanceláři|hjemmearbejdsdag|удалён|только удал|лише віддал|работодател|роботодавц|офлайн`;

// Days at home beside days in the office: "2 zile pe săptămână la biroul din Cluj, restul de
// acasă", "Haftada 2 gün ofis, 3 gün uzaktan", "3 dana u kancelariji, 2 dana od kuće".
const DAYS_ABROAD = String.raw`(?:[1-4]|două|doua|trei|két|három|два|дві|три|δύο|τρεις|iki|üç|kaks|kolm|divas|trīs|dvi|trys|dva|tri)`;
const DAY_WORD = String.raw`(?:zile|nap|dana|дни|дні|ден|ημέρες|μέρες|gün|päeva|dienas|dienos|dni)`;
const AT_HOME = String.raw`(?:de acasă|acasă|otthon|od kuće|от вкъщи|вдома|з дому|από το σπίτι|από απόσταση|uzaktan|kodus|kodunt|no mājām|attālināti|iš namų|nuotoliniu)`;

// Arabic: remote "عن بعد", "من المنزل"; hybrid "هجين"; on site "حضوري", "حضورياً" (not "حضورية", an
// interview's), "في الموقع" (not "في الموقع الإلكتروني", on the website), "من المكتب" (not "في
// المكتب الرئيسي", where the job is based, which says no more than "based in our office").
const AR_BEFORE = String.raw`(?<![\u0621-\u064A])`;
const AR_AFTER = String.raw`(?![\u0621-\u064A])`;

/** Phrases in running text, tried only on the lines ABROAD_MODE_WORD sends work-mode.ts to. */
export const ABROAD_PHRASES: [RegExp, WorkMode][] = [
  [new RegExp(String.raw`${AR_BEFORE}(?:عمل |نظام |بنظام )?(?:هجين|مختلط)${AR_AFTER}`), 'hybrid'],
  [
    new RegExp(
      String.raw`${AR_BEFORE}(?:حضوري(?:اً|ا)?|في الموقع(?! الإلكتروني| الالكتروني)|من (?:المكتب|المقر|مقر الشركة))${AR_AFTER}`,
    ),
    'onsite',
  ],
  [
    new RegExp(
      String.raw`${AR_BEFORE}(?<!(?:مقابلة|المقابلة|مقابلات|المقابلات|تدريب|التدريب|تعليم|التعليم) )(?:عن بُ?عد|من المنزل)${AR_AFTER}`,
    ),
    'remote',
  ],
  // Russian and Ukrainian chips: "Только удаленно · Украина, Польша", "Лише віддалено"; hh.ru's
  // schedule "Полная занятость, удаленная работа", "Возможна удалённая работа" and "Можно
  // удалённо"; "работа удалённо из любого города" (not "частично удалённая работа", a few days at
  // home).
  [
    /(?<![\p{L}])(?:(?:только|лише|тільки|полностью|повністю|можно|можна) (?:удал[её]нно|віддалено|дистанционно|дистанційно)|(?<!(?:частично|частичн[оа]я|частково) )удал[её]нн(?:ая|ую) работ[аеуы](?![^.;\n]{0,25}(?:\d|один|два|три|четыре)\s?(?:дн|раз))|работа удал[её]нно(?![^.;\n]{0,25}(?:\d|один|два|три|четыре)\s?(?:дн|раз))|віддален(?:а|у) робот[аиу]|удал[её]нк[аеуи])(?![\p{L}])/iu,
    'remote',
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:(?:program(?:ul)?|regim(?:ul)?|model(?:ul)?|mod(?:ul)?)(?: de lucru)? hibrid|hibrid(?:n[oia]|nom)? (?:rad\p{L}*|model\p{L}*|munk\p{L}*|način\p{L}*|režim\p{L}*)|hibrit (?:çalışma\p{L}*|model\p{L}*)|хибрид\p{L}* (?:работ\p{L}*|модел\p{L}*|режим\p{L}*|формат\p{L}*)|гібрид\p{L}* (?:формат\p{L}*|робот\p{L}*|режим\p{L}*|графік\p{L}*)|гибрид\p{L}* (?:формат\p{L}*|работ\p{L}*|режим\p{L}*)|υβριδικ\p{L}* (?:εργασ\p{L}*|μοντ[έε]λ\p{L}*)|hübriid\p{L}*|hibrīd\p{L}*|hibridin\p{L}* darb\p{L}*|${DAYS_ABROAD} ${DAY_WORD}\p{L}*[^.;\n]{0,60}${AT_HOME})`,
      'iu',
    ),
    'hybrid',
  ],
  [
    /(?<![\p{L}])(?:(?:lucru|munca|activitate)(?: exclusiv)? (?:la birou|în birou|la sediu)|робот[аиу] (?:в|з|на) офіс\p{L}*|работ[аыу] (?:в|от) офис\p{L}*|rad (?:u uredu|u kancelariji|na licu mesta|na licu mjesta)|darbas biure|darbs birojā|töö kontoris|ofisten çalışma|(?:i|İ)ş yerinde çalışma|εργασία (?:στο γραφείο|δια ζώσης)|helyszíni munkavégzés|irodai munkavégzés)(?![^.;\n]{0,40}(?:\s(?:или|або|ili|sau|veya|arba|ή|vagy|või|vai)\s|δυνατότητα|možnost|mogućnost|posibilitat|imkan|galimyb|lehetőség|можлив|возможн))/iu,
    'onsite',
  ],
  [
    /(?<![\p{L}])(?:100 ?% (?:de acasă|la distanță|uzaktan|távmunka|od kuće|віддалено|дистанционно|εξ αποστάσεως|kaugtöö|attālināti|nuotoliniu būdu)|(?:tamamen|tam) uzaktan|teljes(?:en)? távmunk\p{L}*|повністю віддален\p{L}*|изцяло дистанционн\p{L}*|potpuno (?:od kuće|na daljinu)|εξ ολοκλήρου εξ αποστάσεως|täielikult kaugtöö\p{L}*|pilnībā attālinā\p{L}*|visiškai nuotolin\p{L}*)/iu,
    'remote',
  ],
  // Home days in Danish, Norwegian and Finnish ("mulighed for 1–2 hjemmearbejdsdage om ugen",
  // "etätyöhön kaksi päivää viikossa"), Indonesian office and home days ("Skema hybrid: 3 hari WFO
  // di kantor SCBD, 2 hari WFH").
  // Norwegian "inntil to dager hjemmekontor per uke", Danish "én hjemmearbejdsdag om ugen",
  // Swedish "Hybridarbete"; "hjemmekontor 2 dager i uken", "hjemmekontor etter avtale (inntil 2
  // dager i uken)", Danish "hjemmearbejde 2-3 dage", "hjemmearbejde én dag om ugen", Belgian "1
  // dag telewerk per week"; Dutch "twee dagen per week thuis", "100% thuiswerken is niet
  // mogelijk, wel twee dagen"; Swedish "hemifrån två dagar", "på plats på kontoret tre dagar i
  // veckan" (the rest elsewhere).
  [
    /(?<![\p{L}])(?<!(?:ikke|ingen)\s(?:\p{L}+\s){0,3})(?:(?:[1-4]|én|en|to|tre)\s(?:\p{L}+\s)?dag(?:er)?\s(?:med\s|på\s)?hjemmekontor|(?:[1-4]|én|en|to) hjemmearbejdsdag(?:e)?(?!\p{L})|hjemmekontor(?: etter avtale)?[^.;\n]{0,15}(?<!\p{L})(?:[1-4]|én|en|to|tre) dag(?:er)?(?!\p{L})|(?:hjemmearbejde|hjemmefra)[^.;\n]{0,15}(?<!\p{L})(?:[1-4](?:-[1-4])?|én|en|to|tre) dage?(?!\p{L})|hybridarbete|hybridt arbete|hybridarbeid|(?:[1-4]|één|een|twee|drie) dag(?:en)? (?:per week |in de week )?(?:thuis|telewerk)|thuiswerk\p{L}*[^.;\n]{0,40}\bwel (?:[1-4]|één|een|twee|drie) dag(?:en)?(?!\p{L})|thuiswerk\p{L}*(?: is)? (?:kan|mag|mogelijk|toegestaan)[^.;\n]{0,25}(?<!\p{L})(?:[1-4]|één|een|twee|drie) dag(?:en)?(?!\p{L})|(?:hemifrån|på distans) (?:[1-4]|en|två|tre) dag(?:ar)?(?!\p{L})|på plats[^.;\n]{0,30}(?<!\p{L})(?:[1-4]|en|två|tre|fyra) dag(?:ar)? (?:i|per|om) veckan(?=[^.;\n]{0,60}(?:hemifrån|på distans|hemma|remote)))/iu,
    'hybrid',
  ],
  [
    /(?<![\p{L}])(?:[1-4](?:\s?[-–]\s?[1-4])? (?:hjemmearbejdsdage?|hjemmekontordager?|hjemmedager?)|etä(?:työ\p{L}*|päiv\p{L}*)[^.;\n]{0,20}(?:[1-4]|yksi|yhden|yhtenä|kaksi|kahtena|kolme|kolmena) päiv\p{L}*|(?:[1-4]|kaksi|kolme) etäpäiv\p{L}*|skema (?:kerja )?hybrid|[1-4] hari (?:WFO|WFH)\b)/iu,
    'hybrid',
  ],
  // No home working: Czech "home office není možný", Danish "ikke muligt at arbejde hjemmefra",
  // Norwegian "ikke mulig å jobbe hjemmefra", Swedish "inte möjligt att arbeta hemifrån",
  // Indonesian "tidak ada opsi WFH"; Czech "práce probíhá v kanceláři".
  // Dutch "thuiswerken is in deze functie niet mogelijk", "Dit is geen thuiswerkfunctie", Swedish
  // "Rollen kräver att du är på plats … dagligen".
  [
    /(?<![\p{L}])(?<!(?:volledig|helemaal|alleen|fulltime|full-time|uitsluitend|100 ?%)\s)(?:thuiswerken is (?:in deze (?:functie|rol|baan) )?niet mogelijk(?![^.;\n]{0,40}\b(?:wel|dagen?)\b)|geen thuiswerkfunctie|(?:vara|är) på plats(?: på [\p{L}-]+)? dagligen)/iu,
    'onsite',
  ],
  [
    /(?<![\p{L}])(?:home[- ]?office (?:není možn\p{L}*|nelze|není k dispozici)|ikke (?:muligt|mulig) (?:at|å) (?:arbejde|jobbe|arbeide) (?:hjemmefra|hjemme|remote)(?!\p{L})(?! hele)|inte möjligt att arbeta (?:hemifrån|på distans)|tidak ada (?:opsi )?(?:WFH|remote|kerja dari rumah)|práce probíhá v kanceláři(?![^.;\n]{0,40}\bi (?:z domova|z domu|doma|na dálku)))/iu,
    'onsite',
  ],
];
