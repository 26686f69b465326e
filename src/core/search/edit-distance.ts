/**
 * Bounded Damerau (optimal string alignment) distance: typos are mostly one slip, a missing
 * letter or two swapped letters ("kubernets", "pyhton"). Stops as soon as the bound is exceeded,
 * so checking thousands of vocabulary words per keystroke stays cheap.
 */

// Reused rows: this runs in the search hot path, so no allocation per call.
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let curr = new Int32Array(64);

/**
 * Edit distance between `a` and `b` counting insertions, deletions, substitutions and adjacent
 * transpositions, or `max + 1` when it is larger than `max`.
 * @example boundedEditDistance('kubernets', 'kubernetes', 2) // 1
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > curr.length) {
    prev2 = new Int32Array(m + 1);
    prev = new Int32Array(m + 1);
    curr = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  const result = prev[m] ?? max + 1;
  return result > max ? max + 1 : result;
}
