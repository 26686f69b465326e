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
  // Wait until the service worker has installed and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
  await library.loadSamples();

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(library.items).toHaveCount(7);

  // Still works offline: parsing runs in the (precached) worker.
  await library.paste('Dog Walker\nHappy Paws\nBrooklyn, NY\n$25 per hour');
  await expect(library.item('Dog Walker')).toBeVisible();
  await context.setOffline(false);
});
