/**
 * Responsibilities and requirements: the bullet points (or, for a paragraph, the sentences) of
 * those sections, as written.
 */
import type { ListItem } from '../model/posting';
import type { SectionKind } from '../model/section';
import type { ExtractContext } from './context';
import { isSpace } from '../text/char-codes';

const MAX_ITEMS = 60;

/** Items of the responsibilities sections. */
export function extractResponsibilities(ctx: ExtractContext): ListItem[] {
  return itemsOf(ctx, 'responsibilities');
}

/** Items of the requirements sections (not the preferred ones). */
export function extractRequirements(ctx: ExtractContext): ListItem[] {
  return itemsOf(ctx, 'requirements');
}

function itemsOf(ctx: ExtractContext, kind: SectionKind): ListItem[] {
  const out: ListItem[] = [];
  const text = ctx.text;
  for (const section of ctx.sections) {
    if (section.kind !== kind) continue;
    const { start, end } = section.span;
    // The pieces of `text.slice(start, end).split('\n')`, read in place with char codes: slicing,
    // trimming and searching each one was most of this extractor's time.
    for (let at = start; at <= end;) {
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      addItems(text, at, lineEnd, out);
      if (out.length >= MAX_ITEMS) return out;
      at = lineEnd + 1;
    }
  }
  return out;
}

// The item(s) of the line text[at, lineEnd): the bullet's text, or one item per sentence of a
// long paragraph.
function addItems(text: string, at: number, lineEnd: number, out: ListItem[]): void {
  // trim(): [from, to).
  let from = at;
  while (from < lineEnd && isSpace(text.charCodeAt(from))) from++;
  let to = lineEnd;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  // A "- ", "• " or "* " marker and the spaces after it.
  const isBullet =
    from + 1 < lineEnd && isBulletMark(text.charCodeAt(from)) && isSpace(text.charCodeAt(from + 1));
  let bodyStart = from;
  if (isBullet && from + 1 < to) {
    bodyStart = from + 2;
    while (bodyStart < to && isSpace(text.charCodeAt(bodyStart))) bodyStart++;
  }
  if (to - bodyStart < 3) return;
  const body = text.slice(bodyStart, to);
  const bodyAt = firstAt(text, body, from, bodyStart);
  if (isBullet || body.length < 200) {
    out.push({ text: body, spans: [{ start: bodyAt, end: bodyAt + body.length }] });
    return;
  }
  // A paragraph: one item per sentence.
  const re = /[^.!?]+(?:[.!?](?=\S)[^.!?]*)*[.!?]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const sentence = m[0].trim();
    if (sentence.length < 3) continue;
    const s = bodyAt + m.index + m[0].indexOf(sentence);
    out.push({ text: sentence, spans: [{ start: s, end: s + sentence.length }] });
  }
}

// Where `body` (found at bodyStart) first occurs from `from` on, as the span has always pointed:
// "- - - -" yields "- - -", which also starts at the marker.
function firstAt(text: string, body: string, from: number, bodyStart: number): number {
  for (let k = from; k < bodyStart; k++) if (text.startsWith(body, k)) return k;
  return bodyStart;
}

function isBulletMark(c: number): boolean {
  return c === 0x2d || c === 0x2022 || c === 0x2a;
}
