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

export function putPostings(records: PostingRecord[]): Promise<void> {
  return guard('save the postings', async () => {
    await getDb().postings.bulkPut(records);
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
