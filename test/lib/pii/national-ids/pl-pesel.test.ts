import { describe, expect, it } from 'vitest';
import { isValidPesel } from '../../../../lib/pii/national-ids/pl-pesel.ts';

describe('isValidPesel', () => {
  it('accepts a valid PESEL, 2000s births (month + 20) included', () => {
    expect(isValidPesel('44051401359')).toBe(true);
    expect(isValidPesel('02270803624')).toBe(true);
  });
  it('rejects a wrong check digit or an impossible date', () => {
    expect(isValidPesel('44051401358')).toBe(false);
    expect(isValidPesel('44133101350')).toBe(false);
    expect(isValidPesel('44023101357')).toBe(false);
  });
});
