/**
 * A mail thread pasted whole: a forward's or reply's note on top, the posting in a message quoted
 * under it ("-----Original Message-----", "On Tue, 4 Nov 2025, Jane wrote:", "---------- Mensaje
 * reenviado ---------"). The posting's own header (its title, employer and place) is at the top of
 * its message, not at the top of the text: `postingMessageStart` finds where that message starts.
 * Only the lines are located; no text is dropped (a reply on top may correct the quoted pay).
 */
import type { Line } from './lines';

// "-----Original Message-----", "---------- Forwarded message ---------", "-------- Ursprüngliche
// Nachricht --------", "-----Mensaje original-----", "----- Message transféré -----"; in a mail,
// over a pasted posting, "-------- Posting --------".
// "-------- JD (copied from Greenhouse) --------": with a note on where it came from.
const POSTING_SEPARATOR =
  /^-{2,}\s?(?:(?:the |job )?posting|job description|job spec|jd|job ad|stellenanzeige|annonce|anuncio|annuncio|anúncio|vaga|vacature|ogłoszenie)(?: below)?(?:\s?\([^()]{1,40}\))?\s?-{2,}$/i;
// A reply's quoted message, then a forward's.
const ORIGINAL_WORDS = String.raw`original message|ursprüngliche nachricht|originalnachricht|mensaje original|message (?:d['’]origine|original)|courriel d['’]origine|messaggio originale|mensagem original|oorspronkelijk bericht|wiadomość oryginalna`;
const FORWARDED_WORDS = String.raw`forwarded message|weitergeleitete nachricht|mensaje reenviado|message (?:transféré|réexpédié)|courriel transféré|messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht|przekazana wiadomość`;
const ORIGINAL_SEPARATOR = new RegExp(String.raw`^-{2,}\s?(?:${ORIGINAL_WORDS})\s?-{2,}$`, 'i');
const SEPARATOR = new RegExp(
  String.raw`^-{2,}\s?(?:${ORIGINAL_WORDS}|${FORWARDED_WORDS})\s?-{2,}$`,
  'i',
);
// "Begin forwarded message:", "Anfang der weitergeleiteten Nachricht:", "Début du message
// réexpédié :", "Inicio del mensaje reenviado:".
const FORWARD_LEAD =
  /^(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message (?:réexpédié|transféré)|inicio del mensaje reenviado)\s?:$/i;
// "On Tue, 4 Nov 2025 at 09:12, Jane Doe <jane@x.com> wrote:", "Le mar. 4 nov. 2025 à 09:12,
// Jane a écrit :", "Am 04.11.2025 um 09:12 schrieb Jane Doe:", "El mar, 4 nov 2025 a las 9:12,
// Jane escribió:".
const QUOTE_LEAD =
  /^(?:on\s.{6,160}\swrote|le\s.{6,160}\sa écrit|am\s.{6,160}\sschrieb.{0,80}|el\s.{6,160}\sescribió)\s?:$/i;
// A message's header block: "From:" a sender (not "From: 1 September 2025", "From: 7am") with
// "Subject:", "Sent:" or "Date:" in the lines under it.
const FROM = /^(?:from|von|de|van|da|od)\s?:\s?[^\d\s]/i;
const HEADER_FIELD =
  /^(?:subject|sent|date|to|cc|bcc|reply-to|attachments|importance|priority|sensitivity|betreff|gesendet|datum|an|objet|envoyé|à|asunto|enviado(?: el)?|fecha|para|oggetto|inviato|data|a|assunto|onderwerp|verzonden|aan|temat|wysłano|do)\s?:/i;
const HEADER_STRONG =
  /^(?:subject|sent|date|betreff|gesendet|datum|objet|envoyé|asunto|enviado(?: el)?|fecha|oggetto|inviato|data|assunto|onderwerp|verzonden|temat|wysłano)\s?:/i;
// A text that opens as a mail: its sender or its subject on top (a memo's "Date:" is not one).
const MAIL_START = /^(?:from|von|de|van|da|od|subject|betreff|objet|asunto)\s?:\s?[^\d\s]/i;
// A field of a posting ("Role: …", "Location: …", "Rate: $85-95/hr"), not of a mail's header.
const FIELD_LINE = /^[\p{Lu}][\p{L} /&-]{1,24}\s?:\s?\S/u;
// In a mail, a long rule sets the pasted posting off from the note above it ("Below is the full
// posting for the role you asked about." / "--------------------"); a rule a few lines under
// another closes a box around the posting's header, which stays one message.
const RULE = /^[-=_~*]{10,}$/;
const BOX_LINES = 8;
// A chat export's first line: the app's name alone or before a separator (not "Signal Processing
// Engineer"). A message's stamp line in it: a sender and a date and time, or a time alone.
const CHAT_TOP =
  /^(?:microsoft teams|teams|whatsapp|slack|telegram|signal|google chat|discord)(?: desktop| web)?(?: chat| export| channel)?(?:$|\s*[—–:|·>-]|\swith\s)/i;
const CHAT_STAMP =
  /^(?:([\p{Lu}][\p{L}.'’() -]{1,40}?)\s{2,})?(?:(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)\p{L}*,?\s|[Tt]oday,?\s|[Yy]esterday,?\s|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s)?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/u;
const POSTING_FIELDS = 2;
const HEADER_SPAN = 5;
const MAIL_TOP = 3;

// A note over a pasted posting is short and states no pay ("Hi Tom, details below."); a posting's
// own header above a rule does ("£70,000 - £80,000 per annum").
const NOTE_LINES = 30;
const AMOUNT = /[$€£¥₹]\s?\d|\d\s?(?:€|EUR|USD|GBP|CHF)\b|\d\s?[kK]\b/;

function isNoteAbove(lines: Line[], from: number, rule: number): boolean {
  if (rule - from > NOTE_LINES) return false;
  for (let i = from; i < rule; i++) {
    const text = lines[i]?.text ?? '';
    if (!HEADER_FIELD.test(text) && !FROM.test(text) && AMOUNT.test(text)) return false;
  }
  return true;
}

/** Whether the lines from `i` on are a message's header block. */
function isHeaderBlock(lines: Line[], i: number): boolean {
  if (!FROM.test(lines[i]?.text ?? '')) return false;
  for (let k = i + 1; k <= i + HEADER_SPAN && k < lines.length; k++) {
    if (HEADER_STRONG.test(lines[k]?.text ?? '')) return true;
  }
  return false;
}

/** Whether lines [from, to) hold a posting's own fields: then that message is the posting. */
function hasPostingFields(lines: Line[], from: number, to: number): boolean {
  let fields = 0;
  for (let i = from; i < to; i++) {
    const text = lines[i]?.text ?? '';
    if (FIELD_LINE.test(text) && !FROM.test(text) && !HEADER_FIELD.test(text)) fields++;
    if (fields >= POSTING_FIELDS) return true;
  }
  return false;
}

/** Whether the first MAIL_TOP lines open a mail: a sender, a subject or a separator. */
function isMail(lines: Line[]): boolean {
  for (let i = 0; i < MAIL_TOP && i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (MAIL_START.test(text) || SEPARATOR.test(text)) return true;
  }
  return false;
}

/**
 * The index of the first line of the first message a reply quotes ("On Mon, Apr 14, 2025 …
 * wrote:", "-----Original Message-----", a mail's "From: … Sent: …" block), or -1. Newest
 * first: what the text says above it is the thread's latest word.
 */
export function firstQuotedMessage(lines: Line[]): number {
  const mail = isMail(lines);
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text.charCodeAt(0) === 0x2d ? ORIGINAL_SEPARATOR.test(text) : QUOTE_LEAD.test(text)) {
      return i + 1;
    }
    if (mail && !HEADER_FIELD.test(lines[i - 1]?.text ?? '') && isHeaderBlock(lines, i)) return i;
  }
  return -1;
}

/**
 * How a message signs off ("Best,", "Cheers", "Viele Grüße", "Cordialement"): the lines under it
 * are the sender's name and job, not the posting's. Alternatives for a regex, case-insensitive.
 */
export const SIGN_OFF_WORDS = String.raw`thanks|thank you|many thanks|thanks again|best|all the best|best wishes|(?:best|kind|warm|warmest) regards|regards|cheers|sincerely|yours sincerely|yours faithfully|speak soon|talk soon|merci|cordialement|bien à vous|bonne journée|saludos|un saludo|un abrazo|atentamente|(?:viele|beste|liebe) grü(?:ß|ss)e|mit freundlichen grü(?:ß|ss)en|lg|vg|mfg`;

/** Whether a line is a chat message's time alone: "7:31 AM", "Today 7:14 AM", "Tue 14:05". */
export function isClockStamp(text: string): boolean {
  const m = text.length < 30 ? CHAT_STAMP.exec(text) : null;
  return m !== null && m[1] === undefined;
}

/** The sender on a chat export's stamp line ("Hannah Okafor  20:15"), or null. */
export function chatStampSender(text: string): string | null {
  return text.length < 60 ? (CHAT_STAMP.exec(text)?.[1] ?? null) : null;
}

/** Whether a text's first line is a chat export's: "Microsoft Teams - Chat", "WhatsApp Chat with …". */
export function isChatExportTop(text: string): boolean {
  return CHAT_TOP.test(text);
}

/**
 * The index of the first line of the message that holds the posting: the top message when it
 * gives the job's own fields, else the longest message of the thread (its body in characters),
 * the later one on a tie; 0 for a text that is no thread.
 */
export function postingMessageStart(lines: Line[]): number {
  // Starts of messages after the first: the line after a separator, or a header block's "From:";
  // in a chat export, a message's stamp ("Brianna Holloway   2/5 9:15 AM", "Thursday 13:03").
  const starts = [0];
  const chat = isChatExportTop(lines[0]?.text ?? '');
  // A bare header block starts a message only in a text that is a mail: a posting followed by a
  // mail pasted under it is not one thread.
  const mail = isMail(lines);
  let lastRule = -BOX_LINES - 1;
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    // Cheap gates first: most lines start with none of these.
    const c = text.charCodeAt(0);
    const rule = mail && RULE.test(text);
    const boxEnd = rule && i - lastRule <= BOX_LINES;
    if (rule) lastRule = i;
    // Only under a note: a rule further down the posting (over its requirements) divides nothing,
    // nor one under the posting's own fields (an ATS mail's "Job Title:", "Location:" box).
    const from = starts[starts.length - 1] ?? 0;
    const divides =
      rule && !boxEnd && isNoteAbove(lines, from, i) && !hasPostingFields(lines, from, i);
    if (chat && text.length < 60 && CHAT_STAMP.test(text)) {
      if (starts[starts.length - 1] !== i) starts.push(i);
    } else if (mail && c === 0x2d && POSTING_SEPARATOR.test(text) && i + 1 < lines.length) {
      // "-------- Posting --------" in a mail: the note says where the posting starts (in a
      // posting, "---- Job Description ----" heads its own section).
      return i + 1;
    } else if (
      (c === 0x2d /* - */
        ? SEPARATOR.test(text)
        : FORWARD_LEAD.test(text) || QUOTE_LEAD.test(text)) ||
      divides
    ) {
      if (starts[starts.length - 1] !== i) starts.push(i + 1);
    } else if (
      mail &&
      starts[starts.length - 1] !== i &&
      // A "From:" under "Subject:" is the same header block, not a message of its own.
      !HEADER_FIELD.test(lines[i - 1]?.text ?? '') &&
      isHeaderBlock(lines, i)
    ) {
      starts.push(i);
    }
  }
  // A reply on top that gives the job's own fields ("Role:", "Location:", "Rate:") is the posting;
  // in a chat, the first message that gives them.
  if (starts.length === 1 || hasPostingFields(lines, 0, starts[1] ?? lines.length)) return 0;
  if (chat) {
    for (let k = 1; k < starts.length; k++) {
      const from = starts[k] ?? 0;
      if (hasPostingFields(lines, from, starts[k + 1] ?? lines.length)) return from;
    }
  }
  let best = 0;
  let bestSize = -1;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] ?? 0;
    const to = Math.min(starts[k + 1] ?? lines.length, lines.length);
    let size = 0;
    for (let i = from; i < to; i++) size += lines[i]?.text.length ?? 0;
    if (size >= bestSize) {
      best = from;
      bestSize = size;
    }
  }
  return best < lines.length ? best : 0;
}
