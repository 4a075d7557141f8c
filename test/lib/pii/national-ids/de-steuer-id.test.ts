import { describe, expect, it } from 'vitest';
import { isValidSteuerId } from '../../../../lib/pii/national-ids/de-steuer-id.ts';

describe('isValidSteuerId', () => {
  it('accepts the BZSt examples', () => {
    expect(isValidSteuerId('86095742719')).toBe(true);
    expect(isValidSteuerId('47036892816')).toBe(true);
  });
  it('rejects a wrong check digit, a leading zero and digit patterns never issued', () => {
    expect(isValidSteuerId('86095742718')).toBe(false);
    expect(isValidSteuerId('06095742719')).toBe(false);
    expect(isValidSteuerId('12345678903')).toBe(false);
    expect(isValidSteuerId('1234')).toBe(false);
  });
});
