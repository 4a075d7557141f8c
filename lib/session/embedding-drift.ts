/**
 * Embedding drift: how far a turn's meaning moved from where the conversation has been so far,
 * as the cosine distance between the turn's embedding and the running mean of the earlier turns'
 * embeddings. A crescendo walks a conversation from an innocuous topic towards a harmful one in
 * small steps; each step may score low on its own, but the walk shows up as distance.
 *
 * No embedding model ships yet, so by default no provider is given and this input is absent (the
 * CUSUM then runs on per-turn risk alone). A provider is synchronous and may return null (model
 * not loaded, text too long), in which case the turn simply has no distance.
 */
export type TurnEmbedder = (text: string) => Float32Array | null;

/**
 * 1 − cos(a, b), in [0, 2]; null when the lengths differ, a vector is all zeros, or a value is
 * not finite (there is no meaningful direction to compare).
 */
export function cosineDistance(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  if (a.length !== b.length || a.length === 0) return null;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  // The norms are multiplied after the square roots: their product can underflow to 0 (or
  // overflow) even when each is a usable number.
  const denominator = Math.sqrt(normA) * Math.sqrt(normB);
  const cosine = dot / denominator;
  if (!Number.isFinite(cosine) || !(denominator > 0)) return null;
  return Math.min(2, Math.max(0, 1 - cosine));
}

/** The mean of `count` vectors plus one more (incremental, so the vectors need not be kept). */
export function addToMean(mean: readonly number[], count: number, vector: ArrayLike<number>): number[] {
  const next = new Array<number>(vector.length);
  for (let i = 0; i < vector.length; i += 1) {
    const previous = count > 0 ? mean[i] ?? 0 : 0;
    next[i] = previous + (vector[i]! - previous) / (count + 1);
  }
  return next;
}

/** A provider's output is usable when it is a non-empty, bounded vector of finite numbers. */
export function isUsableEmbedding(vector: unknown, maxDimensions: number): vector is ArrayLike<number> {
  if (!(vector instanceof Float32Array || vector instanceof Float64Array || Array.isArray(vector))) return false;
  if (vector.length === 0 || vector.length > maxDimensions) return false;
  for (let i = 0; i < vector.length; i += 1) if (!Number.isFinite(vector[i])) return false;
  return true;
}
