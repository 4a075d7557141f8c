import { describe, expect, it } from 'vitest';
import { parseCacheMeta } from '../../../lib/cache/cache-store.ts';

describe('parseCacheMeta', () => {
  it('accepts a stamp and a salt', () => {
    const meta = { stamp: 'c'.repeat(64), salt: new Uint8Array(32) };
    expect(parseCacheMeta(meta)).toEqual(meta);
  });

  it('refuses anything else (the cache then starts over with a new salt)', () => {
    for (const value of [undefined, null, {}, { stamp: 'c'.repeat(64) }, { stamp: 'x', salt: new Uint8Array(32) }, { stamp: 'c'.repeat(64), salt: [1, 2] }, { stamp: 'c'.repeat(64), salt: new Uint8Array(4) }]) {
      expect(parseCacheMeta(value)).toBeUndefined();
    }
  });
});
