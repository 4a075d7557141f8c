import { describe, expect, it } from 'vitest';
import { isValidAadhaar } from '../../../../lib/pii/national-ids/in-aadhaar.ts';

describe('isValidAadhaar', () => {
  it('accepts a 12-digit number with a Verhoeff check digit', () => {
    expect(isValidAadhaar('234567890124')).toBe(true);
  });
  it('rejects a wrong check digit, a leading 0/1 and repeated digits', () => {
    expect(isValidAadhaar('234567890123')).toBe(false);
    expect(isValidAadhaar('134567890124')).toBe(false);
    expect(isValidAadhaar('222222222222')).toBe(false);
  });
});
