import { describe, expect, it } from 'vitest';
import { isVerhoeffValid } from '../../../lib/pii/verhoeff.ts';

describe('isVerhoeffValid', () => {
  it('accepts the textbook example and a valid Aadhaar-shaped number', () => {
    expect(isVerhoeffValid('2363')).toBe(true);
    expect(isVerhoeffValid('234567890124')).toBe(true);
  });
  it('catches single-digit errors and adjacent transpositions', () => {
    expect(isVerhoeffValid('2364')).toBe(false);
    expect(isVerhoeffValid('234567890123')).toBe(false);
    expect(isVerhoeffValid('324567890124')).toBe(false);
  });
  it('rejects non-digits', () => {
    expect(isVerhoeffValid('23a3')).toBe(false);
    expect(isVerhoeffValid('')).toBe(false);
  });
});
