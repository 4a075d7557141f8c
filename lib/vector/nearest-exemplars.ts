import { BENIGN_CODE } from './exemplar-family.ts';
import type { ExemplarIndex } from './exemplar-index.ts';
import { TopK, type Neighbour } from './top-k.ts';

export interface ExemplarNeighbours {
  /** Nearest attack rows (any attack family), most similar first. */
  attack: readonly Neighbour[];
  /** Nearest benign rows, most similar first. */
  benign: readonly Neighbour[];
}

/** Cosine between a unit query and one row (the row's dequantised form has unit length). */
export function rowSimilarity(index: ExemplarIndex, row: number, query: Float32Array): number {
  const { dims, vectors } = index;
  const offset = row * dims;
  let sum = 0;
  for (let i = 0; i < dims; i += 1) sum += vectors[offset + i]! * query[i]!;
  return sum * index.scales[row]!;
}

/**
 * Exhaustive top-k cosine search, attack and benign neighbours in one pass over the index. At the
 * sizes vector-guard ships (a few thousand to 20,000 rows of 32–128 int8 dimensions) a linear scan
 * is exact and fast enough (vector-guard.md has the timings); an approximate index (HNSW, IVF)
 * would add code, memory and recall loss. `query` must be unit length with `index.dims` numbers.
 *
 * The loop is the hot path of the detector, so it is written for V8: the query is widened to
 * float64 once (float32 reads convert on every access), the dot product is unrolled by four with
 * independent accumulators, and the top-k check is inlined as a comparison with the current k-th
 * best before any call.
 */
export function searchExemplars(
  index: ExemplarIndex,
  query: Float32Array,
  k: { attack: number; benign: number },
): ExemplarNeighbours {
  const { dims, count, families, scales, vectors } = index;
  if (query.length !== dims) throw new Error(`query has ${query.length} dimensions, the index ${dims}`);
  const wide = Float64Array.from(query);
  const attack = new TopK(k.attack);
  const benign = new TopK(k.benign);
  let attackFloor = attack.threshold;
  let benignFloor = benign.threshold;
  const unrolled = dims - (dims % 4);
  for (let row = 0, offset = 0; row < count; row += 1, offset += dims) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i = 0;
    for (; i < unrolled; i += 4) {
      s0 += vectors[offset + i]! * wide[i]!;
      s1 += vectors[offset + i + 1]! * wide[i + 1]!;
      s2 += vectors[offset + i + 2]! * wide[i + 2]!;
      s3 += vectors[offset + i + 3]! * wide[i + 3]!;
    }
    for (; i < dims; i += 1) s0 += vectors[offset + i]! * wide[i]!;
    const similarity = (s0 + s1 + (s2 + s3)) * scales[row]!;
    if (families[row] === BENIGN_CODE) {
      if (similarity > benignFloor) {
        benign.offer(row, similarity);
        benignFloor = benign.threshold;
      }
    } else if (similarity > attackFloor) {
      attack.offer(row, similarity);
      attackFloor = attack.threshold;
    }
  }
  return { attack: attack.items, benign: benign.items };
}
