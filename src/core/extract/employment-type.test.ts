// Short examples for employment-type: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

// 40 distinct sentences: what follows is past the header block.
const LONG_BODY = Array.from(
  { length: 40 },
  (_, i) => `We ship tool number ${i + 1} each week.`,
).join('\n');

const CASES: [string, unknown][] = [
  ['Engineer\nFull Time', 'full-time'],
  ['Job Type: Part-time', 'part-time'],
  ['Engineer\nContract - 6 months', 'contract'],
  ['Engineer\nInternship', 'internship'],
  ['This is a temporary position.', 'temporary'],
  [
    'Live Better U is a benefit for full-time and part-time associates across the company and its many stores.',
    null,
  ],
  ['Entwickler\nVollzeit', 'full-time'],
  ['Développeur\nCDI', 'full-time'],
  ['Agent\nCDD de 6 mois', 'temporary'],
  ['Camarero\nMedia jornada', 'part-time'],
  ['Becario\nPrácticas', 'internship'],
  // Past the header block a field counts, a short line does not.
  [`Engineer\n${LONG_BODY}\nJob type: Contract`, 'contract'],
  [`Engineer\n${LONG_BODY}\nContract`, null],
  // "B2B" is a contract form only next to a contract word or on its own, not a market.
  ['Ejecutivo de Ventas B2B\nDistribuidora Norte\nTiempo completo', 'full-time'],
  ['Account Manager B2B\nAcme', null],
  ['Java Developer\nAcme\nKraków · B2B · 18 000 PLN', 'contract'],
  ['Java Developer\nAcme\numowa B2B', 'contract'],
  // Reed's "Contract, full-time": a contract at full-time hours.
  ['DevOps Engineer\nBirmingham\nContract, full-time\nRemote', 'contract'],
  ['DevOps Engineer\nContract type: Permanent, full-time', 'full-time'],
  // A short offer bullet that states the contract; French / Spanish fixed-term wording.
  [
    'Leitung Einkauf\nDas Angebot\n- 30 Tage Urlaub\n- Unbefristete Festanstellung in Vollzeit',
    'full-time',
  ],
  ['Aide-soignant\nType de contrat\nContrat à durée déterminée - 6 Mois', 'temporary'],
  ['Subject: Locum Pharmacist - Leeds - £280 per day', 'contract'],
  [
    'Applications are invited from eligible candidates for the following\nregular full-time teaching posts in the Department of Physics',
    'full-time',
  ],
];

describe('employment-type', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).employmentType).toEqual(expected);
  });
});
