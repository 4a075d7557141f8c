import { describe, expect, it } from 'vitest';
import { ibanLength, isValidIban } from '../../../lib/pii/iban.ts';

describe('IBAN', () => {
  it('accepts registry examples in any case', () => {
    for (const iban of ['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NO9386011117947', 'gb42nawi04454264788619']) {
      expect(isValidIban(iban)).toBe(true);
    }
  });
  it('rejects a wrong check, length or country', () => {
    expect(isValidIban('GB82WEST12345698765433')).toBe(false);
    expect(isValidIban('GB82WEST1234569876543')).toBe(false);
    expect(isValidIban('ZZ82WEST12345698765432')).toBe(false);
    expect(isValidIban('GB00WEST12345698765432')).toBe(false);
  });
  it('knows per-country lengths', () => {
    expect(ibanLength('de00')).toBe(22);
    expect(ibanLength('NO')).toBe(15);
    expect(ibanLength('XX')).toBeUndefined();
    expect(ibanLength('__proto__')).toBeUndefined();
  });
});
