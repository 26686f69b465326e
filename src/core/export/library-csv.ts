/**
 * The library as CSV for a spreadsheet: one row per posting, a header row, RFC 4180 quoting and
 * the formula-injection guard (both from the comparison's CSV writer, so the rules live once).
 */
import { annualiseBand } from '../compare/annualise';
import { toCsv } from '../compare/compare-csv';
import type { ParsedPosting } from '../model/posting';

export interface CsvRow {
  id: string;
  createdAt: number;
  /** The posting as the user sees it (edits applied). */
  posting: ParsedPosting;
  status: string;
  tags: readonly string[];
  notes: string;
  rating: number | null;
  /** File name, or "Pasted text". */
  sourceName: string;
}

export const LIBRARY_CSV_HEADER = [
  'Title',
  'Company',
  'Locations',
  'Work mode',
  'Employment type',
  'Seniority',
  'Pay min',
  'Pay max',
  'Currency',
  'Pay period',
  'Annual pay min',
  'Annual pay max',
  'Years of experience',
  'Skills',
  'Status',
  'Tags',
  'Rating',
  'Notes',
  'Source',
  'Added',
  'Id',
] as const;

/**
 * CSV text (CRLF line ends) with a header row. When a posting states several pay bands, the first
 * is in the pay columns (the others are rarely needed in a spreadsheet and would need more rows).
 * Every text cell starting with =, +, -, @, tab or CR gets a leading ' (postings are untrusted).
 * @example new Blob([libraryToCsv(rows)], { type: 'text/csv;charset=utf-8' })
 */
export function libraryToCsv(rows: readonly CsvRow[]): string {
  const body = rows.map((row) => {
    const p = row.posting;
    const band = p.salary[0];
    const annual = band ? annualiseBand(band) : null;
    return [
      p.title?.value ?? '',
      p.company?.value ?? '',
      p.locations.map((l) => l.value).join('; '),
      p.workMode?.value ?? '',
      p.employmentType?.value ?? '',
      p.seniority?.value ?? '',
      band?.min ?? null,
      band?.max ?? null,
      band?.currency ?? '',
      band?.period ?? '',
      annual?.min ?? null,
      annual?.max ?? null,
      p.yearsExperienceMin?.value ?? null,
      p.skills.map((s) => s.name).join('; '),
      row.status,
      row.tags.join('; '),
      row.rating,
      row.notes,
      row.sourceName,
      new Date(row.createdAt).toISOString().slice(0, 10),
      row.id,
    ];
  });
  return toCsv([[...LIBRARY_CSV_HEADER], ...body]);
}
