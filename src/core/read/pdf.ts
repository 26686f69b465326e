/**
 * PDF -> blocks, from the text layer pdf.js extracts (no OCR). The engine arrives through
 * `loadPdfjs`, so pdf.js is loaded only when a PDF is dropped.
 */
import type {
  PdfjsLike,
  PdfLoadingTaskLike,
  PdfMarkedContentLike,
  PdfTextItemLike,
  SourceDocument,
} from '../model/document';
import type { TextRun } from './pdf-lines';
import { runsToBlocks } from './pdf-lines';

export type PdfReadResult = { ok: true; document: SourceDocument } | { ok: false; error: string };

const MAX_PAGES = 50;

function isTextItem(item: PdfTextItemLike | PdfMarkedContentLike): item is PdfTextItemLike {
  return typeof (item as Partial<PdfTextItemLike>).str === 'string';
}

function toRun(item: PdfTextItemLike): TextRun {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
  const size = Math.hypot(a, b) || item.height || 10;
  return { str: item.str, x, y, width: item.width, size };
}

function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return 'This PDF is password-protected; open it, save an unprotected copy, and import that.';
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') {
    return 'This PDF could not be read: the file is damaged or not really a PDF.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `This PDF could not be read (${detail.slice(0, 120)}).`;
}

/**
 * Reads a PDF's text layer into blocks in reading order. Scanned PDFs (no text) and
 * encrypted or damaged files return an error. Reads at most the first 50 pages.
 */
export async function readPdf(bytes: Uint8Array, pdfjs: PdfjsLike): Promise<PdfReadResult> {
  let task: PdfLoadingTaskLike | null = null;
  try {
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const pdf = await task.promise;
    const pages: TextRun[][] = [];
    const warnings: string[] = [];
    const count = Math.min(pdf.numPages, MAX_PAGES);
    if (pdf.numPages > MAX_PAGES) warnings.push(`Only the first ${MAX_PAGES} pages were read.`);
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter(isTextItem).map(toRun));
      page.cleanup();
    }
    const blocks = runsToBlocks(pages);
    if (blocks.length === 0) {
      return {
        ok: false,
        error:
          'This PDF has no text layer (a scanned image?); copy the text from the original posting or run OCR first.',
      };
    }
    return { ok: true, document: { format: 'pdf', blocks, warnings } };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}
