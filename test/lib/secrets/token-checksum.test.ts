import fc from 'fast-check';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasValidBase62Checksum, toBase62 } from '../../../lib/secrets/token-checksum.ts';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Independent encoder (node:zlib CRC, BigInt arithmetic) so the test does not reuse the code under test. */
function referenceToken(prefix: string, random: string): string {
  let value = BigInt(nodeCrc32(random));
  let digits = '';
  do {
    digits = BASE62[Number(value % 62n)] + digits;
    value /= 62n;
  } while (value > 0n);
  return `${prefix}${random}${digits.padStart(6, '0')}`;
}

const random30 = fc.string({ unit: fc.constantFrom(...BASE62), minLength: 30, maxLength: 30 });

describe('toBase62', () => {
  it('encodes and pads', () => {
    expect(toBase62(0, 6)).toBe('000000');
    expect(toBase62(61, 2)).toBe('0z');
    expect(toBase62(62, 1)).toBe('10');
    expect(toBase62(0xffffffff, 6)).toBe('4gfFC3');
  });
});

describe('hasValidBase62Checksum (GitHub / npm token format)', () => {
  it('accepts tokens whose last six characters are the base62 CRC-32 of the random part', () => {
    fc.assert(
      fc.property(random30, fc.constantFrom('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_'), (random, prefix) =>
        hasValidBase62Checksum(referenceToken(prefix, random)),
      ),
    );
  });

  it('rejects a token with any checksum character changed', () => {
    fc.assert(
      fc.property(random30, fc.integer({ min: 0, max: 5 }), (random, position) => {
        const token = referenceToken('ghp_', random);
        const index = token.length - 6 + position;
        const replaced = token[index] === 'a' ? 'b' : 'a';
        return !hasValidBase62Checksum(token.slice(0, index) + replaced + token.slice(index + 1));
      }),
    );
  });

  it('rejects malformed input', () => {
    expect(hasValidBase62Checksum('ghp_')).toBe(false);
    expect(hasValidBase62Checksum('ghp_abc-def')).toBe(false);
    expect(hasValidBase62Checksum('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toBe(false);
  });
});
