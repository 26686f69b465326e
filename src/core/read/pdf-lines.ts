/**
 * Positioned PDF text runs -> lines in reading order -> blocks. Pure, so layouts can be tested
 * without pdf.js. Limits: two columns are found per page by an empty vertical gutter (not three
 * or more); rotated text is read as if upright; headings are found by font size only.
 */
import type { TextBlock } from '../model/document';
import { lineToBlock } from './line-block';
import { normaliseText } from './normalise-text';

/** One text run: origin (x, y) in PDF units with y growing upwards, width, font size. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  runs: TextRun[];
  text: string;
  left: number;
  right: number;
  /** The line ended in a soft hyphen (U+00AD): the word continues on the next line. */
  softEnd?: boolean;
}

function buildLine(runs: TextRun[]): Line {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  let size = 0;
  for (const run of runs) {
    const gap = run.x - end;
    // pdf.js rarely emits spaces between words set as separate runs; a gap of a fifth of the
    // font size is a space in practice.
    if (text !== '' && gap > run.size * 0.2 && !text.endsWith(' ') && !run.str.startsWith(' ')) {
      text += ' ';
    }
    text += run.str;
    end = Math.max(end, run.x + run.width);
    size = Math.max(size, run.size);
  }
  const first = runs[0];
  return {
    y: first?.y ?? 0,
    size,
    runs,
    text: text.replace(/\s+/g, ' ').trim(),
    left: first?.x ?? 0,
    right: end,
  };
}

/** Groups runs whose baselines are within 40% of the font size, top to bottom. */
function groupLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Infinity;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(baseline - run.y) > Math.max(2, run.size * 0.4)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) baseline = run.y;
    current.push(run);
  }
  if (current.length > 0) groups.push(current);
  return groups.map(buildLine).filter((l) => l.text !== '');
}

/**
 * Finds an empty vertical gutter in the middle third of the page that most lines do not cross.
 * Returns its x, or null for a single-column page.
 */
function findGutter(lines: Line[]): number | null {
  if (lines.length < 6) return null;
  const left = Math.min(...lines.map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  const width = right - left;
  if (width <= 0) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = left + width * 0.3; x <= left + width * 0.7; x += width / 100) {
    let crossing = 0;
    for (const line of lines) {
      if (line.runs.some((r) => r.x < x && r.x + r.width > x)) crossing++;
    }
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > lines.length * 0.15) return null;
  const x = best.x;
  const leftLines = lines.filter((l) => l.runs.some((r) => r.x + r.width <= x)).length;
  const rightLines = lines.filter((l) => l.runs.some((r) => r.x >= x)).length;
  return leftLines >= 4 && rightLines >= 4 ? x : null;
}

/**
 * Orders a page's lines: with a gutter, each band between full-width lines is read left column
 * first, then right column; without one, top to bottom.
 */
function orderPage(runs: TextRun[]): Line[] {
  const lines = groupLines(runs);
  const gutter = findGutter(lines);
  if (gutter === null) return lines;
  const out: Line[] = [];
  let leftRuns: TextRun[] = [];
  let rightRuns: TextRun[] = [];
  const flushBand = (): void => {
    out.push(...groupLines(leftRuns), ...groupLines(rightRuns));
    leftRuns = [];
    rightRuns = [];
  };
  for (const line of lines) {
    if (line.runs.some((r) => r.x < gutter && r.x + r.width > gutter)) {
      flushBand();
      out.push(line);
      continue;
    }
    for (const r of line.runs) (r.x < gutter ? leftRuns : rightRuns).push(r);
  }
  flushBand();
  return out;
}

// Compounds whose hyphen is real even at a line end ("full-\ntime" is "full-time").
const KEEP_HYPHEN = new Set([
  'full',
  'part',
  'self',
  'cross',
  'well',
  'non',
  'long',
  'short',
  'high',
  'low',
  'real',
  'hands',
  'fast',
  'multi',
  'on',
  'off',
  'end',
  'co',
  'e',
  'in',
]);
const HYPHENATED_END = /(\p{L}+)(-?)$/u;
const LOWER_START = /^(\p{Ll}[\p{L}\p{N}]*)(.*)$/u;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

/** Joins "respon-" + "sibilities ..." across lines; a soft hyphen at a line end always joins. */
function joinHyphenated(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1] as Line;
    // Only the tail: an anchored-at-end pattern retried at every start of a huge line is slow.
    const end = HYPHENATED_END.exec(line.text.slice(-64));
    const start = LOWER_START.exec(next.text);
    if (!end?.[1] || !start?.[1]) continue;
    const soft = line.softEnd === true;
    if (!soft && (end[2] !== '-' || KEEP_HYPHEN.has(end[1].toLowerCase()))) continue;
    line.text = line.text.slice(0, line.text.length - (end[2]?.length ?? 0)) + start[1];
    next.text = (start[2] ?? '').trim();
  }
}

/** Font size that most characters use: the body text. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + l.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of chars) {
    if (count > bestCount) [best, bestCount] = [size, count];
  }
  return best;
}

/**
 * Pages of text runs -> blocks. Lines in a font at least 15% larger than the body become
 * headings (the largest size is level 1); bullets become list items; page numbers are dropped.
 */
export function runsToBlocks(pages: TextRun[][]): TextBlock[] {
  const lines = pages.flatMap(orderPage);
  for (const line of lines) {
    line.softEnd = line.text.endsWith('\u00AD');
    line.text = normaliseText(line.text);
  }
  joinHyphenated(lines);
  const body = bodySize(lines);
  const headingSizes = [
    ...new Set(lines.filter((l) => l.size >= body * 1.15).map((l) => Math.round(l.size * 2) / 2)),
  ].sort((a, b) => b - a);
  const blocks: TextBlock[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || PAGE_NUMBER.test(text)) continue;
    const level = headingSizes.indexOf(Math.round(line.size * 2) / 2);
    if (level >= 0 && text.length <= 120) {
      blocks.push({ kind: 'heading', level: Math.min(level + 1, 6), text });
    } else blocks.push(lineToBlock(text));
  }
  return blocks;
}
