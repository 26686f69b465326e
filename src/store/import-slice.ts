/**
 * Import: files and pasted text go through the parse worker one at a time, with progress and
 * cancel. A bad file gets an issue naming it and saying what is wrong; the others still import.
 */
import type { StateCreator } from 'zustand';
import type { ParseResult } from '../core/model/posting';
import { PARSER_VERSION } from '../core/version';
import type { ParsedSnapshot, PostingRecord } from '../persistence/posting-record';
import { findNearDuplicates } from '../core/dedupe';
import { parseWorkshopSet } from '../core/export';
import { restorePosting } from '../persistence/restore';
import { hashBytes } from '../worker/hash';
import { ParseCancelled, ParseClient } from '../worker/parse-client';
import type { AppState } from './index';

export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface ImportInput {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface ImportIssue {
  id: number;
  file: string;
  message: string;
  kind: 'error' | 'skipped';
}

export interface ImportProgress {
  total: number;
  done: number;
  current: string;
}

export interface ImportSummary {
  /** Set when a workshop set file was opened: the UI shows its postings. */
  workshop?: WorkshopImport;
  added: PostingRecord[];
  issues: ImportIssue[];
  cancelled: boolean;
}

export interface WorkshopImport {
  title: string;
  /** Every posting of the set in this library (new or already there), in the set's order. */
  ids: string[];
  added: number;
}

/** A just-imported posting that looks like one already stored: offered for merging. */
export interface DuplicateOffer {
  newId: string;
  existingId: string;
  similarity: number;
}

export interface ImportSlice {
  duplicateOffers: DuplicateOffer[];
  dismissDuplicateOffer: (newId: string) => void;
  /** Opens a coach's workshop set: its postings join the library, tagged with the set's title. */
  importWorkshopSet: (text: string, fileName: string) => Promise<WorkshopImport | null>;
  importProgress: ImportProgress | null;
  importIssues: ImportIssue[];
  importFiles: (files: File[]) => Promise<ImportSummary>;
  importInputs: (
    inputs: (ImportInput | (() => Promise<ImportInput>))[],
    options?: { sample?: boolean; names?: string[] },
  ) => Promise<ImportSummary>;
  cancelImport: () => void;
  dismissImportIssue: (id: number) => void;
  clearImportIssues: () => void;
  /** Re-parses postings stored by an older parser from their kept source; edits stay. */
  reparseStale: () => Promise<number>;
}

let client: ParseClient | null = null;
const getClient = () => (client ??= new ParseClient());
let controller: AbortController | null = null;
let importQueue: Promise<unknown> = Promise.resolve();
let queuedImports = 0;
let issueIds = 1;

const dedupeDoc = (r: PostingRecord) => ({
  id: r.id,
  title: r.edits.title ?? r.parsed.posting.title?.value ?? '',
  company: r.edits.company ?? r.parsed.posting.company?.value ?? '',
  text: r.parsed.text,
});

/** Each new posting that mostly repeats one stored before it (same title, company, text). */
function findDuplicateOffers(added: PostingRecord[], all: PostingRecord[]): DuplicateOffer[] {
  if (added.length === 0) return [];
  const fresh = new Set(added.map((r) => r.id));
  const older = all.filter((r) => !fresh.has(r.id)).map(dedupeDoc);
  const offers: DuplicateOffer[] = [];
  for (const record of added) {
    const [best] = findNearDuplicates(dedupeDoc(record), older);
    if (best) offers.push({ newId: record.id, existingId: best.id, similarity: best.similarity });
    older.push(dedupeDoc(record));
  }
  return offers;
}

/** Recognises the JSON files this app writes, from their first bytes. */
async function sniffAppFile(file: File): Promise<'workshop-set' | 'backup' | null> {
  if (!/\.json$/i.test(file.name) && !file.type.includes('json')) return null;
  try {
    const head = await file.slice(0, 400).text();
    if (head.includes('"job-compare-workshop-set"')) return 'workshop-set';
    if (head.includes('"job-compare-backup"')) return 'backup';
  } catch {
    // Unreadable here: the normal import reports it with the file's name.
  }
  return null;
}

function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What a record stores of a parse (the result minus its `ok` flag). */
function snapshotOf(result: Extract<ParseResult, { ok: true }>): ParsedSnapshot {
  return {
    format: result.format,
    text: result.text,
    posting: result.posting,
    warnings: result.warnings,
    parserVersion: result.parserVersion,
  };
}

function newRecord(
  input: ImportInput,
  result: Extract<ParseResult, { ok: true }>,
  index: number,
  hash: string,
  sample: boolean,
  now: number,
): PostingRecord {
  return {
    id: crypto.randomUUID(),
    // Later files sort below earlier ones within one import, like the order the user chose.
    createdAt: now,
    updatedAt: now,
    contentHash: `${hash}:${index}`,
    source: { name: input.name, type: input.type, bytes: input.bytes, index },
    parsed: snapshotOf(result),
    edits: {},
    status: 'saved',
    tags: [],
    notes: '',
    rating: null,
    ...(sample ? { sample: true } : {}),
  };
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => {
  const runImport: ImportSlice['importInputs'] = async (inputs, options = {}) => {
    const abort = new AbortController();
    controller = abort;
    const issues: ImportIssue[] = [];
    const added: PostingRecord[] = [];
    const issue = (file: string, message: string, kind: ImportIssue['kind'] = 'error') =>
      issues.push({ id: issueIds++, file, message, kind });
    const known = new Map(get().records.map((r) => [r.contentHash, r]));
    let cancelled = false;
    // Newest first in the list, but one import keeps the user's order: count down.
    let clock = Date.now() + inputs.length * 10;

    for (let i = 0; i < inputs.length; i++) {
      const pending = inputs[i]!;
      const fallbackName = options.names?.[i] ?? `Item ${i + 1}`;
      set({ importProgress: { total: inputs.length, done: i, current: fallbackName } });
      let input: ImportInput;
      try {
        input = typeof pending === 'function' ? await pending() : pending;
      } catch (err) {
        issue(fallbackName, `could not be read (${err instanceof Error ? err.message : err}).`);
        continue;
      }
      if (input.bytes.byteLength === 0) {
        issue(input.name, 'is empty.');
        continue;
      }
      if (input.bytes.byteLength > MAX_FILE_BYTES) {
        issue(
          input.name,
          `is ${describeSize(input.bytes.byteLength)}; the limit is ${describeSize(MAX_FILE_BYTES)}.`,
        );
        continue;
      }
      let response;
      try {
        response = await getClient().parse(input, { signal: abort.signal });
      } catch (err) {
        if (err instanceof ParseCancelled) {
          cancelled = true;
          break;
        }
        throw err;
      }
      if (response.type === 'failed') {
        issue(input.name, `could not be read: ${response.error}`);
        continue;
      }
      const fresh: PostingRecord[] = [];
      response.results.forEach((result, index) => {
        const label =
          response.results.length > 1 ? `${input.name} (posting ${index + 1})` : input.name;
        if (!result.ok) {
          issue(label, result.error);
          return;
        }
        const hash = `${response.hash}:${index}`;
        const existing = known.get(hash);
        if (existing) {
          const title = existing.parsed.posting.title?.value ?? existing.source.name;
          issue(label, `is already in your library as “${title}”, so it was skipped.`, 'skipped');
          return;
        }
        const record = newRecord(input, result, index, response.hash, !!options.sample, clock--);
        known.set(hash, record);
        fresh.push(record);
      });
      if (fresh.length > 0) {
        // Saved file by file: a failure later in the batch never loses what was imported.
        const ok = await get().addRecords(fresh);
        if (!ok) break;
        added.push(...fresh);
      }
    }
    if (controller === abort) controller = null;
    set((s) => ({ importProgress: null, importIssues: [...s.importIssues, ...issues] }));
    const offers = findDuplicateOffers(added, get().records);
    if (offers.length > 0) set((s) => ({ duplicateOffers: [...s.duplicateOffers, ...offers] }));
    if (cancelled) {
      get().pushToast({
        message: `Import cancelled. ${added.length} posting(s) were added before you stopped it.`,
        timeoutMs: 6000,
      });
    } else if (added.length > 0) {
      const n = added.length;
      get().pushToast({
        message: `Added ${n} posting${n === 1 ? '' : 's'}.`,
        timeoutMs: 4000,
      });
    }
    return { added, issues, cancelled };
  };

  return {
    importProgress: null,
    importIssues: [],
    duplicateOffers: [],
    dismissDuplicateOffer: (newId) =>
      set((s) => ({ duplicateOffers: s.duplicateOffers.filter((o) => o.newId !== newId) })),

    importFiles: async (files) => {
      // Files this app wrote itself (workshop sets, backups) are recognised before parsing.
      const postings: File[] = [];
      const issues: ImportIssue[] = [];
      const workshopFiles: File[] = [];
      let workshop: WorkshopImport | null = null;
      for (const file of files) {
        const kind = await sniffAppFile(file);
        if (kind === 'workshop-set') {
          workshopFiles.push(file);
        } else if (kind === 'backup') {
          issues.push({
            id: issueIds++,
            file: file.name,
            kind: 'error',
            message:
              'is a Job Compare backup. To restore it, open “Your data” and choose “Import backup”.',
          });
        } else {
          postings.push(file);
        }
      }
      const summary = await get().importInputs(
        postings.map((file) => async () => ({
          name: file.name,
          type: file.type,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
        { names: postings.map((f) => f.name) },
      );
      // After the postings' import, so its start does not clear these messages.
      for (const file of workshopFiles) {
        workshop = (await get().importWorkshopSet(await file.text(), file.name)) ?? workshop;
      }
      if (issues.length > 0) set((s) => ({ importIssues: [...issues, ...s.importIssues] }));
      return {
        ...summary,
        issues: [...issues, ...summary.issues],
        ...(workshop ? { workshop } : {}),
      };
    },

    importWorkshopSet: async (text, fileName) => {
      const parsed = parseWorkshopSet(text);
      if (!parsed.ok) {
        set((s) => ({
          importIssues: [
            ...s.importIssues,
            {
              id: issueIds++,
              file: fileName,
              kind: 'error',
              message: `is not a usable workshop set: ${parsed.error}`,
            },
          ],
        }));
        return null;
      }
      const { set: workshopSet } = parsed;
      const known = new Map(get().records.map((r) => [r.contentHash, r.id]));
      const ids: string[] = [];
      const fresh: PostingRecord[] = [];
      let clock = Date.now() + workshopSet.postings.length;
      for (const p of workshopSet.postings) {
        const contentHash = `${await hashBytes(p.source.bytes)}:${p.source.index}`;
        const existing = known.get(contentHash);
        if (existing) {
          ids.push(existing);
          continue;
        }
        const now = clock--;
        const restored = restorePosting({
          id: crypto.randomUUID(),
          createdAt: now,
          updatedAt: now,
          contentHash,
          source: p.source,
          parsed: p.parsed,
          edits: p.edits,
          status: 'saved',
          tags: workshopSet.title ? [workshopSet.title] : [],
          notes: '',
          rating: null,
        });
        if (!restored.ok) continue;
        known.set(contentHash, restored.record.id);
        fresh.push(restored.record);
        ids.push(restored.record.id);
      }
      if (!(await get().addRecords(fresh))) return null;
      get().pushToast({
        message: `Opened workshop set “${workshopSet.title}”: ${ids.length} postings (${fresh.length} new).`,
        timeoutMs: 6000,
      });
      // Postings from an older parser are brought up to date from their source.
      void get().reparseStale();
      return { title: workshopSet.title, ids, added: fresh.length };
    },

    importInputs: (inputs, options) => {
      // One import at a time: a second drop waits for the first instead of cancelling it. The
      // messages of imports queued together stay together; a new, separate import starts clean.
      if (queuedImports === 0) set({ importIssues: [] });
      queuedImports++;
      const run = importQueue
        .then(() => runImport(inputs, options))
        .finally(() => {
          queuedImports--;
        });
      importQueue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },

    cancelImport: () => controller?.abort(),
    dismissImportIssue: (id) =>
      set((s) => ({ importIssues: s.importIssues.filter((i) => i.id !== id) })),
    clearImportIssues: () => set({ importIssues: [] }),

    reparseStale: async () => {
      const stale = get().records.filter((r) => r.parsed.parserVersion < PARSER_VERSION);
      let updated = 0;
      for (const record of stale) {
        const response = await getClient().parse({
          name: record.source.name,
          type: record.source.type,
          bytes: record.source.bytes,
        });
        if (response.type !== 'parsed') continue;
        const result = response.results[record.source.index];
        if (!result?.ok) continue;
        // Through the same guarded write as a user's change; the user's edits are kept apart
        // and win over the new parse.
        await get().updateRecord(record.id, {
          parsed: snapshotOf(result),
          contentHash: `${response.hash}:${record.source.index}`,
        });
        updated++;
      }
      return updated;
    },
  };
};
