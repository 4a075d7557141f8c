import { describe, expect, it } from 'vitest';
import { isBitcoinSegwitAddress } from '../../../lib/pii/bech32.ts';

describe('bech32 / bech32m SegWit addresses', () => {
  it('accepts the BIP-173 and BIP-350 mainnet vectors', () => {
    expect(isBitcoinSegwitAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(isBitcoinSegwitAddress('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(true);
    expect(isBitcoinSegwitAddress('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297')).toBe(true);
  });
  it('rejects a bad checksum, mixed case, a wrong constant and testnet', () => {
    expect(isBitcoinSegwitAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false);
    expect(isBitcoinSegwitAddress('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
    expect(isBitcoinSegwitAddress('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx')).toBe(false);
    expect(isBitcoinSegwitAddress('bc1')).toBe(false);
  });
});
