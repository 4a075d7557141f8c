import { keccak256Hex } from './keccak256.ts';

/**
 * EIP-55 mixed-case checksum of an Ethereum address: a hex letter is upper case exactly when the
 * matching nibble of keccak256(lower-case address) is ≥ 8. Only meaningful for mixed case;
 * all-lower and all-upper addresses carry no checksum.
 */
export type Eip55Check = 'valid' | 'invalid' | 'no-checksum';

/** `hex40` is the 40 hex characters after `0x`. */
export function checkEip55(hex40: string): Eip55Check {
  if (!/^[0-9a-fA-F]{40}$/.test(hex40)) return 'invalid';
  const lower = hex40.toLowerCase();
  if (hex40 === lower || hex40 === hex40.toUpperCase()) return 'no-checksum';
  const hash = keccak256Hex(new TextEncoder().encode(lower));
  for (let i = 0; i < 40; i += 1) {
    const char = hex40[i]!;
    if (char >= '0' && char <= '9') continue;
    const wantUpper = parseInt(hash[i]!, 16) >= 8;
    if (wantUpper !== (char >= 'A' && char <= 'F')) return 'invalid';
  }
  return 'valid';
}
