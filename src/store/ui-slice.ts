import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface Toast {
  id: number;
  message: string;
  /** Optional action, e.g. "Undo". */
  action?: { label: string; run: () => void };
  /** Milliseconds before it disappears (undo window). */
  timeoutMs: number;
}

/** Most postings a comparison shows side by side. */
export const MAX_COMPARE = 6;

export interface UiSlice {
  selectedId: string | null;
  /** Postings ticked for comparison, in the order ticked. */
  compareIds: string[];
  toggleCompare: (id: string) => void;
  setCompare: (ids: string[]) => void;
  toasts: Toast[];
  /** A storage failure the user must see (quota, blocked upgrade, private mode). */
  storageError: string | null;
  select: (id: string | null) => void;
  pushToast: (toast: Omit<Toast, 'id'>) => number;
  dismissToast: (id: number) => void;
  setStorageError: (message: string | null) => void;
}

let toastIds = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  selectedId: null,
  compareIds: [],
  toggleCompare: (id) =>
    set((s) => ({
      compareIds: s.compareIds.includes(id)
        ? s.compareIds.filter((x) => x !== id)
        : s.compareIds.length >= MAX_COMPARE
          ? s.compareIds
          : [...s.compareIds, id],
    })),
  setCompare: (ids) => set({ compareIds: ids.slice(0, MAX_COMPARE) }),
  toasts: [],
  storageError: null,
  select: (id) => set({ selectedId: id }),
  pushToast: (toast) => {
    const id = toastIds++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }] }));
    return id;
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  setStorageError: (message) => set({ storageError: message }),
});
