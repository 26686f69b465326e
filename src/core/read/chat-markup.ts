/**
 * Messenger markup in plain text. WhatsApp and Telegram posts bold with single stars ("*Company:*
 * Shubh Griha Finance", "*CTC:* Upto 6 LPA"); copied as text, the stars would hide every label
 * from the extractors. Only a post with at least two such bold runs at a line start is read this
 * way, so a lone "*" footnote or a "* item" bullet keeps its star.
 */

// A bold run opening a line, maybe after pictograms ("🏭 *Empresa:*"): a star, a non-space, no
// star or newline, a closing star.
const BOLD_AT_LINE_START = /^[^\w*\n]{0,12}\*\S[^*\n]{0,80}\*/gm;
// The same emphasis rule as Markdown's single star: around whole words only, so "5 * 3" and
// footnote stars survive. Bounded classes: no backtracking on long lines.
const BOLD = /(^|[\s(])\*(?=\S)([^*\n]{1,200}?)\*(?=$|[\s.,;:!?)])/gm;
const MIN_BOLD_LINES = 2;

/** The text with messenger bold stars removed, or the text itself when it has none. */
export function stripChatBold(text: string): string {
  if (!text.includes('*')) return text;
  BOLD_AT_LINE_START.lastIndex = 0;
  let found = 0;
  while (found < MIN_BOLD_LINES && BOLD_AT_LINE_START.exec(text) !== null) found++;
  return found < MIN_BOLD_LINES ? text : text.replace(BOLD, '$1$2');
}
