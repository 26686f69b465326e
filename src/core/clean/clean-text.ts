/**
 * Step 2 of the pipeline: reader blocks -> readable cleaned text without the noise that scrapers
 * and job boards add around a posting. Works line by line; never rewrites words inside a line
 * except to cut a glued-on foreign ad or a "$0.00" placeholder, so the text stays readable.
 */
import type { SourceDocument } from '../model/document';
import { NEEDS_FOLD_OR_SPACES, foldPunctuation, joinLines, type Line } from './lines';

export interface CleanResult {
  text: string;
  lines: Line[];
  warnings: string[];
}

type LineRecord = Omit<Line, 'start'>;

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
    'back to (?:search|jobs|results)',
    'similar jobs',
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
  // 1. Blocks -> line records (a block may hold several lines).
  let records = toRecords(doc);
  // 2. Drop job-board chrome lines.
  records = records.filter((r) => !isChrome(r.text));
  // 3. Cut ads appended by scrapers.
  const ads = cutAppendedAds(records);
  records = ads.records;
  if (ads.removed > 0) warnings.push(`${ads.removed} snippet(s) of other ads removed`);
  // 4. Drop a header block repeated at the end, then a truncated last fragment.
  const beforeTail = records.length;
  records = dropRepeatedHeader(records);
  if (records.length < beforeTail) warnings.push('repeated header block at the end removed');
  const last = records[records.length - 1];
  if (last && records.length > 3 && TRUNCATED_TAIL.test(last.text)) records.pop();
  // 5. Remove "$0.00" placeholders, keeping the word glued after them.
  records = records
    .map((r) =>
      HAS_ZERO_PAY.test(r.text) ? { ...r, text: r.text.replace(ZERO_PAY, '').trim() } : r,
    )
    .filter((r) => r.text !== '' && r.text !== '-');
  const joined = joinLines(records);
  return { text: joined.text, lines: joined.lines, warnings };
}

const SPECIAL_SPACE = /[\u00a0\u202f\t]/;
const SPECIAL_SPACE_ALL = /[\u00a0\u202f\t]+/g;
const LINE_BREAK = /\r\n?|\n/;
// Chrome lines start with one of these words (cheap gate before the full phrase list).
const CHROME_START =
  /^(?:\+|show|easy|apply|save|share|copy|get|create|set|be |view|report|sign|log|back|similar|promoted|actively|just|over|\d|posted|reposted|vor |il y|hace)/i;

function toRecords(doc: SourceDocument): LineRecord[] {
  const out: LineRecord[] = [];
  for (const block of doc.blocks) {
    const spaced = SPECIAL_SPACE.test(block.text)
      ? block.text.replace(SPECIAL_SPACE_ALL, ' ')
      : block.text;
    const rows =
      spaced.includes('\n') || spaced.includes('\r') ? spaced.split(LINE_BREAK) : [spaced];
    for (const raw of rows) {
      const text = raw.trim();
      if (text === '') continue;
      if (block.kind === 'list-item') out.push({ kind: 'list-item', text: `- ${text}` });
      else if (block.level !== undefined) out.push({ kind: block.kind, text, level: block.level });
      else out.push({ kind: block.kind, text });
    }
  }
  return out;
}

function isChrome(text: string): boolean {
  if (text.length > 160) return false;
  if (text.endsWith('logo') || text.endsWith('Logo')) return LOGO_LINE.test(text);
  if (!CHROME_START.test(text)) return false;
  const rest = text.replace(CHROME_PHRASE, '');
  return rest.length < text.length && !/[a-zA-Z\u00C0-\u024F\d]/.test(rest);
}

function cutAppendedAds(records: LineRecord[]): { records: LineRecord[]; removed: number } {
  const out: LineRecord[] = [];
  let removed = 0;
  for (const record of records) {
    const body = record.kind === 'list-item' ? record.text.slice(2) : record.text;
    if (!record.text.includes('..') && !record.text.includes('…')) {
      out.push(record);
      continue;
    }
    if (AD_LINE.test(body) && out.length > 0) {
      removed++;
      continue;
    }
    const glued = GLUED_AD.exec(record.text);
    if (glued && glued.index > 20) {
      removed++;
      const kept = record.text.slice(0, glued.index).trimEnd();
      out.push({ ...record, text: /[.!?]$/.test(kept) ? kept : `${kept}.` });
      continue;
    }
    out.push(record);
  }
  return { records: out, removed };
}

function normalise(text: string): string {
  if (!NEEDS_FOLD_OR_SPACES.test(text)) return text.toLowerCase().trim();
  return foldPunctuation(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

// Some boards print the header (title, location, pay, company) again after the description.
function dropRepeatedHeader(records: LineRecord[]): LineRecord[] {
  if (records.length < HEADER_WINDOW + 3) return records;
  const opening = new Set(records.slice(0, HEADER_WINDOW).map((r) => normalise(r.text)));
  const from = Math.max(HEADER_WINDOW, records.length - TAIL_WINDOW);
  let cut = -1;
  let matches = 0;
  for (let i = records.length - 1; i >= from; i--) {
    const record = records[i];
    if (!record) continue;
    if (opening.has(normalise(record.text))) {
      matches++;
      const size = records.length - i;
      if (matches >= 3 && matches * 2 >= size) cut = i;
    }
  }
  return cut > 0 ? records.slice(0, cut) : records;
}
