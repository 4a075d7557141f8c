import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../../lib/pii/national-ids/nl-bsn.ts';

describe('isValidBsn', () => {
  it('accepts numbers passing the 11-test', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });
  it('rejects others', () => {
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });
});
