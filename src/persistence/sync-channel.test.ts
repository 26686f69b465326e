import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyPosting } from '../core/model/posting';
import { DB_NAME } from './constants';
import type { PostingRecord } from './posting-record';
import {
  loadAllPostings,
  putPostingIfUnchanged,
  putPostings,
  setDbForTests,
} from './postings-repo';
import { openJobDb } from './schema';
import { createSyncChannel, type PostingsChange, type SyncChannel } from './sync-channel';

const open: SyncChannel[] = [];
function tab(name: string): SyncChannel {
  const channel = createSyncChannel(name);
  open.push(channel);
  return channel;
}
const nextChange = (channel: SyncChannel) =>
  new Promise<PostingsChange>((resolve) => {
    const off = channel.onRemoteChange((change) => {
      off();
      resolve(change);
    });
  });
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(async () => {
  for (const c of open.splice(0)) c.close();
  setDbForTests(null);
  await Dexie.delete(DB_NAME);
});

describe('sync channel between tabs', () => {
  it('delivers a change announced in one tab to the others, not to itself', async () => {
    const a = tab('jc-test-1');
    const b = tab('jc-test-1');
    const heardByA: PostingsChange[] = [];
    a.onRemoteChange((c) => heardByA.push(c));
    const received = nextChange(b);
    a.announceChange({ ids: ['p1', 'p2'] });
    expect(await received).toEqual({ ids: ['p1', 'p2'], deleted: false });
    const deleted = nextChange(b);
    a.announceChange({ ids: ['p1'], deleted: true });
    expect(await deleted).toEqual({ ids: ['p1'], deleted: true });
    await tick();
    expect(heardByA).toEqual([]);
  });

  it('ignores malformed messages and stops after unsubscribe', async () => {
    const b = tab('jc-test-2');
    const heard: PostingsChange[] = [];
    const off = b.onRemoteChange((c) => heard.push(c));
    const raw = new BroadcastChannel('jc-test-2');
    raw.postMessage({ type: 'postings-changed', v: 1, ids: 'p1', deleted: false });
    raw.postMessage('hello');
    raw.postMessage({ type: 'postings-changed', v: 1, ids: ['ok'], deleted: false });
    await tick();
    expect(heard).toEqual([{ ids: ['ok'], deleted: false }]);
    off();
    raw.postMessage({ type: 'postings-changed', v: 1, ids: ['late'], deleted: false });
    await tick();
    raw.close();
    expect(heard).toHaveLength(1);
  });
});

function record(id: string, notes: string, updatedAt: number): PostingRecord {
  return {
    id,
    createdAt: 1,
    updatedAt,
    contentHash: `hash-${id}`,
    source: { name: 'a.txt', type: 'text/plain', bytes: new Uint8Array([104, 105]), index: 0 },
    parsed: { format: 'text', text: 'hi', posting: emptyPosting(), warnings: [], parserVersion: 1 },
    edits: {},
    status: 'saved',
    tags: [],
    notes,
    rating: null,
  };
}

describe('putPostingIfUnchanged', () => {
  it('saves when nobody changed the posting since, and stamps a later updatedAt', async () => {
    setDbForTests(openJobDb());
    await putPostings([record('p', 'old', 100)]);
    const result = await putPostingIfUnchanged(record('p', 'mine', 100), 100);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record.updatedAt).toBeGreaterThan(100);
    expect((await loadAllPostings()).records[0]?.notes).toBe('mine');
  });

  it("two tabs editing the same version: the second gets a conflict with the first tab's edit", async () => {
    setDbForTests(openJobDb());
    await putPostings([record('p', 'old', 100)]);
    // Both tabs loaded version 100; tab A saves first.
    const first = await putPostingIfUnchanged(record('p', 'edit from tab A', 100), 100);
    expect(first.ok).toBe(true);
    const second = await putPostingIfUnchanged(record('p', 'edit from tab B', 100), 100);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.current?.notes).toBe('edit from tab A');
    expect((await loadAllPostings()).records[0]?.notes).toBe('edit from tab A');
    // Tab B resolves the conflict against the version it now knows, and saves.
    if (!second.ok && second.current) {
      const retry = await putPostingIfUnchanged(
        record('p', 'edit from tab A + B', second.current.updatedAt),
        second.current.updatedAt,
      );
      expect(retry.ok).toBe(true);
    }
    expect((await loadAllPostings()).records[0]?.notes).toBe('edit from tab A + B');
  });

  it('reports a posting deleted in another tab as a conflict with current null', async () => {
    setDbForTests(openJobDb());
    const result = await putPostingIfUnchanged(record('gone', 'mine', 100), 100);
    expect(result).toEqual({ ok: false, current: null });
    expect((await loadAllPostings()).records).toEqual([]);
  });
});
