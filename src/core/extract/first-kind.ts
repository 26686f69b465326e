/**
 * The kind of the leftmost of several kinds of words: "正社員" is full-time, "アルバイト"
 * part-time; the first one in the text wins. One regex, one group per kind, so the text is
 * scanned once.
 */
import type { Evidenced } from '../model/posting';
import { evidence } from './context';

/** A finder of the first word of any of `kinds` (each a regex source), with its kind. */
export function firstKindFinder<K>(kinds: [K, string][]): (text: string) => Evidenced<K> | null {
  const any = new RegExp(kinds.map(([, words]) => `(${words})`).join('|'));
  return (text) => {
    const m = any.exec(text);
    if (!m) return null;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = kinds[group - 1]?.[0];
    return kind === undefined ? null : evidence(kind, m.index, m.index + m[0].length);
  };
}
