/**
 * Plain text and Markdown -> ordered blocks. Lines stay lines (scraped postings rarely have
 * reliable paragraphs); bullets become list items; Markdown headings become headings.
 */
import type { SourceDocument, TextBlock } from '../model/document';

// Bullets seen in scraped and pasted postings: •, ◦, ▪, ·, –, -, *, and "1." / "1)".
const BULLET = /^\s*(?:[•◦▪▫●○■□·‣⁃*–—-]|\d{1,2}[.)])\s+/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Reads decoded text into blocks. Example: "# Title\n- Python" -> heading + list-item. */
export function readText(text: string, format: 'text' | 'markdown' = 'text'): SourceDocument {
  const blocks: TextBlock[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const heading = format === 'markdown' ? MD_HEADING.exec(line) : null;
    if (heading?.[1] && heading[2] !== undefined) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
    } else if (BULLET.test(line)) {
      blocks.push({ kind: 'list-item', text: line.replace(BULLET, '').trim() });
    } else {
      blocks.push({ kind: 'line', text: line.trim() });
    }
  }
  return { format, blocks, warnings: [] };
}
