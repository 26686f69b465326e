// Short examples for employment-type: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

// 40 distinct sentences: what follows is past the header block.
const LONG_BODY = Array.from(
  { length: 40 },
  (_, i) => `We ship tool number ${i + 1} each week.`,
).join('\n');

const CASES: [string, unknown][] = [
  // Portuguese, Italian, Dutch, Polish and Nordic contracts and hours.
  ['Analista Fiscal\nGrupo Maravale\nRibeirão Preto - SP  •  Híbrido  •  Efetivo (CLT)', null],
  ['Dev Backend\nAcme\n\n## Contratação\nPJ', 'contract'],
  ['Cozinheiro\nHotel\n» Contrato a termo certo de 7 meses', 'temporary'],
  ['Magazziniere\nAcme\nTipo contratto: Somministrazione a tempo determinato', 'temporary'],
  ['Infermiere\nRSA\n- assunzione a tempo indeterminato;', null],
  [
    'Boekhouder\nVerhaeghe & Co\nGeplaatst op 07/03/2025  |  Vast contract  |  Voltijds',
    'full-time',
  ],
  ['Kapper\nKnipwerk\nParttime · 24 uur', 'part-time'],
  ['Magazynier\nAcme\numowa o pracę  •  pełny etat  •  pracownik fizyczny', 'full-time'],
  ['Stażysta ds. marketingu\nAcme\nStaż · Umowa zlecenie · Część etatu', 'internship'],
  ['Tømrer\nAcme\nFuldtid · Fastansættelse', 'full-time'],
  ['Automatiker\nAcme\nFast stilling · Heltid · Søknadsfrist 31. mars 2025', 'full-time'],
  // French "stagiaires" (trainees the employer serves), "PJ :" (an attachment), a Portuguese
  // requirement's "estágios incluídos" state no type.
  ['Coordinateur\nAsbl\nNous accompagnons chaque année plus de 150 stagiaires', null],
  ['Chef de projet\nAcme\nPJ : Promesse_embauche.pdf', null],
  ['Analista\nAcme\n• 1 a 3 anos de experiência (estágios incluídos)', null],
  // "CLT" is Brazil's labour code only where Portuguese names the contract: not an airport, nor
  // the central limit theorem.
  ['Analista\nAcme\nRegime de contratação: CLT', 'full-time'],
  ['Financial Analyst\nBank Co\nCharlotte, NC (CLT)\nJoin our finance team.', null],
  ['Data Scientist\nAcme\nFamiliarity with CLT (central limit theorem) and testing.', null],
  // A chat says it in passing: "It's part time bar staff", "Ray: Full time, Mon to Fri",
  // "Season runs March thru Nov, full time, 45-50 hrs a week".
  [
    "The Plough Inn: Hi Megan, thanks for getting in touch! Yes still looking. It's part time bar staff, mainly Fri & Sat nights.",
    'part-time',
  ],
  ['[3/4/25, 9:02] Kevin: Full time, Mon to Fri 7am till whenever the roof is done.', 'full-time'],
  // The applicant's aside and a full-time equivalent say nothing of the job.
  ["Applicant: Great. I'm at Target now but it's part time, I need more hours.", null],
  ["Office Manager\nSalary £34,000 (it's full time equivalent; this post is pro rata).", null],
  [
    'Quick rundown: crew lead for one of our crews. Season runs March thru Nov, full time, 45-50 hrs a week.',
    'full-time',
  ],
  // Austria's "Beschäftigungsausmaß" and France's "Quotité" state the workload; "Nature du
  // contrat" is a label; "Full/Part Time:" is a label, not a part-time job; Ireland's
  // "specified purpose contract" is temporary.
  [
    'Verwaltung\nGemeinde\nBeschäftigungsausmaß: 100 % (40 Wochenstunden), auch Teilzeit möglich',
    'full-time',
  ],
  [
    'Kellner (m/w/d)\nHotel\nBeschäftigungsausmaß: Vollzeit (40 Std./Woche), 5-Tage-Woche',
    'full-time',
  ],
  ['Ingénieur\nParis\nQuotité : 80 %', 'part-time'],
  ["Ingénieur d'études\nParis\nNature du contrat : CDD de 12 mois, renouvelable", 'temporary'],
  ['Coordinator\nFull/Part Time: Full-Time\nRegular/Temporary: Regular', 'full-time'],
  ['Clerical Officer\nEnnis\nSpecified purpose contract for 11 months, whole-time', 'temporary'],
  // A saved page's bare facts list; a contract bullet ("Arbeitsvertrag"); "in Voll- oder
  // Teilzeit" and "(Vollzeit/Teilzeit ...)" name full-time first.
  ['DevOps Engineer\nAcme Pte Ltd\n- Permanent\n- Full Time\n', 'full-time'],
  ['Lagerhelfer\n\n• Unbefristeter Arbeitsvertrag in Vollzeit (35 Std./Woche)\n', 'full-time'],
  ['Steuerfachangestellte (m/w/d) in Voll- oder Teilzeit\n\nKanzlei', 'full-time'],
  ['Bilanzbuchhalter:in (Vollzeit/Teilzeit ab 30 Std.)\n', 'full-time'],
  ['Engineer\nFull Time', 'full-time'],
  // a Swiss workload line under the title; an FTE field's value over a word in its note; a
  // share of travel is no workload; "4/5e temps" is part-time
  ['Rheinblick Pharma AG\nLaborant/in EFZ\n80 – 100 %\nStandort Basel\n', 'full-time'],
  ['Special Education Teacher\nFTE:              1.0 (190-day contract)\n', 'full-time'],
  ['Programme Officer\nDuty Station: Nairobi, with frequent travel to Turkana (40%)\n', null],
  ['Assistant administratif\nContrat : CDI à 4/5e temps\n', 'part-time'],
  // A figure before "FTE"; a trainee's training contract; "medio tiempo".
  [
    'Position: School Counselor (K-8) — 1.0 FTE\nContract: 190-day licensed contract, 2025-26 school year\n',
    'full-time',
  ],
  ['Trainee Solicitor - September 2027 Intake\nBristol\n\nA two-year training contract.\n', null],
  ['### Docente de Inglés – Medio tiempo (jornada tarde)\n', 'part-time'],
  ['Job Type: Part-time', 'part-time'],
  ['Engineer\nContract - 6 months', 'contract'],
  ['Engineer\nInternship', 'internship'],
  ['This is a temporary position.', 'temporary'],
  [
    'Live Better U is a benefit for full-time and part-time associates across the company and its many stores.',
    null,
  ],
  ['Entwickler\nVollzeit', 'full-time'],
  ['Développeur\nCDI', null],
  ['Agent\nCDD de 6 mois', 'temporary'],
  ['Camarero\nMedia jornada', 'part-time'],
  ['Becario\nPrácticas', 'internship'],
  // Past the header block a field counts, a short line does not.
  [`Engineer\n${LONG_BODY}\nJob type: Contract`, 'contract'],
  [`Engineer\n${LONG_BODY}\nContract`, null],
  // Every label, whatever its first letters, opens a field there ("Régime" starts "ré").
  [`Infirmier\n${LONG_BODY}\n- Régime de travail : temps partiel`, 'part-time'],
  [`Nurse\n${LONG_BODY}\nWORK SCHEDULE: PART-TIME`, 'part-time'],
  [`Nurse\n${LONG_BODY}\nContract type\nFixed-term`, 'temporary'],
  // "B2B" is a contract form only next to a contract word or on its own, not a market.
  ['Ejecutivo de Ventas B2B\nDistribuidora Norte\nTiempo completo', 'full-time'],
  ['Account Manager B2B\nAcme', null],
  ['Java Developer\nAcme\nKraków · B2B · 18 000 PLN', 'contract'],
  ['Java Developer\nAcme\numowa B2B', 'contract'],
  // Reed's "Contract, full-time": a contract at full-time hours.
  ['DevOps Engineer\nBirmingham\nContract, full-time\nRemote', 'contract'],
  ['DevOps Engineer\nContract type: Permanent, full-time', 'full-time'],
  // A short offer bullet that states the contract; French / Spanish fixed-term wording.
  [
    'Leitung Einkauf\nDas Angebot\n- 30 Tage Urlaub\n- Unbefristete Festanstellung in Vollzeit',
    'full-time',
  ],
  ['Aide-soignant\nType de contrat\nContrat à durée déterminée - 6 Mois', 'temporary'],
  ['Subject: Locum Pharmacist - Leeds - £280 per day', 'contract'],
  [
    'Applications are invited from eligible candidates for the following\nregular full-time teaching posts in the Department of Physics',
    'full-time',
  ],
  ['Physiotherapist\n* Employee position (T4, not a contractor), paid $48 per hour', null],
  ['Policy Adviser\nContract type\nPermanent\nWorking pattern\nFlexible working, Part-time', null],
  ['Agronomist\nNakuru\nContract\nAgriculture, Fishing & Forestry', 'contract'],
  // A permanent contract states no hours: a stated schedule wins, else there is no type (session
  // 61: blind labels give none for "Permanent", "CDI", "unbefristet" alone).
  ['Registered Nurse - Aged Care (Permanent Part Time)\nAcme Care', 'part-time'],
  ['Clinical Pharmacist\nContract: Permanent\nWorking pattern: Part-time', 'part-time'],
  ['Data Engineer\nVertragsart: Festanstellung', null],
  // A bare "Contract" over a type value is a label (NHS Jobs).
  ['Physiotherapist\nContract\nPermanent\nWorking pattern\nFull-time, Part-time', 'full-time'],
  // A workload share: below 100 % part-time, up to 100 % full-time; a bullet's share is not.
  ['Lehrperson Sekundarstufe I (60–80 %)\nAnstellung: unbefristet', 'part-time'],
  ['Lehrperson Primarstufe, Pensum 60–70 %\nSchule Kanton', 'part-time'],
  ['Data Engineer (80-100%)\nSBB', 'full-time'],
  ['Postdoctoral Research Associate\nDepartment: Biology\nFTE: 1.0', 'full-time'],
  ['Agent\n- Mutuelle prise en charge (50 %)', null],
  // A "Who is hiring" row's cell; a reader's flattened "Employment type: FullTime".
  [
    'Gridmotion Robotics | Staff Software Engineer, Motion Planning | Pittsburgh, PA (ONSITE) or REMOTE | Full-time | $190k-$240k',
    'full-time',
  ],
  [
    'Support Specialist\nLocation: Remote - US Work mode: Remote Employment type: FullTime We make budgeting software for households.',
    'full-time',
  ],
  // A header line naming the post and its type; a board's menu is not this job.
  [
    'Enseignant de français\nPoste régulier à temps plein — Contrat à temps plein 100 %',
    'full-time',
  ],
  [
    'HelloWork\nEmploi   Alternance   Salaires   Entreprises   |   Connexion\nChef de rang\nCDD · Temps plein',
    'temporary',
  ],
  // Sentences about this job.
  ['Dairy near Viroqua seeks dependable full-time herdsperson. Duties: milking.', 'full-time'],
  ["Designer\nPay: $45/hr, paid via invoice (1099, you're a contractor).", 'contract'],
  ['Account Executive\n$85K/yr - $95K/yr   Hybrid   Full-time   Mid-Senior level', 'full-time'],
  [
    'Carpenter\nEmployer: Halstead & Crane Builders, Inc. (signatory contractor)\nDuration: Full-time for the duration of the project',
    'full-time',
  ],
  [
    'Profesor/a de Inglés\nJornada: Parcial – 25 horas semanales\nContrato: Indefinido',
    'part-time',
  ],
  ['Técnico/a de Soporte IT\nJornada: Completa (40 hs)', 'full-time'],
  [
    'Soudeur TIG/MIG (H/F)\nType de contrat : CDI | Régime de travail : Temps plein (38 h/semaine) | Horaire : 2 pauses (6h-14h / 14h-22h)',
    'full-time',
  ],
  [
    "Enseignant\nSTATUT : Remplacement à temps plein (100 %) – contrat jusqu'au 27 juin 2025, avec possibilité de prolongation",
    'temporary',
  ],
  ['Minijob: Aushilfe Verkauf (m/w/d) – Bäckerei Kornblume', 'part-time'],
  ['HVAC Service Tech\n$30-45/hr DOE. Full time w/ benefits (health, 401k).', 'full-time'],
  [
    `Responsable commercial\n${LONG_BODY}\nNous offrons :\n- Voiture de fonction\n- CDI à temps plein`,
    'full-time',
  ],
  ['Koch/Köchin (m/w/d) – Wintersaison 2025/26', 'temporary'],
  [
    'Best Boy Grip\nLOCATIONS: Atlanta, GA      BASE: Stage 4, Lakewood\nThis is a freelance/day-player contract position.',
    'contract',
  ],
  ['Internship: Embedded Systems Intern (6 months) — Pune\n\nWrite firmware in C.', 'internship'],
  ['Socorrista\nContrato: de temporada (julio y agosto)', 'temporary'],
  // A site's menu and alternating shifts are no apprenticeship.
  [
    "HelloWork\nOffres d'emploi   Alternance   Salaires   Entreprises   Se connecter\n\nServeur saisonnier (H/F)\nContrat saisonnier de 4 mois",
    'temporary',
  ],
  [
    'Bricolandes Recrute – Nos offres\nMagasins | Siège & Logistique | Alternance | Stages | Rechercher une offre\n\nDirecteur de magasin H/F – Rennes\nRennes · CDI · Statut cadre · Temps plein',
    'full-time',
  ],
  [
    "Logisticien CFC\nProfil\n- Disponible en horaire d'équipe (06h00–14h30 / 13h30–22h00, en alternance)",
    null,
  ],
  [
    'Geólogo/a\n• Contrato a plazo fijo por 6 meses, con posibilidad de pasar a indefinido',
    'temporary',
  ],
  [
    `Travel Physical Therapist\n${LONG_BODY}\nA clinic needs a travel PT for a 13-week contract.`,
    'contract',
  ],
  ['Verpleegkundige\nZorggroep Oost\nEnschede\n\nDienstverband: halftijds', 'part-time'],
];

describe('employment-type', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).employmentType).toEqual(expected);
  });
});

describe('a contract named by its year is no contractor (session 40)', () => {
  it.each([
    [
      'Consultant Psychiatrist\nNHS Trust\n\nSalary: £105,504 - £139,882 per annum (Consultant contract 2003, England)\nContract: Substantive, full time',
      'full-time',
    ],
    [
      'Consultant Psychiatrist\nNHS Trust\n\nSalary: £105,504 per annum (Consultant contract 2003)',
      null,
    ],
    ['IT Consultant\nAcme\n\nA 6-month contract, 2025 start.', 'contract'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('review of session 40: a contract with its year', () => {
  it('is a contract', () => {
    expect(
      parse('IT Consultant\nAcme\nType: Contract 2025 (6 months, outside IR35)\nRate: £550/day')
        .employmentType,
    ).toBe('contract');
  });
});

describe('the employment type of a posting in an Asian script (session 43)', () => {
  it.each([
    [
      'バックエンドエンジニア\n株式会社ミナトデータ\n\n正社員 NEW\n\n仕事内容\nAPIの開発',
      'full-time',
    ],
    ['カフェスタッフ\n大阪\nアルバイト・パート\n時給1,200円', 'part-time'],
    ['倉庫内軽作業\n雇用形態：派遣社員（3ヶ月更新）', 'temporary'],
    ['UX/UI 디자이너 (계약직, 12개월)\n(주)누리소프트\n\n※ 정규직 전환 시 연봉 협의', 'contract'],
    ['数据分析实习生\n杭州\n实习 | 可转正 | 餐补', 'internship'],
    ['門市兼職人員\n台北\n工作性質：兼職\n表現優異者可轉正職', 'part-time'],
    [
      'Lập Trình Viên Backend\nCông ty Cổ phần Sao Việt\nHồ Chí Minh\nHình thức làm việc: Toàn thời gian\n\nMô tả công việc\n- Phát triển API\n- Tối ưu hệ thống',
      'full-time',
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('Estonian and Romanian working time (session 43)', () => {
  it.each([
    ['Projektijuht\nTallinn\nTööaeg: täistööaeg', 'full-time'],
    ['Klienditeenindaja\nTartu\nTööaeg: osaline tööaeg', 'part-time'],
    ['Agent vânzări\nIași\n- Contract pe perioadă nedeterminată, normă întreagă', 'full-time'],
    ['Casier\nCluj\n- Program: normă redusă, 4 ore pe zi', 'part-time'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe("the review's cases for Asian type words (session 43)", () => {
  it.each([
    [
      'セールスエンジニア\n株式会社ミナトデータ\n雇用形態：正社員\n\n仕事内容\nパートナー企業と連携します。\n\n応募資格\n・営業経験3年以上\n\n給与\n年収500万円～',
      'full-time',
    ],
    [
      '프론트엔드 개발자\n(주)브릿지랩스\n서울 강남구\n\n우대사항\n- 스타트업 인턴 경험\n\n근무조건\n- 고용형태: 정규직\n- 연봉: 면접 후 협의\n- 근무지: 서울',
      'full-time',
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('session 45: Nordic, Polish, Czech and Dutch contract words', () => {
  it.each<[string, string | null]>([
    ['Specjalista\nAcme\n\nOferujemy\n• umowa o pracę\n• pełny etat', 'full-time'],
    [
      'Utvecklare\nAcme AB\n\nVi erbjuder\n- Tillsvidareanställning på heltid med fast månadslön',
      'full-time',
    ],
    ['Obchodní zástupce\nAcme\n\nTyp pracovního poměru: práce na plný úvazek', 'full-time'],
    ['Stage Marketing\nAcme\n\n**Type:** Meewerkstage / afstudeerstage', 'internship'],
    [
      'Sommerstudent geoteknikk\nAcme AS\nStillingstype: Sommerjobb (sommerstudent), 8 uker',
      'internship',
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('session 46: Central and Eastern Europe, the Baltics, Greece and Turkey', () => {
  it.each<[string, string | null]>([
    ['Контабіл\nКиїв\n\n⏱ Повна зайнятість. Досвід роботи від 2 років.', 'full-time'],
    ['Специалист\nСофия\nПълно работно време · Хибридна работа · Постоянна работа', 'full-time'],
    ['Πωλητής/τρια\nΛάρισα\nΜερική απασχόληση · Στο κατάστημα', 'part-time'],
    ['Магационер\nНиш\n\n• пуно радно време, уговор на одређено 3 месеца', 'full-time'],
    ['Voditelj prodaje\nZagreb\nPuno radno vrijeme · Rad u uredu', 'full-time'],
    ['Medicinska sestra\nSplit\nNepuno radno vrijeme (20 sati tjedno)', 'part-time'],
    ['Yazılım Uzmanı\nİstanbul\nTam Zamanlı · Hibrit', 'full-time'],
    ['İK Stajyeri\nİzmir\nStaj · Yarı Zamanlı · İş Yerinde', 'internship'],
    ['Grāmatvedis\nRīga\nPilna slodze · Darbs birojā', 'full-time'],
    ['Contabil\nBucurești\nTip contract: Full-time, perioadă nedeterminată', 'full-time'],
    ['Inginer\nTimișoara\nTip contract: normă întreagă, perioadă nedeterminată', 'full-time'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('session 46: a freelance job that may become a full-time one', () => {
  it.each<[string, string | null]>([
    [
      'Marketing Mix Modeling analyst – ongoing hourly work\n\nHourly: $40-$60\nContract-to-hire: This job has the potential to turn into a full time role\n\nSummary\nWe are looking for a freelance analyst to join us for the next 3–6 months.',
      'contract',
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('the review of session 46', () => {
  it.each<[string, string | null]>([
    [
      'Registered Nurse\n\nWe want a nurse who can commit to a full-time position on nights.',
      'full-time',
    ],
    [
      'Senior Python Developer\nМосква\n\nОбязанности:\n- Наставничество для стажеров и джунов',
      null,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('session 48: Arabic job types', () => {
  it.each<[string, string | null]>([
    ['محاسب\n\nنوع الوظيفة: دوام كامل', 'full-time'],
    ['موظفة استقبال\n\nساعات العمل: بدوام جزئي مسائي', 'part-time'],
    ['باريستا\n\nنوع العمل: عمل مرن (بالساعة)', 'part-time'],
    ['أخصائي\n\nنوع التعاقد: عقد سنوي قابل للتجديد', 'contract'],
    ['متدرب\n\nبرنامج التدريب التعاوني لطلاب الجامعات', 'internship'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('the review of session 48: a flexible environment is no part-time job', () => {
  it('reads no type in "بيئة عمل مرنة"', () => {
    expect(
      parse('Graphic Designer\nJeddah\nWe offer a flexible environment (بيئة عمل مرنة).')
        .employmentType,
    ).toBe(null);
  });
});

describe('session 50: Indonesian and Vietnamese job types', () => {
  it.each<[string, string | null]>([
    ['Staf Admin Gudang\nPT Sinar Logistik\nBekasi\nPenuh waktu', 'full-time'],
    ['Kasir\nPT Sinar Logistik\nBekasi\nParuh waktu', 'part-time'],
    ['Product Manager\nPT Acme\nJakarta\n\nTipe pekerjaan: Penuh waktu', 'full-time'],
    [
      'Kế toán\nCông ty TNHH Hồng Hà\nHà Nội\n\nThông tin chung\nCấp bậc: Nhân viên\nHình thức làm việc: Toàn thời gian',
      'full-time',
    ],
    ['Nhân viên bán hàng\nCông ty ABC\nHà Nội\nBán thời gian', 'part-time'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('Finnish fixed-term, substitute and summer jobs (session 53)', () => {
  it.each<[string, string | null]>([
    [
      'Kesätyöntekijä, tuotanto\nOulun Kuitu Oy\nOulu\n\nTyösuhde: Määräaikainen\nTyöaika: Kokoaikainen',
      'temporary',
    ],
    ['Lähihoitaja (sijaisuus)\nHoivakoti Aurajoki\nTurku\n\nTyöaika: Kokoaikainen', 'temporary'],
    ['Myyntipäällikkö\nAcme Oy\nJyväskylä\n\nTyösuhde: Vakituinen, kokoaikainen', 'full-time'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('a Finnish summer job named alone (session 54)', () => {
  it.each([
    ['Myyjä\nKauppa Oy\nTampere\n\nTyösuhde: Kesätyö\nPalkka 12 €/h', 'temporary'],
    ['Myyjä\nKauppa Oy\nTampere\n\nTyösuhteen tyyppi: Kesätyö, kokoaikainen', 'temporary'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('a title that opens with its kind (session 54)', () => {
  it.each([
    [
      'Praktikum Marketing & Kommunikation (m/w/d) – ab April 2025\nGrünfeld Mobility GmbH | Berlin-Kreuzberg\n\nWer wir sind\nWir bauen Lastenräder.',
      'internship',
    ],
    // A working student is employed part-time.
    ['Werkstudent Data Analytics & Reporting (m/w/d)\nAcme GmbH\nHamburg', 'part-time'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('a cover for leave is temporary whatever its hours (session 54)', () => {
  it.each([
    [
      'HR Business Partner – Maternity Cover (12 months, 0.8 FTE)\nAcme Housing\nLeeds\n\nHours: 30 hours per week (0.8 FTE)',
      'temporary',
    ],
    [
      'Verwaltungsfachangestellte (m/w/d) – Elternzeitvertretung\nStadt Kiel\nKiel\n\nVollzeit',
      'temporary',
    ],
    ['Teaching Assistant\nAcme School\nLeeds\n\nPart-time, 25 hours per week', 'part-time'],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe("the review's cases for leave cover and a title's kind (session 54)", () => {
  it.each([
    [
      'Payroll Administrator\nAcme Ltd\nLeeds\nFull-time\n\nBenefits\n- Private medical insurance including maternity cover',
      'full-time',
    ],
    ['HR Business Partner – Maternity Cover (12 months)\nAcme\nLeeds', 'temporary'],
    ['Sachbearbeiter Personal (Elternzeitvertretung)\nStadt Kiel\nKiel', 'temporary'],
    ['Stage Manager for Touring Musical Theatre Production\nRoyal Lyceum Theatre\nEdinburgh', null],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('a permanent contract and stated hours (session 55)', () => {
  it.each([
    [
      'Head of Marketing\nAcme GmbH\nMünchen · Hybrid · Vollzeit · unbefristet\n\nBenefits\n- Unlimited permanent contract (unbefristeter Vertrag), full-time, 30 days of holiday',
      'full-time',
    ],
    ['Data Analyst\nAcme\n\nWe offer\n- A permanent contract and a bonus', null],
    [
      'Clinical Psychologist\nAcme NHS Trust\nLeeds\nContract: Permanent\nWorking pattern: Part-time – 22.5 hours per week (0.6 WTE), flexible working',
      'part-time',
    ],
    [
      'Policy Adviser\nContract type\nPermanent\nWorking pattern\nFlexible working, Part-time',
      null,
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe("LinkedIn's header row with two-space gaps (session 56)", () => {
  it('reads "Full-time" between the pay, the mode and the level', () => {
    expect(
      parse(
        'Senior Software Engineer\nBrightledger\nAustin, TX\n\n$165K/yr - $195K/yr  Hybrid  Full-time  Mid-Senior level',
      ).employmentType,
    ).toBe('full-time');
  });
});

describe("the review's case for a title in a two-space row (session 56)", () => {
  it('reads no type from "Internship Program Manager  New York, NY"', () => {
    expect(
      parse(
        'Internship Program Manager  New York, NY\nBright Futures Foundation\n$80,000 - $90,000 a year',
      ).employmentType,
    ).toBe(null);
  });
});

describe('Swiss German "temporär" (session 57)', () => {
  it.each([
    [
      'Lagermitarbeiter/in Kommissionierung 100 % (temporär, 3 Monate)\nAcme Logistik AG\nBasel\n\nPensum: 100 %',
      'temporary',
    ],
    ['Temporärstelle · Logistik\n\nLagermitarbeiter/in\nAcme AG\nBasel', 'temporary'],
    ['Polymechaniker EFZ\nAcme AG\nAesch\nAnstellungsart: Temporär', 'temporary'],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('Norwegian and Swedish workload fields (session 57)', () => {
  it.each([
    [
      'Sykepleier\nNordlys Omsorgssenter\nTromsø\n\nStillingsprosent: 60 %\nVi har ledig fast stilling som sykepleier.',
      'part-time',
    ],
    [
      'Sykepleier\nNordlys Omsorgssenter\nTromsø\n\nStillingsprosent: 100 %\nAnsettelsesform: Fast',
      'full-time',
    ],
    ['Butikkmedarbeider\nAcme AS\nTrondheim\n\nStillingsprosent: Deltid 40 %', 'part-time'],
    ['Undersköterska\nAcme AB\nUmeå\n\nSysselsättningsgrad: 75 %', 'part-time'],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('a full-time independent contractor (session 57)', () => {
  it.each([
    [
      'Staff Backend Engineer (Go)\nParcelwise\nRemote\n\nEngagement: Full-time independent contractor (long-term)',
      'contract',
    ],
    [
      'Insurance Agent\nSaguaro Benefits Group\nPhoenix, AZ\nJob type: Full-time, Part-time, Contract\n\nTHIS IS A 100% COMMISSION POSITION (1099 INDEPENDENT CONTRACTOR). There is no base salary.',
      'contract',
    ],
    [
      'Support Specialist\nVoltaria\nRemote\nFull-time\n\nPaid in USD via Deel, independent contractor agreement.',
      'full-time',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe("the review's cases for employment type (session 57)", () => {
  it.each([
    [
      'Personalberater/in Temporär Bau (m/w/d)\nKessler Personal AG\nZürich\n\nIhre Aufgaben\n- Rekrutierung und Betreuung von Temporärmitarbeitenden\n\nIhr Profil\n- 3 Jahre Erfahrung in der Personalvermittlung',
      null,
    ],
    [
      'Sykepleier\nNordlys Omsorgssenter AS\nTromsø\n\nStillingsprosent: 100 %\nAnsettelsesform: Vikariat\n\nKvalifikasjoner\n- Autorisasjon som sykepleier',
      'temporary',
    ],
    [
      'Fleet Dispatcher\nSwiftline Courier LLC\nDallas, TX\nJob type: Full-time\n\nAbout the role\nYou will schedule and support our network of 40 full-time independent contractor drivers across North Texas.',
      'full-time',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('a fixed term beside a workload range, a Dutch chip, an unlimited contract (session 58)', () => {
  it.each([
    [
      'Vacature: Docent Wiskunde (0,6 - 1,0 fte)\nChristelijk Lyceum Waterland\nPurmerend\nUren per week: 24 - 40 uur\nDienstverband: Tijdelijk met uitzicht op vast\n\nWat ga je doen\n- Lesgeven',
      'temporary',
    ],
    [
      'Junior Marketeer\nDe Groene Kas B.V.\nNaaldwijk\n€ 2.700 - € 3.200 per maand\nHBO\nTijdelijk met uitzicht op vast\nGeplaatst: 1 week geleden\n\nOver ons\nWij kweken planten.',
      'temporary',
    ],
    [
      'Software Engineer – Embedded C++\nZugerberg Sensorik AG\nZug\nContract type: Unlimited employment\n\nTasks\n- Write firmware',
      null,
    ],
    // A full workload alone still says full-time.
    [
      'Docent Wiskunde (1,0 fte)\nLyceum Waterland\nPurmerend\n\nWat ga je doen\n- Lesgeven',
      'full-time',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe("the review's cases for employment type (session 58)", () => {
  it.each([
    // A freelancer's open-ended contract is no permanent post.
    [
      'Senior Backend Developer\nAcme\nRemote\nEngagement: open-ended contract, €600/day\n\nTasks\n- Write code',
      null,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType ?? null).toBe(expected);
  });
});

describe('Dutch workload and prospect wording, a bare unlimited contract (session 59)', () => {
  it.each([
    [
      'Docent Wiskunde (0,8 tot 1,0 fte)\nLyceum Waterland\nPurmerend\nDienstverband: Tijdelijk\n\nWat ga je doen\n- Lesgeven',
      'temporary',
    ],
    [
      'Data-analist\nAcme BV\nUtrecht\nTijdelijk met optie op vast\n\nWat ga je doen\n- Analyseren',
      'temporary',
    ],
    ['Analyst\nAcme AG\nZug\nContract type: Unlimited\n\nTasks\n- Analyse', null],
    // Unlimited hours are no contract length.
    ['Analyst\nAcme AG\nZug\nContract type: Unlimited hours\n\nTasks\n- Analyse', 'contract'],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType ?? null).toBe(expected);
  });
});

describe('a working student is employed part-time (session 59)', () => {
  it.each([
    [
      'Werkstudent:in Backend (m/w/d)\nAcme GmbH\nBerlin\n\nDeine Aufgaben\n- Code schreiben',
      'part-time',
    ],
    [
      'Working Student Data Analytics (m/f/d)\nAcme GmbH\nMunich\n\nTasks\n- Build reports',
      'part-time',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType ?? null).toBe(expected);
  });
});

describe("the review's cases: Flemish prospect wording, working students (session 59)", () => {
  it.each([
    [
      'Data-analist\nAcme BV\nAntwerpen\nTijdelijk met zicht op vast\n\nWat ga je doen\n- Analyseren',
      'temporary',
    ],
    [
      'Working Students (m/f/d) Marketing\nAcme GmbH\nMunich\n\nTasks\n- Build reports',
      'part-time',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType ?? null).toBe(expected);
  });
});

describe('French and Polish fixed terms, bracketed notes (session 60)', () => {
  it.each([
    [
      'Col bleu\nVille de Laval\nStatut : Temporaire (remplacements et surcroîts de travail, possibilité de permanence)\nTaux horaire : 27,43 $',
      'temporary',
    ],
    [
      'Chemik\nPomorski Instytut\n\nOferujemy:\n- zatrudnienie na podstawie umowy o pracę na czas określony (24 miesiące)',
      'temporary',
    ],
    [
      '# Clinical Research Coordinator I\n\n**Lakeshore University Medical Center** · Chicago, IL\nRequisition #: LUMC-2025-10744 · Department: Cardiovascular Research Institute · Full-time (40 hrs/week)\n\nAbout\nWe do research.',
      'full-time',
    ],
    [
      'Cobalt Cloud | University Recruiting\n\nSoftware Development Engineer Intern (Summer 2026)\nSeattle, WA\n\nDescription\nWe build storage.',
      'internship',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('what the session 60 bracket rule must leave alone (review)', () => {
  it.each([
    [
      'Senior Internship Program Coordinator (Hybrid)\nAcme\nBoston, MA\n\nAbout\nWe run programs.',
      null,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe('session 61: a kind of firm is no contractor', () => {
  it.each([
    [
      'Senior Quantity Surveyor\nCalder Recruitment\nManchester\nPermanent, full-time\n\nSenior Quantity Surveyor - Main Contractor - Manchester - £60k-£70k\n\nOur client is a main contractor.',
      'full-time',
    ],
    ['Site Manager\nAcme\n\nWe are a general contractor. This is a contract position.', 'contract'],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType).toBe(expected);
  });
});

describe("session 61: a freelancer's contract field under the hours; Danish posts; Austrian workloads", () => {
  it.each([
    [
      'SAP FI/CO Consultant\nRolle: SAP FI/CO Senior Consultant\nAuslastung: Vollzeit, 5 Tage/Woche\nVertragsart: freiberuflich über uns\nTagessatz: 950 – 1.100 €',
      'contract',
    ],
    [
      'School Counselor\nPosition: School Counselor (K-8) — 1.0 FTE\nContract: 190-day licensed contract, 2025-26 school year',
      'full-time',
    ],
    [
      'Pædagog til Børnehuset Solsikken – 30 timer\nOdense Kommune\nOdense SØ\n\nBørnehuset Solsikken søger en pædagog til vores børnehavegruppe med 22 børn.\n\nOm os\nBørnehuset Solsikken er en integreret institution i Hjallese.\n\nVi søger en pædagog, der\n• er uddannet pædagog\n• har lyst til at arbejde med naturen som læringsrum\n• er god til at samarbejde\n\nVi tilbyder\n• en deltidsstilling på 30 timer ugentligt med mulighed for at gå op i tid\n• en engageret personalegruppe',
      'part-time',
    ],
    [
      'Lehrperson\nDienststelle: BRG Graz\nBeschäftigungsausmaß: Vollbeschäftigung (22 Werteinheiten)',
      'full-time',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType ?? null).toBe(expected);
  });
});

describe('what the session 61 rules must leave alone (review)', () => {
  it.each([
    [
      'Java Developer\nAcme Inc, Dallas TX\nEmployment type: Full-time\nContract type: W2 only - no C2C or 1099',
      'full-time',
    ],
    [
      'Développeur\nTemps de travail : Temps plein\nType de contrat : CDI (pas de freelance)',
      'full-time',
    ],
    ['Sachbearbeiter (m/w/d)\nunbefristet, 40 Std./Woche', 'full-time'],
    [
      'Senior Accountant\nAcme\nJob type: Permanent\nHours: 37.5 hours per week, Monday to Friday',
      'full-time',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).employmentType ?? null).toBe(expected);
  });
});

describe('session 62: Slovak, Croatian, Lithuanian, Polish and Turkish contract fields', () => {
  it.each([
    ['Druh pracovného pomeru: plný úväzok', 'full-time'],
    ['Druh pracovného pomeru\nplný úväzok', 'full-time'],
    ['Pracovní poměr: na dobu neurčitou, plný pracovní úvazek (40 hodin týdně)', 'full-time'],
    ['Radno vrijeme: Puno radno vrijeme – rad u smjenama', 'full-time'],
    ['Vrsta zaposlenja: Na određeno (6 mjeseci, s mogućnošću produljenja)', 'temporary'],
    ['Vrsta posla: sezonski posao (svibanj – listopad 2026)', 'temporary'],
    ['Darbo laikas: pilnas etatas.', 'full-time'],
    ['Rodzaj umowy: umowa tymczasowa (praca na min. 3 miesiące)', 'temporary'],
    ['Çalışma Şekli: Tam Zamanlı', 'full-time'],
    // A temp agency's kind in its name is not the contract.
    ['ProWork Sp. z o.o. (Agencja Pracy Tymczasowej)\nRodzaj umowy: umowa zlecenie', 'contract'],
  ])('%j', (text, expected) => {
    expect(parse(`Kierowca\n\n${text}`).employmentType ?? null).toBe(expected);
  });
});
