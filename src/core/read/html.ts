/**
 * HTML, above all a job page saved from a browser -> one SourceDocument. Structured data first
 * (schema.org JobPosting as JSON-LD, else microdata) into `structured`; the visible text into
 * `blocks`. The pipeline cross-checks the two: JSON-LD often lacks the salary the text states.
 */
import type { SourceDocument, StructuredHints, TextBlock } from '../model/document';
import { htmlToBlocks } from './html-blocks';
import type { HtmlNode } from './html-dom';
import { attr, findAll, findOne, parseHtml, rawText } from './html-dom';
import type { JsonObject } from './json-ld';
import { findJobPostings, jobPostingToHints, parseJsonLd } from './json-ld';
import { readMicrodataJobPosting } from './microdata';

// Below this much visible text a page is a shell (script-rendered) and its JSON-LD description
// is the better body.
const THIN_PAGE_CHARS = 400;

function findJsonLdPostings(roots: HtmlNode[], warnings: string[]): JsonObject[] {
  const scripts = findAll(
    (el) => el.name === 'script' && attr(el, 'type').includes('ld+json'),
    roots,
  );
  const postings: JsonObject[] = [];
  for (const script of scripts) {
    const value = parseJsonLd(rawText(script));
    if (value === undefined) {
      warnings.push('One block of structured data (JSON-LD) on the page could not be read.');
      continue;
    }
    postings.push(...findJobPostings(value));
  }
  return postings;
}

function readStructured(roots: HtmlNode[], warnings: string[]): StructuredHints | undefined {
  const postings = findJsonLdPostings(roots, warnings);
  if (postings.length > 1) {
    warnings.push(`The page data lists ${postings.length} postings; the first one was used.`);
  }
  const posting = postings[0] ?? readMicrodataJobPosting(roots);
  if (!posting) return undefined;
  const mapped = jobPostingToHints(posting);
  warnings.push(...mapped.warnings);
  return mapped.hints;
}

function descriptionBlocks(hints: StructuredHints): TextBlock[] {
  const blocks: TextBlock[] = [];
  if (hints.title) blocks.push({ kind: 'heading', level: 1, text: hints.title.value });
  for (const line of (hints.description ?? '').split('\n')) {
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim() });
  }
  return blocks;
}

// "HVAC Technician | Careers | Saguaro Air & Heating": the page title's parts.
const TITLE_SEPARATOR = /\s[|–—·]\s|\s-\s/;
const GENERIC_FIRST =
  /^(?:careers?|jobs?|job details|job description|job opening|job posting|current openings|openings|vacancies|vacancy|apply(?: now)?|home|join us|work with us|employment|\d.*|.*,\s?[A-Z]{2})$/i;
const SITE_SECTION =
  /^(?:careers?|jobs?|job (?:openings|opportunities|vacancies|board|postings?)|postings|(?:current )?(?:openings|vacancies|opportunities)|employment(?: opportunities)?|human resources|work with us|join (?:us|our team)|karriere|stellenangebote|stellen|jobbörse|emplois?|offres d['’]emploi|carrières|empleos?|vacantes|trabaja con nosotros|vacatures|werken bij|lavora con noi|home|(?:job|posting|position|vacancy) details|job description|view job|apply)$/i;

const CAREERS_AT =
  /^(?:werken bij|careers? (?:at|with)|jobs at|working at|work at|karriere bei|arbeiten bei|jobs bei|carrières chez|travailler chez|trabaja en|trabalhe na|lavora con|lavorare in)\s+(?=\S)/i;

/**
 * The site's own name, from og:site_name or the page title's last part (the one before a closing
 * careers section), and a two-part title's first part ("Lumenfold - Backend Engineer (Go)"); empty
 * when the page names no site.
 */
function readSiteName(roots: HtmlNode[]): { siteName?: string; siteNameFirst?: string } {
  const meta = findOne(
    (el) => el.name === 'meta' && attr(el, 'property') === 'og:site_name',
    roots,
  );
  // The name as written (attr() lower-cases), without a careers site's lead ("Werken bij
  // Maasdelta Logistics", "Careers at Acme").
  const site = meta ? (meta.attribs.content ?? '').trim().replace(CAREERS_AT, '') : '';
  if (site !== '') return { siteName: site };
  const title = findOne((el) => el.name === 'title', roots);
  const parts = title
    ? rawText(title)
        .split(TITLE_SEPARATOR)
        .map((p) => p.trim())
    : [];
  // "Chef de projet (H/F) – Lumière & Co. Cosmétiques – Carrières": the site's section last,
  // its name before it.
  const end = parts.length >= 3 && SITE_SECTION.test(parts[parts.length - 1] ?? '') ? 2 : 1;
  const last = parts[parts.length - end];
  if (parts.length < 2 || !last || SITE_SECTION.test(last) || last.length > 60) return {};
  // Not a section or a page's label: "Careers - Registered Nurse", "Job Details - …".
  // "Cedar Valley ISD - Job Postings - High School Mathematics Teacher": the site first, its
  // section, then the job.
  const siteFirst = parts.length === 2 || (parts.length >= 3 && SITE_SECTION.test(parts[1] ?? ''));
  const first = siteFirst && !GENERIC_FIRST.test(parts[0] ?? '') ? parts[0] : undefined;
  return first && first.length <= 60
    ? { siteName: last, siteNameFirst: first }
    : { siteName: last };
}

/**
 * Reads decoded HTML. Example: a saved page with nav, cookie banner, "Similar jobs" and
 * JSON-LD in @graph -> blocks of the posting's own text + structured title/company/salary.
 */
export function readHtml(html: string): SourceDocument {
  const warnings: string[] = [];
  const doc = parseHtml(html);
  const structured = readStructured(doc.children, warnings);
  let blocks = htmlToBlocks(doc.children);
  const visibleChars = blocks.reduce((n, b) => n + b.text.length, 0);
  const description = structured?.description ?? '';
  if (structured && visibleChars < THIN_PAGE_CHARS && description.length > visibleChars) {
    blocks = descriptionBlocks(structured);
    warnings.push('The page had little visible text; its structured description was read instead.');
  }
  const site = readSiteName(doc.children);
  const hints = site.siteName ? { ...structured, ...site } : structured;
  return hints
    ? { format: 'html', blocks, structured: hints, warnings }
    : { format: 'html', blocks, warnings };
}
