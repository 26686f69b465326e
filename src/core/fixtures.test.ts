// Every posting in ./fixtures goes through the same path as a dropped file (parsePostingFile
// with the Node engines) and is checked field by field against its <name>.expected.json.
// expected.json holds only the asserted fields, in the CLI's vocabulary; skills and benefits
// compare as sets, salary exactly (label included).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeEngines } from '../../scripts/node-engines';
import { parsePostingFile, toPlainPosting, type PlainPosting } from './index';

const DIR = new URL('./fixtures/', import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => !f.endsWith('.expected.json') && existsExpected(f))
  .sort();

function existsExpected(file: string): boolean {
  return readdirSync(DIR).includes(expectedName(file));
}

function expectedName(file: string): string {
  return `${file.replace(/\.[^.]+$/, '')}.expected.json`;
}

type Expected = Partial<Record<keyof PlainPosting, unknown>>;

describe.each(files)('fixture %s', (file) => {
  const expected = JSON.parse(readFileSync(new URL(expectedName(file), DIR), 'utf8')) as Expected;

  it('parses as expected', async () => {
    const bytes = new Uint8Array(readFileSync(new URL(file, DIR)));
    const results = await parsePostingFile({ name: file, bytes }, nodeEngines);
    const first = results[0];
    expect(first?.ok, first && !first.ok ? first.error : '').toBe(true);
    if (!first?.ok) return;
    const got = toPlainPosting(first);
    for (const [field, want] of Object.entries(expected)) {
      const key = field as keyof PlainPosting;
      if (key === 'skills') {
        const names = (want as (string | { name: string })[]).map((s) =>
          typeof s === 'string' ? s : s.name,
        );
        expect(new Set(got.skills.map((s) => s.name)), field).toEqual(new Set(names));
      } else if (key === 'benefits') {
        expect(new Set(got.benefits), field).toEqual(new Set(want as string[]));
      } else {
        expect(got[key], field).toEqual(want);
      }
    }
  });
});
