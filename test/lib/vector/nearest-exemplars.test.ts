import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENIGN_CODE } from '../../../lib/vector/exemplar-family.ts';
import { decodeExemplarIndex, encodeExemplarIndex, type ExemplarIndex } from '../../../lib/vector/exemplar-index.ts';
import { rowSimilarity, searchExemplars } from '../../../lib/vector/nearest-exemplars.ts';
import { l2Normalized } from '../../../lib/vector/vector-math.ts';
import { CALIBRATION, randomRows } from './exemplar-index-fixtures.ts';

function buildIndex(count: number, dims: number, seed: number): ExemplarIndex {
  const result = decodeExemplarIndex(encodeExemplarIndex({ embedderId: 'm', dims, calibration: CALIBRATION, rows: randomRows(count, dims, seed) }));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The obvious algorithm: score every row, sort, take k. */
function bruteForce(index: ExemplarIndex, query: Float32Array, k: number, benign: boolean) {
  const all = [];
  for (let row = 0; row < index.count; row += 1) {
    if ((index.families[row] === BENIGN_CODE) === benign) all.push({ row, similarity: rowSimilarity(index, row, query) });
  }
  return all.sort((a, b) => b.similarity - a.similarity).slice(0, k);
}

describe('searchExemplars', () => {
  it('finds a stored row as its own nearest neighbour', () => {
    const rows = randomRows(300, 32, 3);
    const index = buildIndex(300, 32, 3);
    const attackRow = rows.findIndex((row) => row.family !== 'benign');
    const found = searchExemplars(index, l2Normalized(rows[attackRow]!.vector)!, { attack: 3, benign: 3 });
    expect(found.attack[0]!.row).toBe(attackRow);
    expect(found.attack[0]!.similarity).toBeGreaterThan(0.999);
    expect(found.benign.every((neighbour) => index.families[neighbour.row] === BENIGN_CODE)).toBe(true);
  });

  it('agrees with brute force for any index, query and k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (count, dims, seed, attackK, benignK) => {
          const index = buildIndex(count, dims, seed);
          const query = l2Normalized(randomRows(1, dims, seed + 1)[0]!.vector)!;
          const found = searchExemplars(index, query, { attack: attackK, benign: benignK });
          for (const [got, benign, k] of [
            [found.attack, false, attackK],
            [found.benign, true, benignK],
          ] as const) {
            const expected = bruteForce(index, query, k, benign);
            expect(got.length).toBe(expected.length);
            got.forEach((neighbour, rank) => {
              // Same similarities rank by rank; rows may differ only between exact ties.
              expect(neighbour.similarity).toBeCloseTo(expected[rank]!.similarity, 9);
              expect(neighbour.similarity).toBeCloseTo(rowSimilarity(index, neighbour.row, query), 9);
              expect(index.families[neighbour.row] === BENIGN_CODE).toBe(benign);
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns nothing from an empty index and refuses a query of the wrong length', () => {
    const empty = buildIndex(0, 8, 1);
    expect(searchExemplars(empty, new Float32Array(8).fill(Math.SQRT1_2 / 2), { attack: 5, benign: 5 })).toEqual({ attack: [], benign: [] });
    expect(() => searchExemplars(buildIndex(3, 8, 1), new Float32Array(4), { attack: 1, benign: 1 })).toThrow(/dimensions/);
  });
});
