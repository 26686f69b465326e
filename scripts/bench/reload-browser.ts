/**
 * Reload with 5,000 stored postings in real Chromium with real IndexedDB: the time from
 * reload to a listed library, and how long the main thread stays busy after it (long tasks).
 * Serves the production build (built first when dist/ is missing) on its own port.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { PARSER_VERSION } from '../../src/core/version';
import { makePostings, toRecord } from './lib/synthetic-postings';

const COUNT = 5000;
const PORT = 4191;
const ROUNDS = 3;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export async function run(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    await new Promise<void>((resolve, reject) =>
      spawn('npx', ['vite', 'build'], { stdio: 'ignore' }).on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error('vite build failed')),
      ),
    );
  }
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://localhost:${PORT}/`;
  try {
    await waitForServer(base);
    const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
    const browser = await chromium.launch({
      executablePath,
      args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'],
    });
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Long tasks from the very start of each load, to see when the page is free for input.
    await page.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(base);
    await page.getByRole('heading', { name: 'Job Compare' }).waitFor();

    // Seed through IndexedDB directly, in batches (the app created the schema on first load).
    const records = makePostings(COUNT, 7).map((p, i) => {
      const r = toRecord(p, i);
      return { ...r, parsed: { ...r.parsed, parserVersion: PARSER_VERSION } };
    });
    for (let i = 0; i < records.length; i += 500) {
      const batch = records.slice(i, i + 500).map((r) => ({
        ...r,
        // The source bytes are the UTF-8 text: rebuilt in the page, much cheaper than sending them.
        source: { ...r.source, bytes: null },
      }));
      await page.evaluate(async (rows) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('job-compare');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const tx = db.transaction('postings', 'readwrite');
        for (const row of rows) {
          tx.objectStore('postings').put({
            ...row,
            source: { ...row.source, bytes: new TextEncoder().encode(row.parsed.text) },
          });
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('seeding aborted'));
        });
        db.close();
      }, batch);
    }

    const listed: number[] = [];
    const busyUntil: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.reload({ waitUntil: 'commit' });
      await page.getByRole('list', { name: 'Postings' }).getByRole('listitem').first().waitFor();
      const shown = await page.evaluate(() => performance.now());
      // Let idle work (the search index) run, then read the long tasks.
      await page.waitForTimeout(4000);
      const long = await page.evaluate(
        () => (window as unknown as { __long: { start: number; duration: number }[] }).__long,
      );
      const end = long.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
      const beforeList = long.filter((t) => t.start < shown).reduce((m, t) => m + t.duration, 0);
      listed.push(shown);
      busyUntil.push(end);
      console.log(
        `  round ${round + 1}: list shown at ${shown.toFixed(0)} ms; long tasks before it ${beforeList.toFixed(0)} ms; ` +
          `main thread busy until ${end.toFixed(0)} ms (${long.length} long tasks, longest ${Math.max(0, ...long.map((t) => t.duration)).toFixed(0)} ms)`,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `Reload with ${COUNT} postings in Chromium (real IndexedDB): list shown at ${median(listed).toFixed(0)} ms after navigation (median of ${ROUNDS}); ` +
        `main thread last busy at ${median(busyUntil).toFixed(0)} ms (the search index is built in idle time after the list shows)`,
    );
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}
