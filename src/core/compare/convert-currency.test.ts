import { describe, expect, it } from 'vitest';
import { convertAmount, convertBetween, NO_RATES, planCurrency } from './convert-currency';

const RATES = { target: 'USD', rates: { EUR: 1.1, GBP: 1.25 } };

describe('convertAmount', () => {
  it('converts with the user rate and never without one', () => {
    expect(convertAmount(100, 'EUR', RATES)).toBe(110);
    expect(convertAmount(100, 'USD', RATES)).toBe(100);
    expect(convertAmount(100, 'CAD', RATES)).toBeNull();
    expect(convertAmount(100, 'EUR', NO_RATES)).toBeNull();
  });

  it('ignores a rate that is not a positive number', () => {
    expect(convertAmount(100, 'EUR', { target: 'USD', rates: { EUR: 0 } })).toBeNull();
    expect(convertAmount(100, 'EUR', { target: 'USD', rates: { EUR: Number.NaN } })).toBeNull();
  });
});

describe('convertBetween', () => {
  it('goes through the target for cross rates', () => {
    expect(convertBetween(100, 'EUR', 'GBP', RATES)).toBeCloseTo(88);
    expect(convertBetween(100, 'USD', 'EUR', RATES)).toBeCloseTo(90.909, 2);
    expect(convertBetween(100, 'CAD', 'CAD', NO_RATES)).toBe(100);
    expect(convertBetween(100, 'CAD', 'USD', RATES)).toBeNull();
  });
});

describe('planCurrency', () => {
  it('uses the one currency when all agree, without converting', () => {
    expect(planCurrency(['EUR', 'EUR'], NO_RATES)).toEqual({
      currency: 'EUR',
      converted: false,
      excluded: [],
    });
  });

  it('without rates, never mixes: the most common currency, the others excluded', () => {
    expect(planCurrency(['USD', 'EUR', 'USD', 'GBP'], NO_RATES)).toEqual({
      currency: 'USD',
      converted: false,
      excluded: ['EUR', 'GBP'],
    });
  });

  it('with rates, converts what they cover into the target and excludes the rest', () => {
    expect(planCurrency(['USD', 'EUR', 'CAD'], RATES)).toEqual({
      currency: 'USD',
      converted: true,
      excluded: ['CAD'],
    });
  });

  it('returns nothing for no amounts', () => {
    expect(planCurrency([], RATES).currency).toBeNull();
  });
});
