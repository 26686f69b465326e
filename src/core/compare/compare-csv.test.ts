import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './compare-csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as they are, negative ones too, and nothing for null', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(108160)).toBe('108160');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['Row', 'A'],
        ['Salary', '$1 – $2, yearly'],
      ]),
    ).toBe('Row,A\r\nSalary,"$1 – $2, yearly"\r\n');
  });

  it('names the file after the day', () => {
    expect(csvFileName(new Date(2025, 0, 31))).toBe('Job comparison 2025-01-31.csv');
  });
});
