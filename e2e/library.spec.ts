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

  // Filters are active, so the panel opened itself on reload.
  await expect(page.getByRole('button', { name: /Filters/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await page.getByLabel('Minimum yearly pay').fill('100000');
  await page.getByLabel('Currency of the minimum pay').selectOption('USD');
  // $165k-$195k a year and $52-$68.50 an hour (= $142,480 a year at 2,080 h) both pass.
  await expect(library.items).toHaveCount(2);
  await expect(library.item('Registered Nurse - ICU (Night Shift)')).toBeVisible();
});

const CROSS_POSTED = `Payroll Specialist
Brookfield Dental Group
Columbus, OH
Full-time

Salary: $58,000 - $66,000 per year

About the role
Brookfield Dental Group runs twelve family dental clinics across central Ohio. You will run payroll
for 240 employees, keep our time and attendance records accurate, and answer staff questions about
pay, deductions and benefits enrolment.

Responsibilities
- Process bi-weekly payroll for all clinics in ADP Workforce Now
- Reconcile payroll registers with the general ledger every month
- File quarterly payroll tax returns and year-end W-2s
- Keep employee records confidential and up to date

Requirements
- 3 years of multi-state payroll experience
- Working knowledge of ADP and Microsoft Excel
- Associate degree in Accounting or a related field
`;

test('a near-duplicate posting is offered for merging, never merged silently', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.paste(CROSS_POSTED);
  await expect(library.items).toHaveCount(1);
  // The same job from another board: different chrome around the same text.
  await library.paste(`Easy Apply\nSave job\n${CROSS_POSTED}\nPosted 3 days ago · 41 applicants`);
  await expect(library.items).toHaveCount(2);
  const offers = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(offers).toContainText('looks like a posting already in your library');
  await expectNoA11yViolations(page, 'duplicate offer');
  await offers.getByRole('button', { name: /^Merge/ }).click();
  await expect(library.items).toHaveCount(1);
  await library.open('Payroll Specialist');
  await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(
    /Also posted as: Pasted:/,
  );
});
