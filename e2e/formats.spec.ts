import { LibraryPage } from './support/library-page';
import { expect, test } from './support/test';

const FIXTURES = 'src/core/fixtures';

test('PDF and Word files are read in the browser, also offline', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.pickFiles([
    `${FIXTURES}/northwind-senior-data-engineer.pdf`,
    `${FIXTURES}/lumen-staff-product-designer.docx`,
  ]);
  await expect(library.item('Senior Data Engineer')).toContainText('$140,000 – $165,000 / year');
  await expect(library.item('Staff Product Designer')).toContainText(
    'CA$150,000 – CA$175,000 / year',
  );

  // pdf.js and mammoth load lazily; the service worker must have precached them too.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  await library.pickFiles([
    `${FIXTURES}/brightwave-backend-entwickler.pdf`,
    `${FIXTURES}/harbor-pharmacy-technician.docx`,
  ]);
  await expect(library.item('Backend-Entwickler (m/w/d)')).toContainText(
    '€62,000 – €74,000 / year',
  );
  await expect(library.item('Pharmacy Technician')).toContainText('$22.50 – $26 / hour');
  await context.setOffline(false);
});
