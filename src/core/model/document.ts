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
    | 'degrees'
  >
> & {
  /** The JobPosting description as plain text (HTML stripped), when present. */
  description?: string;
  /**
   * The site's own name (og:site_name, or the last part of "<Job> | Careers | <Site>" in the
   * page title): on a careers page, the employer. Used only when the text names no company.
   */
  siteName?: string;
  /**
   * The first part of a two-part page title ("Lumenfold - Backend Engineer (Go)", as Lever writes
   * it): the employer when the last part is the job's title.
   */
  siteNameFirst?: string;
  /** The job's addressCountry as given (a code such as "JM", or a name). */
  country?: string;
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

/** One text run of a PDF page, as pdf.js reports it (TextItem). Coordinates are PDF user space. */
export interface PdfTextItemLike {
  str: string;
  /** [a, b, c, d, e, f]: e/f are x/y of the run's origin, hypot(a, b) its font size. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
  fontName?: string;
}

/** pdf.js marked-content markers, interleaved with text items; readers skip them. */
export interface PdfMarkedContentLike {
  type: string;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ items: (PdfTextItemLike | PdfMarkedContentLike)[] }>;
  cleanup(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

/** The part of pdf.js's `getDocument` parameters the PDF reader sets. */
export interface PdfjsDocumentParams {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  stopAtErrors: boolean;
  verbosity: number;
}

export interface PdfLoadingTaskLike {
  promise: Promise<PdfDocumentLike>;
  destroy(): Promise<void>;
}

/** The slice of the pdf.js module the PDF reader uses (structural, so core never imports it). */
export interface PdfjsLike {
  getDocument(params: PdfjsDocumentParams): PdfLoadingTaskLike;
}

/** mammoth's opaque image converter (same brand as its own type, so the real module fits). */
export interface MammothImageConverter {
  __mammothBrand: 'ImageConverter';
}

/** The slice of mammoth the DOCX reader uses. Node's build wants `{ buffer }`: adapt in the loader. */
export interface MammothLike {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer },
    options?: {
      externalFileAccess?: boolean;
      convertImage?: MammothImageConverter;
      styleMap?: string[];
    },
  ): Promise<{ value: string }>;
  images: {
    imgElement(convert: (image: unknown) => Promise<{ src: string }>): MammothImageConverter;
  };
}

/**
 * Heavy format engines are passed in as lazy loaders, never imported by core at module load: the
 * worker imports pdf.js / mammoth only when such a file arrives. Browser loaders live in
 * src/worker/engines.ts, Node loaders (CLI, tests) in scripts/node-engines.ts. A missing loader
 * makes that format an error ("PDF reading is not available here").
 */
export interface ReaderEngines {
  loadPdfjs?: () => Promise<PdfjsLike>;
  loadMammoth?: () => Promise<MammothLike>;
}
