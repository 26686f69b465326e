import { LibraryPage } from './support/library-page';
import { expect, expectNoA11yViolations, test } from './support/test';

test('search narrows the list as you type, tolerates typos and highlights matches', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  const search = page.getByRole('searchbox', { name: 'Search postings' });

  await search.pressSequentially('finan');
  await expect(library.items).toHaveCount(1);
  await expect(library.item('Financial Analyst (FP&A)')).toBeVisible();
  await expect(library.items.first().locator('mark').first()).toHaveText('Finan');

  await search.fill('kubernets');
  await expect(library.item('Senior Backend Engineer')).toBeVisible();
  await expect(library.items.first()).toContainText('Kubernetes');

  await search.fill('nurse');
  await expect(library.items).toHaveCount(1);
  await expect(page).toHaveURL(/q=nurse/);
  await page.reload();
  await expect(search).toHaveValue('nurse');
  await expect(library.items).toHaveCount(1);
  await expectNoA11yViolations(page, 'search results');

  await search.fill('zzzzzz');
  await expect(page.getByText('No postings match “zzzzzz”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(library.items).toHaveCount(7);
});

test('filters and sort live in the URL', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('group', { name: 'Work mode' }).getByLabel('Hybrid').check();
  await expect(library.items).toHaveCount(2);
  await expect(library.item('UX/UI Designer')).toBeVisible();
  await expect(library.item('Financial Analyst (FP&A)')).toBeVisible();
  await expectNoA11yViolations(page, 'filters open');

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('Title A–Z');
  await expect(library.items.first()).toContainText('Financial Analyst (FP&A)');
  await expect(page).toHaveURL(/mode=hybrid/);
  await expect(page).toHaveURL(/sort=title/);

  await page.reload();
  await expect(library.items).toHaveCount(2);
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=title/);

  await page.getByRole('button', { name: /Filters/ }).click();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await page.getByLabel('Minimum yearly pay').fill('100000');
  await page.getByLabel('Currency of the minimum pay').selectOption('USD');
  // $165k-$195k a year and $52-$68.50 an hour (= $142,480 a year at 2,080 h) both pass.
  await expect(library.items).toHaveCount(2);
  await expect(library.item('Registered Nurse - ICU (Night Shift)')).toBeVisible();
});
