import { describe, expect, it } from 'vitest';
import { isCategory } from '../../../lib/core/category.ts';
import { BENIGN_CODE, EXEMPLAR_FAMILIES, FAMILY_CATEGORY, familyCode, isExemplarFamily } from '../../../lib/vector/exemplar-family.ts';

describe('exemplar families', () => {
  it('keeps the stored codes stable (a change needs a new index format version)', () => {
    expect(EXEMPLAR_FAMILIES).toEqual(['benign', 'jailbreak', 'injection', 'injection_indirect', 'exfil', 'harmful', 'tool']);
    expect(familyCode('benign')).toBe(BENIGN_CODE);
    expect(familyCode('exfil')).toBe(4);
  });

  it('maps every attack family to a category', () => {
    for (const family of EXEMPLAR_FAMILIES.filter((f) => f !== 'benign')) {
      expect(isCategory(FAMILY_CATEGORY[family]), family).toBe(true);
    }
    expect(FAMILY_CATEGORY.jailbreak).toBe('prompt-attack');
  });

  it('recognises family names only', () => {
    expect(isExemplarFamily('jailbreak')).toBe(true);
    expect(isExemplarFamily('pii')).toBe(false);
    expect(isExemplarFamily(1)).toBe(false);
  });
});
