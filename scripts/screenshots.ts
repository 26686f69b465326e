/**
 * Screenshots of every view at desktop and phone widths, light and dark, for a human to look at.
 * Needs the app served (npm start). Usage: npx tsx scripts/screenshots.ts [baseURL]
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173';
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'],
});

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: false });
  console.log(`screenshots/${name}.png`);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(base);
    await shoot(page, `${label}-${scheme}-1-empty`);
    await page.getByRole('button', { name: 'Load sample postings' }).click();
    await page.getByRole('list', { name: 'Postings' }).getByRole('listitem').nth(6).waitFor();
    await shoot(page, `${label}-${scheme}-2-library`);
    await page
      .getByRole('list', { name: 'Postings' })
      .getByRole('button', { name: /Registered Nurse/ })
      .click();
    await shoot(page, `${label}-${scheme}-3-detail`);
    await page.getByRole('button', { name: 'Show in text: Salary' }).click();
    await shoot(page, `${label}-${scheme}-4-evidence`);
    await context.close();
  }
}
await browser.close();
