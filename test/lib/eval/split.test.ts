import { describe, expect, it } from 'vitest';
import { fnv1a32, splitOf, VALIDATION_FRACTION } from '../../../lib/eval/split.ts';

describe('splitOf', () => {
  it('matches the FNV-1a reference values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('is stable and puts about a fifth of ids in validation', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `row-${i}`);
    const validation = ids.filter((id) => splitOf(id) === 'validation').length / ids.length;
    expect(Math.abs(validation - VALIDATION_FRACTION)).toBeLessThan(0.01);
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
  });
});
