/**
 * The IndexedDB schema and its upgrades. Dexie runs each upgrade once, in order, inside the
 * version-change transaction, so a user on any older version arrives at the current shape.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { PostingRecord } from './posting-record';
import { DB_NAME, TABLE_POSTINGS, TABLE_SETTINGS } from './constants';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type JobDb = Dexie & {
  postings: EntityTable<PostingRecord, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

/** Shape of a version-1 posting (legacy; used only by the v1 -> v2 upgrade and its test). */
export interface LegacyV1Posting {
  id: string;
  createdAt: number;
  name: string;
  sourceText: string;
  parsed: unknown;
}

export const SCHEMA_V1 = { [TABLE_POSTINGS]: 'id, createdAt' };
export const SCHEMA_V2 = {
  [TABLE_POSTINGS]: 'id, createdAt, updatedAt, contentHash, status, *tags',
  [TABLE_SETTINGS]: 'key',
};

/** v1 -> v2: keep the source as bytes, add edits and organising fields, mark for re-parse. */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const encoder = new TextEncoder();
  await tx
    .table(TABLE_POSTINGS)
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const legacy = row as unknown as LegacyV1Posting;
      const bytes = encoder.encode(String(legacy.sourceText ?? ''));
      row.source = { name: String(legacy.name ?? 'Untitled'), type: '', bytes, index: 0 };
      row.updatedAt = legacy.createdAt;
      // Unknown until re-hashed on load; '' never equals a real hash, so no false duplicate.
      row.contentHash = '';
      row.edits = {};
      row.status = 'saved';
      row.tags = [];
      row.notes = '';
      row.rating = null;
      // parserVersion 0 makes the app re-parse it from the source on next load.
      row.parsed = { format: 'text', text: '', posting: null, warnings: [], parserVersion: 0 };
      delete row.sourceText;
      delete row.name;
    });
}

/** Opens (creating or upgrading) the database. `indexedDB` can be injected for tests. */
export function openJobDb(options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
  const db = new Dexie(DB_NAME, options) as JobDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
  return db;
}
