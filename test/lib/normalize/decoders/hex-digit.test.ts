import { describe, expect, it } from 'vitest';
import { nibble } from '../../../../lib/normalize/decoders/hex-digit.ts';

describe('nibble', () => {
  it('reads hex digits of either case and rejects everything else', () => {
    expect([...'09afAF'].map((ch) => nibble(ch.charCodeAt(0)))).toEqual([0, 9, 10, 15, 10, 15]);
    expect([...'gG/: '].map((ch) => nibble(ch.charCodeAt(0)))).toEqual([-1, -1, -1, -1, -1]);
    expect(nibble(Number.NaN)).toBe(-1);
  });
});
