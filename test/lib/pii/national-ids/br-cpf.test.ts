import { describe, expect, it } from 'vitest';
import { isValidCpf } from '../../../../lib/pii/national-ids/br-cpf.ts';

describe('isValidCpf', () => {
  it('accepts both check digits', () => {
    expect(isValidCpf('52998224725')).toBe(true);
  });
  it('rejects wrong check digits and repeated digits', () => {
    expect(isValidCpf('52998224726')).toBe(false);
    expect(isValidCpf('52998224715')).toBe(false);
    expect(isValidCpf('11111111111')).toBe(false);
    expect(isValidCpf('5299822472')).toBe(false);
  });
});
