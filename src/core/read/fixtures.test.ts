// The committed binary fixtures must equal what their generators produce (DOCX: read the same), so a fixture can be
// regenerated and reviewed. Regenerate with: WRITE_FIXTURES=1 npx vitest run src/core/read/fixtures
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeEngines } from '../../../scripts/node-engines';
import { E2E_FIXTURES, READ_FIXTURES } from '../../test-support/read-fixtures';
import { readSource } from './index';

const folders = [
  { dir: new URL('./fixtures/', import.meta.url), fixtures: READ_FIXTURES },
  { dir: new URL('../fixtures/', import.meta.url), fixtures: E2E_FIXTURES },
];

describe('generated fixtures', () => {
  for (const { dir, fixtures } of folders) {
    for (const [name, build] of Object.entries(fixtures)) {
      it(`${name} matches its generator`, async () => {
        const path = fileURLToPath(new URL(name, dir));
        const bytes = await build();
        if (process.env['WRITE_FIXTURES'] === '1' || !existsSync(path)) writeFileSync(path, bytes);
        const onDisk = new Uint8Array(readFileSync(path));
        if (!name.endsWith('.docx')) {
          expect(onDisk).toEqual(bytes);
          return;
        }
        // Deflate output may differ between zlib versions: compare what the reader gets.
        const [disk, fresh] = await Promise.all(
          [onDisk, bytes].map((b) => readSource({ name, bytes: b }, nodeEngines)),
        );
        expect(disk).toEqual(fresh);
      });
    }
  }
});
