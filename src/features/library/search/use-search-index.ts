import { useEffect, useMemo, useState } from 'react';
import { createSearchIndex, type SearchIndex } from '../../../core/search';
import type { PostingRecord } from '../../../persistence/posting-record';
import { toDoc } from './library-items';

/**
 * A search index kept in step with the records: only what changed is re-indexed. It is built
 * on first need (a search) or when the browser is idle after load, so a reload shows a usable
 * list before any indexing work.
 */
class SyncedIndex {
  private index: SearchIndex | null = null;
  private readonly seen = new Map<string, PostingRecord>();
  private latest: readonly PostingRecord[] = [];

  setRecords(records: readonly PostingRecord[]): void {
    this.latest = records;
    if (this.index) this.sync();
  }

  get built(): boolean {
    return this.index !== null;
  }

  /** The index, built now if it was not yet. */
  get(): SearchIndex {
    if (!this.index) {
      this.index = createSearchIndex(this.latest.map(toDoc));
      for (const r of this.latest) this.seen.set(r.id, r);
    }
    return this.index;
  }

  private sync(): void {
    const index = this.index!;
    const live = new Set<string>();
    for (const record of this.latest) {
      live.add(record.id);
      if (this.seen.get(record.id) !== record) {
        index.upsert(toDoc(record));
        this.seen.set(record.id, record);
      }
    }
    for (const id of [...this.seen.keys()]) {
      if (!live.has(id)) {
        index.remove(id);
        this.seen.delete(id);
      }
    }
  }
}

/**
 * Runs `run` when the browser is idle, but not before the first screen has settled: the list
 * renders in two passes (the virtualiser measures rows), and an idle gap between them would
 * otherwise start a long indexing task before any posting is shown (seen in a profile at 5,000).
 */
const whenIdle = (run: () => void, settleMs = 1500): (() => void) => {
  let handle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') {
      handle = window.requestIdleCallback(run, { timeout: 3000 });
    } else {
      run();
    }
  }, settleMs);
  return () => {
    clearTimeout(timer);
    if (handle !== null) window.cancelIdleCallback(handle);
  };
};

/**
 * The library's search index, updated incrementally as postings change. Returns a getter so the
 * index is built only when a search needs it (or in idle time).
 */
export function useSearchIndex(records: readonly PostingRecord[]): () => SearchIndex {
  const [synced] = useState(() => new SyncedIndex());
  const getter = useMemo(() => {
    synced.setRecords(records);
    return () => synced.get();
  }, [synced, records]);
  useEffect(() => {
    if (synced.built || records.length === 0) return;
    return whenIdle(() => synced.get());
  }, [synced, records]);
  return getter;
}
