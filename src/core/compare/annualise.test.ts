import { describe, expect, it } from 'vitest';
import type { PayPeriod } from '../model/posting';
import { annualBasis, annualiseAmount, annualiseBand, bandMidpoint } from './annualise';

describe('annualiseAmount', () => {
  it.each<[number, PayPeriod, number]>([
    [52, 'hour', 108_160],
    [68.5, 'hour', 142_480],
    [13.2, 'hour', 27_456],
    [450, 'day', 117_000],
    [1_000, 'week', 52_000],
    [5_000, 'month', 60_000],
    [165_000, 'year', 165_000],
  ])('%d per %s is %d a year', (amount, period, expected) => {
    expect(annualiseAmount(amount, period)).toBe(expected);
  });
});

describe('annualiseBand', () => {
  it('scales both ends, keeps currency and label, and says what was stated', () => {
    expect(
      annualiseBand({ min: 52, max: 68.5, currency: 'USD', period: 'hour', label: 'Nights' }),
    ).toEqual({
      min: 108_160,
      max: 142_480,
      currency: 'USD',
      period: 'year',
      statedPeriod: 'hour',
      label: 'Nights',
    });
  });

  it('keeps an open end open', () => {
    const band = annualiseBand({
      min: null,
      max: 550,
      currency: 'EUR',
      period: 'day',
      label: null,
    });
    expect([band.min, band.max]).toEqual([null, 143_000]);
  });

  it('leaves yearly pay as stated', () => {
    const band = annualiseBand({
      min: 62_000,
      max: 74_000,
      currency: 'EUR',
      period: 'year',
      label: null,
    });
    expect([band.min, band.max]).toEqual([62_000, 74_000]);
  });
});

describe('bandMidpoint and annualBasis', () => {
  it('ranks a range by its midpoint and an open band by its one end', () => {
    expect(bandMidpoint({ min: 100, max: 200 })).toBe(150);
    expect(bandMidpoint({ min: null, max: 40 })).toBe(40);
    expect(bandMidpoint({ min: 30, max: null })).toBe(30);
    expect(bandMidpoint({ min: null, max: null })).toBeNull();
  });

  it('names the multiplier for every period but the year', () => {
    expect(annualBasis('hour')).toBe('× 2,080 hours');
    expect(annualBasis('day')).toBe('× 260 days');
    expect(annualBasis('year')).toBe('');
  });
});
