import { LibraryPage } from './support/library-page';
import { expect, test } from './support/test';

test('postings survive a reload', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await page.reload();
  await expect(library.items).toHaveCount(7);
  await expect(library.item('Senior Backend Engineer')).toBeVisible();
});

test('after the first visit the app loads and works offline', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  // The service worker installs on the first visit and controls the page from the next load.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(library.items).toHaveCount(7);

  // Still works offline: parsing runs in the (precached) worker.
  await library.paste('Dog Walker\nHappy Paws\nBrooklyn, NY\n$25 per hour');
  await expect(library.item('Dog Walker')).toBeVisible();
  await context.setOffline(false);
});
