/**
 * The backup file: every posting (source bytes as base64, parse, edits, organising fields) and
 * every settings row (profile and settings), versioned. Import validates the WHOLE file before
 * touching the database, then writes in one transaction: a failure leaves nothing partial.
 */
import { encodeBase64 } from '../core/export/base64';
import {
  checkParsed,
  expectNumber,
  expectString,
  expectStringList,
  firstError,
  isObj,
  readSource,
} from '../core/export/validate';
import { SCHEMA_VERSION } from './constants';
import { POSTING_STATUSES, type PostingRecord } from './posting-record';
import { getDb } from './postings-repo';
import { restorePosting } from './restore';
import type { SettingRow } from './schema';
import { describeStorageError } from './storage-error';

export const BACKUP_FORMAT = 'job-compare-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  /** ISO date-time of the export. */
  exportedAt: string;
  /** The database schema version of the exporting app. */
  schemaVersion: number;
  postings: PostingRecord[];
  settings: SettingRow[];
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

export interface BackupExport {
  /** The JSON text to save. */
  text: string;
  /** "job-compare-backup-2025-01-31.json" */
  fileName: string;
  postingCount: number;
  /** Stored rows that failed validation and were left out, with the reason. */
  skipped: string[];
}

export interface ApplyBackupSummary {
  added: number;
  /** Replaced by a newer copy from the backup (merge) . */
  updated: number;
  /** Kept as they were: the copy on this device is as new or newer (merge). */
  kept: number;
  /** Left out: the same content is already stored under another id (merge). */
  duplicates: number;
  /** Ids written, and ids removed (replace): announce them to other tabs. */
  changedIds: string[];
  deletedIds: string[];
}

function serialisePosting(r: PostingRecord): Record<string, unknown> {
  return { ...r, source: { ...r.source, bytes: encodeBase64(r.source.bytes) } };
}

/**
 * Reads everything from the database (in one read transaction, so the file is a consistent
 * snapshot) and returns the backup as JSON text.
 * @example const { text, fileName } = await createBackup(); download(text, fileName);
 */
export async function createBackup(now = new Date()): Promise<BackupExport> {
  let rows: unknown[];
  let settings: SettingRow[];
  try {
    const db = getDb();
    [rows, settings] = await db.transaction('r', db.postings, db.settings, () =>
      Promise.all([db.postings.toArray(), db.settings.toArray()]),
    );
  } catch (err) {
    throw describeStorageError(err, 'export the backup');
  }
  const postings: PostingRecord[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    const result = restorePosting(row);
    if (result.ok) postings.push(result.record);
    else skipped.push(result.error);
  }
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    postings: postings.map(serialisePosting),
    settings,
  });
  return { text, fileName: backupFileName(now), postingCount: postings.length, skipped };
}

export function backupFileName(date: Date): string {
  return `job-compare-backup-${date.toISOString().slice(0, 10)}.json`;
}

function checkPosting(p: unknown, where: string): string | null {
  if (!isObj(p)) return `${where} is not an object`;
  return firstError(
    () =>
      typeof p.id === 'string' && p.id !== '' ? null : `${where}: "id" must be non-empty text`,
    () => expectNumber(p, 'createdAt', where),
    () => expectNumber(p, 'updatedAt', where),
    () => expectString(p, 'contentHash', where),
    () => checkParsed(p.parsed, where),
    () => (isObj(p.edits) ? null : `${where}: "edits" is missing or not an object`),
    () =>
      (POSTING_STATUSES as readonly unknown[]).includes(p.status)
        ? null
        : `${where}: "status" must be one of ${POSTING_STATUSES.join(', ')}`,
    () => expectStringList(p, 'tags', where),
    () => expectString(p, 'notes', where),
    () =>
      p.rating === null ||
      (Number.isInteger(p.rating) && (p.rating as number) >= 1 && (p.rating as number) <= 5)
        ? null
        : `${where}: "rating" must be empty or 1 to 5`,
    () =>
      p.sample === undefined || typeof p.sample === 'boolean'
        ? null
        : `${where}: "sample" must be true or false`,
  );
}

/**
 * Reads and fully validates a backup file. Nothing is written: on `ok: false` the error names
 * the first problem and where it is ("Posting 4 (id abc): "status" must be one of ...").
 * @example const r = parseBackup(await file.text()); if (r.ok) await applyBackup(r.backup, 'merge');
 */
export function parseBackup(text: string): ParseBackupResult {
  const fail = (error: string): ParseBackupResult => ({ ok: false, error });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This file is not a backup: it is not valid JSON.');
  }
  if (!isObj(raw) || raw.format !== BACKUP_FORMAT) {
    return fail('This file is not a Job Compare backup.');
  }
  if (raw.version !== BACKUP_VERSION) {
    return fail(
      typeof raw.version === 'number' && raw.version > BACKUP_VERSION
        ? `This backup was made by a newer version of Job Compare (backup format ${raw.version}). Update the app to import it.`
        : `Unsupported backup format version: ${JSON.stringify(raw.version)}.`,
    );
  }
  const head = firstError(
    () => expectString(raw, 'exportedAt', 'Backup'),
    () => expectNumber(raw, 'schemaVersion', 'Backup'),
    () =>
      (raw.schemaVersion as number) > SCHEMA_VERSION
        ? `Backup: made by a newer version of Job Compare (database version ${String(raw.schemaVersion)}). Update the app to import it.`
        : null,
    () => (Array.isArray(raw.postings) ? null : 'Backup: "postings" must be a list'),
    () => (Array.isArray(raw.settings) ? null : 'Backup: "settings" must be a list'),
  );
  if (head) return fail(head);

  const postings: PostingRecord[] = [];
  const ids = new Set<string>();
  for (const [i, p] of (raw.postings as unknown[]).entries()) {
    const id = isObj(p) && typeof p.id === 'string' && p.id ? ` (id ${p.id})` : '';
    const where = `Posting ${i + 1}${id}`;
    const error = checkPosting(p, where);
    if (error) return fail(error);
    const record = p as Record<string, unknown>;
    const source = readSource(record.source, where);
    if (!source.ok) return fail(source.error);
    if (ids.has(record.id as string)) return fail(`${where}: the id appears twice in the backup`);
    ids.add(record.id as string);
    const { bytes, name, type, index } = source;
    const restored = restorePosting({ ...record, source: { name, type, index, bytes } });
    if (!restored.ok) return fail(`${where}: ${restored.error}`);
    postings.push(restored.record);
  }

  const settings: SettingRow[] = [];
  const keys = new Set<string>();
  for (const [i, s] of (raw.settings as unknown[]).entries()) {
    const where = `Setting ${i + 1}`;
    if (!isObj(s) || typeof s.key !== 'string' || s.key === '') {
      return fail(`${where}: "key" must be non-empty text`);
    }
    if (!('value' in s)) return fail(`${where} (${s.key}): "value" is missing`);
    if (keys.has(s.key)) return fail(`${where} (${s.key}): the key appears twice in the backup`);
    keys.add(s.key);
    settings.push({ key: s.key, value: s.value });
  }
  return {
    ok: true,
    backup: {
      exportedAt: raw.exportedAt as string,
      schemaVersion: raw.schemaVersion as number,
      postings,
      settings,
    },
  };
}

/**
 * Writes a parsed backup in ONE read-write transaction over postings and settings, so a failure
 * (quota, a closed database) rolls everything back.
 * - 'replace': the database becomes exactly the backup.
 * - 'merge': per id the newer `updatedAt` wins; a posting whose content is already stored
 *   under another id is left out; settings the device lacks are added, its own are kept.
 * Throws a StorageError with a sentence for the user. Announce `changedIds`/`deletedIds` to
 * other tabs afterwards.
 * @example const summary = await applyBackup(parsed.backup, 'merge');
 */
export async function applyBackup(
  backup: Backup,
  mode: 'merge' | 'replace',
): Promise<ApplyBackupSummary> {
  const summary: ApplyBackupSummary = {
    added: 0,
    updated: 0,
    kept: 0,
    duplicates: 0,
    changedIds: [],
    deletedIds: [],
  };
  try {
    const db = getDb();
    await db.transaction('rw', db.postings, db.settings, async () => {
      if (mode === 'replace') {
        const incoming = new Set(backup.postings.map((p) => p.id));
        const existing = (await db.postings.toCollection().primaryKeys()) as string[];
        summary.deletedIds = existing.filter((id) => !incoming.has(id));
        await db.postings.clear();
        await db.settings.clear();
        await db.postings.bulkPut(backup.postings);
        await db.settings.bulkPut(backup.settings);
        summary.added = backup.postings.length;
        summary.changedIds = backup.postings.map((p) => p.id);
        return;
      }
      const current = await db.postings.toArray();
      const byId = new Map(current.map((r) => [r.id, r]));
      const hashes = new Set(current.map((r) => r.contentHash).filter((h) => h !== ''));
      const writes: PostingRecord[] = [];
      for (const incoming of backup.postings) {
        const mine = byId.get(incoming.id);
        if (!mine) {
          if (incoming.contentHash !== '' && hashes.has(incoming.contentHash)) {
            summary.duplicates++;
            continue;
          }
          summary.added++;
          writes.push(incoming);
        } else if (incoming.updatedAt > mine.updatedAt) {
          summary.updated++;
          writes.push(incoming);
        } else summary.kept++;
      }
      await db.postings.bulkPut(writes);
      summary.changedIds = writes.map((r) => r.id);
      const haveKeys = new Set((await db.settings.toCollection().primaryKeys()) as string[]);
      await db.settings.bulkPut(backup.settings.filter((s) => !haveKeys.has(s.key)));
    });
  } catch (err) {
    throw describeStorageError(err, 'import the backup');
  }
  return summary;
}
