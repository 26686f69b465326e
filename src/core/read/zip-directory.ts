/**
 * Reads a ZIP file's central directory (names and declared sizes) without inflating anything:
 * enough to tell a DOCX from other ZIPs and to refuse zip bombs before mammoth unpacks them.
 * Limit: sizes are as declared; a file that lies about them is caught only by the worker's time
 * limit. ZIP64 archives are refused (no DOCX a person writes needs one).
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; error: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 20_000;
const nameDecoder = new TextDecoder('utf-8');

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}

/** Lists the entries of a ZIP file from its central directory. Never throws. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  // The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, error: 'the ZIP directory is missing (file cut short?)' };
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    return { ok: false, error: 'it is a ZIP64 archive, which is not supported' };
  }
  if (count > MAX_ENTRIES) return { ok: false, error: `it holds too many files (${count})` };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      return { ok: false, error: 'the ZIP directory is damaged' };
    }
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    entries.push({
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      name: nameDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}
