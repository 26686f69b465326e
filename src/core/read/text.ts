/**
 * Plain text and Markdown -> ordered blocks. Lines stay lines (scraped postings rarely have
 * reliable paragraphs); bullets become list items; Markdown headings become headings and
 * Markdown inline syntax is stripped so "**Salary:**" reads "Salary:".
 */
import type { SourceDocument, TextBlock } from '../model/document';
import { stripChatBold } from './chat-markup';
import { unfoldColumns } from './column-layout';
import { lineToBlock, lineToBlockAt, markSingleLines } from './line-block';
import { stripMarkdownInline } from './markdown-inline';
import { normaliseText } from './normalise-text';
import { isSpace } from '../text/char-codes';

const MD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const MD_CLOSING_HASHES = /[ \t]+#+$/;
const MD_RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const MD_SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const MD_QUOTE = /^ {0,3}>[ \t]?/;
const MD_TABLE_RULE = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
// A two-column table row is a field and its value: "| Job title | Data Analyst II |" reads
// "Job title: Data Analyst II", as an HTML table's th/td pair does. Wider rows stay as they are.
const FIELD_ROW = /^\|\s*([^|:]{1,40}?)\s*:?\s*\|\s*([^|]*?)\s*\|?$/;

function fieldRow(line: string): string {
  const m = FIELD_ROW.exec(line);
  return m?.[1] && m[2] ? `${m[1]}: ${m[2]}` : line;
}

// A pay table whose last two columns are a range's ends: "| Column | Step 1 | Step 10 |",
// "| Grade | Min | Max |". Its rows read "Class I (BA + 30): $58,214 – $82,770", as the range
// a reader sees; a table of other columns ("| Role | Hourly | Annual |") stays as it is.
const RANGE_ENDS = new RegExp(
  String.raw`\|\s*(?:step 1|min(?:imum)?|from|low|start(?:ing)?|entry|lower|bottom|von|de|desde|mín(?:imo)?)\s*\|\s*(?:step \d{1,2}|max(?:imum)?|to|high|top|end|upper|bis|à|hasta|máx(?:imo)?)\s*\|?$`,
  'i',
);
const RANGE_ROW = /^\|\s*([^|]{1,60}?)\s*\|\s*([^|]{1,30}?)\s*\|\s*([^|]{1,30}?)\s*\|?$/;

function rangeRow(line: string): string {
  const m = RANGE_ROW.exec(line);
  return m?.[1] && m[2] && m[3] && /\d/.test(m[2]) && /\d/.test(m[3])
    ? `${m[1]}: ${m[2]} – ${m[3]}`
    : line;
}

// A person specification's table: "| | Essential | Desirable |" over rows of "| Qualifications |
// BSc Radiography | MSc |". Each column is a list of its own under a heading, "Essential
// criteria" then "Desirable criteria", as the same specification reads when written as text.
const ASKED_COLUMN = /^(?:essential|required|minimum)(?: (?:criteria|requirements))?$/i;
const WISHED_COLUMN = /^(?:desirable|preferred|desired)(?: (?:criteria|requirements))?$/i;

function tableCells(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => stripMarkdownInline(cell.trim()).trim());
}

/** The lines of a criteria table from `header` on, as two lists; null for any other table. */
function criteriaLists(lines: string[], header: number): { lines: string[]; end: number } | null {
  const columns = tableCells(trimLine(lines[header] ?? ''));
  const asked = columns.findIndex((cell) => ASKED_COLUMN.test(cell));
  const wished = columns.findIndex((cell) => WISHED_COLUMN.test(cell));
  if (asked < 1 || wished < 1) return null;
  const rows: string[][] = [];
  let end = header + 2;
  for (; end < lines.length; end++) {
    const row = trimLine(lines[end] ?? '');
    if (!row.startsWith('|')) break;
    rows.push(tableCells(row));
  }
  const list = (column: number, heading: string): string[] => [
    `#### ${heading}`,
    ...rows
      .filter((cells) => (cells[column] ?? '') !== '')
      .map((cells) => `- ${cells[0] ? `${cells[0]}: ` : ''}${cells[column] ?? ''}`),
  ];
  return {
    lines: [...list(asked, 'Essential criteria'), ...list(wished, 'Desirable criteria')],
    end,
  };
}

/** `line.trim()`, without the call for the many lines that need none. */
function trimLine(line: string): string {
  const n = line.length;
  if (n === 0 || isSpace(line.charCodeAt(0)) || isSpace(line.charCodeAt(n - 1))) return line.trim();
  return line;
}

// A posting forwarded inside a mail: every line of it quoted ("> Customer Success Manager",
// ">", "> > About the role"). Quoted lines are read as the lines they quote; a single quoted line
// (a reply's "> Thanks!") is left as it is.
const QUOTE_MARKS = /^(?:[ \t]{0,3}>)+[ \t]?/gm;
const MIN_QUOTED_LINES = 3;

function withoutMailQuotes(text: string): string {
  // Counted by indexOf: most texts have no quoted line, and a multiline regex would try every
  // line start.
  let quoted = text.startsWith('>') ? 1 : 0;
  for (
    let i = text.indexOf('\n>');
    i >= 0 && quoted < MIN_QUOTED_LINES;
    i = text.indexOf('\n>', i + 2)
  ) {
    quoted++;
  }
  return quoted >= MIN_QUOTED_LINES ? text.replace(QUOTE_MARKS, '') : text;
}

/**
 * Reads decoded text into blocks (normalising it first).
 * Example: "# Title\n- **Python**" (markdown) -> heading "Title" + list-item "Python".
 */
export function readText(text: string, format: 'text' | 'markdown' = 'text'): SourceDocument {
  const blocks: TextBlock[] = [];
  const markdown = format === 'markdown';
  // Plain text may be laid out in columns (a PDF's text layer, a copied table).
  const normal = normaliseText(
    markdown ? text : unfoldColumns(stripChatBold(withoutMailQuotes(text))),
  );
  if (!markdown) return { format, blocks: markSingleLines(readLines(normal)), warnings: [] };
  const lines = normal.split('\n');
  let rangeTable = false;
  for (let i = 0; i < lines.length; i++) {
    let line = trimLine(lines[i] ?? '');
    if (line === '') continue;
    if (markdown) {
      const setext = MD_SETEXT.exec((lines[i + 1] ?? '').trim());
      if (setext?.[1] && !MD_RULE.test(line) && !line.startsWith('#')) {
        blocks.push({
          kind: 'heading',
          level: setext[1][0] === '=' ? 1 : 2,
          text: stripMarkdownInline(line).trim(),
        });
        i++;
        continue;
      }
      if (MD_RULE.test(line) || MD_TABLE_RULE.test(line)) continue;
      line = line.replace(MD_QUOTE, '');
      // The header row, over the table's rule, names the columns.
      if (!line.startsWith('|')) rangeTable = false;
      else if (MD_TABLE_RULE.test(trimLine(lines[i + 1] ?? ''))) {
        const criteria = criteriaLists(lines, i);
        if (criteria) {
          lines.splice(i, criteria.end - i, ...criteria.lines);
          i--;
          continue;
        }
        rangeTable = RANGE_ENDS.test(line);
      } else line = rangeTable ? rangeRow(line) : fieldRow(line);
      const heading = MD_HEADING.exec(line);
      if (heading?.[1] && heading[2] !== undefined) {
        const words = stripMarkdownInline(heading[2].replace(MD_CLOSING_HASHES, '').trim()).trim();
        if (words !== '') blocks.push({ kind: 'heading', level: heading[1].length, text: words });
        continue;
      }
    }
    const block = lineToBlock(line);
    if (markdown) block.text = stripMarkdownInline(block.text).trim();
    if (block.text !== '') blocks.push(block);
  }
  // Normalised and split at every "\n", each block is one trimmed line.
  return { format, blocks: markSingleLines(blocks), warnings: [] };
}

/**
 * Plain text's blocks: each trimmed, non-empty line. Found with indexOf and sliced once, after
 * trimming and any bullet: `split` would build every line first, then trimming another string.
 */
function readLines(normal: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const n = normal.length;
  for (let start = 0; start < n;) {
    const newline = normal.indexOf('\n', start);
    const end = newline === -1 ? n : newline;
    let from = start;
    let to = end;
    while (from < to && isSpace(normal.charCodeAt(from))) from++;
    while (to > from && isSpace(normal.charCodeAt(to - 1))) to--;
    if (from < to) blocks.push(lineToBlockAt(normal, from, to));
    start = end + 1;
  }
  return blocks;
}
