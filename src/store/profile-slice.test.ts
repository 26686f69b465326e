import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../core/compare/match-score';
import { restoreProfile, restoreRates } from './profile-slice';

describe('restoreProfile', () => {
  it('keeps a sound profile as it is', () => {
    const profile = {
      skills: ['Python', 'SQL'],
      targetPay: { amount: 90_000, currency: 'EUR' },
      workMode: 'hybrid',
      location: 'Berlin',
    };
    expect(restoreProfile(profile)).toEqual(profile);
  });

  it('drops what it cannot trust, field by field', () => {
    expect(
      restoreProfile({
        skills: ['Go', 3, '', 'Go'],
        targetPay: { amount: -5, currency: 'EUR' },
        workMode: 'moon',
        location: 7,
      }),
    ).toEqual({ ...EMPTY_PROFILE, skills: ['Go'] });
    expect(restoreProfile('nonsense')).toEqual(EMPTY_PROFILE);
  });
});

describe('restoreRates', () => {
  it('keeps positive rates for three-letter codes other than the target', () => {
    expect(
      restoreRates({ target: 'USD', rates: { EUR: 1.1, USD: 1, GBP: 0, xx: 2, CAD: '0.7' } }),
    ).toEqual({ target: 'USD', rates: { EUR: 1.1 } });
  });

  it('without a valid target there is no conversion', () => {
    expect(restoreRates({ target: 'dollars', rates: { EUR: 1.1 } })).toEqual({
      target: '',
      rates: {},
    });
  });
});
