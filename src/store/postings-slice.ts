import type { StateCreator } from 'zustand';
import type { PostingRecord } from '../persistence/posting-record';
import { deletePostings, loadAllPostings, putPostings } from '../persistence/postings-repo';
import type { AppState } from './index';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export type RecordPatch = Partial<
  Pick<PostingRecord, 'edits' | 'status' | 'tags' | 'notes' | 'rating' | 'parsed'>
>;

/** How long deleted postings can be brought back. */
export const UNDO_MS = 10_000;

export interface PostingsSlice {
  records: PostingRecord[];
  loadState: LoadState;
  load: () => Promise<void>;
  /** Saves new records (newest first in the list). */
  addRecords: (records: PostingRecord[]) => Promise<boolean>;
  updateRecord: (id: string, patch: RecordPatch) => Promise<void>;
  /** Deletes, and offers "Undo" for UNDO_MS. */
  deleteRecords: (ids: string[]) => Promise<void>;
  restoreRecords: (records: PostingRecord[]) => Promise<void>;
}

const byNewest = (a: PostingRecord, b: PostingRecord) => b.createdAt - a.createdAt;

export const createPostingsSlice: StateCreator<AppState, [], [], PostingsSlice> = (set, get) => {
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

  return {
    records: [],
    loadState: 'idle',

    load: async () => {
      set({ loadState: 'loading' });
      try {
        const { records, rejected } = await loadAllPostings();
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
      if (ok) set((s) => ({ records: [...records, ...s.records].sort(byNewest) }));
      return ok;
    },

    updateRecord: async (id, patch) => {
      const current = get().records.find((r) => r.id === id);
      if (!current) return;
      const next: PostingRecord = { ...current, ...patch, updatedAt: Date.now() };
      set((s) => ({ records: s.records.map((r) => (r.id === id ? next : r)) }));
      const ok = await persist(() => putPostings([next]));
      // Storage refused: show the truth (the old value), not an edit that will not survive.
      if (!ok) set((s) => ({ records: s.records.map((r) => (r.id === id ? current : r)) }));
    },

    deleteRecords: async (ids) => {
      const idSet = new Set(ids);
      const removed = get().records.filter((r) => idSet.has(r.id));
      if (removed.length === 0) return;
      const ok = await persist(() => deletePostings(ids));
      if (!ok) return;
      set((s) => ({
        records: s.records.filter((r) => !idSet.has(r.id)),
        selectedId: s.selectedId && idSet.has(s.selectedId) ? null : s.selectedId,
      }));
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
      const ids = new Set(records.map((r) => r.id));
      set((s) => ({
        records: [...records, ...s.records.filter((r) => !ids.has(r.id))].sort(byNewest),
      }));
    },
  };
};
