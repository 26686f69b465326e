/**
 * Responsibilities and requirements: the bullet points (or, for a paragraph, the sentences) of
 * those sections, as written.
 */
import type { ListItem } from '../model/posting';
import type { SectionKind } from '../model/section';
import type { ExtractContext } from './context';

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
  for (const section of ctx.sections) {
    if (section.kind !== kind) continue;
    const { start, end } = section.span;
    let lineStart = start;
    for (const raw of ctx.text.slice(start, end).split('\n')) {
      const at = lineStart;
      lineStart += raw.length + 1;
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim().replace(/^(?:[-•*]\s+)/, '');
      if (body.length < 3) continue;
      const bodyAt = at + raw.indexOf(body, lead);
      const isBullet = /^\s*[-•*]\s/.test(raw);
      if (isBullet || body.length < 200) {
        out.push({ text: body, spans: [{ start: bodyAt, end: bodyAt + body.length }] });
      } else {
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
      if (out.length >= MAX_ITEMS) return out;
    }
  }
  return out;
}
