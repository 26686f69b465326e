/**
 * Two tabs edited the same posting. Both users' changes are kept where they touch different
 * fields; where both changed the same field, this tab's change (the newer one) wins and the
 * field is reported, so the user is told rather than losing an edit silently.
 */
import type { PostingEdits } from '../core/model/edits';
import type { PostingRecord } from '../persistence/posting-record';

export type RecordPatch = Partial<
  Pick<PostingRecord, 'edits' | 'status' | 'tags' | 'notes' | 'rating' | 'parsed' | 'contentHash'>
>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface MergeResult {
  record: PostingRecord;
  /** Fields both tabs changed; this tab's value was kept. */
  clashes: string[];
}

/**
 * @param base    the version this tab's change was made on
 * @param current the version now stored (another tab's change included)
 * @param patch   this tab's change
 */
export function mergeConcurrent(
  base: PostingRecord,
  current: PostingRecord,
  patch: RecordPatch,
): MergeResult {
  const clashes: string[] = [];
  const record: PostingRecord = { ...current };
  for (const key of Object.keys(patch) as (keyof RecordPatch)[]) {
    if (key === 'edits') {
      const mine = patch.edits ?? {};
      const edits: Record<string, unknown> = { ...current.edits };
      const fields = new Set([...Object.keys(mine), ...Object.keys(base.edits)]);
      for (const field of fields) {
        const before = (base.edits as Record<string, unknown>)[field];
        const after = (mine as Record<string, unknown>)[field];
        if (same(before, after)) continue; // this tab did not touch it
        const theirs = (current.edits as Record<string, unknown>)[field];
        if (!same(before, theirs) && !same(theirs, after)) clashes.push(`the ${field} correction`);
        if (after === undefined) delete edits[field];
        else edits[field] = after;
      }
      record.edits = edits as PostingEdits;
      continue;
    }
    const theirs = current[key];
    if (!same(base[key], theirs) && !same(theirs, patch[key])) clashes.push(key);
    (record as unknown as Record<string, unknown>)[key] = patch[key];
  }
  return { record, clashes };
}
