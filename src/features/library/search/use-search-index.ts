import { useMemo, useState } from 'react';
import { createSearchIndex, type SearchIndex } from '../../../core/search';
import type { PostingRecord } from '../../../persistence/posting-record';
import { toDoc } from './library-items';

/** A search index kept in step with the records: only what changed is re-indexed. */
class SyncedIndex {
  private index: SearchIndex | null = null;
  private readonly seen = new Map<string, PostingRecord>();

  sync(records: readonly PostingRecord[]): SearchIndex {
    if (!this.index) {
      this.index = createSearchIndex(records.map(toDoc));
      for (const r of records) this.seen.set(r.id, r);
      return this.index;
    }
    const live = new Set<string>();
    for (const record of records) {
      live.add(record.id);
      if (this.seen.get(record.id) !== record) {
        this.index.upsert(toDoc(record));
        this.seen.set(record.id, record);
      }
    }
    for (const id of [...this.seen.keys()]) {
      if (!live.has(id)) {
        this.index.remove(id);
        this.seen.delete(id);
      }
    }
    return this.index;
  }
}

/** One search index for the library, updated incrementally as postings change. */
export function useSearchIndex(records: readonly PostingRecord[]): SearchIndex {
  const [synced] = useState(() => new SyncedIndex());
  return useMemo(() => synced.sync(records), [synced, records]);
}
