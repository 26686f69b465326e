/**
 * CSV for the comparison table: RFC 4180 quoting (CRLF line ends, quotes doubled, fields with a
 * comma, quote or line break quoted) plus a guard against formula injection: a spreadsheet runs
 * a cell starting with =, +, -, @ (or a tab / carriage return) as a formula, so such a cell gets
 * a leading apostrophe (OWASP "CSV Injection"). Posting text is untrusted; every cell is guarded.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, made inert and quoted as needed: "=SUM(A1)" -> "'=SUM(A1)"; 'a,b' -> '"a,b"'. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  // Numbers are data the app made, never formulas; "-5" as a number stays a number.
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Rows of cells as one CSV text, CRLF after every record (RFC 4180 section 2). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** A file name from a title: "Job comparison 2025-01-31.csv". */
export function csvFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Job comparison ${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
