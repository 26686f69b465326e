/**
 * Writes small, valid PDFs by hand (PDF 1.4 syntax, standard Helvetica fonts, WinAnsi text) so
 * reader tests run on real files without a PDF library. Each text line is placed explicitly,
 * which lets a fixture control line breaks, hyphenation, font sizes and columns.
 */

export interface PdfLine {
  text: string;
  /** Left edge in points (page is 612 x 792). */
  x: number;
  /** Baseline in points from the bottom. */
  y: number;
  size: number;
  bold?: boolean;
}

// WinAnsiEncoding codes for characters outside Latin-1 that postings use.
const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
};

const TO_UNICODE = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CMapName /SoftHyphen def /CMapType 2 def',
  '1 begincodespacerange <00> <FF> endcodespacerange',
  '1 beginbfchar <AD> <00AD> endbfchar',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

// The PDF is assembled as a string of byte-valued characters (Latin-1), then copied to bytes.
function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function encodeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`Not encodable in WinAnsi: ${ch}`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return out;
}

function pageStream(lines: PdfLine[]): string {
  return lines
    .map(
      (l) =>
        `BT /${l.bold ? 'F2' : 'F1'} ${l.size} Tf ${l.x} ${l.y} Td (${encodeText(l.text)}) Tj ET`,
    )
    .join('\n');
}

/** Builds a PDF with one page per entry of `pages`. Returns the file's bytes. */
export function makePdf(pages: PdfLine[][]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  const fontTail = `/Encoding /WinAnsiEncoding /ToUnicode ${5 + pages.length * 2} 0 R >>`;
  objects[3] = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica ${fontTail}`;
  objects[4] = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold ${fontTail}`;
  // Byte 0xAD is a visible hyphen in WinAnsi; word processors that keep soft hyphens map it to
  // U+00AD through a ToUnicode CMap, as here, so the text layer carries the soft hyphen.
  objects[5 + pages.length * 2] =
    `<< /Length ${TO_UNICODE.length} >>\nstream\n${TO_UNICODE}\nendstream`;
  pages.forEach((lines, i) => {
    const pageId = 5 + i * 2;
    const stream = pageStream(lines);
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) {
    out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1Bytes(out);
}

/**
 * Lays out simple lines top to bottom in one column. A line starting with "# " is a 16 pt bold
 * heading, "## " a 13 pt bold heading; others are 10.5 pt body text. Overflow starts a new page.
 */
export function flowLines(texts: string[], x = 56, top = 740): PdfLine[][] {
  const pages: PdfLine[][] = [[]];
  let y = top;
  for (const raw of texts) {
    const size = raw.startsWith('## ') ? 13 : raw.startsWith('# ') ? 16 : 10.5;
    const text = raw.replace(/^#{1,2} /, '');
    const gap = size > 11 ? size * 1.8 : size * 1.45;
    if (y - gap < 56) {
      pages.push([]);
      y = top;
    }
    y -= gap;
    if (text !== '') pages[pages.length - 1]?.push({ text, x, y, size, bold: size > 11 });
  }
  return pages;
}
