/**
 * Title helpers for scraped headers: the first line that is not site chrome (boards print
 * their brand above the title: "karriere.at", "OCC Mundial", "APEC"), and title lines that
 * carry a pay figure after the title ("Travel Nurse RN - Telemetry - $2,310 per week").
 */
import type { Line } from '../clean/lines';
import { isHeaderChrome } from './header-chrome';

/** The first of the top lines that is not a job board's brand, menu or meta value. */
export function firstContentLine(header: Line[]): Line | undefined {
  for (let i = 0; i < Math.min(header.length, 4); i++) {
    const line = header[i];
    if (line && !isHeaderChrome(line.text)) return line;
  }
  return undefined;
}

// "<title> - <pay>": the title part before a separator, the figure after it.
const TITLE_THEN_PAY = /^([^$€£]{3,80}?)\s[-–—|]\s[^$€£]{0,40}[$€£]\s?\d/;

/** Whether a line with a pay figure still reads as a title: a title word before the pay. */
export function isTitleWithPay(text: string, titleWord: RegExp): boolean {
  const m = TITLE_THEN_PAY.exec(text);
  return m?.[1] !== undefined && titleWord.test(m[1]);
}

// Field labels that name a person's role: "Hiring Manager: Jane Doe" is a contact, not a title.
const PERSON_LABEL =
  /^(?:hiring (?:manager|lead|contact|team)|(?:line|direct|reporting|site|store|branch) manager|manager|recruiter|recruiting (?:contact|partner|lead|coordinator)|talent (?:partner|acquisition(?: partner)?)|hr (?:contact|manager|partner)|contact(?: person)?|point of contact|reports? to|reporting (?:to|line)|supervisor|team lead(?:er)?|posted by|ansprechpartner\w*|kontakt\w*|interlocut\w+|responsable (?:rh|du recrutement|recrutement)|reclutador\w*|contacto)$/i;

/**
 * Whether a "<title>: <qualifier>" line is a title rather than a field: "Sales Representative:
 * Industrial Packaging". The part before the colon must hold a title word and not be a label
 * that names a contact's role.
 */
export function isTitleWithColon(text: string, titleWord: RegExp): boolean {
  const at = text.indexOf(': ');
  if (at < 3) return false;
  const before = text.slice(0, at).trim();
  const after = text.slice(at + 2).trim();
  return (
    after.length >= 3 &&
    !after.includes(': ') &&
    !/[@\d]/.test(after) &&
    titleWord.test(before) &&
    !PERSON_LABEL.test(before)
  );
}

// A recruiter email's subject line: "Subject: Locum Pharmacist - Leeds - £280 per day".
const SUBJECT_TITLE =
  /^(?:subject|betreff|objet|asunto|assunto|oggetto)\s*[:：]\s*(?:(?:re|fwd?|aw|tr|wg)\s*:\s*)*(\S.{2,79}?)\s[-–—|]\s(.+)$/i;
// "Audit Senior role", "Data Analyst opportunity": the word after the title is not part of it.
const ROLE_NOUN = /\s+(?:role|position|opportunity|vacancy|job|opening)$/i;

/**
 * The title before the first dash of an email subject, when the subject is a title followed by
 * details (a title word in it, or a known place or a pay figure after it), or null.
 */
export function titleFromSubject(
  header: Line[],
  titleWord: RegExp,
  isPlace: (text: string) => boolean,
): { value: string; start: number } | null {
  for (const line of header.slice(0, 8)) {
    // The labels start with s, b, o or a: most lines fail this before the regex runs.
    const first = line.text.charCodeAt(0) | 32;
    const label = first === 115 || first === 98 || first === 111 || first === 97;
    const m = !label || line.text.length > 200 ? null : SUBJECT_TITLE.exec(line.text);
    if (!m?.[1] || !m[2]) continue;
    const value = m[1].trim().replace(ROLE_NOUN, '');
    const details = m[2].split(/\s[-–—|]\s/);
    const stated =
      titleWord.test(value) || details.some((d) => /[$€£¥₹]\s?\d/.test(d) || isPlace(d.trim()));
    if (value.length < 3 || !stated) continue;
    return { value, start: line.start + line.text.indexOf(m[1]) };
  }
  return null;
}
