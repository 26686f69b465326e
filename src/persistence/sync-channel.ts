/**
 * Multi-tab sync: after a write, a tab announces which postings changed; the other tabs reload
 * just those from IndexedDB (the database is the truth, messages carry ids only). A tab never
 * hears its own messages (BroadcastChannel semantics). Browsers without BroadcastChannel get
 * a silent no-op: each tab still works, it just does not see the others' changes live.
 */

export const SYNC_CHANNEL_NAME = 'job-compare';

export interface PostingsChange {
  /** Postings written (added or updated), or removed when `deleted` is true. */
  ids: string[];
  deleted?: boolean;
}

interface Wire {
  type: 'postings-changed';
  v: 1;
  ids: string[];
  deleted: boolean;
}

function isWire(data: unknown): data is Wire {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === 'postings-changed' &&
    d.v === 1 &&
    Array.isArray(d.ids) &&
    d.ids.every((id) => typeof id === 'string') &&
    typeof d.deleted === 'boolean'
  );
}

export interface SyncChannel {
  /** Tells the other tabs; empty id lists are not sent. */
  announceChange(change: PostingsChange): void;
  /** Calls `callback` for each change another tab announces; returns the unsubscribe. */
  onRemoteChange(callback: (change: PostingsChange) => void): () => void;
  close(): void;
}

/**
 * A channel of its own (tests open two to play two tabs; the app uses the module functions).
 * @example const tab = createSyncChannel(); tab.onRemoteChange(({ ids }) => reload(ids));
 */
export function createSyncChannel(name = SYNC_CHANNEL_NAME): SyncChannel {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  const listeners = new Set<(change: PostingsChange) => void>();
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      // Another version of the app in another tab may speak differently: ignore, never throw.
      if (!isWire(event.data)) return;
      const change: PostingsChange = { ids: event.data.ids, deleted: event.data.deleted };
      for (const listener of listeners) listener(change);
    };
  }
  return {
    announceChange(change) {
      if (!channel || change.ids.length === 0) return;
      const wire: Wire = {
        type: 'postings-changed',
        v: 1,
        ids: [...change.ids],
        deleted: change.deleted === true,
      };
      channel.postMessage(wire);
    },
    onRemoteChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}

let shared: SyncChannel | null = null;
const sharedChannel = () => (shared ??= createSyncChannel());

/**
 * Call after every write to postings, with the ids written (or removed, with `deleted: true`).
 * @example await putPostings(records); announceChange({ ids: records.map((r) => r.id) });
 */
export function announceChange(change: PostingsChange): void {
  sharedChannel().announceChange(change);
}

/**
 * Subscribes to other tabs' changes; returns the unsubscribe (call it on unmount).
 * @example useEffect(() => onRemoteChange(({ ids, deleted }) => refresh(ids, deleted)), []);
 */
export function onRemoteChange(callback: (change: PostingsChange) => void): () => void {
  return sharedChannel().onRemoteChange(callback);
}

/** Closes the app's channel (tests, and Node processes that must exit). */
export function closeSyncChannel(): void {
  shared?.close();
  shared = null;
}
