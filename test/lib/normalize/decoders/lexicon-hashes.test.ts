import { describe, expect, it } from 'vitest';
import { lexiconHashes, shiftMask } from '../../../../lib/normalize/decoders/lexicon-hashes.ts';
import { hashShape, hashWord } from '../../../../lib/normalize/decoders/word-index.ts';

describe('lexicon hashes', () => {
  it('hold the common words and the words English under two readings', () => {
    const lexicon = lexiconHashes();
    expect(lexicon.common.has(hashWord('instructions'))).toBe(true);
    expect(lexicon.common.has(hashWord('vafgehpgvbaf'))).toBe(false);
    expect(lexicon.neutralRot13.has(hashWord('be'))).toBe(true);
    expect(lexicon.neutralReversed.has(hashWord('no'))).toBe(true);
    expect(lexiconHashes()).toBe(lexicon);
  });

  it('finds the shifts under which a word reads as English', () => {
    // "khoor" is "hello" shifted by 3.
    expect(shiftMask(hashShape('khoor'), 'k'.charCodeAt(0) - 0x61) & (1 << 3)).toBeTruthy();
    expect(shiftMask(hashShape('xqzv'), 'x'.charCodeAt(0) - 0x61)).toBe(0);
  });
});
