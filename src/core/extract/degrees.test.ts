// Short examples for degrees: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting, type PlainPosting } from '../index';

function parse(text: string): PlainPosting {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r);
}

const CASES: [string, unknown][] = [
  [
    "Requirements:\n- Bachelor's degree in Computer Science or related field",
    [{ level: 'bachelor', fields: ['Computer Science'], required: true }],
  ],
  [
    "Requirements:\n- A Master's or PhD in Computer Science, Machine Learning, or a related field",
    [
      { level: 'master', fields: ['Computer Science', 'Machine Learning'], required: true },
      { level: 'phd', fields: ['Computer Science', 'Machine Learning'], required: true },
    ],
  ],
  [
    'Requirements:\n- High school diploma or GED',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    "Requirements:\n- Master's degree in Statistics preferred",
    [{ level: 'master', fields: ['Statistics'], required: false }],
  ],
  ['Nice to have:\n- PhD in Physics', [{ level: 'phd', fields: ['Physics'], required: false }]],
  ["Benefits:\n- Tuition paid for bachelor's degrees", []],
  [
    'Anforderungen\n- Master in Informatik oder Mathematik',
    [{ level: 'master', fields: ['Informatik', 'Mathematik'], required: true }],
  ],
  [
    'Requisitos\n- Grado en Ingeniería Informática o similar',
    [{ level: 'bachelor', fields: ['Ingeniería Informática'], required: true }],
  ],
  // "Mastering" is no master's degree; a figure right before an abbreviation does not hide it.
  [
    'Requirements:\n- Mastering of SQL; BSc in Physics',
    [{ level: 'bachelor', fields: ['Physics'], required: true }],
  ],
  [
    'Requirements:\n- 2BS in Chemistry',
    [{ level: 'bachelor', fields: ['Chemistry'], required: true }],
  ],
];

describe('degrees', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).degrees).toEqual(expected);
  });
});
