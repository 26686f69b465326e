// Lines for the thread and newsletter tests: one paragraph line per text line, with offsets.
import type { Line } from './lines';

export function lines(text: string): Line[] {
  let start = 0;
  return text.split('\n').map((t) => {
    const line: Line = { text: t, start, kind: 'paragraph', level: undefined };
    start += t.length + 1;
    return line;
  });
}
