import type { LibraryItem } from '../../../core/search';
import { toSearchDoc, type SearchDoc } from '../../../core/search';
import type { PostingRecord } from '../../../persistence/posting-record';
import { effectivePosting } from '../effective-posting';

export interface RecordItem extends LibraryItem {
  record: PostingRecord;
}

// Records are immutable: a changed posting is a new object, so WeakMaps are safe memos and a
// keystroke never rebuilds the view of an unchanged posting.
const items = new WeakMap<PostingRecord, RecordItem>();
const docs = new WeakMap<PostingRecord, SearchDoc>();

export function toLibraryItem(record: PostingRecord): RecordItem {
  let item = items.get(record);
  if (!item) {
    item = {
      id: record.id,
      createdAt: record.createdAt,
      posting: effectivePosting(record),
      status: record.status,
      tags: record.tags,
      fallbackTitle: record.source.name,
      record,
    };
    items.set(record, item);
  }
  return item;
}

export function toDoc(record: PostingRecord): SearchDoc {
  let doc = docs.get(record);
  if (!doc) {
    doc = toSearchDoc({
      id: record.id,
      posting: effectivePosting(record),
      text: record.parsed.text,
      fallbackTitle: record.source.name,
    });
    docs.set(record, doc);
  }
  return doc;
}
