/**
 * Parser throughput: ~6 KB text postings (each fixture or seed, padded with sections of the
 * others so that sizes and layouts vary) through `parsePostingText`, on one core. Prints
 * postings per second and p50 / p95 milliseconds per posting. Goal: >= 2,000 postings/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parsePostingText } from '../../src/core/index';

const FIXTURES = new URL('../../src/core/fixtures/', import.meta.url);
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const TARGET_BYTES = 6 * 1024;
const ROUNDS = 12;
// V8 optimises the extractors only after a few hundred calls: the first rounds run partly
// unoptimised code. A worker importing a batch soon reaches the steady state, which is what
// the goal is about; the first round is printed too, as the cold figure.
const WARMUP_ROUNDS = 6;

function readTexts(dir: URL): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f) && !/utf16|cp1252/.test(f))
      .sort()
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  } catch {
    return [];
  }
}

/** Each base posting padded to ~6 KB with the body lines of the others, in rotation. */
function makePostings(): string[] {
  const bases = [...readTexts(FIXTURES), ...readTexts(SEEDS)];
  return bases.map((base, i) => {
    let text = base;
    for (let k = 1; text.length < TARGET_BYTES && k < bases.length; k++) {
      const other = bases[(i + k) % bases.length] ?? '';
      // Skip the other posting's header (title, company, place) so the base stays the posting.
      text += `\n${other.split('\n').slice(4).join('\n')}`;
    }
    return text.slice(0, TARGET_BYTES + 512);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function run(): Promise<void> {
  const postings = makePostings();
  const kb = postings.reduce((s, p) => s + p.length, 0) / postings.length / 1024;
  const cold0 = process.cpuUsage();
  for (const p of postings) parsePostingText(p);
  const cold = process.cpuUsage(cold0);
  for (let r = 1; r < WARMUP_ROUNDS; r++) for (const p of postings) parsePostingText(p);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const p of postings) {
      const t = performance.now();
      parsePostingText(p);
      times.push(performance.now() - t);
    }
  }
  const total = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU seconds this process used: on a shared, busy machine wall time overstates the cost.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  times.sort((a, b) => a - b);
  console.log(
    `Parse (parsePostingText): ${postings.length} postings of ~${kb.toFixed(1)} KB, ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds, one core`,
  );
  console.log(
    `  ${Math.round(times.length / total)} postings/s wall clock, ` +
      `${Math.round(times.length / cpuSeconds)} postings per CPU second ` +
      `(first, cold round: ${Math.round(postings.length / ((cold.user + cold.system) / 1e6))})`,
  );
  console.log(
    `  p50 ${percentile(times, 50).toFixed(3)} ms  p95 ${percentile(times, 95).toFixed(3)} ms  max ${(times[times.length - 1] ?? NaN).toFixed(3)} ms`,
  );
  await Promise.resolve();
}
