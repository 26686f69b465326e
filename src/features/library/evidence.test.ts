import { describe, expect, it } from 'vitest';
import { segmentText } from './evidence';

describe('segmentText', () => {
  it('splits at overlapping span boundaries and keeps all text', () => {
    const text = 'Senior Nurse, $50/hour';
    const segments = segmentText(text, [
      { field: 'title', label: 'Title', spans: [{ start: 0, end: 12 }] },
      { field: 'seniority', label: 'Seniority', spans: [{ start: 0, end: 6 }] },
      { field: 'salary', label: 'Salary', spans: [{ start: 14, end: 22 }] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[0]).toEqual({ text: 'Senior', fields: ['title', 'seniority'] });
    expect(segments[1]).toEqual({ text: ' Nurse', fields: ['title'] });
    expect(segments.at(-1)).toEqual({ text: '$50/hour', fields: ['salary'] });
  });

  it('ignores spans outside the text', () => {
    const segments = segmentText('abc', [
      { field: 'x', label: 'X', spans: [{ start: 10, end: 20 }] },
    ]);
    expect(segments).toEqual([{ text: 'abc', fields: [] }]);
  });
});
