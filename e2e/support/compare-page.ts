/** Page model for the comparison: choosing postings in the library and reading the table. */
import { expect, type Locator, type Page } from '@playwright/test';
import { LibraryPage } from './library-page';

export class ComparePage {
  readonly library: LibraryPage;

  constructor(readonly page: Page) {
    this.library = new LibraryPage(page);
  }

  /** Loads the samples, ticks the postings by title and opens the comparison. */
  async compareSamples(titles: string[]): Promise<void> {
    await this.library.goto();
    await this.library.loadSamples();
    for (const title of titles) {
      await this.page.getByRole('checkbox', { name: `Compare ${title}`, exact: true }).check();
    }
    await this.page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(this.table).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Comparison' });
  }

  columnHeader(name: string | RegExp): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  rowHeader(name: string | RegExp): Locator {
    return this.table.getByRole('rowheader', { name });
  }

  /** The row whose header starts with `label` ("Salary" matches "Salary Differs ..."). */
  row(label: string): Locator {
    const header = this.page.getByRole('rowheader', { name: new RegExp(`^${escape(label)}\\b`) });
    return this.table.getByRole('row').filter({ has: header });
  }

  /** One cell of a row, by the posting's column position (0 = first posting). */
  cell(label: string, column: number): Locator {
    return this.row(label).getByRole('cell').nth(column);
  }

  async columnTitles(): Promise<string[]> {
    const headers = this.table.getByRole('columnheader');
    return (await headers.allInnerTexts()).slice(1).map((t) => t.split('\n')[0]!.trim());
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
