/**
 * Heading vocabulary in English, German, French and Spanish, mapped to section kinds. Matched
 * against a whole normalised heading (lower case, apostrophes folded, no trailing colon), so
 * "Requirements" is a heading but "Requirements apply to some benefits." is not.
 */
import type { SectionKind } from '../model/section';
import { normaliseHeading } from './normalise-heading';
import { addKey, hasKey, keyBits } from '../text/key-bits';

const HEADINGS: Record<Exclude<SectionKind, 'header'>, string[]> = {
  responsibilities: [
    // Korean, Japanese and Chinese duties.
    '담당 ?업무',
    '주요 ?업무',
    '업무 ?내용',
    '仕事内容',
    '業務内容',
    'お仕事内容',
    '岗位职责',
    '工作职责',
    '职位描述',
    '工作內容',
    '職務內容',
    // Swahili
    'majukumu(?: (?:ya kazi|makuu|yako))?',
    'maelezo ya kazi',
    'responsibilities',
    '(?:key|main|core|primary|your|job|the|role|essential) (?:responsibilities|duties)',
    'duties(?: and responsibilities)?',
    'roles? (?:and|&) responsibilities',
    'main duties(?: of the job)?',
    'actividades',
    'responsibilities and duties',
    'duties & responsibilities',
    "what you'll do",
    'what you will do',
    "what you'll be doing",
    'what you will be doing',
    'what the job involves',
    'in this role,? you will',
    'your (?:role|mission|impact|tasks|day to day)',
    'the role',
    'role',
    'il ruolo',
    'o papel',
    'the position',
    'examples of (?:essential )?duties',
    'key performance areas',
    'kpas',
    'tasks',
    'day to day',
    'a day in the life',
    'job duties',
    'job role',
    '(?:ihre|deine) (?:aufgaben|hauptaufgaben|tätigkeiten|verantwortung)',
    'aufgaben(?:gebiet)?',
    // Ukrainian, Russian, Bulgarian, Serbian and Croatian, Greek, Turkish, Romanian, Hungarian,
    // Latvian and Lithuanian duties.
    "обов['’]?язки",
    'обязанности',
    'задължения',
    '(?:opis )?(?:posla|zadaci|odgovornosti)',
    'αρμοδιότητες',
    'καθήκοντα',
    'задачи',
    'задачі',
    '(?:ваши|твои|основные) задачи',
    '(?:чем|чим) (?:предстоит|вы будете|ты будешь|доведеться|ви будете) (?:заниматься|займатися)',
    '(?:что|що) (?:предстоит|нужно будет|нужно|потрібно|треба|доведеться) (?:делать|робити)',
    'что делать',
    'що робитимеш',
    'какво ще правиш',
    'зона ответственности',
    "ваші обов['’]?язки",
    '(?:основни |вашите )?отговорности',
    'основни задължения',
    'работни задачи',
    'опис (?:посла|послова|на работата)',
    '(?:iş tanımı|görev(?:ler)?(?: ve sorumluluklar)?)',
    'responsabilități(?:le)?',
    // Romanian: "Ce vei face", "Ce căutăm", "Ce oferim".
    'ce vei face',
    'atribuții(?:le)?(?: postului| principale)?',
    '(?:a )?feladat(?:ok|aid|köröd)?',
    'pienākumi',
    'pareigos|atsakomybės|funkcijos',
    'ihr aufgabengebiet',
    'das erwartet (?:sie|dich)',
    'was (?:sie|du) (?:bei uns )?(?:tun|machen) (?:wirst|werden)',
    'missions?(?: principales)?',
    'vos (?:missions|responsabilités|tâches)',
    'votre (?:mission|rôle)',
    'responsabilités',
    'descriptif du poste',
    'le poste',
    'funciones(?: del puesto)?',
    'tus (?:funciones|responsabilidades|tareas)',
    'responsabilidades',
    'tareas(?: a (?:desarrollar|realizar))?',
    '¿?qué harás\\??',
    'you will',
    "you'll",
    "what you'll be working on",
    'what you will be working on',
    '(?:deine|ihre) rolle',
    'ce que vous (?:ferez|allez faire)',
    'vos principales missions',
    'votre quotidien',
    '¿?qué vas a hacer\\??',
    'lo que harás',
    'tu día a día',
    '(?:tu|el) rol',
    'principales funciones',
    // Public-sector and PDF job descriptions (EN, FR, ES).
    '(?:key|main|principal) accountabilities',
    'accountabilities',
    '(?:essential|principal|key|main) (?:job )?(?:functions|duties)(?: and responsibilities)?',
    'job functions',
    'what the role looks like',
    "what you(?:'ll|'d| will| would) work on",
    "what you(?:'d| would) (?:do|be doing)",
    "what you(?:'ll| will) be responsible for",
    '(?:tes|ta) (?:tâches|missions|mission|responsabilités)',
    'ton rôle',
    '(?:vos|votre) (?:fonctions|fonction|activités|attributions)',
    'fonction',
    'nature du travail',
    '(?:principales|vos principales) responsabilités',
    'funciones (?:principales|del cargo)',
    'responsabilidades (?:del cargo|del puesto|principales)',
    '(?:was (?:dich|sie)|das erwartet (?:dich|sie)) (?:bei uns )?erwartet',
    'was (?:dich|sie) erwartet',
    'was erwartet (?:dich|sie)(?: bei uns)?',
    'wat (?:ga je doen|doe je|ga jij doen)',
    '(?:jouw |je )?(?:taken|functieomschrijving)',
    'was du tust',
    '(?:deine|ihre) tätigkeiten',
    'tätigkeiten',
    // Portuguese, Italian, Dutch, Swedish (session 37).
    'o que (?:você|voce|tu) (?:vai|irá|ira|vais) fazer',
    'o que vais fazer',
    '(?:suas|tuas|principais) (?:atividades|responsabilidades|atribuições)',
    'atividades(?: e responsabilidades)?',
    'atribuições',
    'cosa farai',
    'mansioni',
    '(?:le tue|principali) (?:attività|responsabilità|mansioni)',
    'over de (?:functie|baan|rol)',
    '(?:dina )?arbetsuppgifter',
    'om (?:tjänsten|rollen|jobbet)',
    // Arabic (session 48).
    'المهام(?: والمسؤوليات| الرئيسية| الوظيفية)?',
    'المسؤوليات(?: الرئيسية)?',
    'الواجبات',
    'مهام الوظيفة',
    'الوصف الوظيفي',
    'ماذا ستفعل[؟?]?',
    'tanggung jawab(?: pekerjaan)?',
    'deskripsi pekerjaan',
    'mô tả công việc',
  ],
  requirements: [
    // Korean, Japanese and Chinese requirements.
    '자격 ?요건',
    '지원 ?자격',
    '필수 ?요건',
    '応募資格',
    '必須(?:スキル|要件|条件)',
    '求める(?:人材|スキル|経験)',
    '任职要求',
    '岗位要求',
    '任职资格',
    '任職要求',
    '應徵條件',
    // Swahili
    'sifa(?: za (?:mwombaji|waombaji|muombaji|kuomba|kitaaluma))?',
    'vigezo(?: vya (?:kuomba|mwombaji))?',
    'requirements',
    '(?:job|key|minimum|basic|essential|required|core|the) (?:requirements|qualifications)',
    'qualifications(?: and experience| & experience| and skills)?',
    'minimum education and experience required',
    "what you'll bring",
    'what you will bring',
    'what you bring',
    "what you(?:'ll| will)? need",
    'what we need',
    '(?:desired )?candidate profile',
    '(?:the )?ideal candidate',
    'person specification',
    "what we're looking for",
    'what we are looking for',
    'who you are',
    'about you',
    'you have',
    'your profile',
    'your skills',
    'skills(?: required| and experience| & experience| and qualifications)?',
    'required skills(?: and experience)?',
    'experience',
    'must haves?',
    'education and experience',
    'eligibility',
    '(?:ihr|dein) profil',
    'anforderungen',
    'was (?:sie|du) mitbring(?:en|st)',
    'wir erwarten(?: von (?:ihnen|dir))?',
    // "Vi søger en pædagog, der", "Vi söker en utvecklare som": the job named in the call.
    'vi (?:søger|söker|søker etter) (?:en|ei|et|ett) [a-z\\u00C0-\\u024F-]{3,30},? (?:der|som)',
    'das bringst du mit',
    'was bringst du mit',
    'was bringen sie mit',
    'das bringen sie mit',
    'qualifikationen',
    'profil(?: recherché)?',
    'votre profil',
    // With the article: "Le profil", "Le profil recherché", "Il profilo", "El perfil".
    'le profil(?: recherché| souhaité| du candidat| idéal)?',
    'profil (?:du candidat|idéal)',
    'il profilo(?: ricercato| richiesto| ideale)?',
    'el perfil(?: buscado| requerido| deseado| del candidato| ideal)?',
    'perfil ideal',
    'profilo ideale',
    'ideal profile',
    'compétences(?: requises)?',
    'qualifications requises',
    'requisitos(?: mínimos| generales| académicos| acad[eé]micos y profesionales| profesionales| de formaci[oó]n| de experiencia)?',
    // Italian, Portuguese, Dutch, Polish, Nordic, Czech, Hungarian, Finnish.
    'requisiti(?: richiesti| minimi)?',
    'profilo(?: ricercato| richiesto)?',
    'cosa cerchiamo',
    'requisitos (?:obrigatórios|necessários|da vaga)',
    'o que (?:procuramos|buscamos|esperamos de (?:você|ti))',
    'qualificações',
    'wat (?:vragen wij|wij vragen|we vragen|breng jij mee|neem je mee)',
    'functie-?eisen',
    'jouw profiel',
    'profiel',
    'wie zoeken (?:wij|we)',
    'wie ben jij',
    'wie ben jij\\??',
    'wat vragen (?:we|wij)\\??',
    'din profil',
    '(?:vem|hvem) (?:är|er) du\\??',
    'hvem du er',
    'dette er deg',
    'om dig',
    'om deg',
    '(?:nasze )?wymagania(?: obowiązkowe| konieczne)?',
    'opis wymagań',
    'czego (?:oczekujemy|od ciebie oczekujemy)',
    'oczekujemy',
    'kvalifikationer',
    'kvalifikasjoner',
    'kvalifikationskrav',
    'vi (?:söker dig som|forventer(?:,? at du)?|ser gerne(?: at du)?|tror du har|tror (?:att|at) du(?: har| er| är)?|søger(?: dig| en)?(?:,? der| som)|ser etter(?: deg| en)?(?: som)?|søker deg som)',
    'krav',
    '(?:dina|dine) kvalifika(?:tioner|sjoner)',
    'odotamme(?:,? että sinulla on)?',
    'toivomme(?: sinulta|,? että sinulla on)?',
    'edellytämme',
    'wij vragen',
    'vereisten',
    'požadujeme',
    'požadavky',
    'co (?:od vás )?očekáváme',
    'elvárások',
    'elvárásaink',
    'amit elvárunk',
    // Romanian, Serbian and Croatian, Turkish, Estonian, Latvian, Lithuanian, Ukrainian, Russian,
    // Bulgarian and Greek.
    'cerințe(?:le)?(?: postului)?',
    'ce (?:așteptăm|căutăm) de la tine',
    'ce căutăm',
    'condiții (?:de participare|de înscriere|minime)',
    'profilul candidatului(?: ideal)?',
    'uslovi',
    'uvjeti',
    'zahtjevi',
    '(?:šta|što) (?:očekujemo|tražimo)(?: od tebe| od vas)?',
    'očekujemo',
    'tražimo',
    '(?:genel |aranan )?nitelikler',
    'nõuded(?: kandidaadile)?',
    'ootame (?:sinult|teilt)',
    'prasības(?: kandidātam)?',
    'mēs sagaidām',
    'reikalavimai(?: kandidatui)?',
    'ko (?:tikimės|mes tikimės)',
    'вимоги(?: до кандидата)?',
    'ми очікуємо',
    'що ми очікуємо',
    'требования(?: к кандидату)?',
    'мы ожидаем',
    'изисквания(?:та)?(?: към кандидатите)?',
    'очакваме',
    'какво очакваме(?: от теб)?',
    'услови',
    'захтеви',
    'απαιτούμενα προσόντα',
    'προσόντα',
    'απαιτήσεις',
    '(?:απαραίτητα|ζητούμενα) προσόντα',
    // hh.ru's "Что мы ждём", "Наши ожидания", "Кого мы ищем"; Ukrainian and Macedonian ones.
    'что (?:мы )?(?:ждём|ждем|ожидаем)(?: от (?:вас|тебя|кандидата))?',
    'мы (?:ждём|ждем)(?:,? что (?:вы|ты))?',
    '(?:ждём|ждем|что нужно|что) от (?:вас|тебя)',
    '(?:наши )?ожидания',
    'что важно(?: для нас)?',
    'кого (?:мы |ми )?(?:ищем|шукаємо)',
    'квалификационные требования',
    'ми чекаємо(?: від (?:вас|тебе))?',
    'що для нас важливо',
    'бараме',
    'потребни квалификации',
    'vaatimukset',
    'odotamme sinulta',
    // Nordic qualification headings and Arabic ones (session 48).
    'behörighetskrav(?: och (?:önskemål|meriter))?',
    'kelpoisuus(?:vaatimukset|ehdot)',
    'vi förutsätter(?: att du har)?',
    'krav og ønsker',
    'المتطلبات',
    'متطلبات الوظيفة',
    'الشروط(?: المطلوبة| العامة)?',
    'المؤهلات(?: المطلوبة| والخبرات| والمهارات| العلمية والخبرات)?',
    'المهارات المطلوبة',
    'ما نبحث عنه',
    'ماذا نحتاج(?: منك| منكِ)?[؟?]?',
    'من نبحث عنه[؟?]?',
    'ما نحتاجه(?: منك)?',
    'المتطلبات والمؤهلات',
    // Indonesian and Vietnamese (session 50).
    'kualifikasi(?: (?:yang dibutuhkan|umum|khusus|kandidat))?',
    'persyaratan(?: kandidat)?',
    'syarat(?: pelamar)?',
    // Malay (session 54).
    'kelayakan(?: (?:minimum|akademik|calon))?',
    'syarat-syarat(?: (?:kelayakan|permohonan))?',
    'yêu cầu(?: công việc| ứng viên)?',
    '(?:tu )?perfil',
    'perfil (?:pretendido|desejado|procurado|requerido|buscado)',
    '¿?qué buscamos\\??',
    'lo que buscamos',
    'buscamos',
    'what you need',
    'your background',
    'was wir (?:von (?:dir|ihnen) )?erwarten',
    'das (?:solltest du|sollten sie) mitbringen',
    'das zeichnet (?:dich|sie) aus',
    '(?:deine|ihre) qualifikationen',
    'ce que nous recherchons',
    'profil souhaité',
    'vous êtes',
    '¿?a quién buscamos\\??',
    'lo que (?:necesitas|pedimos)',
    'lo que esperamos de ti',
    'requerimientos',
    '(?:essential|key|minimum) (?:criteria|skills(?: and experience)?|experience)',
    // A person specification's "Essential:" over its list, as its "Desirable:" is preferred.
    'essential',
    '(?:key )?selection criteria',
    // Ireland's HSE: "Eligibility Criteria - Qualifications and/or experience".
    'eligibility criteria',
    'qualifications and\\/or experience',
    'education (?:and|&) (?:experience|qualifications)',
    'key skills',
    "what we(?:'re| are) after",
    'what we need from you',
    "you(?:'ll| will) need",
    "(?:who )?we(?:'re| are) looking for",
    'what we look for(?: in (?:you|a candidate|candidates))?',
    'who we look for',
    '(?:required|your) (?:candidate )?profile',
    'knowledge, skills and abilities',
    '(?:physical|job) requirements',
    'your (?:qualifications|experience)',
    'exigences(?: du poste)?',
    '(?:ton|votre) profil(?: recherché)?',
    'profil requis',
    "ce (?:qu'on|que l'on|que nous) recherch(?:e|ons)",
    'prérequis',
    'qui êtes-vous\\s?\\??',
    'perfil (?:requerido|buscado|del candidato)',
    'requisitos (?:del cargo|del puesto|excluyentes|indispensables|de (?:los|las) (?:candidat[oa]s|aspirantes|solicitantes)|del (?:candidato|aspirante|solicitante))',
    'formación y experiencia',
    '(?:du bringst|sie bringen) mit',
    'voraussetzungen',
    'anforderungsprofil',
    '(?:unsere|deine|ihre) anforderungen',
    'was wir suchen',
  ],
  preferred: [
    // Korean, Japanese and Chinese pluses.
    '우대 ?사항',
    '우대 ?조건',
    '歓迎(?:スキル|要件|条件)',
    '尚可',
    '加分项',
    '优先条件',
    '加分條件',
    '(?:preferred|desired|additional|bonus|nice to have) (?:qualifications|skills|experience)',
    'preferred',
    'nice to haves?',
    'nice-to-haves?',
    'good[ -]to[ -]haves?(?: (?:skills|qualifications|experience|requirements))?',
    // Romanian and Hungarian: "Constituie un avantaj", "Előny", "Előnyt jelent".
    '(?:constituie|reprezintă) (?:un )?avantaj',
    'előny',
    'előnyt jelent',
    'bonus points',
    // Canada's public service: "Asset qualifications", "Qualifications constituant un atout".
    'asset qualifications?',
    'assets',
    'qualifications constituant un atout',
    'pluses',
    "it's a plus if you have",
    'bonus if you have',
    'wünschenswert',
    'von vorteil',
    'nice to have',
    'atouts',
    'serait un plus',
    'les plus',
    'deseable',
    'se valorará',
    'valorable',
    'desirable(?: (?:criteria|skills|experience|qualifications))?',
    'requisitos deseables',
    'méritos(?: valorables| preferentes)?',
    'deseables',
    'un atout',
    'mile widziane',
    'gradit[oi]',
    'costituirà titolo preferenziale',
    '(?:será )?(?:um )?diferencia(?:l|is)',
    'desejáve(?:l|is)',
    'pluspunten',
    '(?:een )?pré',
    'meriterande',
    'det er en fordel',
    'det er et plus',
    'výhodou',
    'nilai tambah',
    'diutamakan',
    'ưu tiên',
    // Pluses in other words: "Les petits plus", "Requisitos deseados", "Costituiranno titolo
    // preferenziale", "Requisitos preferenciais", Australia's "Highly regarded", "Pluspunkte".
    // Not a bare "Plus" or "Bonus": a two-column PDF's wrapped "Annual profit-sharing" / "bonus".
    '(?:les )?petits plus',
    'un plus',
    'extra credit',
    'requisitos (?:deseados|valorables|preferentes|preferenciais|desejáveis|desejados)',
    'requisiti (?:preferenziali|graditi)',
    '(?:costituiranno|costituisce|costituiscono) titolo preferenziale',
    '(?:costituiranno|costituiscono) titoli preferenziali',
    'sarà considerato un plus',
    'titol[oi] preferenzial[ei]',
    'highly (?:regarded|desirable|valued)',
    'advantageous',
    'gewünscht',
    'pluspunkte',
    'ein plus(?: sind| wäre(?:n)?)?',
    'vorteilhaft',
    'idealerweise(?: bringst du mit| bringen sie mit)?',
    // Russian, Ukrainian, Bulgarian and Greek pluses: "Будет плюсом", "Буде перевагою".
    '(?:будет|буде) (?:плюсом|преимуществом|перевагою)',
    'ще се счита за предимство',
    'επιθυμητά(?: προσόντα)?',
    // Turkish pluses: "Tercih Sebepleri", "Tercihen", "Tercih edilen nitelikler".
    'tercih sebe(?:pleri(?:miz)?|bi)',
    'tercih nedeni',
    'tercih nedenleri',
    'tercihen',
    'tercih edilen (?:nitelikler|özellikler)',
  ],
  benefits: [
    // Korean, Japanese and Chinese benefits.
    '복리 ?후생',
    '福利厚生',
    '待遇・福利厚生',
    '福利待遇',
    '福利',
    // Swahili
    'marupurupu',
    'benefits(?: (?:&|and) perks)?',
    'perks(?: (?:&|and) benefits)?',
    '(?:our|your|the) benefits',
    'what we offer',
    'we offer',
    "what's in it for you",
    'why join us',
    'why you will love working here',
    'wir bieten(?: dir| ihnen)?',
    'was wir (?:dir |ihnen )?bieten',
    'was bieten wir(?: dir| ihnen)?',
    'unser angebot',
    'benefits bei uns',
    'avantages',
    'ce que nous offrons',
    'ce que nous proposons',
    'nous offrons',
    'nous vous offrons',
    'pourquoi nous rejoindre',
    'ofrecemos',
    '¿?qué ofrecemos\\??',
    'beneficios',
    'te ofrecemos',
    "what's on offer",
    "what you(?:'ll| will)? get",
    'why work (?:with|for|at) us',
    'our (?:offer|perks)',
    '(?:total )?rewards(?: (?:&|and) benefits)?',
    // "Why Coastline?", "Why join Acme?": the employer's pitch, not "Why this role".
    "why (?!(?:this|the|it|we|you|now|an?|are|is|do|does|should|would|did|not|what|how)\\b)[a-z\\u00C0-\\u024F\\d&.' -]{2,40}\\??",
    "benefits of (?:working|joining) (?:with |at |for )?[a-z\\u00C0-\\u024F\\d&.' -]{2,40}",
    'das bieten wir(?: dir| ihnen)?',
    'unsere (?:benefits|leistungen|vorteile)',
    '(?:deine|ihre) (?:vorteile|benefits)',
    'darauf (?:kannst du dich|können sie sich) freuen',
    'notre offre',
    '(?:nos|vos) avantages',
    'avantages sociaux',
    'ce que nous vous (?:offrons|proposons)',
    'nous vous proposons',
    'lo que (?:te )?ofrecemos',
    '¿?qué te ofrecemos\\??',
    'se ofrece',
    'nuestros beneficios',
    'prestaciones',
    'the good stuff',
    'our client offers',
    'in return(?: we offer)?',
    'what we can offer(?: you)?',
    'what we offer you',
    'package(?: complémentaire)?',
    'offre',
    "ce (?:qu'on|que l'on) (?:offre|propose)",
    'conditions',
    'condiciones',
    'condizioni(?: contrattuali| economiche)?',
    'condições',
    'das angebot',
    '(?:deine|ihre) vorteile bei uns',
    'te ofrecemos',
    // Italian, Portuguese, Dutch, Polish, Nordic, Czech, Hungarian, Finnish.
    '(?:cosa )?offriamo',
    'cosa ti offriamo',
    'si offre',
    "cosa (?:ti |vi )?offre l'azienda",
    '(?:o que )?oferecemos',
    'benefícios',
    'ce (?:îți |vă )?oferim',
    'beneficii',
    '(?:wat )?(?:wij|we) bieden(?: jou| je)?',
    'wat bieden (?:wij|we)(?: jou| je)?',
    'ons aanbod',
    'wij bieden(?: jou| je)?',
    'arbeidsvoorwaarden',
    '(?:co )?oferujemy',
    'co możemy (?:ci )?zaoferować',
    'vi (?:erbjuder|tilbyr|tilbyder|byder på)(?: dig)?',
    'det (?:erbjuder vi|tilbyr vi|tilbyder vi)',
    '(?:co )?nabízíme',
    'amit kínálunk',
    'kínálunk',
    'tarjoamme',
    'المزايا(?: والحوافز| والامتيازات)?',
    'الامتيازات',
    'مزايا الوظيفة',
    'ما نقدمه(?: لك)?',
    'نقدم لك',
    // Russian, Ukrainian, Bulgarian, Serbian and Greek offers: hh.ru's "Условия", "Мы предлагаем".
    'условия(?: работы| и мотивация)?',
    'клиент предлагает',
    '(?:что )?(?:мы )?предлагаем',
    '(?:що )?(?:ми )?пропонуємо',
    'умови(?: роботи)?',
    '(?:какво )?(?:ние )?предлагаме',
    '(?:ми )?нудимо',
    'нудиме',
    '(?:τι )?προσφέρουμε',
    '(?:η εταιρεία )?προσφέρει',
    'παροχές',
  ],
  salary: [
    // Swahili
    'mshahara(?: na (?:marupurupu|stahiki))?',
    'salary(?: (?:ranges?|schedules?|scales?|grades?|bands?|structure|information|details))?',
    'pay(?: ranges?| rates?| by (?:shift|location|level)| schedules?| grades?| bands?| transparency)?',
    '(?:salary|compensation) transparency',
    'base pay(?: range)?',
    'compensation(?: (?:&|and) benefits)?',
    'base salary',
    'hourly rates?',
    'rates?(?: of pay)?',
    'pay (?:&|and) (?:conditions|hours)',
    'gehalt',
    'vergütung',
    'salaire',
    'rémunération',
    'remuneration(?: package)?',
    'salario',
    'sueldo',
    'retribución',
    '(?:rémunération|salaire) et avantages',
    'traitement',
    'remuneración',
    'emoluments',
    'pay scale',
    'retribuzione',
    'trattamento economico',
    'remuneração',
    'salaris',
    'wynagrodzenie',
    'lön(?:evillkor)?',
    'lønn',
    'løn',
    'mzda',
    'palkka',
    'الراتب(?: والمزايا| والبدلات| والامتيازات)?',
    'الأجر',
    'الأجرة(?: والامتيازات)?',
    'keuntungan(?: dan fasilitas)?',
    'fasilitas',
    'quyền lợi(?: được hưởng)?',
    'phúc lợi',
  ],
  about: [
    // Swahili
    'kuhusu (?:kampuni|sisi|mwajiri)',
    'about us',
    'tentang (?:kami|perusahaan)',
    'mengenai (?:kami|syarikat)',
    'giới thiệu công ty',
    'về chúng tôi',
    'about the (?:company|team|employer)',
    "about [a-zA-Z\\u00C0-\\u024F\\d&.' -]{2,40}",
    'who we are',
    'company description',
    'über uns',
    'wer wir sind',
    'qui sommes-nous\\s?\\??',
    'à propos(?: de nous)?',
    "l'entreprise",
    'contexte',
    'le contexte',
    'contexto',
    'sobre nosotros',
    '¿?quiénes somos\\??',
    'la empresa',
    'company overview',
    'sobre la empresa',
    'das sind wir',
    '(?:our|the) company',
    '(?:über|das) unternehmen',
    'über das unternehmen',
    'wir über uns',
    '(?:notre|la) (?:entreprise|société)',
    "présentation(?: de (?:l'entreprise|la société|l'association|la structure))?",
    '(?:acerca de nosotros|nuestra empresa)',
    'من نحن[؟?]?',
    '(?:نبذة )?عن (?:الشركة|المنشأة|الجهة)',
  ],
  other: [
    // Swahili
    'jinsi ya (?:kutuma maombi|kuomba)',
    'namna ya kuomba',
    'infos pratiques',
    'informations pratiques',
    'job details',
    // Indeed's "Full job description" and its French and Spanish forms.
    '(?:full )?job description',
    'description',
    'overview',
    'summary',
    'equal opportunity employer',
    'location',
    'how to apply',
    // EDJOIN's school-district postings: "Requirements for Applying", "Comments and Other Information".
    'requirements for applying',
    'comments and other information',
    '(?:vollständige )?stellenbeschreibung',
    // Summaries, forms and the end of the posting: they end the section above.
    '(?:job|role|position) (?:purpose|summary|overview)',
    'purpose of the (?:role|job|position)',
    'general summary',
    '(?:objetivo|propósito|misión) del (?:cargo|puesto)',
    'descripción(?: completa)?(?: del (?:puesto|cargo|empleo))?',
    "(?:finalité|raison d'être) du poste",
    'description (?:complète )?du poste',
    'job highlights',
    // Boards' field "Education" (Naukri: "UG: B.Tech", "PG: M.Tech" as accepted, not required).
    'education',
    'contract details',
    'conditions of employment',
    '(?:additional|other) information',
    '(?:informations complémentaires|información adicional|zusätzliche informationen)',
    '(?:our )?(?:hiring|application|recruitment) process',
    'déroulement des entretiens',
    'processus de recrutement',
    'proceso de selección',
    'postulación',
    '(?:cómo postular|postuler|candidature|bewerbung|kontakt|contact)',
    '(?:horaire|horario|arbeitszeit|working hours)',
    // Ads a board or newsletter appends after the posting.
    '(?:similar|more|other) (?:jobs|roles|offers|vacancies|opportunities|positions)(?: (?:for you|this week))?',
    'more new jobs this week',
    '(?:jobs|roles|positions) similar to this(?: one| job)?',
    '(?:related|recommended) jobs',
    '(?:people|students|candidates|job ?seekers|others|members|users|applicants) (?:who viewed this(?: job| posting| role| listing)? )?also viewed',
    'jobs you may like',
    'autres offres(?: pour vous)?',
    'offres similaires',
    '(?:weitere|ähnliche) (?:passende )?(?:jobs|stellenangebote)',
    'تفاصيل الوظيفة',
    'الوصف العام',
    '(?:طريقة|كيفية) التقديم',
    'للتقديم',
    '(?:más búsquedas de la semana|ofertas similares|empleos similares)',
  ],
};

const ORDER: Exclude<SectionKind, 'header'>[] = [
  'preferred',
  'responsibilities',
  'requirements',
  'benefits',
  'salary',
  'about',
  'other',
];

// One regex for all kinds, a capture group per kind in ORDER: the alternation is tried in order,
// so the group that matches is the first kind whose headings match the whole line (as one regex
// per kind tried in ORDER would find), in one call instead of seven.
const MATCHER = new RegExp(
  `^(?:${ORDER.map((kind) => `(${HEADINGS[kind].join('|')})`).join('|')})$`,
  '',
);
const ABOUT_THE_ROLE = /^about (?:the|this) (?:role|job|position|opportunity|internship)$/;

type HeadingKind = Exclude<SectionKind, 'header'>;

/**
 * Every string a heading pattern matches, when that set is finite and the pattern uses only
 * literals, `(?:a|b)` groups, escaped punctuation and `?` after a character or group; else null.
 * Example: "roles? (?:and|&) duties" -> "role and duties", "role & duties", "roles and duties"...
 */
function expandHeadingPattern(pattern: string): string[] | null {
  let i = 0;
  const alternatives = (): string[] | null => {
    const out: string[] = [];
    for (;;) {
      const sequence = expandSequence();
      if (!sequence) return null;
      out.push(...sequence);
      if (pattern[i] !== '|') return out;
      i++;
    }
  };
  const expandSequence = (): string[] | null => {
    let acc = [''];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const c = pattern[i] ?? '';
      let atom: string[] | null;
      if (pattern.startsWith('(?:', i)) {
        i += 3;
        atom = alternatives();
        if (!atom || pattern[i] !== ')') return null;
        i++;
      } else if (c === '\\' && /[^\w\s]/.test(pattern[i + 1] ?? 'a')) {
        atom = [pattern[i + 1] ?? ''];
        i += 2;
      } else if ('\\()[]{}.*+?^$'.includes(c)) {
        return null;
      } else {
        atom = [c];
        i++;
      }
      if (pattern[i] === '?') {
        atom = ['', ...atom];
        i++;
      }
      const tails = atom;
      acc = acc.flatMap((head) => tails.map((tail) => head + tail));
    }
    return acc;
  };
  const all = alternatives();
  return all && i === pattern.length ? all : null;
}

// Most headings are one of a finite set of strings: a Map lookup instead of MATCHER, which tries
// ~200 alternatives on every line. Patterns with a character class stay with MATCHER, which runs
// only for lines that start with their literal prefix ("about ").
const EXACT = new Map<string, HeadingKind>();
const OPEN_PREFIXES: string[] = [];
for (const kind of ORDER) {
  for (const pattern of HEADINGS[kind]) {
    const strings = expandHeadingPattern(pattern);
    // The first kind in ORDER wins, as in MATCHER.
    if (strings) for (const s of strings) if (!EXACT.has(s)) EXACT.set(s, kind);
    if (!strings) OPEN_PREFIXES.push(literalPrefix(pattern));
  }
}

/** Whether a pattern has a "|" outside any group ("a|b", not "a (?:b|c)"). */
function hasTopLevelBar(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The literal start every match of a pattern has ("about " for "about [a-z]{2,40}"). */
function literalPrefix(pattern: string): string {
  if (hasTopLevelBar(pattern)) return '';
  let end = 0;
  while (end < pattern.length && !'\\()[]{}.*+?^$'.includes(pattern[end] ?? '')) end++;
  // A character followed by "?" is optional.
  if (pattern[end] === '?' && end > 0) end--;
  return pattern.slice(0, end);
}

/** The section kind a heading names, or null when it is not a known heading. */
export function classifyHeading(normalised: string): HeadingKind | null {
  const known = VOCABULARY_KINDS.get(normalised);
  if (known !== undefined) return known;
  // "Wat vragen wij?", "Was bringst du mit?": a heading asked as a question is the same heading.
  if (normalised.endsWith('?')) {
    const asked = classifyHeading(normalised.replace(QUESTION_MARKS, ''));
    if (asked !== null) return asked;
  }
  // "Compensation (salário)", "Benefícios (CLT)", "Salary (gross)", "Rates (FY2026 AOC Court
  // Interpreter Payment Policy)": a heading with a note. A long note that names a period speaks of
  // something else: "Salary (overtime paid per hour)".
  if (normalised.endsWith(')')) {
    const bare = BRACKET_NOTE.exec(normalised);
    const otherNote = bare?.[2] && LONG_NOTE.test(bare[2]) && NOTE_PERIOD.test(bare[2]);
    const noted = bare?.[1] && !otherNote ? classifyHeading(bare[1]) : null;
    // "Qualifications (Preferred)", "Skills (Nice to have)": the note says which kind.
    if (noted === 'requirements' && PREFERRED_NOTE.test(bare?.[2] ?? '')) return 'preferred';
    if (noted !== null) return noted;
  }
  // "Nice to have / Tercihen", "Requisitos / Requirements": a heading in two languages.
  const slash = normalised.indexOf(' / ');
  if (slash > 2 && normalised.length < 60) {
    const kind =
      classifyHeading(normalised.slice(0, slash)) ?? classifyHeading(normalised.slice(slash + 3));
    if (kind !== null) return kind;
  }
  // "Eligibility Criteria - Qualifications and/or experience": two names of one section. Both
  // halves must agree: "Payroll - Benefits" or a job before a heading is no such pair.
  const dash = DASH_PAIR.exec(normalised);
  if (dash && normalised.length < 70) {
    const first = classifyHeading(normalised.slice(0, dash.index));
    if (
      first !== null &&
      first === classifyHeading(normalised.slice(dash.index + dash[0].length))
    ) {
      return first;
    }
  }
  const kind = classifyAny(normalised);
  if (EXACT.has(normalised)) VOCABULARY_KINDS.set(normalised, kind);
  if (kind === null && normalised.length < 40 && SOMEONES_REQUIREMENTS.test(normalised)) {
    return 'requirements';
  }
  return kind;
}

const QUESTION_MARKS = /^¿|\s?\?+$/g;
const DASH_PAIR = / [-–—] /;
const BRACKET_NOTE = /^([^()]{3,40}?)\s\(((?:[^()\s]{1,20}\s?){1,6})\)$/;
// Four words or more; a period word in them.
const LONG_NOTE = /^(?:\S+\s){3}/;
const NOTE_PERIOD = /\b(?:hours?|hourly|day|daily|week|weekly|month|monthly|year|yearly|annum)\b/;
const PREFERRED_NOTE =
  /^(?:preferred|desired|desirable|optional|bonus|nice to have|a plus|plus|wünschenswert|von vorteil|souhaité|souhaitées?|atouts?|deseable|deseables|valorable|opcional|gewünscht|erwünscht|desejável|desejáveis|diferencial|gradit[oi]|preferenziali|meriterande)$/;

// "Driver requirements", "Candidate qualifications", "Position requirements": whose
// requirements they are varies, what follows does not.
const SOMEONES_REQUIREMENTS = /^(?:[a-z]+ ){1,2}(?:requirements|qualifications)$/;

function classifyAny(normalised: string): HeadingKind | null {
  if (normalised.length > 60) return null;
  // "About the Role" describes the job, not the company.
  if (normalised.startsWith('about ') && ABOUT_THE_ROLE.test(normalised)) return 'other';
  let open = false;
  for (const prefix of OPEN_PREFIXES) open ||= normalised.startsWith(prefix);
  if (!open) return EXACT.get(normalised) ?? null;
  const m = MATCHER.exec(normalised);
  if (!m) return null;
  for (let i = 0; i < ORDER.length; i++) if (m[i + 1] !== undefined) return ORDER[i] ?? null;
  return null;
}

// What classifyHeading said of each vocabulary heading seen so far, kept: the headings every
// posting has would otherwise be checked against OPEN_PREFIXES and, for "about ...", MATCHER.
// Bounded by the vocabulary, and filled as headings turn up (working all out at start costs ms).
const VOCABULARY_KINDS = new Map<string, HeadingKind | null>();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const SKIP = -2;
const UNKNOWN = -1;
// What `letterKey` returns once the letters leave every vocabulary heading's letters.
const NO_HEADING = -3;

/**
 * What a heading character counts as: a letter or digit (its lower-case code), SKIP for anything
 * else `normaliseHeading` keeps, strips, folds or collapses, UNKNOWN outside Latin-1 (case
 * mappings there are not always one letter to one letter).
 */
function letterCode(c: number): number {
  if (c < 0x100) return LATIN1_CODES[c] ?? UNKNOWN;
  // Folded quotes and dashes, the full-width colon, other spaces.
  if ((c >= 0x2000 && c <= 0x200a) || (c >= 0x2010 && c <= 0x2015) || c === 0x2018) return SKIP;
  if (c === 0x2019 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) return SKIP;
  return c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0xff1a ? SKIP : UNKNOWN;
}

// letterCode for Latin-1, as a table: the loops below run over every character of a line.
const LATIN1_CODES = Int16Array.from({ length: 0x100 }, (_, c) => {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 32;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  if (c === 0xb5) return UNKNOWN; // µ lower-cases to Greek mu
  return c === 0xaa || c === 0xba || (c >= 0xdf && c !== 0xf7) ? c : SKIP;
});

/**
 * FNV-1a hash of the letters and digits of text[from, end), lower-cased; UNKNOWN if unsure;
 * NO_HEADING as soon as its first letters start no vocabulary heading (when `prefixes` is given:
 * most lines that pass FIRST_THREE, "The ...", "Our ...", leave the vocabulary within a few
 * letters, and the rest of the line need not be read).
 */
function letterKey(text: string, from: number, end: number, prefixes?: Int32Array): number {
  let h = FNV_OFFSET;
  let letters = 0;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    // Latin-1 straight from the table: the common case, one load and one branch.
    const c = code < 0x100 ? (LATIN1_CODES[code] as number) : letterCode(code);
    if (c < 0) {
      if (c === UNKNOWN) return UNKNOWN;
      continue;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
    letters++;
    if (prefixes && CHECKPOINTS[letters] === 1 && !hasKey(prefixes, h & PREFIX_MASK))
      return NO_HEADING;
  }
  // 30 bits: a small integer, which V8 keeps unboxed as a Map key.
  return h & 0x3fffffff;
}

/** Whether the letters of text[from, end) start with `letters` (true when unsure). */
function lettersStartWith(text: string, from: number, end: number, letters: number[]): boolean {
  let j = 0;
  for (let i = from; i < end && j < letters.length; i++) {
    const c = letterCode(text.charCodeAt(i));
    if (c === UNKNOWN) return true;
    if (c === SKIP) continue;
    if (c !== letters[j]) return false;
    j++;
  }
  return j === letters.length;
}

function lettersOf(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = letterCode(text.charCodeAt(i));
    if (c >= 0) out.push(c);
  }
  return out;
}

// `normaliseHeading` only strips, folds or collapses characters that are not letters or digits,
// so a heading has the letter key of its vocabulary entry. "About the Role" and the open patterns
// are matched by the letters they start with.
const HEADING_KEYS = new Set(
  [...EXACT.keys()].map((heading) => letterKey(heading, 0, heading.length)),
);
const OPEN_LETTERS = ['about ', ...OPEN_PREFIXES].map(lettersOf);
// Vocabulary headings by letter key, for lines that spell one in any case: only those
// `normaliseHeading` leaves as they are, so that such a line normalises to the heading.
const SPELLED = new Map<number, string[]>();
for (const heading of EXACT.keys()) {
  if (normaliseHeading(heading) !== heading) continue;
  const key = letterKey(heading, 0, heading.length);
  SPELLED.set(key, [...(SPELLED.get(key) ?? []), heading]);
}

// The letter counts at which `letterKey` checks its hash so far against HEADING_PREFIXES, up to
// one more letter than the longest heading has (no heading has a prefix that long).
const CHECKPOINTS = new Uint8Array(64);
// The hashes (low bits, as a set: a clash only lets a line through) of the vocabulary headings'
// first letters, at the CHECKPOINTS counts.
const PREFIX_MASK = 0xffff;
const HEADING_PREFIXES = keyBits(PREFIX_MASK + 1);
{
  const lettersOfHeading = (heading: string): number[] => {
    const out: number[] = [];
    for (let i = 0; i < heading.length; i++) {
      const c = letterCode(heading.charCodeAt(i));
      // A heading with a character outside Latin-1: a line spelling it is UNKNOWN there.
      if (c === UNKNOWN) break;
      if (c !== SKIP) out.push(c);
    }
    return out;
  };
  const all = [...EXACT.keys()].map(lettersOfHeading);
  const most = Math.max(...all.map((letters) => letters.length));
  for (const count of [4, 5, 6, 8, 10, 13, 16, 20, 25, 32])
    if (count <= most) CHECKPOINTS[count] = 1;
  CHECKPOINTS[most + 1] = 1;
  for (const letters of all) {
    let h = FNV_OFFSET;
    letters.forEach((c, i) => {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (CHECKPOINTS[i + 1] === 1) addKey(HEADING_PREFIXES, h & PREFIX_MASK);
    });
  }
}

/** The first three characters as an index into FIRST_THREE, in any case; -1 unless A-Z/a-z. */
function asciiTriple(text: string, from = 0): number {
  let key = 0;
  for (let i = from; i < from + 3; i++) {
    // "| 32" lower-cases ASCII capitals; anything else stays outside a-z.
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    key = key * 26 + (c - 97);
  }
  return key;
}

/**
 * Which triples of ASCII letters start a vocabulary heading or an open pattern. A line starting
 * with three such letters normalises to a string starting with them in lower case, so any other
 * triple rules the line out. Null (no gate) if an open pattern's literal start is shorter.
 */
function buildFirstThree(): Int32Array | null {
  const table = keyBits(26 * 26 * 26);
  for (const prefix of ['about ', ...OPEN_PREFIXES]) if (prefix.length < 3) return null;
  for (const start of [...EXACT.keys(), ...OPEN_PREFIXES, 'about ']) {
    // A shorter heading, or one starting otherwise ("we offer", "¿qué"), can't be such a line.
    const triple = start.length >= 3 ? asciiTriple(start) : -1;
    if (triple >= 0) addKey(table, triple);
  }
  return table;
}

const FIRST_THREE = buildFirstThree();

/**
 * text[from, from + 5) as a base-27 number (a-z in either case, or a space) when it starts with
 * three letters and has no two spaces in a row, else -1. Such a start is also the start of the
 * normalised line (only a trailing space may go: "Role :" -> "role").
 */
function asciiFive(text: string, from: number): number {
  let key = 0;
  let previous = 0;
  for (let i = from; i < from + 5; i++) {
    const c = text.charCodeAt(i) | 32;
    let digit: number;
    if (c >= 97 && c <= 122) digit = c - 96;
    else if (text.charCodeAt(i) === 32 && i >= from + 3 && previous !== 0) digit = 0;
    else return -1;
    key = key * 27 + digit;
    previous = digit;
  }
  return key;
}

/**
 * Which five-character starts (as `asciiFive`, hashed into 16 bits) a vocabulary heading or an
 * open pattern can have: FIRST_THREE lets "The ...", "You ...", "Our ..." through, this rules out
 * most of them. Null (no gate) if an open pattern's literal start is shorter than three.
 */
function buildFirstFive(): Int32Array | null {
  const table = keyBits(FIVE_TABLE);
  const letters = [' ', ...'abcdefghijklmnopqrstuvwxyz'];
  const add = (start: string): void => {
    if (start.length >= 5) {
      const key = asciiFive(start, 0);
      if (key >= 0) addKey(table, key & (FIVE_TABLE - 1));
      return;
    }
    for (const c of letters) add(start + c);
  };
  for (const prefix of ['about ', ...OPEN_PREFIXES]) {
    if (prefix.length < 3) return null;
    add(prefix.slice(0, 5));
  }
  for (const heading of EXACT.keys()) {
    // A heading of four characters is also "Role :" or "Rate *" (normalised without the rest).
    if (heading.length === 4) add(`${heading} `);
    else if (heading.length >= 5) add(heading);
  }
  return table;
}

const FIVE_TABLE = 1 << 16;
const FIRST_FIVE = buildFirstFive();

// The SPELLED headings that start with three ASCII letters, by length and those letters: a line
// starting with three letters can spell only these, found without hashing the whole line.
const SPELLED_BY_START = new Map<number, string[]>();
for (const headings of SPELLED.values()) {
  for (const heading of headings) {
    const triple = asciiTriple(heading);
    if (triple < 0) continue;
    const key = startKey(heading.length, triple);
    SPELLED_BY_START.set(key, [...(SPELLED_BY_START.get(key) ?? []), heading]);
  }
}

function startKey(length: number, triple: number): number {
  return length * 26 * 26 * 26 + triple;
}

/** The SPELLED heading text[from...] spells, when it starts with the ASCII letters `triple`. */
function spelledHeading(text: string, from: number, triple: number): string | null {
  const length = text.length - from;
  const same = SPELLED_BY_START.get(startKey(length, triple));
  if (same) for (const heading of same) if (spells(text, from, heading)) return heading;
  // 58: ":", as in "Your Profile:".
  if (text.charCodeAt(text.length - 1) !== 58) return null;
  const shorter = SPELLED_BY_START.get(startKey(length - 1, triple));
  if (shorter) for (const heading of shorter) if (spells(text, from, heading)) return heading;
  return null;
}

/**
 * A cheap look at a candidate heading text[0, end), one pass over its characters:
 * - the vocabulary heading it spells in any case ("Ihre Aufgaben" -> "ihre aufgaben"), which is
 *   then `normaliseHeading(text)` (only looked for when `end` is the whole text);
 * - false when `classifyHeading(normaliseHeading(text.slice(0, end)))` is surely null;
 * - true otherwise: normalise and classify it.
 * With `from`, the same for text[from, end) (a list item's text after its "- ").
 */
export function matchHeading(text: string, end = text.length, from = 0): string | boolean {
  if (endsInRequirements(text, from, end)) return true;
  // "Compensation (salário)": a heading with a note in brackets (41 is ")").
  if (text.charCodeAt(end - 1) === 41) {
    const open = text.lastIndexOf(' (', end - 2);
    if (open > from && end - open <= 32 && matchHeading(text, open, from) !== false) return true;
  }
  // Most lines start with three ASCII letters that start no heading: no need for the loop.
  if (end - from >= 3 && FIRST_THREE) {
    const triple = asciiTriple(text, from);
    if (triple >= 0 && !hasKey(FIRST_THREE, triple)) return false;
    const five = triple >= 0 && end - from >= 5 && FIRST_FIVE ? asciiFive(text, from) : -1;
    if (five >= 0 && FIRST_FIVE && !hasKey(FIRST_FIVE, five & (FIVE_TABLE - 1))) return false;
    // Most headings are a vocabulary heading in some case: found by their start and length.
    const whole = triple >= 0 && end === text.length;
    const spelled = whole ? spelledHeading(text, from, triple) : null;
    if (spelled !== null) return spelled;
  }
  const key = letterKey(text, from, end, HEADING_PREFIXES);
  if (key === UNKNOWN) return true;
  const spelled = end === text.length && key !== NO_HEADING ? SPELLED.get(key) : undefined;
  if (spelled) {
    for (const heading of spelled) if (spells(text, from, heading)) return heading;
  }
  if (key !== NO_HEADING && HEADING_KEYS.has(key)) return true;
  for (const letters of OPEN_LETTERS) if (lettersStartWith(text, from, end, letters)) return true;
  return false;
}

// "Driver requirements", "CANDIDATE QUALIFICATIONS:": see SOMEONES_REQUIREMENTS.
const REQUIREMENT_TAILS = [
  ' requirements',
  ' Requirements',
  ' REQUIREMENTS',
  ' qualifications',
  ' Qualifications',
  ' QUALIFICATIONS',
];

function endsInRequirements(text: string, from: number, end: number): boolean {
  const tail = text.charCodeAt(end - 1) === 58 ? end - 1 : end;
  if (tail - from > 40 || tail - from < 15) return false;
  // Every tail ends with "s" ("| 0x20" lower-cases "S"): most lines of this length do not, and
  // skip the six comparisons.
  if ((text.charCodeAt(tail - 1) | 0x20) !== 0x73) return false;
  for (const t of REQUIREMENT_TAILS) if (text.endsWith(t, tail)) return true;
  return false;
}

/**
 * Whether text[from...] is `heading` with some Latin-1 capitals, and perhaps a colon after it:
 * then its `normaliseHeading` is `heading` ("Your Profile:" -> "your profile").
 */
function spells(text: string, from: number, heading: string): boolean {
  const length = text.length - from;
  const colon = length === heading.length + 1 && text.charCodeAt(from + heading.length) === 58;
  if (length !== heading.length && !colon) return false;
  for (let i = 0; i < heading.length; i++) {
    let c = text.charCodeAt(from + i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    if (c !== heading.charCodeAt(i)) return false;
  }
  return true;
}
