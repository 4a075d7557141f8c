import { describe, expect, it } from 'vitest';
import { hashShape, hashWord, indexWords } from '../../../../lib/normalize/decoders/word-index.ts';

describe('indexWords', () => {
  it('hashes each word as written, rotated, reversed and by shape', () => {
    const index = indexWords('The gur, café', 10);
    expect(index.count).toBe(3);
    expect(index.forward[0]).toBe(hashWord('the'));
    expect(index.rot13[1]).toBe(hashWord('the'));
    expect(index.reversed[0]).toBe(hashWord('eht'));
    expect(index.shape[0]).toBe(hashShape('gur'));
    expect(Array.from(index.foreign.subarray(0, 3))).toEqual([0, 0, 1]);
    expect([index.starts[2], index.ends[2]]).toEqual([9, 13]);
  });

  it('indexes only the given ranges and at most maxWords', () => {
    expect(indexWords('one two three four', 10, [{ start: 4, end: 13 }]).count).toBe(2);
    expect(indexWords('a b c d e f', 3).count).toBe(3);
  });

  it('gives words with the same letters shifted the same shape', () => {
    expect(hashShape('ifmmp')).toBe(hashShape('hello'));
    expect(hashShape('hello')).not.toBe(hashShape('world'));
  });
});
