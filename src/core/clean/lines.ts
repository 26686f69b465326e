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
  /** Heading level from the reader (Markdown / HTML), when known. */
  level?: number;
}

/** Joins line records into one string and sets each line's offset. */
export function joinLines(records: Omit<Line, 'start'>[]): { text: string; lines: Line[] } {
  const lines: Line[] = [];
  let offset = 0;
  const parts: string[] = [];
  for (const record of records) {
    // A literal, not a spread: spreading ~100 records per posting was the slowest line here.
    const line: Line = { kind: record.kind, text: record.text, start: offset };
    if (record.level !== undefined) line.level = record.level;
    lines.push(line);
    parts.push(record.text);
    offset += record.text.length + 1;
  }
  return { text: parts.join('\n'), lines };
}

/** Apostrophes and dashes normalised so that matchers need one spelling. */
export function foldPunctuation(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  return text.replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—―]/g, '-');
}

const FOLDABLE = /[’‘`´‐‑‒–—―]/;

/**
 * Whether `foldPunctuation(text).toLowerCase().replace(/\s+/g, ' ').trim()` could differ from
 * `text.toLowerCase().trim()`: a character to fold, whitespace other than a space, or two spaces.
 */
export const NEEDS_FOLD_OR_SPACES = /[’‘`´‐‑‒–—―]|[^\S ]| {2}/;
