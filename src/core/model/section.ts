/**
 * A section of the cleaned text, found from its heading ("Requirements", "Nice to have",
 * "Avantages", "Ihre Aufgaben"...). Extractors use it to tell required from preferred and to
 * keep benefits, responsibilities and requirements apart.
 */
import type { Span } from './posting';

export const SECTION_KINDS = [
  'header',
  'about',
  'responsibilities',
  'requirements',
  'preferred',
  'benefits',
  'salary',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Section {
  kind: SectionKind;
  /** The heading as written, null for the untitled opening block. */
  heading: string | null;
  /** The body of the section (after the heading) in the cleaned text. */
  span: Span;
}
