/**
 * The cleaned text as lines with their offsets: every extractor works on these so that the
 * spans it reports point into `ParseResult.text` without any re-mapping.
 */
import type { BlockKind } from '../model/document';

export interface Line {
  /** The line as it appears in the cleaned text (list items keep their "- " marker). */
  text: string;
  /** Offset of the first character in the cleaned text. */
  start: number;
  kind: BlockKind;
  /**
   * Heading level from the reader (Markdown / HTML), when known. `cleanDocument` sets it on
   * every line, if only to undefined: lines of one object shape keep extractors' property
   * access monomorphic.
   */
  level?: number;
}

/**
 * Sets each line's offset and joins the lines into one string. Lines left empty or just "-" by
 * the cleaning steps are dropped here. The lines must be the caller's own: they are updated.
 */
export function joinLines(lines: Line[]): { text: string; lines: Line[] } {
  const kept: Line[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const line of lines) {
    if (line.text === '' || line.text === '-') continue;
    line.start = offset;
    kept.push(line);
    parts.push(line.text);
    offset += line.text.length + 1;
  }
  const text = parts.join('\n');
  sliceListItems(text, kept);
  return { text, lines: kept };
}

/**
 * Points each list item's text into the joined text. Its "- " + text is a rope, which every
 * later character read (charCodeAt, a regex) would first copy into a flat string; a slice of the
 * joined text reads directly (this saves more in the extractors than it costs here).
 */
export function sliceListItems(text: string, lines: Line[]): void {
  for (const line of lines) {
    if (line.kind === 'list-item')
      line.text = text.slice(line.start, line.start + line.text.length);
  }
}

/** Apostrophes and dashes normalised so that matchers need one spelling. */
export function foldPunctuation(text: string): string {
  // A posting has few such characters: copying the text between them costs less than
  // `replace` with a callback, whose overhead shows even when nothing matches.
  FOLDABLE.lastIndex = 0;
  let m = FOLDABLE.exec(text);
  if (m === null) return text;
  let out = '';
  let copied = 0;
  while (m !== null) {
    out += text.slice(copied, m.index) + foldCharacter(m[0]);
    copied = m.index + 1;
    m = FOLDABLE.exec(text);
  }
  return out + text.slice(copied);
}

const FOLDABLE = /[’‘`´‐‑‒–—―]/g;

function foldCharacter(c: string): string {
  return c === '’' || c === '‘' || c === '`' || c === '´' ? "'" : '-';
}

/**
 * Whether `foldPunctuation(text).toLowerCase().replace(/\s+/g, ' ').trim()` could differ from
 * `text.toLowerCase().trim()`: a character to fold, whitespace other than a space, or two spaces.
 */
export const NEEDS_FOLD_OR_SPACES = /[’‘`´‐‑‒–—―]|[^\S ]| {2}/;

/** Index of the line holding `offset` (binary search over the line starts). */
export function lineIndexAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
