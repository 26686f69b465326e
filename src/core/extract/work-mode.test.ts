// Short examples for work-mode: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parsePostingText, toPlainPosting, type PlainPosting } from '../index';

function parse(text: string): PlainPosting {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r);
}

const CASES: [string, unknown][] = [
  ['Engineer\nRemote', 'remote'],
  ['Engineer\nBoston, MA (Hybrid)', 'hybrid'],
  ['This is a fully remote position.', 'remote'],
  ['We use a hybrid way of working that is primarily in office.', 'hybrid'],
  ['This role is 100% on-site.', 'onsite'],
  ['Experience with vector databases and hybrid retrieval systems.', null],
  ['Working in person allows for collaboration and speed.', null],
  ['Télétravail complet possible.', 'remote'],
  ['Modalidad: presencial', 'onsite'],
  ['Hybrides Arbeiten mit 2 Tagen im Büro', 'hybrid'],
];

describe('work-mode', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).workMode).toEqual(expected);
  });
});
