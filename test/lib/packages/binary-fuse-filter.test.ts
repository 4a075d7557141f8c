import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBinaryFuseFilter, filterContains, segmentLengthFor } from '../../../lib/packages/binary-fuse-filter.ts';

const names = (count: number, prefix = 'name') => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe('binary fuse filter', () => {
  it.each([0, 1, 2, 3, 7, 50, 1_000, 20_000])('contains every one of %i names', (count) => {
    const built = buildBinaryFuseFilter(names(count));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    for (const name of names(count)) expect(filterContains(built.value, name)).toBe(true);
  });

  it('answers "absent" for about 1/256 of non-members (8-bit fingerprints) in ~9 bits per name', () => {
    const built = buildBinaryFuseFilter(names(50_000));
    if (!built.ok) throw new Error(built.error);
    let falsePositives = 0;
    const probes = 200_000;
    for (let i = 0; i < probes; i += 1) if (filterContains(built.value, `absent-${i}`)) falsePositives += 1;
    const rate = falsePositives / probes;
    expect(rate).toBeGreaterThan(0.002);
    expect(rate).toBeLessThan(0.006);
    expect((built.value.fingerprints.length * 8) / 50_000).toBeLessThan(10);
  });

  it('is deterministic: the same names give the same bytes', () => {
    const a = buildBinaryFuseFilter(names(5_000));
    const b = buildBinaryFuseFilter(names(5_000));
    expect(a.ok && b.ok && Buffer.from(a.value.fingerprints).equals(Buffer.from(b.value.fingerprints))).toBe(true);
  });

  it('fails with a reason, not a throw or a loop, when names repeat', () => {
    const built = buildBinaryFuseFilter(['same', 'same']);
    expect(built.ok).toBe(false);
  });

  it('an empty filter contains nothing', () => {
    const built = buildBinaryFuseFilter([]);
    expect(built.ok && filterContains(built.value, 'x')).toBe(false);
  });

  it('uses power-of-two segments, at most 2^18', () => {
    for (const size of [0, 1, 10, 1_000, 4_500_000, 1e9]) {
      const length = segmentLengthFor(size);
      expect(length & (length - 1)).toBe(0);
      expect(length).toBeLessThanOrEqual(2 ** 18);
    }
  });

  it('holds every member of arbitrary distinct name sets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 300 }), (set) => {
        const built = buildBinaryFuseFilter(set);
        expect(built.ok).toBe(true);
        if (built.ok) for (const name of set) expect(filterContains(built.value, name)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
