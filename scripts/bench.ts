/**
 * `npm run bench [-- <section>...]`: runs every benchmark section in scripts/bench/*.ts (each
 * exports `run(): Promise<void>` and prints its own figures). Adding a section is adding a file
 * there; `npm run bench -- parse` runs only the sections named.
 */
import { readdirSync } from 'node:fs';

interface BenchSection {
  run: () => Promise<void>;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => a !== '--');
  const dir = new URL('./bench/', import.meta.url);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort();
  for (const name of names) {
    const section = (await import(new URL(`${name}.ts`, dir).href)) as Partial<BenchSection>;
    if (typeof section.run !== 'function') continue;
    console.log(`\n== ${name}`);
    await section.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
