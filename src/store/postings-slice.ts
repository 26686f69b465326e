import type { StateCreator } from 'zustand';
import type { PostingRecord } from '../persistence/posting-record';
import {
  deletePostings,
  getPostings,
  loadAllPostings,
  putPostingIfUnchanged,
  putPostings,
} from '../persistence/postings-repo';
import { announceChange, type PostingsChange } from '../persistence/sync-channel';
import type { AppState } from './index';
import { mergeConcurrent, type RecordPatch } from './merge-concurrent';

export type { RecordPatch } from './merge-concurrent';
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** How long deleted postings can be brought back. */
export const UNDO_MS = 10_000;

export interface PostingsSlice {
  records: PostingRecord[];
  loadState: LoadState;
  load: () => Promise<void>;
  /** Saves new records (newest first in the list). */
  addRecords: (records: PostingRecord[]) => Promise<boolean>;
  /** Saves a change; safe against another tab changing the same posting meanwhile. */
  updateRecord: (id: string, patch: RecordPatch) => Promise<void>;
  /** Deletes, and offers "Undo" for UNDO_MS. */
  deleteRecords: (ids: string[]) => Promise<void>;
  restoreRecords: (records: PostingRecord[]) => Promise<void>;
  /** Another tab changed these postings: take their stored versions. */
  applyRemoteChange: (change: PostingsChange) => Promise<void>;
}

const byNewest = (a: PostingRecord, b: PostingRecord) => b.createdAt - a.createdAt;

export const createPostingsSlice: StateCreator<AppState, [], [], PostingsSlice> = (set, get) => {
  // The version of each posting known to be stored, and the changes not yet stored. Writes to
  // one posting run one after another, each checked against the stored version.
  const saved = new Map<string, PostingRecord>();
  const pending = new Map<string, RecordPatch[]>();
  const queues = new Map<string, Promise<void>>();

  const withPending = (record: PostingRecord): PostingRecord =>
    (pending.get(record.id) ?? []).reduce<PostingRecord>((r, p) => ({ ...r, ...p }), record);

  const showRecord = (record: PostingRecord | null, id: string) =>
    set((s) => ({
      records: record
        ? s.records.map((r) => (r.id === id ? withPending(record) : r))
        : s.records.filter((r) => r.id !== id),
    }));

  /** Runs a storage call; a failure is shown to the user, never swallowed. */
  async function persist(run: () => Promise<void>): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (err) {
      get().setStorageError(err instanceof Error ? err.message : String(err));
      return false;
    }
  }

  async function writePatch(id: string, patch: RecordPatch): Promise<void> {
    const base = saved.get(id);
    const done = () =>
      pending.set(
        id,
        (pending.get(id) ?? []).filter((p) => p !== patch),
      );
    if (!base) {
      done();
      return;
    }
    try {
      let result = await putPostingIfUnchanged({ ...base, ...patch }, base.updatedAt);
      let clashes: string[] = [];
      if (!result.ok && result.current) {
        // Another tab saved this posting since: keep both changes, field by field.
        const merged = mergeConcurrent(base, result.current, patch);
        clashes = merged.clashes;
        result = await putPostingIfUnchanged(merged.record, result.current.updatedAt);
        if (result.ok) {
          get().pushToast({
            message:
              clashes.length > 0
                ? `Another tab changed ${clashes.join(' and ')} of this posting at the same time; your change replaced it.`
                : 'Another tab changed this posting too; both changes were kept.',
            timeoutMs: 8000,
          });
        }
      }
      done();
      if (!result.ok) {
        const current = result.current;
        if (current) saved.set(id, current);
        else saved.delete(id);
        showRecord(current, id);
        get().pushToast({
          message: current
            ? 'This posting kept changing in another tab, so your last change was not saved. Please try again.'
            : 'This posting was deleted in another tab, so your change was not saved.',
          timeoutMs: 10000,
        });
        return;
      }
      saved.set(id, result.record);
      showRecord(result.record, id);
      announceChange({ ids: [id] });
    } catch (err) {
      done();
      showRecord(saved.get(id) ?? null, id);
      get().setStorageError(err instanceof Error ? err.message : String(err));
    }
  }

  return {
    records: [],
    loadState: 'idle',

    load: async () => {
      set({ loadState: 'loading' });
      try {
        const { records, rejected } = await loadAllPostings();
        saved.clear();
        for (const r of records) saved.set(r.id, r);
        set({ records, loadState: 'ready' });
        if (rejected.length > 0) {
          get().setStorageError(
            `${rejected.length} stored posting(s) could not be read and were left untouched in storage.`,
          );
        }
      } catch (err) {
        set({ loadState: 'error' });
        get().setStorageError(err instanceof Error ? err.message : String(err));
      }
    },

    addRecords: async (records) => {
      if (records.length === 0) return true;
      const ok = await persist(() => putPostings(records));
      if (!ok) return false;
      for (const r of records) saved.set(r.id, r);
      set((s) => ({ records: [...records, ...s.records].sort(byNewest) }));
      announceChange({ ids: records.map((r) => r.id) });
      return true;
    },

    updateRecord: (id, patch) => {
      if (!get().records.some((r) => r.id === id)) return Promise.resolve();
      // The user sees the change at once; storage catches up in order.
      pending.set(id, [...(pending.get(id) ?? []), patch]);
      set((s) => ({ records: s.records.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
      const run = (queues.get(id) ?? Promise.resolve()).then(() => writePatch(id, patch));
      queues.set(id, run);
      return run;
    },

    deleteRecords: async (ids) => {
      const idSet = new Set(ids);
      const removed = get().records.filter((r) => idSet.has(r.id));
      if (removed.length === 0) return;
      const ok = await persist(() => deletePostings(ids));
      if (!ok) return;
      for (const id of ids) saved.delete(id);
      set((s) => ({
        records: s.records.filter((r) => !idSet.has(r.id)),
        selectedId: s.selectedId && idSet.has(s.selectedId) ? null : s.selectedId,
      }));
      announceChange({ ids, deleted: true });
      const title = removed[0]?.parsed.posting.title?.value ?? removed[0]?.source.name ?? '';
      const message =
        removed.length === 1 ? `Deleted “${title}”.` : `Deleted ${removed.length} postings.`;
      const toastId = get().pushToast({
        message,
        timeoutMs: UNDO_MS,
        action: {
          label: 'Undo',
          run: () => {
            get().dismissToast(toastId);
            void get().restoreRecords(removed);
          },
        },
      });
    },

    restoreRecords: async (records) => {
      const ok = await persist(() => putPostings(records));
      if (!ok) return;
      for (const r of records) saved.set(r.id, r);
      const ids = new Set(records.map((r) => r.id));
      set((s) => ({
        records: [...records, ...s.records.filter((r) => !ids.has(r.id))].sort(byNewest),
      }));
      announceChange({ ids: [...ids] });
    },

    applyRemoteChange: async (change) => {
      if (change.deleted) {
        const gone = new Set(change.ids);
        for (const id of gone) saved.delete(id);
        set((s) => ({ records: s.records.filter((r) => !gone.has(r.id)) }));
        return;
      }
      try {
        const fresh = await getPostings(change.ids);
        const byId = new Map(fresh.map((r) => [r.id, r]));
        for (const r of fresh) saved.set(r.id, r);
        set((s) => {
          const known = new Set(s.records.map((r) => r.id));
          const updated = s.records.map((r) => {
            const next = byId.get(r.id);
            return next ? withPending(next) : r;
          });
          const added = fresh.filter((r) => !known.has(r.id));
          return { records: added.length ? [...added, ...updated].sort(byNewest) : updated };
        });
      } catch (err) {
        get().setStorageError(err instanceof Error ? err.message : String(err));
      }
    },
  };
};
