/**
 * The few vector operations vector-guard needs, on plain typed arrays (no BLAS in the extension,
 * and at 32–128 dimensions a loop is as fast as anything else in JavaScript).
 */

/** Σ aᵢ·bᵢ over the shorter of the two. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const length = Math.min(a.length, b.length);
  let sum = 0;
  for (let i = 0; i < length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * A unit-length copy of `vector`, or `undefined` when it has no direction (all zeros) or holds a
 * non-finite number: such a vector has no meaningful cosine with anything, and letting NaN into a
 * similarity would make every comparison silently false.
 */
export function l2Normalized(vector: ArrayLike<number>): Float32Array | undefined {
  let squares = 0;
  for (let i = 0; i < vector.length; i += 1) {
    const value = vector[i]!;
    if (!Number.isFinite(value)) return undefined;
    squares += value * value;
  }
  if (!(squares > 0) || !Number.isFinite(squares)) return undefined;
  const inverse = 1 / Math.sqrt(squares);
  const unit = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i += 1) unit[i] = vector[i]! * inverse;
  return unit;
}
