/** Page model for the library: the flows several specs repeat, by role and label. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export interface DropFile {
  name: string;
  type: string;
  bytes: Buffer;
}

export function fileFromPath(path: string, type = 'text/plain'): DropFile {
  return { name: basename(path), type, bytes: readFileSync(path) };
}

export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Job Compare' })).toBeVisible();
    // Ready when the library has loaded: the empty state or the list is showing.
    await expect(
      this.page.getByRole('button', { name: 'Load sample postings' }).or(this.list),
    ).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Postings' });
  }

  get items(): Locator {
    return this.list.getByRole('listitem');
  }

  item(title: string | RegExp): Locator {
    return this.items.filter({
      has: this.page.getByText(title, { exact: typeof title === 'string' }),
    });
  }

  async loadSamples(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load sample postings' }).click();
    await expect(this.items).toHaveCount(7);
  }

  async paste(text: string): Promise<void> {
    const box = this.page.getByLabel('Paste a posting');
    // In the library the paste box sits in a closed disclosure; the empty state shows it.
    if (await this.list.isVisible()) {
      const disclosure = this.page.getByText('Paste a new posting');
      if (!(await box.isVisible())) await disclosure.click();
    }
    await box.fill(text);
    await this.page.getByRole('button', { name: 'Add posting' }).click();
  }

  async pickFiles(files: string[] | DropFile[]): Promise<void> {
    const input = this.page.getByLabel('Import files');
    if (typeof files[0] === 'string') await input.setInputFiles(files as string[]);
    else
      await input.setInputFiles(
        (files as DropFile[]).map((f) => ({ name: f.name, mimeType: f.type, buffer: f.bytes })),
      );
  }

  /** Drops files on the page the way a browser does: dragenter, dragover, drop. */
  async dropFiles(files: DropFile[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, type: f.type, data: [...f.bytes] }));
    const dataTransfer = await this.page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const item of items) {
        dt.items.add(new File([new Uint8Array(item.data)], item.name, { type: item.type }));
      }
      return dt;
    }, payload);
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(this.page.getByText('Drop files to import')).toBeVisible();
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(this.page.getByText('Drop files to import')).toBeHidden();
  }

  async open(title: string): Promise<void> {
    await this.item(title).getByRole('button').click();
    await expect(this.page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
}
