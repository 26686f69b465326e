// Short examples for pay-flags: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

const CASES: [string, unknown][] = [
  ['Additional compensation includes annual or quarterly performance bonuses.', [true, false]],
  ['Compensation includes RSUs and stock options.', [false, true]],
  ['Bonus points if you know Rust.', [false, false]],
  ['We value diversity, equity and inclusion.', [false, false]],
  ['Financial benefits include 401(k) and an employee stock purchase plan.', [false, false]],
  ['Base plus commission; OTE $120k.', [true, false]],
  // in the compensation paragraph
  ['Compensation: Up to ₹45 LPA (fixed) + performance bonus + ESOPs', [true, true]],
  ['In addition, this role is eligible for equity.', [false, true]],
  ['Salary: $85,000 annually, plus discretionary year-end bonus.', [true, false]],
  ['AWS, 13th month pay and medical benefits.', [true, false]],
  // not pay: a verb, a value statement
  ['Set up and stock your station before service.', [false, false]],
  ['We are committed to pay equity and to diversity, equity, and inclusion.', [false, false]],
];

describe('pay-flags', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect([parse(text).bonus, parse(text).equity]).toEqual(expected);
  });
});

describe('pay-flags on tokenised text', () => {
  // Each alternative's wording, in cases and next to characters that do or do not end a word
  // ("é" ends one for `\b` but not for the tokeniser; "_" the other way round).
  const PHRASES = [
    ...['Annual bonus', 'quarterly bonuses', 'sign-on bonus', 'Signing Bonus', 'year end bonus'],
    ...['cash bonus', 'retention bonus', 'spot bonus', 'BONUS', 'bonuses', 'bonus points'],
    ...['13th month pay', '13e mois', '13ème mois', 'Jahressonderzahlung', 'Weihnachtsgeld'],
    ...['commission', 'Commissions', 'OTE', 'on-target earnings', 'incentive pay'],
    ...['performance-based incentive', 'performance incentives', 'variable pay', 'profit sharing'],
    ...[
      'Prämie',
      'Prämien',
      'Jahresbonus',
      'Provisionen',
      'variable Vergütung',
      '13. Monatsgehalt',
    ],
    ...['primes annuelle', 'prime de performance', 'variable', 'bono', 'bonos', 'comisiones'],
    ...['equity', 'pay equity', 'equity and inclusion', 'Stock options', 'stock grants'],
    ...['stock-based compensation', 'RSUs', 'rsu', 'restricted stock', 'share options', 'ESOPs'],
    ...['employee ownership', 'virtual shares', 'Aktienoptionen', 'Mitarbeiterbeteiligung'],
    ...['VSOP', 'BSPCE', 'actions gratuites', 'stock-options', 'participaciones'],
    ...['acciones de la empresa', 'target bonus'],
  ];
  const BEFORE = ['', 'x', 'é', '_', '1', '–', '\u212a', 'ü '];
  const AFTER = ['', 's', 'é', '_', '.', '1'];

  it('finds what the regex finds, at the same place', async () => {
    const { extractBonus, extractEquity } = await import('./pay-flags');
    const { tokenizeCached } = await import('../vocab/text-context');
    let n = 0;
    for (const phrase of PHRASES) {
      for (const before of BEFORE) {
        for (const after of AFTER) {
          // A new text each time: the first call reads it with the regex (nothing tokenised).
          const text = `Role ${n++}: ${before}${phrase}${after} and more.`;
          const ctx = { text } as Parameters<typeof extractBonus>[0];
          const byRegex = [extractBonus(ctx), extractEquity(ctx)];
          tokenizeCached(text);
          expect([extractBonus(ctx), extractEquity(ctx)]).toEqual(byRegex);
        }
      }
    }
  });
});
