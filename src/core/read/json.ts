/**
 * JSON files: a schema.org JobPosting, a list of them, or an @graph holding them; else what an
 * applicant-tracking system's API exports (json-ats.ts), else any job-like object (json-generic.ts).
 * Each posting becomes one SourceDocument: title / company / location lines, then the
 * description's text. An export of messages with no job fields is read as its text (json-text.ts).
 */
import type { SourceDocument, TextBlock } from '../model/document';
import { findJobPostings, isObject, jobPostingToHints, parseJsonLd } from './json-ld';
import type { JsonObject } from './json-ld';
import { atsPostings } from './json-ats';
import { genericPosting } from './json-generic';
import { jsonMessageTexts } from './json-text';
import { normaliseText } from './normalise-text';
import { readText } from './text';

export type JsonReadResult =
  { ok: true; documents: SourceDocument[] } | { ok: false; error: string };

// Scraper exports often drop "@type": accept an object that has both a title and a description.
function findUntypedPostings(value: unknown): JsonObject[] {
  const candidates = Array.isArray(value) ? value : [value];
  return candidates.filter(
    (v): v is JsonObject =>
      isObject(v) &&
      v['@type'] === undefined &&
      typeof v['title'] === 'string' &&
      typeof v['description'] === 'string',
  );
}

const SCHEMA_KEYS = [
  'hiringOrganization',
  'jobLocation',
  'baseSalary',
  'employmentType',
  'datePosted',
];

// "employmentType" and "datePosted" are also plain camelCase ATS keys: an export that says where
// the job is in its own "location" object ({"city", "state", "remote": true}) and names no
// jobLocation is the ATS reader's, which reads that object.
function isSchemaShaped(p: JsonObject): boolean {
  if (p['jobLocation'] === undefined && isObject(p['location']) && !p['baseSalary']) {
    return false;
  }
  return SCHEMA_KEYS.some((key) => p[key] !== undefined);
}

function postingToDocument(posting: JsonObject): SourceDocument {
  const { hints, warnings } = jobPostingToHints(posting);
  const blocks: TextBlock[] = [];
  if (hints.title) blocks.push({ kind: 'heading', level: 1, text: hints.title.value });
  if (hints.company) blocks.push({ kind: 'line', text: hints.company.value });
  if (hints.locations?.length) {
    blocks.push({ kind: 'line', text: hints.locations.map((l) => l.value).join('; ') });
  }
  for (const line of (hints.description ?? '').split('\n')) {
    const text = line.trim();
    if (text !== '') blocks.push({ kind: 'paragraph', text });
  }
  return { format: 'json', blocks, structured: hints, warnings };
}

/** Reads decoded JSON text. Not-a-posting JSON and syntax errors come back as errors. */
export function readJson(text: string): JsonReadResult {
  const value = parseJsonLd(normaliseText(text));
  if (value === undefined) {
    return { ok: false, error: 'This JSON file could not be read: it is not valid JSON.' };
  }
  let postings = findJobPostings(value);
  if (postings.length === 0) {
    // An untyped object keyed the schema.org way maps as JSON-LD does; one keyed as an ATS exports
    // ("employment_type", "location": {"city"}) is read by the ATS reader, which keeps those.
    const untyped = findUntypedPostings(value);
    const schemaShaped = untyped.filter(isSchemaShaped);
    postings = schemaShaped.length > 0 ? schemaShaped : atsPostings(value);
    if (postings.length === 0) postings = untyped;
  }
  if (postings.length === 0) {
    const generic = genericPosting(value);
    if (generic) postings = [generic];
  }
  if (postings.length === 0) {
    // A chat's or a mail client's export: its messages' text, read as a pasted conversation.
    const messages = jsonMessageTexts(value);
    if (messages.length > 0) {
      const warning = 'This JSON holds no job posting fields: the text of its messages was read.';
      return {
        ok: true,
        documents: messages.map((text) => ({
          ...readText(text),
          format: 'json',
          warnings: [warning],
        })),
      };
    }
    return {
      ok: false,
      error:
        'This JSON is not a job posting: no schema.org "JobPosting", and no object with a title and a description, was found.',
    };
  }
  return { ok: true, documents: postings.map(postingToDocument) };
}
