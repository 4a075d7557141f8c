import { describe, expect, it } from 'vitest';
import { decodeBase58, isBitcoinBase58Address } from '../../../lib/pii/base58check.ts';

describe('Base58Check', () => {
  it('decodes base58 with leading zero bytes', () => {
    expect([...decodeBase58('1112')!]).toEqual([0, 0, 0, 1]);
    expect(decodeBase58('0OIl')).toBeUndefined();
    expect(decodeBase58('')).toBeUndefined();
  });
  it('accepts real P2PKH and P2SH addresses and rejects a changed character', async () => {
    expect(await isBitcoinBase58Address('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe(true);
    expect(await isBitcoinBase58Address('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
    expect(await isBitcoinBase58Address('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBe(false);
    expect(await isBitcoinBase58Address('1111111111111111111114oLvT2')).toBe(true);
    expect(await isBitcoinBase58Address('1')).toBe(false);
  });
});
