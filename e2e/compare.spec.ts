import { readFile } from 'node:fs/promises';
import { ComparePage } from './support/compare-page';
import { expect, expectNoA11yViolations, test } from './support/test';

// Each test loads and parses the seven samples first: on a busy 2-core machine that alone can
// take 20 seconds.
test.describe.configure({ timeout: 90_000 });

const RETAIL = 'Retail Store Supervisor';
const ANALYST = 'Financial Analyst (FP&A)';
const WAREHOUSE = 'Warehouse Operations Lead';
const BACKEND = 'Senior Backend Engineer';
const NURSE = 'Registered Nurse - ICU (Night Shift)';

const ROW_HEADERS = [
  'Salary',
  'Location',
  'Work mode',
  'Employment type',
  'Seniority',
  'Experience',
  'Education',
  'Skills',
  'Benefits',
  'Responsibilities',
];

test('three postings side by side: columns, rows, yearly pay, skill matrix, charts, reload', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.compareSamples([RETAIL, ANALYST, WAREHOUSE]);
  await expect(page).toHaveURL(/[?&]view=compare&ids=[^&]+/);

  // One column per posting, in the order ticked: title and company.
  expect(await compare.columnTitles()).toEqual([RETAIL, ANALYST, WAREHOUSE]);
  await expect(compare.columnHeader(/Larkfield Home & Garden/)).toContainText(RETAIL);
  await expect(compare.columnHeader(/Hansa Mobility GmbH/)).toContainText(ANALYST);
  for (const label of ROW_HEADERS) {
    await expect(
      compare.rowHeader(new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\b`)),
    ).toBeVisible();
  }

  // Hourly pay is shown as stated and annualised, with the assumption; yearly pay as stated.
  const retailPay = compare.cell('Salary', 0);
  await expect(retailPay).toContainText('£13.20 / hour');
  await expect(retailPay).toContainText('= £27,456 / year');
  await expect(retailPay).toContainText('× 2,080 hours');
  await expect(compare.rowHeader(/^Salary/)).toContainText('2,080 hours, 260 days, 52 weeks');
  await expect(compare.cell('Salary', 1)).toContainText('€62,000 – €74,000 / year');
  await expect(compare.cell('Salary', 2)).toContainText('Not stated');
  // GBP and EUR without a rate: shown side by side, never ranked as if equal.
  await expect(compare.row('Salary').getByText(/Highest pay/)).toHaveCount(0);
  await expect(compare.cell('Salary', 1)).toContainText('Not ranked: no exchange rate to GBP');

  // Skills: Excel is asked for by two of the three, SAP by the analyst alone.
  const excel = compare.row('Microsoft Excel');
  await expect(compare.rowHeader(/^Microsoft Excel/)).toContainText('2 of 3');
  await expect(excel.getByRole('cell').nth(0)).toHaveText(/^—\s*Not asked$/);
  await expect(excel.getByRole('cell').nth(1)).toHaveText(/Required/);
  await expect(excel.getByRole('cell').nth(2)).toHaveText(/Required/);
  await expect(compare.rowHeader(/^SAP/)).toContainText('Only one');

  // Charts with their text alternatives.
  const salaryChart = page.getByRole('img', { name: 'Salary band chart' });
  await expect(salaryChart).toBeVisible();
  await expect(salaryChart).toHaveAccessibleDescription(
    /Annual pay in GBP\. Retail Store Supervisor: £27,456\./,
  );
  await expect(salaryChart).toHaveAccessibleDescription(
    /Not shown: .*Financial Analyst \(FP&A\) \(EUR, no exchange rate to GBP\)/,
  );
  const skillChart = page.getByRole('img', { name: 'Skill overlap chart' });
  await expect(skillChart).toHaveAccessibleDescription(
    /Warehouse Operations Lead: 0 skills shared by all, 2 shared by some, \d+ only here/,
  );
  await expectNoA11yViolations(page, 'comparison');

  // The URL is the comparison: reload, and back / forward, keep it.
  const url = page.url();
  await page.reload();
  await expect(compare.table).toBeVisible();
  expect(page.url()).toBe(url);
  expect(await compare.columnTitles()).toEqual([RETAIL, ANALYST, WAREHOUSE]);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(compare.library.list).toBeVisible();
  await page.goBack();
  expect(await compare.columnTitles()).toEqual([RETAIL, ANALYST, WAREHOUSE]);
});

test('same-currency pay is ranked; my profile adds a target line, a match score and missing skills', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.compareSamples([BACKEND, NURSE, WAREHOUSE]);

  await expect(compare.cell('Salary', 1)).toContainText('$52 – $68.50 / hour');
  await expect(compare.cell('Salary', 1)).toContainText('= $108,160 – $142,480 / year');
  await expect(compare.cell('Salary', 0)).toContainText('Highest pay');
  await expect(compare.row('Salary').getByText('Highest pay')).toHaveCount(1);
  await expect(page.getByRole('img', { name: 'Salary band chart' })).toHaveAccessibleDescription(
    /Senior Backend Engineer: \$165,000 to \$195,000 \(highest pay\)\. Registered Nurse - ICU \(Night Shift\): \$108,160 to \$142,480\./,
  );

  // The profile, from the comparison and back.
  await page.getByRole('button', { name: 'Set up my profile' }).click();
  await expect(page.getByRole('heading', { name: 'My profile', level: 2 })).toBeVisible();
  await page.getByLabel('Add a skill').fill('typescript, Node.js');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByRole('list', { name: 'Your skills' })).toContainText('TypeScript');
  await page.getByLabel('Target pay per year').fill('130000');
  await page.getByLabel('Target pay per year').press('Enter');
  await page.getByLabel('Remote').check();
  await expectNoA11yViolations(page, 'profile');
  await page.getByRole('button', { name: 'Back to the comparison' }).click();

  const match = compare.row('Your match');
  await expect(match.getByRole('cell').nth(0)).toContainText(/\d+% skill match/);
  await expect(match.getByRole('cell').nth(0)).toContainText('Missing required:');
  await expect(match.getByRole('cell').nth(0)).toContainText('Pay: above your target');
  await expect(match.getByRole('cell').nth(1)).toContainText(
    'Pay: your target is within the range',
  );
  await expect(page.getByRole('img', { name: 'Salary band chart' })).toHaveAccessibleDescription(
    /Your target: \$130,000\./,
  );

  // Stored locally: still there after a reload.
  await page.reload();
  await expect(compare.row('Your match').getByRole('cell').nth(0)).toContainText(/% skill match/);
  await expectNoA11yViolations(page, 'comparison with profile');
});

test('exchange rates the user enters convert pay into one currency, and only then rank it', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.compareSamples([RETAIL, ANALYST]);
  await expect(compare.row('Salary').getByText(/Highest pay/)).toHaveCount(0);

  await page.getByRole('button', { name: 'My profile' }).first().click();
  await page.getByLabel('Show all pay in').selectOption('GBP');
  await page.getByLabel('1 EUR =').fill('0.85');
  await page.getByLabel('1 EUR =').press('Enter');
  await page.getByRole('button', { name: 'Back to the comparison' }).click();

  await expect(compare.cell('Salary', 1)).toContainText('≈ £52,700 – £62,900 / year');
  await expect(compare.cell('Salary', 1)).toContainText('your exchange rate');
  await expect(compare.cell('Salary', 1)).toContainText('Highest pay');
  await expect(page.getByRole('img', { name: 'Salary band chart' })).toHaveAccessibleDescription(
    /converted with your exchange rates/,
  );
});

test('print gives the comparison alone: no app header, controls or toasts', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.compareSamples([BACKEND, NURSE, ANALYST]);
  await page.emulateMedia({ media: 'print' });
  await expect(compare.table).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Comparison actions' })).toBeHidden();
  await expect(page.getByText(/^Added 7 postings/)).toBeHidden();
  // The whole table prints, not a scrolling window onto it.
  const region = page.getByRole('region', { name: /Comparison table/ });
  expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
  await expect(page.getByText(/^Printed .* from Job Compare\./)).toBeVisible();
});

test('presenter mode steps through one section at a time by keyboard, large and accessible', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.compareSamples([BACKEND, NURSE, ANALYST]);
  await page.getByRole('button', { name: 'Present' }).click();
  const presenter = page.getByRole('dialog', { name: 'Presenter mode: job comparison' });
  await expect(presenter).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Salary' })).toBeVisible();
  await expect(presenter.getByText('Step 1 of 10')).toBeVisible();
  await expect(presenter.getByText(/→ next · ← previous · Esc exit/)).toBeVisible();
  await expect(presenter.getByRole('rowheader', { name: /^Salary/ })).toBeVisible();
  await expect(presenter.getByRole('rowheader', { name: /^Location/ })).toHaveCount(0);
  await expectNoA11yViolations(page, 'presenter');

  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { name: 'Location' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { name: 'Work mode' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.getByRole('heading', { name: 'Location' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(presenter.getByRole('heading', { name: 'Responsibilities' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('postings that no longer exist get a clear message', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.compareSamples([BACKEND, NURSE, ANALYST]);
  const ids = new URL(page.url()).searchParams.get('ids')!;
  await page.goto(`/?view=compare&ids=${ids},gone-posting`);
  await expect(page.getByRole('alert')).toContainText(
    '1 posting in this comparison is no longer in your library',
  );
  expect(await compare.columnTitles()).toEqual([BACKEND, NURSE, ANALYST]);
  await page.getByRole('button', { name: 'Remove from the link' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
  expect(new URL(page.url()).searchParams.get('ids')).toBe(ids);

  await page.goto('/?view=compare&ids=gone-1,gone-2');
  await expect(page.getByRole('alert')).toContainText('2 postings in this comparison');
  await expect(page.getByText('There is nothing to compare yet.')).toBeVisible();
});

test('Export CSV writes the comparison table', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.compareSamples([RETAIL, ANALYST, WAREHOUSE]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Job comparison \d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(`,${RETAIL},${ANALYST},${WAREHOUSE}`);
  expect(csv).toContain('Salary (as stated),£13.20 / hour,"€62,000 – €74,000 / year",Not stated');
  expect(csv).toContain('"£27,456 / year"');
  expect(csv).toMatch(/Skill: Microsoft Excel \([a-z ]+\),,Required,Required/);
});

test('at phone width the row headers stay pinned while columns scroll; dark mode passes axe', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const compare = new ComparePage(page);
  await compare.compareSamples([BACKEND, NURSE, ANALYST]);
  const region = page.getByRole('region', { name: /Comparison table/ });
  const header = compare.rowHeader(/^Salary/);
  const before = await header.boundingBox();
  await region.evaluate((el) => el.scrollTo({ left: 400 }));
  await expect.poll(async () => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
  const after = await header.boundingBox();
  expect(after?.x).toBe(before?.x);
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // Only the table scrolls sideways, never the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoA11yViolations(page, 'comparison, dark, phone');
});
