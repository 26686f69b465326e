import { fileFromPath, LibraryPage } from './support/library-page';
import { expect, expectNoA11yViolations, test } from './support/test';

const NURSE = `Charge Nurse - Emergency Department
Lakeside Medical Center
Denver, CO
Full-time, on-site

Pay: $48.00 - $61.00 per hour

Requirements
- Active Colorado RN license
- 3 years of emergency nursing experience
- BLS and ACLS certification
`;

test('a pasted posting is added and opened', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(NURSE);
  await expect(library.item('Charge Nurse - Emergency Department')).toBeVisible();
  await library.open('Charge Nurse - Emergency Department');
  await expect(page.getByRole('article').getByText('$48 – $61 / hour')).toBeVisible();
  await expectNoA11yViolations(page, 'posting detail');
});

test('files chosen with the file picker are imported', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.pickFiles([
    'e2e/fixtures/barista.txt',
    'e2e/fixtures/data-engineer.md',
    'e2e/fixtures/job-page.html',
  ]);
  await expect(library.items).toHaveCount(3);
  await expect(library.item('Barista')).toBeVisible();
  await expect(library.item('Data Engineer')).toBeVisible();
  await expect(library.item('Plumbing Apprentice')).toBeVisible();
});

test('dropping several files imports the good ones and names the bad one', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.dropFiles([
    fileFromPath('e2e/fixtures/barista.txt'),
    fileFromPath('public/icons/icon-192.png', 'image/png'),
    fileFromPath('e2e/fixtures/postings.json', 'application/json'),
  ]);
  const problems = page.getByRole('alert', { name: 'Import problems' });
  await expect(problems).toContainText('icon-192.png');
  await expect(problems).toContainText(/image/i);
  await expect(library.item('Barista')).toBeVisible();
  await expect(library.item('Line Cook')).toBeVisible();
  await expect(library.item('Delivery Driver')).toBeVisible();
  await expect(library.items).toHaveCount(3);
  await expectNoA11yViolations(page, 'library with import problems');
});

test('the same file imported twice is skipped with a message', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.pickFiles(['e2e/fixtures/barista.txt']);
  await expect(library.items).toHaveCount(1);
  await library.pickFiles(['e2e/fixtures/barista.txt']);
  await expect(page.getByRole('alert', { name: 'Import problems' })).toContainText(
    'already in your library',
  );
  await expect(library.items).toHaveCount(1);
});

test('hostile HTML is shown as text and runs nothing', async ({ page }) => {
  const library = new LibraryPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await library.goto();
  await library.pickFiles(['e2e/fixtures/hostile.html']);
  await expect(library.items).toHaveCount(1);
  await library.open('Night Security Officer');
  await expect(page.getByRole('region', { name: 'Source text' })).toContainText('<b>not bold</b>');
  expect(await page.locator('#hijack').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
