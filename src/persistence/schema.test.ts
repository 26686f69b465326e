import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, SCHEMA_VERSION } from './constants';
import { openJobDb, SCHEMA_V1, type LegacyV1Posting } from './schema';
import {
  deletePostings,
  findByContentHash,
  loadAllPostings,
  putPostings,
  setDbForTests,
} from './postings-repo';
import type { PostingRecord } from './posting-record';
import { emptyPosting } from '../core/model/posting';
import { restorePosting } from './restore';

function record(id: string, createdAt: number, title: string): PostingRecord {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    contentHash: `hash-${id}`,
    source: {
      name: `${id}.txt`,
      type: 'text/plain',
      bytes: new TextEncoder().encode(title),
      index: 0,
    },
    parsed: {
      format: 'text',
      text: title,
      posting: {
        ...emptyPosting(),
        title: { value: title, spans: [{ start: 0, end: title.length }] },
      },
      warnings: [],
      parserVersion: 1,
    },
    edits: {},
    status: 'saved',
    tags: [],
    notes: '',
    rating: null,
  };
}

afterEach(async () => {
  setDbForTests(null);
  await Dexie.delete(DB_NAME);
});

describe('postings repository', () => {
  it('creates, reads newest first, finds by hash and deletes', async () => {
    const db = openJobDb();
    setDbForTests(db);
    await putPostings([record('a', 1, 'Nurse'), record('b', 2, 'Welder')]);
    const { records, rejected } = await loadAllPostings();
    expect(rejected).toEqual([]);
    expect(records.map((r) => r.parsed.posting.title?.value)).toEqual(['Welder', 'Nurse']);
    expect(records[0]?.source.bytes).toBeInstanceOf(Uint8Array);
    expect((await findByContentHash(['hash-a'])).map((r) => r.id)).toEqual(['a']);
    await deletePostings(['a']);
    expect((await loadAllPostings()).records.map((r) => r.id)).toEqual(['b']);
    db.close();
  });

  it('rejects rows it cannot trust without losing the good ones', async () => {
    const db = openJobDb();
    setDbForTests(db);
    await putPostings([record('good', 1, 'Teacher')]);
    await db.postings.put({ id: 'bad', createdAt: 2 } as unknown as PostingRecord);
    const { records, rejected } = await loadAllPostings();
    expect(records.map((r) => r.id)).toEqual(['good']);
    expect(rejected).toEqual(['posting bad: missing source']);
    db.close();
  });
});

describe('schema upgrade', () => {
  it('upgrades a version-1 database to the current version, keeping every posting', async () => {
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(SCHEMA_V1);
    const legacy: LegacyV1Posting = {
      id: 'old-1',
      createdAt: 1700000000000,
      name: 'nurse.txt',
      sourceText: 'Registered Nurse — €3.200 pro Monat',
      parsed: { title: 'Registered Nurse' },
    };
    await v1.table('postings').add(legacy);
    v1.close();

    const db = openJobDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    setDbForTests(db);
    const { records } = await loadAllPostings();
    expect(records).toHaveLength(1);
    const [upgraded] = records;
    expect(upgraded?.source.name).toBe('nurse.txt');
    expect(new TextDecoder().decode(upgraded?.source.bytes)).toBe(legacy.sourceText);
    expect(upgraded?.edits).toEqual({});
    expect(upgraded?.status).toBe('saved');
    // Marked for re-parse from the kept source text.
    expect(upgraded?.parsed.parserVersion).toBe(0);
    db.close();
  });
});

describe('restorePosting', () => {
  it('fills defaults for older shapes and rejects wrong types', () => {
    const ok = restorePosting({
      id: 'x',
      source: { name: 'a.txt', bytes: [104, 105] },
      parsed: { posting: { title: { value: 'Chef', spans: [] } }, parserVersion: 1 },
      rating: 9,
    });
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.record.rating).toBeNull();
      expect(ok.record.parsed.posting.skills).toEqual([]);
      expect(ok.record.parsed.posting.title?.value).toBe('Chef');
    }
    expect(restorePosting({ id: 'y', source: { bytes: 'nope' } })).toEqual({
      ok: false,
      error: 'posting y: source bytes missing or of wrong type',
    });
  });
});
