import { describe, expect, it } from 'vitest';
import { addKey, hasKey, keyBits } from './key-bits';

describe('keyBits', () => {
  it('holds exactly the keys added, across word boundaries and up to the last key', () => {
    const bits = keyBits(0x10000);
    for (const key of [0, 31, 32, 1000, 0xffff]) addKey(bits, key);
    for (const key of [0, 31, 32, 1000, 0xffff]) expect(hasKey(bits, key)).toBe(true);
    for (const key of [1, 30, 33, 999, 1001, 0xfffe]) expect(hasKey(bits, key)).toBe(false);
  });

  it('rounds a size that is no multiple of 32 up', () => {
    const bits = keyBits(26 * 26 * 26);
    addKey(bits, 26 * 26 * 26 - 1);
    expect(hasKey(bits, 26 * 26 * 26 - 1)).toBe(true);
  });
});
