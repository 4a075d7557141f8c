import { describe, expect, it } from 'vitest';
import { isValidSsn } from '../../../../lib/pii/national-ids/us-ssn.ts';

describe('isValidSsn', () => {
  it('accepts area/group/serial in range, 8xx areas included (2011 randomisation)', () => {
    expect(isValidSsn('588466702')).toBe(true);
    expect(isValidSsn('846155715')).toBe(true);
  });
  it('rejects never-issued areas, zero groups and serials, and published numbers', () => {
    for (const ssn of ['000123456', '666123456', '912345678', '123004567', '123450000', '078051120', '219099999', '12345678', 'abcdefghi']) {
      expect(isValidSsn(ssn)).toBe(false);
    }
  });
});
