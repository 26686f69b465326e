// Job words in other languages, including the compounds of Dutch, the Nordic languages and Finnish.
import { describe, expect, it } from 'vitest';
import { namesJobAbroad } from './title-words-abroad';

describe('namesJobAbroad', () => {
  it.each([
    'Beleidsadviseur Waterkwaliteit',
    'Magazijnmedewerker',
    'Teamleider Logistiek',
    'Seniorrådgiver – regelverk',
    'Kesätyöntekijä, tuotanto',
    'Lærling i IKT-servicefaget',
    'Бухгалтер',
    'İnsan Kaynakları Stajyeri',
  ])('names a job in %s', (text) => {
    expect(namesJobAbroad(text)).toBe(true);
  });

  it.each(['Leider Finanzen', 'kundige hulp', 'Bangkok', 'Antofagasta'])(
    'names none in %s',
    (text) => {
      expect(namesJobAbroad(text)).toBe(false);
    },
  );
});

describe('namesJobAbroad: German and Danish words that end like a Dutch or Nordic job', () => {
  it.each([
    'Kleider und Mode seit 1950',
    'Fachkundige Beratung aus einer Hand',
    'Vi rådgiver små og mellemstore virksomheder',
  ])('names none in %s', (text) => {
    expect(namesJobAbroad(text)).toBe(false);
  });
});
