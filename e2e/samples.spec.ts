import { LibraryPage } from './support/library-page';
import { expect, expectNoA11yViolations, test } from './support/test';

test('a new user sees an explained empty state and loads the samples in one click', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(
    page.getByRole('heading', { name: 'Compare job postings side by side' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'empty state');

  await library.loadSamples();
  await expect(library.item('Senior Backend Engineer')).toContainText('$165,000 – $195,000 / year');
  await expect(library.item('Retail Store Supervisor')).toContainText('£13.20 / hour');
  await expect(library.item('Financial Analyst (FP&A)')).toContainText('€62,000 – €74,000 / year');
  await expect(library.item('Warehouse Operations Lead')).toContainText('Pay not stated');
  await expectNoA11yViolations(page, 'library');

  await library.open('Registered Nurse - ICU (Night Shift)');
  await expect(page.getByRole('article').getByText('$52 – $68.50 / hour')).toBeVisible();
  await expectNoA11yViolations(page, 'detail');
});

test('every view passes axe in dark mode and at phone width', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  const library = new LibraryPage(page);
  await library.goto();
  await expectNoA11yViolations(page, 'dark empty state');
  await library.loadSamples();
  await expectNoA11yViolations(page, 'dark library (phone)');
  await library.open('Grade 5 Classroom Teacher');
  await expectNoA11yViolations(page, 'dark detail (phone)');
  await page.getByRole('button', { name: '← Back to postings' }).click();
  await expect(library.list).toBeVisible();
});

test('deleting a posting can be undone', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await library.open('UX/UI Designer');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(library.items).toHaveCount(6);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.items).toHaveCount(7);
  await page.reload();
  await expect(library.items).toHaveCount(7);
});

test('several ticked postings are deleted together and come back with one undo', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await page.getByRole('checkbox', { name: 'Compare UX/UI Designer' }).check();
  await page.getByRole('checkbox', { name: 'Compare Grade 5 Classroom Teacher' }).check();
  await page.getByRole('button', { name: 'Delete ticked' }).click();
  await expect(library.items).toHaveCount(5);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 postings.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.items).toHaveCount(7);
});
