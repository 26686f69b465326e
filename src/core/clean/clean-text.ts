/**
 * Step 2 of the pipeline: reader blocks -> readable cleaned text without the noise that scrapers
 * and job boards add around a posting. Works line by line; never rewrites words inside a line
 * except to cut a glued-on foreign ad or a "$0.00" placeholder, so the text stays readable.
 */
import type { SourceDocument, TextBlock } from '../model/document';
import {
  NEEDS_FOLD_OR_SPACES,
  foldPunctuation,
  joinLines,
  lineIndexAt,
  sliceListItems,
  type Line,
} from './lines';
import { joinSplitRanges } from './split-ranges';
import { cutDigestTail } from './digest';
import { cutOtherJobs, isOtherJobsMarker } from './other-jobs';
import { cutWebmailChrome } from './webmail';
import { holdsSingleLines } from '../read/line-block';
import { isSpace } from '../text/char-codes';
import { addKey, hasKey, keyBits } from '../text/key-bits';

export interface CleanResult {
  text: string;
  lines: Line[];
  warnings: string[];
}

// Job-board chrome: whole lines made only of these phrases are dropped ("5 hours agoBe an early
// applicant" is two of them glued together by the scraper).
const CHROME_PHRASE = new RegExp(
  [
    String.raw`\+?\s*show (?:original job post|more|less|all)`,
    'easy apply',
    'apply (?:now|here|today|for this job|on company site|on employer site)',
    'apply',
    'save(?:d)? job',
    'save',
    'saved',
    'share(?: this job| job)?(?: on (?:linkedin|facebook|twitter|x|email))?',
    'copy link',
    'get job alerts',
    'create (?:a )?job alert',
    'set up personali[sz]ed alerts[^\\n]{0,120}',
    'be an early applicant',
    String.raw`view all jobs(?:\s*\d{1,9})?`,
    'view (?:job|company|similar jobs)',
    'report (?:this )?job',
    'sign in',
    'log in',
    'back to (?:all |the )?(?:search(?: results)?|jobs|results|job listings?|listings?|vacancies)',
    'promoted',
    'actively (?:recruiting|hiring)',
    'just posted',
    String.raw`(?:over )?\d{1,6}\+? (?:applicants|clicks|views)`,
    String.raw`(?:posted |reposted )?\d{1,3}\+? (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago`,
    String.raw`(?:vor \d{1,3} (?:tagen|stunden|wochen)|il y a \d{1,3} (?:jours?|heures?|semaines?)|hace \d{1,3} (?:días|dias|horas|semanas))`,
  ].join('|'),
  'gi',
);
const LOGO_LINE = /^[a-zA-Z\u00C0-\u024F\d&.,' -]{1,40} logo$/i;
// Another ad glued mid-line after an ellipsis: "...culture....Demonstrates group skills".
const GLUED_AD = /\.{4,}|…{2,}|(?<=[a-zA-Z\u00C0-\u024F\d)])(?:\.{3}|…)(?=[A-Z\u00C0-\u00DE])/;
const AD_LINE = /^(?:\.{3}|…)/;
// A dot leader ties a label to its figure: "Ember & Rye LoHi – Denver, CO ...... $19.00/hr".
const LEADER_VALUE = /^ ?[\d$€£¥₹]/;

function isDotLeader(text: string, at: number, length: number): boolean {
  return (
    text.charCodeAt(at - 1) === 0x20 && LEADER_VALUE.test(text.slice(at + length, at + length + 2))
  );
}
// "$0.00" / "$0" placeholders left by boards that show an empty pay field.
const ZERO_PAY = /(?:US\$|C\$|CA\$|A\$|[$€£])\s?0(?:[.,]00?)?(?![.,]?\d)/g;
const HAS_ZERO_PAY = /[$€£]\s?0/;
// A last line cut mid-figure: "The annual salary range for this position is $143".
const TRUNCATED_TAIL = /(?:\bis|\bof|\bfrom|\bbetween|:)\s*(?:[$€£]\s?)?\d{1,3}$/i;

const HEADER_WINDOW = 20;
const TAIL_WINDOW = 30;

/** Cleans a read document. Input: reader blocks. Output: cleaned text, its lines, warnings. */
export function cleanDocument(doc: SourceDocument): CleanResult {
  const warnings: string[] = [];
  // 1. Blocks -> lines (a block may hold several lines), 2. without job-board chrome.
  // Joined once here: the steps below rarely change anything, and then it stays valid.
  let joined = toJoinedLines(doc);
  let lines = joined.lines;
  // 3. Cut ads appended by scrapers.
  const adLines = linesWithEllipsis(joined.text, lines);
  if (adLines.size > 0) {
    const ads = cutAppendedAds(lines, adLines);
    lines = ads.lines;
    if (ads.removed > 0) warnings.push(`${ads.removed} snippet(s) of other ads removed`);
  }
  // 3a. Cut a webmail window's menu, tabs and ads above a copied mail.
  const webmail = cutWebmailChrome(lines);
  lines = webmail.lines;
  if (webmail.removed > 0) warnings.push(`${webmail.removed} line(s) of webmail chrome removed`);
  // 3a'. Cut a mailing list digest's messages after the first.
  const digest = cutDigestTail(lines);
  lines = digest.lines;
  if (digest.removed > 0)
    warnings.push(`${digest.removed} line(s) of later digest messages removed`);
  // 3b. Cut "Similar jobs" blocks and salary insights about other jobs.
  const otherJobs = cutOtherJobs(lines);
  lines = otherJobs.lines;
  if (otherJobs.removed > 0) warnings.push(`${otherJobs.removed} line(s) about other jobs removed`);
  // 4. Drop a header block repeated at the end, then a truncated last fragment.
  const beforeTail = lines.length;
  lines = dropRepeatedHeader(lines);
  if (lines.length < beforeTail) warnings.push('repeated header block at the end removed');
  const last = lines[lines.length - 1];
  if (last && lines.length > 3 && endsWithDigit(last.text) && TRUNCATED_TAIL.test(last.text)) {
    lines = lines.slice(0, -1);
  }
  // 4b. Join a range broken over two lines ("$42.00 –" / "$61.50 per hour").
  lines = joinSplitRanges(lines, REPLACED);
  if (lines !== joined.lines) joined = rejoinLines(joined.text, lines);
  // 5. Remove "$0.00" placeholders, keeping the word glued after them.
  const placeholders = zeroPayCandidates(joined.text, joined.lines);
  if (placeholders.size > 0) {
    const replaced = joined.lines.map((l, i) =>
      placeholders.has(i) && HAS_ZERO_PAY.test(l.text)
        ? { ...l, text: l.text.replace(ZERO_PAY, '').trim(), start: REPLACED }
        : l,
    );
    joined = rejoinLines(joined.text, replaced);
  }
  // Written out: a spread followed by a new property ({ ...joined, warnings }) takes V8's slow
  // path, some 50 times the cost of this literal.
  return { text: joined.text, lines: joined.lines, warnings };
}

// The start of a line whose text a cleaning step replaced: it is not in the joined text.
const REPLACED = -1;

/**
 * `joinLines` again, after steps that only dropped lines or replaced some (their start is
 * REPLACED): each run of untouched lines is one slice of the text they were joined into before.
 */
function rejoinLines(text: string, lines: Line[]): { text: string; lines: Line[] } {
  const kept: Line[] = [];
  const parts: string[] = [];
  // The current run of untouched lines, as offsets into `text` (none when runFrom is -1).
  let runFrom = -1;
  let runTo = -1;
  let offset = 0;
  for (const line of lines) {
    if (line.text === '' || line.text === '-') continue;
    const old = line.start;
    line.start = offset;
    kept.push(line);
    offset += line.text.length + 1;
    if (runFrom >= 0 && old === runTo + 1) {
      runTo = old + line.text.length;
      continue;
    }
    if (runFrom >= 0) parts.push(text.slice(runFrom, runTo));
    runFrom = old;
    runTo = old + line.text.length;
    if (old === REPLACED) parts.push(line.text);
  }
  if (runFrom >= 0) parts.push(text.slice(runFrom, runTo));
  return { text: parts.join('\n'), lines: kept };
}

/** Whether any block holds one of SPECIAL_CHARS (one search of all texts, not one per block). */
function hasSpecialChars(blocks: TextBlock[]): boolean {
  // Joined without a separator: a false match across two blocks only costs time.
  const all = blocks.map((b) => b.text).join('');
  return SPECIAL_CHARS.some((c) => all.includes(c));
}

// Characters that make a block need more than a trim: odd spaces, or several lines in one block.
const SPECIAL_CHARS = ['\u00a0', '\u202f', '\t', '\n', '\r'];
const SPECIAL_SPACE_ALL = /[\u00a0\u202f\t]+/g;
const LINE_BREAK = /\r\n?|\n/;
// Chrome lines start with one of these words (cheap gate before the full phrase list).
const CHROME_START =
  /^(?:\+|show|easy|apply|save|share|copy|get|create|set|be |view|report|sign|log|back|similar|promoted|actively|just|over|\d|posted|reposted|vor |il y|hace)/i;
// The first two characters of the CHROME_START words, as a set of `pairKey`s: most lines fail
// this check, so the regex rarely runs.
const CHROME_PAIRS = keyBits(0x10000);
for (const word of [
  ...['show', 'easy', 'apply', 'save', 'share', 'copy', 'get', 'create', 'set', 'be ', 'view'],
  ...['report', 'sign', 'log', 'back', 'similar', 'promoted', 'actively', 'just', 'over'],
  ...['posted', 'reposted', 'vor ', 'il y', 'hace'],
]) {
  addKey(CHROME_PAIRS, pairKey(word));
}

/**
 * The first two characters of a text as one 16-bit key, ASCII letters in either case alike
 * ("| 32" lower-cases them). Other characters may share keys: a clash only costs a regex test.
 */
function pairKey(text: string): number {
  return (((text.charCodeAt(0) | 32) & 0xff) << 8) | ((text.charCodeAt(1) | 32) & 0xff);
}

/** Reader blocks -> trimmed, non-empty lines without chrome, joined (as by `joinLines`). */
function toJoinedLines(doc: SourceDocument): { text: string; lines: Line[] } {
  if (!holdsSingleLines(doc.blocks)) return joinLines(toLines(doc));
  // Each block is one trimmed line: the offsets and the parts to join come in the same pass.
  const lines: Line[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const block of doc.blocks) {
    const line = lineOf(block, block.text);
    // joinLines drops a lone "-" too.
    if (line === null || line.text === '-') continue;
    line.start = offset;
    lines.push(line);
    parts.push(line.text);
    offset += line.text.length + 1;
  }
  const text = parts.join('\n');
  sliceListItems(text, lines);
  return { text, lines };
}

/** Blocks that may hold several lines or odd spaces -> lines (offsets are set by `joinLines`). */
function toLines(doc: SourceDocument): Line[] {
  const out: Line[] = [];
  const special = hasSpecialChars(doc.blocks);
  for (const block of doc.blocks) {
    if (!special) {
      addLine(out, block, block.text.trim());
      continue;
    }
    const spaced = block.text.replace(SPECIAL_SPACE_ALL, ' ');
    for (const raw of spaced.split(LINE_BREAK)) addLine(out, block, raw.trim());
  }
  return out;
}

function addLine(out: Line[], block: TextBlock, text: string): void {
  const line = lineOf(block, text);
  if (line !== null) out.push(line);
}

/** A block's (trimmed) text as a line, or null when it is empty or chrome. */
function lineOf(block: TextBlock, text: string): Line | null {
  if (text === '') return null;
  // Every line gets `level`, so that all lines share one object shape.
  if (block.kind !== 'list-item') {
    return isChrome(text) ? null : { kind: block.kind, text, start: 0, level: block.level };
  }
  // A list item is chrome only as "- Acme logo": test that before building "- " + text.
  if (endsWithLogo(text) && isChrome(`- ${text}`)) return null;
  return { kind: 'list-item', text: `- ${text}`, start: 0, level: undefined };
}

function endsWithLogo(text: string): boolean {
  // 111: 'o', as in "logo" / "Logo".
  return (
    text.charCodeAt(text.length - 1) === 111 && (text.endsWith('logo') || text.endsWith('Logo'))
  );
}

// "< Back to search results": a link's arrow before the phrase.
const ARROW_LEAD = /^[<←‹«]\s*/;

function isChrome(line: string): boolean {
  if (line.length > 160) return false;
  const c = line.charCodeAt(0);
  // "<", "←", "‹", "«".
  const arrow = c === 0x3c || c === 0x2190 || c === 0x2039 || c === 0xab;
  const text = arrow ? line.replace(ARROW_LEAD, '') : line;
  if (endsWithLogo(text)) return LOGO_LINE.test(text);
  const first = text.charCodeAt(0);
  // "+ Show more", "5 days ago": CHROME_START's one-character alternatives.
  const symbol = first === 43 || (first >= 48 && first <= 57);
  if (!symbol && !hasKey(CHROME_PAIRS, pairKey(text))) return false;
  if (!CHROME_START.test(text)) return false;
  const rest = text.replace(CHROME_PHRASE, '');
  return rest.length < text.length && !/[a-zA-Z\u00C0-\u024F\d]/.test(rest);
}

function endsWithDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 48 && c <= 57;
}

/**
 * Indexes of the lines where HAS_ZERO_PAY may match, found with indexOf: most postings have few
 * currency signs, so testing every line would cost more.
 */
function zeroPayCandidates(text: string, lines: Line[]): Set<number> {
  const found = new Set<number>();
  for (const sign of ['$', '€', '£']) {
    for (let i = text.indexOf(sign); i >= 0; i = text.indexOf(sign, i + 1)) {
      // HAS_ZERO_PAY: the sign, an optional whitespace character, then "0" (48).
      const next = text.charCodeAt(i + 1);
      if (next === 48 || (isSpace(next) && text.charCodeAt(i + 2) === 48)) {
        found.add(lineIndexAt(lines, i));
      }
    }
  }
  return found;
}

/** Indexes of the lines holding ".." or "…", found with indexOf on the joined text. */
function linesWithEllipsis(text: string, lines: Line[]): Set<number> {
  const found = new Set<number>();
  for (const mark of ['..', '…']) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      const index = lineIndexAt(lines, i);
      found.add(index);
      // One hit per line is enough: go on from the next line.
      const next = lines[index + 1];
      if (!next) break;
      i = next.start - 1;
    }
  }
  return found;
}

/** Cuts ads glued onto the lines at `candidates` (the lines holding ".." or "…"). */
function cutAppendedAds(
  lines: Line[],
  candidates: Set<number>,
): { lines: Line[]; removed: number } {
  const out: Line[] = [];
  let removed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (!candidates.has(i)) {
      out.push(line);
      continue;
    }
    const body = line.kind === 'list-item' ? line.text.slice(2) : line.text;
    // "...More jobs like this" opens a block of other ads: it stays for cutOtherJobs to cut.
    if (AD_LINE.test(body) && out.length > 0 && !isOtherJobsMarker(line)) {
      removed++;
      continue;
    }
    const glued = GLUED_AD.exec(line.text);
    if (glued && glued.index > 20 && !isDotLeader(line.text, glued.index, glued[0].length)) {
      removed++;
      const kept = line.text.slice(0, glued.index).trimEnd();
      out.push({ ...line, text: /[.!?]$/.test(kept) ? kept : `${kept}.`, start: REPLACED });
      continue;
    }
    out.push(line);
  }
  return { lines: removed > 0 ? out : lines, removed };
}

function normalise(text: string): string {
  if (!NEEDS_FOLD_OR_SPACES.test(text)) return text.toLowerCase().trim();
  return foldPunctuation(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

// Some boards print the header (title, location, pay, company) again after the description.
function dropRepeatedHeader(lines: Line[]): Line[] {
  if (lines.length < HEADER_WINDOW + 3) return lines;
  // Lines compare by `normalise`. A sketch of a few of its characters, computed without building
  // the string, rules out most pairs first; `normalise` runs only for the rest.
  const openingSketches = OPENING_SKETCHES;
  // Most tail lines share no sketch with the opening: one table lookup (by the low bits) instead
  // of HEADER_WINDOW compares. Cleared of the last posting's sketches, not allocated anew.
  const anySketch = ANY_SKETCH;
  for (let j = 0; j < HEADER_WINDOW; j++)
    anySketch[(openingSketches[j] ?? 0) & (SKETCH_TABLE - 1)] = 0;
  for (let j = 0; j < HEADER_WINDOW; j++) {
    const sketch = sketchNormalised(lines[j]?.text ?? '');
    openingSketches[j] = sketch;
    anySketch[sketch & (SKETCH_TABLE - 1)] = 1;
  }
  const openingNormalised: string[] = [];
  const from = Math.max(HEADER_WINDOW, lines.length - TAIL_WINDOW);
  let cut = -1;
  let matches = 0;
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]?.text ?? '';
    const sketch = sketchNormalised(text);
    if (anySketch[sketch & (SKETCH_TABLE - 1)] === 0) continue;
    let normalised: string | undefined;
    let repeated = false;
    for (let j = 0; j < HEADER_WINDOW && !repeated; j++) {
      if (openingSketches[j] !== sketch) continue;
      const openingText = lines[j]?.text ?? '';
      if (openingText === text) repeated = true;
      else {
        openingNormalised[j] ??= normalise(openingText);
        repeated = openingNormalised[j] === (normalised ??= normalise(text));
      }
    }
    if (repeated) {
      matches++;
      const size = lines.length - i;
      if (matches >= 3 && matches * 2 >= size) cut = i;
    }
  }
  return cut > 0 ? lines.slice(0, cut) : lines;
}

const UNSURE = -1;
const SKETCH_TABLE = 1024;
// dropRepeatedHeader's tables, kept between calls: typed arrays this size are allocated outside
// the JS heap, which cost more per posting than the whole comparison.
const OPENING_SKETCHES = new Int32Array(HEADER_WINDOW);
const ANY_SKETCH = new Uint8Array(SKETCH_TABLE);

/**
 * The first three and the last character of `normalise(text)`, mixed into one number: equal
 * normalised lines have equal sketches. Latin-1 text (with folded quotes and dashes) is sketched
 * from a few of its own characters; anything else sketches the string `normalise` returns.
 */
function sketchNormalised(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const first = foldLower(text.charCodeAt(0));
  const last = foldLower(text.charCodeAt(n - 1));
  // A line that is not trimmed, or has a character outside Latin-1, takes the slow way.
  if (first === UNSURE || first === 32 || last === UNSURE || last === 32) {
    return sketchOf(normalise(text));
  }
  let second = 0;
  let third = 0;
  if (n > 1) {
    second = foldLower(text.charCodeAt(1));
    // A run of \s becomes one space: the third character is the one after the run.
    let k = 2;
    if (second === 32) while (k < n && foldLower(text.charCodeAt(k)) === 32) k++;
    if (k < n) third = foldLower(text.charCodeAt(k));
    if (second === UNSURE || third === UNSURE) return sketchOf(normalise(text));
  }
  return mixSketch(first, second, third, last);
}

function sketchOf(normalised: string): number {
  const n = normalised.length;
  if (n === 0) return 0;
  return mixSketch(
    codeAt(normalised, 0),
    codeAt(normalised, 1),
    codeAt(normalised, 2),
    codeAt(normalised, n - 1),
  );
}

/** The char code at `i`, 0 past the end. */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

function mixSketch(a: number, b: number, c: number, d: number): number {
  return (Math.imul(Math.imul(Math.imul(a, 31) + b, 31) + c, 31) + d) & 0x3fffffff;
}

/**
 * A character as `normalise` leaves it: folded, lower case, \s as a space. UNSURE outside Latin-1
 * (case mappings there are not always one character to one) but for the folded dashes and quotes.
 */
function foldLower(c: number): number {
  if (c < 0x80) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c === 32 || (c >= 9 && c <= 13)) return 32;
    return c === 96 ? 39 : c;
  }
  if (c < 0x100) {
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
    if (c === 0xa0) return 32;
    if (c === 0xb4) return 39;
    // µ lower-cases to Greek mu.
    return c === 0xb5 ? UNSURE : c;
  }
  if (c >= 0x2010 && c <= 0x2015) return 45;
  return c === 0x2018 || c === 0x2019 ? 39 : UNSURE;
}
