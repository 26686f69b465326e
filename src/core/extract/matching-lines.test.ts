import { describe, expect, it } from 'vitest';
import { joinLines } from '../clean/lines';
import { buildContext, linesMatching } from './context';
import { findInMatchingLines } from './matching-lines';

function context(rows: string[]) {
  const { text, lines } = joinLines(
    rows.map((text) => ({ kind: 'paragraph' as const, text, start: 0 })),
  );
  return buildContext(text, lines, []);
}

describe('findInMatchingLines', () => {
  const ctx = context(['Engineer', 'Remote, remote', 'Acme', 'Hybrid or remote', 'remote']);

  it('visits the lines linesMatching returns, in order, once each', () => {
    const visited: number[] = [];
    findInMatchingLines(ctx, /remote/gi, (i) => (visited.push(i), null));
    expect(visited).toEqual(linesMatching(ctx, /remote/gi));
    expect(visited).toEqual([1, 3, 4]);
  });

  it('stops at the first value', () => {
    const visited: number[] = [];
    const found = findInMatchingLines(
      ctx,
      /remote/gi,
      (i) => (visited.push(i), i === 3 ? i : null),
    );
    expect(found).toBe(3);
    expect(visited).toEqual([1, 3]);
  });
});
