import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileFromPath, LibraryPage } from './support/library-page';
import { expect, test } from './support/test';

// The real postings beside the repository (../shared/seeds), with their correct parse.
const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');

interface Label {
  file: string;
  title: string;
  salary: { min: number; max: number; currency: string; period: string }[];
}

test('the five real postings dropped together are listed with the right titles and pay', async ({
  page,
}) => {
  const labels = (
    JSON.parse(readFileSync(join(SEEDS, 'labels.json'), 'utf8')) as { cases: Label[] }
  ).cases;
  const library = new LibraryPage(page);
  await library.goto();
  await library.dropFiles(labels.map((l) => fileFromPath(join(SEEDS, l.file))));
  await expect(library.items).toHaveCount(labels.length);
  const money = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  for (const label of labels) {
    const item = library.item(label.title);
    await expect(item).toBeVisible();
    const band = label.salary[0];
    if (band) {
      await expect(item).toContainText(
        `${money.format(band.min)} – ${money.format(band.max)} / ${band.period}`,
      );
    } else {
      await expect(item).toContainText('Pay not stated');
    }
  }
});
