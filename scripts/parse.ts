/**
 * `npm run parse -- <files...>`: parses files with the same core as the app and prints a JSON
 * array, one element per file in argument order: the plain fields (no spans), or {file, error}.
 * A file holding several postings (a JSON array) gives one element with the first posting's
 * fields plus `postings`: every posting's fields, in file order.
 * Exit 0 when it printed (even with per-file errors), 2 on usage errors.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePostingFile } from '../src/core/index';
import { toPlainPosting, type ParseResult, type PlainPosting } from '../src/core/index';
import { nodeEngines } from './node-engines';

type Output =
  | ({ file: string } & PlainPosting & { postings?: PlainPosting[] })
  | { file: string; error: string };

async function parseFile(file: string): Promise<Output> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return { file, error: `cannot read file: ${(error as Error).message}` };
  }
  const results: ParseResult[] = await parsePostingFile(
    { name: basename(file), bytes },
    nodeEngines,
  );
  const ok = results.flatMap((r) => (r.ok ? [toPlainPosting(r)] : []));
  const first = ok[0];
  if (!first) {
    const failed = results.find((r) => !r.ok);
    return { file, error: failed && !failed.ok ? failed.error : 'no posting found' };
  }
  return ok.length > 1 ? { file, ...first, postings: ok } : { file, ...first };
}

async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  if (files.length === 0 || files.some((f) => f === '-h' || f === '--help')) {
    process.stderr.write('usage: npm run parse -- <file> [file...]\n');
    return 2;
  }
  const out: Output[] = [];
  for (const file of files) out.push(await parseFile(file));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
