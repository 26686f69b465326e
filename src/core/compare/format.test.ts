import { describe, expect, it } from 'vitest';
import { formatBand, formatMoney } from './format';

describe('formatBand', () => {
  it.each([
    [{ min: 144075, max: 234000, currency: 'USD', period: 'year' }, '$144,075 – $234,000 / year'],
    [{ min: 22.5, max: 22.5, currency: 'EUR', period: 'hour' }, '€22.50 / hour'],
    [{ min: null, max: 40000, currency: 'GBP', period: 'year' }, 'Up to £40,000 / year'],
    [{ min: 90000, max: null, currency: 'CAD', period: 'year' }, 'From CA$90,000 / year'],
  ] as const)('%o -> %s', (band, expected) => {
    expect(formatBand(band)).toBe(expected);
  });

  it('keeps an unknown currency code visible', () => {
    expect(formatMoney(100, 'XYZ1')).toBe('100 XYZ1');
  });
});
