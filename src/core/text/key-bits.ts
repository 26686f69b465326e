/**
 * Sets of small integer keys as bit tables, for the per-line gates ("can a line starting with
 * these letters be a heading?"). Each gate reads its table at a random place once per line; with
 * a byte per key the 16-bit tables took 64 KB each, too much to stay in the CPU cache while the
 * other extractors run. A bit per key is eight times smaller.
 */

/** An empty set of the keys 0 .. size - 1. */
export function keyBits(size: number): Int32Array {
  return new Int32Array((size + 31) >>> 5);
}

export function addKey(bits: Int32Array, key: number): void {
  bits[key >>> 5] = (bits[key >>> 5] ?? 0) | (1 << (key & 31));
}

/** Whether `key` (0 .. size - 1) is in the set. */
export function hasKey(bits: Int32Array, key: number): boolean {
  return ((bits[key >>> 5] ?? 0) & (1 << (key & 31))) !== 0;
}
