import { describe, expect, it } from 'vitest';
import type { SourceDocument, TextBlock } from '../model/document';
import { readText } from '../read/text';
import { cleanDocument } from './clean-text';

function doc(...texts: (string | TextBlock)[]): SourceDocument {
  const blocks = texts.map((t): TextBlock =>
    typeof t === 'string' ? { kind: 'line', text: t } : t,
  );
  return { format: 'text', blocks, warnings: [] };
}

const body = Array.from({ length: 30 }, (_, i) => `Body line number ${i} about the job.`);

describe('cleanDocument', () => {
  it('drops job-board chrome lines and keeps the posting', () => {
    const result = cleanDocument(
      doc('Nurse', 'Easy Apply', '5 hours agoBe an early applicant', 'Acme logo', 'Apply to help.'),
    );
    expect(result.text).toBe('Nurse\nApply to help.');
  });

  it('splits blocks into trimmed lines with offsets and marks list items', () => {
    const result = cleanDocument(
      doc(
        { kind: 'paragraph', text: ' One\u00a0two\r\nThree ' },
        { kind: 'list-item', text: 'Python' },
      ),
    );
    expect(result.text).toBe('One two\nThree\n- Python');
    expect(result.lines.map((l) => [l.start, l.kind])).toEqual([
      [0, 'paragraph'],
      [8, 'paragraph'],
      [14, 'list-item'],
    ]);
  });

  it('drops a header repeated at the end even when case, spaces and quotes differ', () => {
    const header = ['Senior Nurse', 'Acme’s Hospital', 'Boston, MA', 'Full time'];
    const tail = ['SENIOR  NURSE', "Acme's hospital", 'boston, ma'];
    const result = cleanDocument(doc(...header, ...body, ...tail));
    expect(result.text.endsWith('Body line number 29 about the job.')).toBe(true);
    expect(result.warnings).toContain('repeated header block at the end removed');
  });

  it('drops a repeated header whose lines start outside Latin-1', () => {
    const header = ['İstanbul', '€80k', 'Ürün Müdürü'];
    const tail = ['İSTANBUL', '€80K', 'ÜRÜN MÜDÜRÜ'];
    const result = cleanDocument(doc(...header, ...body, ...tail));
    expect(result.text.endsWith('Body line number 29 about the job.')).toBe(true);
  });

  it("takes the text reader's trimmed lines as they are", () => {
    const result = cleanDocument(readText(' Nurse\t\r\n\n\u00a0• Python \nApply now'));
    expect(result.text).toBe('Nurse\n- Python');
    expect(result.lines.map((l) => l.start)).toEqual([0, 6]);
  });

  it('keeps every line offset right after lines are cut, shortened and emptied', () => {
    const result = cleanDocument(
      doc(
        'Nurse',
        'We value a caring culture and teamwork....Demonstrates group skills',
        'Pay: $0',
        ...body,
        'Similar jobs',
        'Data Analyst · $90k',
      ),
    );
    expect(result.text).toContain('teamwork.\nPay:\nBody line number 0');
    expect(result.text.endsWith('Body line number 29 about the job.')).toBe(true);
    for (const line of result.lines) {
      expect(result.text.slice(line.start, line.start + line.text.length)).toBe(line.text);
    }
  });

  it('keeps a tail that only looks like the header at its start', () => {
    const header = ['Senior Nurse', 'Acme Hospital', 'Boston, MA'];
    const tail = ['Senior Nurses are welcome', 'Acme Hospitals', 'Boston, MAINE'];
    const result = cleanDocument(doc(...header, ...body, ...tail));
    expect(result.text.endsWith('Boston, MAINE')).toBe(true);
  });

  it('removes "$0" pay placeholders but keeps real figures', () => {
    const result = cleanDocument(
      doc('Pay: $0', 'Pay: $0.00 per hour', 'Bonus: $05 vouchers', '$100 a day'),
    );
    expect(result.text).toBe('Pay:\nPay:  per hour\nBonus: $05 vouchers\n$100 a day');
    expect(result.lines[1]?.start).toBe(5);
  });
});
