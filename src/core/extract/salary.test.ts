// Short examples of PARSING-RULES "Salary": one row per rule or trap. [posting text, bands].
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting } from '../index';

type Band = [number | null, number | null, string, string, (string | null)?];

function bands(text: string): Band[] {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r).salary.map((b) => {
    const row: Band = [b.min, b.max, b.currency, b.period];
    if (b.label !== null) row.push(b.label);
    return row;
  });
}

const US = 'Data Analyst\nAcme Corp\nAustin, TX\n';

const CASES: [string, Band[]][] = [
  // Review: "Salary range 85,000 - 95,000" is pay; pay by level, by shift, by day or by town stays
  // a band each; "a company vehicle for this role" is no other job; "$52,000 full day
  // kindergarten" is no day rate; "đến" joins a range; "Also required: …, pay is $28/hr" is pay.
  [
    'Accountant\nAcme Corp\nDallas, TX\n\nSalary range 85,000 - 95,000 per year\n\nRequirements\n- CPA',
    [[85000, 95000, 'USD', 'year']],
  ],
  [
    'Software Engineer\nAcme Corp\nAustin, TX\n\nSalary by level:\nLevel 1: $90,000\nLevel 2: $110,000\nLevel 3: $135,000\nLevel 4: $160,000',
    [
      [90000, 90000, 'USD', 'year', 'Level 1'],
      [110000, 110000, 'USD', 'year', 'Level 2'],
      [135000, 135000, 'USD', 'year', 'Level 3'],
      [160000, 160000, 'USD', 'year', 'Level 4'],
    ],
  ],
  [
    'Production Associate\nAcme Manufacturing\nDayton, OH\n\nPay by shift:\n1st shift $18.00/hr\n2nd shift $19.50/hr\n3rd shift $21.00/hr\n4th shift (weekends) $22.00/hr',
    [
      [18, 18, 'USD', 'hour', '1st shift'],
      [19.5, 19.5, 'USD', 'hour', '2nd shift'],
      [21, 21, 'USD', 'hour', '3rd shift'],
      [22, 22, 'USD', 'hour', '4th shift (weekends)'],
    ],
  ],
  [
    'Cleaner\nSparkle Co\nLeeds\n\nPay\n- £12.00/hr (weekdays)\n- £13.50/hr (Saturdays)\n- £15.00/hr (Sundays)\n- £18.00/hr (bank holidays)',
    [
      [12, 12, 'GBP', 'hour', 'weekdays'],
      [13.5, 13.5, 'GBP', 'hour', 'Saturdays'],
      [15, 15, 'GBP', 'hour', 'Sundays'],
      [18, 18, 'GBP', 'hour', 'bank holidays'],
    ],
  ],
  [
    'Field Engineer\nAcme Corp\nDenver, CO\n\nWe also have a company vehicle for this role and pay $32/hr.',
    [[32, 32, 'USD', 'hour']],
  ],
  [
    'Kindergarten Teacher\nMaple Elementary\nColumbus, OH\n\nSalary: $52,000 full day kindergarten classroom, 10-month contract.',
    [[52000, 52000, 'USD', 'year']],
  ],
  [
    'Nhân viên bán hàng\nCông ty ABC\nHà Nội\n\nLương: 10 triệu đến 15 triệu/tháng',
    [[10000000, 15000000, 'VND', 'month']],
  ],
  [
    'Truck Driver\nAcme Freight\nReno, NV\n\nMust have CDL-A. Also required: clean driving record, pay is $28/hr',
    [[28, 28, 'USD', 'hour']],
  ],
  // A salary range's number is no amount: "(Range 572, hourly)".
  [
    'Deputy Public Defender III\nEureka, CA\nSALARY SCHEDULE (Range 572, hourly):\nSteps A to E: $52.59 - $63.97 per hour',
    [[52.59, 63.97, 'USD', 'hour']],
  ],
  // "$375 full day" is a day's rate (a half day's is not); a base plus allowance stated as one
  // figure is the pay; the same pay in another period in brackets and a hire-back salary are not
  // bands of their own; a long service increment is the scale's last point.
  [
    'Court Interpreter\nFresno, CA\nPer diem rates:\n  Certified interpreters ............ $375 full day / $210 half day\n  Registered (non-certified) ........ $295 full day / $170 half day',
    [
      [375, 375, 'USD', 'day', 'Certified interpreters'],
      [295, 295, 'USD', 'day', 'Registered (non-certified)'],
    ],
  ],
  [
    'Enfermera\nPadre Las Casas, Chile\nRemuneración          : Sueldo base más asignación de atención primaria: $1.684.312',
    [[1684312, 1684312, 'CLP', 'month']],
  ],
  [
    'Enfermera\nChile\nSueldo: $900.000 + asignación de movilización: $40.000',
    [[900000, 900000, 'CLP', 'month']],
  ],
  [
    'HCSW\nLerwick\nSalary: £25,980 - £28,119 per annum pro rata (£13.29 - £14.38 per hour)',
    [[25980, 28119, 'GBP', 'year']],
  ],
  [
    'Articling Student\nYellowknife\nArticling salary: $68,000 per year.\nIf hired back, associates start at $98,000.',
    [[68000, 68000, 'CAD', 'year']],
  ],
  [
    'Clinical Nurse Manager 2\nCork\nSalary scale:\n                          €58,226 €59,601 €61,033 €62,469 €63,905 €65,340 €66,778\n                          €68,217 LSI',
    [[58226, 68217, 'EUR', 'year']],
  ],
  [
    'CNM2\nCastlebar\nSalary scale:\n€60,474, €61,889, €63,302, €64,718, €66,132, €67,546, €68,961 LSI',
    [[60474, 68961, 'EUR', 'year']],
  ],
  // A salary table by years of service, or a grid of steps by lanes, is one range; pay by role
  // stays a band per role.
  [
    'Staff Attorney\nMarquette, MI\nSalary scale:\n| Years | Salary |\n|---|---|\n| 0 (new admittee) | $62,000 |\n| 1 | $64,250 |\n| 2 | $66,500 |\n| 3–4 | $69,750 |\n| 5–9 | $75,000 |\n| 10+ | $86,000 |',
    [[62000, 86000, 'USD', 'year']],
  ],
  [
    'SPED Teacher\nEagle Butte, SD\n2025-26 salary schedule:\n        Step    BA          BA+15       MA          MA+15\n        1       $46,500     $47,900     $50,200     $51,600\n        5       $50,900     $52,300     $54,800     $56,200\n        10      $57,100     $58,700     $61,500     $63,100',
    [[46500, 63100, 'USD', 'year']],
  ],
  [
    'Kitchen staff\nAustin, TX\nPay:\n- Cook $18/hr\n- Server $12/hr\n- Host $14/hr\n- Dishwasher $15/hr',
    [
      [18, 18, 'USD', 'hour', 'Cook'],
      [12, 12, 'USD', 'hour', 'Server'],
      [14, 14, 'USD', 'hour', 'Host'],
      [15, 15, 'USD', 'hour', 'Dishwasher'],
    ],
  ],
  // A recruiter's "Money:" line is the pay, a paid take-home is not; nor another role's rate or
  // another job "also needed"; a bare "$" in Tasmania beside "Mt Wellington" is Australian.
  [
    'Senior Kotlin Developer\nTallinn\n- Money: gross €5,500–€7,000 per month\nInterview: a chat, a take-home (paid, €300) and a team meet.',
    [[5500, 7000, 'EUR', 'month']],
  ],
  [
    'Data Engineer\nKraków\n- B2B: 140–170 PLN net/h (+VAT)\nWe also have a Senior role (up to 230 PLN/h on B2B) but mid suits you.',
    [[140, 170, 'PLN', 'hour']],
  ],
  [
    'Company Driver\nLagos\n*Salary:* ₦180,000 monthly + HMO\nAlso needed: Dispatch riders (own bike an advantage) – ₦90k/month.',
    [[180000, 180000, 'NGN', 'month']],
  ],
  [
    'Field Ecologist\nkunanyi/Mt Wellington fungi walk, then work near Hobart.\n- Pay: $42.15 per hour',
    [[42.15, 42.15, 'AUD', 'hour']],
  ],
  // Armenia, Moldova (its "lei"), Azerbaijan: their currencies and dollar pay by the month.
  ['Middle Python Developer\n📍 Yerevan\n💸 up to $3,000 net', [[null, 3000, 'USD', 'month']]],
  ['Operator\nYerevan\nSalary: 350 000 AMD per month', [[350000, 350000, 'AMD', 'month']]],
  ['Contabil\nChișinău, Moldova\nSalariu: 12 000 - 15 000 lei', [[12000, 15000, 'MDL', 'month']]],
  ['Contabil\nCluj-Napoca\nSalariu: 6 000 - 7 500 lei net', [[6000, 7500, 'RON', 'month']]],
  ['Accountant\nBaku, Azerbaijan\nSalary: 2 000 - 2 500 AZN', [[2000, 2500, 'AZN', 'month']]],
  // Each band under its own label keeps it over the notes after the amounts; an income example
  // is no pay.
  [
    "Data Engineer\nSão Paulo\n\nCompensation (salário)\nWe hire either under CLT (employee) or PJ (contractor), at the candidate's choice:\n- CLT: R$ 14.000 a R$ 18.000 por mês (bruto) + benefícios\n- PJ: R$ 20.000 a R$ 25.000 por mês, sem benefícios (except health plan)",
    [
      [14000, 18000, 'BRL', 'month', 'CLT'],
      [20000, 25000, 'BRL', 'month', 'PJ'],
    ],
  ],
  [
    'Line Operator\nToyota City\nHourly wage: ¥1,500\n Monthly income example: ¥320,000+ (20 working days, with overtime and shift allowance)',
    [[1500, 1500, 'JPY', 'hour']],
  ],
  ['営業職\n年収例：600万円（入社3年目）\n月給：30万円', [[300000, 300000, 'JPY', 'month']]],
  // Indonesian, Filipino and Vietnamese pay words and units; a day's wage in rupiah.
  [
    'Product Manager\nJakarta\nWhat we offer:\n- Gaji IDR 25.000.000 - 35.000.000 / bulan (gross)',
    [[25000000, 35000000, 'IDR', 'month']],
  ],
  ['Staf Gudang\nBekasi\nGaji: Rp 150.000 per hari', [[150000, 150000, 'IDR', 'day']]],
  ['Admin Staff\nJakarta\nGaji: Rp 120 juta per tahun', [[120000000, 120000000, 'IDR', 'year']]],
  // A texted "Reply 1=Interested" after the rate is no sum of parts.
  [
    'RapidRoster: Hi Marcus! New job match 🔔 Reach Truck Operator @ Tri-County Distribution, Joliet IL. $21.00/hr + $1.50/hr shift diff. Reply 1=Interested 2=Not now.',
    [[21, 21, 'USD', 'hour']],
  ],
  // "mln" is millions; a "Comp:" label says pay under the requirements; a prize won is not pay.
  [
    'QA Engineer\nAlmaty\nSalary is 1.2–1.6 mln tenge gross per month, depends on tech interview.',
    [[1200000, 1600000, 'KZT', 'month']],
  ],
  [
    'ML Engineer\nBengaluru\n\nWhat we are looking for:\n- 5–8 years of experience\n\nComp: 45–60 LPA fixed + ESOPs + performance bonus.',
    [[4500000, 6000000, 'INR', 'year']],
  ],
  [
    'Auditor\nRemote\n\nComp:\n💰 up to $12k/month, paid in USDC\n🏖 unlimited PTO\n\nApply: DM us.\n\n⚠️ Last month someone won $50k on a contest finding from our team — that is NOT a salary',
    [[null, 12000, 'USD', 'month']],
  ],
  // Swedish "Lönespann" (pay range) labels thousands of kronor.
  [
    'Lead UX Designer\nNacka\n\nVi erbjuder\n- Lönespann: 55–65 tkr/mån',
    [[55000, 65000, 'SEK', 'month']],
  ],
  ['Kasambahay\nQuezon City\nSahod: ₱650 kada araw', [[650, 650, 'PHP', 'day']]],
  ['Phụ bếp\nHà Nội\nLương: 250.000 đồng/ngày', [[250000, 250000, 'VND', 'day']]],
  // A staff flat's rent once the free months end is no pay; pay said with "it's" after housing is.
  [
    "Fysioterapeut\nTromsø\nPay: NOK 52 000/month. You can stay in our staff flat for the first 3 months for free (after that it's NOK 8 500/month if you want to keep it).",
    [[52000, 52000, 'NOK', 'month']],
  ],
  [
    "Caretaker\nLive-in role. Housing included and the pay, it's $20/hr.",
    [[20, 20, 'USD', 'hour']],
  ],
  // Review of this session's rules: the Department of Energy's "DOE" is no "depending on
  // experience"; after a base's sum, later amounts on the line are read; a shift's total is
  // dropped only in a bracket after a rate; "Andere vacatures …" and "Altre offerte di welfare"
  // inside a sentence open no other ads.
  [`${US}You will administer our $800,000 DOE award and other federal funding.`, []],
  [
    `${US}Pay: $18.00/hr base + $1.50/hr shift premium = $19.50/hr. Weekend shift: $21.00/hr.`,
    [
      [18, 18, 'USD', 'hour'],
      [21, 21, 'USD', 'hour'],
    ],
  ],
  [
    'Beleidsmedewerker\nGemeente Utrecht\nUtrecht\n\nWat ga je doen\nJe schrijft beleid.\n\nAndere vacatures bij de gemeente vind je op werkenvoorutrecht.nl, maar deze past bij jou.\n\nArbeidsvoorwaarden\nSalaris: € 3.500 - € 5.000 bruto per maand',
    [[3500, 5000, 'EUR', 'month']],
  ],
  [
    'Assistente Amministrativa\nRossi Srl\nMilano\n\nCosa offriamo\nAltre offerte di welfare aziendale: buoni pasto e palestra.\n\nRetribuzione: 1.600 € netti al mese',
    [[1600, 1600, 'EUR', 'month']],
  ],
  // Chats and mails: others' pay "at my place", a job "I'll post separately", another position
  // to be advertised, a recruiter's other search after "P.S." far into the sentence; "Budget is
  // … gross a month"; Hungarian thousands ("ezer Ft/hó"); Valparaíso's "Valpo", PEI's Summerside.
  [
    'DevRel Engineer\nBerlin\n\nSalary: €75k–90k\n\nIs the range negotiable? We pay ~€95k for a similar DevRel role at my place, just saying',
    [[75000, 90000, 'EUR', 'year']],
  ],
  [
    "Lifeguard\nBemidji, MN\n\nLifeguard pay is $16.25 – $18.00/hr.\nSwim Lesson Aide is 15+, $14/hr, I'll post that separately",
    [[16.25, 18, 'USD', 'hour']],
  ],
  [
    'Postdoc\nUppsala\n\nSalary: from 36 000 SEK/month.\n\nAlso: we will advertise a PhD student position in the same project in the autumn (salary according to the PhD scale, currently starting at 31 000 SEK/month).',
    [[36000, null, 'SEK', 'month']],
  ],
  [
    'CFO\nBucharest\n\nPackage: 45.000 – 55.000 RON gross/month.\n\nP.S. If the CFO seat is too big a jump right now, I am also running a Financial Controller search for a pharma distributor (approx. 25.000 RON net/month).',
    [[45000, 55000, 'RON', 'month']],
  ],
  [
    'Data Engineer\nTallinn\n\nBudget is €5,000–6,200 gross a month depending on experience.',
    [[5000, 6200, 'EUR', 'month']],
  ],
  ['Data Engineer\nTallinn\n\nThe budget is €5,000 for training.', []],
  [
    '.NET Developer\nDebrecen\n\nSalary: bruttó 650–800 ezer Ft/hó, depending on experience',
    [[650000, 800000, 'HUF', 'month']],
  ],
  [
    'Hola Ana! Soy Claudia del Hotel Miramar en Cerro Alegre, Valpo. Necesitamos auxiliar de aseo, $4.500 la hora.',
    [[4500, 4500, 'CLP', 'hour']],
  ],
  [
    'Harvest Help\nRed Soil Farms, Summerside\n\n- $17.50/hr, OT after 48 hrs/wk',
    [[17.5, 17.5, 'CAD', 'hour']],
  ],
  // A board's header line that is only the range and its currency; Tanzania's and Uganda's
  // shillings written "Tsh", "USh".
  [
    'Junior Accountant\n22 000 – 26 000 UAH\nDnipro Agro Trade LLC\nDnipro',
    [[22000, 26000, 'UAH', 'month']],
  ],
  [
    'Manager\nArusha, Tanzania\n\n- Salary: Tsh 2.8m – 3.5m per month (net)',
    [[2800000, 3500000, 'TZS', 'month']],
  ],
  ['Driver\nKampala\n\nPay: USh 900,000 per month', [[900000, 900000, 'UGX', 'month']]],
  // "£28k basic" stands as an item; "up to €38k depending on exp" is pay; a credit hour is no
  // hour worked; Suriname's dollar; a rate worked out over a shift, a market's reference values
  // and what a candidate means to ask for are no pay.
  [
    'Field Sales Exec – Midlands. Brightwell Print. £28k basic, £40k OTE, company car.',
    [[28000, 28000, 'GBP', 'year']],
  ],
  [
    'Social Media Executive\nDublin 2, hybrid\nup to €38k depending on exp, plus bonus',
    [[null, 38000, 'EUR', 'year']],
  ],
  [`${US}Compensation $2,940 per 3-credit-hour course ($980 per credit hour)`, []],
  [
    'Boekhouder\nParamaribo\n\n* een salaris van SRD 18.000 – 22.000 bruto per maand',
    [[18000, 22000, 'SRD', 'month']],
  ],
  [
    'Médico Plantonista\nCampina Grande, PB\n\nRemuneração: R$ 150,00/hora (plantão de 12h = R$ 1.800,00)\n\nValores de referência de mercado para Médico Plantonista na Paraíba: R$ 110 – R$ 170/hora.',
    [[150, 150, 'BRL', 'hour']],
  ],
  [
    'Enterprise AE\nLondon\n\n💷 £90k–£110k base, £180k–£220k OTE\n\nMy notes:\n- current base £97k, OTE £190k -> ask for £115k base min',
    [[90000, 110000, 'GBP', 'year']],
  ],
  // A step's number before a "$" is no amount of its own: "Step 1 $17.42/hr — Step 8 $21.06/hr"
  // is the scale, whatever other amounts the next sentence names.
  [
    `${US}Wage Scale 2024-25: Step 1 $17.42/hr — Step 8 $21.06/hr. New hires start on Steps 1–3. Night differential of $0.60/hr after 6 p.m.`,
    [[17.42, 21.06, 'USD', 'hour']],
  ],
  // A sum whose first part is named the base: the base; a minimum guarantee for the first weeks
  // and the cap of raises to come are no pay.
  [
    `${US}Pay: $20.50/hr base + $1.00/hr weekend shift differential = $21.50/hr`,
    [[20.5, 20.5, 'USD', 'hour']],
  ],
  [
    `${US}$1,350 - $1,750 a week\n\nPay\n$1,200 weekly minimum pay guarantee for your first 8 weeks`,
    [[1350, 1750, 'USD', 'week']],
  ],
  [
    `${US}Pay: $16.50 – $19.00 per hour depending on certifications. Returning guards receive +$0.50/hr per season worked (max $21.00/hr).`,
    [[16.5, 19, 'USD', 'hour']],
  ],
  // What a review of this session's rules reproduced: "UF" outside Chile or without a period is
  // no currency; "+ end of year bonus" after the pay; how often pay is paid names no period; tips
  // and room and board beside the pay are no rates; the teachers' scale from M1 to U3.
  [
    'Infirmier(e)\nCHU de Lille\nPoste : IDE – UF 3210 Cardiologie\nRémunération : selon grille FPH',
    [],
  ],
  [
    'Ejecutivo Hipotecario\nBanco Austral, Santiago, Chile\nSueldo base $900.000 + bonos. Créditos desde UF 1.000',
    [[900000, 900000, 'CLP', 'month']],
  ],
  [
    'Marketing Executive\nAcme, Birmingham\nSalary: £30,000 - £35,000+ end of year bonus',
    [[30000, 35000, 'GBP', 'year']],
  ],
  [
    'Warehouse Supervisor\nAcme Logistics, Reno, NV\n\nWhy join us? We pay weekly (every Friday)\n- 401(k) with 4% match\n- Starting salary $55,000 - $62,000',
    [[55000, 62000, 'USD', 'year']],
  ],
  [
    'Buchhalter (m/w/d)\nMüller GmbH, Köln\n\nDas Gehalt wird monatlich überwiesen (zum Monatsende)\n- 30 Tage Urlaub\n- Gehalt: 52.000 – 58.000 € brutto',
    [[52000, 58000, 'EUR', 'year']],
  ],
  [
    'Server\nBella Cucina, Chicago, IL\nBase wage: $11.00/hr\nAverage tips on weekends: $25/hr',
    [[11, 11, 'USD', 'hour']],
  ],
  [
    'Live-in Caregiver\nComfort Care, Seattle, WA\nPay rate: $22.00/hr\nRoom and board (live-in): $150/week',
    [[22, 22, 'USD', 'hour']],
  ],
  [
    'Class Teacher\nAcme Primary, Leeds\nSalary: MPS/UPS (M1 £31,650 - U3 £49,084)',
    [[31650, 49084, 'GBP', 'year']],
  ],
  // A second review: a row of three steps is one range; a footnote's mark after the sign; a
  // heading's bracket about overtime or days off names no period.
  [
    'Pay Scale\nStep 1: $45,000 - Step 2: $47,500 - Step 3: $50,000',
    [[45000, 50000, 'USD', 'year']],
  ],
  [
    'Sachbearbeiter (m/w/d)\nBruttomonatsgehalt: 3.500 €1\n1 bei Vollzeit (40 Std.)',
    [[3500, 3500, 'EUR', 'month']],
  ],
  [
    'Développeur Full Stack\nRémunération : 42 000€2 jours de télétravail',
    [[42000, 42000, 'EUR', 'year']],
  ],
  [
    'Welders\nRiyadh\nSalary (overtime paid per hour)\n1. TIG Welder – 15 nos.\n   SAR 2,500 – 3,200\n2. MIG Welder – 10 nos.\n   SAR 2,200 – 2,800',
    [],
  ],
  // An offer letter's period after the amount in words on the next line.
  [
    'Associate Consultant\nAcme Advisory, Gurugram\n2. Compensation: Your total fixed compensation will be INR 11,40,000/-\n   (Rupees Eleven Lakh Forty Thousand only) per annum. The break-up is\n   given in Annexure I.',
    [[1140000, 1140000, 'INR', 'year']],
  ],
  // The Unidad de Fomento written before the amount; a heading-like lead-in names the period of
  // the amounts under its numbered rows; a shift's rate in the field row under the pay's row.
  [
    'Ejecutivo/a de Inversiones\nBanco Andino, Las Condes, Chile\nRenta: UF 90 a UF 110 brutos mensuales + bono variable',
    [[90, 110, 'CLF', 'month']],
  ],
  [
    'HVAC Technician\nBurj FM, Abu Dhabi\nPOSITIONS & SALARY (basic, per month)\n1. HVAC Technician – 12 nos.\n   AED 2,800 – 3,400 basic\n2. Senior HVAC Technician – 4 nos.\n   AED 4,000 – 4,800 basic',
    [
      [2800, 3400, 'AED', 'month'],
      [4000, 4800, 'AED', 'month'],
    ],
  ],
  [
    'Roofer\nNorthline Roofing, Calgary, AB\nHow much per hour you pay?\nFor experienced roofer $32/hr. After season there is a $1000 end of season bonus',
    [[32, 32, 'CAD', 'hour']],
  ],
  [
    'Delivery Driver\nSwiftline, Columbus, OH\nPay: $21.25 an hour\n\nFull job description\nStarting pay: $21.25/hr\nWeekend routes (Sat/Sun): $23.25/hr\nPaid weekly every Friday',
    [
      [21.25, 21.25, 'USD', 'hour'],
      [23.25, 23.25, 'USD', 'hour', 'Weekend routes (Sat/Sun)'],
    ],
  ],
  // A form's minimum and maximum fields, each on its own line, are one range; a minimum wage
  // over a maximum bonus is not.
  [`${US}Minimum Salary: $95,000\nMaximum Salary: $125,000`, [[95000, 125000, 'USD', 'year']]],
  [`${US}Minimum $90,000\nMaximum $110,000`, [[90000, 110000, 'USD', 'year']]],
  [
    'Koch\nGasthaus Linde, Graz\nGehalt min. 2.800 € brutto/Monat\nGehalt max. 3.200 € brutto/Monat',
    [[2800, 3200, 'EUR', 'month']],
  ],
  [`${US}Minimum wage: $15.00/hr\nMaximum bonus: $2,000`, [[15, 15, 'USD', 'hour']]],
  // A bare figure before its unit is a duration; a minimum pay label gives a floor; a paid
  // interview session is no pay; a bonus whose clause wraps onto the amount's line is none.
  [
    'CDL-A Driver\nDalton, GA\nPay\n- Weekly pay $1,450 to $1,725\n- $50 stop pay after first stop, $40 detention per hour after 2 hrs',
    [[1450, 1725, 'USD', 'week']],
  ],
  [
    "Assistant social\nCPAS de Wavre\n• Une rémunération : traitement brut mensuel indexé de 3.412,56 € (sans ancienneté) à 4.915,20 € (27 ans d'ancienneté)",
    [[3412.56, 4915.2, 'EUR', 'month']],
  ],
  [
    'Senior Data Analyst\nAcme Analytics Inc.\nAustin, TX\n\nIn addition to the base salary, this role is eligible for an annual bonus and the salary range\nis $90,000 - $110,000 per year.',
    [[90000, 110000, 'USD', 'year']],
  ],
  // The candidate's current or last pay and own ask; a guarantee for the first weeks; an
  // Australian address and time zone.
  [
    'Ops Lead\nAcme Inc.\nBoston, MA\nBase salary: $81,500 / year (from current $72,400)',
    [[81500, 81500, 'USD', 'year']],
  ],
  [
    'CSR\nAcme BPO\nManila\nMonthly salary: PHP 24,500\nAs discussed, we understand your last basic salary was PHP 21,000 at your previous account.',
    [[24500, 24500, 'PHP', 'month']],
  ],
  [
    "Comptable\nAcme\nLyon\nSalaire : 36 000 - 40 000 € bruts annuels\nje suis actuellement à 34 500 € bruts sur 12 mois, et j'aimerais viser au moins 38 000 €.",
    [[36000, 40000, 'EUR', 'year']],
  ],
  [
    'Driver\nAcme\nDallas, TX\nPay: $1,650 - $1,950 per week (average, depends on miles). Guaranteed minimum $1,400/wk your first 6 weeks.',
    [[1650, 1950, 'USD', 'week']],
  ],
  [
    'From: Tessa @ Salamanca Grind <hello@salamancagrind.com.au>\nDate: Wed, 19 Feb 2025 8:47 PM AEDT\n\nBARISTA - Part-time (casual) - Salamanca Grind, Battery Point\n - $32.25 per hour (casual rate incl. 25% loading)',
    [[32.25, 32.25, 'AUD', 'hour']],
  ],
  [
    'Analyst\nAcme Inc.\nAustin, TX\nSalary\nThe base salary range for this role, which excludes bonus and equity\nis $120,000 to $150,000 per year.',
    [[120000, 150000, 'USD', 'year']],
  ],
  [
    'Nurse\nAcme Hospital\nAustin, TX\nPay: $46.75 per hour\nBenefits include paid time off accruing from your first pay period, tuition\nassistance of up to $5,250 per year for BSN coursework.',
    [[46.75, 46.75, 'USD', 'hour']],
  ],
  [
    'Office Manager\nKestrel Design Ltd - Manchester\n\nThe successful candidate will be eligible for our annual bonus scheme and will start\non £45,000 per annum, with 25 days holiday.',
    [[45000, 45000, 'GBP', 'year']],
  ],
  [
    'Sales Associate\nAcme Stores\nDallas, TX\nThis is a non-commission position on our floor that pays up\nto $24 per hour depending on experience.',
    [[24, 24, 'USD', 'hour']],
  ],
  [
    'Ski Lift Operator\nAspen, CO\nFree season lift ticket for you and paid $19/hr plus tips',
    [[19, 19, 'USD', 'hour']],
  ],
  [
    'Registered Nurse\nSacramento, CA\nHourly rate: $58.50\na $4.00 night shift differential applies to all hours worked between 11pm and 7am.',
    [[58.5, 58.5, 'USD', 'hour']],
  ],
  [
    "Graphic Designer\nBrightline Creative\nRemote\n$65,000 - $75,000 per year\n\nYou'll work on award-winning campaigns.",
    [[65000, 75000, 'USD', 'year']],
  ],
  [
    'Founding Engineer\nAcme\nNew York, NY\nSalary: $150,000 - $185,000\nProcess\n2. 90-min pairing session on a real (small) ticket in our codebase — paid at $100/hr if you want',
    [[150000, 185000, 'USD', 'year']],
  ],
  [
    'Key Account Manager\nAcme GmbH\nGehalt\n- Fixgehalt von 58.000 € brutto im Jahr plus variable Vergütung von bis\n  zu 20.000 € bei 100 % Zielerreichung',
    [[58000, 58000, 'EUR', 'year']],
  ],
  // Other ads under "...More jobs like this"; not a posting's own "...more training
  // opportunities", nor its "Vous pouvez aussi consulter :" over links.
  [
    'Site Engineer\nPenang\nSalary: RM 4,500 – RM 6,500 per month\nWe build factories.\nBenefits: Medical\nAverage processing time: 8 days\n...More jobs like this\nQuantity Surveyor – Bayan Lepas – RM 4,000 - RM 5,500',
    [[4500, 6500, 'MYR', 'month']],
  ],
  [
    'Customer Support Agent\nAcme Ltd\nDublin\nFull-time, hybrid.\nYou will answer customer emails and chats and help shape our help centre.\nWhy join us? Because you get...\n...more training opportunities\n...a friendly team\nSalary: €32,000 - €36,000 per year',
    [[32000, 36000, 'EUR', 'year']],
  ],
  [
    "Assistant administratif (H/F)\nMairie de Villeurbanne\nVilleurbanne\nVous assurez l'accueil du public et le traitement des dossiers.\nVous pouvez aussi consulter :\n- la fiche métier sur villeurbanne.fr\nRémunération : 2 100 € brut mensuel + prime annuelle",
    [[2100, 2100, 'EUR', 'month']],
  ],
  // A town the place lists lack, before a province's code, names the dollar; a temp's pay once
  // taken on permanently is no band of this job.
  [
    'Data Analyst (Contract, 6 months)\nPrairie Grain Co-operative\nRegina, SK · Hybrid\nRate: $48 – $55/hour, based on experience',
    [[48, 55, 'CAD', 'hour']],
  ],
  [
    "HGV Class 1 Driver\nDaventry NN6\nRATES (PAYE):\nDays £18.50ph\nNights £21.00ph\n\nI hear you mate, £21 is the client's rate on nights. They've been taking drivers on perm after 12 wks at £38k + overtime.",
    [
      [18.5, 18.5, 'GBP', 'hour', 'Days'],
      [21, 21, 'GBP', 'hour', 'Nights'],
    ],
  ],
  // Review: a shift pattern in brackets is no rate times hours; an add-on word that does not open
  // the amount's clause leaves it pay; a base named after "total compensation" is pay; a couple's
  // pay per person is pay.
  ['Registered Nurse - ICU\nShift (3x12): $52.00/hr', [[52, 52, 'USD', 'hour']]],
  ['Field Technician\nRotation (14 x 14): $450/day', [[450, 450, 'USD', 'day']]],
  [
    'Opérateur de production H/F\nPoste en équipe (3x8) : 2 100 € brut mensuel',
    [[2100, 2100, 'EUR', 'month']],
  ],
  [
    'Delivery Driver\nMandatory overtime during peak, 5 days/week, $22/hr',
    [[22, 22, 'USD', 'hour']],
  ],
  [
    'Warehouse Associate\nSchedule: Mon-Fri, 40 hrs/week with occasional overtime, 40 hours at $21.00/hr',
    [[21, 21, 'USD', 'hour']],
  ],
  ['Caregiver\nWeekend differentials available, 12 hour shifts, $19/hr', [[19, 19, 'USD', 'hour']]],
  [
    'Security Officer\nWeekend premiums on top; 48 hour week, £12.60 per hour',
    [[12.6, 12.6, 'GBP', 'hour']],
  ],
  [
    'Product Manager\nOur total compensation package includes a base salary of $95,000 - $110,000, an annual bonus and equity.',
    [[95000, 110000, 'USD', 'year']],
  ],
  // Second review: total compensation alone is the posted range; "taking on permanent staff" is
  // the job's own; a couple's pay per person with board is pay.
  [
    'Software Engineer\nTotal compensation for this role is $150,000 - $180,000 per year.',
    [[150000, 180000, 'USD', 'year']],
  ],
  [
    'Account Executive\nTotal Compensation: $85,000 - $95,000 per year',
    [[85000, 95000, 'USD', 'year']],
  ],
  [
    'Warehouse Operatives\nLeeds\nNow taking on permanent staff at £12.50 per hour, Monday to Friday.',
    [[12.5, 12.5, 'GBP', 'hour']],
  ],
  [
    'Live-in Housekeeping Couple\nSalary: £450 a week per person including board and lodging',
    [[450, 450, 'GBP', 'week']],
  ],
  [
    'Private Equity Associate\nNew York, NY\nBase salary: $175,000 – $200,000\nAnnual bonus: target 80%–100% of base\nExpected total compensation in year one: $315,000 – $400,000',
    [[175000, 200000, 'USD', 'year']],
  ],
  [
    'Estate Caretakers (Live-in Couple)\nSalary: £26,000 per annum per person, plus accommodation',
    [[26000, 26000, 'GBP', 'year']],
  ],
  // Kenya's "Ksh." and "p.m.".
  [
    'Lecturer\nNairobi, Kenya\nBASIC SALARY: Ksh. 136,650 - 185,940 p.m.\n',
    [[136650, 185940, 'KES', 'month']],
  ],
  // A scale of grouped figures only is one range.
  [
    'Clinical Nurse Manager\nGalway, Ireland\nRemuneration\nThe salary scale for the post is:\n59,036 - 60,428 - 61,811 - 63,196 - 64,578 - 66,132 - 67,617 - 68,846 (LSIs)\n',
    [[59036, 68846, 'EUR', 'year']],
  ],
  // What agents earn on average beside the base salary is no pay; tiers under their own labels
  // stay apart although the second only says "up to".
  [
    'Licensed Insurance Agent\nTampa, FL\nBase salary + commission. Average first-year agent earnings: $72,000.\nCompensation: Base salary of $45,000 per year plus uncapped commission.',
    [[45000, 45000, 'USD', 'year']],
  ],
  [
    'Customer Support Executive\nNoida\nSalary & Perks\n- Freshers: ₹2.8 LPA; Experienced: up to ₹3.6 LPA (based on last drawn)',
    [
      [280000, 280000, 'INR', 'year', 'Freshers'],
      [null, 360000, 'INR', 'year', 'Experienced'],
    ],
  ],
  // A gig's average earnings may be its only pay; a portfolio's figure in words is no pay.
  [
    'Rideshare Driver\nChicago, IL\nDrive when you want.\nAverage hourly earnings $28\nSign up today.',
    [[28, 28, 'USD', 'hour']],
  ],
  [
    'Collection Executive\nHyderabad\nYou will handle a portfolio of ₹ 25,00,000 (Rs. Twenty Five Lakh) per month in collections.',
    [],
  ],
  // The employer's pay beside words the candidate cues also use.
  [
    'Pflegefachkraft (m/w/d)\nNürnberg\nBei Übernahme wird Ihr bisheriger Lohn um 10 % erhöht auf 3.200 € brutto monatlich.',
    [[3200, 3200, 'EUR', 'month']],
  ],
  [
    'Production Supervisor\nGreenville, SC\nA note from the plant manager: I grew my team last year from 8 to 20 people, and this role pays $26 - $30 per hour.',
    [[26, 30, 'USD', 'hour']],
  ],
  [
    'Account Manager\nBoston, MA\nHi Jordan, as you had mentioned on our call, the base for this role is $90,000 - $105,000 per year plus bonus.',
    [[90000, 105000, 'USD', 'year']],
  ],
  // The amount in words between the amount and its period.
  [
    'Graduate Engineer Trainee\nBengaluru\nCompensation: Your Cost to Company (CTC) will be ₹ 4,50,000/- (Rupees Four Lakh Fifty Thousand only) per annum.',
    [[450000, 450000, 'INR', 'year']],
  ],
  // An earlier offer ("That's up from the $92,000"); the candidate's pay in German and English
  // ("Ihrem jetzigen Stundenlohn", "Sie hatten erwähnt", "you'd mentioned needing", "My
  // internship last summer was").
  [
    "Marketing Manager\nDenver, CO\n- Base salary: we've increased the offer to $98,000 per year. That's up from the $92,000 in our original offer.",
    [[98000, 98000, 'USD', 'year']],
  ],
  [
    'Lagerhelfer (m/w/d)\nBremen\nLohn: 14,50 € pro Stunde\nZu Ihrer Frage: Ja, der Lohn liegt über Ihrem jetzigen Stundenlohn von 13,20 €.',
    [[14.5, 14.5, 'EUR', 'hour']],
  ],
  [
    'Vertriebsmitarbeiter (m/w/d)\nHamburg\nZum Gehalt: Sie hatten erwähnt, dass Sie aktuell bei rund 62.000 € fix liegen.',
    [],
  ],
  [
    'Werkstudent Marketing (m/w/d)\nHamburg\nSie hatten erwähnt, dass Sie 20 Stunden pro Woche arbeiten möchten – das passt, und wir zahlen 16 € pro Stunde.',
    [[16, 16, 'EUR', 'hour']],
  ],
  [
    "Financial Controller\nChicago, IL\nBase: $145K - $165K\nRe: comp - I know you'd mentioned needing $170K base to make a move.",
    [[145000, 165000, 'USD', 'year']],
  ],
  [
    'Software Engineering Intern\nSeattle, WA\nPay: $42/hr\nJasmine: Is housing on top? My internship last summer was $35/hr with no housing.',
    [[42, 42, 'USD', 'hour']],
  ],
  // A reply on top of a mail thread gives the pay as it now stands; the quoted offer's is older.
  [
    'Subject: Re: Your offer - Senior Product Manager\nFrom: Hannah <h@acme.io>\n\nHi Diego,\n  • Base salary: $174,000 per year (up from $162,000 in the original offer)\nBest,\nHannah\n\nOn Fri, Apr 11, 2025 at 3:30 PM Hannah Bergstrom wrote:\n\nHi Diego,\nHeadline numbers: $162,000 base, 10% target bonus.',
    [[174000, 174000, 'USD', 'year']],
  ],
  // A driver's detention rate, a paid orientation's day rate, a guarantee while training, a life
  // cover: no band.
  [
    'CDL-A Regional Driver\nSpringfield, MO\nPay: $1,450 - $1,800 per week\n(+ $20/stop after the first two, + detention after 2 hrs at $18/hr)\nRecent grads: $1,100/week guaranteed for first 6 weeks of training.\nOrientation: 2.5 days, $200/day orientation pay. $50k life ins.',
    [[1450, 1800, 'USD', 'week']],
  ],
  // Typical earnings, expenses covered, a bilingual differential: no band.
  [
    'HGV Class 1 Driver\nLeeds\n£17.50 per hour\nTypical weekly earnings £900-£1,050 depending on shifts',
    [[17.5, 17.5, 'GBP', 'hour']],
  ],
  [
    'Recruiter\nTokyo\nSalary: ¥6,000,000 - ¥8,500,000 per year\n・Transportation expenses covered (up to ¥50,000/month)',
    [[6000000, 8500000, 'JPY', 'year']],
  ],
  [
    'Deputy Sheriff\nYuma, AZ\nPay: $34.12 - $45.73 per hour\n• Bilingual stipend (Spanish): $150/month',
    [[34.12, 45.73, 'USD', 'hour']],
  ],
  // But a bilingual role's own pay stays, as do an employer's "j'avais évoqué" and a past rise.
  [
    'Bilingual Customer Service Representative\nSan Antonio, TX\nBilingual pay: $21/hr (Spanish/English)',
    [[21, 21, 'USD', 'hour']],
  ],
  [
    "Chargé de clientèle\nLyon\nComme j'avais évoqué lors de notre échange, le poste est proposé à 48 000 € brut annuel.",
    [[48000, 48000, 'EUR', 'year']],
  ],
  [
    'Administrativa\nMadrid\nEl puesto estaba ganando popularidad entre candidatas; ofrecemos 1.600 € brutos al mes.',
    [[1600, 1600, 'EUR', 'month']],
  ],
  // Honduras writes "S. de R.L. de C.V." too: its lempira is no peso.
  [
    'Auxiliar Contable\nServicios Logísticos del Pacífico, S. de R.L. de C.V.\nSan Salvador\nSalario: $650 mensuales',
    [[650, 650, 'USD', 'month']],
  ],
  // A standard's number is no money, even under a pay heading.
  [
    'Ingeniero de calidad\nPamplona\nRETRIBUCIÓN\n- Salario fijo: 36.500 € brutos anuales\n- Plan de formación anual (Core Tools, auditor interno IATF 16949)',
    [[36500, 36500, 'EUR', 'year']],
  ],
  // A candidate's current or past pay, in French and Spanish.
  [
    "Comptable\nGenève\nUn salaire annuel de CHF 85'000 à CHF 95'000 brut.\nDans votre lettre, vous mentionnez un salaire actuel de CHF 82'000 ; nous pourrons en discuter.",
    [[85000, 95000, 'CHF', 'year']],
  ],
  [
    "Stage Marketing\nParis\nBonjour Camille ! Lors de mon précédent stage chez un distributeur, j'avais une gratification de 700 € par mois.",
    [],
  ],
  [
    'Auxiliar de bodega\nBogotá\nSalario: $1.600.000 mensuales\nAndrés: Yo actualmente estoy ganando el mínimo en una empresa de mensajería, $1.423.500.',
    [[1600000, 1600000, 'COP', 'month']],
  ],
  // "+ super on top" is Australian pay; "S. de R.L. de C.V." and "Qro." are Mexican.
  [
    'Electrician\nCoastline Electrical Services Pty Ltd\n- $48.00 per hour, plus 11.5% super on top',
    [[48, 48, 'AUD', 'hour']],
  ],
  // So is pay "above award" with "Super on top", where no place is named.
  [
    'saltbush.espresso\nNot blunt at all! We pay above award:\nMon-Fri $32.40/hr\nAll casual rates incl. 25% loading. Super on top obvs',
    [[32.4, 32.4, 'AUD', 'hour']],
  ],
  [
    'AYUDANTE GENERAL\nComponentes Bajío S. de R.L. de C.V.\nEl Marqués, Qro.\n$2,450 semanales',
    [[2450, 2450, 'MXN', 'week']],
  ],
  // No band: an area ("200 000 pi²"), what tips come to, a room's cost after a colon, the rate of
  // extra hours, a total cost-to-company package beside the basic pay.
  [
    "Préposé\nSalaire\n23,75 $ de l'heure\nNotre centre de Laval (200 000 pi²) recrute.",
    [[23.75, 23.75, 'CAD', 'hour']],
  ],
  [
    'Line Cook\nCanmore, AB\nPay\n- $19.00 - $22.00 per hour, plus pooled gratuities (approx. $3-5/hr in peak season)\n- Subsidized staff accommodation in Canmore: $450/month in a shared unit',
    [[19, 22, 'CAD', 'hour']],
  ],
  ['Server\nAustin, TX\nBase + tips: $15/hr', [[15, 15, 'USD', 'hour']]],
  // Where a single starting figure rises to, on its line, tops its range; after a range it is
  // future pay.
  [
    'Fire Control Operator\nHalifax\nSalary: £28,914 (trainee) rising to £36,143 (competent) per annum',
    [[28914, 36143, 'GBP', 'year']],
  ],
  [
    'Bus Operator\nDenver, CO\nStarting wage $23.46 per hour during training, progressing to $33.51 per hour at top rate',
    [[23.46, 33.51, 'USD', 'hour']],
  ],
  [
    'Planner\nLeeds\nSalary: £25,000 - £28,000 rising to £32,000 on qualification',
    [[25000, 28000, 'GBP', 'year']],
  ],
  // In threads: a relative's pay, the candidate's ask, a role to be opened later, "hoy gano",
  // "vous m'indiquiez … viser".
  [
    'Management Accountant\nDublin\nSalary: €55,000 - €62,000\nIs the range firm? My cousin is on 65k in Dublin atm.',
    [[55000, 62000, 'EUR', 'year']],
  ],
  // Dutch, Italian, Polish and Nordic periods, ranges and open ends.
  ['Chauffeur CE\nVenlo\n€ 15,80 - € 17,20 per uur', [[15.8, 17.2, 'EUR', 'hour']]],
  [
    'Boekhouder\nGent\n- een bruto maandloon tussen €3.200 en €3.900 afhankelijk van je ervaring',
    [[3200, 3900, 'EUR', 'month']],
  ],
  [
    'Verpleegkundige\nZwolle\n- Salaris: minimaal € 3.198 en maximaal € 4.556 bruto per maand',
    [[3198, 4556, 'EUR', 'month']],
  ],
  ['Magazziniere\nPiacenza\n- paga oraria lorda 9,98 €', [[9.98, 9.98, 'EUR', 'hour']]],
  ['Magazynier\nPoznań\nWynagrodzenie: 31,50 zł brutto / godz.', [[31.5, 31.5, 'PLN', 'hour']]],
  [
    'Kierowca\nRzeszów\nWynagrodzenie: od 6200 zł brutto miesięcznie',
    [[6200, null, 'PLN', 'month']],
  ],
  ['Tømrer\nAarhus\nTimeløn fra 198,50 kr.', [[198.5, null, 'DKK', 'hour']]],
  [
    'Beleidsmedewerker\nDen Haag\nSalaris: tot maximaal € 5.008 bruto per maand',
    [[null, 5008, 'EUR', 'month']],
  ],
  // Spanish "en" after a month's pay starts no range.
  ['Camarero\nValencia\nSerían 1.420 € brutos al mes en 14 pagas.', [[1420, 1420, 'EUR', 'month']]],
  // A reply in a channel about another job seen elsewhere.
  [
    'Junior Technical Artist\nLeamington Spa\nSalary: competitive\n\n**pixelpete** — Today at 14:40\nanyone know what junior TA roles usually pay round here? I saw one in Guildford for £27k',
    [],
  ],
  [
    'Junior Technical Artist\nLeamington Spa\nSalary: £26,000 - £29,000\nI saw another junior TA role in Guildford for £31k last week.',
    [[26000, 29000, 'GBP', 'year']],
  ],
  // A recruiter passing on the job they came across: its own pay.
  [
    'Senior Data Engineer\nLondon\nHi Sam, I came across a Senior Data Engineer role at Acme that fits you - £70,000-£80,000 base, hybrid in London.',
    [[70000, 80000, 'GBP', 'year']],
  ],
  [
    'Platform Engineer\nRemote\nHi Tom, I saw a Platform Engineer role at Monzo that fits your profile: £85,000 base, remote.',
    [[85000, 85000, 'GBP', 'year']],
  ],
  [
    'Analista\nMadrid\nHola Ana, vi una vacante de analista en Madrid: 30.000 € brutos al año, híbrido.',
    [[30000, 30000, 'EUR', 'year']],
  ],
  [
    'Project Manager\nBoise, ID\n> I took your ask of $118,000 to our VP. The approved salary range for this position is $96,000 to $108,000.',
    [[96000, 108000, 'USD', 'year']],
  ],
  [
    'Staff Data Engineer\nRemote (US)\nBase: $192,000 - $228,000\nnot right now, but we’ll likely open a Senior DE in Q3 (~$160-185k)',
    [[192000, 228000, 'USD', 'year']],
  ],
  [
    'Analista de soporte\nBogotá\nHola Valentina, gracias. ¿Me podrías decir el rango salarial? Hoy gano 4.200.000 COP.',
    [],
  ],
  [
    "Comptable\nLyon\nSalaire : 48 000 € - 55 000 € brut annuel\nPour info, vous m'indiquiez être aujourd'hui à 46 K€ fixe et viser 52-54 K€ : cela rentre dans l'enveloppe.",
    [[48000, 55000, 'EUR', 'year']],
  ],
  // LinkedIn's "Vous pourriez être intéressé(e) par" lists other jobs.
  [
    'Gestionnaire RH\nBruxelles\nBonjour Julie, votre profil a retenu mon attention.\n\nVous pourriez être intéressé(e) par : Gestionnaire de dossiers RH – Charleroi – 3 200 € - 3 900 € brut/mois',
    [],
  ],
  // An offer letter's allowances ("Asignación de turno") and its estimated total are no bands.
  [
    'Enfermera UPC\nViña del Mar\nRemuneración:\n- Sueldo base bruto mensual: $1.480.000\n- Asignación de turno (cuarto turno): $210.000 brutos mensuales\n\nRenta bruta mensual total estimada: $1.845.000.',
    [[1480000, 1480000, 'CLP', 'month']],
  ],
  // A percentage after "à" ends no range; a range of percentages is no amount.
  [
    "Chargé finance\nGenève\nSalaire : CHF 7'450.- brut par mois à 100 %, versé 13 fois par an",
    [[7450, 7450, 'CHF', 'month']],
  ],
  [
    'Sicherheitsmitarbeiter/in im Stundenlohn (60–100 %) – Region Zürich\nLohn: CHF 28.50 pro Stunde',
    [[28.5, 28.5, 'CHF', 'hour']],
  ],
  // A bare figure that counts things (over a wrapped line too) or follows "every" is no amount;
  // "Salary information for other … positions:" opens other jobs' pay.
  [
    'Product Manager\nDenver, CO\nContractors use us to collect lien waivers. We process more than 40,000\ninvoices a month and we are growing.',
    [],
  ],
  [
    'Barista\nPortland, ME\nPay: $16.50/hour. Paid sick time (1 hour for\nevery 30 worked), a free pound of coffee every week.',
    [[16.5, 16.5, 'USD', 'hour']],
  ],
  [
    'Library Assistant\nRoanoke, VA\nPay: from $19.85/hour\n\n*Salary information for other library positions:*\n*Librarian I – $52,380 to $68,090 annually · Library Page – $15.10/hour*',
    [[19.85, null, 'USD', 'hour']],
  ],
  // "depending on certification" is no certification bonus; "auch mehr" after the figure makes it
  // a floor ("for 40 hours or more" does not); an overpayment already included keeps it fixed.
  [
    'Home Health Aide\nDayton, OH\nPay: $17.00 – $19.00/hr depending on certification & experience',
    [[17, 19, 'USD', 'hour']],
  ],
  [
    "Schreiner\nZürich\n- Lohn: CHF 5'600.– pro Monat × 13 (je nach Erfahrung auch mehr)",
    [[5600, null, 'CHF', 'month']],
  ],
  ['Cook\nAustin, TX\nPay: $20/hr for 40 hours or more', [[20, 20, 'USD', 'hour']]],
  [
    'Buchhalter:in\nWien\n- Gehalt: € 3.400,– brutto pro Monat (14 x jährlich), Überzahlung gegenüber dem KV-Mindestgehalt inkludiert',
    [[3400, 3400, 'EUR', 'month']],
  ],
  // In threads: the candidate's current pay ("Ihre aktuelle Vergütung", "Hoy estoy en"), what
  // they'd need or hoped for, a previous employer's pay, hearsay, an unrelated job.
  [
    'SAP Berater\nMünchen\nGehalt: 75.000 – 85.000 € brutto/Jahr\nWie gestern erwähnt, liegt Ihre aktuelle Vergütung bei 71.000 €.',
    [[75000, 85000, 'EUR', 'year']],
  ],
  [
    "ML Engineer\nSeattle, WA\nHi Gabriel, for context I'd need to be north of $230k base to seriously consider moving.",
    [],
  ],
  [
    'Project Manager\nRaleigh, NC\nBase salary: $128,000\nI was hoping for something closer to $140,000.',
    [[128000, 128000, 'USD', 'year']],
  ],
  ['Auditor\nRemote\nlast firm I was at paid 12k/mo USDC for mid level', []],
  [
    'UX Researcher\nNew York, NY\nFrom what I’ve heard the senior researchers here are somewhere around $160k-ish.',
    [],
  ],
  [
    'Frontend Engineer\nDenver, CO\nBase: $140,000 - $170,000\nUnrelated but Front Range Credit Union is hiring a mobile dev, $120-135k, in Lakewood.',
    [[140000, 170000, 'USD', 'year']],
  ],
  ['Jefe de Operaciones\nSantiago\nHoy estoy en $3.400.000 líquidos más bono.', []],
  // An apprentice's future journeyperson rate; a life policy's cover.
  [
    'Millwright Apprentice\nHamilton, ON\nStarting wage: $28.40/hr. Upon obtaining your Certificate you move to the full journeyperson rate (currently $47.33/hr).\n• Employer-paid $25,000 term life policy',
    [[28.4, 28.4, 'CAD', 'hour']],
  ],
  // A count after the things counted ("invoices (roughly 250/month)"); paid training's rate.
  [
    'Bookkeeper\nVancouver, BC\nPay: $27-$31/hour\n* Enter and pay supplier invoices (roughly 250/month), mostly local farms',
    [[27, 31, 'CAD', 'hour']],
  ],
  [
    'Bus Driver\nLansing, MI\nPay: $22.15 - $24.60/hour\nNo CDL? No problem. Paid CDL training at $17.00/hour',
    [[22.15, 24.6, 'USD', 'hour']],
  ],
  [
    'Bus Operator\nToronto, ON\nWage: $29.80 per hour\n- paid in-house training (approx. 7 weeks at $22.00/hr training rate)',
    [[29.8, 29.8, 'CAD', 'hour']],
  ],
  // Review of the rules above: each keeps the employer's own pay.
  [
    'Picker\nReno, NV\nPay: $22/hr, 2 or more years of warehouse experience preferred.',
    [[22, 22, 'USD', 'hour']],
  ],
  ['Assistant\nLyon\n42 000 € brut annuel, bac+2 ou plus exigé.', [[42000, 42000, 'EUR', 'year']]],
  [
    'Nurse Aide\nDayton, OH\n$1,500 sign-on bonus for new hires. Pay: Day shift ($22/hr), Night shift ($24/hr)',
    [
      [22, 22, 'USD', 'hour', 'Day shift'],
      [24, 24, 'USD', 'hour', 'Night shift'],
    ],
  ],
  [
    'Desarrollador Java\nCDMX\nactualmente estoy en búsqueda de un Desarrollador Java, con un sueldo de $45,000 MXN mensuales',
    [[45000, 45000, 'MXN', 'month']],
  ],
  [
    'Warehouse Associate\nReno, NV\nWe’ll be hiring 10 warehouse associates at $19.50/hr',
    [[19.5, 19.5, 'USD', 'hour']],
  ],
  [
    'Trainee\nReno, NV\nCareer changers from unrelated industries welcome - starting pay $20/hr.',
    [[20, 20, 'USD', 'hour']],
  ],
  [
    'Engineer\nAustin, TX\nGood news: we can meet your ask of $125,000 base.',
    [[125000, 125000, 'USD', 'year']],
  ],
  [
    'Cleaner\nLeeds\nPart-time, 20 hours per week with extra hours available, paid at £12.00 per hour.',
    [[12, 12, 'GBP', 'hour']],
  ],
  ['Server\nAustin, TX\nPay: hourly + tips, around $16/hr base', [[16, 16, 'USD', 'hour']]],
  [
    'Jefe de ventas\nSantiago, Chile\nCargo con asignación de vehículo, renta líquida $1.200.000 mensuales.',
    [[1200000, 1200000, 'CLP', 'month']],
  ],
  ['Comptable\nTunis\nSalaire : 2 500 dinars par mois', [[2500, 2500, 'TND', 'month']]],
  // "Jobs near X" opens other ads; "your expected monthly salary" is the candidate's.
  [
    'Sous Chef\nHobart TAS\nSend your CV to us.\n---\nJobs near Battery Point\nChef de Partie · Sandy Bay · $70,000 – $75,000\nKitchen Hand · Hobart CBD · $28.50 per hour (casual)',
    [],
  ],
  [
    'Team Lead\nPasig City\nWe have noted your expected monthly salary of PHP 50,000 in your form.',
    [],
  ],
  // A bonus's instalments in a bracket after it.
  [
    'CDL-A Driver\nSioux Falls, SD\nPAY\n• Guaranteed minimum weekly pay: $1,400/week\n• Paid weekly by direct deposit\n• $5,000 sign-on bonus for drivers with 1+ year experience ($2,500 at 60 days, $2,500 at 180 days)',
    [[1400, 1400, 'USD', 'week']],
  ],
  [
    'Cleaner\nReading\n- £12.50 per hour\n- Extra hours available covering holidays and deep cleans at £13.50/hour',
    [[12.5, 12.5, 'GBP', 'hour']],
  ],
  [
    'Fitter and Turner\nDurban\nSalary: R26 500 – R31 000 per month basic\n- Total cost to company (CTC) package up to R38 000 per month including benefits',
    [[26500, 31000, 'ZAR', 'month']],
  ],
  // A `\b` next to an accented letter never matches in a non-Unicode regex: "équivalent à" and
  // "à temps plein" were never read, so a part-timer's full-time equivalent became a band.
  [
    'Vendeur\nLyon\nSalaire : 1 500 € brut par mois pour 28 h, équivalent à 1 880 € à temps plein',
    [[1500, 1500, 'EUR', 'month']],
  ],
  [
    'Vendeur\nLyon\nSalaire : 1 500 € brut par mois pour 28 h, soit 1 880 € à temps plein',
    [[1500, 1500, 'EUR', 'month']],
  ],
  // In threads: a French "vous m'avez indiqué" (its accent ended the cue's word), another named
  // offer, the candidate's total comp, a previous hire's pay, another candidate's, a German
  // candidate's "verdiene ich" and "Einstufung im Bereich von", a paid orientation's day rate.
  [
    "Comptable fournisseurs\nLyon\nPour rappel, vous m'avez indiqué une rémunération actuelle de 31 500 € bruts annuels et des prétentions autour de 36 000 € : cela correspond bien à la fourchette du poste.\n• Salaire : 34 000 € - 38 000 € brut annuel selon profil",
    [[34000, 38000, 'EUR', 'year']],
  ],
  [
    'Product Manager\nChicago, IL\nFor reference the Corvid offer I told you about is $170k base + 0.1%.\n> Base salary range: $185,000 - $215,000',
    [[185000, 215000, 'USD', 'year']],
  ],
  [
    'Staff ML Engineer\nRemote (US)\nBase: $230,000 - $270,000\nTo be transparent, my current total comp is around $310k (base $215k + RSUs + bonus).',
    [[230000, 270000, 'USD', 'year']],
  ],
  [
    'Quant Developer\nSingapore\nSalary: SGD 12,000 - 16,000 per month\nAs a point of reference, the previous hire at a similar level joined from a bank at SGD 11,500/month.',
    [[12000, 16000, 'SGD', 'month']],
  ],
  [
    "Account Executive\nNew York, NY\nBase: $85K - $95K\n👍 will do. One of them is at $92K base so she'd need the top of the band",
    [[85000, 95000, 'USD', 'year']],
  ],
  [
    "Pflegefachperson HF\nOlten\n| **Jahreslohn (100 %)** | CHF 92'000 – 104'000 |\n> Zu Ihrer Frage nach meinen Lohnvorstellungen: Aktuell verdiene ich in Olten CHF 88'000 bei 100 %. Ich würde mich über eine Einstufung im Bereich von CHF 95'000 (100 %) freuen.",
    [[92000, 104000, 'CHF', 'year']],
  ],
  [
    'CDL A Driver\nGary, IN\n• Pay: $1,650/week\nYes orientation is 3 days in person at the Gary terminal. Paid at $200/day + hotel covered.',
    [[1650, 1650, 'USD', 'week']],
  ],
  // Second review of session 14: a tier's own row inside another tier's range stays a band;
  // the employer's "Ihre bisherige Erfahrung", "I'd need someone", "increase your salary to",
  // "Wage before tips", a part-timer's bracketed hourly band, shift keys, "Pay scale 45 - 55k",
  // a weekly "35 h" before a figure, and a base beside a package or an actual bracket stay right.
  [
    'Cashier\nAcme\nAustin, TX\nPay\nLevel 1: $20-$25/hr; Level 2: $24/hr',
    [
      [20, 25, 'USD', 'hour', 'Level 1'],
      [24, 24, 'USD', 'hour', 'Level 2'],
    ],
  ],
  [
    'Cashier\nAcme\nAustin, TX\n- Level 1 Cashier: $15.00 - $17.00/hr\n- Level 2 Cashier: $16.50/hr\n- Sign-on bonus: $500',
    [
      [15, 17, 'USD', 'hour', 'Level 1 Cashier'],
      [16.5, 16.5, 'USD', 'hour', 'Level 2 Cashier'],
    ],
  ],
  [
    'Mozo de almacén\nAcme\nValencia\n- Turno de mañana: 1.200 € - 1.400 € brutos/mes\n- Turno de noche: 1.300 € brutos/mes',
    [
      [1200, 1400, 'EUR', 'month', 'Turno mañana'],
      [1300, 1300, 'EUR', 'month', 'Turno noche'],
    ],
  ],
  [
    'Account Manager\nAcme\nManila\nBasic salary: PHP 30,000 per month\nTotal monthly package: PHP 25,000 - 40,000 per month',
    [[30000, 30000, 'PHP', 'month']],
  ],
  [
    'Produktionshelfer (m/w/d)\nAcme\nLinz\nWir honorieren Ihre bisherige Erfahrung mit einem Stundenlohn von 15,50 € brutto.',
    [[15.5, 15.5, 'EUR', 'hour']],
  ],
  [
    "Bookkeeper\nSmall Firm\nAustin, TX\nAbout the role\nI'd need someone who can start in January, paying $25 - $30 per hour.",
    [[25, 30, 'USD', 'hour']],
  ],
  [
    'Analyst\nAcme\nDenver, CO\nGood news - we can increase your salary to $66,000 per year.',
    [[66000, 66000, 'USD', 'year']],
  ],
  ['Server\nBistro 21\nPortland, OR\nWage before tips: about $17/hr', [[17, 17, 'USD', 'hour']]],
  [
    'Engineer\nAcme\nBrookhaven, GA\nSALARY: $78,520.00 Annually\n(Part-time positions: $25.00 - $30.00 Hourly)',
    [
      [78520, 78520, 'USD', 'year'],
      [25, 30, 'USD', 'hour', 'Part-time positions'],
    ],
  ],
  ['Site Engineer\nAcme\nLeeds\nPay scale 45 - 55k per annum', [[45000, 55000, 'GBP', 'year']]],
  ['Agent\nAcme\nLyon\nContrat 35 h 12 à 13 € brut / h', [[12, 13, 'EUR', 'hour']]],
  [
    'Profesional\nAcme\nBogotá\nAsignación básica mensual: $4.862.000 M/Cte',
    [[4862000, 4862000, 'COP', 'month']],
  ],
  // Round 12: French shifts ("Quart de soir") and clock times ("15 h à 23 h 30"); a labelled rate
  // among the duties; a rate after probation that an open "ab" start covers, or that closes a
  // fixed start; "Scale 5 –" before the range; Colombia's "M/CTE"; pickers who "commonly earn",
  // a driver who "cleared $92k"; "Nos autres offres".
  [
    "Préposé(e) à l'entrepôt\nLaval, QC\nHoraires et salaire\n• Quart de soir : lundi au vendredi, 15 h à 23 h 30 – 24,75 $/h\n• Quart de nuit : dimanche au jeudi, 23 h à 7 h 30 – 27,25 $/h",
    [
      [24.75, 24.75, 'CAD', 'hour', 'lundi au vendredi, 15 h à 23 h 30'],
      [27.25, 27.25, 'CAD', 'hour', 'dimanche au jeudi, 23 h à 7 h 30'],
    ],
  ],
  [
    'HGV Class 1 Driver\nAvonmouth\nSalary: £17.50 - £19.80 per hour\n\nThe role\n- Weekday nights: £17.50 per hour\n- Saturday and Sunday nights: £19.80 per hour',
    [
      [17.5, 17.5, 'GBP', 'hour', 'Weekday nights'],
      [19.8, 19.8, 'GBP', 'hour', 'Saturday Sunday nights'],
    ],
  ],
  [
    'Fachkraft für Lagerlogistik (m/w/d)\nBremen\nWir bieten:\n - Stundenlohn 16,80 € brutto, nach der Probezeit 17,40 €',
    [[16.8, 17.4, 'EUR', 'hour']],
  ],
  [
    'Paketzusteller (m/w/d)\nHamburg\nWir bieten:\n- Stundenlohn ab 14,00 € brutto, nach der Probezeit 14,75 €',
    [[14, null, 'EUR', 'hour']],
  ],
  [
    'Intelligence Analyst\nWorcester\nSalary: Scale 5 – £30,492 to £32,811 per annum (plus 12% unsocial hours allowance)',
    [[30492, 32811, 'GBP', 'year']],
  ],
  [
    'Profesional Universitario\nBogotá\nAsignación básica mensual: $4.862.000 M/CTE',
    [[4862000, 4862000, 'COP', 'month']],
  ],
  [
    'Apple Picker\nWenatchee, WA\nPay: $19.82 per hour minimum\nExperienced pickers commonly earn $25 - $35 per hour on piece rate (not guaranteed).',
    [[19.82, 19.82, 'USD', 'hour']],
  ],
  [
    "Agent d'entretien (H/F)\nNice\nSalaire selon profil\n\nNos autres offres\n- Laveur de vitres (H/F) – Cannes – 12,20 € brut/heure",
    [],
  ],
  // Round 11: an hourly equivalent in brackets on the next line; long service increments; a half
  // day's rate; "M.N." anywhere on the line makes "$" pesos.
  [
    'Civil Engineer II\nBrookhaven, GA\nSALARY: $78,520.00 - $104,430.40 Annually\n        ($37.75 - $50.21 Hourly)',
    [[78520, 104430.4, 'USD', 'year']],
  ],
  [
    'Executive Engineer\nKilbrannagh County Council\n€63,497 – €85,814 per annum (max) + 2 LSIs: €88,228 (after 3 years satisfactory service on the max) and €90,633 (after 6 years).',
    [[63497, 85814, 'EUR', 'year']],
  ],
  [
    'Substitute Teacher\nCedar Basin Unified\n- Day-to-day substitute: $165 per day ($90 half day)\n- Long-term substitute: $210 per day',
    [
      [165, 165, 'USD', 'day', 'Day-to-day substitute'],
      [210, 210, 'USD', 'day', 'Long-term substitute'],
    ],
  ],
  [
    'Analista de Planeación\nCiudad Cardenal\nPercepción mensual bruta: $25,254.76 (Veinticinco mil doscientos cincuenta y cuatro pesos 76/100 M.N.)',
    [[25254.76, 25254.76, 'MXN', 'month']],
  ],
  // Round 11: a point strictly inside the stated range (an offer, a counter, an example) is no
  // band of its own; a kitchen's tip share "approx."; the candidate's billing, counter, current
  // pay in German ("Ihre bisherigen", "liege ich bei") and French ("Vos 35 000 € actuels"), and an
  // offer moved "from $61,500 to $66,000" are no bands.
  [
    'HR Generalist\nDenver, CO\nWe are able to move your base from $61,500 to $66,000, which is the top of the posted range.\n>> Base salary: $61,500 per year (posted range $58,000 - $66,000)',
    [[58000, 66000, 'USD', 'year']],
  ],
  [
    'Backend-Entwickler (m/w/d)\nHamburg\nGehalt: 75.000 – 88.000 € p.a.\nFür Sie wären rund 86.000 € realistisch.',
    [[75000, 88000, 'EUR', 'year']],
  ],
  [
    'Line Cook\nWhistler, BC\nPay: $19.50 - $23.00 per hour\n• Kitchen tip share (approx. $3–$5/hour during summer season)',
    [[19.5, 23, 'CAD', 'hour']],
  ],
  [
    "DevOps Engineer (Contract)\nColumbus, OH\nI hear you on the rate - let me take $95/hr C2C back to the account manager.\n> I'm currently billing $92/hr C2C on my current contract. I'd need at least $95/hr C2C to consider this one.",
    [],
  ],
  [
    'Buchhalter (m/w/d)\nLinz\nGehalt: ab € 3.850,- brutto/Monat\nDas Angebot berücksichtigt Ihre bisherigen 3.600 € brutto.\n> Wie erwähnt liege ich derzeit bei 3.600 € brutto (14x).',
    [[3850, null, 'EUR', 'month']],
  ],
  [
    'Comptable confirmé(e)\nNantes\nLa fourchette prévue pour ce poste est de 38 000 à 42 000 € brut annuel. Vos 35 000 € actuels vous situent dans la partie haute ; un niveau autour de 41 000 € est envisageable.',
    [[38000, 42000, 'EUR', 'year']],
  ],
  // Review of session 14: the employer's own words stay pay ("your hourly rate is", "Einstufung
  // im Bereich von", "des prétentions", a recruiter "currently hiring", the client "they are at",
  // "per month for training", "a year for development roles", a meal "provided"); "See also:"
  // without another job's pay is no marker; a second location's band in brackets in another
  // currency stays; a chat ad ending in "anyone interested?" is the ad; a bullet's "Average pay
  // for … is" is a market average.
  [
    'QA Lead\nFintrack\nAustin, TX\nAs discussed, your hourly rate is $65/hour on a 12-month W2 contract.',
    [[65, 65, 'USD', 'hour']],
  ],
  [
    'Projektleiter Elektrotechnik (m/w/d)\nHoffmann Elektrobau GmbH\nStuttgart\n\nUnser Angebot\nJe nach Qualifikation ist eine Einstufung im Bereich von 60.000 € bis 70.000 € brutto jährlich möglich.',
    [[60000, 70000, 'EUR', 'year']],
  ],
  [
    "Chargé de recrutement (H/F)\nCabinet Lumière\nLyon\n\nRémunération : en fonction de l'expérience et des prétentions, 38 000 € à 42 000 € brut annuel.",
    [[38000, 42000, 'EUR', 'year']],
  ],
  [
    "Backend Engineer\nNorthwind\nRemote (US)\nHi Sam, I'm a recruiter at Northwind currently hiring a Backend Engineer for $140,000 - $160,000 base.",
    [[140000, 160000, 'USD', 'year']],
  ],
  [
    'Backend Engineer\nNorthwind Labs\nRemote (US)\n\nQuick update from the client: they are at $140,000 - $160,000 base for this role.',
    [[140000, 160000, 'USD', 'year']],
  ],
  [
    'Customer Service Representative\nHarbor Insurance Group\nTampa, FL\n\nPay: $2,600 per month for training, then $3,000 per month after certification.',
    [[2600, 2600, 'USD', 'month']],
  ],
  [
    'Teacher Aide\nSunnyvale School District\nSunnyvale, CA\n\nSalary: $38,000 per year for education aides with an associate degree.',
    [[38000, 38000, 'USD', 'year']],
  ],
  [
    'Cook\nGulf Catering LLC\nDubai\n\nSalary: AED 4,500 monthly meal, transport and housing provided by company',
    [[4500, 4500, 'AED', 'month']],
  ],
  [
    'Warehouse Operative\nKestrel Haulage Ltd\nLeeds\n\nAbout the role\nPicking and packing orders.\nSee also: our safety handbook at kestrel.co.uk/safety.\n\nPay\n£12.50 per hour, weekly pay.',
    [[12.5, 12.5, 'GBP', 'hour']],
  ],
  [
    'Product Designer\nLumen Studio\nLondon or Dublin (hybrid)\n\nSalary: £60,000 - £70,000 (€75,000 - €85,000 for Dublin-based hires)',
    [
      [60000, 70000, 'GBP', 'year'],
      [75000, 85000, 'EUR', 'year'],
    ],
  ],
  [
    '[09:10, 12/03/2025] Admin: Reminder: be nice and post one ad per day\n[09:15, 12/03/2025] Mark T: Hiring baristas for our café in Headingley, anyone interested?\n[09:15, 12/03/2025] Mark T: Part time, weekends, £12.50/hr plus tips. DM me',
    [[12.5, 12.5, 'GBP', 'hour']],
  ],
  [
    'Care Assistant\nMeadowbank Care Home\nLeeds\n\nPay: £12.00 per hour\n\n- Average pay for care assistants in Leeds is £11.45 per hour, so we pay above the local average.',
    [[12, 12, 'GBP', 'hour']],
  ],
  // Session 14, round 10. Mexico's "M.N." is no millions; a legal minimum by collective
  // agreement beside the actual pay; a package's conversion in brackets; a part-timer's actual
  // pay on the line under the pro-rata band; "Voir aussi" opens other jobs; a German "bis" after
  // a starting rate restated in the header.
  [
    'Profesor de Tiempo Completo\nGuadalajara, Jalisco, México\n**Sueldo:** $38,500.00 a $46,200.00 M.N. mensuales brutos',
    [[38500, 46200, 'MXN', 'month']],
  ],
  [
    'Analista\nMonterrey, N.L.\nPercepción ordinaria bruta mensual: $28,450.00 M.N.',
    [[28450, 28450, 'MXN', 'month']],
  ],
  [
    'Koch (m/w/d)\nWien\nDas Mindestentgelt für diese Position beträgt laut Kollektivvertrag € 2.120,- brutto pro Monat auf Basis Vollzeit. Wir bieten eine Überzahlung – tatsächliches Gehalt ab € 2.600,- brutto/Monat.',
    [[2600, null, 'EUR', 'month']],
  ],
  [
    'Sales Manager\nDubai, UAE\n- Basic salary: AED 12,000 per month\nTotal fixed package approx. AED 17,500/month (USD 4,765) + commission.',
    [[12000, 12000, 'AED', 'month']],
  ],
  [
    'Teaching Assistant\nLeeds\nSalary: Grade D, points 5-7, £28,000 - £32,000 pro rata\n(actual salary £17,640 - £20,160 per annum)',
    [[28000, 32000, 'GBP', 'year']],
  ],
  [
    "Serveur H/F\nLa Baule\n* Salaire : 12,50 € brut de l'heure + pourboires partagés\n\nVoir aussi : Barman H/F – Le Pouliguen – 13 € /h",
    [[12.5, 12.5, 'EUR', 'hour']],
  ],
  [
    'Busfahrer (m/w/d)\nMainz\n17,85 € pro Stunde\n\nWir bieten:\n- Tarifliche Vergütung nach TV-N: Einstieg 17,85 € pro Stunde, nach Erfahrungsstufen bis 20,41 €/Std.',
    [[17.85, 20.41, 'EUR', 'hour']],
  ],
  // Session 14, round 9 of unseen sets.
  // A board's range over some of a list of tiers: the tiers are the bands.
  [
    'Pick Packers\nTruganina VIC\n$30.10 – $37.63 per hour\n\nPay rates (casual):\n- Day shift (Mon–Fri): $30.10 per hour\n- Afternoon shift (Mon–Fri): $34.62 per hour\n- Saturday: $37.63 per hour\n- Sunday: $45.15 per hour',
    [
      [30.1, 30.1, 'AUD', 'hour', 'Day shift (Mon–Fri)'],
      [34.62, 34.62, 'AUD', 'hour', 'Afternoon shift (Mon–Fri)'],
      [37.63, 37.63, 'AUD', 'hour', 'Saturday'],
      [45.15, 45.15, 'AUD', 'hour', 'Sunday'],
    ],
  ],
  // Pence are no pay; the rows of a table under a lead-in that names the period.
  [
    'Care Worker\nNorwich\nPay: £11.90 per hour\nTravel time is paid at your hourly rate, and mileage is paid at 45p per mile.',
    [[11.9, 11.9, 'GBP', 'hour']],
  ],
  [
    'HGV Class 1 Driver\nDoncaster\nPay rates (basic, per hour)\nShift\tStart times\tDays\tRate\nDays\t04:00–07:00\tMon–Fri\t£17.40\nNights\t18:00–22:00\tSun–Thu\t£20.15',
    [
      [17.4, 17.4, 'GBP', 'hour', 'Days 04:00–07:00 Mon–Fri'],
      [20.15, 20.15, 'GBP', 'hour', 'Nights 18:00–22:00 Sun–Thu'],
    ],
  ],
  // In a thread: the candidate's target, their last day rate, their pay today, another role's
  // range, what they asked for as "Wunschgehalt".
  [
    "Senior UX Designer\nMinneapolis, MN\nHi Trevor,\nOn compensation, I'm targeting a base of around $135,000.\n\n> - Base salary range: $115,000 – $130,000",
    [[115000, 130000, 'USD', 'year']],
  ],
  [
    'Interim Finance Manager\nManchester\nRate: £450 - £500 per day, inside IR35\nI know your day rate was £475 on the last one so this should be right in the zone.',
    [[450, 500, 'GBP', 'day']],
  ],
  [
    "VP Product\nRemote (US)\nFor context, I'm a Sr. Director today (base ~$265k + bonus + equity), so I'd want to understand the range.",
    [],
  ],
  [
    "DevRel Engineer\nRemote\n**rustacean_lu** — 06.05.2025 14:15\nwhat's the range roughly? last role I saw from you guys said 140-180k",
    [],
  ],
  [
    "Senior Software Engineer\nZürich\n| **Jahresgehalt** | CHF 118'000 brutto |\nDu hattest im Erstgespräch CHF 125'000 als Wunschgehalt genannt.",
    [[118000, 118000, 'CHF', 'year']],
  ],
  // Benefits worth money are no pay: a budget for the home office, a wellness stipend.
  [
    'Director of Engineering\nRemote (US)\nBenefits are strong too: 401(k) match, flexible PTO and $3k/yr\nfor home office and learning.',
    [],
  ],
  [
    'Staff Engineer\nNew York, NY\nSalary: $212,000 - $248,000\nBenefits: $150 monthly wellness and $75 monthly internet stipend',
    [[212000, 248000, 'USD', 'year']],
  ],
  // A part-timer's actual pay in a bracket after the full-time figure restates it.
  [
    'Community Fundraiser\nBristol\n**Salary:** £26,000 per annum pro rata (actual £20,800 for 0.8 FTE)',
    [[26000, 26000, 'GBP', 'year']],
  ],
  [
    'Community Fundraiser\nBristol\nSalary: £27,500 per annum pro rata (actual salary for 22.5 hours: £16,500)',
    [[27500, 27500, 'GBP', 'year']],
  ],
  // A driver's "Average pay" bullet is the pay; a market average is not.
  [
    'CDL A Driver\nMemphis, TN\n- Average pay $1,450 - $1,700 per week\n- $5,000 sign-on bonus',
    [[1450, 1700, 'USD', 'week']],
  ],
  ['Data Analyst\nAustin, TX\nThe average pay for data analysts in Austin is $70,000 a year.', []],
  // An allowance's bounds, a conversion for reference.
  [
    'Staff Nurse\nLondon\nSalary: £31,049 to £37,796 a year plus HCAS (Inner London: 20% of basic salary, min £5,617, max £8,779)',
    [[31049, 37796, 'GBP', 'year']],
  ],
  [
    'SRE\nTokyo\n- Annual salary: JPY 9,000,000 – 12,000,000 (for reference only: approx. USD 60,000 – 80,000 at current exchange rates)',
    [[9000000, 12000000, 'JPY', 'year']],
  ],
  // Another job's pay under a marker in French and Portuguese.
  [
    'Caissier(ère)\nQuébec\nSalaire à discuter\n\n> Autres postes ouverts : Commis boucherie (temps plein) — 17,25 $/h',
    [],
  ],
  [
    'Customer Success Analyst\nSão Paulo\nSalary: R$ 6.500 – R$ 8.000 per month\n\nVagas semelhantes\nCustomer Success Analyst Pl – Curitiba – R$ 4.500 a R$ 5.500',
    [[6500, 8000, 'BRL', 'month']],
  ],
  // A question in a chat ("Was sucht ihr denn genau?") does not make its sender the poster.
  [
    'WhatsApp-Chat mit Resi\n\n[21.03.25, 15:40:12] Resi: Servus Florian! Wir brauchen dringend wen in der Küche\n[21.03.25, 15:41:03] Florian: Servus Resi! Ja genau. Was sucht ihr denn genau?\n[21.03.25, 15:43:29] Resi: *Koch/Köchin (m/w/d) – Ganzjahresstelle*\nGasthof Hirschenwirt · Anif bei Salzburg\n\n*Wir bieten:*\n– Ganzjahresstelle in Vollzeit\n– Mindestgehalt lt. KV: € 2.450,– brutto/Monat, Bereitschaft zur Überzahlung\n[21.03.25, 15:44:10] Florian: Klingt echt gut.',
    [[2450, null, 'EUR', 'month']],
  ],
  // A run of pay lines goes on over a long line of grades.
  [
    'Contract Specialist\nDenver, CO\nSalary by location and grade (includes locality pay):\nSalt Lake City, UT: GS-7 $53,093 - $69,022; GS-9 $64,945 - $84,431 per year\nAurora, CO (Denver-Aurora locality area pay): GS-7 $56,478 - $73,424; GS-9 $69,086 - $89,813 per year',
    [
      [53093, 69022, 'USD', 'year', 'GS-7'],
      [64945, 84431, 'USD', 'year', 'GS-9'],
      [56478, 73424, 'USD', 'year', 'GS-7'],
      [69086, 89813, 'USD', 'year', 'GS-9'],
    ],
  ],
  // Second review: tiers led by their shift stay bands; "min" is minutes; the pay on completion
  // of training, a contractor billed hourly, the employer's "tus expectativas", "Was ist für mich
  // drin", "a package that is", an employer's "Expected salary:" all stay pay.
  [
    'Warehouse Associate\nDallas, TX\nPay: $20 - $25/hr\nDay shift - $20/hr to start\nNight shift - $25/hr to start',
    [
      [20, 20, 'USD', 'hour', 'Day shift'],
      [25, 25, 'USD', 'hour', 'Night shift'],
    ],
  ],
  [
    'Picker\nDallas, TX\nPay: $40 - $48/hr\nDays: $40/hr, 30 min paid lunch\nNights: $48/hr, 30 min paid lunch',
    [
      [40, 40, 'USD', 'hour', 'Days'],
      [48, 48, 'USD', 'hour', 'Nights'],
    ],
  ],
  [
    'Freelance Video Editor\nRemote\nContract (1099), billed hourly: $85/hr',
    [[85, 85, 'USD', 'hour']],
  ],
  [
    'Gerente de Ventas\nMadrid\nOfrecemos un salario acorde a tus expectativas de 40.000 € a 45.000 € brutos anuales.',
    [[40000, 45000, 'EUR', 'year']],
  ],
  [
    'Vertriebsmitarbeiter (m/w/d)\nBerlin\nWas ist für mich drin: 55.000 € brutto im Jahr',
    [[55000, 55000, 'EUR', 'year']],
  ],
  [
    'Office Manager\nLondon\nSalary: a package that is £45,000 per annum full-time',
    [[45000, 45000, 'GBP', 'year']],
  ],
  [
    'Customer Service Officer\nKuala Lumpur\nExpected salary: RM 3,500 - RM 4,200 per month',
    [[3500, 4200, 'MYR', 'month']],
  ],
  // A recruiter's note of the candidate's figures; what a figure "would put you" at; a part-time
  // job's full-time equivalent after "that's".
  [
    'Elektroniker (m/w/d)\nKassel\nGehalt: 3.550 – 4.100 € brutto monatlich\nZur Info, Ihre Angaben: aktuelles Gehalt 3.300 € brutto, Gehaltswunsch 3.900 €, Kündigungsfrist 4 Wochen.',
    [[3550, 4100, 'EUR', 'month']],
  ],
  [
    'Fullstack\nMadrid\nBanda: 38.000 - 46.000 € brutos anuales\nTus datos: expectativa 44.000 €, preaviso de 15 días.',
    [[38000, 46000, 'EUR', 'year']],
  ],
  [
    'Senior PM\nNew York, NY\nNYC: $175,000 - $205,000\nYes — $168k base would put you in the middle of the NYC band.',
    [[175000, 205000, 'USD', 'year']],
  ],
  [
    "Youth Worker\nLeeds\n**Salary:** £14,850 per year (actual, for 22.5 hrs — that's £24,750 FTE)",
    [[14850, 14850, 'GBP', 'year']],
  ],
  // A week of days restated in brackets; a register number; the wage after an apprenticeship; a
  // house's value; what clients are billed; a candidate's figures noted as fields.
  [
    'Van Driver\nLeeds\nPay: £155 per day (£775 per 5-day week) paid weekly.',
    [[155, 155, 'GBP', 'day']],
  ],
  [
    'DGKP\nGraz\nGehalt: ab € 3.480 brutto\nMedCare GmbH | FN 512345x | Landesgericht für ZRS Graz',
    [[3480, null, 'EUR', 'month']],
  ],
  [
    'Lineworker\nBakersfield, CA\nPay: $32.18 - $49.90 per hour\nThe journeyman-level wage upon completion is currently $62.37/hr.',
    [[32.18, 49.9, 'USD', 'hour']],
  ],
  [
    'Farm Assistant\nWaikato\nSalary: $62,000 - $66,000\n- A 3-bedroom house (valued around $250/week)',
    [[62000, 66000, 'NZD', 'year']],
  ],
  [
    'Virtual Assistant\nManila\nUp to ₱35,000 per month\nNote: Clients are billed in USD (from $9/hour) – this is not your pay rate.',
    [[null, 35000, 'PHP', 'month']],
  ],
  [
    'Comptable\nParis\nFourchette : 38 000 - 42 000 € brut annuel\n- rémunération actuelle : 36 500 € brut annuel\n- prétentions : autour de 41 000 €',
    [[38000, 42000, 'EUR', 'year']],
  ],
  // A scale's ends on one line keep the range; a shift's start times say nothing of it.
  [
    'RPN\nToronto, ON\nSalary: $33.40 - $36.85 per hour\n* Wage grid per collective agreement: $33.40/hr start, $36.85/hr at top of grid',
    [[33.4, 36.85, 'CAD', 'hour']],
  ],
  [
    'Teacher of Science\nNottingham\nSalary: MPS/UPS (£31,650 – £49,084 per annum)\n(MPS1 £31,650 – UPS3 £49,084)',
    [[31650, 49084, 'GBP', 'year']],
  ],
  // The employer's own words about its offer and its staff's pay stay pay; tips on top of a base
  // rate leave it; figures for new and experienced staff are one range.
  [
    'Camarero/a\nMadrid\nTenemos una oferta de empleo con un salario de 1.500 € brutos al mes.',
    [[1500, 1500, 'EUR', 'month']],
  ],
  [
    'Verkäufer (m/w/d)\nBerlin\nWir machen dir ein Angebot: 3.200 € brutto monatlich.',
    [[3200, 3200, 'EUR', 'month']],
  ],
  [
    'Delivery Driver\nDallas, TX\nOur drivers are currently paid $22 per hour.',
    [[22, 22, 'USD', 'hour']],
  ],
  [
    'Analyst\nAustin, TX\nBased on your current experience, the starting salary is $100,000 - $120,000 per year.',
    [[100000, 120000, 'USD', 'year']],
  ],
  [
    'Nurse\nAustin, TX\nSuccessful candidates will receive an offer at $45 per hour.',
    [[45, 45, 'USD', 'hour']],
  ],
  [
    'Picker\nAustin, TX\nIf you are looking for steady work at $21 per hour, apply today!',
    [[21, 21, 'USD', 'hour']],
  ],
  [
    'Analyst\nAustin, TX\nYour expected compensation for this role is $90,000 - $110,000',
    [[90000, 110000, 'USD', 'year']],
  ],
  [
    'Server\nThe Grill House\nAustin, TX\nTips on top of $15.50/hr base pay',
    [[15.5, 15.5, 'USD', 'hour']],
  ],
  [
    'Line Cook\nAustin, TX\nPay: $20 - $25 per hour\nPay is $20 per hour for new cooks, $25 per hour for experienced cooks.',
    [[20, 25, 'USD', 'hour']],
  ],
  // Whose pay a message's sentence names: the candidate's, another employer's offer, or the
  // client's budget for the role (the pay).
  [
    "Paralegal\nDenver, CO\nYou mentioned you're currently at $68,000 and looking for $75,000 - that is well within range. The range is $70,000 - $80,000.",
    [[70000, 80000, 'USD', 'year']],
  ],
  [
    'SRE\nDublin\nThe range for the role is €75,000 - €90,000 base. I got an offer today for €88k from another company.',
    [[75000, 90000, 'EUR', 'year']],
  ],
  [
    "DevOps Engineer\nBengaluru\nCurrent CTC: 14 LPA\nExpected CTC: 22 LPA\nOther offers: one offer in hand from an MNC at 19.5 LPA\nThe client's budget for this position is 18 - 24 LPA (fixed), so your expectation is within range.",
    [[1800000, 2400000, 'INR', 'year']],
  ],
  [
    'Fullstack-Entwickler (m/w/d)\nBerlin\nDanke für die offenen Worte zu deinem aktuellen Gehalt (62.000 € brutto) und deinem Wunschgehalt von 75.000 €. Die Spanne für die Position liegt bei 65.000 – 80.000 € brutto jährlich.',
    [[65000, 80000, 'EUR', 'year']],
  ],
  [
    "Data Engineer\nParis\nLa fourchette se situe entre 55 000 € et 65 000 € brut annuel. Je pense qu'un positionnement autour de 60-62 k€ est réaliste. Vous m'avez parlé d'une autre proposition à 58 k€.",
    [[55000, 65000, 'EUR', 'year']],
  ],
  [
    'Backend Java\nMadrid\n- Tu salario actual: 41.000 € brutos anuales\nLa banda es 42.000 - 50.000 € brutos anuales. Ahora mismo estoy en 41k y tengo una oferta de 48k.',
    [[42000, 50000, 'EUR', 'year']],
  ],
  // Crores; a line about tips; a Mexican fuel allowance.
  [
    'VP Sales\nMumbai\nFixed CTC: ₹1.1 crore – ₹1.4 crore per annum',
    [[11000000, 14000000, 'INR', 'year']],
  ],
  [
    'Barista\nMelbourne VIC\n$31.50 per hour + penalty rates + tips\n- Tips shared evenly every week – usually $40–$70 per shift on weekends',
    [[31.5, 31.5, 'AUD', 'hour']],
  ],
  [
    'Ejecutivo de ventas\nGuadalajara\nOfrecemos:\n- Apoyo de gasolina de $4,000 mensuales y celular',
    [],
  ],
  // A licence's "commission" names no bonus; a count with "+"; a board's estimate; a total with
  // stipends; a part-time job's full-time equivalent; a previous advert's figure; a Belgian
  // "minimum de" with its month given for information.
  [
    'Security Officer\nPhoenix, AZ\n• Unarmed Officer: $17.50 per hour\n• Armed Officer (Level III commission): $22.00 per hour',
    [
      [17.5, 17.5, 'USD', 'hour', 'Unarmed Officer'],
      [22, 22, 'USD', 'hour', 'Armed Officer (Level III commission)'],
    ],
  ],
  [
    'Warehouse Associate\nMississauga, ON\nPay: $19.75 per hour\nOur Mississauga facility ships 30,000+ orders a day.',
    [[19.75, 19.75, 'CAD', 'hour']],
  ],
  [
    'Vertriebsmitarbeiter (m/w/d)\nKöln\nFür diesen Job wurde kein Gehalt angegeben. Geschätztes Gehalt: 58.000 € – 72.000 € (basierend auf Gehaltsdaten der Plattform)',
    [],
  ],
  [
    'Travel RN - Med/Surg\nTucson, AZ\nEst. total weekly pay: $2,310\nPAY BREAKDOWN\nTaxable hourly rate: $38.00 - $44.00 per hour\nHousing stipend: $1,155/week (tax-free)',
    [[38, 44, 'USD', 'hour']],
  ],
  [
    'DGKP (m/w/d) Teilzeit\nWien\nGehalt: ab € 2.310,60 brutto/Monat\nDas Mindestgehalt beträgt € 2.310,60 brutto pro Monat auf Basis 30 Wochenstunden (entspricht € 2.849,40 bei Vollzeit, 37 Std.).',
    [[2310.6, null, 'EUR', 'month']],
  ],
  [
    'Fundraising Manager\nHereford\n£38,000 – £42,000 per annum\nPlease note: the previous advert showed a salary of £36k — this has been updated.',
    [[38000, 42000, 'GBP', 'year']],
  ],
  [
    'Attaché juriste (A1)\nBruxelles\nSalaire annuel brut minimum de 55 473,40 € (salaire indexé, échelle A11).\nMontant mensuel brut indicatif : 4 622,78 €.',
    [[55473.4, null, 'EUR', 'year']],
  ],
  // A board's range over figures by role or place: the bands; by qualification or as the pay
  // rises: the range. USAJOBS' "to -".
  [
    'Mozo de almacén\nZaragoza\nSalario: 1.450 € - 1.600 € brutos/mes\n\nCondiciones\n- Salario: 1.450 € brutos/mes (mozo) – 1.600 € brutos/mes (carretillero retráctil)',
    [
      [1450, 1450, 'EUR', 'month', 'mozo'],
      [1600, 1600, 'EUR', 'month', 'carretillero retráctil'],
    ],
  ],
  [
    'Policy Analyst (HEO)\nLondon\n£36,530 - £39,900\nNational: £36,530. London: £39,900.',
    [
      [36530, 36530, 'GBP', 'year', 'National'],
      [39900, 39900, 'GBP', 'year', 'London'],
    ],
  ],
  [
    'Care Assistant (Nights)\nLeeds\n£13.10 - £13.60 an hour\n• £13.10 per hour without NVQ / £13.60 per hour with NVQ Level 3',
    [[13.1, 13.6, 'GBP', 'hour']],
  ],
  [
    'Lagerhelfer (m/w/d)\nHamburg\n15,20 € – 16,10 € pro Stunde\n- Stundenlohn 15,20 € brutto (Einstieg), nach 6 Monaten 16,10 € brutto',
    [[15.2, 16.1, 'EUR', 'hour']],
  ],
  [
    'HR Specialist\nSalt Lake City, UT\nSalary  $72,553 to - $94,317 per year',
    [[72553, 94317, 'USD', 'year']],
  ],
  // A budget said in a sentence; the candidate's figures beside it, in their words or the
  // recruiter's; another role's, a friend's, others' earnings; a phone and internet stipend.
  [
    "Payroll Officer\nLeeds\nShe's confirmed the budget is £32,000 - £36,000 per annum depending on experience. Given you're on £29.5k at the moment I think you'd land mid-band.",
    [[32000, 36000, 'GBP', 'year']],
  ],
  [
    'Lohnbuchhalter (m/w/d)\nHamburg\nDas Budget für die Position liegt bei 48.000 - 55.000 € brutto/Jahr. Sie hatten erwähnt, dass Sie aktuell bei 46.500 € liegen und sich rund 52.000 € vorstellen.',
    [[48000, 55000, 'EUR', 'year']],
  ],
  [
    'Senior Backend Engineer\nBerlin\n• Fixgehalt: 78.000 € brutto pro Jahr. Du hattest 85.000 € angefragt.\n• Außerdem ein einmaliger Antrittsbonus von 5.000 € brutto.',
    [[78000, 78000, 'EUR', 'year']],
  ],
  [
    "Senior PM\nSeattle, WA\n- Base salary: $186,000 per year. I know you asked for $195k.\nI know this isn't the $200k base you asked for.",
    [[186000, 186000, 'USD', 'year']],
  ],
  [
    "Financial Accountant\nJohannesburg\nSALARY: R45,000 - R55,000 per month CTC\nI've positioned you at R50k-R52k with the client.",
    [[45000, 55000, 'ZAR', 'month']],
  ],
  [
    "Data Analyst\nZürich\n• Jahreslohn: CHF 110'000 – 125'000 (brutto)\nDie in Ihrem Bewerbungsformular genannte Lohnvorstellung (CHF 130'000) liegt über dem Lohnband.",
    [[110000, 125000, 'CHF', 'year']],
  ],
  [
    'Analista de Datos\nBogotá\nLa remuneración es de $6.500.000 mensuales. Mencionaste que actualmente devengas $5.200.000 y que tu aspiración es de $7.000.000.',
    [[6500000, 6500000, 'COP', 'month']],
  ],
  [
    'Data Intern\nMinneapolis, MN\nPay: $28/hr\nA friend interning at a bank downtown said they got $32/hr.',
    [[28, 28, 'USD', 'hour']],
  ],
  [
    'CDL-A Regional Driver\nJoplin, MO\nPay: $1,450 - $1,700 per week\nMost of our regional guys are landing between $78k-$88k a year. Our CDPs are on 62k.',
    [[1450, 1700, 'USD', 'week']],
  ],
  [
    'Account Executive\nAustin, TX\n- Base salary: $80,000 - $90,000\nBenefits: 401(k), $150/mo cell + internet, team offsite.',
    [[80000, 90000, 'USD', 'year']],
  ],
  // A place's name ends with its word: "Bonne forme physique" names no Bonn (Germany, so "$"
  // would be US dollars); the French "22,75 $" is Canada's.
  [
    "Préposé(e) à l'entrepôt\nLaval\n- Bonne forme physique, ponctualité\nSalaire : 22,75 $/h",
    [[22.75, 22.75, 'CAD', 'hour']],
  ],
  // Not too wide: a marketer's ads budget, the employer's own claims about its drivers and
  // nurses, a role discussed before, a request, a place named "Mobile", a German verb that goes
  // on, a bonus earlier on the line, what a policy pays.
  [
    'Marketing Manager\nAustin, TX\nYou will run paid media; the budget is $20,000 - $40,000 per month.',
    [],
  ],
  [
    'CDL-A Regional Truck Driver\nJoplin, MO\nOur drivers are taking home $1,400 - $1,800 per week on this account.',
    [[1400, 1800, 'USD', 'week']],
  ],
  [
    'Hi Dana,\nFollowing up on the role we discussed on Tuesday: the Senior Data Engineer position at Northwind pays $150,000 - $170,000 base plus bonus.',
    [[150000, 170000, 'USD', 'year']],
  ],
  [
    'Hi Sam,\nAs you requested, the salary range for the Product Designer role at Figmentum is $120,000 - $140,000.',
    [[120000, 140000, 'USD', 'year']],
  ],
  ['Forklift Operator\nGulf Coast Logistics\n$18 - $21/hr Mobile, AL', [[18, 21, 'USD', 'hour']]],
  [
    'Controller (m/w/d)\nMünchen\nJahresbonus und Firmenwagen inklusive, Grundgehalt 65.000 – 75.000 € p.a.',
    [[65000, 75000, 'EUR', 'year']],
  ],
  ['Claims Adjuster\nDallas, TX\nThe policy pays $10,000 - $25,000 for accidental injury.', []],
  [
    'Retail Assistant\nSurfers Paradise\nMust have full Australian working rights.\nPay: $28 - $31 per hour',
    [[28, 31, 'AUD', 'hour']],
  ],
  // A range in prose, offered by a verb, with no period or pay word: the pay.
  [
    'Hi Sam. The client can do £62,000-£68,000 for the Operations Manager role in Leeds.',
    [[62000, 68000, 'GBP', 'year']],
  ],
  [
    'Hi Kev, best we can do for the Senior Accountant role at Ridgeline CPA is $88,000 - $92,000.',
    [[88000, 92000, 'USD', 'year']],
  ],
  [
    'Senior Accountant\n\nAbout the job\nThe role pays $88,000 - $92,000.\nYou will close the books.',
    [[88000, 92000, 'USD', 'year']],
  ],
  // Not a bonus offered in the same words.
  ['Driver\n\nWe offer up to $10,000 in student loan repayment.', []],
  // A candidate's own pay or ask, in a reply or quoted by the recruiter; another firm's offer.
  [
    'Hi Jordan,\nI know you mentioned your current base of $142k. We are able to offer $150,000 base salary for the Product Designer position.\nBest,\nKaren',
    [[150000, 150000, 'USD', 'year']],
  ],
  [
    "Data Engineer\nManchester\nThe base is £65,000 - £75,000 per annum. I know you mentioned you're on £58k at the moment.\nI've got a second stage with another firm for a £70k Analytics Engineer role.",
    [[65000, 75000, 'GBP', 'year']],
  ],
  [
    'QA Engineer (contract)\nDublin\nRate: €550 per day\nI know you were on €500 last time so this is a nice bump.',
    [[550, 550, 'EUR', 'day']],
  ],
  [
    "Accountant\nSandton\nSalary: R45,000 - R55,000 per month\nI told the client that you'd be looking for around R50k.",
    [[45000, 55000, 'ZAR', 'month']],
  ],
  [
    'Chief Financial Officer\nChicago, IL\nThe range will be shared at the first call.\nThank you. For transparency, my current base is\n$385,000 with a 50% target bonus.',
    [],
  ],
  [
    'Paralegal\nChicago, IL\nSalary: $68,000 - $78,000\nHello, I currently work as a\nparalegal at a 12-attorney PI firm in Oak Brook, making $59,500.',
    [[68000, 78000, 'USD', 'year']],
  ],
  [
    'Développeur Java\nNantes\nLa fourchette est de 48 000 € à 55 000 € brut annuel.\nVous nous aviez indiqué être à 44 K€ actuellement chez votre ESN.',
    [[48000, 55000, 'EUR', 'year']],
  ],
  [
    'DGKP\nGraz\nGehalt: ab € 3.250 brutto monatlich\nIch arbeite derzeit als DGKP in\neinem Pflegeheim in Leoben (aktuell ca. € 3.050 brutto).',
    [[3250, null, 'EUR', 'month']],
  ],
  // a mobile number's groups; a tip share; pay while training; the client's rate after hire-on;
  // a candidate's own pay in a reply
  [
    'Finance Director\nLondon\nSalary: £120,000 - £140,000\n+44 20 7946 0321 | +44 7700 900 877',
    [[120000, 140000, 'GBP', 'year']],
  ],
  [
    'Line Cook\nAustin, TX\nPay is $17-19/hr + tip share from the front of house (usually $3-5/hr more on top of that).',
    [[17, 19, 'USD', 'hour']],
  ],
  [
    'Home Health Aide\nColumbus, OH\nPay: $17-$19/hr\nComplete our free HHA training (paid at $13/hr while you train).',
    [[17, 19, 'USD', 'hour']],
  ],
  [
    "General Labourer\nCalgary, AB\nPay: $19.00 per hour\nHire-on with the client after 480 hours at the client's rate of $20.50 per hour",
    [[19, 19, 'CAD', 'hour']],
  ],
  [
    "Product Designer\nBengaluru\nRange: 20-28 LPA\nHi, thanks for reaching out! I'm currently at 16 LPA with 4.5 yrs exp.",
    [[2000000, 2800000, 'INR', 'year']],
  ],
  // "in excess of" opens the top; a role one is appointed as, a loan programme beside the pay;
  // "plus super fun"; a list of offices; "CAD" the software; a pipe between two figures of which
  // only one is money
  [
    'Finance Manager\nAcme Ltd\nLeeds\n\nSalary: in excess of £45,000 per annum',
    [[45000, null, 'GBP', 'year']],
  ],
  [
    'Lecturer in Law\nLeeds\n\nThe successful candidate will be appointed as Grade 8 on a salary of £45,585 per annum.',
    [[45585, 45585, 'GBP', 'year']],
  ],
  [
    'Caseworker\nAlbany, NY\n\nPublic Service Loan Forgiveness eligible employer; starting salary $52,000 per year.',
    [[52000, 52000, 'USD', 'year']],
  ],
  [
    'Barista\nBean Co\nAustin, TX\n\nPay: $18 per hour plus super fun team events!',
    [[18, 18, 'USD', 'hour']],
  ],
  [
    'Software Engineer\nAcme Pty Ltd\n\nWe have offices in Sydney, London and New York.\n\nSalary: $150,000 - $170,000 per year',
    [[150000, 170000, 'AUD', 'year']],
  ],
  [
    'Designer\nStudio X\nSan Francisco, CA\n\nTools: SolidWorks, CAD\n$85,000 - $95,000 per year',
    [[85000, 95000, 'USD', 'year']],
  ],
  [
    'Verkäufer (m/w/d)\nAcme GmbH\nBerlin\n\nGehalt ab 2.800 € | ab 20 Std./Woche',
    [[2800, null, 'EUR', 'month']],
  ],
  // a range's ends on lines of their own that say how the pay rises; a contact hour; a
  // Singapore postcode; the contractor's tax form; an average driver's pay; key money; an
  // on-call week
  [
    'Home Care Worker\nNorwich\n£12.50 - £14.00 an hour\n\nPay\n- £12.50 per hour for new carers during induction\n- £14.00 per hour once you have completed the Care Certificate\n',
    [[12.5, 14, 'GBP', 'hour']],
  ],
  [
    'Adjunct Instructor\nSpringfield, MO\nPay: $62.00 per contact hour\n',
    [[62, 62, 'USD', 'hour']],
  ],
  [
    'Risk Analyst\nSingapore\nPay: S$6,500 - 8,200 per month\n71 Ayer Rajah Crescent, #04-12, Singapore 139951\n',
    [[6500, 8200, 'SGD', 'month']],
  ],
  [
    'React Developer\nRemote\nRate: $85–$100/hr, 1099 (invoice monthly, net 15)\n',
    [[85, 100, 'USD', 'hour']],
  ],
  [
    'CDL Driver\nReno, NV\nPay: $27.50/hr\n💰 Avg driver made $71k last year w/ OT\n',
    [[27.5, 27.5, 'USD', 'hour']],
  ],
  [
    'English Teacher\nOsaka\nSalary: ¥250,000 per month\n- Apartment support: we can cover the key money (reikin) up to ¥80,000\n',
    [[250000, 250000, 'JPY', 'month']],
  ],
  [
    "Consultant SAP\nParis\n| TJM | 650 € – 750 € HT par jour |\n| Astreintes | Pendant l'hypercare, 150 € HT par semaine d'astreinte |\n",
    [[650, 750, 'EUR', 'day']],
  ],
  // a code before the "$"; a board's salary filter; "más de" is "from"; pay "+ super" in an
  // ambiguous "WA" is Australian
  [
    'QA Engineer\nGuadalajara, Jalisco, Mexico\nCompensation: USD $3,800 - $5,200 per month\n',
    [[3800, 5200, 'USD', 'month']],
  ],
  [
    'Enfermero/a\nMadrid\nSalario: Más de 18.000 € | Más de 24.000 € | Más de 30.000 €\n\nSalario: 29.000€ - 33.500€ Bruto/año\n',
    [[29000, 33500, 'EUR', 'year']],
  ],
  [
    'Mozo/a de almacén\nValencia\nSalario: más de 18.000 € brutos/año\n',
    [[18000, null, 'EUR', 'year']],
  ],
  [
    'Industrial Electrician\nKwinana, WA\nWhat we offer\n- $56.50 per hour + super + overtime after 40 hours\n',
    [[56.5, 56.5, 'AUD', 'hour']],
  ],
  // a standard's number, a driver's damage excess, a loan programme, a lesser role's rate
  [
    'DevOps (H/F)\nParis\nSalaire : entre 55 000 € et 68 000 € bruts annuels\n- Conformité (DORA, ISO 27001)\n',
    [[55000, 68000, 'EUR', 'year']],
  ],
  [
    'Multi-Drop Driver\nMilton Keynes\nRATES\n- £165 per day for a standard route\n- Paid weekly\nDrivers are responsible for the first £250 of any damage claim.\n',
    [[165, 165, 'GBP', 'day']],
  ],
  [
    'Clinical Pharmacist\nTucson, AZ\nSalary $121,422 - $157,844 per year\nBenefits: the Education Debt Reduction Program (EDRP) may be authorized (up to $200,000).\n',
    [[121422, 157844, 'USD', 'year']],
  ],
  [
    'Youth Services Librarian\nBrookhaven, CT\nPay: $31.08 - $38.72 per hour\nCurrent MLIS students may be considered as Library Associate (hourly rate $24.50).\n',
    [[31.08, 38.72, 'USD', 'hour']],
  ],
  // Review: levels one is considered for, the title one is appointed as, a season one is hired
  // for are this job's pay.
  [
    'Civil Engineer I/II\nCity of Fairmont\nFairmont, WV\nApplicants will be considered for Engineer I ($70,000 - $85,000 annually) or Engineer II ($85,000 - $100,000 annually) based on qualifications.',
    [
      [70000, 85000, 'USD', 'year', 'Applicants considered Engineer I'],
      [85000, 100000, 'USD', 'year', 'or Engineer II'],
    ],
  ],
  [
    'Senior Lecturer in Nursing\nUniversity of Wessex\nSouthampton, UK\nThe successful candidate will be appointed as\nSenior Lecturer (£52,000 – £60,000 per annum) on a permanent contract.',
    [[52000, 60000, 'GBP', 'year']],
  ],
  [
    'Warehouse Associate\nAcme\nReno, NV\nAssociates hired for peak season ($19.50/hr) work 4 x 10 hour shifts.',
    [[19.5, 19.5, 'USD', 'hour']],
  ],
  // The lesser role's range, its name on the line under "may be considered for"; not a higher
  // step of this job's own scale.
  [
    'Deputy Public Defender III\n\nSALARY SCHEDULE (Range 572, hourly):\n  Step A      Step B      Step C      Step D      Step E\n  $52.59      $55.22      $57.98      $60.88      $63.97\n\nCandidates who do not meet the requirements for the III level may be considered for\nDeputy Public Defender II ($43.28 - $52.61 Hourly).\n',
    [[52.59, 63.97, 'USD', 'hour']],
  ],
  [
    'Deputy Public Defender III\nSalary: $52.59 - $63.97 Hourly. Applicants with extensive experience may be considered for appointment at Step D ($60.88 hourly).\n',
    [[52.59, 63.97, 'USD', 'hour']],
  ],
  // a suburb named like a town abroad, then its city and state: the city's dollar
  [
    'Delivery Driver\nLocation: Malaga, Perth WA\nSalary: $1,450 per week + super\n',
    [[1450, 1450, 'AUD', 'week']],
  ],
  // the header's range, its ends as one line's progression below; a bare "bis" is "up to"
  [
    'Repartidor/a\nValencia\n1.450 € - 1.600 € al mes\n\nQué ofrecemos\n- Salario: 1.450 € brutos/mes durante el periodo de prueba; 1.600 € brutos/mes a partir del cuarto mes\n- Incentivo por productividad de hasta 200 € mensuales\n',
    [[1450, 1600, 'EUR', 'month']],
  ],
  [
    'Verkäufer (m/w/d)\nHamburg\n15,20 € – 16,50 € pro Stunde\n\nWir bieten\n- Stundenlohn: 15,20 € brutto; nach der Einarbeitung bis 16,50 € brutto pro Stunde\n',
    [[15.2, 16.5, 'EUR', 'hour']],
  ],
  [
    'Verkäufer (m/w/d)\nHamburg\nStundenlohn: bis 16,50 € brutto pro Stunde\n',
    [[null, 16.5, 'EUR', 'hour']],
  ],
  // tiers on lines of their own stay bands
  [
    'Picker\nReno, NV\nPay: $19.25 - $21.50 per hour\nDay shift: $19.25 per hour\nNight shift: $21.50 per hour\n',
    [
      [19.25, 19.25, 'USD', 'hour', 'Day shift'],
      [21.5, 21.5, 'USD', 'hour', 'Night shift'],
    ],
  ],
  // Portuguese: "a"/"e" between amounts, "por mês", "mensais"
  [
    'Desenvolvedor(a) Full Stack\nSão Paulo, SP\nSalário: R$ 9.500,00 a R$ 12.500,00 por mês\n',
    [[9500, 12500, 'BRL', 'month']],
  ],
  [
    'Analista de RH\nCuritiba - PR\nSalário: A partir de R$ 6.200,00 mensais\n',
    [[6200, null, 'BRL', 'month']],
  ],
  [
    'Técnico de Suporte\nLisboa\n- Salário base entre 1.250€ e 1.400€ brutos por mês\n',
    [[1250, 1400, 'EUR', 'month']],
  ],
  // a starting rate and what it rises to are one range
  [
    'CSR\nMontréal, QC\nStarting at $22.40/hour, with a raise to $24.10/hour after successful completion of training.\n',
    [[22.4, 24.1, 'CAD', 'hour']],
  ],
  [
    'Customer Support Executive\nGurugram\nRequirements:\n- CTC: 2.5 LPA for freshers, up to 3.75 LPA for experienced\n',
    [[250000, 375000, 'INR', 'year']],
  ],
  // a place named Worth; an on-call allowance; other vacancies and a pay guide's box
  ['Warehouse\nFort Worth, TX\n✅ $18/hr to start\n', [[18, 18, 'USD', 'hour']]],
  [
    'Plumber\nLeeds\nWhat you get\n- On-call 1 week in 6, paid at £200/week plus call-out rates\n',
    [],
  ],
  [
    'Snow Removal Crew\nCalgary, AB\nPay: $24-$28/hour\nStandby pay $50/day when on call and not dispatched.\n',
    [[24, 28, 'CAD', 'hour']],
  ],
  // OTE before a percentage; what top reps earn; a ZIP code after its state; a licence number
  [
    'Vertrieb\nMünchen\n• Fixgehalt von 58.000 € brutto jährlich\n• Zusätzlich attraktive Provision – Zielgehalt (OTE) bei 100 % Zielerreichung: 85.000 €\n',
    [[58000, 58000, 'EUR', 'year']],
  ],
  [
    'AE\nChicago, IL\nCompensation\nCompetitive base salary plus uncapped commission, with top reps earning $160K+.\n',
    [],
  ],
  [
    'Installer\nFresno, CA\nPAY: Helpers paid hourly.\nStop by the shop: 2716 E Hamilton Ave, Fresno CA 93721, M-F\n*** Sun-Valley Solar Co / CSLB Lic #1023344 ***\n',
    [],
  ],
  // a schedule's ends marked with their steps; where in the range one is appointed; a range's
  // ends spelled out after it; not pay: a guarantee for the first weeks, the legal minimum wage,
  // what a component adds, what others earn, pay after an internship's conversion, a house's rent
  [
    'Teacher\nPortland, OR\nSalary per the 2026-27 negotiated master agreement: $52,400 (BA, step 1) to $89,100 (MA+30, step 20), 190-day contract.\n',
    [[52400, 89100, 'USD', 'year']],
  ],
  [
    'Policy Analyst\nWellington\nThe salary range for this role is $118,900 – $135,600 per annum, with the expectation that the successful candidate will be appointed between $118,900 and $127,300 depending on skills.\n',
    [[118900, 135600, 'NZD', 'year']],
  ],
  [
    'Associate Solicitor\nBristol\n£65,000 - £80,000 per annum, depending on PQE\n\nThe salary for this role is £65,000 - £80,000 depending on PQE and experience (3 PQE – £65k; 6 PQE – £80k).\n',
    [[65000, 80000, 'GBP', 'year']],
  ],
  [
    'Driver\nDallas, TX\n- Average weekly pay: $1,400 – $1,750 / week\n- Guaranteed minimum of $1,250/week for your first 8 weeks\n',
    [[1400, 1750, 'USD', 'week']],
  ],
  [
    'Supervisor\nToronto, ON\nCompensation: $19.25 to $21.50 per hour, depending on experience. Ontario minimum wage is $17.60/hr.\n',
    [[19.25, 21.5, 'CAD', 'hour']],
  ],
  [
    'ECE\nVancouver, BC\nWage: $26.50 – $31.00 per hour (includes the $6.00/hr wage enhancement)\n',
    [[26.5, 31, 'CAD', 'hour']],
  ],
  [
    'Apprentice\nAustin, TX\nPay: $18.00 – $22.00 per hour to start. Journeyman electricians at BCE earn $34–$42/hour.\n',
    [[18, 22, 'USD', 'hour']],
  ],
  [
    'Intern\nPune\nStipend: ₹ 25,000 /month\nOn successful conversion to a permanent employee, the candidate can expect a salary of ₹ 5 to 7 LPA\n',
    [],
  ],
  [
    'Farm Assistant\nWaikato\n$28.50–$31.00 per hour, and a warm 3-bedroom house on farm available at $150/week.\n',
    [[28.5, 31, 'NZD', 'hour']],
  ],
  // a pay scale's points in a row; a commenter's own rate; the 1099 tax form; other vacancies
  [
    'Engineer\nCork, Ireland\nThe salary scale for the post is:\n€60,853 – €62,713 – €64,564 – €66,418 – €68,275 – €70,120 – €71,979 – €73,830 – €75,693 (LSI 1) – €77,546 (LSI 2)\n',
    [[60853, 77546, 'EUR', 'year']],
  ],
  [
    'Designer\nLondon\n£32k–£38k\n\nIs this open to freelancers? I’m currently on £300/day.\n',
    [[32000, 38000, 'GBP', 'year']],
  ],
  [
    'Developer\nAustin, TX\n- Pay: $55–65/hr depending on experience, paid twice monthly via Gusto (1099 contractor)\n',
    [[55, 65, 'USD', 'hour']],
  ],
  [
    'Ingeniero de Calidad\nQuerétaro, México\nSueldo a convenir.\n\nOtras vacantes:\n- Técnico de Metrología (CMM) – $16,000 mensuales\n',
    [],
  ],
  // not pay: a meal voucher, a rent, a medical cover's limits, another ad's pay quoted in a
  // comment, next year's raise, a stipend far under the salary; a period the words state wins
  // over one the size suggests for the same figures
  [
    'Data Scientist\nSão Paulo, Brazil\nSalary: R$18,000 – R$24,000 per month\n- Meal/food voucher (VR/VA): R$1,800/month\n',
    [[18000, 24000, 'BRL', 'month']],
  ],
  [
    'English Teacher\nOsaka, Japan\n- Monthly salary: ¥265,000 (¥275,000 from the second year)\n- Apartment support: key money covered, rent approx ¥55,000–70,000/month\n',
    [[265000, 265000, 'JPY', 'month']],
  ],
  [
    'Field Officer\nNairobi, Kenya\nSalary: KES 85,000 – 95,000 per month\n- Medical cover: inpatient KES 1,000,000 / outpatient KES 100,000\n',
    [[85000, 95000, 'KES', 'month']],
  ],
  [
    'Soporte IT\nCórdoba, Argentina\nSalario a convenir.\n\nComentarios\n  Lucía P. • ¿Cuál es el rango salarial? En otro aviso de Córdoba ofrecen ARS 1.400.000 para Ssr\n',
    [],
  ],
  [
    'Teacher\nFresno, CA\nSALARY: $58,412 to $104,986 per year. Additional stipends: Master’s degree $2,500/yr; Doctorate $3,500/yr.\n',
    [[58412, 104986, 'USD', 'year']],
  ],
  [
    'Auxiliar Contable\nBogotá, Colombia\nSalario: $2.300.000 a $2.600.000\n\nCondiciones\n- Salario básico: $2.300.000 a $2.600.000 COP mensuales + prestaciones de ley\n',
    [[2300000, 2600000, 'COP', 'month']],
  ],
  // a bonus named by two nouns; the poster's later chat message about another job
  [
    'Driver\nDallas, TX\nAVERAGE WEEKLY: $1,450 – $1,900\n• Up to $3,000 safety and fuel bonus per quarter\n',
    [[1450, 1900, 'USD', 'week']],
  ],
  [
    '[11/10/25, 9:40:01 AM] Rashid HR Dubai: Hiring Front Office Agent – 5-star hotel, Dubai Marina. Salary competitive.\n[11/10/25, 9:41:12 AM] Rashid HR Dubai: Send CV to hr@example.com\n[11/10/25, 9:43:55 AM] Rashid HR Dubai: Also hiring Guest Relations Executive – AED 5,500 + accommodation. PM for details\n',
    [],
  ],
  // not pay: tips, a pay guide's average, a portal's estimate, what a perk is valued at, last
  // year's average earnings, profit sharing; other live roles in a recruiter's mail
  [
    'Koch (m/w/d)\n5020 Salzburg\nGehalt: ab € 2.650,– brutto/Monat\n- Trinkgeldbeteiligung ca. € 250 monatlich\n',
    [[2650, null, 'EUR', 'month']],
  ],
  [
    'Controller\nZürich\nLohn (Schätzung des Portals): CHF 130 000 – 160 000\n\nWir bieten\n- Ein Jahresgehalt zwischen CHF 145 000 und 165 000\n',
    [[145000, 165000, 'CHF', 'year']],
  ],
  [
    'Pflegefachkraft (m/w/d)\nFreiburg\nWir bieten eine faire Vergütung.\n\nGehaltsangaben von StepStone: Für diese Position wird ein Gehalt zwischen 3.400 € und 4.100 € geschätzt.\n',
    [],
  ],
  [
    'DevOps Contractor\nToronto, ON\nRate: $650–$780/day\nParking (valued at $320/month) is provided on onsite days.\n',
    [[650, 780, 'CAD', 'day']],
  ],
  [
    'HGV Driver\nLeeds\nBasic: £15.20 per hour\nAverage driver earnings last year were £52,000.\n',
    [[15.2, 15.2, 'GBP', 'hour']],
  ],
  [
    'Comptable\nLyon\nSalaire : 36 000 – 42 000 € brut annuel\n- Intéressement et participation : versement moyen 1 900 €\n',
    [[36000, 42000, 'EUR', 'year']],
  ],
  [
    'F&B Manager\nDubai, UAE\nBasic: AED 18,000 - 22,000 per month\n\nSubject: Other live roles\n\nAlso currently recruiting (reply with the reference if interested):\n- Executive Chef, Abu Dhabi city hotel (REF CHS-221) – AED 35,000 - 40,000 package\n',
    [[18000, 22000, 'AED', 'month']],
  ],
  // Chile's Unidad de Fomento; a nurse in Heidelberg, Victoria is paid in Australian dollars
  [
    'Mantenedor\nAntofagasta, Chile\n- Renta bruta mensual de 95 a 110 UF, según experiencia\n',
    [[95, 110, 'CLF', 'month']],
  ],
  [
    'Registered Nurse\nHeidelberg VIC 3084\nSalary: $42.87 – $55.19 per hour + super\n',
    [[42.87, 55.19, 'AUD', 'hour']],
  ],
  // an area is no money; a contractor's rate before the VAT it adds
  [
    'Warehouse Lead\nColumbus, OH\nPay: $21/hr\nBluegate Logistics runs a 640,000 sq ft cross-dock distribution center.\n',
    [[21, 21, 'USD', 'hour']],
  ],
  [
    'QA Engineer\nWarsaw, Poland\nSalary (PLN):\n  B2B contract:        19 000 – 25 000 net + VAT / month\n  Employment (UoP):    15 500 – 20 000 gross / month\n',
    [
      [19000, 25000, 'PLN', 'month', 'B2B contract'],
      [15500, 20000, 'PLN', 'month', 'Employment (UoP)'],
    ],
  ],
  [
    'Elektroniker\n80331 München\nGehalt: 3.400 € brutto/Monat\nRufbereitschaftspauschale: 250 € pro Woche\n',
    [[3400, 3400, 'EUR', 'month']],
  ],
  [
    'Teacher\nAbuja\nWe need a teacher.\nApply by mail.\nOnly shortlisted candidates will be contacted.\n—————\n📌 MORE VACANCIES TODAY:\n• Accountant – Kubwa – salary ₦250,000\n',
    [],
  ],
  [
    'CSR\nCebu\nCompetitive salary.\nApply in person.\nBring 2 valid IDs.\nWhat can I earn as a Customer Service Representative\n₱16,000 - ₱20,000 per month\n',
    [],
  ],
  // a board's estimate for similar roles; an add-on named after "+" with its amount in brackets
  [
    'Staff Accountant\nDenver, CO\n$68,000 - $75,000 a year · Full-time · On-site\n\nAbout\nWe are.\n\nEstimated pay for similar roles in Denver: $59K - $82K\n',
    [[68000, 75000, 'USD', 'year']],
  ],
  [
    'Infirmier\nLyon\nRémunération:\n- Salaire brut 2 100 € à 2 400 € selon ancienneté + Ségur (238 € nets/mois) + prime de nuit\n',
    [[2100, 2400, 'EUR', 'month']],
  ],
  // an Austrian apprentice's pay by year; a heading with a year over a schedule; a sentence with
  // figures and a pay word is no lead-in for the address under it
  [
    'Lehrling Koch\nWien\nLehrlingsentschädigung laut Kollektivvertrag:\n   1. Lehrjahr   € 1.030,–\n   2. Lehrjahr   € 1.140,–\n',
    [
      [1030, 1030, 'EUR', 'month', '1. Lehrjahr'],
      [1140, 1140, 'EUR', 'month', '2. Lehrjahr'],
    ],
  ],
  [
    'Teacher\nModesto, CA\n\nSALARY (2025-26 Certificated Salary Schedule, annual)\n   Class I  (BA + credential):      $58,214 - $89,760\n   Class II (BA + 30 units):        $61,380 - $94,105\nBenefits: medical, dental & vision (up to $18,400/yr cap)\n',
    [
      [58214, 89760, 'USD', 'year', 'Class I (BA + credential)'],
      [61380, 94105, 'USD', 'year', 'Class II (BA + 30 units)'],
    ],
  ],
  [
    'Civil Engineer\nVisalia, CA\nBENEFITS: CalPERS retirement; medical, dental and vision;\nemployee assistance program; deferred compensation 457(b).\n\nGovernment Center, 2800 W. Burrel Ave, Visalia, CA 93291\n',
    [],
  ],
  // a pay range table's minimum and maximum around its midpoint; what top drivers averaged; a
  // candidate's current rate in a reply
  [
    'Medical Lab Scientist\nDenver, CO\nPay Range:      Minimum $33.85   Midpoint $40.62   Maximum $47.39 (hourly)\n',
    [[33.85, 47.39, 'USD', 'hour']],
  ],
  [
    'CDL Drivers\nJoplin, MO\n★ $2,500 SIGN-ON BONUS ★   ★ Top drivers averaged $1,640/week in 2024 ★\n',
    [],
  ],
  [
    'DevOps Engineer\nRate: $85–$95/hr on W2\n\nHi Priya, yes I am interested. My current rate is $90/hr.\n',
    [[85, 95, 'USD', 'hour']],
  ],
  // a starting rate in a bracket before "bis"; a German ordinal is no amount
  [
    'Lagerhelfer\nHamburg\nWir bieten:\n* Stundenlohn 15,20 € (Einstieg) bis 16,80 € nach der Probezeit\n',
    [[15.2, 16.8, 'EUR', 'hour']],
  ],
  [
    'Werkstudent\nBerlin\nVergütung:\n→ 18,00 € Stundenlohn, ab dem 2. Semester mehr\n',
    [[18, 18, 'EUR', 'hour']],
  ],
  // an insurance cover, an average starting wage, an average after "avg."
  [
    'Data Engineer\nPune\nCTC: ₹14 – 22 LPA\nHealth insurance for family (₹5 lakh cover), annual bonus\n',
    [[1400000, 2200000, 'INR', 'year']],
  ],
  [
    'Program Manager\nWashington, DC\nWe placed 4,800 newcomers in jobs with an average starting wage of $19.60/hour.\nThe salary for this position is $71,500–$79,000 annually.\n',
    [[71500, 79000, 'USD', 'year']],
  ],
  [
    'CDL-A Driver\nJoplin, MO\nEARN $1,650 – $2,100 PER WEEK (avg. $1,875/wk for 2025 drivers)\n',
    [[1650, 2100, 'USD', 'week']],
  ],
  // a Colombian department names the peso; a fee is no month's pay
  [
    'Ingeniero Agrónomo\nPitalito, Huila\nSalario: $3.450.000 mensuales + auxilio ($450.000)\n',
    [[3450000, 3450000, 'COP', 'month']],
  ],
  [
    'Growth Manager\nBerlin\nTL;DR: €68,000–€82,000 gross per year\n## Hiring process\n3. Case study: a take-home, max. 3 hours, paid at €150\n',
    [[68000, 82000, 'EUR', 'year']],
  ],
  // a clock time is no amount; a survey's, an average's and a median's figures are no pay
  [
    'Locum GP\nBristol\nRate: £750 – £900 per day (full day 08:00–18:30, depending on site).\n',
    [[750, 900, 'GBP', 'day']],
  ],
  [
    'Fundraiser\nLondon\n• Charity salaries rose 4.1% in 2025; the average fundraiser now earns £31,000\nSalary: £28,500 FTE (£17,100 actual, pro rata)\n',
    [[28500, 28500, 'GBP', 'year']],
  ],
  [
    'Electrical Engineer\nPenang\nOur 2026 salary snapshot: a facilities engineer with 3-5 years in Penang earns a median of RM 6,800/month, while 5-8 years sits around RM 9,200.\n',
    [],
  ],
  // millions written "1.2m" beside a currency; a register number after "Reg. No."
  [
    'Backend Engineer\nLagos\n💰 ₦1.2m – ₦1.8m/month (net), paid on the 25th.\n',
    [[1200000, 1800000, 'NGN', 'month']],
  ],
  [
    'Data Engineer\nSingapore\nSalary: S$9,000 – S$12,500 per month\nSenior Consultant | Reg. No. R1988342\n',
    [[9000, 12500, 'SGD', 'month']],
  ],
  // a grade's full range in a bracket; a candidate's current pay in a quoted reply
  [
    'Policy Advisor\nWellington\nThe salary range for this role is $112,000 – $128,000 (the full band 18 range is $104,000 – $141,000).\n',
    [[112000, 128000, 'NZD', 'year']],
  ],
  [
    'Paralegal\nDallas, TX\n> Hi Marisol, I am open to litigation roles. Current base is around $78k.\n',
    [],
  ],
  // a dot leader between each place and its rates
  [
    "Line Cook\nDenver, CO\n\nWhere we're hiring & pay (base hourly, before tips):\n  • Ember & Rye LoHi – Denver, CO ........... $19.00 – $22.00/hr\n  • Rye Tavern – Fort Collins, CO ............ $18.00 – $21.00/hr\n",
    [
      [19, 22, 'USD', 'hour', 'Ember & Rye LoHi – Denver, CO'],
      [18, 21, 'USD', 'hour', 'Rye Tavern – Fort Collins, CO'],
    ],
  ],
  // another user's comment in a forum thread is not the posting
  [
    'Plover Health | Senior Backend Engineer | Chicago, IL\n\n▲ plover_jen 4 days ago | parent\nSalary: $165k–$195k\n\n▲ orbitcap_hiring 4 days ago | prev | next\nOrbitcap | Staff ML Engineer | San Francisco\nSalary: $230k–$290k\n',
    [[165000, 195000, 'USD', 'year']],
  ],
  // a bare "$" beside a place of another dollar than the code written elsewhere
  [
    'Staff Engineer\nSeattle, WA\nPay ranges:\n  Seattle, WA: $212,000 - $265,000\n  Toronto, ON: CA$205,000 - CA$250,000\n',
    [
      [212000, 265000, 'USD', 'year', 'Seattle, WA'],
      [205000, 250000, 'CAD', 'year', 'Toronto, ON'],
    ],
  ],
  // what a room costs; a board's estimate "est. for" a title and its median
  [
    'Chef de Partie\nSt Ives, Cornwall\n£13.50 per hour + tronc\n~ Live-in accommodation available (£80/week, bills incl.)\n',
    [[13.5, 13.5, 'GBP', 'hour']],
  ],
  [
    'Paralegal\nChicago, IL\n$58K - $66K /yr (Employer provided)\nGlassdoor est. for Litigation Paralegal in Chicago: $61K median\n',
    [[58000, 66000, 'USD', 'year']],
  ],
  // a training budget in a German compound; a pre-placement offer after an internship
  ["Softwareentwickler\nZürich\nBenefits\n- Weiterbildungsbudget CHF 3'000 pro Jahr", []],
  [
    'DevOps Intern\nPune\n**Stipend:** ₹25,000/month\n- Pre-placement offer (PPO) for top performers, CTC 6–7 LPA',
    [],
  ],
  // Nigeria's "N" for the naira; a hiring range inside the full range; a life cover's cap; a
  // count in thousands ("50k+ requests")
  [
    'Finance Analyst\nLagos\nSalary: N450,000 – N600,000 gross monthly, plus 13th month',
    [[450000, 600000, 'NGN', 'month']],
  ],
  [
    `${US}Salary\n$89,412.80 - $121,035.20 Annually\nThe hiring range for this position is $89,412.80 - $105,224.00 annually.`,
    [[89412.8, 121035.2, 'USD', 'year']],
  ],
  [
    `${US}Salary: $89,000 - $121,000 per year\nLife & Disability: basic life insurance at 1x annual salary (maximum $150,000).`,
    [[89000, 121000, 'USD', 'year']],
  ],
  [
    `${US}Salary: $180,000 – $240,000 per year\nYou will serve models at 50k+ requests per second.`,
    [[180000, 240000, 'USD', 'year']],
  ],
  // where in the range one starts is no band of its own
  [
    'Senior Policy Advisor\nWellington\nThe salary range for this role is $118,371 - $144,675, with an expected starting salary between $118,371 and $131,523.',
    [[118371, 144675, 'NZD', 'year']],
  ],
  // a pay calculator's average ("Durchschnittlicher Jahreslohn") is not this job's pay
  [
    "Verkäufer/in\nBasel\nLohn: CHF 4'300.– x 13 (bei 100 %)\nLohnrechner: Durchschnittlicher Jahreslohn: CHF 52'800 (Median, 100 %).",
    [[4300, 4300, 'CHF', 'month']],
  ],
  // "P.A." after Indian digit grouping; "pm" after a figure of three digits is a month
  [
    'Agent\nHyderabad\nSalary: INR 2,64,000 - 3,36,000 P.A. + night shift allowance',
    [[264000, 336000, 'INR', 'year']],
  ],
  ['Agents\nCape Town\nBasic: R7 500 pm + uncapped commission', [[7500, 7500, 'ZAR', 'month']]],
  [`${US}Shift: 5 pm to 11 pm, $18/hr`, [[18, 18, 'USD', 'hour']]],
  // a bare figure before a noun counts it; "±" before a bare figure is a quantity
  [
    'Lagerist (m/w/d)\nMülheim an der Ruhr\nGehalt\n15,50 € pro Stunde\nUnser Lager im Ruhrgebiet (45.000 Palettenstellplätze) wächst.',
    [[15.5, 15.5, 'EUR', 'hour']],
  ],
  [
    'Mining Engineer\nRustenburg\nRemuneration\nR850 000 – R1 100 000 CTC per annum\nThe mine produces ±180 000 ounces per year',
    [[850000, 1100000, 'ZAR', 'year']],
  ],
  // the rate worked out over a roster is the same pay
  [
    'Heavy Diesel Fitter\nPerth, WA\n$58.50 per hour + super\nBased on the 8/6 roster this equates to approx. $165k – $180k p.a.',
    [[58.5, 58.5, 'AUD', 'hour']],
  ],
  // a travel package's weekly total beside its taxable hourly rate sums up the stipends; the rate
  // is the pay, also when worked out over the week; overtime's rate is no band
  [
    `${US}Estimated weekly gross $2,450-$2,780. The pay package is made up of a taxable hourly rate of $24.00/hr plus tax-free stipends.`,
    [[24, 24, 'USD', 'hour']],
  ],
  [
    `${US}Estimated weekly pay: $2,480/wk\nPay breakdown\nTaxable hourly rate: $28.00/hr\nHousing stipend: $1,148/wk`,
    [[28, 28, 'USD', 'hour']],
  ],
  [
    `${US}Taxable hourly rate: $24.00/hr (x36 = $864.00)\nHousing stipend: $1,148/wk\nEst. weekly gross: $2,570.00`,
    [[24, 24, 'USD', 'hour']],
  ],
  [
    `${US}Weekly pay breakdown\nTaxable hourly base ($26.00/hr x 36): $936\nHousing stipend (non-taxable): $1,008\nEstimated weekly gross: $2,350\nStipends require a tax home more than 50 miles away. Overtime over 36 hrs paid at $58.50/hr.`,
    [[26, 26, 'USD', 'hour']],
  ],
  [
    `${US}Pay package\n  Taxable base rate ............ $58.50 / hour\n  Overtime after 40 hrs ........ $87.75 / hour\n  Est. weekly gross ............ $4,050`,
    [[58.5, 58.5, 'USD', 'hour']],
  ],
  [
    `${US}Est. weekly pay: $2,418/wk\nTaxable base pay ........ $1,116/wk\nHousing stipend ........ $1,302/wk`,
    [[1116, 1116, 'USD', 'week']],
  ],
  // the same pay on another basis in a bracket after it
  [
    'Voice Process\nNoida\nSalary:\nFreshers - Rs. 18,000/- per month (in-hand ~16,200)\nExperienced - upto Rs. 24,000/- per month',
    [
      [18000, 18000, 'INR', 'month', 'Freshers'],
      [null, 24000, 'INR', 'month', 'Experienced'],
    ],
  ],
  [
    'Serveur\nBiarritz\nSalaire : 1 900 € net par mois (soit environ 2 430 € brut)',
    [[1900, 1900, 'EUR', 'month']],
  ],
  // a deduction from the pay is no pay
  [
    'Serveur\nBiarritz\nSalaire : 1 900 € net par mois\nLogement : studio partagé, 150 €/mois retenus sur salaire',
    [[1900, 1900, 'EUR', 'month']],
  ],
  // South African "p/m"; Québec's "28,50 $" is Canadian
  [
    'Call Centre Agent\nSandton, Gauteng\nBasic R9,500 p/m + commission',
    [[9500, 9500, 'ZAR', 'month']],
  ],
  [
    'SOUDEURS (2 postes)\nSaint-Georges (Beauce)\n💵 28,50 $ à 34,75 $/h selon expérience',
    [[28.5, 34.75, 'CAD', 'hour']],
  ],
  // ranges, separators, units per number or once
  [`${US}Salary Range: $144,075/year to $234,000/year.`, [[144075, 234000, 'USD', 'year']]],
  [`${US}117k-234k`, [[117000, 234000, 'USD', 'year']]],
  [`${US}$143,000 – 286,000 USD / year`, [[143000, 286000, 'USD', 'year']]],
  [`${US}The annual salary range is $143,000.00-$286,000.00`, [[143000, 286000, 'USD', 'year']]],
  [`${US}Pay: $22.50 - $25 per hour`, [[22.5, 25, 'USD', 'hour']]],
  [`${US}Pay: $60-70k`, [[60000, 70000, 'USD', 'year']]],
  [`${US}Compensation: between $90,000 and $110,000 annually`, [[90000, 110000, 'USD', 'year']]],
  [`${US}Pay: $18/hr`, [[18, 18, 'USD', 'hour']]],
  [`${US}Rate: $650 per day`, [[650, 650, 'USD', 'day']]],
  [`${US}Weekly pay: $1,200 - $1,400 weekly`, [[1200, 1400, 'USD', 'week']]],
  [`${US}Salary: $5,000 - $6,000 per month`, [[5000, 6000, 'USD', 'month']]],
  // open ends
  [`${US}Salary: up to $95,000 a year`, [[null, 95000, 'USD', 'year']]],
  [`${US}Pay starting at $18.50/hour`, [[18.5, null, 'USD', 'hour']]],
  [`${US}Salary: $120k+`, [[120000, null, 'USD', 'year']]],
  [`${US}Salary from $70,000 per year`, [[70000, null, 'USD', 'year']]],
  [`${US}Paid over $1,500 per week`, [[1500, null, 'USD', 'week']]],
  [`${US}Über 3.000 € brutto im Monat`, [[3000, null, 'EUR', 'month']]],
  // Japanese, Chinese and Korean: 万 / 만 is ten thousand, the pay word names the period
  ['エンジニア\nTokyo Tech KK\n東京都\n給与: 年収600万円～900万円', [[6e6, 9e6, 'JPY', 'year']]],
  [
    'エンジニア\nTokyo Tech KK\n東京都\n月給：250,000円～350,000円',
    [[250000, 350000, 'JPY', 'month']],
  ],
  ['Barista\nCafe KK\nOsaka\n時給 1,200円〜', [[1200, null, 'JPY', 'hour']]],
  ['Engineer\nTech KK\nTokyo\n年収 450万円以上', [[4.5e6, null, 'JPY', 'year']]],
  ['Engineer\nTech Co\nBeijing, China\n年薪 30万-50万人民币', [[300000, 500000, 'CNY', 'year']]],
  ['Engineer\nTech Co\nShanghai\n薪资：月薪 2万-3万元', [[20000, 30000, 'CNY', 'month']]],
  ['Engineer\nTech Co\nSeoul\n연봉 5,000만원 ~ 7,000만원', [[5e7, 7e7, 'KRW', 'year']]],
  ['Engineer\nTech Co\nSeoul\n연봉 5,000만원 이상', [[5e7, null, 'KRW', 'year']]],
  // A company's capital is no pay.
  ['エンジニア\n株式会社サンプル\n東京都\n会社概要\n資本金：1,000万円\n従業員数：120名', []],
  // currencies
  [
    'Chef\nSydney NSW, Australia\nSalary: $75,000 - $82,000 + super',
    [[75000, 82000, 'AUD', 'year']],
  ],
  ['Designer\nToronto, ON\nSalary: $85K–$100K', [[85000, 100000, 'CAD', 'year']]],
  ['Engineer\nBengaluru, India\nCTC: ₹18 - 25 LPA', [[1800000, 2500000, 'INR', 'year']]],
  ['Analyst\nPune, India\nSalary: 12 - 15 Lakhs per annum', [[1200000, 1500000, 'INR', 'year']]],
  ["Analyst\nZurich\nSalary: CHF 120'000 – 140'000 per year", [[120000, 140000, 'CHF', 'year']]],
  ['Dev\nBerlin\nGehalt: 60.000 € - 70.000 € brutto/Jahr', [[60000, 70000, 'EUR', 'year']]],
  ['Pflege\nHamburg\nStundenlohn: 22,50 € brutto', [[22.5, 22.5, 'EUR', 'hour']]],
  ['Dev\nParis\nSalaire : 45 000 € à 55 000 € brut annuel', [[45000, 55000, 'EUR', 'year']]],
  ['Dev\nMadrid\nSalario: 40.000 - 50.000 € brutos anuales', [[40000, 50000, 'EUR', 'year']]],
  ['Dev\nLondon, UK\nSalary: £45,000 - £55,000 per annum', [[45000, 55000, 'GBP', 'year']]],
  [
    'Dev\nTokyo, Japan\nSalary: ¥6,000,000 - ¥8,000,000 per year',
    [[6000000, 8000000, 'JPY', 'year']],
  ],
  ['Dev\nStockholm\nLön: 45 000 - 55 000 kr/mån', [[45000, 55000, 'SEK', 'month']]],
  ['Dev\nRemote\nSalary: US$120,000 - US$140,000', [[120000, 140000, 'USD', 'year']]],
  // a bare "$" is the peso of a Latin American job; million-size monthly pay is plausible
  [
    'Enfermero\nBogotá, Colombia\nSalario: $ 4.300.000 mensual',
    [[4300000, 4300000, 'COP', 'month']],
  ],
  ['Enfermero\nBogotá D.C.\nSalario: 4.300.000 COP al mes', [[4300000, 4300000, 'COP', 'month']]],
  [
    'Dev\nBuenos Aires, Argentina\nSueldo: $ 1.800.000 - $ 2.200.000 brutos mensuales',
    [[1800000, 2200000, 'ARS', 'month']],
  ],
  ['Dev\nSantiago de Chile\nRenta: $1.500.000 mensual', [[1500000, 1500000, 'CLP', 'month']]],
  ['Dev\nLima, Perú\nSueldo: S/ 4,500 mensuales', [[4500, 4500, 'PEN', 'month']]],
  // other currencies, and symbols whose currency is the job's country
  ['Dev\nShanghai, China\nSalary: ¥25,000 - ¥35,000 per month', [[25000, 35000, 'CNY', 'month']]],
  ['Dev\nTaipei\nSalary: NT$60,000 - NT$80,000 per month', [[60000, 80000, 'TWD', 'month']]],
  ['Dev\nSeoul\nSalary: ₩50,000,000 per year', [[50000000, 50000000, 'KRW', 'year']]],
  ['Dev\nBangkok\nSalary: 50,000 - 70,000 THB per month', [[50000, 70000, 'THB', 'month']]],
  ['Dev\nManila\nSalary: ₱40,000 - ₱60,000 monthly', [[40000, 60000, 'PHP', 'month']]],
  ['Dev\nJakarta\nSalary: Rp 10.000.000 per month', [[10000000, 10000000, 'IDR', 'month']]],
  ['Dev\nKuala Lumpur\nSalary: RM 6,000 - RM 8,000 per month', [[6000, 8000, 'MYR', 'month']]],
  ['Dev\nHanoi\nSalary: 25,000,000 VND/month', [[25000000, 25000000, 'VND', 'month']]],
  ['Dev\nLagos, Nigeria\nSalary: ₦350,000 monthly', [[350000, 350000, 'NGN', 'month']]],
  ['Dev\nNairobi\nSalary: KSh 120,000 per month', [[120000, 120000, 'KES', 'month']]],
  ['Dev\nKarachi\nSalary: Rs. 150,000 per month', [[150000, 150000, 'PKR', 'month']]],
  ['Dev\nDubai\nSalary: AED 15,000 - 20,000 per month', [[15000, 20000, 'AED', 'month']]],
  ['Dev\nPrague\nSalary: 60 000 - 80 000 Kč per month', [[60000, 80000, 'CZK', 'month']]],
  ['Dev\nIstanbul\nSalary: ₺80.000 per month', [[80000, 80000, 'TRY', 'month']]],
  ['Dev\nKyiv\nSalary: ₴60,000 per month', [[60000, 60000, 'UAH', 'month']]],
  // the period only inside a German compound before the amount
  ["Apotheker\nBasel\nMonatslohn CHF 8'400 – 9'900 brutto", [[8400, 9900, 'CHF', 'month']]],
  ['Koch\nWien\nBruttomonatsgehalt € 2.600 - € 2.900', [[2600, 2900, 'EUR', 'month']]],
  ["Dev\nZürich\nJahreslohn CHF 110'000 – 125'000", [[110000, 125000, 'CHF', 'year']]],
  // ",-" is zero cents; an Austrian minimum with "Überzahlung" is a floor
  ['Kellner\nWien\nGehalt: € 2.140,- bis € 2.600,- brutto/Monat', [[2140, 2600, 'EUR', 'month']]],
  [
    'Kellner\nWien\nKV-Mindestentgelt € 2.140,- brutto pro Monat. Überzahlung je nach Erfahrung vorgesehen.',
    [[2140, null, 'EUR', 'month']],
  ],
  [
    'Kellner\nWien\nDas Mindestgehalt beträgt EUR 2.450,- brutto/Monat.\nBereitschaft zur Überzahlung.',
    [[2450, null, 'EUR', 'month']],
  ],
  // a meta line of cells in the header, with perks after the amount
  [
    'Sous Chef\nMelbourne VIC\nFull time | $78,000 – $84,000 + super + staff meals',
    [[78000, 84000, 'AUD', 'year']],
  ],
  [`${US}Full time | Hybrid | $95,000 - $105,000 plus benefits`, [[95000, 105000, 'USD', 'year']]],
  // several bands, labelled
  [
    `${US}NYC: $150k-$180k; Remote US: $130k-$160k`,
    [
      [150000, 180000, 'USD', 'year', 'NYC'],
      [130000, 160000, 'USD', 'year', 'Remote US'],
    ],
  ],
  [
    `${US}Pay\nDay shift: $19.00 per hour\nNight shift: $21.50 per hour`,
    [
      [19, 19, 'USD', 'hour', 'Day shift'],
      [21.5, 21.5, 'USD', 'hour', 'Night shift'],
    ],
  ],
  // a pay section needs no salary word on the line; its location field is not pay
  [
    `${US}Compensation\n120000 - 150000 annually\nLocation: Austin, TX 78701`,
    [[120000, 150000, 'USD', 'year']],
  ],
  // a run of amount lines under a lead-in, ended by a line without figures
  [
    `${US}Salary ranges\nLevel 1: 90k-110k\nLevel 2: 110k-130k\n\nAbout us\nFounded in 2005`,
    [
      [90000, 110000, 'USD', 'year', 'Level 1'],
      [110000, 130000, 'USD', 'year', 'Level 2'],
    ],
  ],
  // identical bands stated twice are one band
  [
    `${US}$100,000 - $120,000 per year\nSalary: $100,000 - $120,000 per year`,
    [[100000, 120000, 'USD', 'year']],
  ],
  // not salary
  [`${US}$0.00`, []],
  [`${US}Pay: $0`, []],
  [`${US}Competitive salary, DOE.`, []],
  [`${US}OTE $150,000 with uncapped commission.`, []],
  [`${US}$10,000 sign-on bonus for nurses!`, []],
  [`${US}We offer a 401(k) match up to 6% and $5,250 tuition reimbursement.`, []],
  [`${US}We raised $50M in Series B funding and reached $2B in revenue.`, []],
  [`${US}$500 home office stipend and a $50 gift card.`, []],
  [`${US}Our top drivers earn up to $120,000 a year!`, []],
  [`${US}$1,000 referral bonus.`, []],
  [`${US}Founded in 2005, we have 10,000+ employees.`, []],
  [`${US}The annual salary range for this position is $143`, []],
  [`${US}Equity: 0.5% - 1.0%`, []],
  [`${US}- 25 days paid holiday`, []],
  // self-review: figures that are not this job's pay
  [`${US}Questions? Call (512) 555-0199 or 1-800-555-0199.`, []],
  [`${US}This is a fixed-term contract for 2024-2026.`, []],
  [`${US}We serve postcodes 78701-78799 across the metro area.`, []],
  [`${US}Benefits: 401(k) up to 6% match, medical, dental.`, []],
  [`${US}Full time | $5,000 sign-on bonus`, []],
  ['Dev\nFirma GmbH\nBerlin\nVollzeit | €500 Weiterbildungsbudget pro Jahr | 30 Tage Urlaub', []],
  ['Analyst\nOrchid Pte Ltd\nSingapore\nAWS, 13th month bonus and variable bonus', []],
  [`${US}We are a team of 50-100 employees.`, []],
  [`${US}Series B | $40M raised | $2B in annual revenue`, []],
  [`${US}Full time | $2,000 relocation + $500 stipend`, []],
  ['Dev\nLima, Perú\nExperiencia con SAP S/4HANA 2022 y PHP 8.2', []],
  [
    'Dev\nFirma GmbH\nWien\nGehalt € 3.000 brutto/Monat. Mindestens 3 Jahre Erfahrung.',
    [[3000, 3000, 'EUR', 'month']],
  ],
  // a board's "(est.)" note on each end does not split the range; its own estimate is not pay
  [`${US}Base pay range\n$19 /hr (est.) - $23 /hr (est.)`, [[19, 23, 'USD', 'hour']]],
  [`${US}Pay | Glassdoor est. salary $61K - $79K/yr`, []],
  [`${US}Pay: market average for this title is $70,000 per year`, []],
  // allowances are not pay; a per-diem nurse's hourly rate is
  [
    `${US}Pay: $32 to $38 an hour. Per diem of $75/day on out-of-town projects.`,
    [[32, 38, 'USD', 'hour']],
  ],
  [`${US}Per Diem Rate: $55 per hour`, [[55, 55, 'USD', 'hour']]],
  [
    'Fahrer\nBremen\nGehalt: 3.200 € brutto monatlich. Verpflegungspauschale 14 € pro Tag',
    [[3200, 3200, 'EUR', 'month']],
  ],
  [
    'Electricista\nSevilla\nSalario: 1.800 € al mes. Dietas de 30 € por día',
    [[1800, 1800, 'EUR', 'month']],
  ],
  ['Stage\nParis\nIndemnité de stage : 600 € par mois', [[600, 600, 'EUR', 'month']]],
  // pay with tips, or an average, is not the base rate
  [
    `${US}Compensation: $9.00/hour plus tips. Our bartenders average $35-$45/hour with tips (not guaranteed).`,
    [[9, 9, 'USD', 'hour']],
  ],
  // an average of tips in brackets is not the base rate
  [`${US}Pay: $18/hr + tips (avg tips $5-7/hr)`, [[18, 18, 'USD', 'hour']]],
  [`${US}Pay: $18/hr + tips (tips average $5-7/hr)`, [[18, 18, 'USD', 'hour']]],
  // a board's own estimate, with its note on the line below, beside or above, is not the pay
  [
    `${US}Estimated: $61.2K - $77.5K a year\nNot provided by employer. Indeed's estimate based on similar job postings.`,
    [],
  ],
  [
    "Data Analyst\nBern\nGehaltsschätzung von jobs.ch: CHF 90'000 – 110'000\n\nDer Lohn liegt zwischen CHF 105'000 und 120'000 pro Jahr.",
    [[105000, 120000, 'CHF', 'year']],
  ],
  ['Comptable\nLyon\nEstimation du salaire par le site\n38 000 € - 45 000 € par an', []],
  [
    `${US}Salary: $70,000 - $80,000 per year\nFinal pay is estimated based on experience.`,
    [[70000, 80000, 'USD', 'year']],
  ],
  // a header range spanning the per-shift rates sums them up
  [
    `${US}$24.00 - $26.50 an hour\n\nPay by shift:\n1st shift (6:00am - 2:30pm): $24.00/hr\n2nd shift (2:30pm - 11:00pm): $26.50/hr`,
    [
      [24, 24, 'USD', 'hour', '1st shift (6:00am - 2:30pm)'],
      [26.5, 26.5, 'USD', 'hour', '2nd shift (2:30pm - 11:00pm)'],
    ],
  ],
  // the period named once above a run of amounts
  [
    'Azubi\nStuttgart\nAusbildungsvergütung (monatlich, brutto):\nim ersten Jahr: 1.050 €\nim zweiten Jahr: 1.120 €',
    [
      [1050, 1050, 'EUR', 'month', 'im ersten Jahr'],
      [1120, 1120, 'EUR', 'month', 'im zweiten Jahr'],
    ],
  ],
  // "de X Euros à Y Euros"; a bare "$" in Chile with dotted thousands and "a"
  [
    'Comptable\nBordeaux\nSalaire : Mensuel de 2300,00 Euros à 2700,00 Euros sur 13 mois',
    [[2300, 2700, 'EUR', 'month']],
  ],
  [
    'TENS\nProvidencia, Santiago, Región Metropolitana\nRenta líquida: $750.000 a $850.000 mensuales',
    [[750000, 850000, 'CLP', 'month']],
  ],
  // another job's ad further down keeps its own words: no meta-line cell rule there
  [
    "Data Engineer\nZürich\n\nÄhnliche Stellen\nSenior Data Engineer · Zürich · CHF 140'000 – 160'000",
    [],
  ],
  // add-ons next to the base pay: a differential, overtime earnings, a premium-day rate
  [
    `${US}Pay: $30 - $40 per hour. Shift differentials apply on weekends ($2.50/hr).`,
    [[30, 40, 'USD', 'hour']],
  ],
  [
    'Fitter\nManchester, UK\nSalary: £32,000 per annum\n* Overtime at double time (realistic earnings £45k+)',
    [[32000, 32000, 'GBP', 'year']],
  ],
  [
    'Nurse\nBristol, UK\nRate: £18.50 per hour (£24 per hour on Sundays), paid weekly',
    [[18.5, 18.5, 'GBP', 'hour']],
  ],
  [
    'Auxiliar\nEnvigado, Antioquia\nSalario de $1.300.000 mensual más auxilio de transporte ($162.000)',
    [[1300000, 1300000, 'COP', 'month']],
  ],
  // a count in millions has no currency: not pay
  [
    'Designer\nLondon, UK\nOver 2 million renters pay rent with our app.\nSalary: £60,000 - £70,000',
    [[60000, 70000, 'GBP', 'year']],
  ],
  // the period alone on the line under a table cell; Indian lakh grouping
  [
    'Lecturer\nPune, India\nPay Level 10        (₹56,100 - ₹1,77,500)\n                    per month',
    [[56100, 177500, 'INR', 'month']],
  ],
  // Swiss ".–" for no cents does not split the range
  [
    "Poste\nLausanne\nSalaire annuel brut : CHF 95'000.– à CHF 120'000.–",
    [[95000, 120000, 'CHF', 'year']],
  ],
  // a bare "$" in Singapore or Chile, known by a district or the company form
  [
    'Executive\nACME LOGISTICS PTE. LTD.\nWest\n$3,000 to $3,800 Monthly',
    [[3000, 3800, 'SGD', 'month']],
  ],
  [
    'Analista\nLas Condes, Región Metropolitana\nRenta líquida de $1.500.000 a $1.700.000 mensuales',
    [[1500000, 1700000, 'CLP', 'month']],
  ],
  // more currencies, and countries known by their towns, states and company forms
  [
    'Staff Accountant\nAccra, Ghana\nSalary: GHS 6,500 – 8,000 gross per month',
    [[6500, 8000, 'GHS', 'month']],
  ],
  [
    'Responsable commercial\nCasablanca, Maroc\nSalaire : 15 000 à 20 000 MAD net par mois',
    [[15000, 20000, 'MAD', 'month']],
  ],
  [
    'Comptable\nDakar, Sénégal\nSalaire : 350 000 FCFA par mois',
    [[350000, 350000, 'XOF', 'month']],
  ],
  [
    'Comptable\nDouala, Cameroun\nSalaire : 350 000 FCFA par mois',
    [[350000, 350000, 'XAF', 'month']],
  ],
  [
    'Mining Engineer\nPilbara, WA (FIFO ex Perth)\nRemuneration: $180,000 - $210,000 base + super',
    [[180000, 210000, 'AUD', 'year']],
  ],
  [
    'Auxiliar\nTlalnepantla de Baz, Edo. Méx.\nSueldo: $ 9,500.00 a $ 10,500.00 mensuales',
    [[9500, 10500, 'MXN', 'month']],
  ],
  ['Limpieza\nNueva Córdoba\nSueldo: $850.000 mensuales', [[850000, 850000, 'ARS', 'month']]],
  // a bare "$" is the dollar or peso the posting writes out elsewhere
  [
    'Auxiliar\nAlmacén central\n$ 9,500 a $ 10,500 (Mensual)\nSueldo mensual entre $9,500 y $10,500 MXN',
    [[9500, 10500, 'MXN', 'month']],
  ],
  // "net", "líquidos", "nominales" between the amount and its period
  [
    'Técnico\nMontevideo, Uruguay\nRemuneración: $U 55.000 nominales mensuales',
    [[55000, 55000, 'UYU', 'month']],
  ],
  [
    'Ingeniero\nAntofagasta\nRenta: $2.800.000 a $3.300.000 líquidos mensuales + bono de producción',
    [[2800000, 3300000, 'CLP', 'month']],
  ],
  // the period named once at the head of a line of amounts
  [
    'Azubi\nUlm\nVergütung (brutto/Monat): 1. Ausbildungsjahr 1.150 € | 2. Ausbildungsjahr 1.220 €',
    [
      [1150, 1150, 'EUR', 'month', '1. Ausbildungsjahr'],
      [1220, 1220, 'EUR', 'month', '2. Ausbildungsjahr'],
    ],
  ],
  // with no period, a small amount with a salary word is a month's pay outside the annual-quoting
  // countries; a money emoji marks the pay line of a chat post
  ['Koch\nWien\nGehalt: 2.600 € brutto', [[2600, 2600, 'EUR', 'month']]],
  [`${US}Salary: $3,500`, []],
  [
    'Operador\nMontevideo\n💰 $U 28.000 nominales + presentismo ($U 3.500)',
    [[28000, 28000, 'UYU', 'month']],
  ],
  // averages, salary comparisons, a mini-job's legal cap, totals with a bonus, anecdotes, ARR
  [
    'DGKP\nWien\nGehalt: € 3.250,- brutto pro Monat. Dazu Zulagen (durchschnittlich ca. € 450,- pro Monat).',
    [[3250, 3250, 'EUR', 'month']],
  ],
  [
    "Controller\nZürich\nLohnband CHF 110'000 – 125'000 pro Jahr\nLohnvergleich: Controller in Zürich verdienen durchschnittlich CHF 112'000.",
    [[110000, 125000, 'CHF', 'year']],
  ],
  [
    'Lagerhelfer\nHamburg\n14,50 € brutto pro Stunde\nVollzeit oder Minijob (bis 538 €/Monat) möglich',
    [[14.5, 14.5, 'EUR', 'hour']],
  ],
  [
    'Data Architect\nLondon, UK\n£650 - £700 per day (Outside IR35)\nSalary checker: what do data architects earn?  £85,000 average permanent salary in London',
    [[650, 700, 'GBP', 'day']],
  ],
  [
    `${US}Pay: $48–$62 per hour\n- Many of our physios earn over $110,000 a year including our caseload bonus`,
    [[48, 62, 'USD', 'hour']],
  ],
  [`${US}- Top techs earn $100K+ per year with spiffs and commissions`, []],
  [`${US}Salary: $70,000 per year ($85,000 including bonus)`, [[70000, 70000, 'USD', 'year']]],
  [
    `${US}Compensation\n$85,000 base salary. Average deal size is around $38k ARR.`,
    [[85000, 85000, 'USD', 'year']],
  ],
  [
    'Koch\nWien\nVergütung\nGehalt: 2.600 € brutto. Urlaubsgeld 500 € und Essenszuschuss 150 € im Monat.',
    [[2600, 2600, 'EUR', 'month']],
  ],
  // a label in the table cell before, or on the short line above, rules the amount out
  [
    `${US}Pay & fringes\n| Journeyworker wage | $49.85 / hour |\n| Fringe contributions (paid to the funds) | $33.12 / hour |\n| Foreman premium (if appointed) | + $3.00 / hour |`,
    [[49.85, 49.85, 'USD', 'hour']],
  ],
  [
    `${US}Pay breakdown\nTaxable hourly rate\n$24.00/hr\nHousing stipend (tax-free)\n$1,386/week\nMeals & incidentals per diem (tax-free)\n$483/week`,
    [[24, 24, 'USD', 'hour']],
  ],
  // other ads and replies appended below the posting
  [
    'Dental Assistant\nJoondalup, WA\nAbove-award pay rate + super\nEmail your CV today\n32 comments\nComments:\nMark T: Also hiring – Dental Receptionist, Subiaco, $32/hr casual',
    [],
  ],
  [
    '[09:14, 12/03/2025] Leeds Jobs: Care Assistant\nLeeds\nPay: £12.60 per hour\nWhatsApp Sandra\n[09:41, 12/03/2025] Leeds Jobs: KITCHEN PORTER £11.50 per hour, evenings',
    [[12.6, 12.6, 'GBP', 'hour']],
  ],
  [
    'Comptable\nNantes\nRémunération : selon profil\nCandidature à rh@example.fr\n--- Offres similaires (APEC) ---\nComptable général H/F – Rezé – 32 - 36 k€ brut annuel',
    [],
  ],
  [
    'Azubi\nUlm\nAusbildung zum Mechatroniker\nBewirb dich online\nWeitere Ausbildungsplätze: Industriemechaniker – Vergütung 1.450 € bis 1.650 € pro Monat',
    [],
  ],
  // the same pay said again: a band's minimum restated, a header's year of the text's months
  [
    'Policy Adviser\nLondon, UK\nSalary\nNational: £35,720 - £38,500. London: £39,750 - £42,300.\nBenefits\nAlongside your salary of £35,720, we pay £10,348 into your pension.',
    [
      [35720, 38500, 'GBP', 'year', 'National'],
      [39750, 42300, 'GBP', 'year', 'London'],
    ],
  ],
  [
    'Camarero\nMarbella\nSalario: 18.900€ - 21.000€ Bruto/año\nCondiciones\n- Salario: 1.350 € - 1.500 € brutos al mes en 14 pagas',
    [[1350, 1500, 'EUR', 'month']],
  ],
  [
    'Backend Developer\nWien\nGehalt: ab € 4.200 brutto/Monat\nWas wir bieten\n- Jahresgehalt ab € 58.800 (14 Gehälter)\n',
    [[4200, null, 'EUR', 'month']],
  ],
  // a floor stated over two lines, or with its word hyphenated by a PDF
  [
    'Bilanzbuchhalter\nWien\nFür diese Position gilt ein kollektivvertragliches Mindestgehalt von\n€ 3.900,- brutto pro Monat (14x jährlich).',
    [[3900, null, 'EUR', 'month']],
  ],
  [
    'Bilanzbuchhalter\nWien\nGehalt: € 3.900,- brutto pro Monat. Eine Über-\nzahlung ist vorgesehen.',
    [[3900, null, 'EUR', 'month']],
  ],
  // a pay grade's number and the 401k plan are no amounts
  [
    'Lagerhelfer\nDortmund\n- 14,50 € Stundenlohn nach Tarif (Entgeltgruppe 2) zzgl. Zuschlägen',
    [[14.5, 14.5, 'EUR', 'hour']],
  ],
  [
    `${US}Salary: $90k-$110k\nBenefits: medical (we pay 100% for you), 401k w/ 4% match`,
    [[90000, 110000, 'USD', 'year']],
  ],
  // incentives, the variable part, paid orientation or trial shifts, salary packaging, budgets
  [
    'Sales Officer\nPune, India\nSalary: ₹25,000 per month\n• Attractive monthly incentives (up to ₹20,000 per month on targets)',
    [[25000, 25000, 'INR', 'month']],
  ],
  [
    "Commercial\nLille\n• Fixe : 32 K€ brut annuel\n• Variable : jusqu'à 15 K€ brut par an selon objectifs",
    [[32000, 32000, 'EUR', 'year']],
  ],
  [
    `${US}Weekly pay: $1,450 - $1,800\n- Paid orientation ($200/day) and paid vacation`,
    [[1450, 1800, 'USD', 'week']],
  ],
  [
    'Sous Chef\nMelbourne VIC\nSalary: $75,000 + super\nShortlisted applicants will be invited for a paid trial shift ($35/hr).',
    [[75000, 75000, 'AUD', 'year']],
  ],
  [
    'Registered Nurse\nBrisbane QLD\n$45.50 – $52.00 per hour + super\nBenefits\n- Salary packaging up to $15,900 tax-free per year',
    [[45.5, 52, 'AUD', 'hour']],
  ],
  [
    `${US}Salary: $61,008 per year. The position includes $2,500 per year in professional development funds.`,
    [[61008, 61008, 'USD', 'year']],
  ],
  [
    `${US}We offer a competitive salary, a 401(k) and $5,000 per year for certifications and training.`,
    [],
  ],
  // what a benefit is worth
  [
    `${US}Salary: $70,000 per year\nBenefits\n- Commuter benefits up to $300/month pre-tax\n- Childcare support: $200 per month\n- Healthcare: we cover $500/month of premiums`,
    [[70000, 70000, 'USD', 'year']],
  ],
  [
    'Referent\nBerlin\nGehalt: 4.000 € brutto/Monat\n- Bahncard 100 (Wert 4.500 € im Jahr)',
    [[4000, 4000, 'EUR', 'month']],
  ],
  // what others earn; "pay equity" is fair pay, not stock
  [
    `${US}Pay starts at $18 per hour. Our licensed journeymen earn $32-$38/hr.`,
    [[18, null, 'USD', 'hour']],
  ],
  [
    'Healthcare Assistant\nChristchurch\nPay rates follow the Pay Equity settlement: $28.50 – $31.00 per hour.',
    [[28.5, 31, 'NZD', 'hour']],
  ],
  // add-ons: an amount added with "+", every amount under an add-on label
  [
    `${US}Pay range: $42.50 - $68.75 per hour.\nShift differentials: nights +$5.00/hr, weekends +$3.00/hr.`,
    [[42.5, 68.75, 'USD', 'hour']],
  ],
  [
    `${US}Pay range: $42.50 - $68.75 per hour.\nShift differentials: nights $5.00/hr, weekends $3.00/hr.`,
    [[42.5, 68.75, 'USD', 'hour']],
  ],
  // Spanish and German period adverbs after the amount
  [
    'Temporero\nRancagua\nPago:\n- $35.000 diarios líquidos garantizados',
    [[35000, 35000, 'CLP', 'day']],
  ],
  ['Aushilfe\nBerlin\nVerdienst: 120 € täglich', [[120, 120, 'EUR', 'day']]],
  // a Chilean region names the peso even when the text mentions other countries first
  [
    "Jefe de Campo\nRequínoa, Región de O'Higgins\nExportamos a China y Europa.\nRenta líquida: $1.600.000 - $1.900.000 mensual",
    [[1600000, 1900000, 'CLP', 'month']],
  ],
  // other ads under a board's "jobs you may like" in German and Spanish
  [
    'Praktikum Controlling\nWien\nGehalt: 1.750 € brutto/Monat\nAbout\nWe are an insurer.\nMore text.\n\nJobs, die dich interessieren könnten\nJunior Controller (m/w/d) · Graz · ab 3.100 € brutto/Monat',
    [[1750, 1750, 'EUR', 'month']],
  ],
  [
    'Jefe de Campo\nRancagua\nRenta líquida: $1.600.000 mensual\nBeneficios\n- Casa\n- Seguro\n\nAvisos relacionados\nTécnico Agrícola – San Fernando – $900.000 líquido',
    [[1600000, 1600000, 'CLP', 'month']],
  ],
  // a one-line "who is hiring" header: the pay is its own cell
  [
    'Gridmotion | Staff Engineer | Pittsburgh, PA (ONSITE) | Full-time | $190k-$240k + equity\n\nWe build trucks.',
    [[190000, 240000, 'USD', 'year']],
  ],
  // a signature's phone numbers under a "Package" heading are no pay
  [
    'Employment Solicitor\nLondon\nPackage\n- Salary: £75,000 - £90,000\n\nKind regards,\nOlivia\nT: 020 7946 0832 | M: 07700 900518',
    [[75000, 90000, 'GBP', 'year']],
  ],
  // a recruiter's "other roles that may be of interest" are other jobs
  [
    "Solicitor\nLondon\nSalary: £75,000 - £90,000\nMore about the firm.\nThe team is friendly.\nWe value you.\nI've also attached a couple of other roles that may be of interest:\n- Paralegal, West End – £35,000 - £40,000",
    [[75000, 90000, 'GBP', 'year']],
  ],
  // dot leaders tie a stipend's label to its amount
  [
    `${US}Pay breakdown\nTaxable hourly rate ........ $28.00/hr\nHousing stipend ............ $1,050.00/wk`,
    [[28, 28, 'USD', 'hour']],
  ],
  // an allowance added with "zzgl." and a life cover's value are not pay
  [
    'Pflegefachkraft\nHamburg\nGehalt: 3.800 € – 4.300 € brutto monatlich, zzgl. Intensivzulage von 138 €',
    [[3800, 4300, 'EUR', 'month']],
  ],
  [
    `${US}Pay: $1,650 per week\nBenefits: short-term disability and $25,000 life insurance`,
    [[1650, 1650, 'USD', 'week']],
  ],
  // "Upto", an address under "Standort", a sentence wrapped over two lines
  ['Sales Manager\nPune, India\nCTC: Upto 6 LPA + incentives', [[null, 600000, 'INR', 'year']]],
  [
    'Lagerist (m/w/d)\nBremen\nGehalt\n15,80 € pro Stunde\nAnstellungsart\nVollzeit\nStandort\n28197 Bremen',
    [[15.8, 15.8, 'EUR', 'hour']],
  ],
  [
    'Auxiliar Administrativo\nSevilla\nLas retribuciones serán las del Subgrupo C2, con un importe bruto mensual\naproximado de 1.712,46 € (incluidos complementos), en catorce pagas.',
    [[1712.46, 1712.46, 'EUR', 'month']],
  ],
  // The line above a wrapped sentence says pay, but cannot veto it; a bare amount is no postcode;
  // shift coverage is no insurance.
  [
    `${US}In addition to an annual bonus, the base salary\nfor this position is $95,000 - $115,000 per year.`,
    [[95000, 115000, 'USD', 'year']],
  ],
  ['Pflegekraft\nHamburg\nGehalt:\n3500 Euro brutto', [[3500, 3500, 'EUR', 'month']]],
  [`${US}Pay: $55/hr for weekend coverage`, [[55, 55, 'USD', 'hour']]],
  // A board's forecast and average, others' pay, a perk counted in minutes, an allowance added,
  // an address's postcode: no pay of this job.
  [
    'Pflegefachkraft\nHamburg\nGehaltsprognose: 3.450 € – 4.300 € (StepStone-Schätzung)\nVergütung: in Vollzeit mind. 3.900 € brutto/Monat',
    [[3900, null, 'EUR', 'month']],
  ],
  [
    'Sous Chef\nSydney NSW\nSous chef salary in Australia – see what you could earn\nAverage: $70,000 – $85,000',
    [],
  ],
  [
    'Compliance Manager\nSingapore\nPackage: SGD 9,000 – 12,000 per month\nCurrent candidates at this level are typically on SGD 8.5-10k base.',
    [[9000, 12000, 'SGD', 'month']],
  ],
  [
    'Data Scientist\nMadrid\nSalario: 58.000 – 68.000 € brutos anuales\nBeneficios\n• Suscripción gratuita a Marinada: 300 minutos al mes',
    [[58000, 68000, 'EUR', 'year']],
  ],
  [
    'Aide-soignant\nLyon\nSalaire : 2 050 € à 2 250 € bruts par mois\n- Complément de traitement indiciaire (CTI/Ségur) de 238 € nets par mois inclus',
    [[2050, 2250, 'EUR', 'month']],
  ],
  [
    "Chauffeur SPL\nLe Havre\nTaux horaire : 13,80 € brut/h\nPassez nous voir à l'agence : 42 quai de Southampton, 76600 Le Havre.",
    [[13.8, 13.8, 'EUR', 'hour']],
  ],
  [
    'HGV Driver\nLeeds, UK\nPay: £16.50 per hour\nAverage weekly earnings for a night driver: £850 - £1,000',
    [[16.5, 16.5, 'GBP', 'hour']],
  ],
  // A legal minimum beside the stated pay; a board's estimate under its amount; a P.S. role.
  [
    'Koch (m/w/d)\nLech\nGehalt: Bruttomonatsgehalt zwischen € 2.600,- und € 3.100,-. Das kollektivvertragliche Mindestgehalt für diese Position beträgt € 2.281,- brutto.',
    [[2600, 3100, 'EUR', 'month']],
  ],
  // The minimum's words further back than 80 characters, in a sentence of their own.
  [
    'Kellner/in\n1070 Wien\nGehalt: ab € 2.150,- brutto/Monat (14x)\nDas Mindestgehalt laut Kollektivvertrag für Arbeiter/innen im Hotel- und Gastgewerbe beträgt € 1.950,- brutto. Wir bezahlen deutlich darüber: ab € 2.150,- brutto für 40 Stunden.',
    [[2150, null, 'EUR', 'month']],
  ],
  [
    `${US}Pay: $85,000 - $100,000 per year\nMore about us.\nData Analyst II salaries in Austin, TX\nBase pay range\n$71K - $98K /yr\nGlassdoor estimate based on 62 salaries`,
    [[85000, 100000, 'USD', 'year']],
  ],
  [
    `${US}Base: $240,000 - $275,000\nBest,\nDana\nP.S. I'm also working on a Corporate Controller search in Raleigh ($165-185K base).`,
    [[240000, 275000, 'USD', 'year']],
  ],
  [
    'Operario de bodega\nQuilicura, Santiago\n💵 Sueldo líquido: $650.000 + bono',
    [[650000, 650000, 'CLP', 'month']],
  ],
  // A board's average salary, what others typically earn, tips on top, one end restated, a
  // stipend named on the next line, "Lacs" in capitals, Ontario in California.
  [
    'Elektroniker (m/w/d)\nBielefeld\nAb 21,50 € pro Stunde\nDurchschnittliches Gehalt für Elektroniker in Bielefeld: 3.420 € pro Monat',
    [[21.5, null, 'EUR', 'hour']],
  ],
  [
    "Infirmier (H/F)\nLyon\nCDI\nVos missions\n- Soins aux patients\n- Suivi des dossiers\nSalaire moyen d'un(e) infirmier(ère) à Lyon (69) : 2 418 € par mois",
    [],
  ],
  [
    'Finance Manager\nSingapore\nSalary: SGD 7,000 - 9,500 per month\nFinance Managers in Singapore typically earn $8,000 – $11,000 per month.',
    [[7000, 9500, 'SGD', 'month']],
  ],
  [
    'Barista\nLeeds, UK\n✅ £11.44ph + tips (tips split weekly, usually another £2-3/hr in summer)',
    [[11.44, 11.44, 'GBP', 'hour']],
  ],
  [
    'Camarero/a\nMálaga\nSalario: 1.450€ - 1.650€ Bruto/mes\n- Salario según convenio: 1.450 € brutos/mes y hasta 1.650 € para camareros con experiencia.',
    [[1450, 1650, 'EUR', 'month']],
  ],
  [
    `${US}Salary: $72,000 - $84,000 per year\nBenefits: 12 paid holidays and a $2,500 annual\nprofessional development stipend.`,
    [[72000, 84000, 'USD', 'year']],
  ],
  ['Java Developer\nBengaluru\n8-12 Lacs P.A.', [[800000, 1200000, 'INR', 'year']]],
  [
    'CDL-A Regional Driver - $1,600-$1,900/wk (Ontario, CA)\ncompensation: $1,600 - $1,900 per week',
    [[1600, 1900, 'USD', 'week']],
  ],
  // A table's header names the period over its rule line.
  [
    `${US}Pay\n   Clinical Ladder Level        Hourly Range\n   ----------------------       -------------------\n   Clinical Nurse I             $46.12 - $55.30\n   Clinical Nurse II            $52.40 - $64.75`,
    [
      [46.12, 55.3, 'USD', 'hour', 'Clinical Nurse I'],
      [52.4, 64.75, 'USD', 'hour', 'Clinical Nurse II'],
    ],
  ],
  // Thousand euros as "T€"; a yearly ceiling restating the monthly range; more jobs below; a
  // recruiter's other role in French.
  [
    'Data Engineer\nBerlin\nGehaltsrahmen: 65–80 T€ p. a. je nach Erfahrung',
    [[65000, 80000, 'EUR', 'year']],
  ],
  [
    'Accounts Executive\nMumbai, India\nSalary: 18k-25k per month (upto 3 LPA) + PF + ESIC',
    [[18000, 25000, 'INR', 'month']],
  ],
  [
    'Steuerfachangestellte (m/w/d)\nMünster\nWir bieten ein gutes Team.\nBewerbung per E-Mail.\nAnzeige melden\n\nMehr Jobs in Münster\nLohnbuchhalter (m/w/d) Teilzeit – Greven – 22 € / Std.',
    [],
  ],
  [
    'Comptable\nNamur\nBonjour,\nJe vous contacte pour un poste.\nLe poste est en CDI.\nPar ailleurs, je me permets de vous signaler une autre fonction qui pourrait correspondre à votre profil : Gestionnaire de paie à Namur, 3.400 € – 3.900 € brut/mois.',
    [],
  ],
  // A rate after a currency sign with a bare unit; a poster's later messages; min/max columns.
  [
    '[12/03/25, 19:42:51] Paco Reformas: Busco OFICIAL ELECTRICISTA en Paterna (Valencia)\n[12/03/25, 19:43:30] Paco Reformas: Se paga 130€ día, jornada de 8 a 17h.\n[12/03/25, 19:50:02] Ana: Yo conozco a uno, pagan 120€ día?',
    [[130, 130, 'EUR', 'day']],
  ],
  [
    "Gestionnaire\nGenève\nMontants annuels bruts à 100 %:\nClasse        Minimum          Maximum\n11            CHF 74'326.–     CHF 98'205.–",
    [[74326, 98205, 'CHF', 'year']],
  ],
  // Not pay: a cover's cap, a traveller's tax-free money, overtime in Spanish, what a room costs
  // (however it is described), an employer's contribution to a benefit.
  [
    `${US}Salary: $58,214 - $82,770 per year.\nBenefits: District-paid medical for employee and family (cap $19,800/yr).`,
    [[58214, 82770, 'USD', 'year']],
  ],
  [
    'Travel RN\nPhoenix, AZ\nEst. weekly gross pay: $2,384/wk\nMeals & incidentals (non-taxable): $382/wk',
    [[2384, 2384, 'USD', 'week']],
  ],
  [
    'Técnico HVAC\nHouston, TX\nPago: $24 - $34 por hora, según experiencia\nHoras extra pagadas a tiempo y medio ($36 - $51/hora)',
    [[24, 34, 'USD', 'hour']],
  ],
  [
    'Order Picker\nVenlo, Netherlands\n€14.40 gross per hour\nHousing available via our partner (SNF certified) for €115/week',
    [[14.4, 14.4, 'EUR', 'hour']],
  ],
  [
    `${US}Salary: $58,412 – $104,780 per year\nDistrict-paid medical, dental and vision for employee and eligible dependents\n(up to $18,600/yr district contribution); life insurance`,
    [[58412, 104780, 'USD', 'year']],
  ],
  // The base named after a total with its bonus; a Swiss "Fixsalär".
  [
    "Leiter Finanzen\nSt. Gallen\nEin Gesamtpaket von CHF 220'000 – 260'000 (inkl. Bonus), davon Fixsalär CHF 180'000 – 210'000, Geschäftsfahrzeug.",
    [[180000, 210000, 'CHF', 'year']],
  ],
  // A long lead-in naming the month over training years, each year's number kept in its label.
  [
    'Elektroniker (m/w/d) Ausbildung\nAugsburg\nDeine Ausbildungsvergütung (monatlich, brutto, nach IG-Metall-Tarif)\n1. Ausbildungsjahr: 1.148 €\n2. Ausbildungsjahr: 1.199 €',
    [
      [1148, 1148, 'EUR', 'month', '1. Ausbildungsjahr'],
      [1199, 1199, 'EUR', 'month', '2. Ausbildungsjahr'],
    ],
  ],
  // A year of full-time hours restating the hourly rate.
  [
    'Detention Deputy\nReno, NV\nNon-Certified: $24.18 Hourly ($50,294.40 Annually)\nPOST-Certified: $26.00 Hourly ($54,080.00 Annually)',
    [
      [24.18, 24.18, 'USD', 'hour', 'Non-Certified'],
      [26, 26, 'USD', 'hour', 'POST-Certified'],
    ],
  ],
  // Other jobs after a footer's link or a reference number on the same line, or "seen by others".
  [
    'Servicekraft\nWien\nFür diese Position gilt ein kollektivvertragliches Mindestentgelt von € 2.018,00 brutto pro Monat. Eine Überzahlung ist möglich.\nJob melden | Ähnliche Jobs: Barkeeper:in – Wien 1010 – ab € 2.150 brutto',
    [[2018, null, 'EUR', 'month']],
  ],
  [
    'Order Picker\nVenlo\n€14.40 gross per hour\nVacancy number 2024-VLO-0193 · Other vacancies: Reach truck driver Venlo €15.20/h',
    [[14.4, 14.4, 'EUR', 'hour']],
  ],
  [
    'Boulanger (H/F)\nRennes\nSalaire : 2 100 € à 2 300 € par mois\nLes candidats ont aussi vu : Vendeur en boulangerie – Rennes – 1 766 € par mois',
    [[2100, 2300, 'EUR', 'month']],
  ],
  // A group chat's chatter before the ad; another member's ad after it.
  [
    "[08:02, 14/03/2024] Croydon Mums Network: Good morning ladies, the coat swap is Saturday 10-12\n[08:44, 14/03/2024] Gemma R: @Nadia try Marcus, did ours for £90 callout\n[09:12, 14/03/2024] +44 7700 900662: BRIGHTHOME CLEANING – CROYDON\nDomestic cleaners needed, Croydon\n£13 per hour, paid weekly every Friday\n[09:52, 14/03/2024] +44 7700 900519: Hi I'm also hiring! Nursery assistant, £12.60/hr, DM me",
    [[13, 13, 'GBP', 'hour']],
  ],
  // Pay above the legal minimum is the pay, not a floor; shared tips add to it.
  [
    'Reinigungskraft (Minijob)\nLeipzig\nLohn: 14,00 €/Std. (über Mindestlohn!)',
    [[14, 14, 'EUR', 'hour']],
  ],
  [
    'Bar Staff\nManchester\nSalary: £11.44 - £12.00 per hour\nPlus tronc — tips are shared equally and paid monthly, usually adds £2-3 an hour.',
    [[11.44, 12, 'GBP', 'hour']],
  ],
  // Other jobs: a German "Minijobs in der Nähe" list, Craigslist's nearby areas, a group's
  // related discussions, an Instagram post's comments.
  [
    'Reinigungskraft\nLeipzig\nLohn: 14,00 € pro Stunde\n\nÄhnliche Minijobs in der Nähe\n– Spülkraft Kantine – Plagwitz – 13,50 €/Std.',
    [[14, 14, 'EUR', 'hour']],
  ],
  [
    'Line Cook\nPortland, OR\ncompensation: $19/hr\nBreakfast and lunch shifts.\nWeekends required.\nFlat-top and fryer work.\nKnife skills a plus.\n\nmore from nearby areas — change search area\n  Kitchen Manager - salary $58,000 - $62,000/yr',
    [[19, 19, 'USD', 'hour']],
  ],
  [
    'Landscaper\nCalgary, AB\nMessage me for details.\n\nRelated discussions: "Construction labourer $25/hr NE Calgary" · "Roofing crew needed, $30/hr+"',
    [],
  ],
  [
    'Barista\nAustin, TX\n$15/hr + tips\n\nView all 64 comments\ncoffee.careers.tx  🔥 Baristas wanted in Round Rock ($14/hr) and South Congress ($16/hr + tips)',
    [[15, 15, 'USD', 'hour']],
  ],
  // A post's engagement bar: the comments after it quote other rates.
  [
    'Electrician wanted\nLeeds\n£220 a day CIS, paid weekly.\nMon-Fri 7.30-4.\nOwn tools and van.\n\n👍 22 · 17 comments\n\nLiam O. Any chance of PAYE?\n   Rhys @Liam possible after 8 weeks, would be salary around £38k',
    [[220, 220, 'GBP', 'day']],
  ],
  [
    'Camarero/a\nMálaga\n1.400 € al mes\nTurnos de mañana.\nBuen ambiente.\n\n👍❤️ 213 · 47 comentarios · 19 veces compartido\nAna: en el otro bar pagan 1.600 € al mes',
    [[1400, 1400, 'EUR', 'month']],
  ],
  // A board's view count under the title is no channel post's footer.
  [
    'Kijiji › Calgary › Jobs\n\nSnow Removal Labourers\n📍 NE Calgary, AB\n👁 1,203 views\n\nPay:\nShovel crew: $24 – $28 per hour\nLoader operators: $32 – $38 per hour (based on experience)',
    [
      [24, 28, 'CAD', 'hour', 'Shovel crew'],
      [32, 38, 'CAD', 'hour', 'Loader operators'],
    ],
  ],
  // Not this job's pay: a later role's rate, what a tip share averages, a tip credit's floor,
  // what good pickers earn; a lasting guarantee is the floor; a day labourer's rand.
  [
    'Janitor\nAppleton, WI\n$17.29 - $18.00/hr\n* Advancement to Lead Cleaner ($19.50/hr)',
    [[17.29, 18, 'USD', 'hour']],
  ],
  [
    'Line Cook\nAustin, TX\n💵 $18-$20/hr DOE + tip share (BOH gets 3% of sales, averages like $3-4/hr extra)',
    [[18, 20, 'USD', 'hour']],
  ],
  [
    "Server\nSavannah, GA\n$2.13/hr + tips\n- If tips + base don't reach $7.25/hr in a week, we make up the difference",
    [[2.13, 2.13, 'USD', 'hour']],
  ],
  [
    'Picker\nMildura VIC\nPaid piece rate per bin, with a guaranteed minimum of $24.95 per hour. Good pickers earn $35+ per hour!!',
    [[24.95, null, 'AUD', 'hour']],
  ],
  [
    'General Worker\nMidrand\nRate: R320 per day (Mon–Fri, 07:00–16:30) – paid fortnightly',
    [[320, 320, 'ZAR', 'day']],
  ],
  [
    'Driver\nDallas, TX\n- Full-Time: $1,400 – $1,750 / week\n- Guaranteed minimum of $1,250/week for your first 8 weeks',
    [[1400, 1750, 'USD', 'week']],
  ],
  // A pay scale's points in a row, its long-service points noted bare.
  [
    'Clerical Officer\nDublin\nSalary scale:\n€31,215 – €32,421 – €33,657 – €34,893 – €36,107 – €37,342 – €38,592 – €39,824 – €41,067 – €42,292 – €43,473 – €44,628 – €46,212 LSI1 – €47,793 LSI2',
    [[31215, 47793, 'EUR', 'year']],
  ],
  // The other basis after a restatement of the header's pay.
  [
    'Marketing Intern\nLondon\n*Internship · £24,000 pro rata*\nWhat we offer\n- **Hours:** 4 days/week, so pay is £24,000 pro rata (£19,200 actual)',
    [[24000, 24000, 'GBP', 'year']],
  ],
  // Not this job's pay: an Australian 1300 number, a sales target, someone's previous rate, what
  // an average tech made, a living-out allowance; a board's salary guide.
  [
    'Carer\nBallarat VIC\nWhat we offer\n• Pay rates under the Aged Care Award\nEnquiries to Lauren Pike, Residential Manager, on 1300 555 210.',
    [],
  ],
  [
    'Sales Executive\nPune\nResponsibilities\n2. Achieve monthly disbursement target of ₹50 lakh',
    [],
  ],
  [
    'Java Developer\nRemote\nHi Rahul, yes I am interested - what is the rate? My previous contract was $72/hr.\nRahul: The rate is $78-85/hr on W2.',
    [[78, 85, 'USD', 'hour']],
  ],
  [
    'HVAC Tech\nBoise, ID\nPay: $28 - $42/hr DOE. Our average service tech made $86,500 last year!',
    [[28, 42, 'USD', 'hour']],
  ],
  [
    'Electrician\nCalgary, AB\nOccasional camp work (LOA $160/day paid when away from home).\nWage: $44 - $50/hr',
    [[44, 50, 'CAD', 'hour']],
  ],
  [
    'Logistics Analyst\nSingapore\nAbout the role\nPlan shipments.\nMore details here.\nSalary Guide: Logistics Analyst\nTypical range S$3,800 – S$5,200 monthly (survey of 1,140 salaries)',
    [],
  ],
  // A period word of an add-on after the base pay is the add-on's; a house's market value and
  // the interns' legal minimum are no pay; "valor hora cátedra"; dollars by the month in Vietnam.
  [
    'Customer Support\nDublin\n€29,500 per year + €2,000 relocation package\nBenefits\n• €29,500 base + monthly performance bonus up to €150',
    [[29500, 29500, 'EUR', 'year']],
  ],
  [
    'Farm Hand\nMatamata\n$26.50 - $29/hr\n- 3-bedroom house on farm at a subsidised rent of $120/week (market value approx. $450/week)',
    [[26.5, 29, 'NZD', 'hour']],
  ],
  [
    'Stage Marketing\nParis\nGratification : 1 100 € / mois, supérieure à la gratification minimale légale (4,35 €/h)',
    [[1100, 1100, 'EUR', 'month']],
  ],
  [
    'Docente de Inglés\nCórdoba, Argentina\n• Valor hora cátedra: $ 9.800 (bruto), con actualización según paritarias',
    [[9800, 9800, 'ARS', 'hour']],
  ],
  [
    'Senior Frontend Engineer\nHo Chi Minh City, Vietnam\n- Salary: up to $2,500 (gross) – negotiable based on interview',
    [[null, 2500, 'USD', 'month']],
  ],
  // "DOE" after a bare figure is no counted noun.
  [
    'Construction PM\nDenver, CO\nCOMPENSATION: base of 110-130K DOE + annual bonus, plus a $750/mo vehicle allowance',
    [[110000, 130000, 'USD', 'year']],
  ],
  // A range wrapped after its dash; "la journée"; "bruts mensuels".
  [
    'Paralegal\nChicago, IL\nThe anticipated hiring range for this position is $68,000 –\n$82,000 annually. Eligible for overtime at 1.5x the regular rate and a\ndiscretionary year-end bonus.',
    [[68000, 82000, 'USD', 'year']],
  ],
  [
    'Serveur\nNice\n💶 120 € net la journée (service midi + soir) + pourboires 💰',
    [[120, 120, 'EUR', 'day']],
  ],
  [
    'Stage Analyste\nParis\nGratification : 2 000 € bruts mensuels + prime de fin de stage',
    [[2000, 2000, 'EUR', 'month']],
  ],
  // Not pay after the amount: a mini-job's cap, allowances, a credit; a bare "Similar:" and
  // "Related ads:" open other ads; the employer's pay before a board-estimate note stays; a US
  // state after a town shared with Canada; a reply before the poster's pasted advert.
  [
    'Reinigungskraft (Minijob)\nKassel\nStundenlohn: 14,25 €\nArbeitszeit: 10 Std./Woche, Verdienst max. 556 €/Monat (Minijob-Grenze)',
    [[14.25, 14.25, 'EUR', 'hour']],
  ],
  [
    'Call Center Agent\nManila\nSalary: PHP 22,000 - 26,000 per month\n💰 Up to ₱5,000 monthly allowances (attendance, meal, transportation)',
    [[22000, 26000, 'PHP', 'month']],
  ],
  [
    'ML Engineer\nRemote US\nBase: $175,000 - $210,000\n- $150/month grocery credit 🥕',
    [[175000, 210000, 'USD', 'year']],
  ],
  [
    'Builders Labourer\nChristchurch\nPay: competitive\nReport this job  |  Save  |  Share\nMore text here.\nSimilar: Carpenter - Rolleston - $38-$45 per hour   •   Site Traffic Management - $27 ph',
    [],
  ],
  [
    'General Worker\nGermiston\nR220 per day\nSafety tips: Never pay.\nMore text.\nRelated ads: Forklift driver R6500 pm | Domestic worker Boksburg R200 per day',
    [[220, 220, 'ZAR', 'day']],
  ],
  [
    `Paralegal\nSeattle, WA\n**Pay:** $31.00 - $38.50 per hour, plus overtime after 40 hrs. (Indeed listing also says "Estimated $68.2K - $86.3K a year" — that's Indeed's estimate, not the firm's)`,
    [[31, 38.5, 'USD', 'hour']],
  ],
  [
    'CIVIL ENGINEER II\nLOCATION: Public Services Building, 1400 Columbia Ave, Vancouver, WA 98660\nSALARY\nCivil Engineer II: $39.62 - $50.58 Hourly',
    [[39.62, 50.58, 'USD', 'hour']],
  ],
  [
    "[12/02/2025, 19:41] Kelly – Avonvale Care: Hi Precious, are you still looking for care work?\n[12/02/2025, 19:43] Precious: Hi yes I am! What is the job?\n[12/02/2025, 19:47] Kelly – Avonvale Care: Here's the advert 👇\nCARE ASSISTANTS\nBristol BS9\nDays: £12.60 per hour\nNights: £13.40 per hour\n[12/02/2025, 19:50] Precious: Thanks! My friend gets £14 per hour at Sunrise",
    [
      [12.6, 12.6, 'GBP', 'hour', 'Days'],
      [13.4, 13.4, 'GBP', 'hour', 'Nights'],
    ],
  ],
  // The employer's own estimate; hours a week are no rate; a guarantee for the first weeks,
  // layover pay, paid orientation and a deduction are no pay.
  [
    "Projektleiter Hochbau\nZürich\nLohn: CHF 118'000 – 138'000 / Jahr (Lohnschätzung des Arbeitgebers)",
    [[118000, 138000, 'CHF', 'year']],
  ],
  [
    'Data Analyst Intern\nChicago, IL\n| Hourly rate | **$28.00/hour** (40 hrs/week) |',
    [[28, 28, 'USD', 'hour']],
  ],
  [
    'CDL Driver\nDallas, TX\nEarn $1,450 - $1,850 per week\n• Guaranteed minimum weekly pay of $1,200 during first 8 weeks\n• Detention pay after 2 hours, layover pay $150/day\n> Paid orientation (3 days, $200/day), 1 week paid vacation',
    [[1450, 1850, 'USD', 'week']],
  ],
  // A legal minimum named before its figure is no band beside the pay; Germany's statutory
  // minimum alone is the rate paid; "SMIC horaire, soit …" pays it.
  [
    'Lagerhelfer\nHamburg\nab 14,25 € brutto pro Stunde\nDein Stundenlohn liegt über dem gesetzlichen Mindestlohn von 12,82 €.',
    [[14.25, null, 'EUR', 'hour']],
  ],
  [
    'Erntehelfer\nBrandenburg\n* Mindestlohn 12,82 €/Std. brutto für jede gearbeitete Stunde',
    [[12.82, 12.82, 'EUR', 'hour']],
  ],
  [
    'Kitchen Porter\nGalway, Ireland\n> Rates of pay above the national minimum wage (€13.50 per hour)',
    [],
  ],
  [
    'Préparateur de commandes\nLyon\nRémunération\n- Taux horaire : 12,15 € brut/heure (SMIC horaire au 1er novembre 2025 : 11,88 €)',
    [[12.15, 12.15, 'EUR', 'hour']],
  ],
  [
    "Vendangeur\nMeursault\n- Coupeurs : SMIC horaire, soit 11,88 € brut de l'heure\n- Porteurs : 12,60 € brut de l'heure",
    [
      [11.88, 11.88, 'EUR', 'hour', 'SMIC horaire, soit'],
      [12.6, 12.6, 'EUR', 'hour', 'Porteurs'],
    ],
  ],
  // Others' earnings; a reference rate the pay is a percentage of; hours counted; a shift's pay
  // restating the hour's; a referral reward; a phone number.
  [
    'Vineyard Pruner\nBlenheim, New Zealand\nPay: $24.50 per hour\n- Our faster contract pruners make well over $35/hr equivalent',
    [[24.5, 24.5, 'NZD', 'hour']],
  ],
  [
    'Apprentice Electrician\nPhoenix, AZ\nApprentice wage scale (percentage of journeyman rate of $38.80/hr):\n  1st year apprentice — 50% — $19.40/hr\n  2nd year apprentice — 55% — $21.34/hr',
    [
      [19.4, 19.4, 'USD', 'hour', '1st apprentice — 50%'],
      [21.34, 21.34, 'USD', 'hour', '2nd apprentice — 55%'],
    ],
  ],
  [
    'Travel CNA\nBillings, MT\nTaxable hourly rate: $17.50/hr (36 guaranteed hours/week, 3x12 nights)',
    [[17.5, 17.5, 'USD', 'hour']],
  ],
  [
    'Security Officer\nManchester, UK\nPay: £12.75 per hour (£153.00 per shift)\nBenefits\n- Overtime at the same hourly rate\n- Refer-a-friend: £250',
    [[12.75, 12.75, 'GBP', 'hour']],
  ],
  [
    'Order Picker\nVenlo, Netherlands\nPay\n• €14.71 gross per hour\nApply today — call or WhatsApp our desk: +31 77 555 0180 (English, Polish).',
    [[14.71, 14.71, 'EUR', 'hour']],
  ],
  // "S/" after a code's letters is no sol; a charity's number is no amount.
  [
    'Field Technician\nCalgary, AB\nPay: $28 - $34 per hour\nThe Alliance is a registered charity (No. 81234 5678 RR0001).',
    [[28, 34, 'CAD', 'hour']],
  ],
  [
    'Finance Director\nDubai\nTo apply please send your CV quoting ref MGS/4410. Salary: competitive',
    [],
  ],
  // An overtime rate joined to a rejected one; a schedule's ends with their years; parts of a
  // sum; a month in brackets after the year; a later rate "après 3 ans".
  [
    'General Worker\nJohannesburg\nSalary: R260 per day\nOvertime paid at R48.75 per hour (weekday) and R65 per hour (Saturday)',
    [[260, 260, 'ZAR', 'day']],
  ],
  [
    'Science Teacher\nFresno, CA\nSalary: Per 2025-26 Teacher Salary Schedule: $58,500 (0 years) – $72,340 (20+ years)',
    [[58500, 72340, 'USD', 'year']],
  ],
  [
    'Security Guard\nDubai\nSalary: AED 2,200 per month + OT\n✔ Basic AED 1,500 + allowances AED 700 = AED 2,200 gross monthly',
    [[2200, 2200, 'AED', 'month']],
  ],
  [
    'Camarero\nValencia\n- Salario: 18.900 € brutos anuales en 14 pagas (1.350 €/mes) + propinas',
    [[18900, 18900, 'EUR', 'year']],
  ],
  [
    "Préposé à l'entretien\nMontréal\n• Salaire de 21,35 $/h (échelle jusqu'à 24,10 $/h après 3 ans)",
    [[21.35, 21.35, 'CAD', 'hour']],
  ],
  // A day's wage in Spanish ("jornal", "por jornada", not "jornada completa"); others' pay in a
  // comment; overtime inside the pay; a board's estimate in German; a total with the variable; a
  // tip credit's floor; the legal minimum for interns; a callback rate.
  [
    'Recolector de fresa\nHuelva\nJornal: 62,10 € brutos por jornada según Convenio del Campo',
    [[62.1, 62.1, 'EUR', 'day']],
  ],
  ['Camarero\nMadrid\nSueldo 1.200 € jornada completa', [[1200, 1200, 'EUR', 'month']]],
  [
    'Door Supervisor\nLeeds, UK\nPay: DOE\nMarcus O: Lads this lot paid me £14ph last year and were always on time',
    [],
  ],
  [
    'Front Desk\nTokyo, Japan\n・Monthly salary: ¥250,000 – ¥290,000 (includes fixed overtime of 20 hours/¥32,000)',
    [[250000, 290000, 'JPY', 'month']],
  ],
  [
    "Projektleiter\nZürich\nLohneinschätzung jobs.ch: CHF 98'000 – 118'000 / Jahr\nSalär: CHF 110'000 – 125'000 pro Jahr",
    [[110000, 125000, 'CHF', 'year']],
  ],
  [
    'Commercial\nVilleurbanne\n- Fixe : 32 à 38 K€ brut annuel\n- Variable déplafonné (rémunération globale constatée en 1re année : 50 à 60 K€)',
    [[32000, 38000, 'EUR', 'year']],
  ],
  [
    "Server\nAtlanta, GA\nPay: $2.13 per hour + tips\nIf tips plus your base don't reach at least $7.25/hr, we make up the difference.",
    [[2.13, 2.13, 'USD', 'hour']],
  ],
  [
    'Stage Marketing\nParis\n• Gratification : 1 000 € brut/mois (au-delà du minimum légal de 4,35 €/heure)',
    [[1000, 1000, 'EUR', 'month']],
  ],
  [
    'Locum Hospitalist\nBoise, ID\nPay: $2,150/shift (12-hr nights). Additional $250/hr callback beyond scheduled shift.',
    [[2150, 2150, 'USD', 'day']],
  ],
  // Review: an other-jobs phrase inside a sentence; overtime named in the sentence before; a
  // week's total worked out from the hour; "yr" after a range's end; a minimum wage that is the
  // pay; "jornada 40h".
  [
    'Care Assistant\nWillow Court Care Home\nHarrogate, HG1 2AB\nAbout the role\nYou will support residents with personal care.\nOther senior care positions in the home report to the Deputy Manager.\nPay: £12.60 per hour',
    [[12.6, 12.6, 'GBP', 'hour']],
  ],
  [
    'Kitchen Porter\nLeeds, UK\nHours: 45 per week including overtime. Pay: £12.50 per hour',
    [[12.5, 12.5, 'GBP', 'hour']],
  ],
  [
    'Warehouse Operative\nLeeds, UK\nPay: £14 per hour x 37.5 hours = £525 per week',
    [
      [14, 14, 'GBP', 'hour'],
      [525, 525, 'GBP', 'week', 'x 37.5 hours'],
    ],
  ],
  [`${US}Salary: $55,000 - 70,000 yr`, [[55000, 70000, 'USD', 'year']]],
  [
    'Team Member\nLeeds, UK\nHourly rate: National Minimum Wage £12.21, rising with experience. Weekend rate £13.00 per hour',
    [
      [12.21, 12.21, 'GBP', 'hour', 'National Minimum'],
      [13, 13, 'GBP', 'hour', 'rising with experience. Weekend'],
    ],
  ],
  ['Camarero\nMadrid\nSalario: 1.300 € brutos jornada 40h', [[1300, 1300, 'EUR', 'month']]],
  // An estimated package with overtime and allowances beside the rate.
  [
    'Haul Truck Operator\nPilbara, WA\nFull time\nWhat we offer\n- $52 - $58 p/h + 11.5% super, depending on experience\n- Estimated annual package $150k - $170k based on roster, overtime and allowances (not guaranteed)',
    [[52, 58, 'AUD', 'hour']],
  ],
  // What the average driver grosses; an enhancement others also receive; a mobility budget after
  // an adjective; a board's reported salaries.
  [
    'CDL Driver\nDallas, TX\n- $1,400 - $1,800 per week (average driver grosses $84,000+ annually)',
    [[1400, 1800, 'USD', 'week']],
  ],
  [
    'PSW\nToronto, ON\nPay: $22.50 - $24.75 per hour\nEligible PSWs also receive Ontario PSW Permanent Enhancement $3/hr',
    [[22.5, 24.75, 'CAD', 'hour']],
  ],
  [
    'UX Researcher\nBerlin\nGehalt: 60.000 € brutto/Jahr\n- 150 € monatliches Mobilitätsbudget',
    [[60000, 60000, 'EUR', 'year']],
  ],
  [
    'Delivery Executive\nPune\nSalary: ₹18,000 - ₹22,000 per month\nSalaries reported: Delivery Executive ₹ 1.9 - 3 Lakhs per year (410 salaries)',
    [[18000, 22000, 'INR', 'month']],
  ],
  // A benefit's cap in brackets.
  [
    'Teacher\nFresno, CA\nSalary: $56,410 - $98,220 per year\nDistrict-paid medical, dental and vision for employee and family (Cap: $21,450/year)',
    [[56410, 98220, 'USD', 'year']],
  ],
  // A code's digits; a pro-rata figure worked out in brackets; a month worked out with "soit".
  ['Security Officer\nColumbus, OH\nSalary: competitive\nReq #: BPS-OH-20931', []],
  [
    'Programme Officer\nLondon\nSalary: £31,500 per annum (pro rata for 3 days per week = £18,900)',
    [[31500, 31500, 'GBP', 'year']],
  ],
  [
    'Chargé(e) de communication\nLyon\nRémunération : salaire brut annuel de 38 500 € (trente-huit mille cinq cents euros),\nversé en 12 mensualités, soit 3 208,33 € bruts mensuels.',
    [[38500, 38500, 'EUR', 'year']],
  ],
  // Detention pay named with its condition before a colon.
  [
    'OTR Driver\nDallas, TX\nAverage weekly gross: $1,450 – $1,800\n  - Detention pay after 2 hours: $20/hr',
    [[1450, 1800, 'USD', 'week']],
  ],
  [
    'Camarero\nIbiza\n1.600 € netos al mes\n👉 Alojamiento compartido a 5 minutos del restaurante (descontado 250 € al mes)',
    [[1600, 1600, 'EUR', 'month']],
  ],
  // Hours a week as a range; pay during training is pay.
  [
    'Werkstudent\nBerlin\n> 💶 **17,00 € pro Stunde** · ⏱ 16–20 Stunden/Woche (in den Semesterferien bis 40)',
    [[17, 17, 'EUR', 'hour']],
  ],
  [
    'Graduate Trainee\nPune\nTraining period and remuneration\n- During training: ₹3,60,000 per annum (CTC)\n- On confirmation: ₹4,20,000 – ₹4,80,000 P.A. (CTC)',
    [
      [360000, 360000, 'INR', 'year', 'During training'],
      [420000, 480000, 'INR', 'year', 'On confirmation'],
    ],
  ],
  // Review: a region code abroad is no US state; real pay beside "Detention Officer",
  // "orientation provided" and "Experienced technicians earn"; replies after the poster's ad.
  [
    'Customer Support Executive\nAcme Solutions Pvt Ltd\nChennai, TN\nSalary: 25,000 - 30,000 per month',
    [[25000, 30000, 'INR', 'month']],
  ],
  [
    'Juriste\nFondation Lémanique\nNeuchâtel, NE\nSalaire : 90 000 - 110 000 par an',
    [[90000, 110000, 'CHF', 'year']],
  ],
  [
    'Detention Officer\nPhoenix, AZ\nDetention Officer pay: $22.50 - $27.00 per hour',
    [[22.5, 27, 'USD', 'hour']],
  ],
  [
    'Nurse\nDenver, CO\nComprehensive orientation provided. Pay: $40 - $48 per hour',
    [[40, 48, 'USD', 'hour']],
  ],
  [
    'Tech\nDenver, CO\nCompensation\nExperienced technicians earn $30 - $40 per hour.',
    [[30, 40, 'USD', 'hour']],
  ],
  [
    '[3/4/25, 09:00] Sarah: Hiring a barista at Bean There, Austin\nPay $32/hr, mornings\nDM me\n[3/4/25, 09:05] Tom: We pay $38 per hour at our place\n[3/4/25, 09:07] Sarah: Thanks Tom\nplease keep the thread on topic',
    [[32, 32, 'USD', 'hour']],
  ],
  // A shift's length is no amount.
  [
    'Home Health Aide\nBronx, NY\n$22.00 – $24.50 per hour (weekend rate) · Live-in cases: $300 per 24-hour shift',
    [
      [22, 24.5, 'USD', 'hour'],
      [300, 300, 'USD', 'day', 'Live-in cases'],
    ],
  ],
  // The legal minimum beside a starting figure above it.
  [
    'Koch (m/w/d) Wintersaison\nSt. Anton\nFür diese Position gilt ein kollektivvertragliches Mindestgehalt von € 2.386,- brutto pro Monat (KV Hotel- und Gastgewerbe). Je nach Qualifikation bieten wir eine Überzahlung – Ihr Gehalt ab € 2.650,- brutto/Monat zzgl. Sonderzahlungen.',
    [[2650, null, 'EUR', 'month']],
  ],
  // A day's length before the day; a kit's rental is no pay.
  [
    'Best Boy Grip\nAtlanta, GA\nRATE\n$480 / 12-hr day (guaranteed 12). OT after 12 at 1.5x.\nKit rental: $75/day for approved grip kit (separate line, not part of rate).',
    [[480, 480, 'USD', 'day']],
  ],
  // A mini-job's monthly cap after the hourly rate.
  [
    'Verkäufer/in Bäckerei (Minijob)\nKassel\n- 12,82 € Stundenlohn (bis 538 €/Monat)\n- Flexible Schichten',
    [[12.82, 12.82, 'EUR', 'hour']],
  ],
  // The same pay restated after "i.e.".
  [
    'Solicitor\nBristol\n**Salary:** £48,000 – £55,000 pro rata (FTE), i.e. c. £28,800 – £33,000 actual for 3 days',
    [[48000, 55000, 'GBP', 'year']],
  ],
  // What a room costs, however short the word.
  [
    'Farmhand\nMildura VIC\n$31.50/hr\n➡️ Accom available in Mildura $180/wk (not ours)\n➡️ Need own car',
    [[31.5, 31.5, 'AUD', 'hour']],
  ],
  // A post's "Top comments" and a board's "Similar ads" hold other jobs' pay.
  [
    'Customer Service Representative\nCebu City\nSalary: ₱22,000 - ₱28,000 per month\nDay and night shifts.\nApply via Messenger.\n\nTop comments\nAiza R.: Hm po salary for non-voice?\n  Harbourline: Hi Aiza, non-voice account is ₱18,000 po',
    [[22000, 28000, 'PHP', 'month']],
  ],
  [
    'Diesel Mechanic\nRustenburg\nSalary: Negotiable\nExperience: 5+ years\nService and repair our fleet.\nValid Code 10 licence.\n\nSimilar ads\nCODE 14 TRUCK DRIVER – ABNORMAL LOADS    R 18 500 p/m    Brits\nBOILERMAKER (TICKETED)    R 260/hour    Mogwase',
    [],
  ],
  [
    '📌 OFFRE DE STAGE #Abidjan\n🎯 Poste : Stagiaire Marketing Digital\n📍 Lieu : Abidjan\n💵 Indemnité de stage : 100 000 FCFA/mois\n📧 CV à stages@lagune.ci\n👁 7,9K  ✏️ modifié  🕐 09:12\n\n────────────\n🔥 #Yopougon #Logistique\nMagasinier (H/F) – Entrepôt Yopougon\nSalaire : 150 000 – 180 000 FCFA/mois, CDD 1 an\n👁 5,2K  🕐 11:47',
    [[100000, 100000, 'XOF', 'month']],
  ],
  // A period in an inflected German adjective ("einem monatlichen Bruttoentgelt"), each end
  // marked with its step.
  [
    'Bauingenieur (m/w/d)\nBielefeld\n- Eine Stelle in Entgeltgruppe 11 TVöD (VKA); das entspricht derzeit einem monatlichen Bruttoentgelt zwischen 4.082,29 € (Stufe 1) und 5.847,07 € (Stufe 6) bei Vollzeit',
    [[4082.29, 5847.07, 'EUR', 'month']],
  ],
  // An apprentice's pay is by the month; a long lead-in names it.
  [
    'Elektroniker (m/w/d) Ausbildung\nGütersloh\nDeine Ausbildungsvergütung (Tarif Papier, Pappe und Kunststoffe verarbeitende Industrie NRW):\n1. Ausbildungsjahr: 1.120,00 €\n2. Ausbildungsjahr: 1.185,00 €',
    [
      [1120, 1120, 'EUR', 'month', '1. Ausbildungsjahr'],
      [1185, 1185, 'EUR', 'month', '2. Ausbildungsjahr'],
    ],
  ],
  // A month's pay paid 13 times; a man-day's rate; Indian take-home pay by the month.
  [
    'Relationship Manager\nHong Kong\nHK$35,000 - 50,000 x 13 months + discretionary bonus',
    [[35000, 50000, 'HKD', 'month']],
  ],
  [
    'Data Engineer\nPrague\nRate (IČO): CZK 7 000 – 8 500 per MD (man-day)',
    [[7000, 8500, 'CZK', 'day']],
  ],
  [
    'Voice Process\nBangalore, India\nSalary: 18K in-hand (fixed) + 2K attendance bonus + night shift allowance',
    [[18000, 18000, 'INR', 'month']],
  ],
  // Not pay: a target income with its variable part (a recruiter's "Zielgehalt" is pay), a
  // night premium, a rate for one month in brackets, jobs "you might also like".
  [
    'Vertriebsleiter (m/w/d)\nMünchen\n- Fixgehalt: 115.000 € brutto p.a.\n- Variable Vergütung von bis zu 35.000 € bei 100 % Zielerreichung (Zieleinkommen 150 T€)',
    [[115000, 115000, 'EUR', 'year']],
  ],
  [
    'Leiter Konstruktion\nStuttgart\nDas Paket: Zielgehalt 115–135 T€ p.a. zzgl. 15 % Tantieme, Dienstwagen.',
    [[115000, 135000, 'EUR', 'year']],
  ],
  [
    'Mozo de almacén\nGetafe\n- Salario: 10,85 €/hora brutos + plus de nocturnidad 2,10 €/hora',
    [[10.85, 10.85, 'EUR', 'hour']],
  ],
  [
    'English Teacher\nNagoya, Japan\nSalary: ¥250,000 per month (¥230,000 during August)',
    [[250000, 250000, 'JPY', 'month']],
  ],
  [
    'Werkstudent Marketing (m/w/d)\nLeipzig\n15,50 € pro Stunde\nFlexible Arbeitszeiten.\nModernes Büro.\nTeam-Events.\n\nDiese Jobs könnten dich auch interessieren:\nWerkstudent Kundenservice (m/w/d) – Leipzig – 13,50 €/Std',
    [[15.5, 15.5, 'EUR', 'hour']],
  ],
  // A Reddit thread's comments; a group chat's header without the year; another member's ad.
  [
    'r/forhire • Posted by u/ledgerbird_eng • 9h\n# [Hiring] Contract Backend Engineer (Go) — Remote (US only) — $85–110/hr\nWe need a contractor.\nGo and Postgres.\nTesting.\nOn call.\n\n**u/throwaway_backend22** · 7h\n> Rate seems low-ish for senior Go, I am at $125/hr on my current contract',
    [[85, 110, 'USD', 'hour']],
  ],
  [
    '[08/04, 7:02 am] Tunde Admin: Welcome all\n[08/04, 7:10 am] Adaeze HR: *SALES REP NEEDED* – Ikeja\nSalary: ₦180,000 monthly\nCall 0803 555 0101\n[08/04, 7:31 am] +234 706 222 8810: *URGENT HIRING* Experienced Nanny needed in Lekki, salary ₦120,000. Call 0706 222 8810',
    [[180000, 180000, 'NGN', 'month']],
  ],
  // Not pay: a sales quota, a count of patients, what top performers have exceeded, a later
  // step "après 18 mois"; a B2B rate "net (+ VAT) / month" is pay by the month.
  [`${US}• A track record of hitting 100%+ of a $600K+ annual quota`, []],
  [`${US}We serve 96,000 patients annually through 19 clinics.`, []],
  [
    `${US}Base: $120,000 - $130,000\nTypical first-year earnings for top performers have exceeded $310,000.`,
    [[120000, 130000, 'USD', 'year']],
  ],
  [
    "Préposé(e) à l'entrepôt\nLaval, QC\n- Salaire de 23,50 $/h à l'embauche, jusqu'à 26,00 $/h après 18 mois",
    [[23.5, 23.5, 'CAD', 'hour']],
  ],
  [
    'QA Engineer\nWarsaw, Poland\nB2B: 18 000 - 24 000 PLN net (+ VAT) / month\nUoP: 15 000 - 20 000 PLN gross / month',
    [
      [18000, 24000, 'PLN', 'month', 'B2B'],
      [15000, 20000, 'PLN', 'month', 'UoP'],
    ],
  ],
  // A header range whose ends the body gives one by one as open amounts; a portal's average.
  [
    'Bilanzbuchhalter:in\nWien\n€ 3.800 bis € 4.600 brutto/Monat (14x)\n\nFür diese Position gilt ein Bruttomonatsgehalt ab € 3.800 (Vollzeit, 14 Gehälter); je nach Qualifikation und Erfahrung ist eine Überzahlung bis € 4.600 vorgesehen.',
    [[3800, 4600, 'EUR', 'month']],
  ],
  [
    'Customer Support Executive\nBengaluru, India\n₹ 3,00,000 - 4,50,000 P.A.\n\nWhat we offer\n- Salary up to 4.5 LPA + attractive incentives',
    [[300000, 450000, 'INR', 'year']],
  ],
  [
    'Enfermero/a\nMadrid\nSalario bruto anual medio para Enfermero/a en Madrid: 27.400 € (según datos de InfoJobs)',
    [],
  ],
  // A recruiter's "Budget:" label names the pay; a figure "en moyenne" is someone's average.
  ['Java Developer\nBengaluru, India\nBudget : 18 - 24 LPA', [[1800000, 2400000, 'INR', 'year']]],
  [
    'Java Developer\nPune\nBudget : 18 - 24 LPA (depending on current CTC and interview performance)',
    [[1800000, 2400000, 'INR', 'year']],
  ],
  ['Engineer\nLondon\nBudget: £2,000 for conferences', []],
  [
    'Infirmier à domicile\nNamur\nPour info, à l’acte on tourne autour de 35 €/h brut en moyenne quand les tournées sont remplies.',
    [],
  ],
  // Session 10: someone's own pay (a testimonial, a candidate's rate), top earners, an
  // education benefit, an average or a target on a wrapped line, a total package, an OTE list, a
  // table's equity column; a pay scale's points are one range.
  [
    'Customer Service Rep\nTampa, FL\nPay: $17.50/hr\n"I started as a temp in 2023 and now I earn $22 an hour as a team lead!" – Marisol, Tampa',
    [[17.5, 17.5, 'USD', 'hour']],
  ],
  [
    'Locum GP\nBristol\nMy usual rate is £110/hr - is there flexibility?\nRATES\n- £98 per hour for single sessions (4 hrs)',
    [[98, 98, 'GBP', 'hour']],
  ],
  [
    "Locum GP\nBristol\nWe can't match the £110/hr you mentioned.\nRATES\n- £98 per hour for single sessions (4 hrs)",
    [[98, 98, 'GBP', 'hour']],
  ],
  [
    'HVAC Technician\nMesa, AZ\nPAY: $28 to $40 an hour depending on experience. Our top techs clear $95k+ a year.',
    [[28, 40, 'USD', 'hour']],
  ],
  ['QA Specialist\nCork\nBenefits\n• Education assistance (up to €3,000 per year)', []],
  [
    'Barista\nPortland, OR\nPay: $16.50/hr + tips. Tips are pooled; last quarter they averaged about\n$4.80 per hour on top of the base rate.',
    [[16.5, 16.5, 'USD', 'hour']],
  ],
  [
    'Relationship Manager\nLagos\nJob Description\n- Achieve a loan disbursement target of\n  ₦150 million per quarter',
    [],
  ],
  [
    'Commercial\nLyon\nSalaire fixe : entre 38 000 et 42 000 € bruts annuels\nsoit un package de 53 à 57 K€ à 100 % des objectifs.',
    [[38000, 42000, 'EUR', 'year']],
  ],
  [
    'Account Executive\nAustin, TX\nBase salary: $95,000 – $115,000. OTE of $190,000 – $230,000 (Austin/Remote) and $216,000 – $256,000 (NYC).',
    [[95000, 115000, 'USD', 'year']],
  ],
  [
    'Software Engineer\nRemote\nCompensation\n| Level | Base salary (USD / year) | Annual equity (RSUs) |\n| L4 | $152,000 – $184,000 | $40,000 – $55,000 |\n| L5 | $184,000 – $228,000 | $60,000 – $90,000 |',
    [
      [152000, 184000, 'USD', 'year', 'L4'],
      [184000, 228000, 'USD', 'year', 'L5'],
    ],
  ],
  [
    'Teacher of Mathematics\nCroydon\nPay scale (Outer London)\nM1: £37,870\nM2: £39,851\nM3: £41,940\nU1: £52,133\nU3: £55,173',
    [[37870, 55173, 'GBP', 'year']],
  ],
  [
    'Teacher of Mathematics\nCroydon\nSalary: MPS/UPS £37,870 – £55,173\nPay scale\nM1: £37,870\nM2: £39,851\nU3: £55,173',
    [[37870, 55173, 'GBP', 'year']],
  ],
  // A post's comments under a bare "Comentarios".
  [
    'Camarista\nOrlando, FL\nPago semanal\n\nBeneficios\n- Uniforme\n- Transporte\n- Comida\n\nComentarios\nYesenia R.: en el Marriott de International Drive pagan $16.50 la hora',
    [],
  ],
  // A piece rate is no pay by time; a whole day's rate; "Rates" heads the pay after an "About".
  [
    'Farmworker\nYakima, WA\nWorkers will be paid at least $19.82 per hour.\nPiece rates (guaranteed to at least equal the hourly rate):\n  - Apples: $28.00 per bin\n  - Cherries: $0.24 per lb',
    [[19.82, null, 'USD', 'hour']],
  ],
  ['Courier\nLeeds\nPay: £1.20 per drop, paid weekly', []],
  [
    'Casual Relief Teacher\nCoburg VIC 3058\nPay and conditions:\n- $410.55 per full day (rate includes casual loading)',
    [[410.55, 410.55, 'AUD', 'day']],
  ],
  [
    'Data Engineer\nBarcelona\nSalary: €60,000\nBenefits\n→ 25 working days of holidays',
    [[60000, 60000, 'EUR', 'year']],
  ],
  [
    'Locum GP\nBristol\nABOUT THE PRACTICE\n- 14,200 patients across two sites\nRATES\n- £98 per hour for single sessions (4 hrs)',
    [[98, 98, 'GBP', 'hour']],
  ],
  // A package's all-in "Basic + allowances" is the pay; a room's or a camp's cost, what crew
  // typically receive in gratuities, a tip share's average, an amount toward a benefit are not;
  // "Class of 2025" is a label, not the low end of a range; tiers a pay range sums up stay.
  [
    'Security Guard\nDubai\nSALARY & BENEFITS\n► Basic + allowances: AED 2,200 per month (all-inclusive)',
    [[2200, 2200, 'AED', 'month']],
  ],
  [
    'Room Attendant\nBanff, AB\nPay: $18.50/hr\n * Subsidised staff accommodation in Banff townsite - shared rooms $395/month',
    [[18.5, 18.5, 'CAD', 'hour']],
  ],
  ['Tree Planter\nPrince George, BC\n • Camp cost of $30/day deducted while in camp', []],
  [
    'Assistant Waiter\nManila\n- Basic salary: USD 1,100 per month\n- Plus gratuities – crew in this position typically receive around USD 1,000 – 1,600 per month',
    [[1100, 1100, 'USD', 'month']],
  ],
  [
    'Line Cook\nAustin, TX\nPay: $18–$22/hr\n• Kitchen tip share on top — averages out to roughly $3–$5 per hour extra',
    [[18, 22, 'USD', 'hour']],
  ],
  [
    'Nanny\nBrooklyn, NY\nWhat we offer:\n→ $28–$32/hr depending on experience\n→ 5 paid sick days\n→ $150/month toward health insurance premiums',
    [[28, 32, 'USD', 'hour']],
  ],
  [
    'Corporate Associate\nNew York, NY\nSalary\nThe base salary is set by class year:\n  Class of 2025 — $225,000\n  Class of 2024 — $235,000',
    [
      [225000, 225000, 'USD', 'year', 'Class 2025'],
      [235000, 235000, 'USD', 'year', 'Class 2024'],
    ],
  ],
  [
    'Warehouse Associate\nAllentown, PA\nShifts available\n- Day shift — $19.25 per hour\n- Night shift — $21.50 per hour\nThe hourly pay for this position is $19.25 - $21.50 per hour depending on shift.',
    [
      [19.25, 19.25, 'USD', 'hour', 'Day shift'],
      [21.5, 21.5, 'USD', 'hour', 'Night shift'],
    ],
  ],
  // A requisition's basic salary budget is the pay; a training budget and a home-office kit's
  // cap are not.
  [
    'Night Shift Supervisor\nDerby\nSalary budget (basic):  £34,500 – £37,000 p.a.',
    [[34500, 37000, 'GBP', 'year']],
  ],
  [
    'Koch\nWien\nGehalt: 2.400 € brutto/Monat\nWir bieten\n- 1.500 € Weiterbildungsbudget pro Jahr\n- Homeoffice-Ausstattung (bis 1.000 €)',
    [[2400, 2400, 'EUR', 'month']],
  ],
  // A first weeks' guaranteed minimum, layover pay, a room with its note, a performance bonus, a
  // budget are no pay; millions written once for both ends; a rate on the next line of the same
  // list as a rate with pay words is pay too, an allowance there is not.
  [
    'CDL-A Driver\nDallas, TX\nPay: $1,450 - $1,800/week\n• $1,200/week guaranteed minimum pay for your first 8 weeks\n• Layover $150/day, breakdown pay $150',
    [[1450, 1800, 'USD', 'week']],
  ],
  [
    'CDL-A Driver\nDallas, TX\n• $1,650 – $1,900 per week, guaranteed for first 8 weeks',
    [[1650, 1900, 'USD', 'week']],
  ],
  [
    'Chef de Partie\nCirencester\nSalary: £32,000 per year\n• Staff accommodation available (single room, £350 per month incl. bills)',
    [[32000, 32000, 'GBP', 'year']],
  ],
  [
    'Asesor bilingüe\nMedellín, Colombia\nSalario: $2.800.000 mensuales + bonificación por desempeño hasta $400.000',
    [[2800000, 2800000, 'COP', 'month']],
  ],
  [
    'Residente de obra\nBogotá, Colombia\n- Salario: entre $4,5 y $5,5 millones mensuales, según experiencia',
    [[4500000, 5500000, 'COP', 'month']],
  ],
  ['Manager\nLagos\nSalary: ₦1.2 - ₦1.8m per annum', [[1200000, 1800000, 'NGN', 'year']]],
  [
    'Home Health Aide\nHouston, TX\n💲 $21.09/hr hourly cases\n💲 Live-in: $351.56/day (13-hr pay)',
    [
      [21.09, 21.09, 'USD', 'hour', 'Houston, TX'],
      [351.56, 351.56, 'USD', 'day', 'Live-in'],
    ],
  ],
  [
    "Pflegefachperson\nZürich\n- Lohnband: CHF 6'250.– bis CHF 7'480.– pro Monat\n- Zulagen für Nachtdienste (CHF 6.– pro Stunde Nachtdienst)",
    [[6250, 7480, 'CHF', 'month']],
  ],
  // Review cases: a year or a shift's hours before the pay do not take it with them; an early
  // "Similar jobs" link keeps the posting's pay under it; "salary of 2000 - 2400" is a range;
  // "in Charge", "accomplished", an Employee Assistance Program and "Customer Assistance" are no
  // cost, room or benefit; level codes stay bands; a meal's cost in a pay list is no rate.
  ['Caregiver\nTampa, FL\n\nEffective April 2025, $22 per hour.', [[22, 22, 'USD', 'hour']]],
  ['Caregiver\nTampa, FL\n\nPay: Shift 7-3, $20/hr', [[20, 20, 'USD', 'hour']]],
  [
    'Staff Accountant\nRidgeway Mutual\nCharlotte, NC\nSimilar jobs\n$67,000 - $75,000 a year\n\nFull-time\n\nResponsibilities\n- Reconcile accounts\n- Prepare journal entries\n- Support month-end close',
    [[67000, 75000, 'USD', 'year']],
  ],
  [
    'Marketing Coordinator\nBerlin\n\nWe offer a monthly salary of 2000 - 2400 EUR gross.',
    [[2000, 2400, 'EUR', 'month']],
  ],
  [
    'Charge Nurse\nBrisbane QLD\n\nRegistered Nurse in Charge: $52.40 per hour',
    [[52.4, 52.4, 'AUD', 'hour']],
  ],
  [
    'Operating Room Nurse\nDenver, CO\n\nWe are looking for an accomplished nurse to join our Operating Room: $52/hr',
    [[52, 52, 'USD', 'hour']],
  ],
  [
    'Account Manager\nBoston, MA\n\nWe offer an Employee Assistance Program and a base salary of $85,000 per year.',
    [[85000, 85000, 'USD', 'year']],
  ],
  [
    'Software Engineer\nRemote\n\nCompensation by level:\nL3: $150,000\nL4: $180,000\nL5: $210,000',
    [
      [150000, 150000, 'USD', 'year', 'L3'],
      [180000, 180000, 'USD', 'year', 'L4'],
      [210000, 210000, 'USD', 'year', 'L5'],
    ],
  ],
  [
    'Live-in Caregiver\nTampa, FL\n\n💲 Pay: $21.09/hr\n💲 Meals provided at $30/day',
    [[21.09, 21.09, 'USD', 'hour']],
  ],
  // A package total beside the basic pay is not the pay (alone it is); what drivers regularly
  // earn, detention after the amount, "salaire horaire".
  [
    'Call Centre Agent\nManila\nSalary: PHP 22,000 - 28,000 per month (basic)\n(Total monthly package up to PHP 35,000!*)',
    [[22000, 28000, 'PHP', 'month']],
  ],
  [
    'HSE Manager\nAbu Dhabi, UAE\n\nPackage (tax-free, per month):\n  Basic:                 22,000\n  Housing allowance:      8,000\n  Total monthly package: 32,500\nAll figures in AED.',
    [[32500, 32500, 'AED', 'month']],
  ],
  [
    'HGV Driver\nLeeds\nPay: £16.80 per hour. Minimum 10 hours paid shift. Drivers regularly earn £900+ per week.',
    [[16.8, 16.8, 'GBP', 'hour']],
  ],
  [
    'CDL Driver\nDallas, TX\nPay: $1,450 - $2,100 per week\n- $50 per stop after first stop, $25/hr detention after 2 hrs',
    [[1450, 2100, 'USD', 'week']],
  ],
  ['Agent de sécurité\nGenève\n• Salaire horaire : CHF 28.- brut', [[28, 28, 'CHF', 'hour']]],
  // Levels stay bands of their own.
  [
    'Engineer\nRemote\nLevel 1: $90,000\nLevel 2: $110,000\nLevel 3: $130,000',
    [
      [90000, 90000, 'USD', 'year', 'Level 1'],
      [110000, 110000, 'USD', 'year', 'Level 2'],
      [130000, 130000, 'USD', 'year', 'Level 3'],
    ],
  ],
];

describe('extractSalary', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('chats', () => {
  it("takes the hiring side's pay given after the other side's first reply", () => {
    const text =
      "WhatsApp Chat with Nadia - Salt & Timber\n\n[28/03/2025, 4:12 pm] Nadia - Salt & Timber: Hi Liam, it's Nadia, head chef at Salt & Timber. We're after a Sous Chef.\n[28/03/2025, 4:30 pm] Liam: Hey Nadia! Go for it 🙂\n[28/03/2025, 5:03 pm] Nadia - Salt & Timber: Salary is $72,000 + super. Staff meals every shift\n[28/03/2025, 5:20 pm] Liam: Ok cool. Honestly it works out pretty close.";
    expect(bands(text)).toEqual([[72000, 72000, 'AUD', 'year']]);
  });
  it("leaves out the other side's own pay in a talk between two", () => {
    const text =
      "Telegram Desktop - Chat export\nLiam Kostas\n\nLiam Kostas  19:42\nG'day Hannah, Liam here, head chef at Salt & Ember in Byron. We're looking for a sous chef, full time, 5 days a week, wood-fired menu.\n\nHannah Okafor  20:15\nHey Liam! Sounds great.\n\nLiam Kostas  20:22\nSalary is $75,000 + super for the first year, we review after 12 months\n\nHannah Okafor  20:30\nok that's more than I'm on now. I'm junior sous at Rae's, $68k + super";
    expect(bands(text)).toEqual([[75000, 75000, 'AUD', 'year']]);
  });
  it("reads the hiring side when a seeker opens the chat, and skips the app's own note", () => {
    const text =
      '14.03.24, 17:22 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n14.03.24, 17:22 - Selin Aydın: Hallo, ich habe Ihren Aushang gesehen. Suchen Sie noch eine Verkäuferin?\n14.03.24, 17:48 - Bäckerei Kornblum: Hallo Selin, ja, wir suchen noch!\n14.03.24, 18:05 - Selin Aydın: Darf ich fragen was Sie zahlen?\n14.03.24, 18:11 - Bäckerei Kornblum: Wir zahlen 14,50 € brutto pro Stunde, Samstag gibt es einen Zuschlag.\n14.03.24, 18:13 - Selin Aydın: Bei meiner alten Stelle hatte ich 13,20 €, also das ist gut';
    expect(bands(text)).toEqual([[14.5, 14.5, 'EUR', 'hour']]);
  });
  it('keeps the pay after an app note over a chat the employer opens', () => {
    const text =
      "12/09/2024 07:58 - Les messages et les appels sont chiffrés de bout en bout.\n12/09/2024 07:58 - Boulangerie Maison Roux: Bonjour Théo, j'ai bien reçu votre CV pour le poste de boulanger. Vous êtes toujours dispo ?\n12/09/2024 09:12 - Théo Marchand: Bonjour, oui toujours dispo !\n12/09/2024 09:31 - Boulangerie Maison Roux: Bien sûr. 2 150 € brut par mois sur la base de 39h.\n12/09/2024 09:33 - Théo Marchand: D'accord. Actuellement je suis à 1 980 brut donc c'est mieux";
    expect(bands(text)).toEqual([[2150, 2150, 'EUR', 'month']]);
  });
  it("an employer's 'I saw your ad … we need', a recruiter's 'suchen Sie noch eine neue Stelle?' open no seeker's chat", () => {
    expect(
      bands(
        '[09:12, 02/05/2024] Sam Chen: Hi Priya, I saw your post in the Sydney Jobs group - are you still looking for work?\n[09:12, 02/05/2024] Sam Chen: We need a barista for our cafe in Newtown, 4 days a week, $27/hr\n[09:40, 02/05/2024] Priya: Hi Sam yes I am!',
      ),
    ).toEqual([[27, 27, 'AUD', 'hour']]);
    expect(
      bands(
        '[14.03.24, 09:00] Personal Schmidt: Guten Tag Herr Yilmaz, suchen Sie noch eine neue Stelle? Wir haben eine Stelle als Elektriker in Dortmund, 3.200 € brutto im Monat.\n[14.03.24, 09:10] Herr Yilmaz: Guten Tag, ja, das klingt interessant!',
      ),
    ).toEqual([[3200, 3200, 'EUR', 'month']]);
  });
  it("an employer who saw the seeker's post, or a recruiter's 'cherchez-vous un nouveau poste ?', keeps the job's pay", () => {
    expect(
      bands(
        "[14/03/2025, 09:12] Karen Walsh: Hi Jake, I saw your post in the Hamilton Jobs group looking for labouring work. I run a landscaping crew in Hamilton, pay is $26/hr, Mon-Fri 7am start.\n[14/03/2025, 09:30] Jake Turner: Hi Karen, yes still keen! Would you go to $30/hr?\n[14/03/2025, 09:40] Karen Walsh: Let's chat tomorrow",
      ).map((b) => b[0]),
    ).toEqual([26]);
    expect(
      bands(
        "[10/04/2025 14:03] Claire (Adecco): Bonjour Julien, cherchez-vous un nouveau poste ? J'ai une mission de Cariste à Lyon, 12,50 € brut de l'heure.\n[10/04/2025 14:20] Julien: Bonjour, oui ! Pour moi ce serait 14 € brut de l'heure minimum.",
      ),
    ).toEqual([[12.5, 12.5, 'EUR', 'hour']]);
  });
  it('an employer\'s "hatte ich 14 € gedacht" and "la chica anterior cobraba" are pay', () => {
    expect(
      bands(
        'Hallo Lena,\nWir suchen eine Aushilfe im Verkauf für unsere Bäckerei in Freiburg.\nAls Stundenlohn hatte ich 14 € gedacht.\nLiebe Grüße, Monika',
      ),
    ).toEqual([[14, 14, 'EUR', 'hour']]);
  });
  it("keeps the ad's pay a seeker quotes in the opening when the employer gives none", () => {
    expect(
      bands(
        "[10:02, 14/03/2024] Aisha: Hi, I saw your ad on Gumtree for the kitchen hand job at $25/hr in Sydney. Is it still available?\n[10:15, 14/03/2024] Mario's Trattoria: Hi Aisha, yes it is! Can you come in Thursday at 3 for a trial?\n[10:20, 14/03/2024] Aisha: Yes perfect, would you do $28/hr?",
      ),
    ).toEqual([[25, 25, 'AUD', 'hour']]);
  });
  it("reads 'you're getting' and 'you are paid' as the job's pay", () => {
    expect(
      bands('Warehouse Operative\nBolt Logistics, Coventry\nYou are paid £13.50 per hour, weekly.'),
    ).toEqual([[13.5, 13.5, 'GBP', 'hour']]);
    expect(
      bands("Server\nTips are great here, but even on slow nights you're getting $16/hr base."),
    ).toEqual([[16, 16, 'USD', 'hour']]);
  });
  it("a recruiter's 'are you still available?' opens no seeker's chat", () => {
    const text =
      '24/02/2025, 07:58 - Fynbos Fresh HR: Morning Sipho, this is Nadine from Fynbos Fresh. You applied for the Code 10 driver position. Are you still available?\n24/02/2025, 08:12 - Sipho: Morning Nadine yes I am still available\n24/02/2025, 08:21 - Sipho: What is the salary please? At my last job I was getting R9 800 a month\n24/02/2025, 08:29 - Fynbos Fresh HR: The boss discusses the salary at the interview.';
    expect(bands(text)).toEqual([]);
  });
  it("reads no company's register number as pay, and Mexican words name pesos", () => {
    expect(
      bands(
        'SALARY\nYour current salary is €46,800 per annum and your new salary will be €46,800 per annum.\n\nRegistered in Ireland No. 612233. Registered office: Dublin 15.',
      ).map((b) => b[0]),
    ).not.toContain(612233);
    expect(
      bands('Sucursal San Nicolás de los Garza, N.L.\n💰 Sueldo base $14,500 mensuales'),
    ).toEqual([[14500, 14500, 'MXN', 'month']]);
  });
  it('reads "die Stunde" and "in der Stunde" as hourly', () => {
    expect(bands('Für Erntehelfer sind das 11,42 € brutto in der Stunde.')).toEqual([
      [11.42, 11.42, 'EUR', 'hour'],
    ]);
    expect(bands('15 Euro die Stunde brutto, wird sauber abgerechnet')).toEqual([
      [15, 15, 'EUR', 'hour'],
    ]);
  });
});

describe('chats from small employers', () => {
  it('reads the dollar of the place the chat names', () => {
    expect(
      bands(
        'Messenger\n\nTrent Walsh · Walsh Pastoral Co.\nLives in Dubbo, New South Wales\n\nHey mate, we need a farmhand for harvest. $30.50 an hour.',
      ),
    ).toEqual([[30.5, 30.5, 'AUD', 'hour']]);
    expect(
      bands(
        'Text Message\n\nKia ora Mere, its Grant from Kahu Orchards. We need a picking team supervisor for this season. $29.50 an hour.',
      ),
    ).toEqual([[29.5, 29.5, 'NZD', 'hour']]);
    expect(
      bands(
        'Barista (part-time)\nMust be Singaporean / PR or hold a valid student pass.\nPay: $11.50 - $13.50 per hour',
      ),
    ).toEqual([[11.5, 13.5, 'SGD', 'hour']]);
  });
  it("keeps the employer's posting pasted after a seeker's 'Sí, busco para mayo'", () => {
    const text =
      '[14/3/26, 11:20] Toni – Sa Punta: Hola Marta! Soy Toni, encargado de sala de Sa Punta en Ibiza. ¿Sigues buscando para la temporada?\n[14/3/26, 11:34] Marta G.: Hola Toni! Sí, busco para mayo-octubre\n[14/3/26, 11:36] Toni – Sa Punta: Te paso la oferta:\n[14/3/26, 11:36] Toni – Sa Punta: CAMARERO/A DE SALA\n💶 Salario: 1.950 € brutos mensuales (según convenio) + propinas';
    expect(bands(text)).toEqual([[1950, 1950, 'EUR', 'month']]);
  });
  it("keeps the poster's pay after a reply, not the other job in a PS", () => {
    const text =
      "[14/05/2024, 06:58] Lee (Apex Scaffolding): Alright Connor, Lee from Apex Scaffolding. Ryan gave me your number.\n[14/05/2024, 07:22] Connor: Morning Lee yeah I am mate\n[14/05/2024, 07:27] Lee (Apex Scaffolding): Rate is £150 a day for Part 1. Paid weekly Friday.\n[14/05/2024, 07:40] Connor: At the moment I'm only on £120 a day through an agency\n[14/05/2024, 07:44] Lee (Apex Scaffolding): PS our yard also needs a driver, £140 a day.";
    expect(bands(text)).toEqual([[150, 150, 'GBP', 'day']]);
  });
});

describe("figures in a thread that are not the job's pay", () => {
  it('leaves out a refused ask, an ask put as a question, another role, the legal minimum', () => {
    expect(
      bands(
        "Staff Accountant\nPortsmouth, NH\nI'm sorry to say we can't get to $82,000. The band for this position is set at $64,000 to $74,000 per year.\n\n> Would Harborline be able to do $82,000?",
      ),
    ).toEqual([[64000, 74000, 'USD', 'year']]);
    expect(
      bands(
        'Sous Chef\nBristol\n- £38,000 - £42,000 per annum basic salary\nAlso — completely separate — if you know of any strong CDPs looking, the same client is recruiting a Chef de Partie at £30,000.',
      ),
    ).toEqual([[38000, 42000, 'GBP', 'year']]);
    expect(
      bands(
        'Stage Marketing\nParis\n→ Rémunération : 1 100 € bruts par mois\nUne dernière chose, la gratification légale est autour de 650 €, mais on a choisi de payer plus.',
      ),
    ).toEqual([[1100, 1100, 'EUR', 'month']]);
  });
  it("leaves out a senior's take-home, a revised-from figure, on-call pay, the team's best", () => {
    expect(
      bands(
        'Stylist\nLeeds\nBasic is £13.50 an hour, guaranteed. Our seniors are usually taking home £30-32k a year all in with commission and tips.',
      ),
    ).toEqual([[13.5, 13.5, 'GBP', 'hour']]);
    expect(
      bands(
        'Product Designer\nAustin, TX\n  • Base salary: $134,000 per year (revised from $128,000)',
      ),
    ).toEqual([[134000, 134000, 'USD', 'year']]);
    expect(
      bands(
        'DevOps Engineer\nBuenos Aires\nRemuneración: USD 4.200 a 5.000 mensuales.\n→ Participar de la guardia 1 semana cada 5, con compensación adicional de USD 400 por semana de guardia',
      ),
    ).toEqual([[4200, 5000, 'USD', 'month']]);
    expect(
      bands(
        "Commercial terrain\nLille\n- fixe : 36 000 € brut annuel\n- rémunération cible (OTE) : environ 52 000 € brut, les meilleurs commerciaux de l'équipe dépassent les 65 000 €",
      ),
    ).toEqual([[36000, 36000, 'EUR', 'year']]);
  });
  it("leaves out the candidate's figures in German, French and Spanish mails", () => {
    expect(
      bands(
        'SAP FI/CO Berater\nMünchen\nFür die Position ist ein Jahresbruttogehalt von 78.000 – 92.000 € vorgesehen. Mit Ihren 68.000 € fix liegen Sie also deutlich darunter.',
      ),
    ).toEqual([[78000, 92000, 'EUR', 'year']]);
    expect(
      bands(
        'Teamleiter Kundenservice\nLeipzig\nZum Gehalt kann ich noch keine Zahl nennen. Ich kann Ihnen aber sagen, dass Ihre Vorstellung von 65k nicht außerhalb liegt.\n> Ich verdiene aktuell 58.500 € als stellv. Teamleiter und würde bei 65.000 € fix landen wollen.',
      ),
    ).toEqual([]);
    expect(
      bands(
        "Responsable d'exploitation\nLille\nSalaire : 62 000 € brut annuel.\nLa prime compense en partie l'écart avec votre package actuel de 59 000 €.\n> Mon TJM actuel est de 520 € HT.",
      ),
    ).toEqual([[62000, 62000, 'EUR', 'year']]);
    expect(
      bands(
        'Analista de Datos\nBogotá\nEl salario es de $7.200.000 COP mensuales. Entiendo que hoy ganas $5.800.000 y que aspiras a $7.500.000.',
      ),
    ).toEqual([[7200000, 7200000, 'COP', 'month']]);
    expect(
      bands(
        'Supervisor de Almacén\nMonterrey, N.L.\nA mí el sueldo me parece bien, es más de lo que gano ahorita (estoy en $19,000 al mes como coordinador).\n\nSueldo: $24,500 mensuales brutos',
      ),
    ).toEqual([[24500, 24500, 'MXN', 'month']]);
  });
  it("leaves out the candidate's figures in English mails", () => {
    expect(
      bands(
        'Data Scientist\nSingapore\nBase salary: SGD 132,000 per annum.\nWe note that your request for a base of SGD 140,000 could not be accommodated.',
      ),
    ).toEqual([[132000, 132000, 'SGD', 'year']]);
    expect(
      bands(
        "ML Engineer\nBerlin\nI've passed your number (EUR 95k base) to the Head of ML.\n> I'm a Senior ML Engineer in Warsaw, currently at 390k PLN gross/year.",
      ),
    ).toEqual([]);
  });
  it('reads a budget the client set for the job', () => {
    expect(
      bands(
        "Controller\nZürich\nDer Kunde hat für die Stelle ein Budget von CHF 112'000 bis 126'000 Jahreslohn (inkl. 13. Monatslohn).",
      ),
    ).toEqual([[112000, 126000, 'CHF', 'year']]);
  });
  it("leaves out the candidate's pay the recruiter restates", () => {
    expect(
      bands(
        'Jefe de Proyecto BIM\nMadrid\nLa banda salarial es de 48.000 a 55.000 € brutos anuales. Entiendo que ahora estás en 44.000 € fijos.',
      ),
    ).toEqual([[48000, 55000, 'EUR', 'year']]);
  });
});

describe('other figures in messages and postings (sets 227-233)', () => {
  it("leaves out a friend's pay and the candidate's in French, Spanish, German and English", () => {
    expect(
      bands(
        "Commis de cuisine\nMontréal\nOn offre 19,50 $ de l'heure.\nOk. Mon ami est à 21 $ de l'heure au Bouillon mais c'est pas le même genre de resto",
      ),
    ).toEqual([[19.5, 19.5, 'CAD', 'hour']]);
    expect(
      bands(
        'Ayudante de cocina\nMadrid\nPagamos 1.400 € al mes.\nMi prima está en 1.600 € en un hotel.',
      ),
    ).toEqual([[1400, 1400, 'EUR', 'month']]);
    expect(
      bands(
        "Landschaftsgärtner\nWinterthur\nZu Ihrer Frage zum Lohn: Sie schreiben, dass Sie aktuell CHF 5'300 x 13 verdienen.",
      ),
    ).toEqual([]);
    expect(
      bands(
        "UX Designer\nSingapore\nThe range is S$9,500 - S$11,800/month.\nI'm currently a Senior Designer at a\nneobank on S$8,200/month, so the range is interesting.",
      ),
    ).toEqual([[9500, 11800, 'SGD', 'month']]);
  });
  it('leaves out a wage enhancement, rent, a paid task, incentives, a count of merchants', () => {
    expect(
      bands(
        "Early Childhood Educator\nVancouver, BC\nWage: $26.50/hour.\n- ECE Wage Enhancement: you are eligible for the Province's ECE Wage Enhancement (currently $6.00/hour).",
      ),
    ).toEqual([[26.5, 26.5, 'CAD', 'hour']]);
    expect(
      bands(
        'English Teacher\nOsaka\nSalary: ¥250,000/month\n- Help finding an apartment; apartments near school from ¥45,000/month',
      ),
    ).toEqual([[250000, 250000, 'JPY', 'month']]);
    expect(
      bands(
        'Senior Frontend Engineer\nBerlin\n- Salary: €72,000 - €88,000, depending on experience\n3. Take-home task (max 3 hours, paid €250)',
      ),
    ).toEqual([[72000, 88000, 'EUR', 'year']]);
    expect(
      bands(
        'Mozo de almacén\nValencia\nSalario: 19.600 - 21.000 € brutos anuales\n- Incentivos por productividad (hasta 150 € al mes)',
      ),
    ).toEqual([[19600, 21000, 'EUR', 'year']]);
    expect(
      bands(
        'Product Manager\nSingapore\nSalary\nHeadquartered in Singapore, we process payments for 25,000+ merchants.\n- Monthly base salary of S$7,500 - S$10,000, depending on experience',
      ),
    ).toEqual([[7500, 10000, 'SGD', 'month']]);
  });
  it("reads the tiers of a split row and leaves out the pay worked out with 'soit'", () => {
    expect(
      bands('Apprentice Plumber\nLeeds\nWage: Year 1: £7.55 per hour | Year 2: £9.00 per hour'),
    ).toEqual([
      [7.55, 7.55, 'GBP', 'hour', 'Year 1'],
      [9, 9, 'GBP', 'hour', 'Year 2'],
    ]);
    expect(
      bands(
        'Chauffeur SPL\nLyon\n- Taux horaire 13,80 € brut + heures supplémentaires majorées (contrat sur\n  base 186 h/mois, soit environ 2 650 € brut mensuel heures sup incluses)',
      ),
    ).toEqual([[13.8, 13.8, 'EUR', 'hour']]);
  });
  it("cuts a Facebook post's comments below a widely spaced engagement bar", () => {
    const text =
      'CNA - Evening Shift\nDayton, OH\nPay: $20.00 - $23.50/hr\n\n👍❤️ 63                                                    41 comments · 12 shares\n\n   Brenda Sue Carver\n   Kettering Health pays $24/hr for PRN just saying';
    expect(bands(text)).toEqual([[20, 23.5, 'USD', 'hour']]);
  });
});

describe('figures in threads, seen in sets 234-236', () => {
  it("leaves out the candidate's and others' figures", () => {
    expect(
      bands(
        'Nanny\nZürich\nWir zahlen CHF 34.– pro Stunde.\nOkay. Momentan habe ich CHF 32.50 die Stunde.',
      ),
    ).toEqual([[34, 34, 'CHF', 'hour']]);
    expect(
      bands(
        'Panadero\nPuebla\nPagamos $3,200 a la semana.\nAhorita en donde estoy me pagan $2,600 a la semana y sin seguro.\nTambién buscamos ayudante de mostrador, medio tiempo, $1,400 a la semana',
      ),
    ).toEqual([[3200, 3200, 'MXN', 'week']]);
    expect(
      bands(
        'Software Engineer II\nSeattle, WA\nBase salary: $158,000 per year\n- Current job: $131k base, 5% bonus, no equity.',
      ),
    ).toEqual([[158000, 158000, 'USD', 'year']]);
    expect(
      bands(
        "Lab Tech\nCincinnati, OH\nhey, my cousin's lab is hiring. The people are nice. He makes like $25 an hour but he's been there 4 years.",
      ),
    ).toEqual([]);
    expect(
      bands(
        "Account Executive\nDenver, CO\nWe couldn't get to $110k on base — $105k is the top of the band.",
      ),
    ).toEqual([[105000, 105000, 'USD', 'year']]);
    expect(
      bands(
        "Account Manager\nBruxelles\nFixe : 3 800 - 4 300 € brut par mois.\n> Aujourd'hui je suis à 4 100 € brut fixe + voiture et je vise 4 500 €.",
      ),
    ).toEqual([[3800, 4300, 'EUR', 'month']]);
    expect(
      bands(
        'Commercial\nNantes\nSalaire : 30 000 - 35 000 € brut annuel.\nTalentOuest RH – SAS au capital de 20 000 € – RCS Nantes',
      ),
    ).toEqual([[30000, 35000, 'EUR', 'year']]);
  });
  it('keeps the pay of ordinary postings a second review found dropped', () => {
    expect(
      bands('Camarero/a\nMálaga\nCon nosotros ganas 1.450 € brutos al mes en 14 pagas.'),
    ).toEqual([[1450, 1450, 'EUR', 'month']]);
    expect(
      bands(
        'Dependiente/a\nSevilla\nTambién buscamos personas con ganas de aprender, ofrecemos 1.400 € netos al mes.',
      ),
    ).toEqual([[1400, 1400, 'EUR', 'month']]);
    expect(
      bands(
        'Verkäufer (m/w/d)\nHamburg\nWir suchen auch Quereinsteiger mit Freude am Verkauf – Stundenlohn 14,50 € brutto.',
      ),
    ).toEqual([[14.5, 14.5, 'EUR', 'hour']]);
    expect(
      bands(
        'Warehouse Associate\nReno, NV\nOur associates love working here - they make $19.50/hr plus weekly bonuses.',
      ),
    ).toEqual([[19.5, 19.5, 'USD', 'hour']]);
    expect(
      bands('Analyst\nDenver, CO\nThe typical range for this role is $85,000 - $100,000 per year.'),
    ).toEqual([[85000, 100000, 'USD', 'year']]);
    expect(
      bands(
        'Picker\nMaidstone\nAll shifts, including your induction week, are paid at £12.20 per hour.',
      ),
    ).toEqual([[12.2, 12.2, 'GBP', 'hour']]);
    expect(
      bands(
        "Picker\nMaidstone\nI'm a team lead at the Kent warehouse and we need two more pickers on £12.40/hr.",
      ),
    ).toEqual([[12.4, 12.4, 'GBP', 'hour']]);
    expect(
      bands(
        'Kitchen Porter\nBath\nSarah (Owner): Hi Tom, I can do $17 an hour to start, 30 hours a week.',
      ),
    ).toEqual([[17, 17, 'USD', 'hour']]);
  });
  it('keeps the pay a review found dropped by the rules above', () => {
    expect(
      bands(
        "Stage Assistant(e) Marketing H/F\nParis\nGratification : la gratification légale est de 4,35 € de l'heure.",
      ),
    ).toEqual([[4.35, 4.35, 'EUR', 'hour']]);
    expect(
      bands(
        'Pflegefachkraft (m/w/d)\nKöln\nVergütung nach TVöD-P: als examinierte Pflegefachkraft erhalten Sie derzeit 3.650 € brutto monatlich',
      ),
    ).toEqual([[3650, 3650, 'EUR', 'month']]);
    expect(
      bands(
        'Senior Controller (m/w/d)\nMünchen\nDas Jahresgehalt würde bei 85.000 € liegen, plus Bonus.',
      ),
    ).toEqual([[85000, 85000, 'EUR', 'year']]);
    expect(
      bands('Warehouse Associate\nDallas, TX\nMike: Would you do $18 an hour to start?'),
    ).toEqual([[18, 18, 'USD', 'hour']]);
    expect(
      bands(
        "Paid Social Manager\nLondon\nYou'll manage a client budget of £2,000,000 across Meta.\nSalary: £45,000 - £52,000 per annum",
      ),
    ).toEqual([[45000, 52000, 'GBP', 'year']]);
    expect(
      bands(
        'Produktionshelfer\nBremen\nIhr Gehalt: Zu Ihren 2.800 € Grundgehalt kommen Schichtzulagen.',
      ),
    ).toEqual([[2800, 2800, 'EUR', 'month']]);
    expect(
      bands(
        'Elektroniker\nHannover\nDer Kunde hat ein Budget von 44.000 – 50.000 € brutto im Jahr. Ihre Vorstellung von 52.000 € liegt etwas darüber.',
      ),
    ).toEqual([[44000, 50000, 'EUR', 'year']]);
    expect(
      bands(
        'Contract Developer\nDublin\nRate: €550–€600 per day.\nMy current rate is €625/day. Could you stretch to €620?',
      ),
    ).toEqual([[550, 600, 'EUR', 'day']]);
  });
});

describe('currency names written as nouns', () => {
  it('reads a capitalised or singular currency name after the figure', () => {
    expect(bands('Wir zahlen 15 Euro pro Stunde.')).toEqual([[15, 15, 'EUR', 'hour']]);
    expect(bands('Wir zahlen 2.500 Euro im Monat.')).toEqual([[2500, 2500, 'EUR', 'month']]);
    expect(bands('Wir zahlen 25 Franken pro Stunde.')).toEqual([[25, 25, 'CHF', 'hour']]);
    expect(bands('Wir zahlen 15 Dollar die Stunde, Toronto.')).toEqual([[15, 15, 'CAD', 'hour']]);
    expect(bands('We pay 400 Rand a day.')).toEqual([[400, 400, 'ZAR', 'day']]);
    expect(bands('Le pagamos 250 Pesos diarios en Monterrey, N.L.')).toEqual([
      [250, 250, 'MXN', 'day'],
    ]);
  });
  it("leaves out the candidate's 'da war ich bei 9 Euro die Stunde'", () => {
    const text =
      'Mi 16:40\nNina (Café Rhein): Klar. CHF 26.50 pro Stunde, inkl. Ferienentschädigung.\n\nMi 16:45\nMatteo: Das ist gut. In Milano war es viel weniger, da war ich bei 9 Euro die Stunde';
    expect(bands(text)).toEqual([[26.5, 26.5, 'CHF', 'hour']]);
  });
});

describe("a consultant's fee", () => {
  it.each<[string, Band[]]>([
    ['Evaluation Expert\nEU Agency\nDaily fee: EUR 850', [[850, 850, 'EUR', 'day']]],
    [
      'Evaluation Expert\nAcme\nThe consultant will be paid a daily fee of EUR 600.',
      [[600, 600, 'EUR', 'day']],
    ],
    [
      'Consultant\nAcme\nDaily fee not exceeding USD 380, commensurate with experience',
      [[null, 380, 'USD', 'day']],
    ],
    [
      'Evaluation Consultant\nAcme Trust\n**Budget:** Day rate of £450–£550 (excluding VAT), depending on experience',
      [[450, 550, 'GBP', 'day']],
    ],
    // Fees the applicant pays are no pay.
    ['Nurse\nAcme\nApplication fee: $50', []],
    ['Nurse\nAcme\nThere is a fee of $150 for the course.', []],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('a scale written as a row of points', () => {
  it.each<[string, Band[]]>([
    [
      'Clinical Nurse Manager\nHSE, Dublin\nThe Salary scale for the post is:\n        €63,437 €64,830 €66,229 €67,646 €69,054 €70,462 €71,880 €73,289 €74,698',
      [[63437, 74698, 'EUR', 'year']],
    ],
    [
      'Water Operator\nTownship of Acme, Ontario\n          Start        After 6 months     After 12 months    Job rate\n  2025    $31.86/hr    $32.95/hr          $34.10/hr          $35.48/hr',
      [[31.86, 35.48, 'CAD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('pay in Czech, Slovak, Hungarian, Romanian, Greek, Finnish and Norwegian', () => {
  it.each<[string, Band[]]>([
    ['Svářeč\nAcme s.r.o.\n220–280 Kč za hodinu', [[220, 280, 'CZK', 'hour']]],
    ['Účetní\nAcme s.r.o.\nMzda: od 38 000 Kč hrubého měsíčně', [[38000, null, 'CZK', 'month']]],
    ['DevOps\nAcme a.s.\nMzda od 3 500 EUR/mesiac brutto', [[3500, null, 'EUR', 'month']]],
    ['Elemző\nAcme Kft.\nBruttó 650 000 – 800 000 Ft/hó', [[650000, 800000, 'HUF', 'month']]],
    ['Villanyszerelő\nAcme Kft.\nBruttó 3 200 – 3 800 Ft/óra', [[3200, 3800, 'HUF', 'hour']]],
    ['Contabil\nAcme SRL\nSalariu: 6.500 - 8.000 RON net/lună', [[6500, 8000, 'RON', 'month']]],
    ['Λογιστής\nAcme\nΜικτές αποδοχές: 1.300 - 1.600 € / μήνα', [[1300, 1600, 'EUR', 'month']]],
    // The base before "and commission (OTE …)": Finnish "sekä" is "and".
    [
      'Myyntipäällikkö\nAcme Oy\nTarjoamme\n- kiinteän kuukausipalkan 4 800 €/kk sekä provision (OTE noin 7 000 €/kk);',
      [[4800, 4800, 'EUR', 'month']],
    ],
    // The krone first, and a krone no place names: the words are Norwegian.
    ['Sykepleier\nAcme\nLønn: kr 612 400 – 689 000 per år', [[612400, 689000, 'NOK', 'year']]],
    [
      'Sykepleier – fast stilling\nVi tilbyr\n• Lønn etter tariff, minimum 545 000 kr per år',
      [[545000, null, 'NOK', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('chats that are no talk about a job', () => {
  it("takes no seeker's ask as pay", () => {
    const text =
      '12/03/2025, 18:30 - Jess: hey, looking for a new kitchen job, know anything?\n12/03/2025, 18:33 - Mike: Yeah, Kitchen Hand at Lune in Collingwood, starts Monday.\n12/03/2025, 18:35 - Jess: nice! would they do $31/hr?';
    expect(bands(text)).toEqual([]);
  });
  it('keeps the side that opens the talk about the job', () => {
    const text =
      "Microsoft Teams - Chat\nPriya Raman  09:02\nHi Tom, the Data Analyst role at Kestrel Bank is $85,000 - $95,000 base salary.\nTom Becker  09:10\nThanks Priya, sounds interesting. Relocating would cost me about $4,000 per month in rent though.\nPriya Raman  09:15\nI'll ask.";
    expect(bands(text)).toEqual([[85000, 95000, 'USD', 'year']]);
  });
});

describe('labels that are no labels', () => {
  it('drops a pictogram and a neighbouring band as labels', () => {
    const text =
      'CARE ASSISTANTS WANTED\n📍 Leeds\n💷 £12.60 p/h days  |  £13.10 p/h nights\nFull training provided.';
    const r = parsePostingText(text);
    expect(r.ok && toPlainPosting(r).salary.map((b) => b.label)).toEqual([null, null]);
  });
});

describe('pay for some students', () => {
  it('is still pay', () => {
    const text =
      'Robotics Intern\nBoston, MA\n• $48/hr for undergraduates; $55/hr for graduate students (MS/PhD)';
    expect(bands(text).map(([min, max]) => [min, max])).toEqual([
      [48, 48],
      [55, 55],
    ]);
  });
});

describe("someone else's pay, told in passing", () => {
  it.each<[string, Band[]]>([
    [
      "Staff ML Engineer\nAcme, San Francisco, CA\nfwiw a buddy of mine is a senior MLE there and he's around $190k base, so staff should be well above that",
      [],
    ],
    [
      'Data Analyst\nAcme, Manchester\nSalary: £38,000 - £45,000\nI know analyst roles in Manchester typically pay around £35k at this level.',
      [[38000, 45000, 'GBP', 'year']],
    ],
    [
      'Gameplay Programmer\nAcme, Montréal\nfor reference the AAA studios here pay juniors around 65-70k, just so ppl know what to ask for',
      [],
    ],
    [
      'Data Engineer II\nAcme, Chicago, IL\nThe offer: $135k base. Levels.fyi shows a bunch of Chicago DE2s between $140k and $165k. Should I counter at $150k?',
      [[135000, 135000, 'USD', 'year']],
    ],
    [
      'UX Researcher\nAcme, Austin, TX\nBase salary: $124,000 per year (previously $118,000)',
      [[124000, 124000, 'USD', 'year']],
    ],
    [
      "Lead SRE\nAcme, Sydney\nMost lead SREs in Sydney I'm placing at the moment are landing somewhere around $220k–$250k + super.",
      [],
    ],
    [
      'Salesforce Admin\nAcme, Denver, CO\nRate: $85/hr W2\nfwiw their last contractor was billing $110/hr through a big firm',
      [[85, 85, 'USD', 'hour']],
    ],
    [
      'Marketing Director\nAcme, Bristol\nThe previous Head of Marketing was on about £85k plus car.',
      [],
    ],
    [
      "Runner\nAcme, London\non my last job runners got £160 a day so I'd ask for at least that",
      [],
    ],
    [
      'Product Designer\nAcme, New York, NY\nSalary: $140,000 - $160,000\nI got bumped to $175k after my first year.',
      [[140000, 160000, 'USD', 'year']],
    ],
    [
      'Counsellor\nAcme, Ottawa, ON\nOffer: $38.50/hour\n- Would like $42/hr; open to $40 if they add a PD budget.',
      [[38.5, 38.5, 'CAD', 'hour']],
    ],
    // The employer's own words stay pay.
    [
      'Barista\nAcme, Austin, TX\nWe typically start baristas at $15/hr.',
      [[15, 15, 'USD', 'hour']],
    ],
    [
      'Skladník\nAcme s.r.o., Brno\nMzda: 185 Kč/hod.\nPrůměrný měsíční výdělek zkušených kolegů je 42 000 Kč.',
      [[185, 185, 'CZK', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('pay seen in sets 282-289', () => {
  it.each<[string, Band[]]>([
    // The contract named in a bracket between the amount and its period.
    [
      'DevOps Engineer\nAcme, Warszawa\n18 000 – 24 000 PLN + VAT (B2B) miesięcznie',
      [[18000, 24000, 'PLN', 'month']],
    ],
    // Benefits under a Nordic heading are not the requirements' prose.
    [
      'Undersköterska\nAcme AB, Göteborg\nKvalifikationer\n- Undersköterskeexamen (krav)\nVi erbjuder\n- Lön: 27 500–30 000 kr/mån beroende på erfarenhet',
      [[27500, 30000, 'SEK', 'month']],
    ],
    [
      'Autista patente C\nAcme, Verona\nRetribuzione 1.800 € netti al mese più diaria di 46,48 € al giorno per le trasferte.',
      [[1800, 1800, 'EUR', 'month']],
    ],
    [
      'VP Finance\nAcme, Austin, TX\nSalary: $260,000 - $310,000\nBenefits: 401(k); $150/month commuter benefit',
      [[260000, 310000, 'USD', 'year']],
    ],
    // India's increment scale, allowances on top, a note in brackets before the period, a PIN.
    [
      'Assistant Manager\nAcme PSU, New Delhi\nPay Scale: E1 Grade: Rs. 40,000 – 3% – 1,40,000 (IDA pay scale) per month, plus DA',
      [[40000, 140000, 'INR', 'month']],
    ],
    [
      'Project Associate\nIICMR, Bhubaneswar\nEmoluments: Rs. 25,000/- + HRA per month\nVenue: Committee Room, Acharya Vihar, Bhubaneswar – 751013, Odisha',
      [[25000, 25000, 'INR', 'month']],
    ],
    // A supplement on top of the scale; a town's population.
    [
      'Physiotherapist\nNHS Trust, London\nSalary: £46,148 to £52,809 a year per annum pro rata, plus 15% High Cost Area Supplement (min £4,469, max £6,713)',
      [[46148, 52809, 'GBP', 'year']],
    ],
    [
      'Social Worker\nAcme Council, Leeds\n**Market supplement:** £3,000 per annum (reviewed annually)',
      [],
    ],
    [
      'Clinical Nurse Manager\nHSE, Galway\nThe hospital serves a population of approximately 190,000.\nSalary: €59,385 - €70,567 per annum',
      [[59385, 70567, 'EUR', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('pay seen in sets 290-297', () => {
  it.each<[string, Band[]]>([
    // Ads under a marker in Swedish, Norwegian and French.
    [
      'Undersköterska\nAcme AB, Sundsvall\nLön: 27 500–30 000 kr/mån\n\nAnsök här\n\nLiknande annonser\nPersonlig assistent – Timanställning – 155 kr/tim',
      [[27500, 30000, 'SEK', 'month']],
    ],
    [
      'Avdelingsleder\nAcme AS, Bergen\nLønn: 720 000 – 850 000 kr per år\n\nSøk her\n\nLignende stillinger\nProsjektleder elektro – Stord – Lønn: 650 000 – 720 000',
      [[720000, 850000, 'NOK', 'year']],
    ],
    // Another job named in passing; a bonus, a meal card, commission and an allowance.
    [
      "Scaffolder\nAcme, Christchurch\nPay DOE.\nWe're also hiring a Leading Hand Scaffolder ($40 - $45 per hour) - see our other listing.",
      [],
    ],
    ['Comercial\nAcme, Madrid\n✅ Nuestros comerciales top superan los 4.000 €/mes', []],
    [
      'Magazynier\nAcme, Stryków\nOferujemy:\n- stawka 28,10 zł brutto/h\n- premia frekwencyjna do 600 zł miesięcznie',
      [[28.1, 28.1, 'PLN', 'hour']],
    ],
    [
      'Dev Frontend Pleno\nAcme, São Paulo\nSalário: R$ 7.000 a R$ 9.500 por mês\n- Vale-refeição/alimentação de R$ 1.200/mês no cartão',
      [[7000, 9500, 'BRL', 'month']],
    ],
    [
      'Vendedor Externo\nAcme, Belo Horizonte\nR$ 2.500,00 por mês + comissão (a média da equipe fica entre R$ 3.000 e R$ 4.500 por mês) + ajuda de custo de combustível de R$ 800',
      [[2500, 2500, 'BRL', 'month']],
    ],
    // The same sum in another currency goes with the one left out.
    [
      'Engineer\nAcme, Austin, TX\nSalary: $150k–$185k\nProcess is a 2-hour paid take-home (we pay $300 / €275 for your time).',
      [[150000, 185000, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

// What a review reproduced against this session's anecdote and extra-pay words: the employer's
// own pay stays.
describe("the employer's own pay beside words about others' pay", () => {
  it.each<[string, Band[]]>([
    [
      'Medewerker Klantenservice\nAcme BV, Utrecht\nJe werkt gemiddeld 32 uur per week en verdient € 2.800 - € 3.400 bruto per maand.',
      [[2800, 3400, 'EUR', 'month']],
    ],
    [
      'Software Engineer\nAcme Inc, Austin, TX\nThis role will typically pay between $120,000 and $150,000 per year depending on experience.',
      [[120000, 150000, 'USD', 'year']],
    ],
    [
      'Analista de Dados Sênior\nAcme, São Paulo, SP\nSalário acima da média do mercado: R$ 9.000 a R$ 12.000 por mês.',
      [[9000, 12000, 'BRL', 'month']],
    ],
    [
      'Graduate Engineer\nAcme Ltd, Manchester, UK\nWe pay graduates £32,000 per year plus a bonus.',
      [[32000, 32000, 'GBP', 'year']],
    ],
    [
      'Warehouse Associate\nAcme Logistics, Dallas, TX\nWhile other companies are paying minimum wage, we pay $22/hr plus overtime.',
      [[22, 22, 'USD', 'hour']],
    ],
    [
      'Registered Nurse\nCareStaff, Dallas, TX\nWe are currently placing Registered Nurses in Dallas at $55/hr for 13-week contracts.',
      [[55, 55, 'USD', 'hour']],
    ],
    [
      'Software Engineer\nAcme Inc, Austin, TX\nNew hires are placed within their band based on experience: $120,000 - $150,000 per year.',
      [[120000, 150000, 'USD', 'year']],
    ],
    [
      'Staff Nurse\nNHS Trust, London\nSalary (including London supplement): £38,000 - £44,000 per annum',
      [[38000, 44000, 'GBP', 'year']],
    ],
    [
      'Analista de Dados\nAcme, São Paulo, SP\nBenefícios: VR, VT, PLR e salário de R$ 6.000 por mês.',
      [[6000, 6000, 'BRL', 'month']],
    ],
    [
      'Specjalista ds. sprzedaży\nAcme Sp. z o.o., Warszawa\nOferujemy: premie kwartalne oraz wynagrodzenie 8 000 - 10 000 zł brutto miesięcznie.',
      [[8000, 10000, 'PLN', 'month']],
    ],
    [
      'Addetto vendite\nAcme Srl, Milano\nOffriamo: provvigioni, premi e una retribuzione di 1.800 € netti al mese.',
      [[1800, 1800, 'EUR', 'month']],
    ],
    [
      'Warehouse Associate\nAcme Logistics, Dallas, TX\nWhile other employers typically pay $15, we pay $22 per hour.',
      [[22, 22, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

// Session 27: held-out sets s306-s313.
describe('salary in messages and footers (session 27)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // A count of things written with a hyphenated noun.
    [
      'Principal Engineer\nRemote - USA\nPay Range: $0.00 - $0.00\nApply\n\nWe serve more than 18,000 e-commerce merchants.\n\nThe base pay range is $228,000 - $285,000 per year.',
      [[228000, 285000, 'USD', 'year']],
    ],
    // A founder's fundraising target.
    [
      'Technical co-founder\nNairobi\nNo salary until we close our pre-seed (target: $500k, two funds in talks).',
      [],
    ],
    // A newsletter's footer address under a "Salary corner" heading; a house number.
    [
      'Staff ML Engineer\nKiebitz Mobility GmbH · Berlin\n\nMoney & perks\n€95.000 – €115.000 brutto/Jahr, full-time.\n\nSalary corner\nOur survey puts the median at €78,500.\nBerlin Tech Jobs Weekly · Oranienstraße 183 · 10999 Berlin · Impressum',
      [[95000, 115000, 'EUR', 'year']],
    ],
    // Money the business moves, not pay.
    [
      'Head of Growth\nDublin\n→ You have scaled paid social past €1M/yr spend\n💶 €120-140k base + equity',
      [[120000, 140000, 'EUR', 'year']],
    ],
    // A seeker's ask and a market rate in a group chat.
    [
      '[04/02/2025, 10:11] +353 87 555 0134: anyone know of KP jobs? My cousin is looking, €13/hr or so would do him\n[04/02/2025, 11:02] Ronan: HIRING – Sous Chef – Dublin 2\n- €38-42k depending on experience\n[04/02/2025, 13:30] Darragh: €15.50/hr is the going rate down here',
      [[38000, 42000, 'EUR', 'year']],
    ],
    // A starting pay, and a start "at".
    [
      'Junior Web Developer\nLeeds\n- £26k to start, rising to £30k after your probation',
      [[26000, 26000, 'GBP', 'year']],
    ],
    [
      'Junior Web Developer\nLeeds\n- Starting at £26k, then reviewed yearly',
      [[26000, null, 'GBP', 'year']],
    ],
    // US contracting terms name the country when no place list knows the town.
    ['Business Analyst\nIrving TX, onsite 5 days.\nrate is 55/hr c2c.', [[55, 55, 'USD', 'hour']]],
    // A recruiter's range in thousands, the "k" left out.
    [
      'Senior ML Engineer\nNew York, NY\n- comp: 190-230 base, 0.1-0.2% equity, 15% bonus target',
      [[190000, 230000, 'USD', 'year']],
    ],
    [
      'Senior Data Analyst\nChicago, IL\nThe range for this role is 125 to 140 plus an annual bonus (target 10%).',
      [[125000, 140000, 'USD', 'year']],
    ],
    ['Engineer\nChicago, IL\nWe have 120 to 140 people in the team.', []],
    // Italian: "lordi orari" is hourly; "RAL" is the yearly gross, not a RAL colour.
    [
      'OSS\nPozzuoli\n- Retribuzione: 9,20 € lordi orari + maggiorazioni per notturni e festivi',
      [[9.2, 9.2, 'EUR', 'hour']],
    ],
    [
      'Pizzaiolo\nBergamo\nContratto full time CCNL Turismo, RAL circa 26k, giorno libero il lunedì.',
      [[26000, 26000, 'EUR', 'year']],
    ],
    ['Verniciatore\nBergamo\nFinitura RAL 7016, 2 anni di esperienza', []],
    // "Php" before the amount; a Philippine VA for an Australian agency.
    [
      'HIRING: Virtual Assistant for an Aussie real estate agency (Gold Coast)\nOpen to Filipinos anywhere in the Philippines\nPhp 250/hr, paid weekly via Wise.',
      [[250, 250, 'PHP', 'hour']],
    ],
    // A Dutch board's "Bekijk ook:" lists other jobs.
    [
      'Logistiek medewerker\nRotterdam\n€ 15,37 - € 17,10 per uur\n\nBekijk ook:\nOrderpicker – Ridderkerk – € 14,06 per uur',
      [[15.37, 17.1, 'EUR', 'hour']],
    ],
    // Overload work's rate; a part-timer's actual pay in a bracket further on.
    [
      'Mathematics Instructor\nSalary\nAnnual salary range: $78,412 – $104,556.\nSummer and overload assignments are paid at the hourly rate of $92.18.',
      [[78412, 104556, 'USD', 'year']],
    ],
    [
      'Volunteer Coordinator\nCarlisle\nSalary: £26,400 per annum FTE, pro rata for 21 hours (£14,984 actual).',
      [[26400, 26400, 'GBP', 'year']],
    ],
    // Each end named: "minimum … - maximum …", Dutch "minimaal … - maximaal …".
    [
      'Analyst\nAustin, TX\nSalary: minimum $4,235 - maximum $6,180 per month',
      [[4235, 6180, 'USD', 'month']],
    ],
    [
      'Beleidsmedewerker\nDen Haag\nSalaris: minimaal € 4.235 - maximaal € 6.180 bruto per maand (schaal 11)',
      [[4235, 6180, 'EUR', 'month']],
    ],
    // "Nice-to-haves" names no French town.
    [
      'Senior ML Engineer\n## Nice-to-haves\n- Ray\n## Logistics\n- NYC, hybrid\n- comp: 190-230 base',
      [[190000, 230000, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

// What a review reproduced against 6968fee, each now held.
describe('review of session 27: no pay invented or lost', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Senior Backend Engineer\nN26\nBerlin, DE\n\nSalary: 75,000 - 90,000 per year',
      [[75000, 90000, 'EUR', 'year']],
    ],
    ['Welder\nAcme\nHouston, TX\n\nCompensation: 30-38 (hourly) DOE', [[30, 38, 'USD', 'hour']]],
    ['Contract Java Developer\nAcme\nDallas, TX\n\nRate range: 60-70 on W2', []],
    ['Electrician\nAcme\nDenver, CO\n\nPay range: 32-38 depending on experience', []],
    [
      'Warehouse Associate\nQuickShip\nReno, NV\n\nMust lift loads in the range of 40-50 pounds.\nPay: $19/hr',
      [[19, 19, 'USD', 'hour']],
    ],
    [
      'Recruiter\nTalentCo\nNew York, NY\n\nYou will handle 80-120 base interviews per month.\nSalary: $90k',
      [[90000, 90000, 'USD', 'year']],
    ],
    ['Line Cook\nAcme\nAustin, TX\nWe pay 30-35 base plus tips.', []],
    [
      'Monteur Elektrotechniek\nVolta Installatietechniek\nUtrecht\nRijbewijs B.\nZie ook: onze pagina over werken bij Volta.\nWat bieden wij?\nSalaris tussen € 2.900 en € 3.700 bruto per maand.',
      [[2900, 3700, 'EUR', 'month']],
    ],
    [
      'Summer Intern\nAcme\nAustin, TX\n\nSummer interns are paid at $32/hr.',
      [[32, 32, 'USD', 'hour']],
    ],
    [
      'Impiegato Amministrativo\nRossi Srl\nMilano\n\nOffriamo: RAL 28.000 € orario full time',
      [[28000, 28000, 'EUR', 'year']],
    ],
    [
      'Barista\nCafe Roma\nPalermo, Buenos Aires\n\nSueldo: $900.000 mensuales',
      [[900000, 900000, 'ARS', 'month']],
    ],
    [
      'Engineer\nAcme\nVenice, CA\n\nSalary range: 140,000 - 170,000 per year',
      [[140000, 170000, 'USD', 'year']],
    ],
    [
      'Controls Engineer\nGreenville, SC\nMoney — we would be at 110 to 125 base depending on where you land, plus per diem when you travel',
      [[110000, 125000, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('pay ranges with notes, grades and millions (session 28)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // A note on the first end before "to", with small counts in it.
    [
      'Special Education Teacher\nAcme District\nDenver, CO\nRange: $58,412 (BA + 0, Step 0) to $112,904 (MA + 90 / PhD, Step 16+).',
      [[58412, 112904, 'USD', 'year']],
    ],
    // The three points' labels after them.
    [
      'Systems Administrator III\nState University\nAustin, TX\nSalary Range:     $72,500 - $88,900 - $105,300 (Min - Mid - Max)',
      [[72500, 105300, 'USD', 'year']],
    ],
    // A later progression is no band of its own.
    [
      'Research Software Engineer\nUniversity of Leeds\nLeeds\nSalary: £38,249 to £45,163 per annum, with potential progression once in post to £48,822',
      [[38249, 45163, 'GBP', 'year']],
    ],
    // A grade's code before the pay is no end of a range.
    [
      'Programme Officer\nWFP\nNairobi, Kenya\nGrade / Salary:  Grade C2 – KES 185,000 gross per month (non-negotiable)',
      [[185000, 185000, 'KES', 'month']],
    ],
    // Pay in millions with its currency on one end only.
    [
      'ESL Teacher\nSunrise Hagwon\nSeongnam, South Korea\nSalary: 2.5 million – 2.8 million KRW per month, depending on experience',
      [[2500000, 2800000, 'KRW', 'month']],
    ],
    // A count in millions is still no pay.
    [
      'Marketer\nAcme\nLondon\nWe reach 2 million UK renters every month. Salary £40k.',
      [[40000, 40000, 'GBP', 'year']],
    ],
    // "New Mexico" is a US state: its "$" is USD.
    [
      'Academic Advisor\nDesert Mesa University\nSalary grade: 12 ($4,583 - $6,875 monthly).\nBenefits: New Mexico Educational Retirement Board (ERB) pension.',
      [[4583, 6875, 'USD', 'month']],
    ],
    // What tips come to is no pay.
    [
      'Jo (Little Fern Coffee): we need a weekend barista, $17/hr plus tips (tips are usually like $6-8/hr on top)',
      [[17, 17, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('dollars paid in USDC, and a package estimate (session 28)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Solidity Engineer\nNebulon Labs\nLocation: Fully remote (team across Lisbon, Singapore and Buenos Aires)\nComp: $120k–$160k/yr (paid in USDC or fiat, your choice)',
      [[120000, 160000, 'USD', 'year']],
    ],
    [
      'Senior Civil Engineer\nAcme\nParramatta NSW\n- $140k base + super (so roughly $155k package)',
      [[140000, 140000, 'AUD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('what the session 28 salary rules must leave alone (review)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // A progression path beside the salary leaves the salary.
    [
      'Trainee Recruitment Consultant\nHarlow Talent\nManchester\nWe offer a clear progression path to management and a salary of £26,000 per year.',
      [[26000, 26000, 'GBP', 'year']],
    ],
    [
      'Junior Developer\nCodeworks\nBristol\nGreat progression within the team to mid level, starting salary £28,000',
      [[28000, 28000, 'GBP', 'year']],
    ],
    // A note that is no step or qualification bridges no range.
    [
      'Caregiver\nComfort Homes\nDenver, CO\n$18/hr (min 20 hrs/week) to $20/hr for nights',
      [
        [18, 18, 'USD', 'hour'],
        [20, 20, 'USD', 'hour'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('other posts, anecdotes, fees and category notes (session 29)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // A forum thread copied without its vote arrows: the next comment is another company's.
    [
      'tidewater_jm 4 hours ago | prev | next [–]\n\nTidewater Labs | Senior Backend Engineer (Go) | REMOTE (US) | $165k–$205k + equity\n\nWe build payments infrastructure.\n\nreply\n\n  okabe_r 3 hours ago | parent | next [–]\n\n  Lumenfold | Staff Data Engineer | NYC | $210k-$240k\n\n  reply\n',
      [[165000, 205000, 'USD', 'year']],
    ],
    // What the best drivers grossed is no band.
    [
      'CDL-A Driver\nJoplin, MO\nPay\n- Weekly pay: $1,300 – $1,600 per week\n- Top drivers grossed over $92,000 last year\n',
      [[1300, 1600, 'USD', 'week']],
    ],
    // A paid hiring step is no salary.
    [
      'Platform Engineer\nDriftwood\nBerlin\nSalary: €70,000 – €90,000\nOur process is a chat, a paid take-home (€400), and a team call.',
      [[70000, 90000, 'EUR', 'year']],
    ],
    // A category code in a note on each end of a range.
    [
      'Occasional Teacher\nOttawa, ON\nRates range from $265.22 per day (A1) to $380.45 per day (A4), plus 4% vacation pay.',
      [[265.22, 380.45, 'CAD', 'day']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('thousands in a message, dashed header rows, addresses, job numbers (session 29)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // Thousands of a currency read as pay without a salary word.
    [
      '[14:07, 02/06/2025] Ciarán Fallon: Hiring Deputy Store Manager for our Athlone shop. €34k, 39hrs/wk, full time, weekends on rota.',
      [[34000, 34000, 'EUR', 'year']],
    ],
    // A header row of dash-separated cells.
    [
      'Store Manager - Leeds - £32,000 - Acme Retail Ltd.\nWe need a store manager.',
      [[32000, 32000, 'GBP', 'year']],
    ],
    // A house number before an English street; a job's number.
    [
      'HVAC Apprentice\nAurora, CO\nPay & benefits\n- Pay: $20.00 – $24.00 per hour\n- 401(k) with 3% match\nFront Range Comfort Co. · 15900 E Smith Rd · Aurora, CO 80011',
      [[20, 24, 'USD', 'hour']],
    ],
    [
      "Journalier\nValmaska\nSalaire et avantages\n- 22,35 $/h + prime de nuit\nNuméro de l'offre d'emploi : 3194527",
      [[22.35, 22.35, 'CAD', 'hour']],
    ],
    // A Philippine day rate.
    [
      'Room Attendant\nResort\nLapu-Lapu City, Cebu\n₱560 daily + service charge',
      [[560, 560, 'PHP', 'day']],
    ],
    // A plus before the period.
    ['Concrete Finisher\nBryan, TX\ncompensation: $17-20+/hr', [[17, 20, 'USD', 'hour']]],
    // Not pay: the best earners, a rate per extra stop, what other sites show.
    [
      'Driver\nToledo, OH\nPay: $28.50 per hour\n- Our drivers averaged $92,000 last year (top 25%: $104,000+)\n- mileage-plan drivers get $30 per extra stop',
      [[28.5, 28.5, 'USD', 'hour']],
    ],
    [
      'Sales Rep\nDubbo NSW\nPackage\n80K base + super.\nPlease note: the salary shown on some job boards as "$90,000 - $100,000 package" includes super.',
      [[80000, 80000, 'AUD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });

  it('leaves thousands in a budget or a sign-on bonus alone', () => {
    expect(bands('Marketing Lead\nAcme\nBerlin\nYou will own a €50k budget for events.')).toEqual(
      [],
    );
    expect(bands('Nurse\nAcme\nDenver, CO\nWe offer a $10k sign-on bonus.')).toEqual([]);
  });
});

describe('what the session 29 salary rules must leave alone', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // A grade's number with its code before the scale is no end of a range.
    [
      'Principal Legal Officer\nDouglas\n\n**Grade:** Senior Officer 3 (SO3) — £67,118 to £73,432 per annum',
      [[67118, 73432, 'GBP', 'year']],
    ],
    // Another company's job plugged in the same thread.
    [
      'DevRel Contractor\nAcme\nBerlin\n• €600–700/day, invoiced monthly\nplugging ours too – Gantry Robotics is hiring a Staff Rust Engineer, $210–245k + equity, onsite in South San Francisco.',
      [[600, 700, 'EUR', 'day']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('more currencies as written where they are paid (session 29)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Support Team Lead\nTbilisi\n- **GEL 3,500 – 4,200 per month, gross**',
      [[3500, 4200, 'GEL', 'month']],
    ],
    [
      'M&E Officer\nKigali, Rwanda\nUHI offers a gross monthly salary of RWF 1,200,000 – 1,500,000 depending on qualifications',
      [[1200000, 1500000, 'RWF', 'month']],
    ],
    [
      'Técnico\nMoatize, Moçambique\n• Salário: 42.000,00 MT líquidos por mês',
      [[42000, 42000, 'MZN', 'month']],
    ],
    ['Executive\nGazipur\nSalary\nTk. 45000 - 55000 (Monthly)', [[45000, 55000, 'BDT', 'month']]],
    [
      'Designer\nLalitpur\nSalary: NRs. 40,000 – 60,000 per month (negotiable).',
      [[40000, 60000, 'NPR', 'month']],
    ],
    [
      'Controller\nOranjestad, Aruba\n• Bruto maandsalaris tussen Afl. 8.400,- en Afl. 10.950,- (schaal 13)',
      [[8400, 10950, 'AWG', 'month']],
    ],
    // A prefix glued to its figure still hints at pay.
    [
      'Chef\nGeorge Town\n\nWhat we offer:\n• RM3,200 – RM3,800 / month basic\n• EPF',
      [[3200, 3800, 'MYR', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });

  it('reads "MT" as meticais only in Mozambique (elsewhere tonnes)', () => {
    expect(
      bands('Logistics Coordinator\nRotterdam\nYou will handle 5,000 MT per day of bulk cargo.'),
    ).toEqual([]);
  });
});

describe('thousands written in words of the place, and Italian RAL (session 29)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Utvecklare\nMalmö\n- Lön 58–70 tkr/mån beroende på erfarenhet',
      [[58000, 70000, 'SEK', 'month']],
    ],
    [
      'Kierownik budowy\nBiałystok\n• wynagrodzenie 15–18 tys. zł netto miesięcznie',
      [[15000, 18000, 'PLN', 'month']],
    ],
    ['Impiegato contabile\nOderzo\n- RAL 28-32k, 13 mensilità', [[28000, 32000, 'EUR', 'year']]],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('what the session 29 salary rules must leave alone (review)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // Thousands that are no item of their own: contracts, a book of business, a prize, others' pay.
    [
      'Procurement Specialist\nAcme\nLondon, UK\n\nYou will negotiate supplier contracts from £50k to £250k.',
      [],
    ],
    ['Account Manager\nBuildRight LLC\nDenver, CO\n\nYou will own a $300k book of business.', []],
    [
      'Office Manager\nAcme Corp\nSan Francisco, CA\n\nWe won a $50k prize at TechCrunch Disrupt.',
      [],
    ],
    [
      'Hi Sam,\n\nSenior Data Engineer role with a fintech client in London, hybrid. Budget open. Candidates from Monzo have been on £90k so we will be competitive.\n\nBest,\nJoe',
      [],
    ],
    // Where the employer's pay sits is still its pay.
    [
      'Warehouse Associate\nAcme\nReno, NV\n\nWe pay top 10% wages: $22 - $26 per hour.',
      [[22, 26, 'USD', 'hour']],
    ],
    // The poster's own team.
    [
      'Senior Backend Engineer\nAcme Robotics\nRemote (US)\n\nShameless plug for my own team - we pay $150,000 - $180,000 and it is fully remote.',
      [[150000, 180000, 'USD', 'year']],
    ],
    // A dash row's amount with words in its cell is no listing.
    [
      'Construction Project Manager - Reno, NV - Full time - Projects $500,000 to $2,000,000\nSierra Builders\nWe build.',
      [],
    ],
    // Tonnes in Mozambique; a company named after Aruba.
    [
      'Plant Supervisor\nMinas Moatize Lda\nMoatize, Mozambique\n\nYou will supervise a wash plant that processes 15,000 MT per month.',
      [],
    ],
    ['Wireless Engineer\nAruba Networks\nRemote\n\nSalary: 6,000 - 7,500 per month.', []],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('public notices: ranges over a wrap, named ends, increments, new currencies', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // A range wrapped after its separator, and a scale's row that goes on over the next line.
    [
      'Juriste\nCommunauté de communes, Bergerac\n\n- Pour les contractuels : rémunération selon profil, entre 2 650 € et\n  3 150 € bruts mensuels\n- Télétravail possible',
      [[2650, 3150, 'EUR', 'month']],
    ],
    [
      'Lead Dental Therapist\nTe Tai Tonga Health\nWhanganui\n\nSalary is on the Lead/Senior scale, Step 1 $89,412 to Step 4\n$101,867 per annum (pro-rated for 0.8 FTE), depending on experience.',
      [[89412, 101867, 'NZD', 'year']],
    ],
    [
      'Clinical Nurse Manager 2\nSt Vincent’s Hospital, Dublin\n\nSalary    The Salary scale for the post is: (01/10/2024)\n\n          €58,694  €59,859  €61,023  €62,196  €63,366  €64,527\n          €65,712  €67,209 ¹  €68,712 ²\n\n¹ Long Service Increment 1 - after 3 years',
      [[58694, 68712, 'EUR', 'year']],
    ],
    // The two ends, each named; a maximum after the increments.
    [
      'Postdoc\nHanze Delta University, Middelburg\n\nThe salary is a minimum of €3,226 and a maximum of €5,090 gross per month based on a full-time appointment.',
      [[3226, 5090, 'EUR', 'month']],
    ],
    [
      'Pharmacist\nMinistry for Health, Gozo, Malta\n\nThe salary for the year 2026 is €25,734 per annum, rising by annual increments of €525.50 up to a maximum of €28,892.',
      [[25734, 28892, 'EUR', 'year']],
    ],
    [
      'Officer\nCouncil, Leeds\n\nSalary £25,734 per annum rising by annual increments to £28,892.',
      [[25734, 28892, 'GBP', 'year']],
    ],
    // Not a maximum of hours.
    [
      'Nurse\nAcme Health, Austin, TX\n\nPay: minimum of $20 per hour and a maximum of 40 hours a week',
      [[20, null, 'USD', 'hour']],
    ],
    // Namibia's dollar, Botswana's pula; a "P" elsewhere is no currency.
    [
      'Executive Director\nTrust, Katima Mulilo, Namibia\n\nin the range of N$ 1 150 000 – N$ 1 400 000 per annum, depending on experience',
      [[1150000, 1400000, 'NAD', 'year']],
    ],
    [
      'Senior Laboratory Technologist\nMinistry of Health, Letlhakane, Botswana\n\nSALARY: D3 (P 228 744 – P 289 056 per annum)',
      [[228744, 289056, 'BWP', 'year']],
    ],
    [
      'Python Developer\nAcme, Kraków\n\nWynagrodzenie: B2B 25 000 – 32 000 PLN netto / miesiąc lub UoP 20 000 – 26 000 PLN brutto / miesiąc',
      [
        [25000, 32000, 'PLN', 'month'],
        [20000, 26000, 'PLN', 'month'],
      ],
    ],
    // A territory of Canada; a grouped figure under a pay label, by the month in Chile.
    [
      'Mental Health Nurse\nGovernment of Nunavut\nRankin Inlet, Nunavut\n\nSalary starts at $118,092 per annum based on 37.5 hours per week.',
      [[118092, null, 'CAD', 'year']],
    ],
    [
      'Abogado/a\nCiudad: Quirihue\nRegión: Región de Ñuble\nRenta Bruta: 2.156.411\nFecha de cierre: 19/12/2025',
      [[2156411, 2156411, 'CLP', 'month']],
    ],
    // A survey's count is no pay; a bonus stays a bonus after a year.
    [
      'Senior Engineer\nAcme, Berlin\n\nSalary\nOur reader survey (n=1,140) puts the median Berlin senior engineer at a high level.',
      [],
    ],
    [
      'Litigation Associate\nAcme LLP, New York, NY\n\nCompensation\nAssociates are also eligible for discretionary year-end bonuses, which in 2024 ranged from $20,000 to $115,000 depending on class year.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('a one-off sum is no pay (session 30)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Product Designer\nCeibo\nRemote\n\nCompensation\nUSD 3,800 – 4,600 per month, paid as an independent contractor. We also pay for your coworking space or a home-office setup (USD 600 one-off) and 20 paid days off per year.',
      [[3800, 4600, 'USD', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('hourly work: hours, premiums, tips and anecdotes (session 30)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Travel CNA\nAcme Staffing, Casper, WY\n\n- Taxable hourly rate: $18.00/hr (36 guaranteed hours)\n- Overtime $27/hr',
      [[18, 18, 'USD', 'hour']],
    ],
    [
      'Owner Operator\nAcme Freight, Joplin, MO\n\nPay: 88% of linehaul\n• Top O/Os grossing $6,500+/week on our Texas–Midwest lanes',
      [],
    ],
    [
      'Bartender\nAcme Bar, Kyoto\n\n**Pay:** ¥1,300/hour (¥1,625/hour after 10pm)',
      [[1300, 1300, 'JPY', 'hour']],
    ],
    [
      'Shift Lead\nAcme Cafe, Portland, ME\n\n**pay:** $18.50–$20/hr + tips (tips have averaged ~$4–6/hr this year)',
      [[18.5, 20, 'USD', 'hour']],
    ],
    [
      'Nursing Assistant\nAcme County, Ashland, WI\n\nPAY GRADE: N3 — $19.87 – $24.16 hourly ($41,330 – $50,253 annualized at 2,080 hrs)',
      [[19.87, 24.16, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('more currencies, periods and steps (session 30)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Hiring: Retail Store Manager – Moncton NB (Champlain Place). $62-68K + quarterly bonus, full time.\n5 yrs retail w/ 2 leading a team.',
      [[62000, 68000, 'CAD', 'year']],
    ],
    [
      'Junior Graphic Designer\nTasman Print & Design – Nelson, Tasman\nFull time · $55,000 – $60,000 per year',
      [[55000, 60000, 'NZD', 'year']],
    ],
    [
      '## Finance Assistant (Part-Time, 3 days/week) — Kendal\n\n**Lakeland Mountain Rescue Trust** · £24,500 FTE (pro rata £14,700 for 3 days) · Fixed term 12 months',
      [[24500, 24500, 'GBP', 'year']],
    ],
    ['Finance Lead\nAcme, Leeds\n\nYou will manage a team of 12 FTE and a budget of £400,000.', []],
    [
      'Barista – hlutastarf / part-time\nKaffihús Vesturbæjar · Hofsvallagata 16, 107 Reykjavík · Part-time (weekends) · 2.950 kr./klst. + kvöld- og helgarálag',
      [[2950, 2950, 'ISK', 'hour']],
    ],
    [
      'Analista de Dados\nAcme, Curitiba\n\nRemuneração: R$ 7.800,00 a R$ 9.600,00 mensais\nBenefícios: Vale-refeição/alimentação R$ 1.450,00/mês, plano de saúde',
      [[7800, 9600, 'BRL', 'month']],
    ],
    [
      'Lineworker Apprentice\nCimarron Electric Cooperative, Kingfisher, OK\n\nCOMPENSATION\nApprentice pay follows our step scale: $26.40/hour at Step 1, rising every 1,000 hours to $36.90/hour at Step 8, followed by topping out as Journeyman ($44.10/hour).',
      [[26.4, 36.9, 'USD', 'hour']],
    ],
    // A count of days is no count of money's words: the funding round stays out of the way.
    [
      'Hi Sam — are you open to a Head of Data role at Parcelwise? Series B, London (Shoreditch, 3 days in office), £140-160k + equity.',
      [[140000, 160000, 'GBP', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('public notices, second round (session 30)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Lecturer in Criminology\nForth Valley University\n\nSalary: Lecturer £38,249 – £45,163; Senior Lecturer\n£46,485 – £55,295 per annum\nStart: January',
      [
        [38249, 45163, 'GBP', 'year'],
        [46485, 55295, 'GBP', 'year'],
      ],
    ],
    [
      'CNM2 Emergency\nHSE, Tralee\n\nSalary scale:\n          €59,329 - €60,873 - €62,419 - €63,965 - €65,512 - €67,055\n          - €68,605 - €70,148 - €71,694 LSIs',
      [[59329, 71694, 'EUR', 'year']],
    ],
    [
      'Pharmacist\nMinistry for Health, Malta\n\n1.2 The salary for the post of Pharmacist is Salary Scale 8, which in the year\n2025 is €31,281 per annum, rising by annual increments of €742.50 up to a maximum\nof €35,736.',
      [[31281, 35736, 'EUR', 'year']],
    ],
    [
      'Senior Legal Officer\nMinistry of Justice, Kingston, Jamaica\n\nSalary Range: $6,213,420 – $8,357,052 per annum',
      [[6213420, 8357052, 'JMD', 'year']],
    ],
    [
      'Senior Dental Officer\nNorthern Health Services, Labasa, Fiji\n\nSalary Band: Band H: FJ$48,240.06 – FJ$60,300.08 per annum',
      [[48240.06, 60300.08, 'FJD', 'year']],
    ],
    [
      'Abogado\nCORPORACIÓN MUNICIPAL DE CHILOÉ NORTE\nANCUD – REGIÓN DE LOS LAGOS\n\nRenta bruta mensual    : $2.145.600.- (más asignación de zona)',
      [[2145600, 2145600, 'CLP', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('whole-amount marks and Indonesian millions (session 30)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Associate Tech Lead\nSerendib Systems, Colombo, Sri Lanka\n\n* Salary: Rs. 650,000/= - 850,000/= per month (gross)',
      [[650000, 850000, 'LKR', 'month']],
    ],
    [
      'Tech Lead\nAcme, Pune\n\n* Salary: Rs. 65,000/- - 85,000/- per month (gross)',
      [[65000, 85000, 'INR', 'month']],
    ],
    [
      'Maintenance Supervisor\nPT Sinar Baja, Gresik\n\n- Salary: Rp 9 – 12 juta per month (gross), depending on experience',
      [[9000000, 12000000, 'IDR', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('what the session 30 rules must leave alone (review)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // US and UK places named like countries; surnames like Chilean towns; other countries' codes.
    [
      'Registered Nurse\nJamaica Hospital Medical Center\nJamaica, NY\nPay: $50 - $60 per hour',
      [[50, 60, 'USD', 'hour']],
    ],
    ['Barista\nCafe Nero\nJamaica Plain, MA\nPay: $17/hour', [[17, 17, 'USD', 'hour']]],
    [
      'Software Engineer\nAcme\nRemote\nSalary: $120,000 - $150,000\nHiring manager: Ana Valdivia',
      [[120000, 150000, 'USD', 'year']],
    ],
    [
      'Support Officer\nNT Government\nPalmerston, NT\nSalary: $72,000 - $80,000',
      [[72000, 80000, 'USD', 'year']],
    ],
    // A wrapped line's next figure that is no range's top.
    [
      'Marketing Coordinator\nAcme\nDenver, CO\nThe salary for this role is $58,000 and\n15 days of paid vacation per year.',
      [[58000, 58000, 'USD', 'year']],
    ],
    [
      'Consultant\nAcme\nLondon\nDay rate: £500 -\n3 days a week in the office',
      [[500, 500, 'GBP', 'day']],
    ],
    ['Driver\nAcme\nDallas, TX\nEarn $1,200 -\n1,500 miles per week', []],
    // Each band keeps its own place.
    [
      'Senior Engineer\nAcme\nNew York, NY\nSalary ranges by location:\n$150,000 - $175,000, New York\n$135,000 - $160,000, Austin',
      [
        [150000, 175000, 'USD', 'year'],
        [135000, 160000, 'USD', 'year'],
      ],
    ],
    // A clause's end stops the skip of a count or a year.
    [
      'Warehouse Associate\nAcme\nReno, NV\nSign-on bonus after 120 days, $22/hour base pay',
      [[22, 22, 'USD', 'hour']],
    ],
    [
      'Product Manager\nAcme\nSeattle, WA\nBonus (paid March 2025), salary $85,000',
      [[85000, 85000, 'USD', 'year']],
    ],
    // A bare figure of a year's size is no month's pay.
    ['Junior Developer\nAcme\nDurban, South Africa\nRemuneration: 150,000 - 180,000', []],
    [
      'Night Porter\nHotel\nEdinburgh\nPay: £12.60 per hour after midnight; shifts 11pm - 7am',
      [[12.6, 12.6, 'GBP', 'hour']],
    ],
    [
      'Electrician Apprentice\nIBEW Local 46\nSeattle, WA\nApprentices start at $25.50/hour, rising every 1,000 hours to $45/hour at journey level',
      [[25.5, 45, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

it('reads no scale from two rows of a min/max table (review, session 30)', () => {
  const found = bands(
    'Analyst\nAcme\nLondon\nSalary bands:\nMin          Max\n£30,000   £40,000\n£45,000   £55,000',
  );
  expect(found.map((b) => b.slice(0, 2))).not.toContainEqual([30000, 55000]);
});

describe('session 31 fixes', () => {
  it.each<[string, Band[]]>([
    // Italian and Dutch period adjectives after the amount.
    [
      'Bagnino\nLido Azzurro\nRiccione, Italia\nCompenso: 480 € settimanali netti + vitto e alloggio',
      [[480, 480, 'EUR', 'week']],
    ],
    [
      'Magazijnmedewerker\nAcme\nUtrecht, Nederland\nSalaris: € 3.200 bruto maandelijks',
      [[3200, 3200, 'EUR', 'month']],
    ],
    // An amount that names itself the base, in a bracket after the OTE.
    [
      'SDR\nQuarry\nAustin, TX\nOTE $85,000 ($60,000 base + $25,000 variable, paid monthly).',
      [[60000, 60000, 'USD', 'year']],
    ],
    ['Driver\nAcme\nDallas, TX\n$5,000 sign-on bonus ($2,500 at 60 days, $2,500 at 180 days)', []],
    // A recruiter's bare range in thousands after "base is".
    [
      'SRE\nParcelwise\nRemote, US\nbase is 205-240, plus equity (RSUs, 4yr vest)',
      [[205000, 240000, 'USD', 'year']],
    ],
    // The legal minimum by the month beside a year's pay above it.
    [
      'SAP Berater\nAcme\nGraz, Österreich\nWir bieten ein Jahresbruttogehalt ab EUR 68.000,-. Das kollektivvertragliche Mindestgehalt (IT-KV, ST2) liegt bei EUR 3.589,- brutto monatlich.',
      [[68000, null, 'EUR', 'year']],
    ],
    // 💸 labels pay, so a bot's other post below does not outrank it.
    [
      'Technical Artist\nLumen Fox\nKraków, Poland\n💸 22 000–28 000 PLN netto / month on B2B\n\nJobBot — Today at 14:40\n📢 New post in #job-offers: **QA Tester (junior), Wrocław** — 6 000 PLN brutto',
      [[22000, 28000, 'PLN', 'month']],
    ],
    // "c." (circa) before the sign.
    [
      'CFO\nHousing Trust\nYork\n**Salary:** c.£95,000 + 8% employer pension',
      [[95000, 95000, 'GBP', 'year']],
    ],
    // A dashed meta row whose pay cell says DOE.
    [
      'Sr. Mechanical Engineer — Wichita, KS — onsite — 8+ yrs — $110-130K DOE',
      [[110000, 130000, 'USD', 'year']],
    ],
    // A guide's average for the trade in the town is no pay.
    [
      'Trainee Financial Adviser\nAcme\nSwansea\nSalary: £24,000 - £32,000\nAverage Financial Adviser salary in Swansea: £41,750',
      [[24000, 32000, 'GBP', 'year']],
    ],
    // Vietnamese millions by the month; a multiplier written once applies to both ends.
    [
      'Kế toán\nAcme\nHà Nội\n💰 Salary: 15 – 20 triệu/tháng (gross), depending on ability',
      [[15000000, 20000000, 'VND', 'month']],
    ],
    [
      'Director\nAcme\nMumbai, India\nCTC: ₹1.1 – 1.4 crore per annum',
      [[11000000, 14000000, 'INR', 'year']],
    ],
    [
      'Marketing Coordinator\nTasman Bay Wines\nNelson, Te Tauihu\n**Pay:** $30–$34 per hour',
      [[30, 34, 'NZD', 'hour']],
    ],
    // The złoty's sign first; a period after "net + VAT,".
    [
      'Data Engineer\nAcme\nKraków, Poland\nB2B contract zł22K – zł28K net + VAT, monthly\nEmployment contract (UoP) zł18K – zł23K gross, monthly',
      [
        [22000, 28000, 'PLN', 'month'],
        [18000, 23000, 'PLN', 'month'],
      ],
    ],
    // Other jobs named in passing, other people's pay, a registration number.
    [
      'Barista\nCafé Ladeira\nLisbon, Portugal\nPay: 6,50€/hour\nalso my hostel in Graça is hiring a night receptionist, 920€ a month, DM me',
      [[6.5, 6.5, 'EUR', 'hour']],
    ],
    [
      'Vet Tech\nAcme\nViroqua, WI\nPay: $22-27/hr\nJust a heads up that our other opening is for a Kennel Assistant ($15.50/hr, part-time)',
      [[22, 27, 'USD', 'hour']],
    ],
    [
      'Pharmacist\nAcme\nKuching, Malaysia\nSalary: RM 6,500 - 8,000 per month\nFor our other branch in Miri we also looking for Pharmacist with salary up to RM 9,000.\nFarmasi Seri Mutiara Sdn. Bhd. (1234567-X)',
      [[6500, 8000, 'MYR', 'month']],
    ],
    [
      'Electrician\nAcme\nClondalkin, Dublin\n€28.50/hr\nLads on the last job cleared €1,900 a week with the OT',
      [[28.5, 28.5, 'EUR', 'hour']],
    ],
    [
      'Security Officer\nAcme\nTyler, TX\n$15.00 - $17.50 per hour. Armed (Level III) officer positions pay $19.00 - $21.00/hr — see separate posting.',
      [[15, 17.5, 'USD', 'hour']],
    ],
    [
      "Door Supervisor\nAcme\nNewcastle\nPay: £15.50 per hour. Bank holiday and New Year's Eve shifts at £20/hr.",
      [[15.5, 15.5, 'GBP', 'hour']],
    ],
    [
      'CNA\nAcme\nFargo, ND\nPay: $18/hr\n  OT rate ...................... $27.00/hr',
      [[18, 18, 'USD', 'hour']],
    ],
    [
      'Truck Driver\nAcme\nJebel Ali, Dubai\n💰 Salary: AED 3,500 basic per month + OT (total approx. 4,500–5,500)',
      [[3500, 3500, 'AED', 'month']],
    ],
    // A starting rate and where it goes after a while: one range.
    [
      'Packer\nAcme\nEarth City, MO\n   $15.25/hr to start, up to $16.50/hr after 90 days',
      [[15.25, 16.5, 'USD', 'hour']],
    ],
    // Dutch compounds, Portuguese "vencimento" and "(x14 meses)", "max." as an open top.
    [
      'Boekhouder\nAcme\nGent, België\n* Een brutomaandloon tussen € 3.100 en € 3.700, afhankelijk van ervaring.',
      [[3100, 3700, 'EUR', 'month']],
    ],
    [
      'Técnico\nAcme\nSanta Maria da Feira, Portugal\n- Vencimento entre 1.100€ e 1.300€ brutos (x14 meses), de acordo com a experiência;',
      [[1100, 1300, 'EUR', 'month']],
    ],
    [
      'Scrum Master\nAcme\nUtrecht\nUurtarief: max. € 95,- per uur excl. btw',
      [[null, 95, 'EUR', 'hour']],
    ],
    // Angola's kwanza; Portuguese allowances and bonuses are no pay.
    [
      'Engenheiro\nAcme\nLuanda, Angola\n- Salário base: 1.800.000 Kz – 2.400.000 Kz mensais\n- Subsídio de campo de USD 150 por dia embarcado',
      [[1800000, 2400000, 'AOA', 'month']],
    ],
    [
      'Dev\nAcme\nSão Paulo, Brasil\nSalário: R$ 12.000 por mês\n- Auxílio saúde (reembolso até R$ 600/mês)',
      [[12000, 12000, 'BRL', 'month']],
    ],
    [
      'Assistente\nAcme\nLisboa\nOferecemos salário base de 1.150€ x 14 meses, bónus de idioma de 250€/mês',
      [[1150, 1150, 'EUR', 'month']],
    ],
    // Philippine provinces name the country.
    [
      'Administrative Officer II\nBISDA\nTagbilaran City, Bohol\nSalary: 27000 per month',
      [[27000, 27000, 'PHP', 'month']],
    ],
    // The same pay net, in a bracket or said after it.
    [
      'Flutter Dev\nAcme\nVilnius, Lithuania\n• Salary: 4 200 – 5 800 EUR/month gross (about 2 600 – 3 550 EUR net), depending on experience',
      [[4200, 5800, 'EUR', 'month']],
    ],
    [
      'Support\nAcme\nTbilisi, Georgia\nSalary: GEL 3,200 gross per month (≈ EUR 1,100). Georgian income tax is a flat 20%, so net is GEL 2,560.',
      [[3200, 3200, 'GEL', 'month']],
    ],
    // Three decimals of a rial; "KD 1.250" is 1,250.
    [
      'Accountant\nAcme\nMuscat, Oman\nGross salary: RO 850.000 – 1,100.000 per month (basic + housing + transport allowances).',
      [[850, 1100, 'OMR', 'month']],
    ],
    ['Accountant\nAcme\nKuwait City\nSalary: KWD 1.250 per month', [[1250, 1250, 'KWD', 'month']]],
    // Rupees up to two and a half lakh with no period are a month's pay.
    ['Trainee\nAcme\nPune, India\nSalary: ₹15,000 - ₹20,000', [[15000, 20000, 'INR', 'month']]],
    [
      'Assistant Professor\nNIPHR\nBhopal, India\nLevel 12 of Pay Matrix (₹ 1,01,500 – 1,67,400)',
      [[101500, 167400, 'INR', 'month']],
    ],
    // A service bond's sum is no pay.
    [
      'Graduate Engineer Trainee\nAcme\nPune, India\nCTC: ₹4,20,000 per annum\n• Service bond: 2 years from date of joining (₹1,50,000)',
      [[420000, 420000, 'INR', 'year']],
    ],
    // A meta row of dotted cells, the amount a cell of its own.
    [
      'Junior Gameplay Programmer\nTayside Tinker Studios\nPerth Road, Dundee · on-site · full-time · £26,000–£29,000\n\nYou will build things in Unity.',
      [[26000, 29000, 'GBP', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('review of session 31: the pay stays', () => {
  it.each<[string, Band[]]>([
    [
      'Driver\nAcme Sp. z o.o.\nPoznań\nPraca 5 dni tygodniowo, wynagrodzenie 7500 zł netto',
      [[7500, 7500, 'PLN', 'month']],
    ],
    [
      'Dev\nAcme\nHamburg\nGehalt: bei 40 Stunden wöchentlich 3.200 € brutto',
      [[3200, 3200, 'EUR', 'month']],
    ],
    [
      'Cashier\nAcme\nDallas, TX\nUnlike other jobs in retail, we pay $18/hr from day one.',
      [[18, 18, 'USD', 'hour']],
    ],
    [
      'Cook\nAcme\nDallas, TX\nLike all our other roles in the restaurant, this position pays $17.50/hr plus tips.',
      [[17.5, 17.5, 'USD', 'hour']],
    ],
    [
      'Packer\nAcme\nLeeds\nJoin us for Christmas peak season, pay £12.20 per hour.',
      [[12.2, 12.2, 'GBP', 'hour']],
    ],
    [
      'Sales\nAcme\nLondon\nOur Bond Street flagship, salary £28,000 + commission',
      [[28000, 28000, 'GBP', 'year']],
    ],
    [
      'Admin\nAcme\nLeeds\nPost No.3 - £24,500 - £26,000 per annum',
      [[24500, 26000, 'GBP', 'year']],
    ],
    [
      'Guard\nAcme\nTyler, TX\nPay: $18/hr (armed positions: see separate posting)',
      [[18, 18, 'USD', 'hour']],
    ],
    [
      'Picker\nAcme\nReno, NV\nWe also have weekend shifts and are hiring fast, pay $15/hr',
      [[15, 15, 'USD', 'hour']],
    ],
    ['Picker\nAcme\nReno, NV\nGreat OT rate and weekly pay at $21/hr', [[21, 21, 'USD', 'hour']]],
    [
      'Care Assistant\nAcme\nLeeds\nPay rate higher than most local care homes (£12.80 per hour)',
      [[12.8, 12.8, 'GBP', 'hour']],
    ],
    // A CTC under 2.5 lakh is no month's pay; nor a bare figure over a lakh.
    ['Support\nAcme BPO\nChennai, India\nCTC: ₹1,80,000 - ₹2,40,000\nFreshers welcome', []],
    ['Trainee\nAcme\nPune, India\nSalary: Rs. 1,50,000 - 2,00,000', []],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('pay seen in sets 362-369 (session 35)', () => {
  it.each<[string, Band[]]>([
    // The colon's label is its own sentence: the bonus named in the sentence before is not it.
    [
      'Chargé de mission\nVille de Rennes\nRennes\nRémunération statutaire + prime annuelle. À titre indicatif : à partir de 2 350 € brut mensuel.',
      [[2350, null, 'EUR', 'month']],
    ],
    // Still an add-on list under its own label.
    [
      'Nurse\nAcme\nDallas, TX\nPay: $30/hr. Shift differentials: nights $3/hr',
      [[30, 30, 'USD', 'hour']],
    ],
    // Each item of a list under an add-on label is an add-on, named by a word or two.
    [
      'Tech\nAcme\nGallup, NM\nCompensation: $17.85 - $26.77 per hour. Shift differentials: evenings $2.00/hr, nights $3.50/hr, weekends $1.50/hr.',
      [[17.85, 26.77, 'USD', 'hour']],
    ],
    // Not past a pay word.
    ['Rep\nAcme\nDallas, TX\nBonus: $5,000, base salary $80,000', [[80000, 80000, 'USD', 'year']]],
    // Another posting's pay, and another job a mail mentions in passing.
    [
      'Security Officer\nAcme\nReno, NV\nPay\n$19.00 - $21.50 per hour. Armed positions (separate posting) start at $24.00/hr.',
      [[19, 21.5, 'USD', 'hour']],
    ],
    [
      "Data Engineer\nAcme\nTallinn\nSalary: 5 200 – 6 800 €/month gross.\nAlso — if you know anyone, we're hiring a Data Analyst too (3 000 – 3 800 €/month).",
      [[5200, 6800, 'EUR', 'month']],
    ],
    [
      'Ingeniero\nAcme\nQuerétaro\nSueldo: $38,000 mensuales.\nTambién tenemos abierta una vacante de Supervisor con sueldo de $28,000.',
      [[38000, 38000, 'MXN', 'month']],
    ],
    // A Colombian town names the peso of "$6.248.193".
    [
      'Profesional Especializado\nHospital Regional\nBarrancabermeja – Santander\nAsignación básica mensual: $6.248.193',
      [[6248193, 6248193, 'COP', 'month']],
    ],
    // A band labelled with its country is in that country's dollar; "comp bands" say pay.
    [
      'Staff ML Engineer\nHarbourline\nRemote in US or Canada\n• comp bands from the req: *US: $212,000–$248,000* | *Canada: CA$238,000–CA$279,000* + RSUs',
      [
        [212000, 248000, 'USD', 'year'],
        [238000, 279000, 'CAD', 'year'],
      ],
    ],
    // Review: a town's label, "Sr:", a chat speaker named Sydney, a Californian ".ca.us" mail
    // and a surname name no currency; an add-on list needs an add-on label; "hiring for weekends
    // too" is the job's own shift; "one hundred and twenty", "two dollars more" are no amounts.
    [
      'Senior Backend Engineer\nAcme Inc\nSan Francisco, CA\nSalary ranges\nBay Area: $180,000 - $210,000\nVancouver: $150,000 - $175,000',
      [
        [180000, 210000, 'USD', 'year'],
        [150000, 175000, 'USD', 'year'],
      ],
    ],
    [
      'Software Engineer\nAcme Inc\nRemote (US)\nSalary by level:\nSr: $130,000 - $160,000',
      [[130000, 160000, 'USD', 'year']],
    ],
    [
      "Sydney: Hi Alex, thanks for applying to the Barista role at Bean There Cafe in Austin, TX.\nAlex: Thanks! What's the pay?\nSydney: $17/hr plus tips",
      [[17, 17, 'USD', 'hour']],
    ],
    [
      'Eligibility Worker I\nCounty of Fresno\nSalary: $3,900 - $4,800 monthly\nQuestions: hr@co.fresno.ca.us',
      [[3900, 4800, 'USD', 'month']],
    ],
    [
      'Customer Success Manager\nAcme Inc\nRemote\nSalary: $70,000 - $85,000\nHiring manager: Laura Clementi',
      [[70000, 85000, 'USD', 'year']],
    ],
    [
      "Server\nLuigi's\nBoston, MA\nCompensation: tips average $12/hr, hourly $15",
      [[15, 15, 'USD', 'hour']],
    ],
    [
      "Line Cook\nDiner\nAustin, TX\nWeekday shifts $17/hr. We're hiring for weekends too at $19/hr.",
      [
        [17, 17, 'USD', 'hour'],
        [19, 19, 'USD', 'hour'],
      ],
    ],
    [
      'Farm Hand\nMiller Ranch\nBoise, ID\nWe are paying one hundred and twenty dollars a day cash.',
      [],
    ],
    [
      "Dishwasher\nJoe's Diner\nReno, NV\nPay: $15/hr, and two dollars more per hour on weekends.",
      [[15, 15, 'USD', 'hour']],
    ],
    // A state's code is no country's: "CA" is California.
    [
      'Engineer\nAcme\nRemote (US)\nSalary: CA: $150,000 – $170,000',
      [[150000, 170000, 'USD', 'year']],
    ],
    // A sender's domain under .cl, a town of Iceland.
    [
      'Ingeniero/a de Datos\nDe: Catalina <c@cicor.example.cl>\nRenta: $2.100.000 líquidos mensuales',
      [[2100000, 2100000, 'CLP', 'month']],
    ],
    [
      'Receptionist\nHotel Dranga in Ísafjörður\n3.200 kr per hour + free room',
      [[3200, 3200, 'ISK', 'hour']],
    ],
    // A figure spelled out in a text message; a weight in pounds is none.
    [
      'Line cook\nJuniper Table\nBend, OR\nits like nineteen bucks an hour plus tips',
      [[19, 19, 'USD', 'hour']],
    ],
    [
      'Movers\nMinot ND\nneed 2 guys sat 8am. twenty-five bucks an hour cash, 6hr min.',
      [[25, 25, 'USD', 'hour']],
    ],
    ['Picker\nAcme\nReno, NV\nMust lift fifty pounds. Pay: $18/hr', [[18, 18, 'USD', 'hour']]],
    // Spoken thousands, spelled or in figures; a range that says its unit once, at the end.
    [
      'Office Manager\nBend, OR\nSalary: seventy-eight to ninety thousand dollars a year.',
      [[78000, 90000, 'USD', 'year']],
    ],
    [
      'Sous Chef\nBend, OR\nthe pay is sixty grand a year plus tips',
      [[60000, 60000, 'USD', 'year']],
    ],
    ['Sous Chef\nBend, OR\nSalary: 78-90 thousand a year', [[78000, 90000, 'USD', 'year']]],
    ['Sous Chef\nDenver, CO\nWe serve 10 thousand customers a year and give 3 grand prizes.', []],
    ['Sous Chef\nDenver, CO\nWe have two to three thousand customers.', []],
    // A wrapped sentence that waits for its figure ("… salary is approx." over "DKK 85,000").
    [
      'Overlæge\nAarhus\n- Salary according to the collective agreement. The expected monthly salary is approx.\n  DKK 85,000 including pension contribution, plus supplements for on-call\n  duty.',
      [[85000, 85000, 'DKK', 'month']],
    ],
    // Hong Kong's districts; an employer's cost; revenue raised; a schedule's two points.
    [
      'Social Worker\nTsuen Wan, New Territories\nSalary: MPS Point 16 – 27 ($36,830 – $58,715 per month)',
      [[36830, 58715, 'HKD', 'month']],
    ],
    [
      "Adiunkt\nWarszawa\n- Salary of PLN 9,500 gross per month (employer's gross ca. PLN 11,450), plus the 13th salary",
      [[9500, 9500, 'PLN', 'month']],
    ],
    [
      'Director of Development\nAsheville, NC\nSalary: $72,000 - $82,000. We aim to build a base of $2.5M in annual contributed revenue by 2028.',
      [[72000, 82000, 'USD', 'year']],
    ],
    [
      'Teacher\nVisalia, CA\nSalary Information\nPlacement on the Certificated Salary Schedule from Class I, Step 1 ($58,211) to Class V, Step 25 ($98,744), based on verified units.',
      [[58211, 98744, 'USD', 'year']],
    ],
    // Other jobs: a Portuguese mail's other vacancy, last year's advert, paid training.
    [
      'Gerente\nCaxias do Sul\nSalário: R$ 7.800,00\nAproveito para informar que também estamos com vaga de Subgerente (R$ 4.500,00 + benefícios).',
      [[7800, 7800, 'BRL', 'month']],
    ],
    [
      'SAP Basis\nBrno\nRate: 7 500 – 9 000 CZK/day. The permanent position was advertised last year at around 95 000 CZK gross/month.',
      [[7500, 9000, 'CZK', 'day']],
    ],
    [
      'Eikaiwa teacher\nOsaka\nPay: ¥1,800–¥2,300/hour\n- Experience welcome – training is provided (paid at ¥1,200/hour)',
      [[1800, 2300, 'JPY', 'hour']],
    ],
    // Polish "do" (up to) after a pay word, and "od … do" with figures grouped by spaces.
    [
      'Kierownik budowy\nGdańsk\n• wynagrodzenie do 18 000 zł brutto miesięcznie (umowa o pracę) lub do 21 000 zł netto + VAT na B2B',
      [
        [null, 18000, 'PLN', 'month'],
        [null, 21000, 'PLN', 'month'],
      ],
    ],
    [
      'Kierownik\nGdańsk\nWynagrodzenie: od 15 000 do 18 000 zł brutto',
      [[15000, 18000, 'PLN', 'month']],
    ],
    // Related ads under a Romanian or Portuguese heading.
    [
      'Contabil\nCluj-Napoca\nSalariu: 7.500 - 9.000 RON net / lună\n\nLocuri de muncă similare\n› Team Lead – Cluj-Napoca – 10.500 RON net',
      [[7500, 9000, 'RON', 'month']],
    ],
    [
      'Rececionista\nPonte de Lima\nSalário: 950€/mês\n\nAnúncios relacionados:\n> Governanta – Ponte da Barca – 1.050€',
      [[950, 950, 'EUR', 'month']],
    ],
    // A Singapore district names its dollar.
    [
      'Healthcare Assistant\nEldercare Ltd\n📍 Serangoon Gardens, 557300\n💰 $2,000 to $2,400 Monthly',
      [[2000, 2400, 'SGD', 'month']],
    ],
    // Korean hundred millions and ten thousands in one sum.
    ['Frontend\nSeoul\n연봉 8,500만원 ~ 1억 1,500만원', [[85000000, 115000000, 'KRW', 'year']]],
    // A founder's range in thousands with equity added, no currency written; no count of people.
    [
      "Designer\nhey all, we're hiring a founding product designer at Tidewell (seed, $6M led by Harbor Street Ventures). remote, US timezones. 140-165k + meaningful equity, great health coverage.",
      [[140000, 165000, 'USD', 'year']],
    ],
    ['Designer\nAustin, TX\nOur community grew from 140-165k members last year.', []],
    // A board's "Show more jobs like this" heads other jobs.
    [
      'QA Engineer\nMorrisville, NC\nBase pay range\n$58.00 - $72.00 /hr\n\nShow more jobs like this\nSenior SDET – Durham, NC – $115K - $140K (Employer est.)',
      [[58, 72, 'USD', 'hour']],
    ],
    // A pay heading with a long note in brackets.
    [
      'Court Interpreter\nAcme\nSanta Fe, NM\nRequirements:\n- Must pass a background check\n\nRates (FY2026 AOC Court Interpreter Payment Policy):\n- Certified court interpreters: $495.00 per full day (more than 4 hours)',
      [[495, 495, 'USD', 'day']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("a forum thread's replies (session 36)", () => {
  it("keeps the poster's band, not a reply's conversion", () => {
    const text =
      'vojta_k 3 days ago | parent | context | next [–] | on: Ask HN: Who is hiring?\nFerrolith Works | Embedded Rust Engineer | Brno, CZ | Full-time | CZK 110,000–150,000/month gross\nWe build motor controllers.\njpl_dev 3 days ago [–]\nIs the CZK range the same for remote contractors? 150k CZK is roughly €6k/month.\nvojta_k 3 days ago [–]\nRoughly yes.';
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual([[110000, 150000, 'CZK', 'month']]);
  });
});

describe("a public notice's later posts (session 37)", () => {
  it.each([
    [
      'TANA HIGHLANDS COUNTY PUBLIC SERVICE BOARD\nVACANCIES IN THE DEPARTMENT OF HEALTH SERVICES\n\n1. MEDICAL OFFICER - JOB GROUP M (CSG 8)                           - 3 POSTS\n   REF: TH/CPSB/DHS/MO/01/2025\n   Basic Salary: Kshs. 73,000 - 90,880 p.m.\n   Requirements\n   a)  MBChB degree\n\n2. CLINICAL OFFICER II - JOB GROUP H (CSG 11)                       - 6 POSTS\n   REF: TH/CPSB/DHS/CO/02/2025\n   Basic Salary: Kshs. 27,700 - 36,300 p.m.\n',
      [[73000, 90880, 'KES', 'month']],
    ],
    [
      'MINISTRY OF HEALTH AND SOCIAL SERVICES\nvacant positions:\n\n1.  SENIOR PHARMACIST (1)\n    Ref: MHSS/OSH/17/01\n    Salary: N$ 412 887 - N$ 502 266 per annum\n\n2.  PHARMACIST ASSISTANT (3)\n    Ref: MHSS/OSH/17/02\n    Salary: N$ 184 212 - N$ 224 103 per annum\n',
      [[412887, 502266, 'NAD', 'year']],
    ],
    [
      'OTHER POSTS\nPOST 14/201 : DEPUTY DIRECTOR: LEGAL SERVICES REF NO: DCHS/2025/031\nSALARY : R896 436 per annum\nCENTRE : Kimberley\nPOST 14/202 : ASSISTANT DIRECTOR: LABOUR RELATIONS REF NO: DCHS/2025/032\nSALARY : R444 036 per annum\n',
      [[896436, 896436, 'ZAR', 'year']],
    ],
    // A numbered list of duties in capitals is no list of posts.
    [
      'Clerk\nSalary: $40,000 per year\n1. FILING\n2. ANSWERING PHONES\nAlso: temp cover at $18 per hour',
      [[40000, 40000, 'USD', 'year']],
    ],
  ])('%j', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('naira written "N…k" and a won range in units of ten thousand (session 37)', () => {
  it.each([
    [
      'Accountant\nIkeja, Lagos\nSalary: N250k - N300k (net) monthly',
      [[250000, 300000, 'NGN', 'month']],
    ],
    [
      'Logistics Coordinator\nBusan\nSalary: Annual 3,800 ~ 4,500만원 (excluding severance pay)',
      [[38000000, 45000000, 'KRW', 'year']],
    ],
    // A mask's name is no naira.
    ['Nurse\nMust wear N95 masks. Pay $30/hr', [[30, 30, 'USD', 'hour']]],
  ])('%j', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('review of session 37: a list of openings shares its pay', () => {
  it('keeps the pay below a list of posts with counts', () => {
    expect(
      bands(
        'NOW HIRING - Warehouse Team\nLakeside Logistics\nJoliet, IL\nOpenings:\n- PICKERS (10)\n- PACKERS (5)\n- FORKLIFT DRIVERS (2)\nPay: $18.50/hr, weekly pay',
      ),
    ).toEqual([[18.5, 18.5, 'USD', 'hour']]);
  });
});

describe('a band named "band", yen in words, an Argentine province (session 38)', () => {
  it.each<[string, Band[]]>([
    [
      'Quality Engineer\nband is €52-64k, plus 10% bonus target, pension with 6% match',
      [[52000, 64000, 'EUR', 'year']],
    ],
    [
      'Assistant Professor\nSalary: Annual salary approx. 5.6-6.4 million yen. Start-up research fund of 1,000,000 yen.',
      [[5600000, 6400000, 'JPY', 'year']],
    ],
    [
      'Recepcionista\nHostería Los Arrayanes\nSan Carlos de Bariloche, Río Negro\n- Sueldo según CCT 362/03 de UTHGRA: $ 1.150.000 brutos mensuales',
      [[1150000, 1150000, 'ARS', 'month']],
    ],
  ])('%j', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe("review of session 38: Uruguay's Río Negro keeps its peso", () => {
  it('reads UYU', () => {
    expect(
      bands(
        'Operario de planta\nUPM\nFray Bentos, Río Negro, Uruguay\nSalario: $45.000 nominales mensuales',
      ),
    ).toEqual([[45000, 45000, 'UYU', 'month']]);
  });
});

describe('smaller economies, increment scales and labels that end the line above', () => {
  it.each([
    [
      'Quantity Surveyor\nSalary:                 MUR 85,000 – 110,000 monthly (basic)',
      [[85000, 110000, 'MUR', 'month']],
    ],
    [
      'Accounts Officer\nSalary:         VT 180,000 – VT 210,000 per month (gross)',
      [[180000, 210000, 'VUV', 'month']],
    ],
    // The Commonwealth's scale: start, times the increment, to the end.
    [
      'Senior Agricultural Officer\nSALARY:             EC$66,612.00 x 2,004.00 – EC$84,648.00 per annum',
      [[66612, 84648, 'XCD', 'year']],
    ],
    ['Officer\nSalary: £24,000 x £600 – £27,000 per annum', [[24000, 27000, 'GBP', 'year']]],
    // A consultant's daily fee in French.
    [
      'Consultant\n5. RÉMUNÉRATION\nLes honoraires journaliers sont fixés à 95 000 FCFA bruts, soit 2 375 000 FCFA pour\n25 jours.',
      [[95000, 95000, 'XOF', 'day']],
    ],
    // An OTE label ends the line above its amounts.
    [
      'Territory Sales Rep\nCompensation\nBase salary: $58,000 - $66,000 per year, plus uncapped commission. First-year OTE:\n$95,000 - $120,000. Top reps in our group earned over $180K last year.',
      [[58000, 66000, 'USD', 'year']],
    ],
    // Queensland's total with super and leave loading beside the salary.
    [
      'Senior Project Officer\nClassification     AO6                      Salary              $109,148 - $117,356 per annum\nUnit/Branch        Northern Dams Program   (Total remuneration value up to $134,960 p.a. includes\nLocation           Townsville',
      [[109148, 117356, 'AUD', 'year']],
    ],
    // Vermont is no vatu.
    ['Barista\nBurlington, VT 05401\nPay $20/hour', [[20, 20, 'USD', 'hour']]],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  it("reads a vacancy bulletin's first post only", () => {
    const text = [
      'NGAMILAND REGIONAL LAND AUTHORITY',
      'Private Bag 0017, Maun, Botswana',
      'VACANCY: SENIOR LAND SURVEYOR (D2)',
      'Department:   Technical Services',
      'Station:      Maun (Headquarters)',
      'Salary:       Salary Scale D2: P 198,876 – P 238,668 per annum',
      'Terms:        Permanent and Pensionable',
      '',
      'VACANCY: ASSISTANT LAND BOARD OFFICER (C1)',
      'Department:   Land Allocation',
      'Salary:       Salary Scale C1: P 149,232 – P 182,880 per annum',
    ].join('\n');
    expect(bands(text)).toEqual([[198876, 238668, 'BWP', 'year']]);
  });
});

describe('a dollar code before the sign; an hourly range opening a two-column bullet', () => {
  it.each([
    [
      'Lecturer\nSalary: Grade Band H: FJD $68,428 – $85,535 per annum.',
      [[68428, 85535, 'FJD', 'year']],
    ],
    [
      'Chef de Partie\nWHAT YOU BRING WHAT WE OFFER\n• Minimum 2 years as Demi Chef or Chef • $29.50 – $31.00 per hour depending on\nde Partie in pastry, ideally in a 4 or experience, guaranteed 40 hours per week\nLocation: 19 Marine Parade, Queenstown 9300.',
      [[29.5, 31, 'NZD', 'hour']],
    ],
    // A duty's budget is still no pay.
    ['Site Manager\nResponsibilities\n- Manage budgets of $1M–$2M per year across three sites', []],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('review of session 39: multipliers, base labels and a post headed again', () => {
  it.each([
    [
      'Warehouse Associate\nAcme\nAtlanta, GA\n\nPay: $20.00 per hour\nHoliday pay: $20.00 x 1.5 – $30.00 per hour',
      [[20, 20, 'USD', 'hour']],
    ],
    [
      'Driver\nAcme\nChicago, IL\n\nCompensation\nDrivers get home every weekend and enjoy brand new trucks in our fleet. Weekly pay with bonuses:\n$1,500 - $2,000 per week',
      [[1500, 2000, 'USD', 'week']],
    ],
    [
      'Account Executive\nAcme\nChicago, IL\n\nWe offer a great team, training and clear career growth. Salary excl. bonus:\n$50,000 - $60,000 per year',
      [[50000, 60000, 'USD', 'year']],
    ],
    [
      'VACANCY: SENIOR NURSE\nQueen Elizabeth Hospital\nBridgetown, Barbados\n\nThe Ministry of Health invites applications for the post of Senior Nurse.\n\nDuties\n- Supervise ward staff\n- Maintain records\n\nVACANCY: SENIOR NURSE – TERMS AND CONDITIONS\nSalary: BBD $72,000 - $84,000 per annum\nClosing date: 30 June 2024',
      [[72000, 84000, 'BBD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('pay in position descriptions (session 40)', () => {
  it.each<[string, Band[]]>([
    // The long service increments after the scale, one wrapped onto the next line.
    [
      'Senior Executive Engineer\nCounty Council\n\nSALARY\nThe salary scale for the post is:\n€77,590 - €79,620 - €81,648 - €83,680 - €85,707 - €87,735 - €89,772 - €90,187 (LSI 1) -\n€92,640 (LSI 2)',
      [[77590, 92640, 'EUR', 'year']],
    ],
    // A field's value that goes on under itself: a band per level.
    [
      'Job title:        Senior Lecturer / Principal Lecturer in Adult Nursing\nLocation: Salisbury\nSalary:           Senior Lecturer: Grade 8, £46,974 - £54,395 per annum\n                  Principal Lecturer: Grade 9, £56,021 - £64,914 per annum',
      [
        [46974, 54395, 'GBP', 'year', 'Grade 8'],
        [56021, 64914, 'GBP', 'year', 'Grade 9'],
      ],
    ],
    // The pay of the post a trainee is promoted to is not this job's.
    [
      'Claims Adjuster Trainee\nAcme\n\nThe starting rate for this position is $22.00 per hour. Upon completion, trainees are promoted to Claims Adjuster I with a pay range of\n$48,000 - $56,000 per year.',
      [[22, 22, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('a pay transparency paragraph and the money of benefits (session 40)', () => {
  it.each<[string, Band[]]>([
    // The paragraph's last sentence leads in to the bands by place.
    [
      "Principal ML Engineer\nLumora\n\nPay transparency\nLumora's pay ranges are based on role, level and location. The base salary range for this position is:\n• Seattle, WA: $212,000 – $265,000 per year\n• San Francisco Bay Area, CA: $228,000 – $285,000 per year\nThis position is also eligible for an annual bonus. Total target compensation may exceed $400,000 depending on equity.\n\nBenefits\n• 20 weeks paid parental leave; adoption and fertility assistance up to $25,000",
      [
        [212000, 265000, 'USD', 'year', 'Seattle, WA'],
        [228000, 285000, 'USD', 'year', 'San Francisco Bay Area, CA'],
      ],
    ],
    ['Engineer\nAcme\n\nPay\nTotal target compensation may exceed $400,000.', []],
    ['Engineer\nAcme\n\nPay\nTotal compensation can reach $400,000.', []],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('pay transparency sections and add-ons after the pay (session 40)', () => {
  it.each<[string, Band[]]>([
    [
      'Staff Engineer\nQuillfin\n\nPay transparency\nFinal offers are determined by job-related knowledge, skills and experience.\nSan Francisco Bay Area / New York City $210,000—$250,000 USD\nRemote (US, all other locations) $185,000—$225,000 USD',
      [
        [210000, 250000, 'USD', 'year', 'San Francisco Bay Area / New York City'],
        [185000, 225000, 'USD', 'year', 'Remote (US, all other locations)'],
      ],
    ],
    // The period of the add-on after "plus" is not the pay's.
    [
      'Teamleitung Kundenservice (m/w/d)\nSonnentaler GmbH\n\nWir bieten\n- Ein Bruttomonatsgehalt von 3.800 € – 4.300 € plus jährliche Erfolgsbeteiligung',
      [[3800, 4300, 'EUR', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe("a board's own estimate and a footer's similar vacancies (session 40)", () => {
  it.each<[string, Band[]]>([
    [
      'Marketing Coordinator\nBrightleaf\nAustin, TX\nEstimated $52.3K - $66.2K a year - Full-time\n\nCompetitive salary, DOE',
      [],
    ],
    [
      'Call Centre Agent\nAcme\nGlasgow\n\nCompetitive hourly rate\n\n*Posted via s1jobs. Similar vacancies: Sales Advisor, Glasgow – £24,500 per annum; Collections Agent, Paisley – £12.10 per hour.*',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('review of session 40: salary', () => {
  it.each<[string, Band[]]>([
    [
      'Server\nThe Oyster Bar\nNew Orleans, LA\n\nPay: Hourly: $2.13\nTips: $20-$30/hr average',
      [[2.13, 2.13, 'USD', 'hour']],
    ],
    [
      'Server\nAcme Steakhouse\nChicago, IL\n\nCompensation: Base: $9.48/hr\nTips: $20/hr avg',
      [[9.48, 9.48, 'USD', 'hour']],
    ],
    [
      'Police Sergeant\nCity of Riverton\nRiverton, WY\n\nSalary\nPolice Officers promoted to Sergeant are paid on the Sergeant pay range of $85,000 - $98,000.',
      [[85000, 98000, 'USD', 'year']],
    ],
    [
      'Pharmacist\nAcme Pharmacy\nChicago, IL\n\nBenefits include dependent care assistance, paid parental leave and a starting salary of $125,000.',
      [[125000, 125000, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe("a board's dollar bracket beside the employer's own pay (session 40)", () => {
  it.each<[string, Band[]]>([
    [
      'Staff Accountant\nGulf Trading LLC\nDubai\n\n- Salary: AED 15,000 per month (all-inclusive)\n\nJob Details\nJob Location: Dubai, United Arab Emirates\nMonthly Salary Range: $4,000 - $5,000',
      [[15000, 15000, 'AED', 'month']],
    ],
    // Not a band of its own worth: both stay.
    [
      'Engineer\nAcme\n\nToronto: CAD 150,000 - 185,000 per year\nSeattle: USD 170,000 - 205,000 per year',
      [
        [150000, 185000, 'CAD', 'year', 'Toronto'],
        [170000, 205000, 'USD', 'year', 'Seattle'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('session 41: add-ons, lists and labels', () => {
  it.each<[string, Band[]]>([
    // Another post in a thread's replies, and an ad under "Also worth a look".
    [
      'Brand Designer\nOnda Studio\nLisbon\n\n€350/day, 3 months\n\nReplies\n\nDesign Jobs PT @designjobs_pt · May 6\n📢 Junior Graphic Designer – Porto – €1.100/mês – candidaturas abertas',
      [[350, 350, 'EUR', 'day']],
    ],
    [
      'Staff Data Engineer\nLarkspur\nRemote (US)\n\n**Pay:**\n- Tier 1 (SF Bay Area, NYC metro, Seattle): **$198,000 – $232,000**\n- Tier 2 (all other US locations): **$178,000 – $209,000**\n\nApply today.\n\n### 📌 Also worth a look\n- Data Engineer II @ Parcelbird — Remote (Canada) — CA$120k–CA$140k',
      [
        [198000, 232000, 'USD', 'year', 'Tier 1 (SF Bay Area, NYC metro, Seattle)'],
        [178000, 209000, 'USD', 'year', 'Tier 2 (all other US locations)'],
      ],
    ],
    // A benefit's worth: a setup allowance, an employer's contribution, a London supplement.
    [
      'Research Software Engineer\nAcme\n\nSalary: €3,974 – €5,439 gross per month\n\nWhat we offer:\n• €500 home office setup allowance + monthly internet allowance',
      [[3974, 5439, 'EUR', 'month']],
    ],
    [
      'Teacher\nLodi Unified\n\nSalary: $56,214 - $104,887 per year\nDistrict-paid health benefits contribution up to $18,400/yr.',
      [[56214, 104887, 'USD', 'year']],
    ],
    [
      'Occupational Therapist\nNHS Trust\n\nSalary: £37,338 to £44,962 a year pro rata plus 15% HCAS (min £4,625 max £5,432)',
      [[37338, 44962, 'GBP', 'year']],
    ],
    // Every item of an add-on's list, the last ones too.
    [
      'Police Officer\nCity of Harlow\n\nPay: $28.85/hour\nAdditional certification pay: Intermediate $50/mo, Advanced $100/mo, Master $150/mo, Expert $200/mo.',
      [[28.85, 28.85, 'USD', 'hour']],
    ],
    // A field's value that goes on under itself: the second level's band.
    [
      'Lecturer\nSouthern Lakes University\nDunedin, New Zealand\n\nSalary: Lecturer: $98,000 – $118,000 per annum\n        Senior Lecturer: $121,000 – $142,000 per annum\nAppointment level will depend on experience.',
      [
        [98000, 118000, 'NZD', 'year', 'Lecturer'],
        [121000, 142000, 'NZD', 'year', 'Senior Lecturer'],
      ],
    ],
    // Two items of one list: the one above is no label of the amount.
    [
      'iOS Engineer\nWattle & Co.\nMelbourne\n\n✅ Open banking / payments exp a bonus\n💰 $140-160k + super\n🏢 Hybrid',
      [[140000, 160000, 'AUD', 'year']],
    ],
    // A street named after a town is not the town: "$" is the country's.
    [
      'Senior Planner\nManawatū Plains District Council\n\nLocation: Council Offices, 135 Manchester Street, Feilding\nSalary: $108,000 – $126,000 per annum\n\nA full NZ driver licence and 5 years in New Zealand.',
      [[108000, 126000, 'NZD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('session 41: tables, postcodes, journeyman fields and other jobs', () => {
  it.each<[string, Band[]]>([
    // A Markdown table's rows take the period from the lead-in above the header row.
    [
      'Healthcare Assistant\nWillowcare Staffing\nLeicester\n\nPay rates (per hour, PAYE, including holiday pay)\n\n| Shift | Rate |\n|---|---|\n| Weekday days | £13.10 |\n| Weekday nights | £14.40 |',
      [
        [13.1, 13.1, 'GBP', 'hour', 'Weekday days'],
        [14.4, 14.4, 'GBP', 'hour', 'Weekday nights'],
      ],
    ],
    // A postcode in brackets after its town.
    [
      'Contrôleur de gestion\nValmorel\n\nCDI · Lyon (69007) · Salaire : 45K à 52K € · Télétravail fréquent',
      [[45000, 52000, 'EUR', 'year']],
    ],
    // A journeyman's job names its own rate; an apprentice's later one stays out.
    [
      'Millwright\nNorthern Lights Energy\nFort McMurray, AB\n\nWage: $0.00\nJourneyperson rate: $45.50/hr (Red Seal) + 10% site allowance',
      [[45.5, 45.5, 'CAD', 'hour']],
    ],
    // A Danish evening supplement is no rate of its own.
    [
      'Lagermedarbejder\nNordlager A/S\nOdense, Danmark\n\n• Timeløn 168,50 kr. pr. time + aftentillæg på 32,00 kr. pr. time',
      [[168.5, 168.5, 'DKK', 'hour']],
    ],
    // Santiago's "La Florida" is no US state: "$" is the peso.
    [
      'Vendedor/a Part-Time\nDeportes Cumbre Ltda.\nLa Florida, Región Metropolitana\n\nRenta: $420.000 líquido mensual',
      [[420000, 420000, 'CLP', 'month']],
    ],
    // A board's "Te recomendamos estos empleos" lists other jobs.
    [
      'Auxiliar de Bodega\nAlmacenes La Sabana S.A.S.\nBogotá\n\nSalario: A convenir\n\nTe recomendamos estos empleos\nOperario de Montacargas – Funza – $ 1.650.000,00 (Mensual)',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('review of session 41: salary', () => {
  it.each<[string, Band[]]>([
    [
      'Teaching Assistant\nAcme Academy\nHackney, London\n\nSalary (inclusive of Inner London Weighting): £24,500 - £26,000 per annum',
      [[24500, 26000, 'GBP', 'year']],
    ],
    [
      'Science Teacher\nAcme School\nCroydon\n\nSalary: MPS/UPS inc. Outer London Weighting £34,514 - £49,084',
      [[34514, 49084, 'GBP', 'year']],
    ],
    [
      'Staff Nurse\nNHS Trust\nEaling\n\nSalary including HCAS: £33,222 - £40,823 per annum',
      [[33222, 40823, 'GBP', 'year']],
    ],
    [
      'Teacher\nAcme School\nLondon\n\nSalary: £30,000 per year plus London Weighting of £3,500',
      [[30000, 30000, 'GBP', 'year']],
    ],
    [
      'Lab Technician\nAcme Labs\nHouston, TX\n\nHourly rate including hazard pay: $28.00 - $32.00',
      [[28, 32, 'USD', 'hour']],
    ],
    [
      'Sjuksköterska\nAcme Region\nStockholm\n\nLön: Månadslön inkl. tillägg 38 000 kr',
      [[38000, 38000, 'SEK', 'month']],
    ],
    [
      'Engineer\nAcme\nRemote (US)\n\nSalary ranges\n• New York City\n• $160,000 – $190,000\n• Rest of US\n• $140,000 – $170,000',
      [
        [160000, 190000, 'USD', 'year', 'New York City'],
        [140000, 170000, 'USD', 'year', 'Rest US'],
      ],
    ],
    [
      'Engineer\nAcme\nRemote (US)\n\nCompensation\n**Senior Engineer**\n**$150,000 – $180,000**\n**Staff Engineer**\n**$180,000 – $220,000**',
      [
        [150000, 180000, 'USD', 'year', 'Senior Engineer'],
        [180000, 220000, 'USD', 'year', 'Staff Engineer'],
      ],
    ],
    [
      'Apprentice Electrician\nAcme Electric\nSeattle, WA\n\nApprentice starting rate: $24.50/hr\nJourneyperson rate: $52.00/hr (after completing apprenticeship)',
      [[24.5, 24.5, 'USD', 'hour']],
    ],
    [
      'Product Manager\nAcme\nNew York, NY\n\nAbout Acme\nAcme was named a Best Workplace.\nAlso featured in Forbes and TechCrunch.\n\nCompensation\n$150,000 - $180,000 per year',
      [[150000, 180000, 'USD', 'year']],
    ],
    ['Barista\nAcme Coffee\nSydney St Leonards\n\nPay: $28.50/hr', [[28.5, 28.5, 'AUD', 'hour']]],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('a ladder of levels where the posting names its own', () => {
  const LADDER =
    'Pay by level\n- L3 – Software Engineer I: $115,000 – $135,000\n- L4 – Software Engineer II: $140,000 – $165,000\n- L5 – Senior Software Engineer: $170,000 – $205,000';
  it.each<[string, Band[]]>([
    // The text says which level is open.
    [
      `Software Engineer\nAcme\nAustin, TX\n\n${LADDER}\nThis posting is for L4.`,
      [[140000, 165000, 'USD', 'year']],
    ],
    // The title's level code.
    [`Software Engineer II (L4)\nAcme\nAustin, TX\n\n${LADDER}`, [[140000, 165000, 'USD', 'year']]],
    // A band marked as this role's.
    [
      'Senior Frontend Engineer\nAcme\nWarsaw\n\nSalary (B2B, monthly)\nRegular: 16 000 – 21 000 PLN\nSenior (this role): 24 000 – 30 000 PLN\nLead: 30 000 – 36 000 PLN',
      [[24000, 30000, 'PLN', 'month']],
    ],
    // The title holds one label, and a shorter label inside it.
    [
      'Senior Product Manager — Billing\nAcme\nRemote (US)\n\n| Level | Title | Base salary |\n| P2 | Product Manager | $130,000 – $155,000 |\n| P3 | Senior Product Manager | $160,000 – $190,000 |\n| P4 | Principal Product Manager | $195,000 – $230,000 |',
      [[160000, 190000, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  // A posting open at several levels keeps every band.
  it.each([
    `Software Engineer\nAcme\nAustin, TX\n\n${LADDER}`,
    'Lecturer / Senior Lecturer\nAcme University\nDunedin\n\nSalary\nLecturer: $98,000 – $118,000\nSenior Lecturer: $121,000 – $142,000',
    'Accountant I/II\nAcme County\nFresno, CA\n\nSalary\nAccountant I: $5,012 – $6,405 monthly\nAccountant II: $5,521 – $7,058 monthly',
  ])('%s', (text) => {
    expect(bands(text).length).toBeGreaterThan(1);
  });
});

describe("a job board's own figures beside the employer's", () => {
  const BODY =
    '\n\nAbout us\nWe build software for ports and shipping lines.\n\nResponsibilities\n- Build services\n- Review code\n';
  it.each<[string, Band[]]>([
    // "(est.)" under the figure, and a line that opens with "Glassdoor est.".
    [
      `Financial Analyst II\nAcme Bank\nCharlotte, NC${BODY}\nBase pay range\n$84K\n/yr (est.)\nGlassdoor est. This estimate is based on 96 salaries submitted for Financial Analyst II.`,
      [],
    ],
    [
      `Shift Supervisor\nAcme Coffee\nPortland, OR${BODY}\nPay: $19.00–$21.50/hour base\n\nBase pay range\n$41K /yr (est.)\nGlassdoor est. Average base salary estimate for Shift Supervisor in Portland, OR. Low $35K – High $47K.`,
      [[19, 21.5, 'USD', 'hour']],
    ],
    // A board's note under its figures near the top.
    [
      'Softwareentwickler Java (m/w/d)\nAcme GmbH\nHamburg\nGehalt\n58.500 € – 72.000 €\nGeschätztes Gehalt: Diese Gehaltsspanne wurde von StepStone geschätzt und nicht vom Arbeitgeber angegeben.\nIhre Aufgaben\n- Java\nWir bieten\n- Ein Jahresgehalt von 65.000 € bis 78.000 € brutto',
      [[65000, 78000, 'EUR', 'year']],
    ],
    // The note counts the data it is based on: no amount of its own.
    [
      'Key Account Manager (m/w/d)\nAcme GmbH\nKöln\nGehalt\n61.000 € – 79.000 €\nGehaltsschätzung von StepStone – nicht vom Arbeitgeber angegeben. Basierend auf 1.240 Gehaltsdaten für Key Account Manager in Köln.\nIhre Aufgaben\n- Kunden betreuen',
      [],
    ],
    // A board's salary insights after the posting.
    [
      `CDL-A Driver\nAcme Freight\nJoplin, MO${BODY}\nPay: $1,450 – $1,800 per week\n\nZipRecruiter Salary Insights\nWhat is the average pay for a CDL A Driver in Joplin, MO? As of May 2025, the average is $1,236 a week. ZipRecruiter is seeing weekly wages as high as $1,913.`,
      [[1450, 1800, 'USD', 'week']],
    ],
    // A salary report's sentence.
    [
      `Data Analyst\nAcme Analytics\nPune${BODY}\n6-9 Lacs P.A.\n\nAcme Analytics salaries\nData Analyst salary at Acme Analytics ranges between ₹4.2 Lakhs to ₹7.8 Lakhs per year.\nTechnical Lead: ₹17.1 Lakhs – ₹31.4 Lakhs per annum (avg. ₹23.5 LPA), based on 412 salaries on AmbitionBox.`,
      [[600000, 900000, 'INR', 'year']],
    ],
    // A board's buckets beside the stated pay.
    [
      'Support Specialist\nAcme\nRemote\n- Salary $25,000 - $49,999 USD\n\nPay: $25 per hour (USD).',
      [[25, 25, 'USD', 'hour']],
    ],
    [
      'Rails Developer\nAcme\nRemote\n- Salary $100,000 or more USD\n\nCompensation\n$115,000 – $140,000 USD (or CA$150,000 – CA$182,000 for Canada-based developers), plus profit sharing.',
      [
        [115000, 140000, 'USD', 'year'],
        [150000, 182000, 'CAD', 'year', 'or'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  // Averages of this job's own pay stay.
  it('keeps a band with its own average beside it', () => {
    expect(
      bands(
        'CDL-A Driver\nJoplin, MO\nEARN $1,650 – $2,100 PER WEEK (avg. $1,875/wk for 2025 drivers)\n',
      ),
    ).toEqual([[1650, 2100, 'USD', 'week']]);
  });
});

describe('public-sector pay notes', () => {
  it.each<[string, Band[]]>([
    // A figure joined to a word counts; a statute's section is no amount.
    [
      'Police Officer\nCity of Acme\nRio Verde, CA\n\nCOMPENSATION\n- Base salary: $34.12 - $45.71 per hour, 5-step plan with annual merit step increases',
      [[34.12, 45.71, 'USD', 'hour']],
    ],
    [
      'Firefighter\nCity of Acme\nMesquite, TX\n\nPay\nAnnual salary: $64,812.00 - $84,960.00\n- Longevity: $4 per month for each year of service, up to 25 years (Texas LGC §141.032)',
      [[64812, 84960, 'USD', 'year']],
    ],
    // A uniform or specialty allowance is paid on top.
    [
      'Police Officer\nCity of Acme\nRio Verde, CA\n\nSalary: $34.12 - $45.71 per hour\n- Uniform allowance: $1,200 per year\n- Specialty pay: $150 per month',
      [[34.12, 45.71, 'USD', 'hour']],
    ],
    // A row's label wrapped over two lines stays in the run of pay lines.
    [
      'Substitute Teacher\nAcme County Schools\nLouisville, KY\n\nDAILY PAY RATES\nDay-to-day substitute ........... $145.00 per day\nLong-term substitute (20+ consecutive days, same assignment,\nteaching certificate required) ........ $195.00 per day',
      [
        [145, 145, 'USD', 'day', 'Day-to-day substitute'],
        [195, 195, 'USD', 'day', 'teaching certificate required'],
      ],
    ],
    // A start within the range, and the range worked out for a year, restate it.
    [
      'Recreation Leader\nAcme Park District\nCottonwood, IL\n\nPay: $16.50 – $18.75 per hour (returning staff start at $17.25/hr)',
      [[16.5, 18.75, 'USD', 'hour']],
    ],
    [
      'School Nurse\nAcme School District\nWestbrook, CT\n\n| Field | Details |\n|---|---|\n| Work year | 186 days |\n| Daily rate | **$312.50 – $468.00 per day**, per the salary schedule |\n\n> Placement on the daily-rate schedule is based on experience. Annualised equivalents are approximately $58,125 – $87,048 for a 186-day year.',
      [[312.5, 468, 'USD', 'day']],
    ],
    // "Check out these other roles" opens a block of other ads.
    [
      'Accounts Payable Clerk\nAcme Staffing\nDenver, CO\nOnsite\n$24 - $27 per hour\nTemp to Hire\n\nResponsibilities\n- Process invoices\n\nCompensation & benefits\nThe pay rate for this assignment is $24 - $27 per hour, based on experience.\n\nAcme Staffing is an equal opportunity employer.\nNot the right fit? Check out these other roles:\nPayroll Specialist | Aurora, CO | $26 - $30 per hour\nStaff Accountant | Denver, CO | $65,000 - $75,000 per year',
      [[24, 27, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('healthcare pay notes', () => {
  it.each<[string, Band[]]>([
    // An area supplement's limits.
    [
      'Radiographer\nAcme NHS Trust\nLondon\n\nBasic salary is £29,970 to £36,483 per annum. In addition, a High Cost Area Supplement of 15% of basic salary, subject to a minimum payment of £4,821 and a maximum payment of £6,297 per annum.',
      [[29970, 36483, 'GBP', 'year']],
    ],
    [
      'Staff Nurse\nAcme NHS Trust\nLondon\n\nHours: 37.5 hours per week, working long days and nights across a 24/7 rota. Salary: Band 5 basic pay £29,970 - £36,483 per annum plus High Cost Area Supplement (Inner London) at 20% of basic salary (minimum £5,542, maximum £6,982). Please see the attached job description.',
      [[29970, 36483, 'GBP', 'year']],
    ],
    // What the work bills.
    [
      'Associate Dentist\nAcme Dental\nToowoomba QLD\n\nMinimum daily guarantee of $900 per day. Established associates in the practice bill between $1.2m - $1.5m per year.',
      [[900, 900, 'AUD', 'day']],
    ],
    // Every item of a bracketed list of add-ons, named after its amount.
    [
      'MRT II\nAcme Health\nCalgary, AB\n\nBenefits: health, dental. Shift differential ($2.75/hr evenings, $4.00/hr nights) and weekend premium ($3.25/hr) apply.',
      [],
    ],
    // An on-call rate is paid on top.
    [
      'Travel OR RN\nAcme Staffing\nAnchorage, AK\n\nWeekly pay breakdown\nTaxable hourly: $28.00/hr (40 hrs)\nCall rate: $8.00/hr on-call',
      [[28, 28, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('brackets, shares and set-up money', () => {
  it.each<[string, Band[]]>([
    // A board's dollar bracket a step off the employer's figure.
    [
      'Senior Accountant\nAcme LLC\nDubai, UAE\n\nSalary & Benefits\n- Basic salary: AED 18,000 - 22,000 per month (tax-free)\n\nJob Details\nMonthly Salary Range: $4,000 - $5,000',
      [[18000, 22000, 'AED', 'month']],
    ],
    // A one-off home-office set-up.
    [
      'Backend Engineer\nAcme\nNairobi, Kenya\n\nCompensation & benefits\n| Item | Detail |\nBase salary: KES 350,000 – 450,000 gross per month\nEquity: Stock options (ESOP)\nHome office: One-off KES 60,000 home-office setup + KES 6,000/month internet',
      [[350000, 450000, 'KES', 'month']],
    ],
    // The rate a share is worked out from.
    [
      'Wireman Apprentice\nAcme JATC\nColumbus, OH\n\nStarting wage: $22.61 per hour (45% of the current Journeyman Inside Wireman rate of\n$50.25 per hour).',
      [[22.61, 22.61, 'USD', 'hour']],
    ],
    // France Travail's "Horaire de … Euros sur 12 mois".
    [
      'Chauffeur PL (H/F)\nTransports Acme\nSaint-Priest (69)\n\nSalaire\nSalaire brut : Horaire de 13.20 Euros sur 12 mois',
      [[13.2, 13.2, 'EUR', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('review of session 42: salary', () => {
  it.each<[string, Band[]]>([
    [
      'Staff Engineer\nRelay Works\nRemote\n\nCompensation\nUS: $130,000 - $160,000\nEU: €100,000 - €125,000',
      [
        [130000, 160000, 'USD', 'year', 'US'],
        [100000, 125000, 'EUR', 'year', 'EU'],
      ],
    ],
    [
      'Product Manager\nPinecone Health\nNew York, NY\n\nSalary range by level:\nProduct Manager: $130,000 - $155,000\nSenior Product Manager: $155,000 - $185,000',
      [
        [130000, 155000, 'USD', 'year', 'Product Manager'],
        [155000, 185000, 'USD', 'year', 'Senior Product Manager'],
      ],
    ],
    [
      "English Teacher\nBright Ivy Language Academy\nSeoul, South Korea\n\n[1] Job Description\n- Teach English to elementary students\n\n[2] Qualifications\n- Bachelor's degree in any field\n\n[3] Salary and Benefits\n- Salary: 2.4 million KRW per month\n- Free housing",
      [[2400000, 2400000, 'KRW', 'month']],
    ],
    [
      'Account Manager\nHarbor Group\nLondon\n\nSalary\nLondon: £45,000 – £55,000\nRest of UK: from £40,000',
      [
        [45000, 55000, 'GBP', 'year', 'London'],
        [40000, null, 'GBP', 'year', 'Rest UK'],
      ],
    ],
    [
      'Retail Associate\nGreenleaf Market\nPortland, OR\n\nPay\nEntry level: starting at $40,000 per year\nExperienced: $45,000 - $52,000 per year',
      [
        [40000, null, 'USD', 'year', 'Entry level'],
        [45000, 52000, 'USD', 'year', 'Experienced'],
      ],
    ],
    [
      'Team Member\nSunny Cafe\nAustin, TX\n\nCrew Member: $16 - $19 per hour\nShift Lead: starting at $18.50 per hour',
      [
        [16, 19, 'USD', 'hour', 'Crew Member'],
        [18.5, null, 'USD', 'hour', 'Shift Lead'],
      ],
    ],
    [
      'Financial Analyst\nGranite Bank\nChicago, IL\n\nThe base salary at the time of hire ranges from $85,000 to $105,000, depending on experience.',
      [[85000, 105000, 'USD', 'year']],
    ],
    [
      'Préparateur de commandes\nLogistique Ouest\nNantes\n\nHoraire de journée. Rémunération : 1 900 € brut',
      [[1900, 1900, 'EUR', 'month']],
    ],
    [
      'Agent de production\nUsine Martin\nRouen\n\nPoste en horaire de nuit, salaire 2 100 € brut',
      [[2100, 2100, 'EUR', 'month']],
    ],
    [
      'Bookkeeper\nPine Accounting\nOmaha, NE\n\nSalary: 60k-ish depending on experience',
      [[60000, 60000, 'USD', 'year']],
    ],
    [
      'Software Engineer\nAcme\nAustin, TX\n\nSalary: 120K-Negotiable',
      [[120000, 120000, 'USD', 'year']],
    ],
    [
      'Software Engineer\nNorthwind Labs\n\nWe are hiring for Senior and Staff levels.\nSenior: $150,000 - $185,000\nStaff: $185,000 - $220,000',
      [
        [150000, 185000, 'USD', 'year', 'Senior'],
        [185000, 220000, 'USD', 'year', 'Staff'],
      ],
    ],
    [
      'Teacher\nOakridge Schools\n\nSubstitute Teacher: $150 - $200 per day\nClassroom Teacher: $45,000 - $60,000 per year',
      [
        [150, 200, 'USD', 'day', 'Substitute Teacher'],
        [45000, 60000, 'USD', 'year', 'Classroom Teacher'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('school salary schedules and extra-duty rates (session 43)', () => {
  it.each<[string, Band[]]>([
    // A guide's ends, each named by its lane and step, are one range.
    [
      'Grade 4 Teacher\nCedar Hollow Public Schools\n\nSalary and Benefits\nThe 2025-26 guide ranges from BA Step 1 $48,500 - MA+30 Step 10 $78,900, placement by experience.',
      [[48500, 78900, 'USD', 'year']],
    ],
    [
      'Teacher\nRiver Schools\n\nSalary: BA Step 1 $48,500 to MA Step 10 $78,900.',
      [[48500, 78900, 'USD', 'year']],
    ],
    // The line above names the salary; its only figure is a year.
    [
      'Teacher\nRiver Schools\n\nSalary in accordance with the 2024-2027 CHEA negotiated\nagreement. Guide ranges from $48,500 - $78,900, placement by experience.',
      [[48500, 78900, 'USD', 'year']],
    ],
    // The first point's label ends the line above.
    [
      'School Nurse\nMillbrook Schools\n\nSalary / Benefits\nPlacement on the teacher salary schedule, which ranges from BA Step 1\n$51,200 to MA Step 15 $89,450 for 2025-26. Full medical, dental and vision coverage.',
      [[51200, 89450, 'USD', 'year']],
    ],
    // A rate while in training, for extra duty, or an allowance of two things is no base pay.
    [
      'School Bus Driver\nTri-Rivers Schools\n\nPay: $22.15/hour\n- Paid training: $16.00/hour while in CDL training',
      [[22.15, 22.15, 'USD', 'hour']],
    ],
    [
      'Speech-Language Pathologist\nWillow Bend ISD\n\nCompensation\nAnnual salary: $68,000 - $104,500. Additional pay:\n  * Bilingual stipend: $4,000 annually\n  * Additional services beyond contract days: $55/hour',
      [[68000, 104500, 'USD', 'year']],
    ],
    [
      'Chief Financial Officer\nMeadowlark USD\n\nSalary range: $165,000 - $185,000, plus a $600 monthly vehicle/technology allowance.',
      [[165000, 185000, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('pay in Chinese, Japanese, Korean and Thai postings (session 43)', () => {
  it.each<[string, Band[]]>([
    [
      '行政助理\n德興貿易有限公司\n地點：荃灣\n薪金：HK$18,000 - HK$21,000 /月',
      [[18000, 21000, 'HKD', 'month']],
    ],
    ['接待員\n香港中環\n- 接待員（兼職）：HK$75/小時', [[75, 75, 'HKD', 'hour']]],
    [
      'วิศวกรซ่อมบำรุง\nชลบุรี\nเงินเดือน: 28,000 - 40,000 บาท (ตามประสบการณ์)',
      [[28000, 40000, 'THB', 'month']],
    ],
    ['การตลาดออนไลน์\nกรุงเทพ\n฿25,000 – ฿35,000 ต่อเดือน', [[25000, 35000, 'THB', 'month']]],
    // Paid 13 times a year: a month's pay, in the mainland's yuan.
    ['Java开发工程师\n15-25K·13薪\n上海 浦东新区', [[15000, 25000, 'CNY', 'month']]],
    // "元" in Taipei is the New Taiwan dollar.
    ['門市兼職人員\n台北市板橋區\n工作待遇：時薪 190元', [[190, 190, 'TWD', 'hour']]],
    // The jobs others looked at are not this job's pay.
    [
      'Java开发工程师\n上海\n薪资：15-25K·13薪\n\n岗位职责：\n1. 负责后端开发\n2. 参与架构设计\n3. 编写文档\n\n任职要求：\n1. 本科\n2. 3年经验\n\n看过该职位的人还看了\n高级Java工程师  20-35K·14薪  上海',
      [[15000, 25000, 'CNY', 'month']],
    ],
    [
      '편의점 아르바이트\n서울 송파구\n시급 10,030원\n\n근무시간: 토·일\n업무: 계산, 진열\n우대: 인근 거주\n\n주변 알바 추천\n· GS더프레시 송파점 | 계산원 | 시급 10,500원',
      [[10030, 10030, 'KRW', 'hour']],
    ],
    // What the best earn, and the pay after a trainee is kept on, are no base pay.
    [
      '销售经理\n深圳\n薪资说明：底薪月薪 8000-12000元，另有销售提成（优秀同事年收入可达¥250,000以上）。',
      [[8000, 12000, 'CNY', 'month']],
    ],
    [
      '数据分析实习生\n杭州\n【实习福利】\n- 日薪200-300元\n- 表现优秀者可获得转正机会（转正后薪资 10,000-14,000元/月）',
      [[200, 300, 'CNY', 'day']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe("the review's cases for Asian units and add-on words (session 43)", () => {
  it.each<[string, Band[]]>([
    [
      'ホールスタッフ\n居酒屋まるや 新宿店\n\n給与：時給1,300円 / 日払いOK\n勤務地：東京都新宿区',
      [[1300, 1300, 'JPY', 'hour']],
    ],
    ['客服专员\n月薪6000-8000元 / 年终奖2个月\n上海市', [[6000, 8000, 'CNY', 'month']]],
    [
      '백엔드 개발자\n(주)브릿지랩스\n연봉 4,000만원 ~ 5,500만원 / 주 5일 근무\n서울 강남구',
      [[40000000, 55000000, 'KRW', 'year']],
    ],
    [
      '편의점 야간 아르바이트\nGS25 역삼점\n\n급여: 주휴수당 포함 시급 12,000원\n근무지: 서울 강남구',
      [[12000, 12000, 'KRW', 'hour']],
    ],
    [
      '販売スタッフ\n給与：交通費込み 時給1,250円\n勤務地：東京都新宿区',
      [[1250, 1250, 'JPY', 'hour']],
    ],
    [
      '电商运营专员\n月薪：8000-12000元\n\n岗位职责：\n1. 负责店铺在各电商平台中的日常运营；',
      [[8000, 12000, 'CNY', 'month']],
    ],
    [
      'Extra Duty Officer\nCity of Springfield Police Department\nSpringfield, IL\n\nExtra duty detail rate: $55.00 per hour',
      [[55, 55, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('Japanese, Korean and Chinese pay beside other money (session 44)', () => {
  it.each<[string, Band[]]>([
    // A Chinese board's chip: thousands of yuan by the month.
    ['高级UI设计师\n15k-25k /杭州 /经验3-5年 /本科及以上 /全职', [[15000, 25000, 'CNY', 'month']]],
    // What employees earn by example, under its heading.
    [
      '施工管理\n給与\n月給25万円～50万円\n\n【年収例】\n450万円（入社2年目／28歳）　月給28万円＋現場手当\n720万円（所長クラス／42歳）\n\n■ 昇給・賞与',
      [[250000, 500000, 'JPY', 'month']],
    ],
    // An average, an estimate, a budget, a joining grant, a top seller's year: not the job's pay.
    [
      '마케팅 매니저\n급여: 면접 후 결정\n동종업계 마케팅 직무 평균 연봉: 4,870만원\n- 월 1억원 이상 광고 예산 운영 경험',
      [],
    ],
    [
      '편의점 아르바이트\n급여 시급 10,030원\n예상 월 급여 약 1,450,000원 (주 3일 기준)\n입사 지원금 300만원',
      [[10030, 10030, 'KRW', 'hour']],
    ],
    [
      '外贸业务员\n月薪：5千-1万\n宁波-鄞州区 | 经验不限 | 大专 | 五险一金\n业务提成：按毛利的8%-12%计提，上不封顶（去年业务冠军年入68万）',
      [[5000, 10000, 'CNY', 'month']],
    ],
    // An allowance per visit; a promotion's pay; a tips share.
    [
      '看護師\n給与：時給1,800円～2,200円\n＋ 訪問手当（1件800円）\n・長期勤務希望者は正社員登用あり（月給26万円～）',
      [[1800, 2200, 'JPY', 'hour']],
    ],
    [
      'Chef de Partie\n薪金：HK$22,000 - 26,000 /月\n分賬（平均每月 HK$2,000-3,500）',
      [[22000, 26000, 'HKD', 'month']],
    ],
    // Boards' lists of other jobs under their headings.
    [
      '倉庫内軽作業スタッフ\n時給 1,150円 ～ 1,400円\n\nこの求人に応募した人は、こんな求人にも応募しています\n> フォークリフト｜月給26万円～32万円',
      [[1150, 1400, 'JPY', 'hour']],
    ],
    [
      '회계 담당\n급여: 회사내규에 따름\n\n이 공고와 비슷한 공고\n· (주)경북정공 | 재무회계 | 연봉 3,600만원 ~ 4,200만원',
      [],
    ],
    [
      '業務專員\n月薪 40,000元以上\n\n相似工作推薦\n● 技術業務工程師　台中市南屯區　月薪 38,000~55,000元',
      [[40000, null, 'TWD', 'month']],
    ],
    [
      '文員\n$16,000 – $18,000 per month\n\n相似職位\n• 船務文員 — 觀塘 — $17,000 – $20,000 per month',
      [[16000, 18000, 'HKD', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('the review of session 44: pay with a share of sales stays pay', () => {
  it.each<[string, Band[]]>([
    [
      'ルート営業\n株式会社ミドリ物産\n東京都江東区\n\n給与：売上ノルマなし！月給25万円以上',
      [[250000, null, 'JPY', 'month']],
    ],
    ['ルート営業\n東京都江東区\n給与：月給25万円＋売上歩合', [[250000, 250000, 'JPY', 'month']]],
    [
      'カフェスタッフ\nアルバイト・パート\n\n【こんなお仕事です】\nドリンク作り、レジ、接客をお願いします。\n\n【給与】\n時給1,200円～',
      [[1200, null, 'JPY', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('session 45: a union wage sheet, an approximation in a bracket, other roles posted apart', () => {
  it.each<[string, Band[]]>([
    [
      'Journeyman Pipefitter\n\nWAGES & BENEFITS\nJourneyman wage rate .......... $55.35 / hour\nWelfare (health) ............ $14.72 / hour\nPension ............ $13.48 / hour\nTotal package ........ $86.40 / hour',
      [[55.35, 55.35, 'USD', 'hour']],
    ],
    [
      'Pipefitter\n\nWages\nJourneyman wage rate: $55.35 / hour\nHealth & welfare fund: $14.72 / hour\nPension: $13.48 / hour',
      [[55.35, 55.35, 'USD', 'hour']],
    ],
    [
      'Apprentice Electrician\n\nPay: $20/hr.\nJourneyman wage rate $45/hr.',
      [[20, 20, 'USD', 'hour']],
    ],
    [
      'Operator\n\nPay by class\nOperator-in-Training (OIT):   $24.18 - $30.22 per hour\nOperator – Class B:   $27.66 - $34.58 per hour',
      [
        [24.18, 30.22, 'USD', 'hour', 'Operator-in-Training (OIT)'],
        [27.66, 34.58, 'USD', 'hour', 'Operator – Class B'],
      ],
    ],
    [
      'Webflow Developer\n\nWe pay a flat $1,200/week retainer (billed weekly through Upwork, 25 hours max — roughly $48/hr).',
      [[1200, 1200, 'USD', 'week']],
    ],
    [
      'Lead Electrician\n\nPay: $45 - $55/hr. Journeyman and apprentice roles are posted separately ($36 - $44/hr and $20 - $31/hr respectively).',
      [[45, 55, 'USD', 'hour']],
    ],
    [
      'Route Sales Driver\n\n- $850 per week base salary\n- Paid training week at $22/hr',
      [[850, 850, 'USD', 'week']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('session 45: Asian boards’ nearby and recommended jobs, a note’s other rates', () => {
  it.each<[string, Band[]]>([
    [
      'カフェスタッフ\n給与：時給1,200円～\n\n━━━━━━━━━━━━━━\nこの近くのお仕事\n・[ア・パ] コンビニスタッフ　時給1,100円～　川口市栄町',
      [[1200, null, 'JPY', 'hour']],
    ],
    [
      '카페 알바\n시급 10,030원\n\n─────────────────────\n근처 인기 알바\n· 홍대 ○○포차 홀서빙 | 시급 12,000원 | 서울 마포구 서교동',
      [[10030, 10030, 'KRW', 'hour']],
    ],
    [
      '前端工程師\n年薪 NT$900,000 ~ 1,300,000\n\n────────────────\n你可能也喜歡\n・Backend Engineer（Go）｜沐森科技｜年薪 NT$1,000,000 ~ 1,600,000｜台北市中山區',
      [[900000, 1300000, 'TWD', 'year']],
    ],
    [
      'CNC技術員\n月薪 40,000~55,000元\n\n───────────────\n熊班推薦｜附近的工作\n・品管檢驗員｜新北市板橋區｜月薪 33,000~38,000元',
      [[40000, 55000, 'TWD', 'month']],
    ],
    [
      '法人営業\n給与：月給25万円～35万円\n※固定残業代（月45時間分／6万円～8.4万円）を含む。超過分は別途支給します。',
      [[250000, 350000, 'JPY', 'month']],
    ],
    [
      '倉庫内軽作業\n時給1,500円\n※22時以降は時給1,875円（深夜割増）',
      [[1500, 1500, 'JPY', 'hour']],
    ],
    ['営業\n東京都港区\n給与：経験者優遇！月給30万円～45万円', [[300000, 450000, 'JPY', 'month']]],
    ['倉庫内軽作業\n日給12,000円（実働8h／時給換算1,500円）', [[12000, 12000, 'JPY', 'day']]],
    ['カフェスタッフ\n給与：未経験者も時給1,200円', [[1200, 1200, 'JPY', 'hour']]],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('the review of session 45: salary', () => {
  it.each<[string, Band[]]>([
    [
      'Administrator\nLeeds\n\nSalary & Pension: £32,000 plus LGPS',
      [[32000, 32000, 'GBP', 'year']],
    ],
    [
      'Cashier\nDenver, CO\n\nBenefits are listed separately – pay is $28/hr',
      [[28, 28, 'USD', 'hour']],
    ],
    ['カフェ\n★主婦(夫)さんにおすすめのお仕事\n給与：時給1,200円～', [[1200, null, 'JPY', 'hour']]],
    ['介護職\n【深夜専任】時給1,400円～', [[1400, null, 'JPY', 'hour']]],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('session 46: Central and Eastern Europe, the Baltics, Greece and Turkey', () => {
  it.each<[string, [number, number | null, string, string][]]>([
    ['Бухгалтер\nКиїв\n\n💰 28 000 – 34 000 грн', [[28000, 34000, 'UAH', 'month']]],
    [
      'Водій\nДніпро\n\n• заробітна плата від 35 000 грн на місяць',
      [[35000, null, 'UAH', 'month']],
    ],
    ['Специалист\nСофия\n\nЗаплата: от 2 800 до 3 400 лв. бруто', [[2800, 3400, 'BGN', 'month']]],
    ['Developer\nBeograd\n\nPlata: 180.000 - 250.000 RSD neto', [[180000, 250000, 'RSD', 'month']]],
    ['Uzman\nİstanbul\n\nMaaş: 85.000 TL - 110.000 TL (Brüt)', [[85000, 110000, 'TRY', 'month']]],
    ['Sestra\nSplit\n\nSatnica: 7,50 – 8,20 EUR bruto/sat', [[7.5, 8.2, 'EUR', 'hour']]],
    ['Töötaja\nTartu\n\nTunnitasu: 7–9 € (bruto)', [[7, 9, 'EUR', 'hour']]],
    ['Πωλητής\nΛάρισα\n\nΩρομίσθιο: 6,50 € μικτά', [[6.5, 6.5, 'EUR', 'hour']]],
    [
      'Inginer\nTimișoara\n\n• salariu net între 7.000 și 9.000 lei/lună',
      [[7000, 9000, 'RON', 'month']],
    ],
    ['Sales\nVilnius\n\nAtlyginimas: nuo 1800 iki 2500 EUR bruto', [[1800, 2500, 'EUR', 'month']]],
    // A board's median of others' pay; "plataforma" is no pay word.
    [
      'Engineering Manager\nКиїв\n\nЗарплати на DOU: медіана для Engineering Manager у Києві — $5900',
      [],
    ],
    ['Backend\nSão Paulo\n\nNossa plataforma atende mais de 18 mil clientes por mês.', []],
    // Another ad under Estonian "similar job offers".
    [
      'Klienditeenindaja\nTartu\n\nTunnitasu: 8,50 € bruto\n\nSarnased tööpakkumised\nBaarmen – Tartu – tunnitasu 7,50 €',
      [[8.5, 8.5, 'EUR', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('session 48: Russian-language boards, Central Asia and Arabic postings', () => {
  it.each<[string, [number, number | null, string, string][]]>([
    // hh.ru's pay line under the title: "за месяц", "на руки" (net).
    [
      'Python-разработчик\nМосква\n\nот 220 000 до 300 000 ₽ за месяц, на руки',
      [[220000, 300000, 'RUB', 'month']],
    ],
    ['Технолог\nВологда\n\n- оклад 95 000 руб. (до вычета НДФЛ)', [[95000, 95000, 'RUB', 'month']]],
    [
      'Менеджер проекта\nМосква\n\n— вилка: 230 000 – 280 000 руб./мес. до вычета НДФЛ',
      [[230000, 280000, 'RUB', 'month']],
    ],
    ['Инженер\nМосква\n\nЗарплата: от 80 тыс. руб.', [[80000, null, 'RUB', 'month']]],
    // Roubles in Belarus are Belarusian roubles; the old codes "RUR" and "BYR" are today's.
    [
      'Кладовщик\nБрест\n\n- заработная плата от 1 300 до 1 600 рублей на руки',
      [[1300, 1600, 'BYN', 'month']],
    ],
    [
      'Специалист по закупкам\nМинск\n\n• заработная плата — от 2 200 до 2 800 белорусских рублей до вычета налогов',
      [[2200, 2800, 'BYN', 'month']],
    ],
    ['Курьер\nАстана\n\n- з/п от 80 000 ₸ в неделю при 5 сменах', [[80000, null, 'KZT', 'week']]],
    ['Инженер\nВелес\n\nПлата: 45.000 – 60.000 денари', [[45000, 60000, 'MKD', 'month']]],
    // Dollars in Ukraine are quoted by the month.
    [
      'QA Engineer\nЛьвів\n\nЗарплатна вилка: $2000–2800 залежно від співбесіди.',
      [[2000, 2800, 'USD', 'month']],
    ],
    [
      'Junior Python Developer\n$800–1200\nBrightlane Software\nOffice · Dnipro',
      [[800, 1200, 'USD', 'month']],
    ],
    [
      'Оператор\nЕкатеринбург\n\nот 250 до 320 ₽ за час, до вычета налогов',
      [[250, 320, 'RUB', 'hour']],
    ],
    // A total with the variable part, a budget, a reimbursement: no pay.
    ['Руководитель отдела продаж\nНовосибирск\n\n— совокупный доход — до 400 000 ₽ в месяц', []],
    ['Менеджер проекта\nМосква\n\n— опыт проектов с бюджетом от 100 млн ₽', []],
    ['Курьер\nАстана\n\n- компенсация топлива — 25 ₸ за каждый километр', []],
    // "Похожие вакансии": another job's pay below the posting.
    [
      'Python-разработчик\nМосква\n\nот 220 000 до 300 000 ₽ за месяц\n\nОписание\nРабота с Django.\n\nПохожие вакансии\nSenior Python-разработчик\nот 350 000 ₽ за месяц, на руки',
      [[220000, 300000, 'RUB', 'month']],
    ],
    // Arabic: Eastern Arabic digits, the currency with its country, "شهرياً" (monthly).
    [
      'محاسب أول\nالرياض\n\nالراتب: ٨٬٠٠٠ - ١٠٬٠٠٠ ريال سعودي شهرياً',
      [[8000, 10000, 'SAR', 'month']],
    ],
    [
      'صيدلي\nالإسكندرية\n\nالراتب: ٩٠٠٠ إلى ١١٠٠٠ جنيه مصري شهرياً',
      [[9000, 11000, 'EGP', 'month']],
    ],
    ['ممرض\nالكويت\n\nالراتب: ٥٥٠ – ٧٠٠ دينار كويتي شهرياً', [[550, 700, 'KWD', 'month']]],
    ['موظف مركز اتصال\nعمّان\n\nالراتب: ٤٥٠ دينار', [[450, 450, 'JOD', 'month']]],
    ['باريستا\nالرياض\n\nالأجر: ٢٥ ريال سعودي للساعة', [[25, 25, 'SAR', 'hour']]],
    ['مدرس\nالقاهرة\n\n- ٢٥٠ جنيه في الساعة للمستويات العامة.', [[250, 250, 'EGP', 'hour']]],
    ['مهندس\nدبي\n\nالراتب: بين 15000 و18000 درهم شهريا', [[15000, 18000, 'AED', 'month']]],
    ['مندوب مبيعات\nالقاهرة\n\nالراتب: 25 ألف جنيه', [[25000, 25000, 'EGP', 'month']]],
    ['مطور\nرام الله\n\nالراتب: ٧٠٠٠ – ٩٥٠٠ شيكل شهرياً', [[7000, 9500, 'ILS', 'month']]],
    // Allowances, a bonus, extra hours, a later full-time wage: no base pay. "Pay and
    // allowances" is a heading of pay.
    ['محاسب\nالرياض\n\n- بدل نقل ٨٠٠ ريال شهرياً', []],
    ['فني\nالبصرة\n\n➕ مخصصات موقع ٢٥٠٬٠٠٠ دينار عراقي شهرياً', []],
    ['معلم\nفاس\n\n- ساعات الدعم الإضافية تؤدى بـ ١٠٠ درهم للساعة', []],
    ['باريستا\nالرياض\n\n- إمكانية التحويل إلى دوام كامل براتب ٤٬٥٠٠ ريال بعد ٣ أشهر.', []],
    [
      'أخصائي\nجدة\n\nالراتب والبدلات:\n- الراتب الأساسي: ١١٬٢٥٠ ريال شهرياً.\n- بدل سكن: ٢٥٪ من الراتب الأساسي.',
      [[11250, 11250, 'SAR', 'month']],
    ],
    [
      'محاسب\nالرياض\n\nالراتب: 7000 ريال\n\nوظائف مشابهة\nمحاسب عام - الرياض - 6,000 - 7,500 ريال',
      [[7000, 7000, 'SAR', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });

  it('keeps Eastern Arabic digits in the text while its evidence points at them', () => {
    const r = parsePostingText('محاسب\nالرياض\n\nالراتب: ٨٬٠٠٠ ريال سعودي شهرياً');
    if (!r.ok) throw new Error(r.error);
    const span = r.posting.salary[0]?.spans[0];
    expect(span && r.text.slice(span.start, span.end)).toContain('٨٬٠٠٠');
  });
});

describe('the review of session 48: state-funded employers, surnames, Arabic words', () => {
  it.each<[string, [number, number | null, string, string][]]>([
    [
      'Воспитатель\nМосква\nРабота в бюджетной организации, стабильная зарплата 55 000 ₽',
      [[55000, 55000, 'RUB', 'month']],
    ],
    [
      'Менеджер по продажам\nООО «Ромашка»\nЗарплата от 70 000 руб.\nКонтактное лицо: Анна Борисова\nОфис в центре Москвы.',
      [[70000, null, 'RUB', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('session 50: where new hires are placed, a union local, miles, a service charge', () => {
  it.each<[string, [number | null, number | null, string, string][]]>([
    [
      'Civil Engineer II\nCity of Cedar Falls, CO\nHiring Range: $37.70 - $51.13 hourly. Most new hires are placed between $37.70 and $44.42 per hour, depending on qualifications.',
      [[37.7, 51.13, 'USD', 'hour']],
    ],
    [
      'Millwright\nIronbay Steel\nHamilton, ON\n\nThis is a unionized position (USW Local 1005); the hourly rate of $42.85 is the journeyperson rate.',
      [[42.85, 42.85, 'CAD', 'hour']],
    ],
    [
      'CDL-A Driver\nAcme Freight\nDallas, TX\n\nPay\n- $1,450 - $1,800 per week, based on experience (average miles 2,300-2,600 per week)',
      [[1450, 1800, 'USD', 'week']],
    ],
    [
      'Guest Relations Executive\nThe Quay Hotel\nSingapore\n\nRemuneration & Benefits\n- Basic salary S$2,800 – S$3,400 per month\n- Monthly service charge (approx. S$300 – S$500, not guaranteed)',
      [[2800, 3400, 'SGD', 'month']],
    ],
    // The pay said to exclude the service charge is the pay; a cafeteria is only a place here.
    [
      'Guest Relations Executive\nThe Quay Hotel\nSingapore\nSalary (excluding service charge): S$2,800 – S$3,400 per month',
      [[2800, 3400, 'SGD', 'month']],
    ],
    ['Cook\nAcme Diner\nAustin, TX\nPay: $17 an hour in our cafeteria', [[17, 17, 'USD', 'hour']]],
    // Czech and Greek adverbs of the period; a Hungarian cafeteria is a benefit budget.
    ['Účetní\nAcme a.s.\nBrno\n40 000 – 50 000 Kč měsíčně', [[40000, 50000, 'CZK', 'month']]],
    [
      'Elemző\nAcme Zrt.\nBudapest\nBruttó 600 000 - 750 000 Ft/hó\n\nAmit kínálunk\n• versenyképes fizetés és évi bruttó 400 000 Ft cafeteria',
      [[600000, 750000, 'HUF', 'month']],
    ],
    // Cyrillic and Arabic "up to", which `\b` cannot bound.
    [
      'Бухгалтер\nООО «Альфа»\n\nдо 150 000 ₽ за месяц, до вычета налогов',
      [[null, 150000, 'RUB', 'month']],
    ],
    ['محاسب\nالرياض\n\nالراتب: حتى 8,000 ريال', [[null, 8000, 'SAR', 'month']]],
    // Vietnamese boards quote a month's pay in millions of đồng, often with no unit.
    [
      'Kế toán\nCông ty TNHH Hồng Hà\nHà Nội\nMức lương: 12 - 15 triệu',
      [[12000000, 15000000, 'VND', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});

describe('a Korean incentive is no pay band', () => {
  it('reads the salary, not the per-paper incentive', () => {
    expect(
      bands(
        'ML Engineer\nAcme\nSeoul\n\nCompensation & Benefits / 처우 및 복지\n- 연봉: 9,000만원 ~ 1억 2,000만원\n- 컨퍼런스 참가비 및 논문 게재 인센티브 (편당 300만원)',
      ).map((b) => b.slice(0, 4)),
    ).toEqual([[90000000, 120000000, 'KRW', 'year']]);
  });
});

describe('Nordic "pr.", Finnish hourly pay, suffixed "from" and a figure dash (session 53)', () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    [
      'Sælger\nAalborg\n\nVi tilbyder\n- Grundløn 35.000 kr. pr. måned',
      [[35000, 35000, 'DKK', 'month']],
    ],
    ['Elektriker\nBergen\n\nVi tilbyr\n- Timelønn 285 kr pr. time', [[285, 285, 'NOK', 'hour']]],
    [
      'Kesätyöntekijä\nOulu\n\nTarjoamme\n- Palkkaus työehtosopimuksen mukaan: tuntipalkka 13,20 € + vuorotyölisät',
      [[13.2, 13.2, 'EUR', 'hour']],
    ],
    [
      'Myyjä\nJyväskylä\n\nTarjoamme\n- kiinteän kuukausipalkan 4 000 €',
      [[4000, 4000, 'EUR', 'month']],
    ],
    ['Controller\nBrno\n\nMzda: 55 000 ‒ 70 000 Kč měsíčně', [[55000, 70000, 'CZK', 'month']]],
    [
      'Kierownik budowy\nKraków\n\nWynagrodzenie: do 20 000 zł brutto miesięcznie',
      [[null, 20000, 'PLN', 'month']],
    ],
    [
      'Karbantartási vezető\nGyőr\n\nBruttó 1 100 000 Ft-tól / hó + teljesítménybónusz',
      [[1100000, null, 'HUF', 'month']],
    ],
    [
      'Satış Temsilcisi\nİstanbul\n\nAylık brüt 45.000 TL’den başlayan maaş',
      [[45000, null, 'TRY', 'month']],
    ],
    // A Turkish target bonus is no second band.
    [
      'Bölge Satış Müdürü\nİzmir\n\n• Aylık brüt 120.000 TL sabit maaş\n• Üç aylık hedef primi (yıllık prim potansiyeli 300.000 TL’ye kadar)',
      [[120000, 120000, 'TRY', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("the review's cases for Turkish bonuses and Hungarian ranges (session 53)", () => {
  it.each<[string, Array<[number | null, number | null, string, string]>]>([
    // A bonus named beside the salary does not hide it.
    [
      'Satış Temsilcisi\nİzmir\n\n• Satış primi + sabit maaş: 45.000 TL net',
      [[45000, 45000, 'TRY', 'month']],
    ],
    [
      'Satış Temsilcisi\nİzmir\n\n• Prim sistemi ile birlikte aylık net maaş 50.000 TL',
      [[50000, 50000, 'TRY', 'month']],
    ],
    [
      'Elemző\nBudapest\n\nFizetés: 600 000 Ft-tól 800 000 Ft-ig havonta',
      [[600000, 800000, 'HUF', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('Nordic pay words with their article, and Iberian "do … ao …" ranges (session 54)', () => {
  it.each<[string, Band[]]>([
    [
      'Seniorrådgiver\nDirektoratet\nOslo\n\nVi tilbyr\n- Stillingen lønnes som seniorrådgiver (stillingskode 1364) i lønnsspennet kr 720 000 – 880 000',
      [[720000, 880000, 'NOK', 'year']],
    ],
    ['Säljare\nMalmö\n\nLönen är 45 000 kr i månaden', [[45000, 45000, 'SEK', 'month']]],
    [
      'Analista\nSão Paulo\n\nSalário: do R$ 3.000 ao R$ 4.000 por mês',
      [[3000, 4000, 'BRL', 'month']],
    ],
    [
      'Analista\nSão Paulo\n\nSalário: dos R$ 3.000 aos R$ 4.000 mensais',
      [[3000, 4000, 'BRL', 'month']],
    ],
    [
      'Técnico\nMadrid\n\nSueldo: del 3.000 al 4.000 € brutos mensuales',
      [[3000, 4000, 'EUR', 'month']],
    ],
    // "al" alone joins nothing: "al mes" is a period.
    ['Técnico\nMadrid\n\nSueldo: 1.420 € al mes en 14 pagas', [[1420, 1420, 'EUR', 'month']]],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('a count of users in Chinese, and a Japanese list of similar jobs (session 54)', () => {
  it.each<[string, Band[]]>([
    [
      '高级用户增长运营经理\n云禾科技（上海）有限公司\n上海\n25-40K·14薪\n\n职位描述\n云禾科技旗下App累计注册用户超过2,000万。',
      [[25000, 40000, 'CNY', 'month']],
    ],
    [
      '【バックエンドエンジニア】\n株式会社ソラノロジ\n東京都渋谷区\n想定年収：650万円〜950万円\n\nこの求人に似た求人\n・…インフラエンジニア｜株式会社ミナトデータ｜東京都港区｜年収500万円〜700万円',
      [[6500000, 9500000, 'JPY', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("the review's cases: users named before real pay (session 54)", () => {
  it.each<[string, Band[]]>([
    [
      '開発\n株式会社X\n東京\n\nユーザーが使うアプリ開発 月給30万円',
      [[300000, 300000, 'JPY', 'month']],
    ],
    [
      '개발자\n회사\n서울\n\n사용자가 많은 서비스 연봉 5,000만원',
      [[50000000, 50000000, 'KRW', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('a scale with starred points, a band inside the range, a minimum, a dated rise, a pay table (session 55)', () => {
  it.each<[string, Band[]]>([
    [
      'Clerical Officer\nAcme Office\n\nSalary\nThe salary scale for the position is:\n\n€30,364  €31,309  €32,471  €33,521\n€39,197  €40,326  €41,444*  €45,786**\n\n* After 3 years',
      [[30364, 45786, 'EUR', 'year']],
    ],
    [
      'Financial Analyst\nAcme\nChicago, IL\n\nPay\nThe pay range for this position is $68,400 - $102,600 annually. Most new hires are placed between $72,000 and $88,000 depending on experience.',
      [[68400, 102600, 'USD', 'year']],
    ],
    [
      'Research Associate\nAcme University\nAnn Arbor, MI\n\nSALARY: Minimum salary $52,000 annually; commensurate with experience',
      [[52000, null, 'USD', 'year']],
    ],
    [
      'Customer Assistant\nAcme Stores\nTruro\n\nPay: £12.21 per hour (rising to £12.71 per hour from 1 April 2025)',
      [[12.21, 12.21, 'GBP', 'hour']],
    ],
    [
      'Planner\nAcme\nLeeds\n\nPay: £12.50 per hour, rising to £13.75 per hour after 12 weeks',
      [[12.5, 12.5, 'GBP', 'hour']],
    ],
    [
      'GIS Analyst\nAcme County\nBoise, ID\n\nPay Information\n- **Annual:** $61,360.00 - $82,180.00\n- **Monthly:** $5,113.33 - $6,848.33\n- **Hourly:** $29.50 - $39.51',
      [[61360, 82180, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('a Portuguese salary range (session 55)', () => {
  it('reads "Faixa salarial R$ 6.500 a R$ 8.000" as a month\'s pay', () => {
    expect(
      bands(
        'Desenvolvedor Front-end\nMaré Seguros\nSão Paulo - SP\n\nFaixa salarial R$ 6.500 a R$ 8.000',
      ).map((b) => b.slice(0, 4)),
    ).toEqual([[6500, 8000, 'BRL', 'month']]);
  });
});

describe("the review's cases for pay tables and dated rises (session 55)", () => {
  it.each<[string, Band[]]>([
    [
      'GIS Analyst\nAcme County\nBoise, ID\n\nPay\n- Annual: $60,000.00 - $80,000.00\n- Monthly: $5,000.00 - $6,666.67\n- Hourly: $28.85 - $38.46',
      [[60000, 80000, 'USD', 'year']],
    ],
    [
      'Planner\nAcme\nLeeds\n\nSalary: £24,000 rising to £27,000 on junior-to-senior promotion',
      [[24000, 27000, 'GBP', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('a minimum and a maximum named in one sentence or on one line (session 56)', () => {
  it.each<[string, Band[]]>([
    [
      'Payroll Specialist\nAcme Corp\nBoston, MA\n\nThe minimum salary is $52,000 and the maximum salary is $70,000 per year.',
      [[52000, 70000, 'USD', 'year']],
    ],
    [
      'Payroll Specialist\nAcme Corp\nBoston, MA\n\nThe minimum is $52,000 and the maximum is $70,000 per year.',
      [[52000, 70000, 'USD', 'year']],
    ],
    [
      'Payroll Specialist\nAcme Corp\nBoston, MA\n\nSalary minimum $52,000, maximum $70,000',
      [[52000, 70000, 'USD', 'year']],
    ],
    [
      'Payroll Specialist\nAcme Corp\nBoston, MA\n\nMinimum salary: $52,000  Maximum salary: $70,000',
      [[52000, 70000, 'USD', 'year']],
    ],
    [
      'Payroll Specialist\nAcme Corp\nBoston, MA\n\nMinimum salary: $52,000\nMaximum bonus: $5,000',
      [[52000, null, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('Italian pay words (session 56)', () => {
  it('reads "Compenso: 18 € lordi/ora" as pay under an unknown heading after the requirements', () => {
    expect(
      bands(
        'Insegnante di Inglese\nScuola di Lingue Mole\nTorino\n\nRequisiti\n- Inglese madrelingua.\n\nAltro\n- Compenso: 18 € lordi/ora di lezione.',
      ).map((b) => b.slice(0, 4)),
    ).toEqual([[18, 18, 'EUR', 'hour']]);
  });
});

describe('money for a purpose and a training period’s rate are no pay (session 56)', () => {
  it.each<[string, Band[]]>([
    [
      'Desarrollador\nNubeloop\nMadrid\n\nSalario: 40.000 € - 50.000 € brutos/año\n- Seguro médico y retribución flexible (Cobee)\n- 1.000 € al año para formación y 400 € para equipar tu puesto de trabajo en casa',
      [[40000, 50000, 'EUR', 'year']],
    ],
    [
      'カフェスタッフ\n株式会社ミナト\n東京\n\n時給 1,500円〜1,700円\n※研修期間（1か月／60時間）は時給1,450円',
      [[1500, 1700, 'JPY', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("the review's cases for purpose money, training rates and Italian gross (session 56)", () => {
  it.each<[string, Band[]]>([
    [
      'Técnico de Soporte IT\nGrupo Andalux S.L.\nSevilla\n\nQué ofrecemos\n- Contrato indefinido a jornada completa\n- 24.000 € anuales para tu puesto de técnico, revisables cada año',
      [[24000, 24000, 'EUR', 'year']],
    ],
    [
      'ホールスタッフ（アルバイト）\n株式会社サクラダイニング\n東京都渋谷区\n\n【給与】\n研修期間（1ヶ月）終了後は時給1,400円\n研修期間中は時給1,200円',
      [[1400, 1400, 'JPY', 'hour']],
    ],
    [
      'Impiegato/a contabile\nStudio Bertolini\nTorino\n\nCosa offriamo\n- Contratto a tempo indeterminato\n- Welfare aziendale di 1.000 € lordi\n- Una tantum di 500 € lordi dopo il periodo di prova',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('no pay from a count of patients or from a German board\'s "also viewed" ads (session 57)', () => {
  it.each([
    'Oberarzt (m/w/d)\nTauberklinikum gGmbH\n97980 Bad Mergentheim\nVollzeit · unbefristet · Vergütung nach TV-Ärzte/VKA (Ä3)\n\nDas Tauberklinikum ist akademisches Lehrkrankenhaus der Universität Würzburg. Die Klinik versorgt jährlich rund 6.800 stationäre Patient:innen.',
    'Wissenschaftliche:r Mitarbeiter:in Machine Learning\nKarlsruher Institut\nKarlsruhe\n\nIhre Aufgaben\n- Forschung\n- Lehre\n- Publikationen\n\nIhr Profil\n- Promotion\n- Python\n\nVor 8 Tagen geschaltet\n\nPersonen, die diese Stelle angesehen haben, haben sich auch folgende angesehen:\nData Scientist (m/w/d) – Karlsruhe – 55.000 € - 68.000 € pro Jahr',
  ])('%j', (text) => {
    expect(bands(text)).toEqual([]);
  });
});

describe('an add-on after "plus the" is no second band (session 58)', () => {
  it.each<[string, Band[]]>([
    [
      'Early Childhood Educator\nSunshine Daycare\nVancouver, BC\n\nWage: $24.00 - $27.50/hour (plus the $6.00/hour provincial ECE Wage Enhancement)',
      [[24, 27.5, 'CAD', 'hour']],
    ],
    [
      'Early Childhood Educator\nSunshine Daycare\nVancouver, BC\n\nWage: $24.00 - $27.50/hour plus the $2.00/hour shift premium',
      [[24, 27.5, 'CAD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("no pay from an employer's fund contributions or a deduction (session 58)", () => {
  it.each<[string, Band[]]>([
    [
      'Journeyperson Electrician\nGreat Lakes Electrical Contractors Ltd.\nSudbury, ON\n\nRate of pay\n- Wage: $48.27/hr per the current ICI collective agreement\n- Employer contributions (pension, health & welfare, training): approx. $19.40/hr — not paid as wages',
      [[48.27, 48.27, 'CAD', 'hour']],
    ],
    [
      'Travel RN - Telemetry\nCompass Travel Nursing\nTucson, AZ\n\nWeekly Pay Package (estimated)\n  Taxable base rate: $24.00/hr ($864/week)\n  Housing stipend (non-taxable): $1,120/week\nStipends require duplicating expenses and a permanent tax home. Package reflects 36 scheduled hours; missed shifts are deducted at $90/shift from the non-taxable portion.',
      [[24, 24, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("a teachers' salary schedule by class and step (session 59)", () => {
  it.each<[string, Band[]]>([
    // Rows labelled by class, an empty cell: the schedule from its first point to its last.
    [
      'Elementary Teacher\nRiverbend Unified School District\nClovis, CA\n\nSalary Information\n\n| Class | Step 1 | Step 10 | Step 30 |\n|---|---|---|---|\n| I (BA) | $62,410 | $79,862 | — |\n| III (BA+45) | $67,120 | $88,905 | $104,220 |\n| V (MA+75) | $72,998 | $97,540 | $118,935 |',
      [[62410, 118935, 'USD', 'year']],
    ],
    [
      'English Teacher\nNorth Platte Valley Schools\nNorth Platte, NE\n\nSalary schedule\n| Lane | Step 1 | Step 15 |\n| BA | $50,100 | $74,800 |\n| MA | $55,200 | $82,300 |\n| MA+30 | $58,900 | $88,700 |',
      [[50100, 88700, 'USD', 'year']],
    ],
    // Shifts are bands of their own.
    [
      'Warehouse Associate\nAcme Logistics\nReno, NV\n\nPay\n| Shift | Rate |\n| 1st shift | $19.00/hr |\n| 2nd shift | $20.00/hr |\n| 3rd shift | $21.00/hr |\n| Weekend | $22.00/hr |',
      [
        [19, 19, 'USD', 'hour'],
        [20, 20, 'USD', 'hour'],
        [21, 21, 'USD', 'hour'],
        [22, 22, 'USD', 'hour'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("the review's cases: levels and sites are bands of their own (session 59)", () => {
  it.each<[string, Band[]]>([
    [
      'Civil Engineer I/II/III/IV\nCity of Fairview\nFairview, OR\n\nSalary\n| Level | Annual salary |\n|---|---|\n| I | $72,000 |\n| II | $84,000 |\n| III | $97,500 |\n| IV | $112,000 |',
      [
        [72000, 72000, 'USD', 'year'],
        [84000, 84000, 'USD', 'year'],
        [97500, 97500, 'USD', 'year'],
        [112000, 112000, 'USD', 'year'],
      ],
    ],
    [
      'Security Officer\nGuardwell Services\nBirmingham\n\nHourly rates by site\n| Site | Rate |\n| A | £13.20 per hour |\n| B | £13.80 per hour |\n| C | £14.50 per hour |\n| D | £15.10 per hour |',
      [
        [13.2, 13.2, 'GBP', 'hour'],
        [13.8, 13.8, 'GBP', 'hour'],
        [14.5, 14.5, 'GBP', 'hour'],
        [15.1, 15.1, 'GBP', 'hour'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("other ads' markers, bonuses, averages and others' pay (session 60)", () => {
  it.each([
    // "Students who viewed this also viewed": its CA$ does not make the job's "$" Canadian.
    [
      'Software Development Engineer Intern\nCobalt Cloud\nSeattle, WA\n\nCompensation\nThe pay for this internship is $52.00/hour.\n\nApply now   Save   Share\n\nStudents who viewed this also viewed:\n- Solutions Architect Intern - Seattle, WA - $45.00/hour\n- Data Science Intern - Vancouver, BC - CA$48/hour',
      [[52, 52, 'USD', 'hour']],
    ],
    [
      'Développeur Angular\nKereon Consulting\nParis\nFreelance\nTJM : 550 - 650 €/jour\n\nVotre mission\n- Développer des écrans\n- Relire le code\n\nCes missions peuvent aussi vous intéresser\nLead Dev Front Angular - Paris - TJM 650 - 750 €/jour\nDéveloppeur Full Stack Node/React - Lyon - TJM 450 - 520 €/jour',
      [[550, 650, 'EUR', 'day']],
    ],
    [
      'Técnico/a de Nóminas\nAcme\nMadrid\n\nFunciones\n- Gestionar nóminas\n- Atender consultas\n\nOtras personas también han visto\nTécnico/a de Selección · Adecco · Madrid · 24.000 €/año - 27.000 €/año',
      [],
    ],
    [
      'Chief Financial Officer\nBlue Ridge Community Health System\nRoanoke, VA\n\nCOMPENSATION\nA competitive package.\n\nTO APPLY\nSend your CV.\n\nOTHER ACTIVE SEARCHES\n  Vice President, Revenue Cycle - Lexington, KY - $285,000 - $340,000\n  Director of Finance - Medical Group - Knoxville, TN - $175,000 - $205,000',
      [],
    ],
    // A bonus in the plural, an average for the town, what journeymen earn.
    [
      'Asesor telefónico\nAcme\nTijuana, Baja California\n\nOfrecemos:\n- Sueldo semanal de $4,000 + bonos de productividad de hasta $1,500 semanales.',
      [[4000, 4000, 'MXN', 'week']],
    ],
    [
      "Impiegato amministrativo\nAcme S.r.l.\nBologna\n\nRetribuzione\n18.000 € all'anno\n\nLo stipendio medio Impiegato amministrativo a Bologna è di 1.560 € al mese, in base a 412 stipendi segnalati.",
      [[18000, 18000, 'EUR', 'year']],
    ],
    [
      'Electrical Apprentice\nFRE Electric\nDenver, CO\n\nPay & benefits\n- Starting at $21.00/hour\n- Journeymen at FRE earn $38–$46/hour',
      [[21, null, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe("what the session 60 'bonos' rule must leave alone (review)", () => {
  it.each([
    [
      'Vendedor\nAcme\nMonterrey\n\nOfrecemos:\n- Prestaciones de ley, bonos y sueldo base de $18,000 mensuales',
      [[18000, 18000, 'MXN', 'month']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('session 61: a paid test is no pay', () => {
  it.each([
    [
      'Freelance Copywriter\nWortwerk Studio\n\n- Day rate: €450–€550 depending on experience\n\nHow to apply: a quick call, then a paid test (€250 flat).',
      [[450, 550, 'EUR', 'day']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('session 61: shift allowances, paid take-homes, Finnish commission, full-time equivalents, Asian similar-jobs blocks', () => {
  it.each([
    [
      'Maintenance Engineer\nHollins Bakeries - Wigan\nSalary: £42,500 basic (£48,000 with shift allowance)',
      [[42500, 42500, 'GBP', 'year']],
    ],
    [
      'Backend Engineer\nBerlin\nSalary: €80,000 – €100,000 per year\nOur process: 30-min intro call → take-home (max. 4h, paid €300) → meet the founders.',
      [[80000, 100000, 'EUR', 'year']],
    ],
    [
      'Myyntipäällikkö\nHelsinki\n- Palkka: 4 500–5 500 €/kk + myyntiprovisio (tavoitetaso n. 18 000 €/v)',
      [[4500, 5500, 'EUR', 'month']],
    ],
    [
      'Verkäufer (m/w/d)\nGraz\nFür diese Position gilt ein Mindestgehalt von € 1.650,- brutto pro Monat auf Basis von 25 Wochenstunden (entspricht € 2.640,- brutto auf Vollzeitbasis).',
      [[1650, null, 'EUR', 'month']],
    ],
    [
      '外来看護師\n강남세온병원\n급여: 월 350만원 (세전)\n\n이 공고와 비슷한 채용정보\n- ○○검진센터 | 검진 간호사 (파트타임) | 서울 중구 | 시급 25,000원',
      [[3500000, 3500000, 'KRW', 'month']],
    ],
    [
      'ホールスタッフ\n炭火焼鳥 とりまさ\n時給 1,200円\n\n同じような求人\nカフェスタッフ - 大阪市中央区 - 時給1,100円～1,300円',
      [[1200, 1200, 'JPY', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('session 61: a count of merchants, a code after the unit, a rate quoted by others', () => {
  it.each([
    [
      'Backend Engineer\nAccra, Ghana\nCompensation: $3,500 – $5,000 per month, paid in USD\nAbout us\nWe process over $1B in annual payment volume for 40,000+ merchants.',
      [[3500, 5000, 'USD', 'month']],
    ],
    [
      "[HIRING] Environment Artist | Lantern Forge Games | $45–60/hr USD | Remote\nWe're a studio in Montréal, QC.\nfor ref i've been quoted $35/hr for similar work by another studio",
      [[45, 60, 'USD', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('what the session 61 rules must leave alone (review)', () => {
  it.each([
    [
      'Warehouse Operative\nAcme Logistics, Leeds\nSalary: £28,500 per annum with shift allowance on top',
      [[28500, 28500, 'GBP', 'year']],
    ],
    [
      'Production Operative\nSalary: £27,000 per annum (with shift allowance)',
      [[27000, 27000, 'GBP', 'year']],
    ],
    [
      'Healthcare Assistant\nPay: £12.40 an hour including weekend enhancements',
      [[12.4, 12.4, 'GBP', 'hour']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('session 62: Baltic periods, suffixed floors, stacked ranges, averages and totals', () => {
  it.each([
    // Latvian and Lithuanian periods.
    ['Metinātājs\nLiepāja\nAtalgojums: 9 – 12 EUR/stundā (bruto)', [[9, 12, 'EUR', 'hour']]],
    [
      'Vairuotojas\nVilnius\nAtlyginimas: 1800 – 2400 Eur/mėn. (neatskaičius mokesčių)',
      [[1800, 2400, 'EUR', 'month']],
    ],
    // Hungarian "from" as a suffix after the period.
    ['Kutató vegyész\nDebrecen\nBruttó 950 000 Ft/hó-tól', [[950000, null, 'HUF', 'month']]],
    // A board's pay widget, one part per line.
    [
      'Project Manager\nNashville, TN\nPay\n$68,000\nto\n$82,000\nper year\nBenefits',
      [[68000, 82000, 'USD', 'year']],
    ],
    // An average with commission, an income that "can reach": not the base.
    [
      'Satış Temsilcisi\nİstanbul\n• Aylık net 32.000 TL sabit maaş\n• Sınırsız prim sistemi – sabit maaş + prim ile aylık ortalama kazanç 60.000 TL',
      [[32000, 32000, 'TRY', 'month']],
    ],
    [
      'Nhân viên kinh doanh\nHà Nội\n- Mức lương: 15 - 25 triệu/tháng + hoa hồng (thu nhập có thể đạt 50 - 70 triệu/tháng)',
      [[15000000, 25000000, 'VND', 'month']],
    ],
    // A stipend's total over the term, a camp's daily cost.
    [
      'Math Tutor (AmeriCorps)\nMinneapolis, MN\n- Living stipend of $1,020 paid biweekly (before taxes), approximately $22,440 over the service term',
      [],
    ],
    [
      'Tree Planter\nPrince George, BC\nPiece rate, 12-20 cents per tree. Camp costs are $30 per day, deducted from earnings.',
      [],
    ],
    // Other ads under their markers.
    [
      'Pracownik produkcji\nWrocław\nWynagrodzenie: 30,50 zł / godz. (brutto)\n\nInne ogłoszenia tego ogłoszeniodawcy\nKontroler jakości – Wrocław – 5 800 zł brutto',
      [[30.5, 30.5, 'PLN', 'hour']],
    ],
    [
      'Sales Associate\nPortland, ME\nCompetitive pay.\n\nCustomers also viewed these careers\n- Assistant Store Manager, Freeport, ME - $52,000 - $58,000 a year',
      [],
    ],
    [
      'Tree Planter\nHinton, AB\nPiece rate.\n\nSimilar postings\nCamp Cook - Williams Lake, BC - $260-$300/day',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});

describe('what the session 62 rules must leave alone (review)', () => {
  it.each([
    [
      'Lifeguard\nAustin, TX\nPay: $15 an hour over the season. Work weekends.',
      [[15, 15, 'USD', 'hour']],
    ],
    [
      'Deckhand\nJuneau, AK\nWage: $1,200 per week over the season (May to September).',
      [[1200, 1200, 'USD', 'week']],
    ],
    [
      'Contract Developer\nLondon\nRate: £500 per day over the contract term.',
      [[500, 500, 'GBP', 'day']],
    ],
    [
      'Software Engineer\nAustin, TX\n\nAbout the role\nSimilar opportunities exist in our Dallas office for experienced candidates.\nSalary: $120,000 - $140,000 per year',
      [[120000, 140000, 'USD', 'year']],
    ],
  ])('%s', (text, expected) => {
    expect(bands(text).map((b) => b.slice(0, 4))).toEqual(expected);
  });
});
