import { describe, expect, it } from 'vitest';
import { finalMix32, hashName } from '../../../lib/packages/name-hash.ts';

describe('hashName', () => {
  it('is deterministic and pinned (the snapshot is built once and read everywhere)', () => {
    expect(hashName('react', 1)).toEqual(hashName('react', 1));
    // Pinned values: a change here silently invalidates every built snapshot.
    expect(hashName('', 1)).toEqual({ a: finalMix32(1), b: finalMix32((1 ^ 0x9e3779b9) | 0), c: finalMix32((1 ^ 0x7f4a7c15) | 0) });
    expect(hashName('react', 1)).toMatchInlineSnapshot(`
      {
        "a": 1032871983,
        "b": 1588967346,
        "c": 208748622,
      }
    `);
  });

  it('gives three different unsigned 32-bit words that change with the seed and every character', () => {
    const { a, b, c } = hashName('lodash', 7);
    for (const word of [a, b, c]) expect(word >>> 0).toBe(word);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(hashName('lodash', 8)).not.toEqual(hashName('lodash', 7));
    expect(hashName('lodasi', 7).a).not.toBe(a);
  });

  it('spreads similar names evenly (no bucket gets more than twice its share)', () => {
    const buckets = new Array<number>(64).fill(0);
    for (let i = 0; i < 64_000; i += 1) buckets[hashName(`pkg-${i}`, 1).a >>> 26]! += 1;
    expect(Math.max(...buckets)).toBeLessThan(2_000);
    expect(Math.min(...buckets)).toBeGreaterThan(500);
  });
});
