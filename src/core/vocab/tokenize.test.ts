import { describe, expect, it } from 'vitest';
import { sentenceRange } from './text-context';
import { WORDS, isJoined, isWord, punctOf, tokenize } from './tokenize';

function words(text: string): string[] {
  const tt = tokenize(text);
  return Array.from({ length: tt.count }, (_, k) => text.slice(tt.start[k], tt.end[k]));
}

describe('tokenize', () => {
  it('splits words and single punctuation, with joins', () => {
    const tt = tokenize('C++/Node.js and Go');
    expect(words('C++/Node.js and Go')).toEqual([
      'C',
      '+',
      '+',
      '/',
      'Node',
      '.',
      'js',
      'and',
      'Go',
    ]);
    expect(isWord(tt, 0)).toBe(true);
    expect(punctOf(tt, 1)).toBe(43);
    expect(isJoined(tt, 6)).toBe(true);
    expect(isJoined(tt, 7)).toBe(false);
  });

  it('finds vocabulary words whatever their case, accents included', () => {
    const ids = ['développeur', 'straße', 'οδος', 'i̇stanbul'].map((w) => WORDS.intern(w));
    expect(Array.from(tokenize('DÉVELOPPEUR Développeur').id)).toEqual([ids[0], ids[0]]);
    expect(Array.from(tokenize('STRAßE').id)).toEqual([ids[1]]);
    // A final capital sigma lowercases to 'ς' in context; a dotted capital I to two characters.
    expect(tokenize('ΟΔΟΣ').id[0]).toBe(ids[2]);
    expect(tokenize('İstanbul').id[0]).toBe(ids[3]);
    expect(tokenize('unknownword').id[0]).toBe(-1);
  });

  it('tells apart words of every length, packed (up to 13 ASCII letters) or hashed', () => {
    const known = ['a', 'ab', 'k8s', 'abcdefghijklm', 'abcdefghijklmn', 'b2b2b2b2b2b2b2b2b2'];
    const ids = known.map((w) => WORDS.intern(w));
    expect(Array.from(tokenize(known.join(' ').toUpperCase()).id)).toEqual(ids);
    // One letter more or less, or a letter changed, is another word.
    for (const near of [
      'aa',
      'b',
      'k8',
      'k8ss',
      'abcdefghijkl',
      'bbcdefghijklm',
      'abcdefghijklmo',
    ]) {
      expect(tokenize(near).id[0]).toBe(WORDS.find(near));
      expect(WORDS.find(near)).toBe(-1);
    }
  });

  it('gives lines and sentences that sentenceRange can answer', () => {
    const tt = tokenize('One two. Three four\n• Five\nSix');
    expect(Array.from(tt.line)).toEqual([0, 0, 0, 0, 0, 1, 1, 2]);
    expect(sentenceRange(tt, 1)).toEqual([0, 2]);
    expect(sentenceRange(tt, 3)).toEqual([3, 4]);
    expect(sentenceRange(tt, 6)).toEqual([5, 6]);
    expect(sentenceRange(tt, 7)).toEqual([7, 7]);
  });

  it('reuses a buffer and still returns every token of a long text', () => {
    const first = tokenize('a b c');
    const text = 'x.'.repeat(5000);
    const tt = tokenize(text, first.columns);
    expect(tt.count).toBe(10000);
    expect(tt.start[9999]).toBe(9999);
    expect(punctOf(tt, 9999)).toBe(46);
  });

  it('makes each character of an unspaced script a word, apart from the Latin words it touches', () => {
    const tt = tokenize('熟练掌握Java基础・Excelの経験 연봉SQL');
    const words = Array.from({ length: tt.count }, (_, k) => tt.text.slice(tt.start[k], tt.end[k]));
    expect(words).toEqual([
      '熟',
      '练',
      '掌',
      '握',
      'Java',
      '基',
      '础',
      '・',
      'Excel',
      'の',
      '経',
      '験',
      '연',
      '봉',
      'SQL',
    ]);
    expect(isWord(tt, 4)).toBe(true);
    expect(isJoined(tt, 4)).toBe(true);
    expect(tt.id[4]).toBe(WORDS.find('java'));
    // The katakana middle dot separates list items: punctuation, not a word.
    expect(isWord(tt, 7)).toBe(false);
  });
});
