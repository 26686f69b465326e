import { applyEdits } from '../../core/model/edits';
import type { ParsedPosting } from '../../core/model/posting';
import type { PostingRecord } from '../../persistence/posting-record';

// Records are immutable (every change makes a new object), so a WeakMap is a safe memo.
const cache = new WeakMap<PostingRecord, ParsedPosting>();

/** The posting as the user sees it: parsed values with the user's edits on top. */
export function effectivePosting(record: PostingRecord): ParsedPosting {
  let posting = cache.get(record);
  if (!posting) {
    posting = applyEdits(record.parsed.posting, record.edits);
    cache.set(record, posting);
  }
  return posting;
}

export function displayTitle(record: PostingRecord): string {
  return effectivePosting(record).title?.value ?? record.source.name;
}
