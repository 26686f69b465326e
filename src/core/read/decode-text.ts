/**
 * Bytes -> string for every text-based format. Detects the encoding instead of assuming it:
 * BOMs first, then strict UTF-8, then the charset an HTML page declares, then Windows-1252 (what
 * "ANSI" Notepad files and old job boards use).
 */

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used, for warnings and tests. */
  encoding: string;
}

// Windows-1252 0x80-0x9F. Written out because Node 20's TextDecoder('windows-1252') decodes these
// bytes as Latin-1 controls, which would turn curly quotes and € into invisible characters.
// Undefined positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to U+FFFD.
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Decodes Windows-1252 bytes (the same table in every runtime). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    chunk.push(b >= 0x80 && b < 0xa0 ? (CP1252_HIGH.charCodeAt(b - 0x80) ?? 0xfffd) : b);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** Reads the byte-order mark, if any. */
export function sniffBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: ASCII-heavy text then has a NUL in every other byte. Returns the byte
 * order when at least 40% of the sampled odd (LE) or even (BE) bytes are NUL and the others are not.
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // a label this runtime does not know
  }
}

/**
 * Decodes text bytes. `declaredCharset` (from an HTML <meta charset>) is honoured only when the
 * bytes are not valid UTF-8: browsers re-save pages as UTF-8 but often keep the old meta tag.
 * Example: [0x93, 0x80, 0x94] -> "“€”" (windows-1252).
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): DecodedText {
  const bom = sniffBom(bytes) ?? sniffUtf16WithoutBom(bytes);
  if (bom) {
    // TextDecoder strips a matching BOM itself.
    const text = tryDecode(bom, bytes);
    if (text !== null) return { text, encoding: bom };
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the declared charset or Windows-1252.
  }
  const declared = declaredCharset?.trim().toLowerCase();
  if (declared && !LATIN1_LABELS.has(declared) && !declared.startsWith('utf')) {
    const text = tryDecode(declared, bytes);
    if (text !== null) return { text, encoding: declared };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// WHATWG maps all of these to windows-1252; decode them with our own table (see CP1252_HIGH).
const LATIN1_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);
