/**
 * Import: files and pasted text go through the parse worker one at a time, with progress and
 * cancel. A bad file gets an issue naming it and saying what is wrong; the others still import.
 */
import type { StateCreator } from 'zustand';
import type { ParseResult } from '../core/model/posting';
import { PARSER_VERSION } from '../core/version';
import type { PostingRecord } from '../persistence/posting-record';
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
  added: PostingRecord[];
  issues: ImportIssue[];
  cancelled: boolean;
}

export interface ImportSlice {
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
let issueIds = 1;

function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
    parsed: {
      format: result.format,
      text: result.text,
      posting: result.posting,
      warnings: result.warnings,
      parserVersion: result.parserVersion,
    },
    edits: {},
    status: 'saved',
    tags: [],
    notes: '',
    rating: null,
    ...(sample ? { sample: true } : {}),
  };
}

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => ({
  importProgress: null,
  importIssues: [],

  importFiles: (files) =>
    get().importInputs(
      files.map((file) => async () => ({
        name: file.name,
        type: file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
      { names: files.map((f) => f.name) },
    ),

  importInputs: async (inputs, options = {}) => {
    controller?.abort();
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

    set({ importIssues: [] });
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
    set({ importProgress: null, importIssues: issues });
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
        parsed: {
          format: result.format,
          text: result.text,
          posting: result.posting,
          warnings: result.warnings,
          parserVersion: result.parserVersion,
        },
        contentHash: `${response.hash}:${record.source.index}`,
      });
      updated++;
    }
    return updated;
  },
});
