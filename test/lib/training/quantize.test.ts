import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../lib/eval/seeded-random.ts';
import { createWeights } from '../../../lib/training/embedding-bag-mlp.ts';
import { dequantized, quantizeEmbedding } from '../../../lib/training/quantize.ts';

describe('quantizeEmbedding', () => {
  const weights = createWeights({ buckets: 8, embeddingDims: 4, hiddenDims: 2, outputs: 1 }, seededRandom(5));
  const touched = Uint8Array.of(1, 1, 0, 1, 0, 0, 1, 1);

  it('keeps each touched row within half a step of its float value', () => {
    const quantized = quantizeEmbedding(weights, touched);
    const restored = dequantized(weights, quantized).embedding;
    for (let row = 0; row < 8; row++) {
      if (!touched[row]) continue;
      for (let j = 0; j < 4; j++) {
        const i = row * 4 + j;
        expect(Math.abs(restored[i]! - weights.embedding[i]!)).toBeLessThanOrEqual(quantized.scales[row]! / 2 + 1e-7);
      }
    }
  });

  it('zeroes rows no training text touched', () => {
    const restored = dequantized(weights, quantizeEmbedding(weights, touched)).embedding;
    expect(Array.from(restored.slice(2 * 4, 3 * 4))).toEqual([0, 0, 0, 0]);
  });
});
