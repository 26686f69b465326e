/**
 * Amounts next to base pay that are not base pay themselves (PARSING-RULES "Salary": never a
 * band the posting does not state), and a period written on the line under a table cell. Kept
 * apart from salary.ts so that file only calls in.
 */
import type { Line } from '../clean/lines';
import type { PayPeriod } from '../model/posting';
import type { MoneyToken } from './money';
import { isSpace } from '../text/char-codes';
import { readPeriodAfter } from './pay-period';

// Only the last words before the amount count: "Shift differentials apply for weekends ($3/hr)",
// "Overtime at time and a half (realistic earnings £50k+)", "auxilio de transporte ($162.000)",
// "Horas extra pagadas a tiempo y medio ($36 - $51/hora)".
const NEAR_BEFORE = 50;
const ADD_ON_BEFORE =
  /\b(?:differentials|premiums|(?<!\b(?:basic|salary|pay|wages?) ?(?:\+|and|&|plus) ?)allowances|overtime(?!\s(?:eligible|exempt|available))|realistic|potential earnings|earning potential|could earn|auxilio|subsidio|horas extras?|tiempo y medio|heures supplémentaires|plus (?:de|por) [a-zá-ú]+|nocturnidad|turnicidad|prime de (?:nuit|dimanche)|(?:on-?call|call|stand-?by) rates?|(?<!\b(?:including|includes?|inclusive of|incl\.?|inc\.?|with) )(?:certification|education(?:al)?|degree|language|uniform|specialty|speciality|preceptor|longevity|hazard|standby|stand-by|on-?call|call-?back) (?:pay|incentives?|premiums?|stipends?|allowances?))\b|(?<![a-zA-Z\u00C0-\u024F])überstunden/i;

// "Extra hours available covering holidays and deep cleans at £13.50/hour": the rate of extra
// hours, like overtime's, is paid on top of the job's own rate.
const EXTRA_HOURS_AT =
  /\b(?:extra|additional) (?:hours|shifts)\b[^.;:,$€£\d]{0,80}\b(?:paid )?at\s*$/i;

/** Whether a line's lead label ("Shift differentials:", "Allowances:") names add-ons. */
export function isAddOnLabel(label: string): boolean {
  return ADD_ON_BEFORE.test(label);
}

// "Overtime after 40 hrs ........ $87.75 / hour", "Overtime over 36 hrs paid at $58.50/hr": the
// clause, over a figure that is no amount (readCandidate's words before the amount stop at it),
// opens with an add-on. Only when it opens the clause: "Mandatory overtime during peak, 5
// days/week, $22/hr" is pay.
const ADD_ON_OPENS =
  /^[\s\-•*]*(?:overtime|(?:(?:shift|weekend|night|evening) )?(?:differentials?|premiums?)|allowances?)\b/i;

/** Whether the amount's clause, cut short by a figure before it, names an add-on. */
export function isAddOnBeforeFigure(labelText: string, before: string): boolean {
  if (!labelText.endsWith(before)) return false;
  const head = labelText.slice(0, labelText.length - before.length);
  if (!/\d\s*$/.test(head)) return false;
  // A clause ends at ", ", "; " or ". ", not in a dot leader ("Overtime after 40 hrs ........").
  const clause = head.split(/[,;]\s|(?<!\.)\.\s+(?!\.)/).pop() ?? head;
  return ADD_ON_OPENS.test(clause);
}

// "$24.00/hr (x36 = $864.00)", "Taxable hourly base ($26.00/hr x 36): $936": a rate times the
// hours worked is the same pay over a week (not "Shift (3x12): $52.00/hr": no rate before the x).
const RATE_TIMES_HOURS =
  /[$€£₹]\s?[\d.,]+(?:\s?\/\s?[a-z]{1,4})?\s?\(?[x×*]\s?\d{1,3}(?:\s?(?:hrs?|hours))?\s?(?:=|\)\s*[:=]?)\s*$/i;

/** Whether the amount starting at `start` in `line` is a rate worked out over the hours. */
export function isRateTimesHours(line: string, start: number): boolean {
  return RATE_TIMES_HOURS.test(line.slice(Math.max(0, start - 40), start));
}

// "nights +$5.00/hr", "£30,000 + £4,000 car allowance": an amount added with "+" goes on top of
// the base pay.
function isAddedAmount(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && isSpace(before.charCodeAt(i))) i--;
  return before.charCodeAt(i) === 0x2b;
}

// "£280 per day (Saturdays £300)", "$22/hr ($25 on weekends)", "¥250,000 per month (¥230,000
// during August)": another rate for some days, hours or weeks, in brackets after the base rate.
const BRACKET_OPEN = /\([^()]*$/;
const PREMIUM_TIME =
  /\b(?:during (?:the )?(?:first|training|probation|january|february|march|april|may|june|july|august|september|october|november|december)|saturdays?|sundays?|weekends?|bank holidays?|public holidays?|holidays|nights?|evenings?|overtime|samedis?|dimanches?|samstags?|sonntags?|wochenende|feiertags?|s[aá]bados?|domingos?|festivos?)\b/i;
const BRACKET_REST = /^[^()]{0,30}\)/;

// "approximately $22,440 over the service term": the sum of a stipend or a wage over the whole
// engagement, not a rate.
// Only where no period is written: "$15 an hour over the season" is a rate.
export const TOTAL_OVER_TERM =
  /^\s{0,2}(?:over|across) the (?:course of the )?(?:entire |whole |full )?(?:service |contract |program(?:me)? |placement |fellowship )?(?:term|program(?:me)?|placement|fellowship|season)\b(?! year)/i;

// "2 million UK renters", "1.5M downloads": a count. Pay in millions always names its currency,
// on one end of the range at least ("2.5 million – 2.8 million KRW").
const COUNT_MULTIPLIER = new Set(['million', 'mio', 'mio.', 'm', 'bn', 'b']);

/**
 * Whether the amount is an add-on, a premium rate or a count rather than base pay. `currency` is
 * the one written on either end.
 */
export function isNotBasePay(
  before: string,
  after: string,
  min: MoneyToken,
  currency: string | null,
): boolean {
  if (!currency && min.multiplier && COUNT_MULTIPLIER.has(min.multiplier.toLowerCase())) {
    return true;
  }
  if (isAddedAmount(before)) return true;
  const near = before.length > NEAR_BEFORE ? before.slice(-NEAR_BEFORE) : before;
  if (ADD_ON_BEFORE.test(near)) return true;
  if (before.includes('at') && EXTRA_HOURS_AT.test(before)) return true;
  const open = BRACKET_OPEN.exec(near);
  if (!open) return false;
  if (PREMIUM_TIME.test(open[0])) return true;
  const rest = BRACKET_REST.exec(after);
  return rest !== null && PREMIUM_TIME.test(rest[0]);
}

// "(₹57,700 - ₹1,82,400)" closing a table cell, with "per month" alone on the line below. An
// Indian amount's "/-" and its words in brackets may come between: "INR 11,40,000/-" over
// "(Rupees Eleven Lakh Forty Thousand only) per annum."
const NEXT_LINE_MAX = 24;
const CLOSE_ONLY = /^(?:\/-)?[\s)\]]*$/;
const CLAUSE_END = /^(?:[.,;]|$)/;

/** The period written alone on the next line, when the amount ends its own line; else null. */
export function readPeriodBelow(after: string, next: Line | undefined): PayPeriod | null {
  if (!next || !CLOSE_ONLY.test(after)) return null;
  const text = next.text.trim();
  if (text.length === 0) return null;
  const found = readPeriodAfter(text, 0);
  if (!found) return null;
  // After the amount in words, the period ends a clause: "per annum. The break-up is …".
  if (text.charCodeAt(0) === 0x28)
    return CLAUSE_END.test(text.slice(found.end)) ? found.period : null;
  return found.end === text.length && text.length <= NEXT_LINE_MAX ? found.period : null;
}

// A job board's own salary guess shown over, beside or under the figures ("Estimated: $58.9K -
// $74.6K a year" over "Not provided by employer. Indeed's estimate ...", "Lohnschätzung von
// jobs.ch: CHF 95'000 – 125'000"): the employer did not state it. Only short lines are tested:
// a board's note is one line, and a long paragraph is the employer's own text.
const BOARD_NOTE_MAX = 200;
const BOARD_NOTE =
  /\bnot (?:provided|disclosed|stated) by (?:the )?employer|\b(?:glassdoor|indeed|ziprecruiter|linkedin|payscale|seek|monster) est\.|\b\w+'s (?:salary |pay )?estimate\b|\b(?:glassdoor|indeed|ziprecruiter|linkedin|payscale|stepstone|seek|monster) (?:salary |pay )?estimate\b|\bestimated? (?:by|from) (?!(?:the |our )?(?:employer|company|hiring))|(?:lohn|gehalts?|salär)schätzung(?! des arbeitgebers| der firma| des unternehmens)|-schätzung\b|gehaltsprognose|schätzung (?:von|durch)\b|\bschätzung des portals\b|gehaltsangaben? von \w+|\bgeschätzt\b|nicht vom arbeitgeber|\bestimation (?:par|de|du)\b|\bnon (?:fourni|communiqué|indiqué) par l'employeur|\bestimaci[oó]n (?:de|por|del)\b|\bno (?:proporcionad|indicad|informad)o por (?:el|la) (?:empleador|empresa)/i;

// Every note above names the employer or an estimate in one of these words: a test for them skips
// nearly every line at a quarter of the cost of the note regex.
const BOARD_NOTE_WORD =
  /emp(?:loy|lead|resa)|estima|schätzung|geschätzt|gehaltsangabe|prognose|arbeitgeber|est\./i;

// A neighbour with an amount of its own is another amount line (its note is about itself);
// other figures ("Glassdoor estimate based on 62 salaries") do not make it one.
const AMOUNT =
  /[$€£¥₹]\s?\d|\b[A-Z]{3}\s?\d|\d\s?(?:[kK]\b|€|\$|[A-Z]{3}\b)|(?<!\b(?:on|auf|of|from|sur|de|von|über|over) )\d[.,'’ ]\d{3}/;

/** Whether the amount's line, or a note right above or below it, says it is a board's guess. */
export function isBoardEstimate(
  line: Line,
  prev: Line | undefined,
  next: Line | undefined,
  afterNext?: Line,
): boolean {
  return (
    isBoardNote(line) ||
    isNeighbourNote(prev) ||
    isNeighbourNote(next) ||
    // "$84K" over "/yr (est.)" over "Glassdoor est. This estimate is based on 96 salaries": the
    // note under the amount's unit.
    (next !== undefined && next.text.length <= UNIT_LINE_MAX && isNeighbourNote(afterNext)) ||
    // "$41K /yr (est.)" over "Glassdoor est. Average base salary … Low $35K – High $47K.": a
    // bare "(est.)" is the board's when its note follows, figures and all.
    (next !== undefined && line.text.includes('(est.)') && isBoardNote(next))
  );
}
const UNIT_LINE_MAX = 12;

/**
 * Where on a board-note line the note starts: at the bracket that opens it, when the line states
 * pay before it ("**Pay:** $31.00 - $38.50 per hour (Indeed listing also says "Estimated $68.2K"
 * — that's Indeed's estimate)"); else 0, the whole line.
 */
export function boardNoteStart(line: Line): number {
  const m = isBoardNote(line) ? BOARD_NOTE.exec(line.text) : null;
  if (!m) return 0;
  const bracket = line.text.lastIndexOf('(', m.index);
  // Only a note with figures of its own: "(Schätzung, nicht vom Arbeitgeber angegeben)" after
  // an amount is about that amount.
  return bracket > 0 && /\d/.test(line.text.slice(bracket, m.index + m[0].length)) ? bracket : 0;
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
