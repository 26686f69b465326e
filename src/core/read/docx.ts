/**
 * DOCX -> blocks: mammoth converts to HTML (headings and lists stay structure), then the HTML
 * reader's text extraction. mammoth unpacks the whole ZIP in memory, so sizes are checked first.
 */
import type { MammothLike, SourceDocument } from '../model/document';
import { htmlToBlocks } from './html-blocks';
import { parseHtml } from './html-dom';
import { readZipDirectory } from './zip-directory';

export type DocxReadResult = { ok: true; document: SourceDocument } | { ok: false; error: string };

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024;

const MB = 1024 * 1024;

/** Refuses inputs that would make mammoth unpack too much (zip bombs). Null when safe. */
export function checkDocxSize(bytes: Uint8Array): string | null {
  if (bytes.length > MAX_DOCX_BYTES) {
    return `This DOCX is too large (${Math.round(bytes.length / MB)} MB; the limit is ${MAX_DOCX_BYTES / MB} MB).`;
  }
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return `This DOCX could not be read: ${dir.error}.`;
  const unpacked = dir.entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
    return `This DOCX would unpack to ${Math.round(unpacked / MB)} MB (limit ${MAX_DOCX_UNPACKED_BYTES / MB} MB); it may be a zip bomb, so it was not opened.`;
  }
  return null;
}

/** Reads a DOCX into blocks. Images are skipped unread; links and styles are ignored. */
export async function readDocx(bytes: Uint8Array, mammoth: MammothLike): Promise<DocxReadResult> {
  const refused = checkDocxSize(bytes);
  if (refused) return { ok: false, error: refused };
  try {
    const arrayBuffer = bytes.slice().buffer;
    const { value } = await mammoth.convertToHtml(
      { arrayBuffer },
      {
        externalFileAccess: false,
        // Word's Title style is the job title; mammoth's default map leaves it a paragraph.
        styleMap: ["p[style-name='Title'] => h1:fresh"],
        // Without this mammoth base64-encodes every picture into the HTML we then throw away.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    const blocks = htmlToBlocks(parseHtml(value).children);
    if (blocks.length === 0) return { ok: false, error: 'This DOCX has no text.' };
    return { ok: true, document: { format: 'docx', blocks, warnings: [] } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `This DOCX could not be read: the file is damaged (${detail.slice(0, 120)}).`,
    };
  }
}
