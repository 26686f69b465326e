// Short examples for location: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

// 40 distinct sentences: what follows is past the header block.
const LONG_BODY = Array.from(
  { length: 40 },
  (_, i) => `We ship tool number ${i + 1} each week.`,
).join('\n');

const CASES: [string, unknown][] = [
  // No known place name: the line under the company, where every board prints the place.
  [
    'Asistente de RRHH\nInca Textil Export S.A.C.\nMiraflores, Lima\nTiempo completo',
    ['Miraflores, Lima'],
  ],
  [
    'Java Developer\nZentrix Technologies Pvt Ltd\nBengaluru (Whitefield)\n5-8 Yrs',
    ['Bengaluru (Whitefield)'],
  ],
  ['Sales Representative\nBoksburg Packaging (Pty) Ltd\nFull Time\nR 35 000 per month', []],
  // A French arrondissement and department number.
  ['Aide-soignant H/F\nClinique Saint-Roch\nMarseille 8e - 13\nCDI', ['Marseille 8e - 13']],
  // A count in the location slot: the places follow, at once or further on.
  [
    'IT Specialist\nDepartment of Labor\nLocation: 2 vacancies in the following locations:\nKansas City, MO\nDenver, CO\nRemote job: No',
    ['Kansas City, MO', 'Denver, CO'],
  ],
  [
    'Branch Manager\nlocations\n2 Locations\ntime type\nFull time\nJob Description\nLead our branches in\nCharlotte, NC | Raleigh, NC',
    ['Charlotte, NC', 'Raleigh, NC'],
  ],
  ['Engineer\nAcme\nSunnyvale, CA', ['Sunnyvale, CA']],
  ['Work Location 1375 Crossman Avenue, Sunnyvale, CA 94089', ['Sunnyvale, CA']],
  ['Location: San Francisco, CA or Seattle, WA', ['San Francisco, CA', 'Seattle, WA']],
  ['Engineer\nAcme\nHamburg', ['Hamburg']],
  ['Engineer\nAcme · Toronto, ON · Hybrid', ['Toronto, ON']],
  ['Walmart Canada is a leading retailer seeking a Senior Data Scientist to join its team.', []],
  ['Standort: München', ['München']],
  // Far down the posting, and as a list item.
  [`Engineer\n${LONG_BODY}\n- Location: Austin, TX`, ['Austin, TX']],
  // Postcode first, district or river suffix, département prefix with arrondissement.
  ['Lagerhelfer (m/w/d)\nElbkai Logistik GmbH\n20457 Hamburg', ['20457 Hamburg']],
  ['Erzieher (m/w/d)\nKita Sonnenblume\nBerlin-Pankow', ['Berlin-Pankow']],
  ['Referent (m/w/d)\nMainova Partner AG | Frankfurt am Main | Vollzeit', ['Frankfurt am Main']],
  ['Comptable H/F\nCabinet Roux\n75 - Paris 8e', ['75 - Paris 8e']],
  // Cities outside the currency gazetteer; a capital district's full stop.
  ['Desarrollador Java\nAndes Soft\nMedellín, Colombia', ['Medellín, Colombia']],
  ['Analista de datos\nCafé Andino S.A.S.\nBogotá D.C.', ['Bogotá D.C.']],
  // Labels the field list lacks; iCIMS codes; Indeed's "Company - City, ST"; SG postcode.
  ['Travel Nurse - ICU\nFacility location: Tucson, AZ 85719', ['Tucson, AZ']],
  ['Electrician\nJob Locations US-CO-Denver\nCategory Skilled Trades', ['US-CO-Denver']],
  ['Sales Associate\nPine Ridge Outfitters - Boise, ID\nFull-time', ['Boise, ID']],
  [
    'Accounts Executive\nMarina Holdings Pte. Ltd.\nTanjong Pagar, 088540',
    ['Tanjong Pagar, 088540'],
  ],
  // A work-mode value in the location slot is not a place.
  ['Vendeur H/F\nMaison Clair\n69002 Lyon\nLieu du poste : En présentiel', ['69002 Lyon']],
  ['Pflegekraft (m/w/d)\nKlinik Nord\nBremen\nEinsatzort: vor Ort auf Station 4', ['Bremen']],
  // A city's district after a dash, under the company; a district number.
  ['Merchandiser\nSunrise Foods Limited\nAccra - Osu\nFull Time', ['Accra - Osu']],
  ['Tax Senior\nKilbride Partners\nDublin 4', ['Dublin 4']],
  // Places between the parts of a header line: an email subject, a title line, a board's
  // capitalised city after the département, a breadcrumb, an address ending in a PIN code.
  ['Subject: Payroll Officer - Leeds - £32k\n\nHi,\nA client of mine is hiring.', ['Leeds']],
  ['Juriste (H/F) – CDI – Lyon (Vaise)\n\nNotre cabinet recrute.', ['Lyon (Vaise)']],
  ['Offre n° 12345\nCuisinier (H/F)\n44 - NANTES - Voir la carte', ['Nantes']],
  ['craigslist > denver, CO > jobs > retail\nSTOCK ASSOCIATE wanted', ['Denver, CO']],
  ['ACME COLLEGE OF ENGINEERING\nPlot 12, Sector 5, Pune - 411014\nWanted: Lecturers', ['Pune']],
];

describe('location', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});
