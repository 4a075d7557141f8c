import type { NetworkWeights } from './embedding-bag-mlp.ts';

/** The embedding table as int8 with one scale per row: a quarter of the float32 size. */
export interface QuantizedEmbedding {
  values: Int8Array;
  /** Per bucket: value = int8 × scale. */
  scales: Float32Array;
}

/**
 * Symmetric per-row int8 quantization. Rows no training text touched are zeroed (they hold only
 * their random start values, which would add noise to any text whose feature lands there).
 */
export function quantizeEmbedding(weights: NetworkWeights, touched: Uint8Array): QuantizedEmbedding {
  const { buckets, embeddingDims: d } = weights.shape;
  const values = new Int8Array(buckets * d);
  const scales = new Float32Array(buckets);
  for (let row = 0; row < buckets; row++) {
    if (touched[row] === 0) continue;
    let max = 0;
    for (let j = 0; j < d; j++) max = Math.max(max, Math.abs(weights.embedding[row * d + j]!));
    if (max === 0) continue;
    const scale = max / 127;
    scales[row] = scale;
    for (let j = 0; j < d; j++) values[row * d + j] = Math.round(weights.embedding[row * d + j]! / scale);
  }
  return { values, scales };
}

/** The float weights the quantized model computes with (for validation in TypeScript). */
export function dequantized(weights: NetworkWeights, quantized: QuantizedEmbedding): NetworkWeights {
  const d = weights.shape.embeddingDims;
  const embedding = new Float32Array(quantized.values.length);
  for (let i = 0; i < embedding.length; i++) embedding[i] = quantized.values[i]! * quantized.scales[Math.floor(i / d)]!;
  return { ...weights, embedding };
}
