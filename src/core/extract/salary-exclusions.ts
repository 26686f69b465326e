/**
 * Amounts next to base pay that are not base pay themselves (PARSING-RULES "Salary": never a
 * band the posting does not state), and a period written on the line under a table cell. Kept
 * apart from salary.ts so that file only calls in.
 */
import type { Line } from '../clean/lines';
import type { PayPeriod } from '../model/posting';
import type { MoneyToken } from './money';
import { isLetter, isSpace } from '../text/char-codes';
import { readPeriodAfter } from './pay-period';

// Only the last words before the amount count: "Shift differentials apply for weekends ($3/hr)",
// "Overtime at time and a half (realistic earnings £50k+)", "auxilio de transporte ($162.000)".
const NEAR_BEFORE = 50;
const ADD_ON_BEFORE =
  /\b(?:differentials|premiums|allowances|overtime(?!\s(?:eligible|exempt|available))|realistic|potential earnings|earning potential|could earn|auxilio|subsidio)\b/i;

/** Whether a line's lead label ("Shift differentials:", "Allowances:") names add-ons. */
export function isAddOnLabel(label: string): boolean {
  return ADD_ON_BEFORE.test(label);
}

// "nights +$5.00/hr", "£30,000 + £4,000 car allowance": an amount added with "+" goes on top of
// the base pay.
function isAddedAmount(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && isSpace(before.charCodeAt(i))) i--;
  return before.charCodeAt(i) === 0x2b;
}

// "£280 per day (Saturdays £300)", "$22/hr ($25 on weekends)": an enhanced rate for some days
// or hours, in brackets after the base rate.
const BRACKET_OPEN = /\([^()]*$/;
const PREMIUM_TIME =
  /\b(?:saturdays?|sundays?|weekends?|bank holidays?|public holidays?|holidays|nights?|evenings?|overtime|samedis?|dimanches?|samstags?|sonntags?|wochenende|feiertags?|s[aá]bados?|domingos?|festivos?)\b/i;
const BRACKET_REST = /^[^()]{0,30}\)/;

// "2 million UK renters", "1.5M downloads": a count. Pay in millions always names its currency.
const COUNT_MULTIPLIER = new Set(['million', 'mio', 'mio.', 'm', 'bn', 'b']);

/** Whether the amount is an add-on, a premium rate or a count rather than base pay. */
export function isNotBasePay(before: string, after: string, min: MoneyToken): boolean {
  if (!min.currency && min.multiplier && COUNT_MULTIPLIER.has(min.multiplier.toLowerCase())) {
    return true;
  }
  if (isAddedAmount(before)) return true;
  const near = before.length > NEAR_BEFORE ? before.slice(-NEAR_BEFORE) : before;
  if (ADD_ON_BEFORE.test(near)) return true;
  const open = BRACKET_OPEN.exec(near);
  if (!open) return false;
  if (PREMIUM_TIME.test(open[0])) return true;
  const rest = BRACKET_REST.exec(after);
  return rest !== null && PREMIUM_TIME.test(rest[0]);
}

// "(₹57,700 - ₹1,82,400)" closing a table cell, with "per month" alone on the line below.
const NEXT_LINE_MAX = 24;
const CLOSE_ONLY = /^[\s)\]]*$/;

/** The period written alone on the next line, when the amount ends its own line; else null. */
export function readPeriodBelow(after: string, next: Line | undefined): PayPeriod | null {
  if (!next || !CLOSE_ONLY.test(after)) return null;
  const text = next.text.trim();
  if (text.length === 0 || text.length > NEXT_LINE_MAX) return null;
  const found = readPeriodAfter(text, 0);
  return found && found.end === text.length ? found.period : null;
}

// A job board's own salary guess shown over, beside or under the figures ("Estimated: $58.9K -
// $74.6K a year" over "Not provided by employer. Indeed's estimate ...", "Lohnschätzung von
// jobs.ch: CHF 95'000 – 125'000"): the employer did not state it. Only short lines are tested:
// a board's note is one line, and a long paragraph is the employer's own text.
const BOARD_NOTE_MAX = 200;
const BOARD_NOTE =
  /\bnot (?:provided|disclosed|stated) by (?:the )?employer|\b\w+'s (?:salary |pay )?estimate\b|\b(?:glassdoor|indeed|ziprecruiter|linkedin|payscale|stepstone|seek|monster) (?:salary |pay )?estimate\b|\bestimated? (?:by|from) (?!(?:the |our )?(?:employer|company|hiring))|(?:lohn|gehalts?|salär)schätzung|-schätzung\b|gehaltsprognose|schätzung (?:von|durch)\b|nicht vom arbeitgeber|\bestimation (?:par|de|du)\b|\bnon (?:fourni|communiqué|indiqué) par l'employeur|\bestimaci[oó]n (?:de|por|del)\b|\bno (?:proporcionad|indicad|informad)o por (?:el|la) (?:empleador|empresa)/i;

// Every note above names the employer or an estimate in one of these words: a test for them skips
// nearly every line at a quarter of the cost of the note regex.
const BOARD_NOTE_WORD = /emp(?:loy|lead|resa)|estima|schätzung|prognose|arbeitgeber/i;

// A neighbour with an amount of its own is another amount line (its note is about itself);
// other figures ("Glassdoor estimate based on 62 salaries") do not make it one.
const AMOUNT = /[$€£¥₹]\s?\d|\b[A-Z]{3}\s?\d|\d\s?(?:[kK]\b|€|\$|[A-Z]{3}\b)|\d[.,'’ ]\d{3}/;

/** Whether the amount's line, or a note right above or below it, says it is a board's guess. */
export function isBoardEstimate(
  line: Line,
  prev: Line | undefined,
  next: Line | undefined,
): boolean {
  return isBoardNote(line) || isNeighbourNote(prev) || isNeighbourNote(next);
}

function isBoardNote(line: Line): boolean {
  const text = line.text;
  return text.length <= BOARD_NOTE_MAX && BOARD_NOTE_WORD.test(text) && BOARD_NOTE.test(text);
}

// The digit test after the word test: nearly every neighbour fails the word test, and most
// have no digit, so the digit scan would run over them for nothing.
function isNeighbourNote(line: Line | undefined): boolean {
  if (line === undefined) return false;
  const text = line.text;
  return (
    text.length <= BOARD_NOTE_MAX &&
    BOARD_NOTE_WORD.test(text) &&
    !AMOUNT.test(text) &&
    BOARD_NOTE.test(text)
  );
}

// A line that opens other ads: a board's "Similar jobs", a digest's "Next in the digest:", a
// group's "Also hiring", a post's "Comments:". It may follow an emoji or a poster's name ("Mark T:
// Also hiring – Dental Receptionist, $32/hr"). Tested on each line's start only.
const OTHER_ADS =
  /^[^a-zA-Z0-9\u00C0-\u024F]{0,8}(?:[A-Z][a-zA-Z]{1,15}(?: [A-Z][a-zA-Z]{0,12}\.?)?:\s)?(?:similar (?:jobs|roles|positions|vacancies|listings|offers)|other (?:jobs|openings|vacancies|calls|ads|listings)\b|more jobs|jobs similar to|mehr (?:jobs|stellen(?:angebote)?)\b|also hiring|next in (?:the|this) digest|jobs you (?:may|might) (?:like|be interested in)|people also viewed|recommended jobs|related jobs|comments?\s?:|weitere (?:(?:offene|freie|aktuelle|spannende) )?(?:stellen|jobs|stellenangebote|ausbildungsplätze|angebote)|ähnliche (?:jobs|stellen|stellenangebote|angebote)|autres offres|(?:d'autres |les )?offres similaires|ces offres pourraient|otras ofertas|ofertas similares|otros? avisos?|empleos similares|más ofertas|(?:avisos|empleos|ofertas) relacionad[oa]s|annonces similaires|jobs,? die (?:dich|sie) interessieren|das könnte (?:dich|sie) (?:auch )?interessieren|(?:you|vous) (?:may|might|pourriez) (?:also |aussi )?(?:like|aimer)|(?:empleos|ofertas) que (?:te|le) (?:pueden|podr[ií]an) interesar)/i;
// A chat export's message header: "[09:41, 12/03/2025] Name:" or "12/03/2025, 09:41 - Name:".
const CHAT_MESSAGE =
  /^(?:\[\d{1,2}:\d{2}(?::\d{2})?,? \d{1,2}[./]\d{1,2}[./]\d{2,4}\]|\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})? [-–] )/;
// A recruiter's mail offering more roles after the one it is about: "I've also attached a couple
// of other roles that may be of interest:". Anywhere in the line, gated on "nteres"/"ntéress".
const OTHER_ROLES =
  /\b(?:other|more|similar|further) (?:[\w-]+ )?(?:roles|positions|vacancies|opportunities|jobs|openings)\b[^.!?\n]{0,40}\b(?:of interest|interest you|interesting)|\b(?:autres|d'autres|une autre|un autre) (?:postes?|offres?|missions?|opportunités?|fonctions?)\b[^.!?\n]{0,60}(?:intéress|correspondre)|\botr[oa]s (?:vacantes|posiciones|ofertas|puestos|oportunidades)\b[^.!?\n]{0,40}interes|\bweitere (?:positionen|vakanzen|stellen|projekte)\b[^.!?\n]{0,40}interess/i;

const OTHER_ROLES_FROM = 0.5;
const PS_ALSO = /^P\.?\s?S\.?[:\s][^\n]{0,40}\balso\b/i;

/**
 * Where a chat export's message text starts on its line ("[12/03/25, 19:42] Paco: Busco ..." ->
 * the offset of "Busco"); 0 when the line is no message.
 */
export function chatMessageStart(text: string): number {
  const c = text.charCodeAt(0);
  const header = c === 0x5b || (c >= 48 && c <= 57) ? CHAT_MESSAGE.exec(text) : null;
  if (!header) return 0;
  const colon = text.indexOf(': ', header[0].length);
  return colon < 0 || colon - header[0].length > 60 ? header[0].length : colon + 2;
}

// The name between a chat header and its colon: "[12/03/25, 19:43] Paco Reformas: ..." ->
// "Paco Reformas"; '' when the line has no colon soon after.
function senderOf(text: string, from: number): string {
  const colon = text.indexOf(':', from);
  return colon < 0 || colon - from > 60 ? '' : text.slice(from, colon).trim();
}

// Boards append other ads at the end: a marker in the first quarter of the text is more likely a
// sidebar printed before the posting, so only later ones count.
const OTHER_ADS_FROM = 0.25;

// First letters of the marker words (either case), and of a poster's name before them: the
// first letter of a line rules most lines out before the regex runs.
const MARKER_START = new Uint8Array(256);
for (const c of 'acdejlmnoprsvwyäé') {
  MARKER_START[c.charCodeAt(0)] = 1;
  MARKER_START[c.toUpperCase().charCodeAt(0)] = 1;
}
// "Mark T: Also hiring": the name's colon comes this early.
const NAME_COLON_MAX = 30;

function mayOpenOtherAds(text: string): boolean {
  let i = 0;
  while (i < 8 && i < text.length && !isLetter(text.charCodeAt(i))) i++;
  if (MARKER_START[text.charCodeAt(i)] === 1) return true;
  // A name and a colon first: only the first colon counts.
  const to = Math.min(text.length, NAME_COLON_MAX);
  for (let k = i; k < to; k++) if (text.charCodeAt(k) === 0x3a) return k > 0;
  return false;
}

/**
 * Index of the first line, up to `last`, from which the text holds other ads or replies rather
 * than this posting: a marker line (see OTHER_ADS) past the first quarter, or a chat's first
 * message from someone other than its poster (a reply, or another ad). `lines.length` when none.
 */
export function findOtherAdsStart(lines: Line[], last: number): number {
  const from = Math.floor(lines.length * OTHER_ADS_FROM);
  // The poster of the chat's first message: their later messages go on with the posting.
  let poster: string | null = null;
  for (let i = 0; i <= last && i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text;
    const c = text.charCodeAt(0);
    const header = c === 0x5b || (c >= 48 && c <= 57) ? CHAT_MESSAGE.exec(text) : null;
    if (header) {
      const sender = senderOf(text, header[0].length);
      if (poster === null) poster = sender;
      else if (sender !== poster) return i;
    }
    // A bullet is a line of the posting (or of an ad), never the marker that opens the ads.
    if (i >= from && line.kind !== 'list-item') {
      if (mayOpenOtherAds(text) && OTHER_ADS.test(text)) return i;
      // "P.S. I'm also working on a Corporate Controller search ($165-185K)": another role.
      if (PS_ALSO.test(text)) return i;
      // Only in the mail's second half: an offer of other roles early on comes before the pay.
      if (
        i >= lines.length * OTHER_ROLES_FROM &&
        (text.includes('nteres') || text.includes('ntéress') || text.includes('orrespondre')) &&
        OTHER_ROLES.test(text)
      ) {
        return i;
      }
    }
  }
  return lines.length;
}
