import { describe, expect, it } from 'vitest';
import type { Skill } from '../model/posting';
import { annualiseBand } from './annualise';
import { NO_RATES } from './convert-currency';
import { EMPTY_PROFILE, fitLocation, fitPay, matchPosting, scoreSkills } from './match-score';

const req = (name: string): Skill => ({ name, category: 'language', required: true, spans: [] });
const pref = (name: string): Skill => ({ name, category: 'tool', required: false, spans: [] });

describe('scoreSkills', () => {
  it('weighs required skills twice as much as preferred ones', () => {
    const m = scoreSkills([req('A'), req('B'), pref('C')], ['A', 'C']);
    expect(m.score).toBe(60);
    expect(m.missingRequired.map((s) => s.name)).toEqual(['B']);
    expect(m.missingPreferred).toEqual([]);
  });

  it('ranks a missing required skill below a missing preferred one', () => {
    const missingRequired = scoreSkills([req('A'), pref('B')], ['B']).score;
    const missingPreferred = scoreSkills([req('A'), pref('B')], ['A']).score;
    expect(missingRequired).toBe(33);
    expect(missingPreferred).toBe(67);
  });

  it('matches without case or extra spaces and counts a repeated skill once', () => {
    const m = scoreSkills([req('TypeScript'), pref('typescript'), pref('Go')], [' typescript ']);
    expect(m.score).toBe(67);
    expect(m.matched.map((s) => s.name)).toEqual(['TypeScript']);
    expect(m.missingPreferred.map((s) => s.name)).toEqual(['Go']);
  });

  it('has no score for a posting that names no skills, 0 for no matching ones', () => {
    expect(scoreSkills([], ['A']).score).toBeNull();
    expect(scoreSkills([req('A')], []).score).toBe(0);
    expect(scoreSkills([req('A'), pref('B')], ['a', 'b']).score).toBe(100);
  });
});

describe('fitPay', () => {
  const hourly = [
    annualiseBand({ min: 52, max: 68.5, currency: 'USD', period: 'hour', label: null }),
  ];

  it('compares annualised pay with the target in the same currency', () => {
    expect(fitPay(hourly, { amount: 100_000, currency: 'USD' }, NO_RATES)).toBe('above');
    expect(fitPay(hourly, { amount: 120_000, currency: 'USD' }, NO_RATES)).toBe('within');
    expect(fitPay(hourly, { amount: 150_000, currency: 'USD' }, NO_RATES)).toBe('below');
  });

  it('is unknown across currencies without a rate, and converts with one', () => {
    const target = { amount: 100_000, currency: 'EUR' };
    expect(fitPay(hourly, target, NO_RATES)).toBe('unknown');
    expect(fitPay(hourly, target, { target: 'USD', rates: { EUR: 1.25 } })).toBe('within');
    expect(fitPay(hourly, null, NO_RATES)).toBe('unknown');
  });
});

describe('fitLocation and matchPosting', () => {
  it('matches a place inside a location either way, and any place for remote work', () => {
    expect(fitLocation(['Portland, OR'], 'onsite', 'portland')).toBe(true);
    expect(fitLocation(['Berlin, Germany'], 'hybrid', 'Munich')).toBe(false);
    expect(fitLocation([], 'remote', 'Munich')).toBe(true);
    expect(fitLocation(['Berlin'], null, ' ')).toBeNull();
  });

  it('brings skills, pay, work mode and place together', () => {
    const match = matchPosting(
      {
        skills: [req('Go'), pref('Redis')],
        salary: [{ min: 100, max: 120, currency: 'USD', period: 'day', label: null, spans: [] }],
        workMode: { value: 'remote', spans: [] },
        locations: [],
      },
      { ...EMPTY_PROFILE, skills: ['Redis'], workMode: 'hybrid', location: 'Leeds' },
      NO_RATES,
    );
    expect(match.skills.score).toBe(33);
    expect(match.pay).toBe('unknown');
    expect(match.workMode).toBe(false);
    expect(match.location).toBe(true);
  });
});
