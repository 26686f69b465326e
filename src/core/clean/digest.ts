/**
 * A mailing list's digest (Mailman's "Today's Topics:", LISTSERV's "Topics of the day:"): a list
 * of topics, then each message between rules of dashes. The posting is the first message; the
 * later ones are other jobs or replies about them, and their pay, places and requirements are
 * theirs. `cutDigestTail` cuts from the rule that ends the first message to the end.
 */
import type { Line } from './lines';

const TOPICS = /^(?:today['’]s topics|topics of the day|contents of this digest)\s?:?$/i;
// Mailman puts 70 dashes under the topics and 30 between messages; LISTSERV the same.
const RULE = /^-{20,}$/;
// How far down the topics heading is looked for.
const TOPICS_LINES = 40;

/** The lines without the digest's messages after the first, and how many lines went. */
export function cutDigestTail(lines: Line[]): { lines: Line[]; removed: number } {
  let topics = -1;
  for (let i = 0; i < TOPICS_LINES && i < lines.length && topics < 0; i++) {
    const text = lines[i]?.text ?? '';
    // "T" or "C": most lines fail here.
    const c = text.charCodeAt(0) | 32;
    if ((c === 0x74 || c === 0x63) && TOPICS.test(text)) topics = i;
  }
  if (topics < 0) return { lines, removed: 0 };
  // The rule under the topics opens the first message; the next rule ends it.
  let opened = -1;
  for (let i = topics + 1; i < lines.length; i++) {
    if (!RULE.test(lines[i]?.text ?? '')) continue;
    if (opened < 0) {
      opened = i;
      continue;
    }
    // A rule inside the message (over its "COMPENSATION") divides nothing: the one that ends it
    // has the next message's header or the digest's end under it.
    if (!opensMessage(lines, i + 1)) continue;
    return { lines: lines.slice(0, i), removed: lines.length - i };
  }
  return { lines, removed: 0 };
}

// "Message: 2", "Date:    Tue, 11 Mar 2025", "From: …", "Subject: …", "End of bio-jobs Digest",
// Mailman's "____" footer rule.
const MESSAGE_START = /^(?:message:\s?\d|date:|from:|subject:|end of\b|_{10,}$)/i;

function opensMessage(lines: Line[], from: number): boolean {
  for (let k = from; k < from + 2 && k < lines.length; k++) {
    const text = lines[k]?.text ?? '';
    if (text.trim() === '') continue;
    return MESSAGE_START.test(text.trim());
  }
  return from >= lines.length;
}
