import { describe, expect, it } from 'vitest';
import { mod97 } from '../../../lib/pii/mod97.ts';

describe('mod97', () => {
  it('matches BigInt arithmetic on long numbers', () => {
    for (const digits of ['0', '97', '98', '3214282912345698765432161182', '12345678901234567890123456789012345']) {
      expect(mod97(digits)).toBe(Number(BigInt(digits) % 97n));
    }
  });
  it('is NaN for anything but digits', () => {
    expect(mod97('12a')).toBeNaN();
    expect(mod97('')).toBeNaN();
  });
});
