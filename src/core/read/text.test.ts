import { describe, expect, it } from 'vitest';
import { readText } from './text';

describe('readText', () => {
  it('turns bullets into list items and Markdown headings into headings', () => {
    const doc = readText('# Nurse\n\n- Triage\n• BLS\nPlain line', 'markdown');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Nurse' },
      { kind: 'list-item', text: 'Triage' },
      { kind: 'list-item', text: 'BLS' },
      { kind: 'line', text: 'Plain line' },
    ]);
  });
});
