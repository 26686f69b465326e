// Short examples for work-mode: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parsePostingText } from '../index';
import { parse } from './parse-plain.test-helper';

const CASES: [string, unknown][] = [
  // Italian, Dutch, Polish, Portuguese chips, fields and phrases.
  ['Frontend Developer\nAcme\nBologna, Emilia-Romagna · Ibrido', 'hybrid'],
  ['Beleidsmedewerker\nGemeente\nSchaal 10 · 36 uur · Hybride werken', 'hybrid'],
  ['Magazynier\nAcme\nTryb pracy: praca stacjonarna', 'onsite'],
  ['DevOps Engineer\nAcme\n- pełną zdalność; praca zdalna z dowolnego miejsca w Polsce', 'remote'],
  ['Java Developer\nAcme\n- pracę hybrydową – 2 dni w tygodniu w biurze', 'hybrid'],
  ['Analista\nAcme\nModelo de trabalho: híbrido (3 dias no escritório)', 'hybrid'],
  // Plain statements of where the work is done.
  [
    'Marketing Manager\nAcme Ltd\nThis role is based in our office in Manchester, with hybrid working of 2 days from home per week.',
    'hybrid',
  ],
  ['You will be office-based in Manchester with flexible hybrid working.', 'hybrid'],
  [
    'IT-Berater (m/w/d)\nDu unterstützt unsere Kunden direkt vor Ort.\nWir bieten: 2 Tage Homeoffice pro Woche',
    'hybrid',
  ],
  ['Officers report in person to the Civic Centre at the start of each shift.', 'onsite'],
  ['Deputies work in person in the field; this position is not eligible for telework.', 'onsite'],
  ['Eligible staff may work up to two days per week remotely following their probation.', 'hybrid'],
  ['Möglichkeit zu Homeoffice an bis zu zwei Tagen pro Woche', 'hybrid'],
  ['Mobile und flexible Arbeitsformen (Homeoffice bis 60 %)', 'hybrid'],
  ["Au siège, avec possibilité d'un jour de télétravail par semaine", 'hybrid'],
  ["Télétravail possible jusqu'à 3 jours/semaine", 'hybrid'],
  // Military service ("Präsenzdienst") and a remote area's allowance say nothing of the job.
  ['Bei Männern: abgeleisteter Präsenz- oder Zivildienst', null],
  ['Mount Isa is a Remote Area Incentives Scheme (RAIS) location.', null],
  ['This is a ward-based role and all work is in person.', 'onsite'],
  ['All teaching is in person at the school; no online lessons.', 'onsite'],
  ['This position works primarily in person at our Water Street office.', 'onsite'],
  ['Hours: Monday to Friday 8:30am - 5:00pm, based in the office.', 'onsite'],
  ['Working hours: 07:30 - 16:30, office based in Sandton.', 'onsite'],
  ['Die Tätigkeit erfolgt ausschliesslich vor Ort im Labor in Basel.', 'onsite'],
  [
    'Unsere Pflegekräfte arbeiten direkt vor Ort; Home-Office ist in dieser Position nicht möglich.',
    'onsite',
  ],
  ['Es un puesto presencial en la clínica.', 'onsite'],
  ['Flexible working hours and up to 2 days of home office per week', 'hybrid'],
  ['La possibilité de télétravailler 1 jour par semaine', 'hybrid'],
  // A job's facts alternate label and value: not a filter panel; "not only possible".
  [
    'Customer Support Agent\nAcme Inc\nLocation\nRemote\nSalary\n$45,000 a year\n\nHelp customers.',
    'remote',
  ],
  ['Agent\nAcme Inc\nJob type\nFull-time\nRemote\nPay\n$20 an hour\n\nHelp.', 'remote'],
  [
    'Developer\nAcme Inc\nAustin, TX\n\nRemote work is not only possible, it is encouraged.',
    'remote',
  ],
  [
    'Entwickler (m/w/d)\nAcme GmbH\nBerlin\n\nMobiles Arbeiten ist bei uns nicht nur möglich, sondern erwünscht.',
    'remote',
  ],
  // Remote work said to be unavailable; days of télétravail after a "oui"; a board's search
  // filters copied with the page name no mode.
  ['Director\nThis position is on campus; remote work is not available for this role.', 'onsite'],
  [
    'Sachbearbeitung\nDie Tätigkeit erfolgt vor Ort im Rathaus; mobiles Arbeiten ist für diese Stelle nicht möglich.',
    'onsite',
  ],
  [
    "Attaché\nTélétravail : oui, jusqu'à 2 jours par semaine selon le protocole en vigueur",
    'hybrid',
  ],
  ['Find jobs\nDate posted\nPay\nRemote\nJob type\n\nCDL-A Driver\nJoplin, MO', null],
  [
    'Enfermero/a\nTeletrabajo: Solo presencial (141) Híbrido (2)\nMadrid · Presencial · Hace 3d',
    'onsite',
  ],
  // On-site chips with their place; a note in brackets; home-based with travel; a share of
  // mobile work after the words; days a week written with a slash.
  ['Praktikum · 6 Monate · vor Ort im Labor', 'onsite'],
  ['Madrid (Las Tablas) · Presencial en obra', 'onsite'],
  ['Début : juillet · Présentiel au cabinet (avenue de Messine)', 'onsite'],
  ['Dublin, Ireland | Home-based with travel to sites (approx. 60%)', 'remote'],
  ['Wir bieten\n- Gleitzeit, mobiles Arbeiten bis zu 40 %', 'hybrid'],
  ['Nous offrons\nUn salaire attractif, 32 jours de congé, télétravail 1 jour/semaine.', 'hybrid'],
  ['Engineer\nRemote', 'remote'],
  ['Engineer\nBoston, MA (Hybrid)', 'hybrid'],
  ['This is a fully remote position.', 'remote'],
  ['We use a hybrid way of working that is primarily in office.', 'hybrid'],
  ['This role is 100% on-site.', 'onsite'],
  // Office work every day, in other words; three days in the office stays hybrid.
  ['Office based, Bree Street - no work from home.', 'onsite'],
  ['This role is based at our Sandton head office five days a week, with travel.', 'onsite'],
  ['You will work 5 days a week in the office.', 'onsite'],
  ['You will work 3 days a week in the office.', 'hybrid'],
  ['Experience with vector databases and hybrid retrieval systems.', null],
  ['Working in person allows for collaboration and speed.', null],
  ['Télétravail complet possible.', 'remote'],
  ['Modalidad: presencial', 'onsite'],
  // A field's value that goes on after the mode; a row of field cells.
  ['Modalidad: presencial en planta.', 'onsite'],
  [
    '**Ubicación:** Madrid (Chamberí) · **Modalidad:** presencial · **Jornada:** parcial, 20 horas semanales · **Contrato:** indefinido · **Incorporación:** septiembre',
    'onsite',
  ],
  [
    'Marketing Manager\n**Location:** Remote — United States (Eastern time zones preferred)',
    'remote',
  ],
  [
    'Location: Baltimore, MD (hybrid — in our Station North office Mondays and Wednesdays)',
    'hybrid',
  ],
  // A remote-work field whose value says how much.
  ['Télétravail : Oui, 1 jour par semaine', 'hybrid'],
  ['Conditions\n- Télétravail : 2 jours par semaine', 'hybrid'],
  ['Télétravail : partiel (3 jours par semaine à distance, 2 jours sur site)', 'hybrid'],
  ['Lieu du poste : Télétravail hybride à 44000 Nantes', 'hybrid'],
  ['Juriste\nTélétravail\nPartiel possible', 'hybrid'],
  ['Gleitzeit und 1 Tag Home-Office pro Woche', 'hybrid'],
  ['Benefits\n- **Mobiles Arbeiten:** bis zu 60 % deiner Arbeitszeit von zu Hause', 'hybrid'],
  // On-site in French: the work is done on the premises, presence is required.
  ['Sur place : Le travail doit être effectué sur les lieux.', 'onsite'],
  ['CDD de 12 mois, basé au siège à Paris (présence sur place requise)', 'onsite'],
  // Either on-site or remote: remote is allowed.
  ['Gridmotion | Staff Engineer | Pittsburgh, PA (ONSITE) or REMOTE (US) | Full-time', 'remote'],
  ['[Hiring] Brand Designer — $45/hr, ~15 hrs/week for 8 weeks, remote (US time zones)', 'remote'],
  ['Hybrides Arbeiten mit 2 Tagen im Büro', 'hybrid'],
  // On-site said in so many words.
  ['Staff Nurse\nOn-site  Full-time', 'onsite'],
  ['Shifts are assigned weekly. In-person only.', 'onsite'],
  ['This position works on-site at our Main Street pharmacy.', 'onsite'],
  ['Einsatzort: vor Ort in unserer Filiale (keine Remote-Tätigkeit möglich).', 'onsite'],
  ['Le poste s’exerce exclusivement sur site.', 'onsite'],
  ['You will work on-site two days a week.', null],
  ['This is an in-person, bedside position on our cardiac unit.', 'onsite'],
  // A denied remote option after a chat ad's pictogram.
  ['Conducteur de travaux\nTours\n🏠 Télétravail : Non\n', null],
  // Job Bank's own line, and a denied remote option is no remote statement.
  ['Mechanic\nOn site\nThe work is done at our shop.', 'onsite'],
  ['There is no option to work remotely; all work happens at the depot.', null],
  // Partial remote in German and French is hybrid.
  ['Wir bieten: Mobiles Arbeiten an bis zu drei Tagen pro Woche', 'hybrid'],
  ['Télétravail fréquent', 'hybrid'],
  ['Avantages : télétravail jusqu’à 2 jours par semaine', 'hybrid'],
  ['Télétravail\nPartiel\nStatut\nCadre', 'hybrid'],
  // Phrases without a mode word of their own, found on the lines that hold one.
  ['Engineer\nThis role allows telecommuting.', 'remote'],
  ['Desarrollador\nModalidad híbrida con oficina en Madrid.', 'hybrid'],
  // A yes/no field: "No" says nothing, "Yes" says remote (telework on some days: hybrid).
  ['IT Specialist\nRemote job: No\nTelework eligible: No\nDuties include security.', null],
  ['IT Specialist\nRemote job: Yes', 'remote'],
  ['IT Specialist\nRemote job: No\nTelework eligible: Yes', 'hybrid'],
  ['Engineer\nRemote job\nNot eligible', null],
  ['Entwickler\nHomeoffice: Nein', null],
  // Days of home work a week are hybrid; home work by arrangement is not fully remote.
  ['Wir bieten Gleitzeit und 1 Tag Homeoffice pro Woche', 'hybrid'],
  ['Wir bieten:\n- Gleitzeit und Homeoffice-Möglichkeit (bis zu 2 Tage/Woche)', 'hybrid'],
  ['Ciudad de México (Col. Vallejo) | Presencial con salidas a campo', 'onsite'],
  ['Benefits: 2 Tage mobiles Arbeiten', 'hybrid'],
  ['Avantages : Télétravail 2 jours par semaine', 'hybrid'],
  ['Flexible Arbeitszeiten und mobiles Arbeiten nach Absprache', 'hybrid'],
  // Office work in other words; on-site amenities are not a mode.
  ['Perks\n- Work from office - 5 days a week, Whitefield', 'onsite'],
  // Two days at the office and the rest from home: hybrid, not on site (session 37).
  ['Work from office 2 days a week, the rest from home.', 'hybrid'],
  ['Work Mode: WFO', 'onsite'],
  ['This is an office-based role in Leeds.', 'onsite'],
  ['- 5-day work week, on-site in our Tampines office', 'onsite'],
  ['Perks: on-site gym, on-site parking and on-site childcare.', null],
  ['We offer an on-site gym at our head office.', null],
  ['Sur place : Le travail doit être accompli sur place.', 'onsite'],
  ['On site: Work must be completed at the physical location.', 'onsite'],
  ['Restauration sur place et parking gratuit.', null],
  // On site at a place, a site-based role; a supervisor on-site at all times is no mode.
  ['- 5-day work week, Monday to Friday, on-site at Tuas', 'onsite'],
  ['LOCATION: Nashville, TN (site-based; travel to project locations)', 'onsite'],
  ['A supervisor is on-site at all times for your safety.', null],
  ['Travail sur place à notre entrepôt de Laval.', 'onsite'],
  ['- Modalidad presencial en San Isidro, de lunes a viernes', 'onsite'],
  ['Trabajo en faena (presencial); traslado a cargo de la empresa.', 'onsite'],
  ['Ubicación del trabajo: Empleo presencial', 'onsite'],
  ['Sur place\nLe travail doit être effectué sur les lieux physiques.', 'onsite'],
  // Days at home or in the office, the count in words or in brackets.
  ['- Flexible working, including working from home up to two days a week', 'hybrid'],
  ['a hybrid schedule of three (3) days in the office and two (2) days remote', 'hybrid'],
  // German home-office wordings: possible is partial, not possible is on site, days wrapped.
  ['Vollzeit, Homeoffice möglich', 'hybrid'],
  ['Homeoffice nicht möglich', 'onsite'],
  [
    '–  Flexible Arbeitszeiten und Homeoffice an bis zu\n2 Tagen pro Woche nach der Einarbeitung',
    'hybrid',
  ],
  ['* Hybrid nach der Probezeit (2 Tage Homeoffice pro Woche)', 'hybrid'],
  // Other ads below the posting state their own modes.
  [
    'Kundenberater (m/w/d)\nKopenhagen\nDu arbeitest bei uns im Büro in Kopenhagen.\nMehr Text.\nNoch mehr Text.\n\nÄhnliche Jobs\nKundenberater Deutsch (Homeoffice, Portugal) – 1.150 EUR',
    null,
  ],
  // Hybrid said as a basis or as a share of the week at home.
  ['This role is offered on a hybrid basis.', 'hybrid'],
  ['die Möglichkeit, bis zu 40 % im Homeoffice zu arbeiten.', 'hybrid'],
  ['This is a 100% remote position.', 'remote'],
  // A bracket or days after "hybrid"; an emoji before a mode.
  ['Location: Toronto, ON (Hybrid 3 days/week)', 'hybrid'],
  ['Our stack runs on a hybrid cloud (AWS and on-prem).', null],
  ['Dev\n📍 Hybrid – Madrid', 'hybrid'],
  // Work-mode wording in German, French and Spanish; an office named by its town.
  ['Modalidad de trabajo: Híbrida (3 días en oficina)', 'hybrid'],
  ['Esquema híbrido: 2 días en oficina y 3 desde casa.', 'hybrid'],
  ['Trabajo desde casa, con horario flexible.', 'remote'],
  ['Télétravail possible 2 jours par semaine.', 'hybrid'],
  ['Die Stelle ist vollständig remote.', 'remote'],
  ['Die Tätigkeit erfolgt vor Ort in unserem Werk.', 'onsite'],
  ['The role is remote-eligible within the US.', 'remote'],
  ['You will work from our Leeds office five days a week.', 'onsite'],
  ['You can work from your home office.', null],
  // A table row: a yes/no cell, a label cell before its value.
  ['Convenio: Metal | Teletrabajo: No\nFunciones\n- Montaje', null],
  ['| Télétravail | Hybride : 2 jours au bureau, 3 jours où tu veux |', 'hybrid'],
];

describe('work-mode', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).workMode).toEqual(expected);
  });
});

describe('work-mode phrase spans', () => {
  function span(text: string): string | null {
    const r = parsePostingText(text);
    if (!r.ok || !r.posting.workMode) return null;
    const { start, end } = r.posting.workMode.spans[0] ?? { start: 0, end: 0 };
    return r.text.slice(start, end);
  }

  it('finds "hybrid" with its parenthesis on the next line', () => {
    expect(span('Engineer\nWe offer a flexible hybrid\n(3 days in office)')).toBe('hybrid\n(');
  });
});

describe('work mode in Danish, Norwegian, Czech, Italian, French and German fields', () => {
  it.each<[string, string | null]>([
    ['Frontend-utvikler\nAcme AS, Oslo\nHjemmekontor: Delvis', 'hybrid'],
    [
      'Frontend-utvikler\nAcme AS, Oslo\n- Hybrid arbeidshverdag: tre dager i uken på kontoret',
      'hybrid',
    ],
    [
      'Účetní\nAcme s.r.o., Praha\n- po zaškolení home office 2 dny v týdnu (hybridní režim)',
      'hybrid',
    ],
    ['Vývojář\nAcme, Ostrava\n- Práce částečně z domova', 'hybrid'],
    ['Autista\nAcme, Verona\nSede di lavoro: Di persona', 'onsite'],
    ['Ingegnere\nAcme, Dalmine\n- Lavoro in presenza presso lo stabilimento', 'onsite'],
    ['Préposé\nAcme, Montréal\nLieu de travail : Sur place', 'onsite'],
    [
      'Referent\nAcme, Bonn\n• Mobiles Arbeiten in Abstimmung mit der Führungskraft bis zu 60 % der Arbeitszeit',
      'hybrid',
    ],
    // No home work, or a discount's share: no mode.
    ['Chargé de clientèle\nAcme SA, Lausanne\nTélétravail non autorisé, poste à 80 %.', null],
    [
      'Sachbearbeiter\nAcme GmbH, München\nWir bieten: Zuschuss zum Homeoffice und Rabatte von bis zu 20 % bei Partnern.',
      null,
    ],
    // A place, not a mode.
    ['Préposé\nAcme, Montréal\nLieu de travail : Montréal (QC)', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('work mode said of the team or the week', () => {
  it.each<[string, string | null]>([
    [
      "Engineer\nAcme, New York\nWe're a hybrid team: engineers come into our SoHo office Tuesdays and Thursdays.",
      'hybrid',
    ],
    [
      'Account Executive\nAcme, Denver\nWe work hybrid: in office Monday through Wednesday.',
      'hybrid',
    ],
    [
      'AP Specialist\nAcme, Grand Rapids\nWork arrangement: this position works in our Grand Rapids office Monday–Thursday with the option to work from home on Fridays.',
      'hybrid',
    ],
    [
      'SAP FICO Consultant\nMunich\n- Location: Munich, roughly 20% on-site (1 day/week), rest remote',
      'hybrid',
    ],
    [
      'Lead Engineer\nAcme, Wichita\nThis role requires on-site work at our Wichita facility.',
      'onsite',
    ],
    // A hybrid technique is no work mode.
    ['ML Engineer\nAcme, Austin\nYou will build hybrid retrieval systems.', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('work modes said in numbers of days, flags and forum cells (session 37)', () => {
  it.each([
    ['Data Scientist\n- Up to two days of home office per week', 'hybrid'],
    ['Medior Python Developer\nHome office: 2 days per week', 'hybrid'],
    ['Analyst\nPaying £90-105k, hybrid with 2 days a week in their Haymarket office.', 'hybrid'],
    ['Engineer\nOrdinal teams work in the office three days a week (Tuesday–Thursday).', 'hybrid'],
    ['Embedded Engineer | Pittsburgh, PA – ONSITE 2 days/wk, rest remote | W2 $85–95/hr', 'hybrid'],
    [
      "Backend Engineer\n- Work from home on Fridays; the rest of the week at our Da'an office",
      'hybrid',
    ],
    ['Android Engineer\n- Office in Nørrebro, 4 days a week together; Fridays from home', 'hybrid'],
    [
      'Lead Mobile Engineer\n- Work on-site, 5 days a week, at our Dubai Internet City office',
      'onsite',
    ],
    ["We're hiring! 🚀 Senior Flutter Developer @ Kobo Harbor (Lagos / Remote 🇳🇬)", 'remote'],
    [
      'Quillfeather Labs | Senior Backend Engineer (Go, PostgreSQL) | Tallinn, Estonia or REMOTE (EU timezones) | Full-time | €70k–€95k + 0.1–0.3% equity',
      'remote',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('review of session 37: modes that are not said', () => {
  it.each([
    [
      'Desktop Support Technician\nFresno, CA\n- Provide phone or remote support to clinical staff',
      null,
    ],
    ['Line Cook\nCleveland, OH\nThis is NOT a hybrid or remote role.', null],
    ['Barista\nPortland, OR\nRemote ❌\nOn-site ✅\n$17/hr', null],
    [
      'Regional CDL-A Driver\nDes Moines, IA\nDepart Mondays from home terminal, back Fridays.',
      null,
    ],
    ['Engineer\nWe meet in person twice a year for four days, the rest of the year remote.', null],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('work modes of position descriptions (session 40)', () => {
  it.each([
    [
      'Sachbearbeiter (m/w/d)\nFirma GmbH\n\nWir bieten\n– die Möglichkeit zum mobilen Arbeiten an bis zu\n    zwei Tagen pro Woche',
      'hybrid',
    ],
    ['Senior Engineer\nCounty Council\n\nThe Council operates a blended working policy.', 'hybrid'],
    ['Site Engineer\nAcme\nWorking Days : Monday to Saturday (Site based)', 'onsite'],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('review of session 40: work mode', () => {
  it.each([
    [
      "Environmental Health Officer\nCounty Council\n\nDue to the nature of the role, this post is not eligible for the Council's blended working policy and is fully office based.",
      'onsite',
    ],
    [
      'Responsable commercial\nAcme\n\nAvantages\n• Voiture de société (hybride) avec carte carburant',
      null,
    ],
    ['Sales Manager\nAcme\n\nBenefits\n• Company car (hybrid) with fuel card', null],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('home days in Nordic, Dutch, Finnish, Czech, Hungarian and Romanian, and modes in Asian scripts (session 43)', () => {
  it.each([
    ['Boekhouder\nGent\n- Glijdende werkuren en één dag thuiswerk per week', 'hybrid'],
    ['Systemutvecklare\n• Möjlighet att arbeta på distans upp till två dagar i veckan', 'hybrid'],
    ['Kehittäjä\nEtätyö: Hybridi', 'hybrid'],
    ['Účetní\n- možnost home office 1 den v týdnu po zapracování', 'hybrid'],
    ['Könyvelő\n• Heti 2 nap home office lehetőség', 'hybrid'],
    ['Contabil\n- program flexibil, posibilitate de lucru de acasă 2 zile pe săptămână', 'hybrid'],
    ['Projektleder\n- flekstid og mulighed for hjemmearbejde 1-2 dage om ugen', 'hybrid'],
    [
      'バックエンドエンジニア\n株式会社ミナトデータ\nリモート併用／自社SaaS\n\n仕事内容\nAPIの開発',
      'hybrid',
    ],
    [
      'SREエンジニア\n株式会社クラウド\n勤務地：東京都（フルリモート可）\n\n仕事内容\n運用',
      'remote',
    ],
    ['UX/UI 디자이너\n(주)누리소프트\n• 근무형태: 주 2회 재택근무', 'hybrid'],
    ['資深產品經理\n台北市\n遠端工作：無\n\n工作內容\n產品規劃', 'onsite'],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe("the review's cases for the new work-mode phrases (session 43)", () => {
  it.each([
    [
      'Research Associate\nGenentech\n- Perform RNA in situ hybridization (ISH) on tissue sections',
      null,
    ],
    ['Udvikler\nAarhus\n- Du kan arbejde hjemmefra 5 dage om ugen', null],
    [
      'バックエンドエンジニア\n株式会社ミナトデータ\n\n働き方\nフルリモート不可（週2日出社）\n\n雇用形態：正社員',
      'hybrid',
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('session 46: Central and Eastern Europe, the Baltics, Greece and Turkey', () => {
  it.each<[string, string | null]>([
    ['Senior Java Developer\nCluj-Napoca\nHibrid · Full time · Nivel carieră: Senior', 'hybrid'],
    ['Specialist\nSofia\nПълно работно време · Хибридна работа · Постоянна работа', 'hybrid'],
    ['Tarkvaraarendaja\nTallinn\nTäistööaeg · Hübriidtöö', 'hybrid'],
    ['Java Developer\nΘεσσαλονίκη\nΠλήρης απασχόληση · Υβριδική εργασία · Mid-Senior', 'hybrid'],
    ['Yazılım Uzmanı\nİstanbul\n\nÇalışma Şekli: Tam Zamanlı\nÇalışma Tercihi: Hibrit', 'hybrid'],
    [
      '.NET Developer\nBeograd\n\n- Hibridni model rada (3 dana u kancelariji, 2 dana od kuće);',
      'hybrid',
    ],
    [
      'IT projektu vadītājs\nRīga\n\n• hibrīddarbu (2 dienas nedēļā birojā Elizabetes ielā);',
      'hybrid',
    ],
    ['Muhasebe Uzmanı\nAnkara\nTam Zamanlı · İş Yerinde', 'onsite'],
    ['Logistis\nΑθήνα\nΠλήρης απασχόληση · Στο γραφείο', 'onsite'],
    ['Gramatvedis\nRīga\nPilna slodze · Darbs birojā', 'onsite'],
    ['Raktári munkatárs\nGyőr\nTeljes munkaidő · Helyszíni munkavégzés', 'onsite'],
    ['Medicinska sestra\nSplit\nNepuno radno vrijeme · Rad na lokaciji poslodavca', 'onsite'],
    ['Магационер\nНиш\nРад на лицу места', 'onsite'],
    ['Бухгалтер\nКиїв\n\n— графік роботи: пн–пт, 9:00–18:00, робота в офісі;', 'onsite'],
    [
      'Contabil\nBucurești\n\n- program de lucru L-V 9:00–17:30, lucru exclusiv la birou;',
      'onsite',
    ],
    ['Buhalteris\nKaunas\n\n• darbą visu etatu, darbas biure;', 'onsite'],
    ['Backend Developer\nVilnius\nPilnas etatas · Nuotolinis darbas', 'remote'],
    ['Fejlesztő\nBudapest\n\nMunkavégzés módja: Távmunka', 'remote'],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('the review of session 46: office work offered beside home work', () => {
  it.each<[string, string | null]>([
    ['Developer\n\n• работа в офисе или удаленно — на ваш выбор', null],
    ['Developer\n\n• 5 zile pe săptămână la birou, nu se lucrează de acasă', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('session 48: Arabic work modes', () => {
  it.each<[string, string | null]>([
    ['كاتب محتوى\n\nمكان العمل: عن بعد – من أي دولة عربية', 'remote'],
    ['أخصائي\n\nطبيعة العمل: حضوري في مقر المنشأة', 'onsite'],
    ['مهندس\n\nنوع الوظيفة: دوام كامل – نظام عمل في الموقع', 'onsite'],
    ['محلل\n\nنظام العمل: هجين (3 أيام من المكتب)', 'hybrid'],
    // An interview in person, the website, the head office where the job is: no mode.
    ['محاسب\n\nستتم دعوة المرشحين لمقابلة حضورية', null],
    ['محاسب\n\nقدّم طلبك في الموقع الإلكتروني للشركة', null],
    ['مدير تسويق\n\nللعمل في المكتب الرئيسي بالرياض', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('session 48: Russian and Ukrainian chips', () => {
  it.each<[string, string | null]>([
    [
      'Senior Frontend Developer\nBrightloop\n\nТолько удаленно · Украина, Польша, Португалия',
      'remote',
    ],
    ['Data Engineer\n\nЛише віддалено · Україна', 'remote'],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('the review of session 48: Arabic words in passing', () => {
  it.each<[string, string | null]>([['محاسب\n\nستكون المقابلات عن بعد عبر زووم', null]])(
    '%s',
    (text, expected) => {
      expect(parse(text).workMode).toBe(expected);
    },
  );
});

describe("Russian and Ukrainian boards' work formats", () => {
  it.each<[string, string | null]>([
    // hh.ru's schedule and format fields, Avito's "Где работать".
    ['Java-разработчик\nООО «Тест»\nПолная занятость, удаленная работа', 'remote'],
    ['Java-разработчик\nООО «Тест»\nФормат работы: удалённо', 'remote'],
    [
      'Go Developer\n\nМестоположение и тип занятости: Можно удаленно • Полный рабочий день',
      'remote',
    ],
    ['Бухгалтер\nООО «Тест»\nФормат работы: на месте работодателя', 'onsite'],
    ['Кассир\nМагнит\nГде работать: На месте работодателя', 'onsite'],
    ['Бухгалтер\n\nПропонуємо:\n— роботу в офісі, графік Пн–Пт', 'onsite'],
    // Several formats offered: the freest is allowed.
    ['Директор по маркетингу\n\nФормат работы: на месте работодателя, гибрид', 'hybrid'],
    ['Work mode: On-site, Remote', 'remote'],
    // Some days at home is no remote job.
    ['Аналитик\n\nВозможна частично удалённая работа', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('more on-site, hybrid and Dutch and Japanese wording', () => {
  it.each<[string, string | null]>([
    ['Research Scientist\nAcme\nFull-time · On-site four days per week (Kendall Square)', 'hybrid'],
    ['The County offers a hybrid telework schedule for this position.', 'hybrid'],
    [
      'This is a direct patient care role performed in person at Mesa Vista Medical Center.',
      'onsite',
    ],
    ['Logistiek medewerker\nAcme B.V.\nWerklocatie: Persoonlijk', 'onsite'],
    ['バックエンドエンジニア\n東京都港区（ハイブリッド勤務：週2〜3日出社）', 'hybrid'],
    ['ルート営業\n社用車（ハイブリッド車）で1日4～6件を回ります。', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('session 50: Russian, Arabic, Nordic, Finnish, Czech and Indonesian modes', () => {
  it.each<[string, string | null]>([
    ['Python-разработчик\nСеверСофт\nВозможна удалённая работа', 'remote'],
    ['Бухгалтер\nАльфа\nЧастично удалённая работа', null],
    ['Бухгалтер\nАльфа\nВозможна удалённая работа 2 дня в неделю', null],
    ['Účetní\nAcme a.s.\nHome office není problém, 2 dny v týdnu.', null],
    ['Účetní\nAcme a.s.\nPráce probíhá v kanceláři i z domova, podle dohody.', null],
    ['Utvikler\nAcme AS\n- det er ikke mulig å jobbe hjemmefra hele uken, men 2 dager er ok', null],
    [
      'Бухгалтер\nАльфа\n• работа удалённо из любого города РФ или в офисе — на ваш выбор;',
      'remote',
    ],
    [
      'Mzdová účetní\nAcme a.s.\nPráce probíhá v kanceláři v Králově Poli, home office není možný.',
      'onsite',
    ],
    [
      'Projektleder\nAcme A/S\n- Arbejdssted i Esbjerg, med mulighed for 1–2 hjemmearbejdsdage om ugen',
      'hybrid',
    ],
    [
      'Kundeservice\nAcme A/S\nArbejdet foregår på vores kontor; det er ikke muligt at arbejde hjemmefra.',
      'onsite',
    ],
    ['Myyntipäällikkö\nAcme Oy\n• mahdollisuuden etätyöhön kaksi päivää viikossa', 'hybrid'],
    ['Staf Admin\nPT Acme\nLokasi kerja: Gudang Bekasi Timur (tidak ada opsi WFH)', 'onsite'],
    ['Product Manager\nPT Acme\n- Skema hybrid: 3 hari WFO di kantor SCBD, 2 hari WFH', 'hybrid'],
    ['ممثل خدمة عملاء\nشركة النيل\nدوام كامل   ·   من المقر', 'onsite'],
    [
      'أخصائي موارد بشرية\nمجموعة اللؤلؤة\nالدوام: من الأحد إلى الخميس، حضورياً في المكتب.',
      'onsite',
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('Nordic home days and Dutch and Swedish on-site wording (session 53)', () => {
  it.each<[string, string | null]>([
    [
      'Seniorrådgiver\nDirektoratet\nOslo\n\nVi tilbyr\n- Fleksibel arbeidstid og mulighet for inntil to dager hjemmekontor per uke etter avtale',
      'hybrid',
    ],
    [
      'Økonomimedarbejder\nAcme A/S\nVejle\n\nVi tilbyder\n- Mulighed for én hjemmearbejdsdag om ugen',
      'hybrid',
    ],
    [
      'Systemutvecklare\nAcme AB\nMalmö\n\nVi erbjuder\n- Hybridarbete – i snitt två dagar i veckan på kontoret',
      'hybrid',
    ],
    [
      'Financieel medewerker\nAcme BV\nAmersfoort\n\nLet op: thuiswerken is in deze functie niet mogelijk, je werkt op kantoor in Amersfoort.',
      'onsite',
    ],
    [
      'IT Support\nAcme BV\nVeldhoven\n\nDit is geen thuiswerkfunctie: je werkt fulltime op locatie.',
      'onsite',
    ],
    [
      'Projektledare\nAcme AB\nVästerås\n\nRollen kräver att du är på plats på byggarbetsplatserna dagligen.',
      'onsite',
    ],
    // Where the company is, not where the work is done.
    ['Projektledare\nAcme AB\nVästerås\n\nVi finns på plats i Göteborg.', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe("the review's cases for Nordic and Dutch work mode (session 53)", () => {
  it('reads no home days where the posting says there are none', () => {
    expect(
      parse(
        'Rådgiver\nAcme\nOslo\n\nStillingen gir dessverre ikke mulighet for to dager hjemmekontor.',
      ).workMode,
    ).toBeNull();
  });

  // Home days beside "no full home working" or office days: not on site.
  it.each([
    'Medewerker\nAcme\nUtrecht\n\n100% thuiswerken is niet mogelijk, wel twee dagen per week.',
    'Säljare\nAcme AB\nMalmö\n\nDu är på plats på kontoret två dagar i veckan och har dagligen kontakt med kunder.',
  ])('%s', (text) => {
    expect(parse(text).workMode).not.toBe('onsite');
  });
});

describe('Dutch, Swedish and Norwegian home days (session 54)', () => {
  it.each([
    [
      'Medewerker\nAcme\nUtrecht\n\n100% thuiswerken is niet mogelijk, wel twee dagen per week.',
      'hybrid',
    ],
    ['Adviseur\nAcme BV\nZwolle\n\nJe werkt twee dagen per week thuis.', 'hybrid'],
    [
      'Säljare\nAcme AB\nMalmö\n\nDu är på plats på kontoret tre dagar i veckan och hemifrån två dagar.',
      'hybrid',
    ],
    ['Rådgiver\nAcme\nOslo\n\nHjemmekontor 2 dager i uken etter avtale.', 'hybrid'],
    ['Rådgiver\nAcme\nOslo\n\nStillingen gir ikke mulighet for hjemmekontor 2 dager i uken.', null],
    [
      'Financieel medewerker\nAcme BV\nAmersfoort\n\nThuiswerken is in deze functie niet mogelijk.',
      'onsite',
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('office days with home days in Italian, Spanish, Korean and English; Chinese office days (session 54)', () => {
  it.each([
    [
      'Controller\nFerraris SpA\nMilano\n\n- Lavoro in presenza presso lo stabilimento, con possibilità di 1 giorno di smart working a settimana',
      'hybrid',
    ],
    ['Ingegnere\nAcme, Dalmine\n- Lavoro in presenza presso lo stabilimento', 'onsite'],
    [
      'Ingeniero de Procesos\nAndesur\nSantiago\n\n- Jornada: Completa – sistema mixto: lunes a jueves presencial, viernes teletrabajo',
      'hybrid',
    ],
    ['ML Engineer\nHanbit\nSeoul\n\n- 재택근무 주 2회', 'hybrid'],
    ['ML Engineer\nHanbit\nSeoul\n\n- Flexible hours and work from home twice a week', 'hybrid'],
    [
      '高级运营经理\n云禾科技（上海）有限公司\n上海\n\n温馨提示：该职位为全职岗位，需每周五天到岗办公。',
      'onsite',
    ],
    ['高级运营经理\n云禾科技（上海）有限公司\n上海\n\n要求：能尽快到岗。', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe("the review's cases for office and home days (session 54)", () => {
  it.each([
    ['Ingegnere\nAcme\nMilano\n- Lavoro in presenza, non è previsto smart working', 'onsite'],
    [
      'Verkoper\nAcme\nUtrecht\n- Thuiswerken is helaas niet mogelijk, je werkt 3 dagen per week in onze winkel',
      null,
    ],
    ['Säljare\nAcme\nMalmö\n- Extrajobb på plats i butiken två dagar i veckan', null],
    ['Vendedor\nAcme\nSantiago\n- Modalidad presencial, sistema mixto de remuneración', 'onsite'],
    ['运营\n某公司\n上海\n本科以上学历，要求3-5天到岗', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('"on site" written with a space (session 56)', () => {
  it.each<[string, string | null]>([
    [
      'Accountant\nAcme (Pty) Ltd\nJohannesburg\n\nWorking hours: Monday to Friday, 07:30 - 16:30, on site at our Germiston plant (Knights Rd).',
      'onsite',
    ],
    [
      'Storeperson\nAcme\nDandenong\n\nPlease note this role is on site in Dandenong South.',
      'onsite',
    ],
    ['Nurse\nAcme Health\nLeeds\n\nFree parking on site at the hospital.', null],
  ])('%s', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('a long line that opens with the mode (session 58)', () => {
  it.each([
    [
      'Senior Accountant\nHarlow Pierce LLP\nChicago, IL\n\nWork arrangement\nHybrid – in office Tuesday through Thursday, remote Monday and Friday. Some extended hours during year-end close in January.',
      'hybrid',
    ],
    // A line that opens with another word is no such line.
    [
      'Senior Accountant\nHarlow Pierce LLP\nChicago, IL\n\nAbout us\nHybrid cloud – we build storage software for hospitals and banks across the Midwest, with teams in Chicago, Milwaukee and Minneapolis.',
      null,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('home days in a field, a bracket or one word, and beside on-site work (session 59)', () => {
  it.each([
    [
      "Ingénieur d'études\nArmor Conseil\nRennes\n\nTélétravail : possible jusqu'à 2 jours par semaine après 3 mois",
      'hybrid',
    ],
    [
      'Rådgiver sikkerhet\nKystforvaltningen\nÅlesund\n\nVi tilbyr\n- Fleksitid og mulighet for hjemmekontor etter avtale (inntil 2 dager i uken)',
      'hybrid',
    ],
    [
      'Økonomimedarbejder\nHvidsten A/S\nAarhus\n\nVi tilbyder\n- Mulighed for hjemmearbejde én dag om ugen',
      'hybrid',
    ],
    [
      'Boekhouder\nVandersteen Logistics\nGent\n\nWij bieden\n- 1 dag telewerk per week na je inwerkperiode',
      'hybrid',
    ],
    [
      'Teamleiter Kundenservice\nVireo Mobility GmbH\nBerlin\n\nWir bieten\n- Arbeit vor Ort in unserem Service-Center, 1 Tag Homeoffice pro Woche möglich',
      'hybrid',
    ],
    // Home days denied on the on-site line.
    [
      'Laboratory Technician\nUniversity of Westmoor\nWestmoor\n\nThis role is on-site; due to the nature of the work it is not suitable for remote or hybrid working.',
      'onsite',
    ],
    // A remote job among the ads below the posting is not this one.
    [
      'ML Engineer\nCorvelle\nParis\n\nPerks\n- 1-2 days of remote work per week\n\nThese jobs might be of interest to you\nSenior ML Engineer · Pixelune · Permanent contract · Remote · Salary: 85K to 100K €',
      'hybrid',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe("the review's cases: home days refused, someone else's, or office days (session 59)", () => {
  it.each([
    [
      'Lagermitarbeiter (m/w/d)\nNordlicht Logistik GmbH\nHamburg\n\nRahmenbedingungen\n- Die Tätigkeit erfolgt vor Ort in unserem Lager, 1 Tag Homeoffice pro Woche ist in dieser Position leider nicht möglich.',
      'onsite',
    ],
    [
      'Laboratory Technician\nWestmoor Biotech\nCambridge\n\nAbout the role\nThis role is fully on-site. While many of our corporate roles offer 2 days working from home, this position requires daily presence in the lab.',
      'onsite',
    ],
    [
      'Warehouse Supervisor\nBrightline Foods\nLeeds\n\nAbout the role\nThe role is on-site at our warehouse in Leeds, unlike our head office team who enjoy 2 days working from home.',
      'onsite',
    ],
    [
      'Maintenance Technician\nRidgeway Plastics\nAkron, OH\n\nSchedule\n- On-site role: 4 days per week in the office, Friday off (compressed 4x10 schedule)',
      'onsite',
    ],
    [
      'Customer Success Manager\nAcme Inc\nUnited States\n\nAbout the role\nNo commute required with this fully remote role.',
      'remote',
    ],
    [
      'Servicetekniker\nNordvent AS\nBergen\n\nOm stillingen\n- Hjemmekontor er dessverre ikke mulig, og to dager i uken har du vakt.',
      null,
    ],
    // Five days of telework is no hybrid week.
    [
      "Ingénieur\nArmor Conseil\nRennes\n\nTélétravail : possible jusqu'à 5 jours par semaine",
      null,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe("a 'Homeoffice:' field's value (session 60)", () => {
  it.each([
    [
      'Steuerfachangestellte (m/w/d)\nKanzlei Berger\nHomeoffice: 2 Tage pro Woche möglich, 3 Tage in der Kanzlei',
      'hybrid',
    ],
    ['Steuerfachangestellte (m/w/d)\nKanzlei Berger\nHomeoffice: möglich', 'hybrid'],
    ['Steuerfachangestellte (m/w/d)\nKanzlei Berger\nHomeoffice: 100 %', 'remote'],
    ['Steuerfachangestellte (m/w/d)\nKanzlei Berger\nHomeoffice: Nein', null],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe("what the session 60 'Homeoffice:' rule must leave alone (review)", () => {
  it.each([
    ['Steuerfachangestellte (m/w/d)\nKanzlei Berger\nHomeoffice: bis zu 100% möglich', 'remote'],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode).toBe(expected);
  });
});

describe('session 61: in office at a place; a bonus based on site output', () => {
  it.each([
    [
      'Senior Accountant\nMeridian Logistics\nSingapore\n\nWhat we offer\n- 5-day work week, in office at Mapletree Business City',
      'onsite',
    ],
    ['Analyst\nAcme\n\nWe are in office at least 3 days a week.', null],
    [
      'Maintenance Engineer\nHollins Bakeries\n\n- Annual bonus based on site OEE performance',
      null,
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode ?? null).toBe(expected);
  });
});

describe("session 61: a mail's subject yields to its fields; one home day; up to 100 % at home", () => {
  it.each([
    [
      'Subject: SAP Consultant – München / remote\nHallo,\nRolle: SAP Consultant\nRemote-Anteil: 80 % remote, 20 % vor Ort beim Kunden (ca. 1 Tag pro Woche)',
      'hybrid',
    ],
    ['Subject: Data Engineer – remote\nHi,\nthe role is a great fit.', 'remote'],
    ['Buchhalter\nAcme GmbH\n• Homeoffice an bis zu einem Tag pro Woche nach Absprache', 'hybrid'],
    [
      'IT-Administrator\nElbeSoft GmbH · Dresden\nFestanstellung | Vollzeit | bis zu 100 % Homeoffice',
      'remote',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode ?? null).toBe(expected);
  });
});

describe('session 61: Japanese full office attendance', () => {
  it.each([
    [
      '一般事務\n株式会社テスト\n■ 勤務地\n東京都千代田区\n※在宅勤務はありません（フル出社）',
      'onsite',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode ?? null).toBe(expected);
  });
});

describe('session 61: a mode opening a sentence, a mix of home and office', () => {
  it.each([
    [
      'CFO\nAcme\nNashville, TN (Cool Springs headquarters). Hybrid - the executive team is in the office four days a week.',
      'hybrid',
    ],
    [
      'Coordinator\nAcme\nLocation:\tGovan, Glasgow – mix of home and office working, plus time at our hubs',
      'hybrid',
    ],
    ['Engineer\nAcme\nWe build hybrid cars. Hybrid engines are our focus.', null],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode ?? null).toBe(expected);
  });
});

describe('what the session 61 rules must leave alone (review)', () => {
  it.each([
    [
      'Maintenance Engineer\nAcme Foods, Leeds\nYou will be based on-site Monday to Friday, 8am-4pm.',
      'onsite',
    ],
    [
      'Customer Advisor\nAcme Ltd\nTraining will be in office at our Bristol site for the first 4 weeks, then work from home.',
      'remote',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).workMode ?? null).toBe(expected);
  });
});

describe('session 62: days on site and a day of WFH', () => {
  it.each([
    [
      "Hours/setup: full-time, Mon-Fri 8:30-5. On-site 4 days, 1 day WFH once you're settled.",
      'hybrid',
    ],
    ['Salary: £30k. WFH equipment provided.', null],
  ])('%j', (text, expected) => {
    expect(parse(`IT Support Technician\n\n${text}`).workMode ?? null).toBe(expected);
  });
});
