import { describe, expect, it } from 'vitest';
import { isValidSin } from '../../../../lib/pii/national-ids/ca-sin.ts';

describe('isValidSin', () => {
  it('accepts a Luhn-valid SIN', () => {
    expect(isValidSin('130692544')).toBe(true);
  });
  it('rejects a bad check, unassigned first digits and the ESDC sample', () => {
    expect(isValidSin('130692545')).toBe(false);
    expect(isValidSin('046454286')).toBe(false);
    expect(isValidSin('830692544')).toBe(false);
  });
});
