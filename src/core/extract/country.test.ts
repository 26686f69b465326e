// The job's country from its place names: towns shared across countries, region codes after them.
import { describe, expect, it } from 'vitest';
import { countryNamed, guessCountry } from './country';

describe('guessCountry', () => {
  it.each([
    ['Bergamo', 'IT'],
    ['Den Haag', 'NL'],
    ['Hardin, Montana', 'US'],
    // A town named like one in Europe, then a US state's code.
    ['Verona, WI', 'US'],
    ['Naples, FL 34102', 'US'],
    ['Paris, TX', 'US'],
    ['Rome, GA', 'US'],
    // An Italian province's code that is also a US state's.
    ['Modena, MO', 'IT'],
    ['Milano, MI', 'IT'],
    // A heading, no town.
    ['## Nice-to-haves', null],
    ['Nice, France', 'FR'],
    // Session 37: the Baltics, the Balkans, Finland, Greece, Central America; a US town named
    // like a country's.
    ['Tallinn, Estonia', 'EE'],
    ['Riga', 'LV'],
    ['Ljubljana, Slovenia', 'SI'],
    ['Novi Sad', 'RS'],
    ['Helsinki', 'FI'],
    ['Athens, Greece', 'GR'],
    ['Athens, GA', 'US'],
    ['Lebanon, NH', 'US'],
    ['Panama City, FL', 'US'],
    ['Quito, Ecuador', 'EC'],
  ])('%s', (text, expected) => {
    expect(guessCountry(text)).toBe(expected);
  });
});

describe('countryNamed (session 31)', () => {
  it.each([
    ['JM', 'JM'],
    ['Jamaica', 'JM'],
    ['UK', 'GB'],
    ['us', 'US'],
    ['Deutschland', 'DE'],
    ['XX', null],
  ])('%s -> %s', (name, code) => {
    expect(countryNamed(name)).toBe(code);
  });
});

describe('a street named after a town (session 41)', () => {
  it.each([
    ['Council Offices, 135 Manchester Street, Feilding', null],
    ['Manchester Road, Feilding, New Zealand', 'NZ'],
    // "St" is as often Saint: the town stays.
    ['Sydney St Leonards', 'AU'],
    ['London Road, Sydney', 'AU'],
    ['Manchester, UK', 'GB'],
  ])('%s -> %s', (text, code) => {
    expect(guessCountry(text)).toBe(code);
  });
});
