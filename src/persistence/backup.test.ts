import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPosting } from '../core/model/posting';
import { applyBackup, createBackup, parseBackup } from './backup';
import { DB_NAME } from './constants';
import type { PostingRecord } from './posting-record';
import {
  clearAll,
  getSetting,
  loadAllPostings,
  putPostings,
  putSetting,
  setDbForTests,
} from './postings-repo';
import { openJobDb, type JobDb } from './schema';

function record(
  id: string,
  at: number,
  title: string,
  over: Partial<PostingRecord> = {},
): PostingRecord {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    contentHash: `hash-${id}`,
    source: {
      name: `${id}.txt`,
      type: 'text/plain',
      bytes: new TextEncoder().encode(`${title} – Zürich`),
      index: 0,
    },
    parsed: {
      format: 'text',
      text: `${title} – Zürich`,
      posting: {
        ...emptyPosting(),
        title: { value: title, spans: [{ start: 0, end: title.length }] },
        salary: [{ min: 50, max: 60, currency: 'CHF', period: 'hour', label: null, spans: [] }],
      },
      warnings: ['salary found only in JSON-LD'],
      parserVersion: 1,
    },
    edits: { title: `${title} (edited)` },
    status: 'applied',
    tags: ['shortlist'],
    notes: 'Ask about "nights"',
    rating: 4,
    ...over,
  };
}

const SETTINGS = [
  {
    key: 'profile',
    value: { skills: ['Python', 'SQL'], minPay: { amount: 90000, currency: 'USD' } },
  },
  { key: 'theme', value: 'dark' },
];

let db: JobDb;

async function seed(): Promise<PostingRecord[]> {
  const records = [
    record('a', 1000, 'Nurse'),
    record('b', 2000, 'Welder', { rating: null, tags: [], sample: true, edits: {} }),
  ];
  await putPostings(records);
  for (const s of SETTINGS) await putSetting(s.key, s.value);
  return records;
}

async function snapshot() {
  return {
    postings: (await loadAllPostings()).records,
    settings: await db.settings.toArray(),
  };
}

beforeEach(() => {
  db = openJobDb();
  setDbForTests(db);
});

afterEach(async () => {
  db.close();
  setDbForTests(null);
  await Dexie.delete(DB_NAME);
});

describe('backup round trip', () => {
  it('export, wipe, import: identical records and settings', async () => {
    await seed();
    const before = await snapshot();
    const exported = await createBackup(new Date(Date.UTC(2025, 0, 31)));
    expect(exported.fileName).toBe('job-compare-backup-2025-01-31.json');
    expect(exported.postingCount).toBe(2);
    expect(exported.skipped).toEqual([]);

    await clearAll();
    expect((await snapshot()).postings).toEqual([]);

    const parsed = parseBackup(exported.text);
    if (!parsed.ok) throw new Error(parsed.error);
    const summary = await applyBackup(parsed.backup, 'replace');
    expect(summary.added).toBe(2);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.postings[0]?.source.bytes).toBeInstanceOf(Uint8Array);
  });

  it('merge keeps the newer copy of each posting, adds new ones and skips duplicate content', async () => {
    await seed();
    const { text } = await createBackup();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    // Since the export: "a" edited on this device (newer here), "b" older here than in the file.
    await putPostings([record('a', 1000, 'Nurse', { updatedAt: 5000, notes: 'newer here' })]);
    const fromFile = parsed.backup;
    fromFile.postings = fromFile.postings.map((p) =>
      p.id === 'b' ? { ...p, updatedAt: 9000, notes: 'newer in file' } : p,
    );
    fromFile.postings.push(record('c', 3000, 'Chef'));
    // Same bytes as "a" under another id: the same content imported twice.
    fromFile.postings.push(record('a-copy', 4000, 'Nurse', { contentHash: 'hash-a' }));
    await putSetting('theme', 'light');
    fromFile.settings.push({ key: 'currencyRates', value: { EUR: 1.1 } });

    const summary = await applyBackup(fromFile, 'merge');
    expect(summary).toMatchObject({ added: 1, updated: 1, kept: 1, duplicates: 1 });
    expect(summary.changedIds.sort()).toEqual(['b', 'c']);
    const { records } = await loadAllPostings();
    const notes = Object.fromEntries(records.map((r) => [r.id, r.notes]));
    expect(notes).toEqual({ a: 'newer here', b: 'newer in file', c: 'Ask about "nights"' });
    expect(await getSetting('theme')).toBe('light');
    expect(await getSetting('currencyRates')).toEqual({ EUR: 1.1 });
  });

  it('replace reports the ids it removed', async () => {
    await seed();
    const { text } = await createBackup();
    await putPostings([record('extra', 7000, 'Pilot')]);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const summary = await applyBackup(parsed.backup, 'replace');
    expect(summary.deletedIds).toEqual(['extra']);
    expect((await loadAllPostings()).records.map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('a failure while writing leaves nothing partial', async () => {
    await seed();
    const before = await snapshot();
    const { text } = await createBackup();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    parsed.backup.postings.push(record('boom', 8000, 'Boom'));
    // Simulate a write failing midway (e.g. quota) after the clear and the first puts.
    db.postings.hook('creating', (_key, obj) => {
      if ((obj as PostingRecord).id === 'boom') throw new Error('disk full');
    });
    await expect(applyBackup(parsed.backup, 'replace')).rejects.toThrow(
      /Could not import the backup/,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('parseBackup validation', () => {
  let good: Record<string, unknown>;
  beforeEach(async () => {
    await seed();
    good = JSON.parse((await createBackup()).text) as Record<string, unknown>;
  });

  type Change = (doc: Record<string, unknown>, first: Record<string, unknown>) => void;
  const cases: [string, Change, string][] = [
    [
      'another file',
      (d) => (d.format = 'something-else'),
      'This file is not a Job Compare backup.',
    ],
    [
      'a newer backup version',
      (d) => (d.version = 2),
      'made by a newer version of Job Compare (backup format 2)',
    ],
    ['an unknown version', (d) => (d.version = '1'), 'Unsupported backup format version: "1".'],
    ['a newer database', (d) => (d.schemaVersion = 99), 'database version 99'],
    ['postings missing', (d) => delete d.postings, 'Backup: "postings" must be a list'],
    ['settings of the wrong type', (d) => (d.settings = 'x'), 'Backup: "settings" must be a list'],
    ['a posting without id', (_, p) => delete p.id, 'Posting 1: "id" must be non-empty text'],
    [
      'updatedAt as text',
      (_, p) => (p.updatedAt = '2025'),
      'Posting 1 (id a): "updatedAt" must be a number',
    ],
    [
      'a missing source',
      (_, p) => delete p.source,
      'Posting 1 (id a): "source" is missing or not an object',
    ],
    [
      'bytes not base64',
      (_, p) => ((p.source as Record<string, unknown>).bytes = 'not base64!'),
      'Posting 1 (id a), source: "bytes" is not valid base64',
    ],
    [
      'bytes as a list',
      (_, p) => ((p.source as Record<string, unknown>).bytes = [1, 2]),
      'Posting 1 (id a), source: "bytes" must be text',
    ],
    [
      'an unknown status',
      (_, p) => (p.status = 'hired'),
      'Posting 1 (id a): "status" must be one of',
    ],
    [
      'tags of the wrong type',
      (_, p) => (p.tags = 'shortlist'),
      'Posting 1 (id a): "tags" must be a list of texts',
    ],
    [
      'a rating of 9',
      (_, p) => (p.rating = 9),
      'Posting 1 (id a): "rating" must be empty or 1 to 5',
    ],
    [
      'a parse without text',
      (_, p) => delete (p.parsed as Record<string, unknown>).text,
      'Posting 1 (id a), parsed: "text" must be text',
    ],
    [
      'edits missing',
      (_, p) => delete p.edits,
      'Posting 1 (id a): "edits" is missing or not an object',
    ],
    [
      'a repeated id',
      (d, p) => (d.postings as unknown[]).push({ ...p }),
      'Posting 3 (id a): the id appears twice',
    ],
    [
      'a setting without key',
      (d) => (d.settings = [{ value: 1 }]),
      'Setting 1: "key" must be non-empty text',
    ],
  ];

  it.each(cases)(
    'rejects %s with a clear message, and changes no data',
    async (_, change, message) => {
      const before = await snapshot();
      const doc = structuredClone(good);
      const postings = doc.postings as Record<string, unknown>[] | undefined;
      // Postings come newest first: the first one is "b"; put "a" first for stable messages.
      postings?.sort((x, y) => String(x.id).localeCompare(String(y.id)));
      change(doc, (postings?.[0] ?? {}) as Record<string, unknown>);
      const result = parseBackup(JSON.stringify(doc));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain(message);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('rejects a file that is not JSON', () => {
    expect(parseBackup('{"format": ')).toEqual({
      ok: false,
      error: 'This file is not a backup: it is not valid JSON.',
    });
  });
});
