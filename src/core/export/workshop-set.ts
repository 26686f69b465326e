/**
 * Workshop sets: a coach picks postings and hands out one file; a participant opens it and gets
 * the same postings (source, parse and the coach's corrections) to compare. Personal fields
 * (notes, status, tags, rating) never leave the coach's device this way.
 */
import type { PostingEdits } from '../model/edits';
import type { ParsedPosting, SourceFormat } from '../model/posting';
import { encodeBase64 } from './base64';
import { checkParsed, expectString, firstError, isObj, readSource } from './validate';

export const WORKSHOP_SET_FORMAT = 'job-compare-workshop-set';
export const WORKSHOP_SET_VERSION = 1;

/** One posting of a set; a PostingRecord fits (its personal fields are simply not read). */
export interface WorkshopPostingInput {
  source: { name: string; type: string; bytes: Uint8Array; index: number };
  parsed: {
    format: SourceFormat;
    text: string;
    posting: ParsedPosting;
    warnings: string[];
    parserVersion: number;
  };
  edits: PostingEdits;
}

export interface WorkshopSet {
  title: string;
  /** ISO date-time the coach created it. */
  createdAt: string;
  postings: WorkshopPostingInput[];
}

export type ParseWorkshopSetResult = { ok: true; set: WorkshopSet } | { ok: false; error: string };

/**
 * The set as JSON text, ready to save as a `.json` file.
 * @example createWorkshopSet({ title: 'Week 3: nursing offers', postings: chosenRecords })
 */
export function createWorkshopSet(input: {
  title: string;
  postings: readonly WorkshopPostingInput[];
  now?: Date;
}): string {
  return JSON.stringify({
    format: WORKSHOP_SET_FORMAT,
    version: WORKSHOP_SET_VERSION,
    title: input.title,
    createdAt: (input.now ?? new Date()).toISOString(),
    // Copied field by field: whatever else the caller's records carry is never written.
    postings: input.postings.map((p) => ({
      source: {
        name: p.source.name,
        type: p.source.type,
        index: p.source.index,
        bytes: encodeBase64(p.source.bytes),
      },
      parsed: {
        format: p.parsed.format,
        text: p.parsed.text,
        posting: p.parsed.posting,
        warnings: p.parsed.warnings,
        parserVersion: p.parsed.parserVersion,
      },
      edits: p.edits,
    })),
  });
}

/**
 * Reads and fully validates a workshop set file; the first problem comes back as a sentence
 * naming the posting ("Posting 3, source: "bytes" is not valid base64"). Parsed postings are
 * checked for shape here; the importer still passes each through the persistence restore step.
 * @example const r = parseWorkshopSet(await file.text()); if (!r.ok) toast(r.error);
 */
export function parseWorkshopSet(text: string): ParseWorkshopSetResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a workshop set: it is not valid JSON.' };
  }
  if (!isObj(raw) || raw.format !== WORKSHOP_SET_FORMAT) {
    return { ok: false, error: 'This file is not a Job Compare workshop set.' };
  }
  if (raw.version !== WORKSHOP_SET_VERSION) {
    const newer = typeof raw.version === 'number' && raw.version > WORKSHOP_SET_VERSION;
    return {
      ok: false,
      error: newer
        ? `This workshop set was made by a newer version of Job Compare (format version ${String(raw.version)}). Update the app to open it.`
        : `Unsupported workshop set version: ${JSON.stringify(raw.version)}.`,
    };
  }
  const headError = firstError(
    () => expectString(raw, 'title', 'Workshop set'),
    () => expectString(raw, 'createdAt', 'Workshop set'),
    () => (Array.isArray(raw.postings) ? null : 'Workshop set: "postings" must be a list'),
  );
  if (headError) return { ok: false, error: headError };
  const postings: WorkshopPostingInput[] = [];
  for (const [i, p] of (raw.postings as unknown[]).entries()) {
    const where = `Posting ${i + 1}`;
    if (!isObj(p)) return { ok: false, error: `${where} is not an object` };
    const source = readSource(p.source, where);
    if (!source.ok) return { ok: false, error: source.error };
    const parsedError = checkParsed(p.parsed, where);
    if (parsedError) return { ok: false, error: parsedError };
    if (!isObj(p.edits))
      return { ok: false, error: `${where}: "edits" is missing or not an object` };
    const parsed = p.parsed as WorkshopPostingInput['parsed'];
    postings.push({
      source: { name: source.name, type: source.type, index: source.index, bytes: source.bytes },
      parsed: {
        format: parsed.format,
        text: parsed.text,
        posting: parsed.posting,
        warnings: parsed.warnings,
        parserVersion: parsed.parserVersion,
      },
      edits: p.edits as PostingEdits,
    });
  }
  return {
    ok: true,
    set: { title: raw.title as string, createdAt: raw.createdAt as string, postings },
  };
}
