import { describe, expect, it } from 'vitest';
import type { Section } from '../model/section';
import { extractBenefits } from './benefits';

function keys(text: string, sections: Section[] = []): string[] {
  return extractBenefits(text, sections)
    .map((b) => b.key)
    .sort();
}

describe('extractBenefits', () => {
  it.each([
    [
      'Other great perks include 401(k) match and PTO.',
      ['pto', 'retirement_match', 'retirement_plan'],
    ],
    [
      'Financial benefits include 401(k), stock purchase and company-paid life insurance.',
      ['life_insurance', 'retirement_plan', 'stock_purchase'],
    ],
    [
      'Health benefits include medical, vision and dental coverage.',
      ['dental_insurance', 'health_insurance', 'vision_insurance'],
    ],
    [
      'Paid time off benefits include PTO (including sick leave), parental leave.',
      ['parental_leave', 'pto', 'sick_leave'],
    ],
    [
      'Other benefits include short-term and long-term disability, company discounts, adoption expense reimbursement.',
      ['adoption_assistance', 'disability_insurance', 'employee_discount'],
    ],
    ['You can receive incentive awards for your performance.', ['bonus']],
    ['Additional compensation for certain positions may also include:\n- Stock', ['equity']],
    ['We offer education assistance and tuition reimbursement.', ['tuition_assistance']],
    [
      'You will receive PTO that can be used for vacation, sick leave, holidays, or other purposes.',
      ['pto', 'sick_leave'],
    ],
    [
      'Benefits & Perks\n\n  • Paid time off including PTO, sick leave, holidays, and other purposes.',
      ['paid_holidays', 'pto', 'sick_leave'],
    ],
    [
      'Wir bieten: betriebliche Altersvorsorge, 30 Urlaubstage, Jobticket und Krankenversicherung.',
      ['commuter_benefits', 'health_insurance', 'pto', 'retirement_plan'],
    ],
    [
      'Nous offrons : mutuelle, tickets restaurant, RTT et intéressement.',
      ['health_insurance', 'meal_allowance', 'profit_sharing', 'pto'],
    ],
    [
      'Ofrecemos seguro médico, plan de pensiones y 23 días de vacaciones.',
      ['health_insurance', 'pto', 'retirement_plan'],
    ],
    [
      'Perks: home office stipend, gym membership, flexible hours, relocation assistance.',
      ['flexible_hours', 'gym', 'relocation', 'remote_stipend'],
    ],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    ['Experience administering 401(k) plans and health insurance enrollment.'],
    ['Build computer vision models for dental imaging.'],
    ['We champion diversity, equity and inclusion.'],
    ['Must be able to work weekends and holidays.'],
    ['Operates a global chain of discount retail stores.'],
    ['Relocation assistance is not available for this role.'],
    ['Flexible, hybrid work: be more flexible in our personal lives.'],
    ['Experience with Kubernetes is a bonus.'],
    ['Stock shelves and track inventory.'],
  ])('finds nothing offered in: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('ignores benefits named in a requirements section', () => {
    const text =
      'Requirements\nKnow how a 401(k) and dental insurance work.\nBenefits\nDental insurance.';
    const sections: Section[] = [
      { kind: 'requirements', heading: 'Requirements', span: { start: 13, end: 57 } },
      { kind: 'benefits', heading: 'Benefits', span: { start: 67, end: text.length } },
    ];
    const benefits = extractBenefits(text, sections);
    expect(benefits.map((b) => b.key)).toEqual(['dental_insurance']);
    const span = benefits[0]?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe('Dental insurance');
  });
});

describe('extractBenefits: vocabulary from real postings', () => {
  it.each([
    // Australian pay lines add the retirement contribution as "+ super"
    ['Full time | $78,000 – $84,000 + super + staff meals', ['meal_allowance', 'retirement_plan']],
    [
      'Perks: free shift meal, 50% off dining, paid sick leave.',
      ['employee_discount', 'meal_allowance', 'sick_leave'],
    ],
    ['Pay & perks: 40% merchandise discount and paid time off.', ['employee_discount', 'pto']],
    // the match is often a few words after the plan name
    [
      'Benefits: 401(k) with 5% match, 403(b) with firm match.',
      ['retirement_match', 'retirement_plan'],
    ],
    ['Salary: $85,000 plus discretionary year-end bonus.', ['bonus']],
    ['This role is eligible for equity and a comprehensive benefits package.', ['equity']],
    [
      'Benefits: 100% employer-paid medical, dental and vision for you.',
      ['dental_insurance', 'health_insurance', 'vision_insurance'],
    ],
    ['Compensation: ₹45 LPA + ESOPs. Benefits: term life cover.', ['equity', 'life_insurance']],
    // Singapore: AWS = Annual Wage Supplement
    ['AWS, 13th month bonus and variable bonus.', ['bonus']],
    ['- Bike to Work scheme', ['commuter_benefits']],
    [
      'Wir bieten: 5 Wochen Ferien, Halbtax-Abo, Gratis Verpflegung, betriebliche Altersversorgung, Jahressonderzahlung.',
      ['bonus', 'commuter_benefits', 'meal_allowance', 'pto', 'retirement_plan'],
    ],
    [
      'Nous offrons : chèques-repas, 40 % de remise, Pass Navigo, 13ème mois, prime de participation.',
      ['bonus', 'commuter_benefits', 'employee_discount', 'meal_allowance', 'profit_sharing'],
    ],
    [
      'Ofrecemos: retribución flexible (tickets restaurante, transporte), aguinaldo, plan complementario de salud, furgoneta de empresa.',
      ['bonus', 'commuter_benefits', 'company_car', 'health_insurance', 'meal_allowance'],
    ],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    ['We are a super team and offer super snacks.'],
    ['Brightpath is a network of six tuition-free public charter schools.'],
    ['Nos bureaux sont proches des transports en commun.'],
    ['Ofrecemos: dos días libres consecutivos.'],
    ['Match your skills to our openings.'],
  ])('finds nothing offered in: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('extractBenefits: pension systems, coordinated insurance, FR/ES/CH wordings', () => {
  it.each([
    [
      'Benefits: Federal Employees Retirement System (FERS) and Thrift Savings Plan with agency matching contributions.',
      ['retirement_match', 'retirement_plan'],
    ],
    ['Benefits include the Wisconsin Retirement System.', ['retirement_plan']],
    [
      'Company contributes to medical aid and provident fund.',
      ['health_insurance', 'retirement_plan'],
    ],
    [
      'We offer life and disability insurance and 20 days of PTO.',
      ['disability_insurance', 'life_insurance', 'pto'],
    ],
    [
      'Benefits:\n- Life and short-term disability insurance',
      ['disability_insurance', 'life_insurance'],
    ],
    [
      'Perks:\n- HMO coverage on day 1\n- Paid vacation and sick leaves',
      ['health_insurance', 'pto', 'sick_leave'],
    ],
    ['Total compensation also includes equity and benefits.', ['equity']],
    ['Avantages : Mutuelle, assurance hospitalisation.', ['health_insurance']],
    [
      'Avantages : Régime de soins dentaires, Régime de retraite collectif.',
      ['dental_insurance', 'retirement_plan'],
    ],
    ['Wir bieten: Überdurchschnittliche Pensionskassenleistungen.', ['retirement_plan']],
    ['Beneficios:\n- Descuento del 30% en nuestros restaurantes', ['employee_discount']],
    ['Beneficios:\n- Seguro complementario de salud', ['health_insurance']],
    [
      'Beneficios:\n- EPS al 50%\n- Descuentos en prendas',
      ['employee_discount', 'health_insurance'],
    ],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    ['IBODE en CDD de 6 mois (remplacement congé maternité) pour le bloc.'],
    ['Perks: $250 referral bonus for every hire.'],
    ['We offer exposure to EPS growth and earnings analysis.'],
    ['Our TSP solver benefits from Python.'],
  ])('finds nothing offered in: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('reads a labelled offer line under a profile heading ("Compléments de salaire :")', () => {
    const text =
      'Profil souhaité\nExpérience exigée\nCompléments de salaire : Mutuelle, tickets restaurant';
    const sections: Section[] = [
      { kind: 'requirements', heading: 'Profil souhaité', span: { start: 16, end: text.length } },
    ];
    expect(keys(text, sections)).toEqual(['health_insurance', 'meal_allowance']);
  });
});

describe('extractBenefits: offer sub-headings the section splitter missed', () => {
  const under = (heading: string, block: string, intro = 'What you need\n- GED\n\n'): string[] => {
    const text = `${intro}${heading}\n${block}`;
    return keys(text, [
      { kind: 'requirements', heading: 'What you need', span: { start: 14, end: text.length } },
    ]);
  };

  it.each([
    [
      'Pay and benefits',
      '- Medical, dental and vision from day 1; 401(k) with 4% match',
      [
        'dental_insurance',
        'health_insurance',
        'retirement_match',
        'retirement_plan',
        'vision_insurance',
      ],
    ],
    [
      'Package & Remuneration',
      'R45 000 per month, including medical aid and provident fund contributions.',
      ['health_insurance', 'retirement_plan'],
    ],
    [
      'Remuneration',
      'Monthly gross salary plus HMO and pension.',
      ['health_insurance', 'retirement_plan'],
    ],
    [
      'Das Angebot',
      '– 30 Tage Urlaub, betriebliche Altersvorsorge, Zielbonus',
      ['bonus', 'pto', 'retirement_plan'],
    ],
    [
      'Offre',
      '• Chèques-repas et assurance hospitalisation',
      ['health_insurance', 'meal_allowance'],
    ],
  ])('reads the block under "%s"', (heading, block, expected) => {
    expect(under(heading, block)).toEqual(expected);
  });

  it('keeps a requirement lead-in a requirement even when it names an offer word', () => {
    expect(
      under('Experience with benefits administration:', '- 401(k) and dental insurance enrollment'),
    ).toEqual([]);
  });

  it.each([
    [
      "Nos avantages : assurances collectives (santé, dentaire, vie) dès l'embauche",
      ['dental_insurance', 'health_insurance', 'life_insurance'],
    ],
    [
      'Comprehensive medical, dental and life coverage.',
      ['dental_insurance', 'health_insurance', 'life_insurance'],
    ],
    ['Remuneration: KES 120,000 gross per month, plus medical cover.', ['health_insurance']],
    [
      'Contributory Provident Fund and Group Mediclaim are offered.',
      ['health_insurance', 'retirement_plan'],
    ],
    ['We offer exam fees paid and paid study leave.', ['tuition_assistance']],
    ['Wir bieten Vergünstigungen auf unseren Versicherungsprodukten.', ['employee_discount']],
    ['Ofrecemos 15 días hábiles de descanso pago al año.', ['pto']],
  ])('reads %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('does not take "qualité de vie" for life insurance', () => {
    // Quebec's "assurances collectives" is group health cover; "vie" here is quality of life.
    expect(
      keys('Nos avantages : assurances collectives et une qualité de vie au travail.'),
    ).toEqual(['health_insurance']);
  });

  it.each([
    // health cover wording
    ['Contratación con todos los aportes y obra social.', ['health_insurance']],
    ["AVANTAGES\n- Assurances collectives\n- Programme d'aide aux employés", ['health_insurance']],
    ['Benefits: VHI healthcare, annual bonus.', ['bonus', 'health_insurance']],
    ['✅ HMO on Day 1 with 1 free dependent', ['health_insurance']],
    ['Notre offre : assurance groupe et hospitalisation.', ['health_insurance', 'retirement_plan']],
    ['Beneficios: seguro complementario de salud y vida.', ['health_insurance', 'life_insurance']],
    // pension wording
    [
      'Benefits: PF + ESIC, mediclaim, 12 paid leaves.',
      ['health_insurance', 'pto', 'retirement_plan'],
    ],
    ['Benefits: EPF, SOCSO, EIS.', ['retirement_plan']],
    [
      'BENEFITS: PERSI retirement, medical/dental insurance.',
      ['dental_insurance', 'health_insurance', 'retirement_plan'],
    ],
    ['Ce que nous offrons : Prévoyance LPP au-delà du minimum légal.', ['retirement_plan']],
    ['Nous offrons une prévoyance complète (décès, invalidité).', ['life_insurance']],
    // leave in days, bonuses, education funding
    ['Perks: medical insurance, 24 days leave.', ['health_insurance', 'pto']],
    ['Benefits:\n- $500 quarterly safety bonus', ['bonus']],
    ['Beneficios: prima extralegal en diciembre.', ['bonus']],
    ['Wir bieten: Unterstützung bei Weiterbildungen.', ['tuition_assistance']],
    ['Beneficios: auxilio educativo para posgrados.', ['tuition_assistance']],
    ['Avantages : prise en charge des formations ACCA.', ['tuition_assistance']],
  ])('reads %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    'We are recruiting a QC Analyst to cover a maternity leave. Benefits: pension.',
    'The reason for the fixed term is to cover parental leave. We offer benefits.',
    'Our teacher is on parental leave; benefits are offered.',
    'Type de contrat : CDD de 6 mois (remplacement congé maternité), avantages.',
  ])('covering someone on leave is no parental leave: %s', (text) => {
    expect(keys(text)).not.toContain('parental_leave');
  });

  it('keeps a 13-salary Swiss pay structure out of bonuses', () => {
    expect(keys('Wir bieten: Jahreslohn CHF 95 000 (13 Monatslöhne).')).not.toContain('bonus');
  });
});

describe('extractBenefits: more wordings of bonus, leave, stipends and pensions (EN/DE/FR/ES)', () => {
  it.each([
    ['Wir bieten: Schichtzulagen, Prämiensystem und kostenlose Parkplätze.', 'bonus'],
    ['Wir bieten: 16 Wochen Mutterschafts- und 4 Wochen Vaterschaftsurlaub.', 'parental_leave'],
    ['Benefits: 12 weeks paid family leave.', 'parental_leave'],
    [
      'Benefits: $300 one-time equipment stipend and $50/month internet reimbursement.',
      'remote_stipend',
    ],
    ['Ofrecemos: notebook y reintegro de internet.', 'remote_stipend'],
    ['Avantages : allocation de télétravail de 300 $ par année.', 'remote_stipend'],
    ["Avantages : REER collectif avec contribution de l'employeur de 4 %.", 'retirement_match'],
    ['Benefits: MPF with voluntary employer contribution.', 'retirement_plan'],
    [
      'Benefits: group hospitalisation and surgical insurance, outpatient and dental benefits.',
      'health_insurance',
    ],
    ['Benefits: Health ins. after 90 days, paid vacation.', 'health_insurance'],
    ['Beneficios: prestaciones de ley, caja de compensación y póliza de vida.', 'life_insurance'],
    ['Benefits: group life and disability cover.', 'disability_insurance'],
    ['Avantages : assurances collectives, congés de maladie et vacances.', 'sick_leave'],
  ])('%s -> %s', (text, key) => {
    expect(keys(text)).toContain(key);
  });

  it('does not read "MPF" without a pension context as a benefit', () => {
    expect(keys('Benefits: MPF modelling of the plant.')).not.toContain('retirement_plan');
  });
});

describe('pension plans in Italian, Portuguese, Dutch and Swedish (session 37)', () => {
  it.each([
    'Ti offriamo: cassa pensione con contributi del datore di lavoro',
    'Benefícios: plano de previdência privada',
    'Wij bieden: een goede pensioenregeling',
    'Vi erbjuder: tjänstepension och friskvårdsbidrag',
  ])('%s', (text) => {
    expect(keys(text)).toContain('retirement_plan');
  });
});
