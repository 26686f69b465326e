// Short examples for pay-period: the words before an amount, and the unit right after it.
import { describe, expect, it } from 'vitest';
import type { PayPeriod } from '../model/posting';
import { readCompoundPeriod, readPeriodAfter, readPeriodBefore } from './pay-period';

const BEFORE: [string, PayPeriod | null][] = [
  ['hourly rate', 'hour'],
  ['Stundenlohn', 'hour'],
  ['Salaire annuel brut', 'year'],
  // the period whose first mention comes last wins
  ['Annual bonus; hourly rate:', 'hour'],
  ['hourly pay, annual review', 'year'],
  // overlapping words of two periods: "par an" (year), then "an hour"
  ['tarif par an hour', 'hour'],
  ['Team of 5', null],
];

// German compounds with the period inside; a count of salaries and a 13th salary are no period.
const COMPOUND: [string, PayPeriod | null][] = [
  ['Monatslohn', 'month'],
  ['Bruttomonatsgehalt:', 'month'],
  ['Jahresbruttolohn', 'year'],
  ['Stundenverdienst', 'hour'],
  ['(13 Monatslöhne)', null],
  ['inkl. 14. Monatslohn', null],
];

// [line, offset of the amount's end, period, end of the unit]
const AFTER: [string, number, PayPeriod | null, number?][] = [
  ['$20 per hour', 3, 'hour', 12],
  // "p.m." after a figure of three digits or more, also past an Indian "/-"; not a time
  ['Rs. 56,000/- p.m. + HRA', 10, 'month', 17],
  ['KSh 60,000 p.m.', 10, 'month', 15],
  ['until 5 p.m.', 7, null],
  ['$20 an hour', 3, 'hour', 11],
  ['$5,000/mo', 6, 'month', 9],
  ['£12.50 ph', 6, 'hour', 9],
  ['60.000 € brutto/Jahr', 8, 'year', 20],
  // three spaces: two, then one before "gross"
  ['€45k   gross per year', 4, 'year', 21],
  ['$20 - $25', 3, null],
  // a bare unit after a number is a count; "an" alone is an article
  ['25 days paid holiday', 2, null],
  ['$90k an', 4, null],
];

describe('readPeriodBefore', () => {
  it.each(BEFORE)('%s', (text, period) => {
    expect(readPeriodBefore(text)).toBe(period);
  });
});

describe('readCompoundPeriod', () => {
  it.each(COMPOUND)('%s', (text, period) => {
    expect(readCompoundPeriod(text)).toBe(period);
  });
});

describe('readPeriodAfter', () => {
  it.each(AFTER)('%s from %i', (line, from, period, end) => {
    const found = readPeriodAfter(line, from);
    expect(found).toEqual(period === null ? null : { period, end });
  });
});
