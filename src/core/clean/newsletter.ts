/**
 * A newsletter that features one job: the issue's masthead, contents and news come first, then a
 * marker ("## ⭐ Job of the Week", "💼 JOB OF THE WEEK", "4. ★ JOB OF THE WEEK ★", "Empleo de la
 * semana") over the job's own header (its title, employer and place). `featuredJobStart` finds
 * the line where that header starts. Only the line is located; no text is dropped.
 */
import type { Line } from './lines';

// The issue's own words near the top: "— the climate tech newsletter", "Issue #147", "Edición
// #64", "View in browser", "Unsubscribe" (not "weekly": "Weekly pay"). A board's "Featured job"
// badge has none of them.
const NEWSLETTER =
  /\b(?:newsletter\b|digest\b|(?:issue|edici[oó]n|ausgabe|num[ée]ro|n°|bulletin)\s?#?\d|bolet[íi]n\b|(?:monthly|weekly|member|members['’]?|community) bulletin\b|bulletin (?:de|d['’])|in this issue\b|unsubscribe\b|(?:view|read|open) (?:it |this (?:email|e-?mail|message|newsletter|issue) )?(?:online|in (?:your |the |a )?(?:web )?browser)\b|ver en el navegador\b|voir (?:en|dans le) navigateur\b|im browser (?:ansehen|öffnen)\b)/i;
// A newsletter's or board's lead ad, shared with the title and header readers: "Job of the
// Week", "Vacancy of the Fortnight".
export const JOB_OF_THE_PERIOD = String.raw`(?:job|role|vacancy|pick) of the (?:week|fortnight|month)`;
// The marker, alone on its line (with its number, stars and pictograms) or leading the title
// ("Job of the Week: Staff Software Engineer @ Voltarc").
const MARKER = new RegExp(
  String.raw`^(?:\d{1,2}\.\s*)?[^\p{L}\d]{0,8}(?:[\p{L}'’-]+\s){0,2}(?:(?:featured|spotlight) (?:job|role|vacancy|opening|position|opportunity)|${JOB_OF_THE_PERIOD}|(?:empleo|oferta|trabajo|vacante) de la semana|(?:offre|emploi|job) de la semaine|(?:stelle|job) der woche)(?:[^\p{L}\d]{0,8}$|\s?:\s?(\S))`,
  'iu',
);

// How far down the masthead's words and the marker are looked for.
const MASTHEAD_LINES = 12;
const MARKER_LINES = 100;

/**
 * The index of the first line of the featured job's header, from line `from` on: the line under
 * the issue's last marker (a contents list names the marker first), or the marker's own line when
 * the title follows it; `from` for a text that is no newsletter or has no marker.
 */
export function featuredJobStart(lines: Line[], from = 0): number {
  // The masthead is at the top of the text, or of the message that holds the issue.
  let newsletter = false;
  for (let i = 0; i < from + MASTHEAD_LINES && i < lines.length && !newsletter; i++) {
    if (i === MASTHEAD_LINES && from > i) i = from;
    newsletter = NEWSLETTER.test(lines[i]?.text ?? '');
  }
  if (!newsletter) return from;
  let start = from;
  for (let i = from + 1; i < from + MARKER_LINES && i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text.length > 120) continue;
    const m = MARKER.exec(text);
    if (m) start = m[1] === undefined ? i + 1 : i;
  }
  return start < lines.length ? start : from;
}
