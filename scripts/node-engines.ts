/**
 * Node loaders for the heavy format engines, for the CLI (`npm run parse`) and Vitest. pdf.js
 * runs from its legacy build with its worker on the same thread (pdf.js does that in Node).
 */
import type { MammothLike, PdfjsLike, ReaderEngines } from '../src/core/model/document';

// pdf.js 6 calls Promise.withResolvers, which Node only has from 22.
function polyfillPromiseWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === 'function') return;
  P.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

async function importPdfjs(): Promise<PdfjsLike> {
  polyfillPromiseWithResolvers();
  return await import('pdfjs-dist/legacy/build/pdf.mjs');
}

async function importMammoth(): Promise<MammothLike> {
  const lib = (await import('mammoth')).default;
  // Node's mammoth build reads `{ buffer }`, the browser build `{ arrayBuffer }`.
  return {
    convertToHtml: (input, options) =>
      lib.convertToHtml({ buffer: Buffer.from(input.arrayBuffer) }, options),
    images: lib.images,
  };
}

let pdfjs: Promise<PdfjsLike> | null = null;
let mammoth: Promise<MammothLike> | null = null;

/** Engines for Node: pass to `readSource` / the pipeline. */
export const nodeEngines: ReaderEngines = {
  loadPdfjs: () => (pdfjs ??= importPdfjs()),
  loadMammoth: () => (mammoth ??= importMammoth()),
};
