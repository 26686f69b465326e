import { describe, expect, it } from 'vitest';
import { NEEDS_REPLACING, replaceOddCharacters } from './normalise-text';
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

  it.each([
    ['**Salary:** $90k', 'Salary: $90k'],
    ['[Apply](https://jobs.example/apply) now', 'Apply now'],
    ['Use `kubectl` and __Helm__', 'Use kubectl and Helm'],
    ['*Remote* within the EU', 'Remote within the EU'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['5 * 3 = 15', '5 * 3 = 15'],
    ['<p align="center"><img src="logo.svg" alt="Logo"></p>Hiring<br>', 'Hiring'],
    ['<5 years of age and <Company> stay', '<5 years of age and <Company> stay'],
  ])('strips Markdown syntax: %s', (input, text) => {
    expect(readText(input, 'markdown').blocks[0]?.text).toBe(text);
  });

  it('reads setext headings and drops rules and table separators', () => {
    const doc = readText('Benefits\n========\n---\n| a | b |\n|---|---|', 'markdown');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Benefits' },
      { kind: 'line', text: '| a | b |' },
    ]);
  });

  it('reads a two-column table row as a field and its value', () => {
    const doc = readText(
      '| Field | Value |\n|:--|:--|\n| Job title | Data Analyst II |\n| Req ID | 24-1187 |',
      'markdown',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '| Field | Value |',
      'Job title: Data Analyst II',
      'Req ID: 24-1187',
    ]);
  });

  it("reads a pay table's rows as ranges when its last two columns are a range's ends", () => {
    const doc = readText(
      '| Column | Step 1 | Step 10 |\n|---|---|---|\n| Class I (BA + 30 units) | $58,214 | $82,770 |\n\n| Role | Hourly | Annual |\n|---|---|---|\n| Aide | $20 | $41,600 |',
      'markdown',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '| Column | Step 1 | Step 10 |',
      'Class I (BA + 30 units): $58,214 – $82,770',
      '| Role | Hourly | Annual |',
      '| Aide | $20 | $41,600 |',
    ]);
  });

  it('keeps "1. Ausbildungsjahr" a line: a German ordinal, not a list number', () => {
    expect(readText('1. Ausbildungsjahr: 1.148 €\n2. Bewerbung senden').blocks).toEqual([
      { kind: 'line', text: '1. Ausbildungsjahr: 1.148 €' },
      { kind: 'list-item', text: 'Bewerbung senden' },
    ]);
  });

  it('reads a Japanese "■" heading or field as a line, not a list item', () => {
    expect(readText('■ Conditions\n■ Salary : ¥320,000\n■\n■ Payroll: run payroll').blocks).toEqual(
      [
        { kind: 'line', text: 'Conditions' },
        { kind: 'line', text: 'Salary : ¥320,000' },
        { kind: 'line', text: '■' },
        { kind: 'list-item', text: 'Payroll: run payroll' },
      ],
    );
  });

  it('keeps Markdown-looking text as is in plain text', () => {
    expect(readText('**Salary:** $90k').blocks[0]?.text).toBe('**Salary:** $90k');
  });

  it('reads a 6 KB posting quickly', () => {
    const text = 'Requirements\n• 5+ years of Python, SQL and “cloud” work – 60 000 €\n'.repeat(
      100,
    );
    readText(text);
    const start = performance.now();
    for (let i = 0; i < 50; i++) readText(text);
    // Generous bound for a loaded 2-core CI machine; typical is well under 0.1 ms.
    expect((performance.now() - start) / 50).toBeLessThan(2);
  });
});

describe('NEEDS_REPLACING', () => {
  it('finds every character normaliseText would replace, so the rest only needs NFC', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (!NEEDS_REPLACING.test(text)) expect(replaceOddCharacters(text)).toBe(text);
    }
    expect(NEEDS_REPLACING.test('\u{1D5E6}alary')).toBe(true);
  });

  it('reads a posting quoted in a forwarded mail as its lines, a single quoted line as it is', () => {
    const doc = readText('Hey!\n\n> Customer Success Manager\n> Tallypine\n>\n> * Run QBRs\n');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Hey!',
      'Customer Success Manager',
      'Tallypine',
      'Run QBRs',
    ]);
    expect(readText('Thanks!\n> sounds good\n').blocks.map((b) => b.text)).toEqual([
      'Thanks!',
      '> sounds good',
    ]);
  });
});

describe('a person specification table', () => {
  it('reads its Essential and Desirable columns as two lists under their headings', () => {
    const doc = readText(
      '| | Essential | Desirable |\n|---|---|---|\n| **Qualifications** | BSc Radiography | MSc |\n| Skills | | Welsh |\nAfter',
      'markdown',
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Essential criteria'],
      ['list-item', 'Qualifications: BSc Radiography'],
      ['heading', 'Desirable criteria'],
      ['list-item', 'Qualifications: MSc'],
      ['list-item', 'Skills: Welsh'],
      ['line', 'After'],
    ]);
  });
});
