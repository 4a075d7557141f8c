import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../../lib/vector/top-k.ts';

describe('TopK', () => {
  it('keeps the k most similar, most similar first', () => {
    const top = new TopK(2);
    [0.1, 0.9, 0.5, 0.7].forEach((similarity, row) => top.offer(row, similarity));
    expect(top.items).toEqual([
      { row: 1, similarity: 0.9 },
      { row: 3, similarity: 0.7 },
    ]);
    expect(top.threshold).toBe(0.7);
  });

  it('keeps the first of equal scores and ignores NaN', () => {
    const top = new TopK(1);
    top.offer(0, 0.5);
    top.offer(1, 0.5);
    top.offer(2, Number.NaN);
    expect(top.items).toEqual([{ row: 0, similarity: 0.5 }]);
  });

  it('holds nothing for k = 0', () => {
    const top = new TopK(0);
    top.offer(0, 1);
    expect(top.items).toEqual([]);
    expect(top.threshold).toBe(Number.POSITIVE_INFINITY);
  });

  it('agrees with a full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 200 }), fc.integer({ min: 0, max: 12 }), (scores, k) => {
        const top = new TopK(k);
        scores.forEach((similarity, row) => top.offer(row, similarity));
        const expected = scores
          .map((similarity, row) => ({ row, similarity }))
          .sort((a, b) => b.similarity - a.similarity || a.row - b.row)
          .slice(0, k);
        expect(top.items).toEqual(expected);
      }),
    );
  });
});
