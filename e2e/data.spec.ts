import { readFileSync } from 'node:fs';
import { LibraryPage } from './support/library-page';
import { expect, expectNoA11yViolations, test } from './support/test';

test('export a backup, delete everything, import it back: nothing lost', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await library.open('UX/UI Designer');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('Applied');
  await page.getByLabel('Add tags').fill('shortlist');
  await page.getByRole('button', { name: 'Add tag' }).click();

  await page.getByRole('button', { name: 'Your data' }).click();
  await expectNoA11yViolations(page, 'data view');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const backupPath = await (await downloading).path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { postings: unknown[] };
  expect(backup.postings).toHaveLength(7);

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('button', { name: '← Back to postings' }).click();
  await expect(page.getByRole('button', { name: 'Load sample postings' })).toBeVisible();

  await page.getByRole('button', { name: 'Your data' }).click();
  await page.getByLabel('Import backup').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Replace my library' }).click();
  await page.getByRole('button', { name: '← Back to postings' }).click();
  await expect(library.items).toHaveCount(7);
  await library.open('UX/UI Designer');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('applied');
  await expect(page.getByRole('list', { name: 'Tags' })).toContainText('shortlist');
});

test('a broken backup is refused with a reason and changes nothing', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  await page.getByRole('button', { name: 'Your data' }).click();
  await page.getByLabel('Import backup').setInputFiles({
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'job-compare-backup', version: 99 })),
  });
  await expect(page.getByRole('alert')).toContainText('“old.json” was not imported');
  await page.getByRole('button', { name: '← Back to postings' }).click();
  await expect(library.items).toHaveCount(7);
});

test('a coach hands out a workshop set; a participant opens it in one step', async ({
  page,
  browser,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  for (const title of ['Senior Backend Engineer', 'Financial Analyst (FP&A)', 'UX/UI Designer']) {
    await page.getByRole('checkbox', { name: `Compare ${title}` }).check();
  }
  await library.open('Senior Backend Engineer');
  await page
    .getByRole('textbox', { name: 'Notes', exact: true })
    .fill('private: salary expectations');
  await page.getByRole('button', { name: 'Your data' }).click();
  await page.getByLabel('Name of the set').fill('Week 3 offers');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workshop set' }).click();
  const setPath = await (await downloading).path();
  expect(readFileSync(setPath, 'utf8')).not.toContain('private: salary expectations');

  // Another machine: a fresh browser context with an empty library.
  const participant = await browser.newContext();
  const other = await participant.newPage();
  const theirs = new LibraryPage(other);
  await theirs.goto();
  await other.getByLabel('Import files').setInputFiles({
    name: 'week-3-offers.jobset.json',
    mimeType: 'application/json',
    buffer: readFileSync(setPath),
  });
  await expect(other.getByRole('table', { name: 'Comparison' })).toBeVisible();
  for (const title of ['Senior Backend Engineer', 'Financial Analyst (FP&A)', 'UX/UI Designer']) {
    await expect(
      other.getByRole('columnheader', { name: new RegExp(title.replace(/[()]/g, '.')) }),
    ).toBeVisible();
  }
  await participant.close();
});

test('a change made in one tab appears in the other without reload', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.loadSamples();
  const second = await context.newPage();
  const other = new LibraryPage(second);
  await other.goto();
  await expect(other.items).toHaveCount(7);

  await library.open('Grade 5 Classroom Teacher');
  await page.getByRole('button', { name: 'Edit Title' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Grade 5 Teacher (French immersion)');
  await page
    .getByRole('form', { name: 'Edit Title' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(other.item('Grade 5 Teacher (French immersion)')).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(other.items).toHaveCount(6);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(other.items).toHaveCount(7);
});

test('a damaged workshop set is refused with a reason', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Your data' }).click();
  await page.getByLabel('Open workshop set').setInputFiles({
    name: 'week-4.jobset.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'job-compare-workshop-set', version: 1, title: 'x', postings: 3 }),
    ),
  });
  await expect(page.getByRole('alert')).toContainText(
    '“week-4.jobset.json” is not a usable workshop set',
  );
});
