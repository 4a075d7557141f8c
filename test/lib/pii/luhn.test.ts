import { describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../../lib/pii/luhn.ts';

describe('isLuhnValid', () => {
  it('accepts Luhn-valid numbers', () => {
    for (const digits of ['4377877189635137', '378282246310005', '130692544', '79927398713']) expect(isLuhnValid(digits)).toBe(true);
  });
  it('rejects a single changed digit and non-digit input', () => {
    for (const digits of ['4377877189635138', '79927398710', '', '1', '12a4', '4377 8771 8963 5137']) expect(isLuhnValid(digits)).toBe(false);
  });
});
