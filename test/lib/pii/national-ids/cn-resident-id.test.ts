import { describe, expect, it } from 'vitest';
import { isValidChineseResidentId } from '../../../../lib/pii/national-ids/cn-resident-id.ts';

describe('isValidChineseResidentId', () => {
  it('accepts the GB 11643 example with its X check character', () => {
    expect(isValidChineseResidentId('11010519491231002X')).toBe(true);
  });
  it('rejects a wrong check character, an impossible birth date or region', () => {
    expect(isValidChineseResidentId('110105194912310021')).toBe(false);
    expect(isValidChineseResidentId('11010519491331002X')).toBe(false);
    expect(isValidChineseResidentId('91010519491231002X')).toBe(false);
  });
});
