/**
 * The one module that reads and writes postings. Every record read passes through restore();
 * every failure comes back as a StorageError with a sentence for the user.
 */
import type { JobDb } from './schema';
import { openJobDb } from './schema';
import type { PostingRecord } from './posting-record';
import { restorePosting } from './restore';
import { describeStorageError } from './storage-error';

let db: JobDb | null = null;

/** The app's database, opened on first use. Tests may inject their own. */
export function getDb(): JobDb {
  if (!db) {
    db = openJobDb();
    // Another tab wants to upgrade the schema: let it, and make this tab's next call reopen.
    db.on('versionchange', () => {
      db?.close();
      db = null;
      return false;
    });
  }
  return db;
}

export function setDbForTests(next: JobDb | null): void {
  db = next;
}

async function guard<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw describeStorageError(err, action);
  }
}

export interface LoadResult {
  records: PostingRecord[];
  /** Rows that failed validation, kept in the database untouched. */
  rejected: string[];
}

export function loadAllPostings(): Promise<LoadResult> {
  return guard('load your postings', async () => {
    const rows = await getDb().postings.orderBy('createdAt').reverse().toArray();
    const records: PostingRecord[] = [];
    const rejected: string[] = [];
    for (const row of rows) {
      const result = restorePosting(row);
      if (result.ok) records.push(result.record);
      else rejected.push(result.error);
    }
    return { records, rejected };
  });
}

/** The stored versions of these postings (validated); ids not found are left out. */
export function getPostings(ids: string[]): Promise<PostingRecord[]> {
  return guard('load the postings', async () => {
    const rows = await getDb().postings.bulkGet(ids);
    const out: PostingRecord[] = [];
    for (const row of rows) {
      if (!row) continue;
      const result = restorePosting(row);
      if (result.ok) out.push(result.record);
    }
    return out;
  });
}

export function putPostings(records: PostingRecord[]): Promise<void> {
  return guard('save the postings', async () => {
    await getDb().postings.bulkPut(records);
  });
}

export type PutIfUnchangedResult =
  { ok: true; record: PostingRecord } | { ok: false; current: PostingRecord | null };

/**
 * Compare-and-set for edits: saves `record` only if the stored copy still has
 * `expectedUpdatedAt` (the version the user started editing), inside one read-write
 * transaction so two tabs cannot both pass the check. Stamps a fresh `updatedAt` itself (always
 * later than the expected one) and returns the saved record. On a conflict nothing is written
 * and `current` is the other tab's version (null when it deleted the posting): show both, let
 * the user choose, never drop an edit silently.
 * @example const r = await putPostingIfUnchanged({ ...rec, notes }, rec.updatedAt);
 *          if (!r.ok) showConflict(r.current);
 */
export function putPostingIfUnchanged(
  record: PostingRecord,
  expectedUpdatedAt: number,
): Promise<PutIfUnchangedResult> {
  return guard('save the posting', async () => {
    const d = getDb();
    return d.transaction('rw', d.postings, async (): Promise<PutIfUnchangedResult> => {
      const stored = await d.postings.get(record.id);
      if (!stored || stored.updatedAt !== expectedUpdatedAt) {
        const restored = stored ? restorePosting(stored) : null;
        return { ok: false, current: restored?.ok ? restored.record : null };
      }
      const saved = { ...record, updatedAt: Math.max(Date.now(), expectedUpdatedAt + 1) };
      await d.postings.put(saved);
      return { ok: true, record: saved };
    });
  });
}

export function deletePostings(ids: string[]): Promise<void> {
  return guard('delete the postings', async () => {
    await getDb().postings.bulkDelete(ids);
  });
}

export function findByContentHash(hashes: string[]): Promise<PostingRecord[]> {
  return guard('check for duplicates', async () => {
    if (hashes.length === 0) return [];
    return getDb().postings.where('contentHash').anyOf(hashes).toArray();
  });
}

export function getSetting<T>(key: string): Promise<T | undefined> {
  return guard('read your settings', async () => {
    const row = await getDb().settings.get(key);
    return row?.value as T | undefined;
  });
}

export function putSetting(key: string, value: unknown): Promise<void> {
  return guard('save your settings', async () => {
    await getDb().settings.put({ key, value });
  });
}

export function clearAll(): Promise<void> {
  return guard('clear the data', async () => {
    const d = getDb();
    await d.transaction('rw', d.postings, d.settings, async () => {
      await d.postings.clear();
      await d.settings.clear();
    });
  });
}
