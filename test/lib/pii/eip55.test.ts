import { describe, expect, it } from 'vitest';
import { checkEip55 } from '../../../lib/pii/eip55.ts';

describe('EIP-55', () => {
  it('accepts the EIP-55 examples', () => {
    for (const address of ['5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', 'D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
      expect(checkEip55(address)).toBe('valid');
    }
  });
  it('rejects a flipped case and reports single-case addresses as unchecked', () => {
    expect(checkEip55('5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe('invalid');
    expect(checkEip55('5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe('no-checksum');
    expect(checkEip55('not hex')).toBe('invalid');
  });
});
