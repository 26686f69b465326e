// Short examples for posted-date: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

const CASES: [string, unknown][] = [
  ['Job Details\nPosted AtJun 6, 2025', '2025-06-06'],
  ['Posted on 2025-03-14', '2025-03-14'],
  ['Veröffentlicht am 06.06.2025', '2025-06-06'],
  ['Publié le 6 juin 2025', '2025-06-06'],
  ['Publicado el 6 de junio de 2025', '2025-06-06'],
  ['Posted 14 days ago', null],
  ['Date posted: 2025-06-06', '2025-06-06'],
  ['Job posted 06/13/2025', '2025-06-13'],
  ['Date de publication : 6 juin 2025', '2025-06-06'],
  ['FECHA DE PUBLICACIÓN: 6 de junio de 2025', '2025-06-06'],
  ['Posted 3 days ago. Posted on Jun 6, 2025', '2025-06-06'],
];

describe('posted-date', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).postedDate).toEqual(expected);
  });
});
