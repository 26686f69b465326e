/**
 * The fallback for JSON that holds a job only as text: a chat app's export (Telegram's
 * "messages" with their rich-text parts, a Slack channel's), a mail client's message
 * ("headers": {"Subject": …}, "body_text"), an outreach tool's sequence. No key names a title, so
 * the messages' text is read as a pasted conversation: short header values as "Subject: …" lines,
 * each message's text as its lines, in document order. A channel where one sender posts job
 * after job gives one text per post. Read only when the text talks about a job.
 */

const MAX_DEPTH = 8;
// Keys of system data: ids, times, flags, sizes, links, encoded bodies.
const SKIP_KEY =
  /(?:^|_)(?:id|ids|uuid|type|mime_?type|date|date_?unixtime|unixtime|timestamp|ts|time|created|updated|edited|internal_?date|label_?ids|size|size_?estimate|url|href|link|photo|file|thumbnail|width|height|duration|reactions?|entities|text_?entities|data|raw|encoding|hash|signature|snippet|preview|owner|prospect|candidate|recipient|current)(?:$|_|[A-Z])|Id$|Ids$|Date$/;
// A header field worth a line of its own: who wrote, to whom, about what.
const HEADER_KEY = /^(?:from|to|cc|subject|sender|author|title)$/i;
// The name of a channel, a chat or a mail sequence: an owner's label, not the job's.
const NAME_KEY = /^(?:name|channel|chat)$/i;
// A long run with no space is an encoded body or a token, not text.
const ENCODED = /^\S{60,}$/;
const MIN_TEXT = 200;
const MIN_POST = 60;
// Lines of a post, with the sender's line and the blank line after the text.
const POST_LINES = 4;
// What a text about a job says somewhere, in the languages the parser reads.
const JOB_TALK =
  /\b(?:hiring|job|role|position|vacanc\w*|opening|salary|pay|rate|apply|requirements?|experience|stelle|gehalt|poste|salaire|empleo|vacante|sueldo|salario|vaga|requisitos|vacature|salaris|lavoro|stipendio|praca|wynagrodzenie|remot[eo]|full[- ]time|part[- ]time|tiempo completo|vollzeit|teilzeit)\b/i;

/**
 * The texts of a JSON export of messages that talk about a job: one per post of a channel where
 * one sender posts job after job, else the whole conversation as one text. Empty when none does.
 */
export function jsonMessageTexts(value: unknown): string[] {
  const posts = channelPosts(value);
  if (posts.length > 0) return posts;
  const text = textOf(value);
  return isAboutJob(text) ? [text] : [];
}

function textOf(value: unknown): string {
  const lines: string[] = [];
  collect(value, '', lines, 0);
  return lines.join('\n');
}

function isAboutJob(text: string): boolean {
  return text.length >= MIN_TEXT && JOB_TALK.test(text);
}

// Who sent a message, under the keys chat apps export it with.
const SENDER_KEYS = ['from', 'sender', 'author', 'user', 'user_name', 'username'];

/** A channel's job posts: its "messages" all from one sender, at least two about a job. */
function channelPosts(value: unknown): string[] {
  const messages = isRecord(value) ? value['messages'] : undefined;
  if (!Array.isArray(messages)) return [];
  const senders = new Set<string>();
  for (const m of messages) {
    if (!isRecord(m)) return [];
    const key = SENDER_KEYS.find((k) => typeof m[k] === 'string');
    if (key) senders.add(m[key] as string);
  }
  if (senders.size > 1) return [];
  // A channel's post may be short, but it has a few lines ("Junior Support Analyst" / "Tallyhop"
  // / "MXN 18,000 / mes"); the channel's own one-line notices are no posts.
  const posts = messages.map(textOf).filter(isPost);
  return posts.length >= 2 ? posts : [];
}

function isPost(text: string): boolean {
  return text.length >= MIN_POST && JOB_TALK.test(text) && text.split('\n').length > POST_LINES;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collect(value: unknown, key: string, out: string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '' || ENCODED.test(text) || (NAME_KEY.test(key) && !text.includes('\n'))) return;
    // "Subject": "…" reads as a mail's header line; a message's text as its own lines.
    if (HEADER_KEY.test(key) && !text.includes('\n')) out.push(`${capitalised(key)}: ${text}`);
    else if (text.length > 1) out.push(text, '');
    return;
  }
  if (Array.isArray(value)) {
    // Telegram writes a formatted message as a list of plain strings and {type, text} parts.
    if (value.some((v) => typeof v === 'string') && value.every(isTextPart)) {
      collect(value.map(partText).join(''), key, out, depth + 1);
      return;
    }
    for (const item of value) collect(item, key, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (!SKIP_KEY.test(k)) collect(v, k, out, depth + 1);
  }
}

function isTextPart(v: unknown): boolean {
  return typeof v === 'string' || (typeof v === 'object' && v !== null && 'text' in v);
}

function partText(v: unknown): string {
  if (typeof v === 'string') return v;
  const text = (v as { text?: unknown }).text;
  return typeof text === 'string' ? text : '';
}

function capitalised(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}
