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
