import { describe, expect, it } from 'vitest';
import { isMod11_10Valid, mod11_2CheckChar } from '../../../lib/pii/iso7064.ts';

describe('ISO 7064', () => {
  it('MOD 11,10 validates the published Steuer-ID example and rejects a changed digit', () => {
    expect(isMod11_10Valid('86095742719')).toBe(true);
    expect(isMod11_10Valid('86095742718')).toBe(false);
    expect(isMod11_10Valid('8609574271x')).toBe(false);
  });
  it('MOD 11-2 gives the check character of the GB 11643 example', () => {
    expect(mod11_2CheckChar('11010519491231002')).toBe('X');
    expect(mod11_2CheckChar('abc')).toBeUndefined();
  });
});
