import { isBitcoinBase58Address } from '../base58check.ts';
import { isBitcoinSegwitAddress } from '../bech32.ts';
import { checkEip55 } from '../eip55.ts';
import type { PiiRule } from '../rule.ts';

export const btcAddress: PiiRule = {
  id: 'btc-address',
  family: 'crypto',
  redactAs: 'WALLET',
  severity: 'medium',
  description: 'A Bitcoin mainnet address: legacy Base58Check (P2PKH 1…, P2SH 3…) with a valid double-SHA-256 checksum, or SegWit bech32/bech32m (bc1…).',
  reference: 'Bitcoin Base58Check; BIP-173 (bech32); BIP-350 (bech32m)',
  anchor: 'token',
  pattern: /(?<![0-9A-Za-z_])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,87})(?![0-9A-Za-z_])/y,
  accept(match, context) {
    const value = match[0];
    if (/^bc1/i.test(value)) return isBitcoinSegwitAddress(value) ? { tier: 'checksum' } : undefined;
    if (context.budget.hashes <= 0) return undefined;
    context.budget.hashes -= 1;
    return { tier: 'checksum', verify: () => isBitcoinBase58Address(value) };
  },
  priors: { checksum: 0.95 },
  checksumTiers: ['checksum'],
  examples: {
    flagged: ['send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa thanks', 'wallet bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'P2SH 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    clean: ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', '1234567890123456789012345678'],
  },
};

export const ethAddress: PiiRule = {
  id: 'eth-address',
  family: 'crypto',
  redactAs: 'WALLET',
  severity: 'medium',
  description:
    'An Ethereum address: 0x and 40 hex digits; mixed case must pass the EIP-55 checksum (then it is near certain), single case carries no checksum and is scored lower.',
  reference: 'Ethereum Yellow Paper; EIP-55 (mixed-case checksum)',
  anchor: 'token',
  pattern: /(?<![0-9A-Za-z_])0x[0-9a-fA-F]{40}(?![0-9A-Za-z_])/y,
  accept(match, context) {
    const hex = match[0].slice(2);
    if (/^0+$/.test(hex) || /^[fF]+$/.test(hex)) return undefined;
    const mixed = hex !== hex.toLowerCase() && hex !== hex.toUpperCase();
    if (!mixed) return { tier: 'no-checksum' };
    if (context.budget.hashes <= 0) return undefined;
    context.budget.hashes -= 1;
    return checkEip55(hex) === 'valid' ? { tier: 'checksum' } : undefined;
  },
  priors: { checksum: 0.97, 'no-checksum': 0.75 },
  checksumTiers: ['checksum'],
  examples: {
    flagged: ['pay 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'to 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359 please'],
    clean: ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', '0x0000000000000000000000000000000000000000', 'sha 5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'],
  },
};

export const CRYPTO_RULES: readonly PiiRule[] = [btcAddress, ethAddress];
