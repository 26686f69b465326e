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
];

describe('extractSalary', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(bands(text)).toEqual(expected);
  });
});
