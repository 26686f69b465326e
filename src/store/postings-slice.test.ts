import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPosting } from '../core/model/posting';
import { DB_NAME } from '../persistence/constants';
import type { PostingRecord } from '../persistence/posting-record';
import { getPostings, putPostings, setDbForTests } from '../persistence/postings-repo';
import { openJobDb } from '../persistence/schema';
import { closeSyncChannel } from '../persistence/sync-channel';
import { useAppStore } from './index';

const record: PostingRecord = {
  id: 'p1',
  createdAt: 1,
  updatedAt: 1,
  contentHash: 'h',
  source: { name: 'a.txt', type: 'text/plain', bytes: new Uint8Array([65]), index: 0 },
  parsed: { format: 'text', text: 'A', posting: emptyPosting(), warnings: [], parserVersion: 1 },
  edits: {},
  status: 'saved',
  tags: [],
  notes: '',
  rating: null,
};

/** What another tab does: write straight to the database. */
async function otherTabWrites(patch: Partial<PostingRecord>) {
  const [stored] = await getPostings(['p1']);
  await putPostings([{ ...stored!, ...patch, updatedAt: stored!.updatedAt + 100 }]);
}

beforeEach(async () => {
  setDbForTests(openJobDb());
  await putPostings([record]);
  await useAppStore.getState().load();
  useAppStore.setState({ toasts: [] });
});

afterEach(async () => {
  closeSyncChannel();
  setDbForTests(null);
  await Dexie.delete(DB_NAME);
});

describe('editing a posting another tab changed meanwhile', () => {
  it('keeps both changes when they touch different fields, and says so', async () => {
    await otherTabWrites({ status: 'applied' });
    await useAppStore.getState().updateRecord('p1', { notes: 'call Sam' });
    const [stored] = await getPostings(['p1']);
    expect(stored?.status).toBe('applied');
    expect(stored?.notes).toBe('call Sam');
    expect(useAppStore.getState().records[0]?.status).toBe('applied');
    expect(useAppStore.getState().toasts.map((t) => t.message)).toEqual([
      'Another tab changed this posting too; both changes were kept.',
    ]);
  });

  it('keeps both corrections when the tabs corrected different fields', async () => {
    await otherTabWrites({ edits: { title: 'Their title' } });
    await useAppStore.getState().updateRecord('p1', { edits: { company: 'My company' } });
    const [stored] = await getPostings(['p1']);
    expect(stored?.edits).toEqual({ title: 'Their title', company: 'My company' });
  });

  it('tells the user when both tabs changed the same field', async () => {
    await otherTabWrites({ notes: 'theirs' });
    await useAppStore.getState().updateRecord('p1', { notes: 'mine' });
    const [stored] = await getPostings(['p1']);
    expect(stored?.notes).toBe('mine');
    expect(useAppStore.getState().toasts[0]?.message).toMatch(/changed notes of this posting/);
  });

  it('says so when the other tab deleted the posting', async () => {
    const db = openJobDb();
    await db.postings.delete('p1');
    db.close();
    await useAppStore.getState().updateRecord('p1', { notes: 'late' });
    expect(useAppStore.getState().records).toEqual([]);
    expect(useAppStore.getState().toasts[0]?.message).toMatch(/deleted in another tab/);
  });
});

describe('quick successive edits in one tab', () => {
  it('are all saved, in order, without a false conflict', async () => {
    const { updateRecord } = useAppStore.getState();
    await Promise.all([
      updateRecord('p1', { notes: 'a' }),
      updateRecord('p1', { notes: 'ab' }),
      updateRecord('p1', { rating: 4 }),
    ]);
    const [stored] = await getPostings(['p1']);
    expect(stored?.notes).toBe('ab');
    expect(stored?.rating).toBe(4);
    expect(useAppStore.getState().toasts).toEqual([]);
  });
});
