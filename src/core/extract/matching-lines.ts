/**
 * A lazy `linesMatching`: most extractors decide on an early line, so scanning the rest of the
 * text for every candidate line first is wasted work.
 */
import { lineIndexAt, type ExtractContext } from './context';

/**
 * Calls `visit` with the index of each line where the global regex `re` matches, in order (one
 * scan, resuming after each visited line, exactly like `linesMatching`), and the line's first
 * match; returns the first value it gives that is not null. `visit` must not use `re`.
 */
export function findInMatchingLines<T>(
  ctx: ExtractContext,
  re: RegExp,
  visit: (index: number, match: RegExpExecArray) => T | null,
  text = ctx.text,
): T | null {
  re.lastIndex = 0;
  let previous = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const index = lineIndexAt(ctx.lines, m.index);
    if (index !== previous) {
      const found = visit(index, m);
      if (found !== null) return found;
      previous = index;
    }
    const line = ctx.lines[index];
    // Continue after this line: one visit per line.
    re.lastIndex = line ? Math.max(re.lastIndex, line.start + line.text.length) : re.lastIndex + 1;
    if (m[0] === '') re.lastIndex++;
  }
  return null;
}
