import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dot, l2Normalized } from '../../../lib/vector/vector-math.ts';

describe('dot', () => {
  it('sums the products over the shorter vector', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(dot([1, 2, 3], [1])).toBe(1);
    expect(dot([], [1, 2])).toBe(0);
  });
});

describe('l2Normalized', () => {
  it('returns a unit-length copy with the same direction', () => {
    const input = new Float32Array([3, 4]);
    const unit = l2Normalized(input)!;
    expect([...unit]).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    expect([...input]).toEqual([3, 4]);
  });

  it('refuses vectors without a direction or with non-finite numbers', () => {
    expect(l2Normalized([0, 0, 0])).toBeUndefined();
    expect(l2Normalized([])).toBeUndefined();
    expect(l2Normalized([1, Number.NaN])).toBeUndefined();
    expect(l2Normalized([1, Number.POSITIVE_INFINITY])).toBeUndefined();
  });

  it('always gives length 1 for any non-zero finite vector', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 64 }), (values) => {
        const unit = l2Normalized(values);
        if (values.every((v) => v === 0)) {
          expect(unit).toBeUndefined();
          return;
        }
        if (!unit) return; // subnormal inputs whose squares underflow to 0
        expect(Math.sqrt(dot(unit, unit))).toBeCloseTo(1, 5);
      }),
    );
  });
});
