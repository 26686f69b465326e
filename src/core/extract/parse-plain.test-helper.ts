/** For the extractor tests: parses pasted text and returns the plain fields, or throws. */
import { parsePostingText, toPlainPosting, type PlainPosting } from '../index';

export function parse(text: string): PlainPosting {
  const r = parsePostingText(text);
  if (!r.ok) throw new Error(r.error);
  return toPlainPosting(r);
}
