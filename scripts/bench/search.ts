/**
 * Search-as-you-type at 1k, 5k and 20k postings: index build time, then milliseconds per
 * keystroke (search plus highlights for the rows a list shows first) while typing queries
 * letter by letter, typos included, with and without the full text. Goal: p95 < 16 ms at 20k.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createSearchIndex, type SearchDoc } from '../../src/core/search';
import { makePostings } from './lib/synthetic-postings';

const SIZES = [1000, 5000, 20000];
const QUERIES = [
  'kubernetes',
  'kubernets',
  'registered nurse',
  'nurse boston',
  'senior python developer',
  'pyhton',
  'data analyst zurich',
  'forklift operator',
  'sous chef london',
  'accountant ifrs',
  'teacher münchen',
  'welder',
  'machine lerning',
  'remote react',
];
const WARM_UP = ['engineer', 'care', 'excel', 'chef'];
/** Rows a virtualised list renders first: their highlights are read on every keystroke. */
const VISIBLE_ROWS = 20;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

/** Wall-clock and CPU milliseconds per keystroke (CPU is steadier on a busy machine). */
function typeQueries(
  index: ReturnType<typeof createSearchIndex>,
  queries: string[],
  fullText: boolean,
): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of queries) {
    for (let n = 1; n <= query.length; n++) {
      const typed = query.slice(0, n);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const hits = index.search(typed, { fullText });
      for (let i = 0; i < Math.min(VISIBLE_ROWS, hits.length); i++) void hits[i]?.highlights;
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

const fmt = (ms: number) => ms.toFixed(2).padStart(7);

export async function run(): Promise<void> {
  const load = os.loadavg()[0] ?? 0;
  console.log(
    `Search (createSearchIndex): ms per keystroke, typing ${QUERIES.length} queries letter by letter ` +
      `(${os.cpus().length} CPUs, load average ${load.toFixed(1)}: wall times inflate on a busy machine)`,
  );
  const all = makePostings(Math.max(...SIZES));
  for (const size of SIZES) {
    const docs: SearchDoc[] = all.slice(0, size).map((p) => ({
      id: p.id,
      title: p.title,
      company: p.company,
      locations: p.locations,
      skills: p.skills,
      text: p.text,
    }));
    const kb = docs.reduce((sum, d) => sum + d.text.length, 0) / 1024 / size;
    const t0 = performance.now();
    const index = createSearchIndex(docs);
    const build = performance.now() - t0;
    console.log(
      `  ${String(size).padStart(6)} postings (${kb.toFixed(1)} KB text each): index built in ${build.toFixed(0)} ms`,
    );
    typeQueries(index, WARM_UP, false);
    typeQueries(index, WARM_UP, true);
    for (const fullText of [false, true]) {
      const { wall, cpu } = typeQueries(index, QUERIES, fullText);
      console.log(
        `  ${String(size).padStart(6)} postings, ${fullText ? 'fields + full text' : 'fields only       '}: ` +
          `p50 ${fmt(percentile(wall, 50))} ms  p95 ${fmt(percentile(wall, 95))} ms  ` +
          `max ${fmt(wall[wall.length - 1] ?? NaN)} ms | CPU p50 ${fmt(percentile(cpu, 50))} ms  ` +
          `p95 ${fmt(percentile(cpu, 95))} ms  (${wall.length} keystrokes)`,
      );
    }
  }
}
