/** The comparison table as CSV rows (the same values the table shows), and its download. */
import { ANNUAL_ASSUMPTION } from '../../core/compare/annualise';
import { csvFileName, toCsv } from '../../core/compare/compare-csv';
import { NOT_STATED, SECTION_LABEL, type Comparison } from './comparison-model';

type Row = (string | number | null)[];

/** One header row (the postings), then one row per table row, section by section. */
export function comparisonRows(c: Comparison): Row[] {
  const rows: Row[] = [];
  const n = c.columns.length;
  rows.push(['', ...c.columns.map((col) => col.title)]);
  rows.push(['Company', ...c.columns.map((col) => col.company ?? NOT_STATED)]);
  if (c.matches) {
    rows.push([
      'Skill match (%)',
      ...c.matches.map((m, i) =>
        m.skills.score === null
          ? 'No skills listed'
          : `${m.skills.score}${c.bestMatch.includes(i) ? ' (best skill match)' : ''}`,
      ),
    ]);
    rows.push([
      'Missing required skills',
      ...c.matches.map((m) => m.skills.missingRequired.map((s) => s.name).join('; ')),
    ]);
    rows.push([
      'Missing preferred skills',
      ...c.matches.map((m) => m.skills.missingPreferred.map((s) => s.name).join('; ')),
    ]);
  }
  const salary = c.salary;
  rows.push([
    'Salary (as stated)',
    ...salary.cells.map(
      (cell, i) =>
        (cell.bands.map((b) => (b.label ? `${b.label}: ` : '') + b.stated).join('; ') ||
          NOT_STATED) + (salary.best.includes(i) ? ' (highest pay)' : ''),
    ),
  ]);
  rows.push([
    `Salary per year (${ANNUAL_ASSUMPTION})`,
    ...salary.cells.map(
      (cell) => cell.bands.map((b) => b.annual ?? b.stated).join('; ') || NOT_STATED,
    ),
  ]);
  if (salary.plan.converted) {
    rows.push([
      `Salary per year in ${salary.plan.currency} (your exchange rates)`,
      ...salary.cells.map((cell) =>
        cell.bands.map((b) => (b.converted ?? b.annual ?? b.stated).replace(/^≈ /, '')).join('; '),
      ),
    ]);
  }
  rows.push([SECTION_LABEL.location, ...c.location.cells]);
  rows.push([SECTION_LABEL.workMode, ...c.workMode.cells]);
  rows.push([SECTION_LABEL.employment, ...c.employment.cells]);
  rows.push([SECTION_LABEL.seniority, ...c.seniority.cells]);
  rows.push([
    'Experience (minimum years)',
    ...c.experience.cells.map((cell, i) =>
      cell.years === null
        ? NOT_STATED
        : `${cell.years}${c.experience.best.includes(i) ? ' (fewest years)' : ''}`,
    ),
  ]);
  rows.push(['Requirement paths', ...c.experience.cells.map((cell) => cell.paths.join(', or '))]);
  rows.push([
    SECTION_LABEL.education,
    ...c.education.cells.map((items) => items.join('; ') || NOT_STATED),
  ]);
  for (const group of c.skills.groups) {
    for (const row of group.rows) {
      rows.push([
        `Skill: ${row.name} (${group.category})`,
        ...row.marks.map((m) => (m === null ? '' : m.required ? 'Required' : 'Preferred')),
      ]);
    }
  }
  for (const group of c.benefits.groups) {
    for (const row of group.rows) {
      rows.push([`Benefit: ${row.label}`, ...row.offered.map((o) => (o ? 'Offered' : ''))]);
    }
  }
  rows.push([
    SECTION_LABEL.responsibilities,
    ...c.responsibilities.cells.map((items) => items.join('\n')),
  ]);
  // Every row has one cell per posting, even when a list ran short.
  return rows.map((row) => [...row, ...Array<string>(Math.max(0, n + 1 - row.length)).fill('')]);
}

/** Saves the comparison as a CSV file through a temporary link (nothing leaves the device). */
export function downloadComparisonCsv(c: Comparison): void {
  // The byte order mark makes spreadsheet apps read the file as UTF-8 (€, £, accents).
  const blob = new Blob(['\ufeff', toCsv(comparisonRows(c))], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(new Date());
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
