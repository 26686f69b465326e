import { LibraryPage } from './support/library-page';
import { expect, expectNoA11yViolations, storedEdits, test } from './support/test';

test('a corrected field survives reload and can be reset to the parsed value', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await library.open('Warehouse Operations Lead');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('Not stated');

  await page.getByRole('button', { name: 'Edit Salary' }).click();
  const editor = page.getByRole('form', { name: 'Edit Salary' });
  await editor.getByLabel('Minimum').fill('62,000');
  await editor.getByLabel('Maximum').fill('70000');
  await editor.getByLabel('Currency').fill('cad');
  await expectNoA11yViolations(page, 'salary editor');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(facts).toContainText('CA$62,000 – CA$70,000 / year');
  await expect(facts).toContainText('Edited');
  await expect(library.item('Warehouse Operations Lead')).toContainText('CA$62,000 – CA$70,000');

  await page.getByRole('button', { name: 'Edit Work mode' }).click();
  await page.getByRole('combobox', { name: 'Work mode' }).selectOption('Hybrid');
  await page
    .getByRole('form', { name: 'Edit Work mode' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect
    .poll(() => storedEdits(page, 'Warehouse Operations Lead'))
    .toEqual(['salary', 'workMode']);

  await page.reload();
  await expect(facts).toContainText('CA$62,000 – CA$70,000 / year');
  await expect(facts).toContainText('Hybrid');

  await page.getByRole('button', { name: 'Reset Salary to the parsed value' }).click();
  await expect(library.item('Warehouse Operations Lead')).toContainText('Pay not stated');
  await expect.poll(() => storedEdits(page, 'Warehouse Operations Lead')).toEqual(['workMode']);
  await page.reload();
  await expect(library.item('Warehouse Operations Lead')).toContainText('Pay not stated');
  await expect(facts).toContainText('Hybrid');
});

test('an invalid correction is explained and not saved', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await library.open('UX/UI Designer');
  await page.getByRole('button', { name: 'Edit Salary' }).click();
  const editor = page.getByRole('form', { name: 'Edit Salary' });
  await editor.getByLabel('Minimum').fill('900');
  await editor.getByLabel('Maximum').fill('500');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toHaveText('The minimum is above the maximum.');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'Key facts' })).toContainText('€450 – €550 / day');
});

test('after a parser upgrade postings are re-parsed from their source and edits are kept', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await library.open('Retail Store Supervisor');
  await page.getByRole('button', { name: 'Edit Company' }).click();
  await page.getByRole('textbox', { name: 'Company' }).fill('Larkfield Garden Centres');
  await page
    .getByRole('form', { name: 'Edit Company' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect.poll(() => storedEdits(page, 'Retail Store Supervisor')).toEqual(['company']);

  // Simulate postings stored by an older parser: damage their parsed values, mark them stale.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('job-compare');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('postings', 'readwrite');
    const store = tx.objectStore('postings');
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const req = store.getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
    });
    for (const row of all) {
      const parsed = row.parsed as { parserVersion: number; posting: { salary: unknown[] } };
      parsed.parserVersion = 0;
      parsed.posting.salary = [];
      store.put(row);
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });

  await page.reload();
  // Re-parsed from the stored source: pay is back; the user's correction still wins.
  await expect(library.item('Retail Store Supervisor')).toContainText('£13.20 / hour');
  await expect(library.item('Retail Store Supervisor')).toContainText('Larkfield Garden Centres');
  await expect(library.item('Senior Backend Engineer')).toContainText('$165,000 – $195,000 / year');
});

test('focusing controls deep in a posting never slides the whole page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await library.open('Registered Nurse - ICU (Night Shift)');
  await page.getByRole('radio', { name: '4 stars' }).focus();
  await page.getByRole('button', { name: 'Show in text: Salary' }).click();
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  await expect(page.getByRole('heading', { name: 'Job Compare' })).toBeInViewport();
});
