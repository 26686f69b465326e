/**
 * Words that name a job in the languages of Central and Eastern Europe, the Balkans, Greece,
 * Turkey and the Baltics, in Cyrillic, Greek and Latin script, and in Arabic ("محاسب أول"): "Бухгалтер з первинної
 * документації", "Специалист „Обслужване на клиенти“", "Λογιστής/τρια", "İnsan Kaynakları
 * Stajyeri", "Pardavimų vadybininkas". title.ts's TITLE_WORD holds the English, German, French,
 * Spanish, Italian, Portuguese and Nordic words; a line under a board's menu that names a job in
 * these languages is the title as surely as "Sales Manager" is.
 */

// Stems, matched at a word's start: "бухгалтер" in "Бухгалтера", "λογιστ" in "Λογιστής/τρια".
const STEMS = [
  // Ukrainian, Russian, Bulgarian, Serbian and Macedonian (Cyrillic)
  'менеджер|бухгалтер|счетовод|рачуновођ|водій|водител|возач|шофьор|шофер|инженер|інженер|инжењер|разработчик|розробник|програміст|программист|програмист|програмер|специалист|спеціаліст|стручњак|оператор|продавец|продавц|продавч|продавач|касир|кассир|касиер|директор|руководител|керівник|ръководител|начальник|аналитик|аналітик|дизайнер|медсестр|медицинск[аи] сестр|лікар|врач|лекар|учител|вчител|наставник|педагог|юрист|правник|логист|логіст|кладовщик|комірник|магационер|складов|слесар|электрик|електрик|електричар|електромонт|сварщик|зварник|заварчик|механик|механік|технолог|администратор|адміністратор|секретар|помощник|помічник|асистент|ассистент|консультант|рекрутер|тестировщик|тестувальник|стажер|стажёр|стажист|стажант|практикант|повар|кухар|готвач|кувар|официант|офіціант|сервитьор|конобар|бариста|курьер|кур.єр|куриер|грузчик|вантажник|охранник|охоронець|прибиральни|уборщи|чистач|економист|экономист|економіст|маркетолог|копирайтер|перекладач|переводчик|преводач|фармацевт|провізор|архитектор|архітектор|монтажник|монтажер|монтьор|будівельник|строител|диспетчер|координатор|супервайзер|контролер|аудитор|фінансист|финансист|токар|агроном|ветеринар|технік|техник|техничар|мерчендайзер|представител|представник|торговий|торговый|агент',
  // Greek
  'λογιστ|υπάλληλ|πωλητ|οδηγ|μηχανικ|προγραμματιστ|νοσηλευτ|τεχνικ|διευθυντ|βοηθ|σύμβουλ|συμβουλ|αποθηκάρ|μάγειρ|σερβιτ|ταμί|αναλυτ|σχεδιαστ|γραμματέ|υπεύθυν|εκπαιδευτικ|καθηγητ|δάσκαλ|ιατρ|γιατρ|φαρμακοποι|ηλεκτρολόγ|υδραυλικ|συντηρητ|χειριστ|εργάτ|καθαρίστρ|ρεσεψιονίστ|οικονομολόγ|μηχανολόγ|ασκούμεν|διανομέ|φύλακ|ψήστ|μπαρίστ|προϊστάμεν',
  // Turkish
  'uzman|müdür|mühendis|geliştirici|muhasebe|satış|sorumlu|temsilci|stajyer|eleman|operatör|şoför|sürücü|hemşire|öğretmen|asistan|teknisyen|yönetici|aşçı|garson|kasiyer|tezgahtar|danışman|analist|tasarımcı|ustası|işçi|depocu|kurye|görevli|memur|müşavir|koordinatör|yazılımcı|programcı|avukat|eczacı|hekim|tekniker|şefi',
  // Romanian
  'șofer|şofer|sofer|vânzăt|vanzat|asistent|programator|dezvoltator|tehnician|sudor|mecanic|magaziner|lucrător|lucrator|muncitor|reprezentant|economist|farmacist|bucătar|bucatar|ospătar|ospatar|recepționer|receptioner|paznic|îngrijitor|coordonator',
  // Hungarian
  'elemző|munkatárs|ügyintéző|értékesítő|asszisztens|gyakornok|sofőr|gépkocsivezető|raktáros|eladó|pénztáros|ápoló|tanár|szakács|pincér|karbantartó|villanyszerelő|hegesztő|tanácsadó|szakértő|koordinátor|programozó|tervező|titkár|recepciós|szerelő|technikus|ügyfélszolgálat',
  // Polish, Czech and Slovak
  'kierownik|inżynier|analityk|asystent|konsultant|pielęgniar|nauczyciel|pracownik|stażyst|praktykant|doradca|przedstawiciel|koordynator|projektant|elektryk|spawacz|kasjer|kelner|recepcjonist|dyrektor|menedżer|opiekun|vedoucí|řidič|vodič|prodavač|skladník|inženýr|učitel|kuchař|číšník|elektrikář|svářeč|operátor|specialista|manažer|manažér|brigádník|stážista',
  // Croatian, Serbian, Bosnian and Slovenian (Latin)
  'medicinska sestra|tehničar|voditelj|skladištar|magacioner|računovođ|knjigovođ|programer|inženjer|savjetnik|savetnik|stručnjak|suradnik|saradnik|konobar|kuhar|kuvar|blagajnik|čistač|spremač|radnik|serviser|električar|zavarivač|mehaničar|vodoinstalater|pripravnik|direktor|menadžer|rukovodi|nastavnik|njegovatelj|dostavljač|komercijalist',
  // Latvian, Lithuanian and Estonian
  'vadītāj|grāmatved|speciālist|pārdevēj|programmētāj|inženier|šoferis|autovadītāj|darbiniek|analītiķ|pavār|viesmīl|kasier|medmās|skolotāj|izstrādātāj|tehniķ|elektriķ|metinātāj|mehāniķ|menedžer|praktikant|stažier|vadybinink|buhalter|pardavėj|programuotoj|inžinier|vairuotoj|sandėlinink|darbuotoj|analitik|virėj|padavėj|kasinink|slaugytoj|mokytoj|vadov|technikas|elektrikas|suvirintoj|mechanikas|kūrėj|raamatupidaja|müüja|autojuht|laotöötaja|töötaja|analüütik|ettekandja|kassapidaja|õpetaja|projektijuht|insener|keevitaja|mehaanik|klienditeenindaja|spetsialist',
  // Arabic, the masculine stem also the feminine's ("موظف" in "موظفة", "موظف/ة")
  'محاسب|سائق|أخصائي|اخصائي|مهندس|فني|مدرس|معلم|موظف|صيدلي|مدير|مسؤول|مسئول|كاتب|باريستا|فرد أمن|حارس|ممرض|طاه|طباخ|شيف|مندوب|منسق|مشرف|أستاذ|استاذ|مطور|مبرمج|مصمم|محلل|سكرتير|طبيب|مستشار|ممثل|مساعد|مراقب|مفتش|مدقق|أمين (?:مستودع|صندوق|مخزن)|كاشير|بائع|نادل|مترجم|باحث|تقني|ضابط|مسوق|متدرب|مدرب|استشاري|عامل',
].join('|');

// Whole words only: too short to be stems ("usta" in "ustawa" is none), or a stem of a Western
// word ("referent" in Spanish "referente", "casier" in French "casier judiciaire").
const WORDS = 'şef|šef|sef|kokk|õde|juht|usta|referent|ведущий|провідний';

// Dutch, the Nordic languages and Finnish join words into one ("Beleidsadviseur",
// "Magazijnmedewerker", "Seniorrådgiver", "Kesätyöntekijä"): the job word ends the word.
const ENDINGS = [
  // Dutch and Flemish ("leider" only in the Dutch compounds: German has "leider" and "Kleider",
  // and "Fachkundige" too, so no "kundige"; "manager" at a compound's end: "Accountmanager")
  'medewerker|adviseur|(?:team|project|bedrijfs|afdelings|ploeg|groeps|filiaal|locatie|vestigings|praktijk|traject|zorg)leider|(?<=\\p{L})manager|ontwikkelaar|monteur|chauffeur|docent|leraar|begeleider|verzorgende|administrateur|boekhouder|orderpicker|beheerder|consulent|stagiair|verkoper|inkoper|installateur|elektricien|bediende|arbeider|directeur|coördinator',
  // Danish, Norwegian and Swedish ("rådgiver" only in a compound: Danish "Vi rådgiver" is a verb)
  '(?<=\\p{L})rådgiver|rådgivare|sygeplejerske|sykepleier|sjuksköterska|lærling|lärling|elektriker|montør|montör|ingeniør|ingenjör|utvikler|utvecklare|udvikler|projektleder|prosjektleder|projektledare|medarbejder|medarbeider|medarbetare|sekretær|sekreterare|lærer|lärare|pædagog|servitør|lagerarbetare|chaufför|sjåfør|chauffør|snickare|tømrer|snekker|säljare|sælger|selger|økonom|ekonom|handläggare|saksbehandler|sagsbehandler|undersköterska|helsefagarbeider|fagarbeider|avdelingsleder|afdelingsleder|enhetschef|verksamhetschef|butikschef',
  // Finnish
  'työntekijä|asiantuntija|suunnittelija|kehittäjä|insinööri|myyjä|hoitaja|opettaja|kuljettaja|asentaja|päällikkö|johtaja|harjoittelija|sihteeri|kirjanpitäjä|koordinaattori|analyytikko|konsultti|tarjoilija|siivooja|sähköasentaja',
].join('|');

const JOB_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${STEMS}|(?:${WORDS})(?![\p{L}]))|(?:${ENDINGS})(?![\p{L}])`,
  'iu',
);

/** Whether a line names a job in one of these languages' words. */
export function namesJobAbroad(text: string): boolean {
  return JOB_WORD.test(text);
}
