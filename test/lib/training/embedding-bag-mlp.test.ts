import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../lib/eval/seeded-random.ts';
import { backward, createWeights, forward, sigmoid } from '../../../lib/training/embedding-bag-mlp.ts';

const shape = { buckets: 16, embeddingDims: 4, hiddenDims: 5, outputs: 2 };
const features = { ids: Int32Array.of(1, 3, 7), weights: Float32Array.of(0.2, 0.3, 0.5) };
const targets = [1, 0];

/** Binary cross-entropy summed over outputs. */
function loss(weights: ReturnType<typeof createWeights>): number {
  const { logits } = forward(weights, features);
  return targets.reduce((sum, t, o) => sum - (t * Math.log(sigmoid(logits[o]!)) + (1 - t) * Math.log(1 - sigmoid(logits[o]!))), 0);
}

describe('embedding bag + MLP', () => {
  it('has analytic gradients that match finite differences', () => {
    const weights = createWeights(shape, seededRandom(3));
    for (let i = 0; i < weights.hiddenBias.length; i++) weights.hiddenBias[i] = 0.05; // keep ReLUs away from 0
    const pass = forward(weights, features);
    const logitGrad = Float64Array.from(pass.logits, (logit, o) => sigmoid(logit) - targets[o]!);
    const grads = backward(weights, features, pass, logitGrad);
    const check = (array: Float32Array, index: number, analytic: number) => {
      const saved = array[index]!;
      const h = 1e-3;
      array[index] = saved + h;
      const up = loss(weights);
      array[index] = saved - h;
      const down = loss(weights);
      array[index] = saved;
      expect(analytic).toBeCloseTo((up - down) / (2 * h), 3);
    };
    check(weights.outputWeights, 3, grads.outputWeights[3]!);
    check(weights.outputBias, 1, grads.outputBias[1]!);
    check(weights.hiddenWeights, 6, grads.hiddenWeights[6]!);
    check(weights.hiddenBias, 2, grads.hiddenBias[2]!);
    // Embedding row of feature id 3 (second feature), dimension 1.
    check(weights.embedding, 3 * shape.embeddingDims + 1, grads.embeddingRows[1 * shape.embeddingDims + 1]!);
  });
});
