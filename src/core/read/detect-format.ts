/**
 * Decides what an input is, from its magic bytes first (a renamed file still reads), then its
 * name and MIME type, then the decoded text's first characters. Binary and unsupported inputs
 * get a reason a person can act on.
 */
import type { SourceInput } from '../model/document';
import type { SourceFormat } from '../model/posting';
import { decodeText, sniffBom, sniffUtf16WithoutBom } from './decode-text';
import { readZipDirectory } from './zip-directory';

export type Detection =
  | { ok: true; format: 'pdf' | 'docx' }
  | { ok: true; format: Exclude<SourceFormat, 'pdf' | 'docx'>; text: string; encoding: string }
  | { ok: false; error: string };

const SUPPORTED = 'import text, HTML, JSON, PDF or DOCX.';

// Signatures of files people drop by mistake: [bytes at offset 0, what to call it].
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'an image (PNG)'],
  [[0xff, 0xd8, 0xff], 'an image (JPEG)'],
  [[0x47, 0x49, 0x46, 0x38], 'an image (GIF)'],
  [[0x49, 0x49, 0x2a, 0x00], 'an image (TIFF)'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'an image (TIFF)'],
  [[0x00, 0x00, 0x01, 0x00], 'an icon image'],
  [[0x4d, 0x5a], 'a Windows program'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'a macOS program'],
  [[0xca, 0xfe, 0xba, 0xbe], 'a program'],
  [[0x00, 0x61, 0x73, 0x6d], 'a WebAssembly module'],
  [[0x1f, 0x8b], 'a compressed archive (gzip)'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a compressed archive (7z)'],
  [[0x52, 0x61, 0x72, 0x21], 'a compressed archive (RAR)'],
  [[0x25, 0x21, 0x50, 0x53], 'a PostScript file'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'a database (SQLite)'],
  [[0x49, 0x44, 0x33], 'an audio file (MP3)'],
  [[0x4f, 0x67, 0x67, 0x53], 'an audio or video file (Ogg)'],
  [[0x1a, 0x45, 0xdf, 0xa3], 'a video (WebM/MKV)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document; save it as DOCX or PDF and'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office file (.doc/.xls); save it as DOCX or PDF and'],
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function sniffBinary(bytes: Uint8Array): string | null {
  for (const [sig, what] of SIGNATURES) if (startsWith(bytes, sig)) return what;
  const riff = ascii(bytes, 0, 4) === 'RIFF' ? ascii(bytes, 8, 12) : '';
  if (riff === 'WEBP') return 'an image (WebP)';
  if (riff === 'WAVE' || riff === 'AVI ') return 'an audio or video file';
  const box = ascii(bytes, 4, 12);
  if (box.startsWith('ftyp')) {
    return /heic|heix|mif1|avif/.test(box) ? 'an image (HEIC/AVIF)' : 'a video (MP4/MOV)';
  }
  return null;
}

/** Share of bytes (first 4 KB) that never occur in text: NUL and most C0 controls. */
function looksBinary(bytes: Uint8Array): boolean {
  if (sniffBom(bytes) || sniffUtf16WithoutBom(bytes)) return false;
  const n = Math.min(bytes.length, 4096);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) odd++;
  }
  return odd > n * 0.02;
}

function describeZip(
  bytes: Uint8Array,
): { ok: true; format: 'docx' } | { ok: false; error: string } {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return { ok: false, error: `This ZIP/DOCX file could not be read: ${dir.error}.` };
  const names = new Set(dir.entries.map((e) => e.name));
  if (names.has('word/document.xml')) return { ok: true, format: 'docx' };
  const what = names.has('xl/workbook.xml')
    ? 'an Excel workbook'
    : names.has('ppt/presentation.xml')
      ? 'a PowerPoint file'
      : names.has('content.xml')
        ? 'an OpenDocument file; save it as DOCX or PDF and'
        : 'a ZIP archive; unpack it and';
  return { ok: false, error: `This looks like ${what}; ${SUPPORTED}` };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

// A meta charset in the first 2 KB: <meta charset="x"> or content="text/html; charset=x".
const META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/i;

// A Markdown heading line: after a README's HTML logo, the rest is Markdown.
const MARKDOWN_HEADING = /^#{1,6} \S/m;

// Markdown that a plain-text reader would leave as noise: a "# " heading, **bold**, [link](url).
const MARKDOWN_SIGNS = /^#{1,6} \S|\*\*\S[^*\n]{0,200}\*\*|\]\((?:https?:|mailto:|\/|#)/m;

/** Detects the format of an input and decodes it when it is text. Never throws. */
export function detectFormat(input: SourceInput): Detection {
  const { bytes } = input;
  const ext = extensionOf(input.name);
  const mime = (input.type ?? '').toLowerCase();
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };

  // 1. Magic bytes. A PDF header may follow a little junk (the spec allows 1 KB).
  const head = ascii(bytes, 0, Math.min(bytes.length, 1024));
  if (head.includes('%PDF-')) return { ok: true, format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return describeZip(bytes);
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, error: `This looks like ${binary}; ${SUPPORTED}` };
  if (ext === 'pdf' || mime === 'application/pdf') {
    return {
      ok: false,
      error: 'This file is named as a PDF but is not one (damaged or renamed?).',
    };
  }
  if (ext === 'docx') {
    return {
      ok: false,
      error: 'This file is named as a DOCX but is not one (damaged or renamed?).',
    };
  }
  if (looksBinary(bytes)) {
    return { ok: false, error: `This file looks binary, not text; ${SUPPORTED}` };
  }

  // 2. Text: decode, then decide by the first characters, then by name and type.
  let decoded = decodeText(bytes);
  const start = decoded.text.slice(0, 2048).trimStart();
  if (start === '' && decoded.text.trim() === '') {
    return { ok: false, error: 'The file has no text.' };
  }
  const lowerStart = start.slice(0, 200).toLowerCase();
  if (lowerStart.startsWith('mime-version:') || ext === 'mhtml' || ext === 'mht') {
    return {
      ok: false,
      error:
        'This is a web archive (MHTML); save the page as "Webpage, HTML only" and import that.',
    };
  }
  const htmlByName = ext === 'html' || ext === 'htm' || ext === 'xhtml' || mime.includes('html');
  const markdownByName = ext === 'md' || ext === 'markdown' || mime.includes('markdown');
  const htmlDocument =
    lowerStart.startsWith('<!doctype html') ||
    lowerStart.startsWith('<html') ||
    lowerStart.startsWith('<head') ||
    lowerStart.startsWith('<body');
  // A fragment of HTML first; a README often opens with a centred logo ("<p align="center">")
  // above its Markdown, which stays Markdown.
  const htmlFragment =
    lowerStart.startsWith('<') &&
    /<\/(?:p|div|li|h[1-6]|span|body)>/i.test(start) &&
    !markdownByName &&
    !MARKDOWN_HEADING.test(start);
  if (htmlDocument || htmlFragment || (htmlByName && lowerStart.startsWith('<'))) {
    if (decoded.encoding === 'windows-1252') {
      const charset = META_CHARSET.exec(start)?.[1];
      if (charset) decoded = decodeText(bytes, charset);
    }
    return { ok: true, format: 'html', ...decoded };
  }
  const jsonByName = ext === 'json' || ext === 'jsonld' || mime.includes('json');
  if (jsonByName || start.startsWith('{') || start.startsWith('[')) {
    // A text posting may well start with "[Company] is hiring": only JSON that parses is JSON,
    // unless the name says so (then the JSON reader reports the syntax error).
    if (jsonByName || isJson(decoded.text)) return { ok: true, format: 'json', ...decoded };
  }
  const markdown = markdownByName || MARKDOWN_SIGNS.test(start);
  return { ok: true, format: markdown ? 'markdown' : 'text', ...decoded };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
