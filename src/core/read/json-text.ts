/**
 * The fallback for JSON that holds a job only as text: a chat app's export (Telegram's
 * "messages" with their rich-text parts, a Slack channel's), a mail client's message
 * ("headers": {"Subject": …}, "body_text"), an outreach tool's sequence. No key names a title, so
 * the messages' text is read as a pasted conversation: short header values as "Subject: …" lines,
 * each message's text as its lines, in document order. A channel where one sender posts job
 * after job gives one text per post. Read only when the text talks about a job.
 */

import { isObject } from './json-ld';

const MAX_DEPTH = 8;
// Keys of system data: ids, times, flags, sizes, links, encoded bodies, a sender's profile (Slack's
// "user_profile": {"title": "Engineering Manager, Infra"} is the sender's job, not the one posted).
const SKIP_KEY =
  /(?:^|_)(?:id|ids|uuid|type|mime_?type|date|date_?unixtime|unixtime|timestamp|ts|time|created|updated|edited|internal_?date|label_?ids|size|size_?estimate|url|href|link|photo|file|thumbnail|width|height|duration|reactions?|entities|text_?entities|data|raw|encoding|hash|signature|snippet|preview|owner|prospect|candidate|recipient|current|team|user_profile|bot_profile|display_name|avatar|image|blocks|subtype)(?:$|_|[A-Z])|Id$|Ids$|Date$/;
// A header field worth a line of its own: who wrote, to whom, about what.
const HEADER_KEY = /^(?:from|to|cc|subject|sender|author|title)$/i;
// The name of a channel, a chat or a mail sequence, or a sender's handle: an owner's label, not
// the job's.
const NAME_KEY = /^(?:name|channel|chat|username|user_name|real_name)$/i;
// A long run with no space is an encoded body or a token, not text; so is an app's id for a user
// or a team ("U03KQ8N2LMD").
const ENCODED = /^\S{60,}$|^[A-Z][A-Z\d]{7,}$/;
// Short enough for one chat post ("Hiring: Junior Support Analyst at Tallyhop … MXN 18,000 / mes").
const MIN_TEXT = 100;
const MIN_POST = 60;
// Lines of a post, with the sender's line and the blank line after the text.
const POST_LINES = 4;
// A text about a job both calls for someone or names the job, and says what it pays or asks:
// a word like "pay", "rate" or "job" alone is in receipts, catalogues and build logs too.
const JOB_CALL =
  /\b(?:hiring|recruit\w*|vacanc\w*|job (?:opening|offer|description|ad)|open (?:role|position)|(?:looking for|seeking|we need) an? |(?:the|this|a|an) (?:role|position)\b|opportunit(?:y|ies)|partnering with|on behalf of|stelle|poste|vacante|vaga|vacature|cercasi|cerchiamo|se busca|buscamos|contratamos|suchen|recherchons)\b/i;
// Or it names the job: "Junior Support Analyst", "Smart Contract Auditor".
const JOB_NAME =
  /\b(?:engineer|developer|analyst|manager|designer|nurse|technician|specialist|coordinator|assistant|consultant|accountant|auditor|administrator|operator|cook|chef)\b/i;
const JOB_DETAIL =
  /\b(?:salary|compensation|comp|base|wage|stipend|per (?:hour|month|year|annum|day)|\/\s?(?:hr|hour|month|mes|mois|monat|year|yr)|years? of experience|\d\+? years|requirements|requisitos|anforderungen|exigences|salaire|sueldo|salario|sal[aá]rio|gehalt|salaris|stipendio|wynagrodzenie|full[- ]time|part[- ]time|tiempo completo|vollzeit|teilzeit|contract|remot[eo])\b|[$€£₹]\s?\d|\b[A-Z]{3}\s?\d[\d,.]*/i;

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
  collect(value, '', lines, 0, postedThreads(value));
  return lines.join('\n');
}

/**
 * The Slack threads whose first message is itself a job post: their replies are comments on it.
 * A thread opened by a prompt ("Weekly hiring thread — post your openings as replies") has its
 * jobs in the replies.
 */
function postedThreads(value: unknown): Set<string> {
  const threads = new Set<string>();
  if (!Array.isArray(value)) return threads;
  for (const message of value) {
    if (!isObject(message)) continue;
    const { ts, thread_ts: thread, text } = message;
    if (typeof ts === 'string' && thread === ts && typeof text === 'string' && isJobText(text)) {
      threads.add(ts);
    }
  }
  return threads;
}

function isAboutJob(text: string): boolean {
  return text.length >= MIN_TEXT && isJobText(text);
}

function isJobText(text: string): boolean {
  return (JOB_CALL.test(text) || JOB_NAME.test(text)) && JOB_DETAIL.test(text);
}

// Who sent a message, under the keys chat apps export it with.
const SENDER_KEYS = ['from', 'sender', 'author', 'user', 'user_name', 'username'];

/** A channel's job posts: its "messages" all from one sender, at least two about a job. */
function channelPosts(value: unknown): string[] {
  const messages = isObject(value) ? value['messages'] : undefined;
  if (!Array.isArray(messages)) return [];
  const senders = new Set<string>();
  for (const m of messages) {
    if (!isObject(m)) return [];
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
  return text.length >= MIN_POST && text.split('\n').length > POST_LINES && isJobText(text);
}

function collect(
  value: unknown,
  key: string,
  out: string[],
  depth: number,
  posted: Set<string>,
): void {
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
      collect(value.map(partText).join(''), key, out, depth + 1, posted);
      return;
    }
    for (const item of value) collect(item, key, out, depth + 1, posted);
    return;
  }
  if (!isObject(value) || isReplyTo(value, posted)) return;
  for (const [k, v] of Object.entries(value)) {
    if (!SKIP_KEY.test(k)) collect(v, k, out, depth + 1, posted);
  }
}

// A reply in a Slack thread opened by a job post ("thread_ts" that post's "ts", not its own):
// comments on the post, other people's rates and questions, not the posting.
function isReplyTo(message: Record<string, unknown>, posted: Set<string>): boolean {
  const thread = message['thread_ts'];
  return typeof thread === 'string' && posted.has(thread) && thread !== message['ts'];
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
