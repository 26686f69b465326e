/**
 * Reads any supported input into SourceDocuments (one per posting the input holds):
 * 1. refuse empty and oversized input, 2. detect the format (and decode text),
 * 3. dispatch to that format's reader. Errors are returned as data, never thrown.
 */
import type { ReaderEngines, SourceDocument, SourceInput } from '../model/document';
import { detectFormat } from './detect-format';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readJson } from './json';
import { readPdf } from './pdf';
import { readText } from './text';

export type ReadResult = { ok: true; documents: SourceDocument[] } | { ok: false; error: string };

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

async function dispatch(input: SourceInput, engines: ReaderEngines): Promise<ReadResult> {
  if (input.bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, error: 'This file is too large (over 50 MB) to be a job posting.' };
  }
  const detected = detectFormat(input);
  if (!detected.ok) return detected;
  switch (detected.format) {
    case 'pdf': {
      if (!engines.loadPdfjs) return { ok: false, error: 'PDF reading is not available here.' };
      const read = await readPdf(input.bytes, await engines.loadPdfjs());
      return read.ok ? { ok: true, documents: [read.document] } : read;
    }
    case 'docx': {
      if (!engines.loadMammoth) return { ok: false, error: 'DOCX reading is not available here.' };
      const read = await readDocx(input.bytes, await engines.loadMammoth());
      return read.ok ? { ok: true, documents: [read.document] } : read;
    }
    case 'json':
      return readJson(detected.text);
    case 'html': {
      const doc = readHtml(detected.text);
      // A site name alone is no posting.
      const posting = Object.keys(doc.structured ?? {}).some(
        (key) => key !== 'siteName' && key !== 'siteNameFirst',
      );
      if (doc.blocks.length === 0 && !posting) {
        return { ok: false, error: 'This web page has no readable text.' };
      }
      return { ok: true, documents: [doc] };
    }
    default: {
      const doc = readText(detected.text, detected.format);
      if (doc.blocks.length === 0) return { ok: false, error: 'The file has no text.' };
      return { ok: true, documents: [doc] };
    }
  }
}

/**
 * Reads bytes of any supported format (text, Markdown, HTML, JSON, PDF, DOCX; see each reader
 * for its limits). Example: readSource({ name: 'job.pdf', bytes }, engines) ->
 * { ok: true, documents: [{ format: 'pdf', blocks, warnings }] }.
 */
export async function readSource(input: SourceInput, engines: ReaderEngines): Promise<ReadResult> {
  try {
    return await dispatch(input, engines);
  } catch (error) {
    // A reader bug or an engine that failed to load must not take the import down with it.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This file could not be read (${detail.slice(0, 160)}).` };
  }
}
