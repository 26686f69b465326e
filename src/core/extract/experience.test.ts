// Short examples for experience: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting, type PlainPosting } from '../index';

function parse(text: string): PlainPosting {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r);
}

const CASES: [string, unknown][] = [
  ['Requirements:\n- 5+ years of experience with Python', 5],
  ['Requirements:\n- 2-4 years of industry experience', 2],
  ['Requirements:\n- Five years of plumbing experience', 5],
  ['Requirements:\n- 6 months of customer service experience', 0.5],
  ['Requirements:\n- Must be 18 years of age or older', null],
  ['Requirements:\n- Our company has over 30 years of industry leadership', null],
  [
    "Minimum: Master's degree and 1 year of experience; OR Bachelor's degree and 3 years of experience.",
    1,
  ],
  [
    "Option 1: Bachelor's degree and 5 years' experience in analytics. Option 2: Master's degree and 3 years' experience in analytics. Option 3: 7 years' experience in analytics or related fieldOutlined below are the optional preferred qualifications.",
    3,
  ],
  ['Requirements:\n- 10+ years of experience\n- 3+ years with Kubernetes', 10],
  ['Preferred:\n- 8 years of experience', null],
  ['Ihr Profil\n- Mindestens 3 Jahre Berufserfahrung', 3],
  ["Profil recherché\n- 3 ans d'expérience en développement", 3],
  ['Requisitos\n- 3 años de experiencia en ventas', 3],
  ['Requisitos\n- Experiencia mínima de 2 años', 2],
];

describe('experience', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).yearsExperienceMin).toEqual(expected);
  });
});
