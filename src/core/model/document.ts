/**
 * What every reader produces: the source as ordered text blocks, plus any structured data the
 * source carried (schema.org JobPosting JSON-LD or microdata). One extraction pipeline runs on it.
 */
import type { ParsedPosting, SourceFormat } from './posting';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'line';

export interface TextBlock {
  kind: BlockKind;
  text: string;
  /** Heading level 1-6 when kind is 'heading'. */
  level?: number;
}

/** Fields read from schema.org JobPosting data, before cross-checking with the text. */
export type StructuredHints = Partial<
  Pick<
    ParsedPosting,
    | 'title'
    | 'company'
    | 'locations'
    | 'workMode'
    | 'employmentType'
    | 'salary'
    | 'postedDate'
    | 'yearsExperienceMin'
  >
> & {
  /** The JobPosting description as plain text (HTML stripped), when present. */
  description?: string;
};

export interface SourceDocument {
  format: SourceFormat;
  blocks: TextBlock[];
  /** Present when the source had schema.org JobPosting data. Spans inside are empty. */
  structured?: StructuredHints;
  warnings: string[];
}

/** An input file or pasted text, as bytes, so readers can detect the encoding themselves. */
export interface SourceInput {
  name: string;
  bytes: Uint8Array;
  /** MIME type as the browser reported it, if any. */
  type?: string;
}

/**
 * Heavy format engines are passed in (loaded lazily by the caller), never imported by core at
 * module load: the worker imports pdf.js / mammoth only when such a file arrives.
 */
export interface ReaderEngines {
  /** Returns the text of a PDF as lines in reading order. */
  readPdfLines?: (bytes: Uint8Array) => Promise<string[][]>;
  /** Returns DOCX converted to (unsanitised) HTML; core reads it with its HTML reader. */
  docxToHtml?: (bytes: Uint8Array) => Promise<string>;
}
