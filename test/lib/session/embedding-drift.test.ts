import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToMean, cosineDistance, isUsableEmbedding } from '../../../lib/session/embedding-drift.ts';

describe('cosineDistance', () => {
  it('is 0 for the same direction, 1 for orthogonal, 2 for opposite vectors', () => {
    expect(cosineDistance([1, 2, 3], [2, 4, 6])).toBeCloseTo(0);
    expect(cosineDistance([1, 0], [0, 5])).toBeCloseTo(1);
    expect(cosineDistance(new Float32Array([1, 1]), [-1, -1])).toBeCloseTo(2);
  });

  it('is null when there is no direction to compare', () => {
    expect(cosineDistance([0, 0], [1, 1])).toBeNull();
    expect(cosineDistance([1, 2], [1, 2, 3])).toBeNull();
    expect(cosineDistance([], [])).toBeNull();
    expect(cosineDistance([Number.NaN, 1], [1, 1])).toBeNull();
    expect(cosineDistance([1e200, 1e200], [1e200, 1e200])).toBeNull();
  });

  it('stays within [0, 2] for any finite vectors', () => {
    const vector = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        const d = cosineDistance(a, b);
        if (d !== null) {
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});

describe('addToMean', () => {
  it('keeps the arithmetic mean without keeping the vectors', () => {
    let mean: number[] = [];
    const vectors = [
      [1, 2],
      [3, 4],
      [5, 9],
    ];
    vectors.forEach((vector, count) => {
      mean = addToMean(mean, count, vector);
    });
    expect(mean[0]).toBeCloseTo(3);
    expect(mean[1]).toBeCloseTo(5);
  });
});

describe('isUsableEmbedding', () => {
  it('accepts bounded vectors of finite numbers only', () => {
    expect(isUsableEmbedding(new Float32Array([0.1, 0.2]), 4)).toBe(true);
    expect(isUsableEmbedding([0.1, 0.2], 4)).toBe(true);
    expect(isUsableEmbedding(new Float32Array(5), 4)).toBe(false);
    expect(isUsableEmbedding(new Float32Array(0), 4)).toBe(false);
    expect(isUsableEmbedding([0.1, Number.NaN], 4)).toBe(false);
    expect(isUsableEmbedding(null, 4)).toBe(false);
    expect(isUsableEmbedding('0.1,0.2', 4)).toBe(false);
  });
});
