/**
 * Browser loaders for the heavy format engines. Each `import()` becomes its own chunk, fetched
 * the first time a PDF or DOCX arrives, never at page load. Works in the parse worker and, as a
 * fallback, on the main thread.
 */
import type { MammothLike, PdfjsLike, ReaderEngines } from '../core/model/document';

let pdfjs: Promise<PdfjsLike> | null = null;
let mammoth: Promise<MammothLike> | null = null;

async function importPdfjs(): Promise<PdfjsLike> {
  const [lib, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  // pdf.js starts its own worker from this URL (nested workers are fine in current browsers);
  // if that fails it falls back to a same-thread "fake worker" by importing the same URL.
  lib.GlobalWorkerOptions.workerSrc = worker.default;
  return lib;
}

async function importMammoth(): Promise<MammothLike> {
  // Vite picks mammoth's browser build through its package.json "browser" field.
  const lib = await import('mammoth');
  return lib.default;
}

/** Lazy loaders used by the parse worker; a failed load is retried on the next file. */
export const browserEngines: ReaderEngines = {
  loadPdfjs: () => {
    pdfjs ??= importPdfjs().catch((error: unknown) => {
      pdfjs = null;
      throw error;
    });
    return pdfjs;
  },
  loadMammoth: () => {
    mammoth ??= importMammoth().catch((error: unknown) => {
      mammoth = null;
      throw error;
    });
    return mammoth;
  },
};
