// Short examples for seniority: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

const CASES: [string, unknown][] = [
  ['Senior Data Scientist\nAcme', 'senior'],
  ['Staff, Software Engineer - Backend\nAcme\nSenior', 'staff'],
  ['Staff Accountant\nAcme', null],
  ['Principal Engineer\nAcme', 'principal'],
  ['Junior Developer\nAcme', 'entry'],
  // A post-graduate teacher is no graduate entry level.
  ['Post Graduate Teacher\nSahyadri International School', null],
  ['Graduate Engineer\nAcme Ltd', 'entry'],
  ['Software Engineering Intern\nAcme', 'intern'],
  ['Engineering Manager\nAcme', 'manager'],
  ['Director of Engineering\nAcme', 'director'],
  ['Data Engineer\nAcme\nSeniority level: Mid-Senior level', 'senior'],
  ['Data Engineer\nAcme', null],
  ['Account Executive, Mid-Market\nAcme', null],
  ['Mid-Level Account Executive\nAcme', 'mid'],
  ['Desarrollador Python Semi Senior\nAcme', 'mid'],
  ['Analista Funcional Ssr\nAcme', 'mid'],
  ['Data Engineer\nAcme\nSeniority: Semi-Senior', 'mid'],
  // A facility, a school office or a person is not a level.
  ['Care Assistant - Senior Living Community\nAcme', null],
  ["Administrative Assistant II - Principal's Office\nAcme", null],
  // The level word before the role word wins; team leaders lead.
  ['Junior Marketing Manager (m/w/d)\nAcme', 'entry'],
  ['Warehouse Team Leader\nAcme', 'lead'],
  ['Jefe de equipo de ventas\nAcme', 'lead'],
  // The role after "to the" is the person supported.
  ['Executive Assistant to the CEO\nAcme', null],
  ['Practicante Profesional de Recursos Humanos\nAcme', 'intern'],
  // An apprenticeship is a trade's training contract, not an internship level.
  ['Apprentice Lineworker\nAcme Power', null],
  // A short header row whose second part is the level field.
  ['Customer Service Representative\nAcme\nFull time  ·  Career level: Entry level', 'entry'],
  [
    'Analista de Recursos Humanos\nAcme\nÁrea: Recursos Humanos · Nivel: Practicante · Vacantes: 1',
    'intern',
  ],
  // Level-field values in the other languages; a bracket explains the value.
  ['Chargé de clientèle\nAcme\nNiveau d’expérience : Confirmé', 'senior'],
  ['Analista contable\nAcme\nNivel: Intermedio', 'mid'],
  ['Sachbearbeiter Einkauf\nAcme\nKarrierestufe: Berufseinsteiger', 'entry'],
  ['Support Analyst\nAcme\nCareer level: Entry level (0-2 years)', 'entry'],
  ['Entwickler\nAcme\nErfahrungslevel: Junior', 'entry'],
  ['Warehouse Operative\nAcme\nJob level: Lead', 'lead'],
  ['Support Analyst\nAcme\nExperience: Mid-level', 'mid'],
  // Portuguese, Dutch and Polish level words.
  ['Pessoa Desenvolvedora Back-end Sênior (Kotlin)\nAcme', 'senior'],
  ['Desenvolvedor Backend Pleno\nAcme', 'mid'],
  ['Analista de Dados Júnior\nAcme', 'entry'],
  ['Estágio em Engenharia de Produção\nAcme', 'intern'],
  // A trainee is hired into a first job: entry level.
  ['Financial Advisor Trainee\nAcme', 'entry'],
  ['Trainee Marketing & Kommunikation (m/w/d)\nAcme GmbH', 'entry'],
  ['Medior Data Analist\nAcme', 'mid'],
  ['Starszy Specjalista ds. Controllingu\nAcme', 'senior'],
  ['Młodszy Księgowy\nAcme', 'entry'],
  ['Data Engineer\nAcme\nSeniority: Medior', 'mid'],
  ['Camarero en pleno centro de Madrid\nAcme', null],
];

describe('seniority', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).seniority).toEqual(expected);
  });
});

describe('a trainee who is an intern (review of session 28)', () => {
  it.each([
    ['Industrial Trainee (Internship) - Finance\nPetronas', 'intern'],
    ['Trainee Software Engineer Intern\nInfosys', 'intern'],
    ['Graduate Trainee Engineer\nAcme', 'entry'],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority).toBe(expected);
  });
});

describe('a Spanish head of department (session 40)', () => {
  it.each([
    ['Jefe de Mantenimiento\nAcme SA', 'manager'],
    ['Jefa de Administración\nAcme SA', 'manager'],
    ['Jefe de Turno\nAcme SA', 'lead'],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority).toBe(expected);
  });
});

describe('review of session 40: a cook and an assistant are no heads', () => {
  it.each([
    ['Jefe de Partida\nRestaurante El Faro\nMarbella', null],
    ['Ayudante de Jefe de Obra\nConstrucciones Acme\nMadrid', null],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority).toBe(expected);
  });
});

describe('seniority in Chinese, Japanese and Korean titles and level fields (session 44)', () => {
  it.each<[string, string | null]>([
    ['拉勾 · 设计\n\n高级UI设计师\n15k-25k /杭州 /经验3-5年', 'senior'],
    ['智联招聘\n\n销售经理（医疗器械）\n8千-1.2万', 'manager'],
    ['前程无忧 51job\n\n市场部实习生（品牌推广方向）\n150元/天', 'intern'],
    ['wanted\n\n시니어 프론트엔드 엔지니어\n모아플랜 · 서울', 'senior'],
    ['JobsDB 香港\n\n文員 (物流部)\n宏運貨倉服務有限公司\n葵涌\n\n職級：入門 / 初級', 'entry'],
    ['JobsDB 香港\n\n物業主任\n職級：中級', 'mid'],
    // A Korean rank in brackets is no level here.
    ['사람인\n\n회계·세무 담당 (과장급)\n(주)대성정밀', null],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority ?? null).toBe(expected);
  });
});

describe('job families, level fields of Polish and Turkish boards, more title words', () => {
  it.each<[string, string | null]>([
    // "Product Manager" and "Customer Success Manager" name a job, not a management level.
    ['Product Manager – Onboarding & Identity\nAcme', null],
    ['Customer Success Manager\nAcme', null],
    ['Senior Product Manager\nAcme', 'senior'],
    ['Marketing Manager\nAcme', 'manager'],
    ['Executive Director\nRiverbend Food Bank', 'executive'],
    ['Kıdemli Yazılım Geliştirici (.NET)\nAcme', 'senior'],
    ['Frontend-разработчик (Middle, React)\nАкме', 'mid'],
    ['Middle School Math Teacher\nLincoln Academy', null],
    ['Schichtleiter (m/w/d) Produktion\nAcme GmbH', 'lead'],
    ['Teamleider Logistiek\nAcme B.V.', 'lead'],
    ['Data Analyst - Fresher / Up to 2 Yrs\nAcme', 'entry'],
    [
      'Specjalista ds. płac\nAcme Sp. z o.o.\nPoziom stanowiska: specjalista (Mid / Regular)',
      'mid',
    ],
    // "Regular" is a US employment status, no level.
    ['Warehouse Associate\nAcme\nMemphis, TN · Full-time · Regular', null],
    ['Math Teacher - Middle/High School\nLincoln Academy', null],
    ['Müşteri Temsilcisi\nAcme\nPozisyon Seviyesi: Yeni Başlayan', 'entry'],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority ?? null).toBe(expected);
  });
});

describe('session 50: Cyrillic, Arabic, Finnish and Turkish titles; Romanian and Arabic level fields', () => {
  it.each<[string, string | null]>([
    ['محاسب أول\nشركة الواحة', 'senior'],
    ['مدير مبيعات – قطاع الأجهزة الطبية\nشركة الخليج', 'manager'],
    ['Старший бухгалтер (участок основных средств)\nООО «Балт»', 'senior'],
    ['Провідний інженер-конструктор\nТОВ «Альфа»', 'senior'],
    ['Генеральный директор\nООО «Альфа»', 'executive'],
    ['Директор по маркетингу\nООО «Альфа»', 'director'],
    ['Myyntipäällikkö, B2B-ratkaisut\nKaamos Oy', 'manager'],
    ['İnsan Kaynakları Stajyeri (Uzun Dönem)\nMarmara A.Ş.', 'intern'],
    ['Inginer DevOps\nCarpatica SRL\nNivel carieră: Middle (2-5 ani)', 'mid'],
    ['ممثل خدمة عملاء\nشركة النيل\nالمستوى الوظيفي: مبتدئ (Entry Level)', 'entry'],
    // "أول" is "first" too: only after the job's noun, not a grade's or a line's.
    ['أول مرة\nشركة النيل', null],
    ['معلم صف أول ابتدائي\nمدارس النيل', null],
    ['مهندس دعم فني خط أول\nشركة النيل', null],
    // The person assisted is no level of this job.
    ['Помощник генерального директора\nООО «Альфа»', null],
    ['سكرتيرة المدير العام\nشركة النيل', null],
    // A language's level, not the job's.
    ['Translator\nAcme\nEnglish · Middle', null],
    ['مترجم\nشركة النيل\nالمستوى: متقدم', null],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority ?? null).toBe(expected);
  });
});

describe("a French senior grade, Wuzzuf's non-manager level, a Praktikum (session 54)", () => {
  it.each([
    [
      'Analyste financier(ère) principal(e) – Planification et analyse financière\nGroupe Boréal inc.\nMontréal',
      'senior',
    ],
    ['Conseillère principale, communications\nVille de Laval\nLaval', 'senior'],
    ['Principal Engineer\nAcme\nMontréal', 'principal'],
    [
      'QA Engineer (Manual & Automation)\nNilebyte Software\nCairo\n\nCareer Level: Experienced (Non-Manager)',
      null,
    ],
    ['Data Scientist\nAcme\nCairo\n\nCareer Level: Entry Level (0-2 years)', 'entry'],
    ['Praktikum Marketing & Kommunikation (m/w/d)\nAcme GmbH\nBerlin', 'intern'],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority ?? null).toBe(expected);
  });
});

describe("the review's case: a French grade after several words (session 54)", () => {
  it.each([
    ["Analyste d'affaires principal(e)\nAcme inc.\nMontréal", 'senior'],
    ['Architecte de solutions principal(e)\nAcme inc.\nMontréal', 'senior'],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority ?? null).toBe(expected);
  });
});

describe('a working student has no level; an intern still has (session 59)', () => {
  it.each([
    ['Werkstudent Backend Development (m/w/d)\nAcme GmbH\nBerlin', null],
    ['Working Student Data Analytics (m/f/d)\nAcme GmbH\nMunich', null],
    ['Praktikum Marketing (m/w/d)\nAcme GmbH\nBerlin', 'intern'],
  ])('%s', (text, expected) => {
    expect(parse(text).seniority ?? null).toBe(expected);
  });
});

describe("session 61: a letter's signatory is no level", () => {
  it.each([
    [
      'Assistant Professor\nAmrutha Institute\nCoimbatore\n\nQualification\n- Ph.D.\n\nPay\nAs per norms.\n\nHow to apply\nSend your CV to The Principal.\n\nPrincipal',
      null,
    ],
    ['Executive\nACME LOGISTICS PTE. LTD.\nWest\n$3,000 to $3,800 Monthly', 'executive'],
    [
      'Head of Sales\nAcme\nBoston\n\nAbout\nWe sell.\n\nSeniority level\nDirector\nEmployment type\nFull-time',
      'director',
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).seniority ?? null).toBe(expected);
  });
});
