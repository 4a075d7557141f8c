import { describe, expect, it } from 'vitest';
import { isValidTfn } from '../../../../lib/pii/national-ids/au-tfn.ts';

describe('isValidTfn', () => {
  it('accepts nine-digit TFNs with the ATO weights', () => {
    expect(isValidTfn('123456782')).toBe(true);
  });
  it('rejects others', () => {
    expect(isValidTfn('123456783')).toBe(false);
    expect(isValidTfn('000000000')).toBe(false);
    expect(isValidTfn('1234567')).toBe(false);
  });
});
