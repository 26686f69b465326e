import { describe, expect, it } from 'vitest';
import type { TextRun } from './pdf-lines';
import { runsToBlocks } from './pdf-lines';

const run = (str: string, x: number, y: number, size = 10): TextRun => ({
  str,
  x,
  y,
  size,
  width: str.length * size * 0.5,
});

describe('runsToBlocks', () => {
  it.each([
    [
      'joins runs on one baseline with spaces by gap',
      [run('Salary:', 50, 700), run('$90k', 90, 700.8)],
      ['Salary: $90k'],
    ],
    [
      'orders lines top to bottom',
      [run('second', 50, 680), run('first', 50, 700)],
      ['first', 'second'],
    ],
    [
      'keeps the hyphen of full-time',
      [run('a full-', 50, 700), run('time role', 50, 686)],
      ['a full-', 'time role'],
    ],
    [
      'joins a hyphenated word',
      [run('strong commu-', 50, 700), run('nication skills', 50, 686)],
      ['strong communication', 'skills'],
    ],
    ['drops page numbers', [run('Text', 50, 700), run('Page 3 of 4', 280, 40)], ['Text']],
  ])('%s', (_name, runs, lines) => {
    expect(runsToBlocks([runs]).map((b) => b.text)).toEqual(lines);
  });

  it('marks larger lines as headings and bullets as list items', () => {
    const blocks = runsToBlocks([
      [run('Title', 50, 740, 18), run('• Python', 50, 700), run('body text here', 50, 686)],
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'list-item', text: 'Python' },
      { kind: 'line', text: 'body text here' },
    ]);
  });
});
