import { describe, expect, it } from 'vitest';
import { isValidBech32 } from '../../../lib/secrets/bech32.ts';

describe('isValidBech32 (BIP-173 test vectors)', () => {
  it.each(['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw', 'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w'])(
    'accepts %s',
    (text) => expect(isValidBech32(text)).toBe(true),
  );

  it.each([
    'A12uEL5L', // mixed case
    'a12uel5m', // wrong checksum
    '1qzzfhee', // empty human-readable part
    'x1b4n0q5v', // invalid character
    'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ', // all-zero stand-in
  ])('rejects %s', (text) => expect(isValidBech32(text)).toBe(false));
});
