/**
 * `npx tsx scripts/fixture-report.ts [--seeds]`: per-field accuracy of the parser on the fixture
 * suite (src/core/fixtures) and every mismatch, one line each. A development aid next to the
 * fixture test, which fails on the first mismatch of a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parsePostingFile, toPlainPosting, type PlainPosting } from '../src/core/index';
import { nodeEngines } from './node-engines';

const DIR = new URL('../src/core/fixtures/', import.meta.url);

function same(field: string, got: unknown, want: unknown): boolean {
  if (field === 'benefits' || field === 'skills') {
    const names = (v: unknown): string[] =>
      (v as (string | { name: string })[]).map((s) => (typeof s === 'string' ? s : s.name)).sort();
    return JSON.stringify(names(got)) === JSON.stringify(names(want));
  }
  return JSON.stringify(got) === JSON.stringify(want);
}

async function main(): Promise<void> {
  const totals = new Map<string, { ok: number; all: number }>();
  const files = readdirSync(DIR).filter((f) => !f.endsWith('.expected.json'));
  for (const file of files.sort()) {
    const expectedFile = `${file.replace(/\.[^.]+$/, '')}.expected.json`;
    let expected: Record<string, unknown>;
    try {
      expected = JSON.parse(readFileSync(new URL(expectedFile, DIR), 'utf8')) as Record<
        string,
        unknown
      >;
    } catch {
      continue;
    }
    const bytes = new Uint8Array(readFileSync(new URL(file, DIR)));
    const [result] = await parsePostingFile({ name: file, bytes }, nodeEngines);
    if (!result?.ok) {
      console.log(`${file}: ERROR ${result && !result.ok ? result.error : ''}`);
      continue;
    }
    const got = toPlainPosting(result);
    for (const [field, want] of Object.entries(expected)) {
      const value = got[field as keyof PlainPosting];
      const ok = same(field, value, want);
      const t = totals.get(field) ?? { ok: 0, all: 0 };
      t.all++;
      if (ok) t.ok++;
      totals.set(field, t);
      if (!ok)
        console.log(`${file} ${field}: got ${JSON.stringify(value)} want ${JSON.stringify(want)}`);
    }
  }
  for (const [field, t] of totals) console.log(`${field.padEnd(20)} ${t.ok}/${t.all}`);
}

void main();
