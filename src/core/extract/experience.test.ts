// Short examples for experience: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

const CASES: [string, unknown][] = [
  // The employer's own track record is no requirement.
  [
    'Mozo de almacén\nLogística Levante es un operador logístico valenciano con más de 25 años de experiencia en almacenaje.',
    null,
  ],
  ['Lagerhelfer\nWir sind ein Familienunternehmen mit über 40 Jahren Erfahrung.', null],
  // Portuguese, Italian, Dutch, Polish, Nordic, Czech, Hungarian: the word before or after.
  ['Analista\nRequisitos\n• Experiência mínima de 3 anos na área fiscal;', 3],
  ['Dev\nRequisitos\n- Experiência de 2 a 4 anos em funções similares', 2],
  ['Sviluppatore\nRequisiti\n• Almeno 3 anni di esperienza nello sviluppo frontend;', 3],
  ['Area manager\nRequisiti\n- esperienza di almeno 5 anni in ruolo analogo;', 5],
  ['Chauffeur\nWat vragen wij\n• minimaal 2 jaar ervaring als chauffeur CE', 2],
  ['Chauffeur\nWat bieden wij\n• moderne Volvo FH-trekkers (max. 3 jaar oud)', null],
  ['Księgowa\nWymagania\n✓ min. 3 lata doświadczenia w księgowości;', 3],
  ['Magazynier\nWymagania\n– doświadczenie w pracy na magazynie min. pół roku;', 0.5],
  ['Tømrer\nVi forventer\n• Har minimum 3 års erfaring efter endt uddannelse', 3],
  ['Systemutvecklare\nKrav\n- du har minst 2 års erfarenhet av Python', 2],
  ['Programátor\nPožadujeme\n- 5 let praxe v oboru', 5],
  ['Fejlesztő\nElvárások\n- legalább 3 év tapasztalat', 3],
  // What a review reproduced: English "FEM", companies' history, ages, a licence held, "let".
  ['Analyst\nAcme\nRequirements: solid knowledge of FEM and 3+ years of experience.', 3],
  ["Addetto\nRossi Srl\nSiamo un'azienda con oltre 30 anni di esperienza nel settore.", null],
  ['Vendedor\nLoja\nSomos uma empresa com mais de 20 anos de experiência no mercado.', null],
  ['Verkoper\nBakkerij\nWij zijn een familiebedrijf met meer dan 25 jaar ervaring.', null],
  ['Magazziniere\nSpa\nRequisiti: età compresa tra 18 e 29 anni, esperienza anche minima.', null],
  [
    'Kasjer\nSklep\nWymagania: status studenta (do 26 roku życia), doświadczenie mile widziane.',
    null,
  ],
  ['Sprzedawca\nSklep\nWymagania: ukończone 18 lat, doświadczenie mile widziane.', null],
  ['Säljare\nButik AB\nDu ska ha fyllt 18 år och gärna ha erfarenhet av kundservice.', null],
  ['Selger\nButikk AS\nDu må være minst 18 år og ha erfaring fra salg.', null],
  ['Atendente\nLoja\nRequisitos: ter mais de 18 anos, experiência com atendimento.', null],
  ['Atendente\nLoja\nRequisitos: ter mais de 3 anos de experiência com vendas.', 3],
  ['Autista\nAzienda\nPatente C da almeno 3 anni, esperienza non necessaria.', null],
  ['Chauffeur\nTransport NV\nRijbewijs C sinds minimaal 2 jaar, ervaring is een pré.', null],
  [
    'Lettings Negotiator\nHomes Ltd\nYou will manage 12 let properties, so lettings experience is essential.',
    null,
  ],
  // "come" is English as well as Italian: no context word.
  ['Driver\nAbout us\nOur drivers have been with us an average of 7 years - come see why.', null],
  // Over a wrapped line of prose; not a requirement after a company's tagline, nor one
  // asked "with N years" without "over".
  [
    'Docente\nEl Colegio Los Alcázares es una institución privada bilingüe, mixta,\nubicada en Envigado, con más de 30 años de experiencia educativa.\n\nRequisitos\n• Mínimo 3 años de experiencia docente',
    3,
  ],
  [
    'Machinist\nAcme Engineering is a family-run precision engineering company\nCandidates with over 5 years of experience in CNC machining are welcome.',
    5,
  ],
  [
    'Técnico\nSomos una empresa líder en el sector industrial y requerimos técnico con 3 años de experiencia.',
    3,
  ],
  ['Ingeniero\nAndesur es una empresa chilena con 25 años de experiencia en minería.', null],
  ['Analyst\nAcme\nYou are a business analyst with 4 years of experience in retail systems.', 4],
  [
    'Head of Science\nWellspring Academy\nThe ideal candidate is a school teacher with over 5 years of classroom experience.',
    5,
  ],
  ['Picker\nRequirements\n- Candidates with 3 years of experience in logistics.', 3],
  [
    'Administrativo\nMadrid\n\nSomos una empresa del sector logístico y buscamos un administrativo con 2 años de experiencia en facturación.',
    2,
  ],
  [
    'Analyst\nBoston\n\nAcme is a consulting group that needs an analyst with over 4 years of experience.',
    4,
  ],
  // German years as an adjective; a number word in brackets after the figure; a training's
  // length is no experience.
  [
    'Systemadministrator\nIhr Profil\n- eine abgeschlossene Berufsausbildung mit einer mindestens dreijährigen einschlägigen Berufserfahrung',
    3,
  ],
  ['Abogado\nRequisitos\n✓ Experiencia mínima de 3 (tres) años en litigios laborales', 3],
  ['Elektroniker Ausbildung\nDas erwartet dich\n• 3,5 Jahre duale Ausbildung im Betrieb', null],
  // The work done in those years, right after them; a gerund later in the clause is no cue.
  ['Rust Engineer\nRequirements\n- You have 6+ years writing systems software', 6],
  ['Engineer\nAbout us\nWe have been writing software for 10 years and selling it.', null],
  ['Plumber\nAbout us\nFor 35 years delivering quality plumbing to Denver homes.', null],
  // a figure in brackets after the experience, with "typically" or a bare "min"; "Min 5 years"
  // opening a bullet; a pay tier's "Experienced (min 6 months)" asks for nothing
  [
    'Policy Advisor\nAbout you:\n• Significant policy experience (typically 5+ years) in central government',
    5,
  ],
  [
    'Chef de Partie\nRequirements:\n~ Previous CDP experience in a fresh-food kitchen (min 1 yr)',
    1,
  ],
  ['Outlet Manager\nRequirements:\n• Min 5 years F&B in 5-star luxury hotels', 5],
  [
    'Voice Process\nSalary:\nFreshers - Rs. 18,000/- per month\nExperienced (min 6 months intl voice) - upto Rs. 24,000/- per month',
    null,
  ],
  // A degree alone is an alternative that asks for no years; "MS with 4+ years" still does.
  [
    'Site Engineer\nExperience : 3 to 6 years in high-rise RCC building construction\nQualification : B.E. / B.Tech (Civil) OR Diploma in Civil Engineering with 5+ years experience',
    3,
  ],
  [
    'Scientist\nQualifications\n- PhD in Biochemistry with 0–2 years of industry experience; OR MS with 4+ years; OR BS with 6+ years of relevant industry experience',
    0,
  ],
  // German "Fahrpraxis"; an "Exp:" label.
  ['Fahrer\nDein Profil\n-> Mindestens 2 Jahre Fahrpraxis im Güterverkehr', 2],
  ['Post: Accounts Executive\nExp: 1-3 yrs (manufacturing co. preferred)', 1],
  // A range from zero keeps its zero; a cap, a time window and a bonus's condition are no minimum.
  ['Requirements\n- 0-2 years of experience in international voice process (BPO)', 0],
  [
    'Driver requirements\n- Minimum 12 months of verifiable tractor-trailer experience within the last 3 years\n- No more than 2 moving violations in the last 3 years',
    1,
  ],
  ['Salary\nInitial placement allows up to 10 years of verified prior teaching experience.', null],
  ['Requirements: 3+ years of ICU experience required; eligible for a $10,000 sign-on bonus.', 3],
  [
    '$15,000 SIGN-ON BONUS for experienced ICU nurses (2+ years ICU experience).\nRequirements\n- Minimum of 1 year of acute care RN experience',
    1,
  ],
  ['Requirements:\n- 5+ years of experience with Python', 5],
  ['Requirements:\n- 2-4 years of industry experience', 2],
  ['Requirements:\n- Five years of plumbing experience', 5],
  ['Requirements:\n- 6 months of customer service experience', 0.5],
  ['Requirements:\n- Must be 18 years of age or older', null],
  ['Requirements:\n- Our company has over 30 years of industry leadership', null],
  [
    "Minimum: Master's degree and 1 year of experience; OR Bachelor's degree and 3 years of experience.",
    1,
  ],
  [
    "Option 1: Bachelor's degree and 5 years' experience in analytics. Option 2: Master's degree and 3 years' experience in analytics. Option 3: 7 years' experience in analytics or related fieldOutlined below are the optional preferred qualifications.",
    3,
  ],
  ['Requirements:\n- 10+ years of experience\n- 3+ years with Kubernetes', 10],
  ['Preferred:\n- 8 years of experience', null],
  ['Ihr Profil\n- Mindestens 3 Jahre Berufserfahrung', 3],
  ["Profil recherché\n- 3 ans d'expérience en développement", 3],
  ['Requisitos\n- 3 años de experiencia en ventas', 3],
  ['Requisitos\n- Experiencia mínima de 2 años', 2],
  // A range in words keeps its lower bound.
  ['Requirements:\n- Three to five years of payroll experience', 3],
  ['Requisitos\n- Entre 3 y 6 años de experiencia en logística', 3],
  ['Ihr Profil\n- Zwei bis vier Jahre Berufserfahrung im Vertrieb', 2],
  ['Requirements:\n- Between 4 and 7 years of experience in audit', 4],
  ["Requirements:\n- 3+ years' PQE in commercial property", 3],
  ['Requisitos\n- Mínimo 2 años como conductor de reparto', 2],
  ["Profil recherché\n- Au moins un an d'expérience en accueil", 1],
  ["Profil recherché\n- Une année d'expérience en boutique", 1],
  ['Über uns\nWir sind seit 25 Jahren als Familienbetrieb am Markt.', null],
  ['Ihr Profil\n- Sie arbeiten seit mindestens 2 Jahren als Pflegefachkraft', 2],
  ['Profil recherché\n- Vous exercez depuis au moins 3 ans en tant que comptable', 3],
  // One requirement line per level: the lowest level qualifies.
  [
    'Qualifications\n- Level I: 1+ years of drafting experience\n- Level II: 4+ years of drafting experience',
    1,
  ],
  // German abbreviations in brackets; an upper bound is not the minimum.
  ['Ihr Profil\n- Mehrjährige Erfahrung in der Projektleitung (mind. 3 Jahre)', 3],
  ['Dein Profil\n- Erste Berufserfahrung (ca. 1 Jahr) im Online-Marketing', 1],
  ['Exigences\nExpérience : 1 an à moins de 2 ans', 1],
  ['Requirements:\n- Not less than 3 years of experience in sales', 3],
  // "or more" is "+"; the overall figure, not the part of it in a role, is the minimum.
  [
    'Requirements:\n- Ten or more years of progressive finance experience, including at least five years in a supervisory role',
    10,
  ],
  // A bullet that opens with the figure; Job Bank's label on the line above.
  ['Requirements:\n- 6+ years in power systems or interconnection engineering', 6],
  ['Overview\nExperience\n3 years to less than 5 years', 3],
  // An English field label before the figure.
  ['Field Sales Executive\n⏳ Experience: 1–3 yrs in BFSI / gold loan / field sales', 1],
  // A preferred cue in an earlier sentence of the paragraph is about something else.
  [
    'Ihr Profil\nMaster in Finance; CFA oder FRM von Vorteil. Mindestens zehn Jahre Erfahrung im Bank-Treasury.',
    10,
  ],
  // The company's own track record.
  [
    'Oficial Electricista\nExperiencia: 3 años como oficial electricista\nTuria es una empresa instaladora autorizada con más de 25 años de experiencia en instalaciones eléctricas.',
    3,
  ],
  ['Requisitos:\n- Técnico con más de 4 años de experiencia en instalaciones eléctricas', 4],
  // An inline "Deseable:" label does not make the next labelled field preferred.
  [
    'PERFIL\nDeseable: Especialización en Cuidado Crítico.\nExperiencia: Mínimo un (1) año de experiencia como enfermero(a) profesional.',
    1,
  ],
  ['Requisitos:\n- Título de técnico.\nDeseable:\n- Experiencia: 2 años en ventas', null],
  // A plus ("advantageous ... but not essential") is no requirement; a cue in a later sentence
  // is about something else.
  [
    'Requirements:\n- Previous call centre or sales experience advantageous (6 months+), but not essential',
    null,
  ],
  [
    "Profil\nVous justifiez d'une expérience d'au moins 3 ans en droit social. Vous maîtrisez le Pack Office. Le CAPA serait un plus.",
    3,
  ],
  // A board's header table: the value under its label.
  [
    'Juriste droit social H/F\nGroupe Verdelais\nBordeaux - 33\nCDI\nExpérience\nMinimum 3 ans\nMétier\nJuriste droit social\nDescriptif du poste\nVous conseillez les managers.',
    3,
  ],
  // "experience ..., including at least 12 months in X".
  [
    'Requirements:\n- Post-registration experience across core rotations, including at least 12 months in MSK outpatients',
    1,
  ],
];

describe('experience', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toEqual(expected);
  });
});

describe('a job that asks for no experience', () => {
  it.each<[string, number | null]>([
    // In words, no experience is no requirement: the minimum is unstated. An Indian board's
    // "Freshers" goes with its "0-2 Yrs" and reads as 0.
    ['Warehouse Operative\nApex Staffing, Daventry\nNo exp needed, full training given.', null],
    ['Care Assistant\nAcme\n- No experience needed – full paid induction', null],
    ['Chat Support\nAcme, Cebu\nNO EXPERIENCE NEEDED – fresh grads welcome!', null],
    ['Customer Support\nAcme, Noida\nFreshers & experienced both can apply', 0],
    ['Camarero\nAcme, Madrid\nSin experiencia previa, te formamos.', null],
    ['Lagerhelfer\nAcme, Köln\nKeine Erfahrung erforderlich.', null],
    // Years stated elsewhere win; another ad's words do not count.
    [
      'Analyst\nAcme\nRequirements\n- 2 years of experience\n- No experience with Tableau needed',
      2,
    ],
    // Turned away, not let in.
    ['Vendedor\nAcme SA, Madrid\nAbstenerse candidatos sin experiencia.', null],
    ['Sales Associate\nAcme\nCandidates without experience will not be considered.', null],
    ['Vendedor\nAcme Ltda\nNão aceitamos candidatos sem experiência.', null],
    [
      'Sales Associate\nAcme\nThis is not an entry-level role: no experience? Please do not apply.',
      null,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('years in Asian languages and a bare "min"', () => {
  it.each([
    ['Admin Gudang\nPT Dwi Karya\nPengalaman: minimal 1 tahun', 1],
    ['Backend Engineer\nPengalaman: min. 2 tahun', 2],
    ['Nhân Viên Kinh Doanh\nKinh nghiệm: 1 năm', 1],
    ['Kế toán\nYêu cầu\n- Có ít nhất 2 năm kinh nghiệm kế toán tổng hợp', 2],
    ['バックエンドエンジニア\n応募資格\n- Webアプリケーションのバックエンド開発経験 3年以上', 3],
    ['QA 엔지니어\n자격요건\n• QA 업무 경력 3년 이상', 3],
    ['Sales Officer\nExperience: min 1 year FMCG distribution', 1],
    // A founding year is no experience; nor a leave of twelve days a year.
    ['QA 엔지니어\n누리게임즈는 2016년 설립된 모바일 RPG 개발사입니다.', null],
    ['Kế toán\nPhúc lợi\n- Nghỉ phép 12 ngày/năm', null],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('review of session 39: Asian years only as experience', () => {
  it.each([
    [
      'Staf Admin\nPT ABC\nJakarta\n\nKualifikasi\n- Usia 20-30 tahun, pengalaman tidak wajib',
      null,
    ],
    ['Staf Admin\nPT ABC\nJakarta\n\nKualifikasi\n- Kontrak 1 tahun, tanpa pengalaman', null],
    ['Nhân viên\nCông ty ABC\nHà Nội\n\nYêu cầu\n- Hợp đồng 1 năm, không cần kinh nghiệm', null],
    [
      'Nhân viên\nCông ty ABC\nHà Nội\n\nGiới thiệu\nVới hơn 15 năm kinh nghiệm trong ngành logistics, Công ty ABC',
      null,
    ],
    [
      'Staf Admin\nPT ABC\nJakarta\n\nTentang Kami\nDengan pengalaman lebih dari 20 tahun, PT ABC adalah perusahaan logistik.',
      null,
    ],
    [
      '소프트웨어 엔지니어\n(주)에이비씨\n서울\n\n자격요건\n- 4년제 대학 졸업 이상\n- 관련 경력 우대',
      null,
    ],
    ['소프트웨어 엔지니어\n자격요건\n- 신입/경력 (경력 2년 이하)', null],
    ['エンジニア\n株式会社ABC\n東京\n\n・未経験可。入社後1年で一人前を目指します。', null],
    ['エンジニア\n株式会社ABC\n東京\n\n・大学卒（4年制）、業務経験は不問', null],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('the candidate as the subject, and emoji bullets (session 41)', () => {
  it.each<[string, number | null]>([
    ['Rust Engineer\nAcme\n\nYou:\n- have 3+ years of systems programming, mostly in Rust', 3],
    ['SRE\nAcme\n\nYou: 6+ years in SRE/infra/platform roles, comfortable debugging', 6],
    [
      'DevOps Engineer\nAcme\n\nRequirements\n✅ 5+ years in DevOps / SRE / platform engineering',
      5,
    ],
    ['ML Engineer\nAcme\n\nYou probably have 3+ years training and shipping models', 3],
    ['Head of Growth\nAcme\n\n4/ you: 7+ years in growth / performance marketing', 7],
    // The team's years, not the candidate's.
    ['ML Engineer\nAcme\n\nYou will join a team with 20+ years in fintech.', null],
    ['Plumber\nAcme\n\nWe have 25+ years in Dallas and you will learn from the best.', null],
    ['Apprentice\nAcme\n\nAbout you\nYou will have 2 years to complete the apprenticeship.', null],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('review of session 41: years', () => {
  it.each<[string, number | null]>([
    [
      'Apprentice Electrician\nAcme Electric\nDenver, CO\n\nAbout you\nYou will have 4 years of paid on-the-job training.',
      null,
    ],
    [
      'Graduate Engineer\nAcme Rail\nLeeds\n\nSuccessful candidates will have 2 years of structured rotations.',
      null,
    ],
    [
      'Sales Rep\nAcme\nChicago\n\nThe candidate must have 2 years remaining on their work permit.',
      null,
    ],
    ['Tutor\nAcme\nRemote\n\nApplicants with 2 years left in their degree are welcome.', null],
    ['Barista\nAcme Coffee\nAustin\n\nThank you — 25 years of serving Austin!', null],
    ['Data Engineer\nAcme\n\nYou should have 4+ years building pipelines.', 4],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('years of experience in Chinese, and not from the other jobs a board lists (session 44)', () => {
  it.each<[string, number | null]>([
    ['会计\n任职要求：\n2、1年以上企业会计工作经验，有制造业经验者优先', 1],
    ['销售经理\n任职要求：\n1. 3-5年医疗器械销售经验', 3],
    ['前端工程師\n工作經歷：2年以上\n學歷要求：大學', 2],
    ['文員\n• 3 年或以上物業管理經驗，當中最少 1 年擔任主任職級者優先', 3],
    ['会计\n苏州-工业园区 | 1年经验 | 大专 | 招1人', 1],
    ['Java高级开发工程师\n25k-40k·15薪 /上海 /经验5-10年 /本科及以上 /全职', 5],
    // A company's age is no requirement.
    ['销售代表\n公司成立10年，拥有丰富经验', null],
    [
      '백엔드 개발자\n경력 3년 이상\n\n이 공고를 본 구직자가 함께 본 공고\n• (주)핀엑스 | 시니어 백엔드 엔지니어 | 경력 1년↑',
      3,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('the review of session 44: no years from an upper bound, a company history or a false ads start', () => {
  it.each<[string, number | null]>([
    ['行政助理\n上海某贸易有限公司\n\n任职要求\n1. 应届毕业生或1年以内工作经验', null],
    ['销售\n公司深耕医疗行业20年积累了丰富的渠道经验', null],
    [
      "Data Analyst\nAcme Retail\nChicago, IL\n\nAbout the role\nJoin our analytics team.\n\nOther roles in the team include Data Engineers and BI Developers.\n\nRequirements\n- 3+ years of SQL experience\n- Bachelor's degree",
      3,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('session 46: Central and Eastern Europe, the Baltics, Greece and Turkey', () => {
  it.each<[string, number | null]>([
    ['Бухгалтер\nКиїв\n\n— досвід роботи бухгалтером від 2 років;', 2],
    ['Счетоводител\nВарна\n\n• Минимум 5 години опит като счетоводител', 5],
    ['Developer\nBeograd\n\n- Minimum 3 godine iskustva u razvoju na .NET platformi;', 3],
    ['Λογιστής\nΑθήνα\n\n• Τουλάχιστον 3 χρόνια προϋπηρεσία σε λογιστήριο', 3],
    ['Gramatvedis\nRīga\n\n• vismaz 2 gadu pieredze grāmatvedībā', 2],
    ['Vadybininkas\nVilnius\n\n• ne mažesnė nei 1 metų pardavimų patirtis', 1],
    ['Muhasebe Uzmanı\nAnkara\n\n- Muhasebe departmanında en az 3 yıl deneyimli,', 3],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('the review of session 46: ages and hours are no years', () => {
  it.each<[string, number | null]>([
    ['Продавец\n\nТребования:\n- Возраст от 18 лет, опыт работы не обязателен', null],
    ['Kasininkas\n\nReikalavimai:\n- Ne jaunesnis nei 18 metų, patirtis nebūtina', null],
    ['Konobar\n\nUvjeti:\n- Minimalno 18 godina starosti, iskustvo poželjno', null],
    ['Оператор\n\nУмови:\n- зміна 8 год, навчання з досвідченим наставником', null],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('session 48: Arabic requirements', () => {
  it.each<[string, number | null]>([
    [
      'محاسب\nالرياض\n\nالمتطلبات:\n• سنوات الخبرة: ٣-٥ سنوات في مجال المحاسبة، ويفضل في قطاع المقاولات.',
      3,
    ],
    ['ممرض\nالكويت\n\nالمتطلبات:\n- خبرة لا تقل عن ٣ سنوات في العناية المركزة.', 3],
    ['صيدلي\nالإسكندرية\n\nالخبرة المطلوبة:   ٠ إلى ٢ سنوات', 0],
    ['مدير\nالرياض\n\nالمتطلبات:\n• سنوات الخبرة: ٥+ سنوات في Key Account Management', 5],
    // One year and two years said in words.
    ['سائق\nالجيزة\n\nالخبرة: سنتين على الأقل', 2],
    ['موظف استقبال\nدبي\n\nالمتطلبات:\n• خبرة سنة واحدة على الأقل في الاستقبال', 1],
    ['منسق\nزحلة\n\nالمتطلبات:\n- سنوات الخبرة: سنة إلى سنتين في العمل الميداني', 1],
    ['أستاذ\nفاس\n\nالشروط:\n- تجربة لا تقل عن سنتين في التدريس', 2],
    // An age, a contract's length, the company's founding: no years of experience.
    ['سائق\nالجيزة\n\nالشروط:\n- السن: من ٢٥ إلى ٤٥ سنة', null],
    ['فني\nالبصرة\n\n- نوع العقد: عقد سنة قابل للتجديد', null],
    ['مهندس\nالزرقاء\n\nتأسست الشركة عام ٢٠٠٦ وتنفذ مشاريع الطاقة.', null],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('the review of session 48: Arabic words that are no years', () => {
  it.each<[string, number | null]>([
    ['محاسب\n\nالمتطلبات:\n- خبرة في برامج المحاسبة بشكل عام', null],
    ['محاسب\n\nالشروط:\n- عقد لمدة 2 سنة قابل للتجديد مع فترة تجربة 3 أشهر', null],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('session 50: another route in that "may also apply"', () => {
  it.each<[string, number | null]>([
    [
      'Process Engineer\nAcme\n\nRequirements\n- At least 2 years of process engineering experience\n- Diploma holders with at least five (5) years of relevant experience may also apply',
      2,
    ],
    [
      'Research Coordinator\nAcme\n\nRequirements\n- At least 2 years of clinical research coordination experience\n- Candidates with a Diploma in Nursing and at least four (4) years of clinical research experience will also be considered',
      2,
    ],
    // With no years on the main route, the other route's stand.
    [
      'Process Engineer\nAcme\n\nRequirements\n- Degree in Engineering\n- Diploma holders with at least five (5) years of relevant experience may also apply',
      5,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toBe(expected);
  });
});

describe('preferred years beside required ones, and another route in a later sentence (session 54)', () => {
  it.each([
    ['Dispatcher\nAcme\n\nExperience\n- 2 years required; 4 years preferred.', 2],
    ['Dispatcher\nAcme\n\nExperience\n- 2+ years of experience required (4+ years preferred).', 2],
    ['Dispatcher\nAcme\n\nExperience\n- Minimum 2 years experience, 5 years preferred', 2],
    ['Developer\nAcme\n\nRequirements\n- 3 years of Python\n- 5 years of Java', 5],
    [
      'Telecommunicator\nAcme\n\nExperience\nNo experience required; one year of customer service experience preferred.',
      null,
    ],
    [
      'Nurse Practitioner\nCedarline\n\nQualifications\nMinimum 2 years of experience as a Nurse Practitioner, urgent care experience preferred. New graduates with at least 5 years RN experience will be considered.',
      2,
    ],
    [
      'Sales Lead\nAcme\n\nRequirements\nAt least 5 years of experience. Candidates without experience will not be considered.',
      5,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe("the review's cases for another route in (session 54)", () => {
  it.each([
    [
      'Accountant\nAcme\n\nRequirements\nAt least 6 years of accounting experience is required. Candidates with 2 years of Big Four audit experience will be considered first.',
      6,
    ],
    [
      'NP\nAcme\n\nRequirements\nMinimum 2 years as a Nurse Practitioner. New graduates with at least 5 years RN experience will also be considered.',
      2,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe('years joined by "and" on one line are each required (session 55)', () => {
  it.each([
    ['Data Engineer\nAcme\n\nRequirements:\n- 3 years of Python and 5 years of Java', 5],
    ['Data Engineer\nAcme\n\nRequirements:\n- 3 years of Python, 5 years of Java', 5],
    ['Data Engineer\nAcme\n\nRequirements:\n- 3 years of Python or 5 years of Java', 3],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe("the review's cases for years joined by 'and' (session 55)", () => {
  it.each([
    [
      'Driver\nAcme\nDallas, TX\n\nRequirements: 1 year of CDL-A experience, 5 years clean driving record.',
      1,
    ],
    [
      'Sales Rep\nAcme\n\nRequirements:\n- 2 years of experience in sales and 12 years of schooling',
      2,
    ],
    ['Sales Rep\nAcme\n\nRequirements:\n- 1 year of experience and 2 year commitment', 1],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe("a company's own years with a share in its description (session 56)", () => {
  it('reads "una empresa 100% mexicana con 25 años de experiencia" as the company\'s, not the job\'s', () => {
    expect(
      parse(
        'Ejecutivo de Ventas\nGrupo Aztlán\nMonterrey\n\nGrupo Aztlán es una empresa 100% mexicana con 25 años de experiencia en transporte de carga.\n\nRequisitos\n• Mínimo 2 años de experiencia en ventas B2B',
      ).yearsExperienceMin,
    ).toBe(2);
  });
});

describe('years in a bracket wrapped under the item, and years for another opening (session 57)', () => {
  it.each([
    [
      'Area Sales Manager\nAcme Catering\nLondon\n\nRequirements:\n- Proven field sales experience in foodservice equipment, catering supplies or a related sector\n  (minimum 3 years)\n- Full UK driving licence',
      3,
    ],
    [
      "Graduate Engineer Trainee\nAcme Castings Ltd.\nPune\nExperience: Freshers (0 - 1 year)\n\nEligibility\n- B.E. in Mechanical\n- Diploma holders with 3 years' experience may apply for the Junior Engineer (Diploma) role instead",
      0,
    ],
    [
      'Maintenance Technician\nAcme\nGreenville, SC\n\nRequirements\n- Minimum 3 years of industrial electrical maintenance experience in a manu-\n  facturing environment (5 years without a technical degree).',
      3,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe("a firm's own years after a long description of it (session 57)", () => {
  it('reads "a Level 1 B-BBEE consulting engineering firm with more than 35 years of experience" as the firm\'s', () => {
    expect(
      parse(
        "Senior Electrical Engineer\nMokoena Power Systems\nMidrand\n\nFounded in 1987, Mokoena Power Systems is a Level 1 B-BBEE consulting engineering firm with more than 35 years of experience in transmission.\n\nRequirements\n- Minimum 8 years' post-graduate experience in substation design",
      ).yearsExperienceMin,
    ).toBe(8);
  });
});

describe("the review's cases for years (session 57)", () => {
  it.each([
    [
      'Senior Data Analyst\nNorthwind Systems Inc.\nAustin, TX\n\nWhat you need\n- You have 5+ years of analytics experience (if you have fewer, please apply for the Data Analyst II role instead)\n- SQL',
      5,
    ],
    [
      'Support Worker\nBright Futures Care Ltd\nLeeds, UK\n\nRequirements\n- Experience working with children and young people\n(12 months fixed-term maternity cover)\n- Full UK driving licence',
      null,
    ],
    [
      'Structural Engineer\nArup Partners Ltd\nManchester, UK\n\nRequirements\n- The successful engineer is a chartered professional from a consulting firm with more than 8 years of experience in bridge design',
      8,
    ],
    [
      'Nafasi ya kazi: Afisa Mauzo\nKampuni: Tumaini Logistics Ltd\nMahali: Dar es Salaam\n\nTumaini Logistics ni kampuni yenye uzoefu wa zaidi ya miaka 15 katika usafirishaji wa mizigo. Tunatafuta Afisa Mauzo mchapakazi.\n\nMajukumu\n- Kutafuta wateja wapya',
      null,
    ],
    [
      'Nafasi ya kazi: Dereva\nKampuni: Tumaini Logistics Ltd\nMahali: Arusha\n\nSifa za Mwombaji\n- Elimu ya kidato cha nne\n- Awe na leseni daraja C na uzoefu wa kazi, umri usiozidi miaka 40',
      null,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe("Welcome to the Jungle's 'Preferred experience' is the profile sought (session 58)", () => {
  it.each([
    [
      'Welcome to the Jungle\nSenior DevOps Engineer\nNimbus Cloud\nParis\n\nJob description\nWe run a sovereign cloud.\n\nPreferred experience\n\n- At least 5 years of experience in DevOps / SRE / infrastructure roles\n- Strong Linux fundamentals',
      5,
    ],
    // With a requirements section of its own, it is the pluses.
    [
      'Senior DevOps Engineer\nNimbus Cloud\nAustin, TX\n\nRequirements\n- Strong Linux fundamentals\n\nPreferred experience\n- At least 5 years of experience with Kubernetes',
      null,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe("alternatives over list items, a firm's and colleagues' years (session 60)", () => {
  it.each([
    // Items joined by a trailing "OR": the easiest item's years.
    [
      'Scientist II\nVeridian Therapeutics\n\nQualifications\n- PhD in Chemistry with 0-2 years of industry experience; OR\n- MS in Chemistry with 4+ years of industry experience; OR\n- BS in Chemistry with 6+ years of industry experience\n- Hands-on HPLC method development',
      0,
    ],
    // An item that asks a degree and no years makes the run ask none; a later item still counts.
    [
      "Scientist II\nVeridian Therapeutics\n\nQualifications\n- Master's degree in Chemistry; OR\n- BS in Chemistry with 6+ years of industry experience\n- 2 years of HPLC experience",
      2,
    ],
    // Without the "or" the items add up: the largest.
    [
      'Scientist II\nVeridian Therapeutics\n\nQualifications\n- 2 years of HPLC experience\n- 5 years of GMP experience',
      5,
    ],
    // The firm's own decade and more; the colleagues the hire learns from.
    [
      'Jefe/a de obra\nConstrucciones Guadalquivir\n\nRequisitos\n- Mínimo 8 años de experiencia como jefe/a de obra\n- Incorporación a Construcciones Guadalquivir, empresa andaluza con más de 40 años de experiencia en obra civil',
      8,
    ],
    [
      'Carpenter Helper\nAcme Framing\n\nWhat you will do\n- Learn the trade from carpenters with 20+ years in the business',
      null,
    ],
    // A candidate's short experience beside "empresa" still counts.
    [
      'Técnico\nAcme\n\nRequisitos\n- Haber trabajado en una empresa con 3 años de experiencia en el sector',
      3,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe('what the session 60 years rules must leave alone (review)', () => {
  it.each([
    [
      'Litigation Attorney\nBaker & Lane LLP\nDallas, TX\n\nOur firm is seeking an attorney with 10+ years of litigation experience.',
      10,
    ],
    [
      'Ingeniero\nAcme\n\nRequisitos\n- Empresa busca ingeniero con más de 10 años de experiencia en obras civiles.',
      10,
    ],
    [
      'Auditor\nAcme\n\nRequirements\n- Prior experience at a public accounting firm with 10+ years of progressive experience',
      10,
    ],
    [
      'Electrician\nAcme\n\nWe welcome applications from qualified electricians with 3+ years of industrial experience.',
      3,
    ],
    [
      'Dev\nAcme\n\nRequirements\n- 5+ years of experience with Python, Java, or\n- 2+ years of experience with Scala',
      5,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});

describe('session 61: Korean, Japanese and Chinese preferences', () => {
  it.each([
    [
      '외래 간호사\n강남세온병원\n경력: 신입·경력 (경력 1년 이상 우대)\n\n자격요건\n- 간호사 면허 소지자 (필수)\n\n우대사항\n- 병원 외래 또는 검진센터 경력 1년 이상',
      null,
    ],
    ['会计\n任职要求：\n2、1年以上企业会计工作经验，有制造业经验者优先', 1],
    ['文員\n• 3 年或以上物業管理經驗，當中最少 1 年擔任主任職級者優先', 3],
  ])('%j', (text, expected) => {
    expect(parse(text).yearsExperienceMin ?? null).toBe(expected);
  });
});
