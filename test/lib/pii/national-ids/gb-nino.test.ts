import { describe, expect, it } from 'vitest';
import { isValidNino } from '../../../../lib/pii/national-ids/gb-nino.ts';

describe('isValidNino', () => {
  it('accepts valid prefixes and suffixes A–D', () => {
    expect(isValidNino('AB123456C')).toBe(true);
    expect(isValidNino('JT483122B')).toBe(true);
  });
  it('rejects forbidden letters, never-issued prefixes and bad suffixes', () => {
    for (const nino of ['QQ123456C', 'DA123456A', 'AO123456A', 'BG123456A', 'GB123456A', 'AB123456E', 'AB12345C', 'ab123456c']) {
      expect(isValidNino(nino)).toBe(false);
    }
  });
});
