/**
 * Reload with 5,000 stored postings: the time from opening the database to a searchable list
 * (load every record, validate each through restore, build the search index). Runs on
 * fake-indexeddb in Node: a PROXY for the browser figure, not the figure itself (real IndexedDB
 * reads structured clones natively, fake-indexeddb in JavaScript, so Node is likely slower).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { applyEdits } from '../../src/core/model/edits';
import { createSearchIndex, toSearchDoc } from '../../src/core/search';
import { loadAllPostings, putPostings, setDbForTests } from '../../src/persistence/postings-repo';
import { openJobDb } from '../../src/persistence/schema';
import { makePostings, toRecord } from './lib/synthetic-postings';

const COUNT = 5000;

export async function run(): Promise<void> {
  const records = makePostings(COUNT, 7).map(toRecord);
  const seedDb = openJobDb({ indexedDB, IDBKeyRange });
  setDbForTests(seedDb);
  for (let i = 0; i < records.length; i += 500) await putPostings(records.slice(i, i + 500));
  seedDb.close();

  // A fresh connection, as after a reload.
  const db = openJobDb({ indexedDB, IDBKeyRange });
  setDbForTests(db);
  const t0 = performance.now();
  await db.open();
  const t1 = performance.now();
  const { records: loaded, rejected } = await loadAllPostings();
  const t2 = performance.now();
  const docs = loaded.map((r) =>
    toSearchDoc({
      id: r.id,
      posting: applyEdits(r.parsed.posting, r.edits),
      text: r.parsed.text,
      fallbackTitle: r.source.name,
    }),
  );
  const index = createSearchIndex(docs);
  const t3 = performance.now();
  index.search('nurse');
  const t4 = performance.now();
  db.close();
  setDbForTests(null);
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(db.name);
    req.onsuccess = req.onerror = () => resolve();
  });

  const ms = (a: number, b: number) => `${(b - a).toFixed(0).padStart(6)} ms`;
  console.log(`Reload with ${loaded.length} stored postings (${rejected.length} rejected)`);
  console.log('  NOTE: Node + fake-indexeddb, a proxy for the browser figure (goal: < 1 s there).');
  console.log(`  open database                 ${ms(t0, t1)}`);
  console.log(`  loadAllPostings (+ restore)   ${ms(t1, t2)}`);
  console.log(`  build search index            ${ms(t2, t3)}`);
  console.log(`  first search                  ${ms(t3, t4)}`);
  console.log(`  total to a searchable list    ${ms(t0, t4)}`);
}
