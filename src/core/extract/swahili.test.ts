// A Swahili posting from an East African board: its field labels, headings, pay, years and
// school levels are read as in the other languages.
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

const DRIVER = [
  'NAFASI ZA KAZI KENYA  |  Ajira Mpya Kila Siku',
  '',
  'NAFASI YA KAZI: DEREVA WA LORI (TRUCK DRIVER)',
  '',
  'Kampuni: Pwani Haulage Ltd',
  'Mahali: Changamwe, Mombasa',
  '',
  'Kuhusu Kampuni',
  'Pwani Haulage Ltd ni kampuni ya usafirishaji wa mizigo yenye makao makuu Changamwe, Mombasa.',
  '',
  'Majukumu',
  '- Kuendesha lori kwa usalama kwenye njia ya Northern Corridor',
  '',
  'Sifa za Mwombaji',
  '- Awe na cheti cha KCSE (Kidato cha Nne)',
  '- Uzoefu wa angalau miaka 3 kuendesha malori ya masafa marefu',
  '- Umri kati ya miaka 30 na 50',
  '',
  'Mshahara na Marupurupu',
  '- Mshahara: KSh 30,000 kwa mwezi',
].join('\n');

const SALES = [
  'Cheo: Afisa Mauzo (Sales Officer)',
  'Kituo cha Kazi: Kinondoni, Dar es Salaam',
  '',
  'Sifa za Mwombaji',
  '- Stashahada (Diploma) au Shahada (Degree) ya Masoko, Biashara au fani inayohusiana',
  '- Uzoefu wa kazi wa angalau miaka miwili katika mauzo',
  '',
  'Mshahara na Marupurupu',
  '- Mshahara: Kuanzia TZS 900,000 kwa mwezi, kulingana na uzoefu',
].join('\n');

describe('a Swahili posting (session 57)', () => {
  it('reads the labelled title, employer and place, the pay and the years, not the age', () => {
    const p = parse(DRIVER);
    expect([p.title, p.company, p.locations, p.yearsExperienceMin]).toEqual([
      'DEREVA WA LORI (TRUCK DRIVER)',
      'Pwani Haulage Ltd',
      ['Changamwe, Mombasa'],
      3,
    ]);
    expect(p.salary).toEqual([
      { min: 30000, max: 30000, currency: 'KES', period: 'month', label: null },
    ]);
    expect(p.degrees.map((d) => d.level)).toEqual(['high_school']);
  });

  it('reads "Cheo", "Kituo cha Kazi", a pay "from", years in words and the school levels', () => {
    const p = parse(SALES);
    expect([p.title, p.locations, p.yearsExperienceMin]).toEqual([
      'Afisa Mauzo (Sales Officer)',
      ['Kinondoni, Dar es Salaam'],
      2,
    ]);
    expect(p.salary).toEqual([
      { min: 900000, max: null, currency: 'TZS', period: 'month', label: null },
    ]);
    expect(p.degrees.map((d) => d.level)).toEqual(['associate', 'bachelor']);
  });
});
