/**
 * Every spec imports `test` from here: it records every request the page and its service worker
 * make and fails the test if any goes to a host other than the app's own.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

const OWN_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ context }, use) => {
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (!OWN_HOSTS.has(url.hostname)) foreign.push(request.url());
    });
    await use(foreign);
    expect(foreign, 'the app must never request another host').toEqual([]);
  },
  page: async ({ page, foreignRequests }, use) => {
    void foreignRequests;
    await use(page);
  },
});

export { expect };

/** Runs axe on the page as it is now and fails on any WCAG 2.2 A/AA violation. */
export async function expectNoA11yViolations(page: Page, context = ''): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * The fields the user corrected on a stored posting, as IndexedDB holds them now. The screen shows
 * a change at once and storage catches up in order: a test that reloads right after a save waits
 * for this first, as a user who reloads a moment later would.
 */
export async function storedEdits(page: Page, title: string): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('job-compare');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = db.transaction('postings').objectStore('postings').getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const row = rows.find(
      (r) =>
        (r.parsed as { posting: { title: { value: string } | null } }).posting.title?.value ===
        wanted,
    );
    return Object.keys((row?.edits as Record<string, unknown> | undefined) ?? {}).sort();
  }, title);
}
