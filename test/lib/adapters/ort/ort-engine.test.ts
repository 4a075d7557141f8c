import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { createOrtEngine } from '../../../../lib/adapters/ort/ort-engine.ts';
import { featurize } from '../../../../lib/models/featurize.ts';
import { forward, sigmoid } from '../../../../lib/training/embedding-bag-mlp.ts';
import { TINY_ATTACKS, TINY_BENIGN, TINY_FEATURIZER, tinyModel } from '../../../support/tiny-model.ts';

ort.env.wasm.numThreads = 1;

describe('createOrtEngine', () => {
  it('runs the exported ONNX graph to the same numbers as the TypeScript network', async () => {
    const model = tinyModel();
    const session = await createOrtEngine(ort).createSession(model.bytes);
    for (const text of [...TINY_ATTACKS, ...TINY_BENIGN, '', 'zzz unrelated words']) {
      const features = featurize(text, TINY_FEATURIZER);
      const output = await session.run(features);
      const reference = forward(model.weights, features);
      expect(output.scores).toHaveLength(2);
      output.scores.forEach((score, i) => expect(score).toBeCloseTo(sigmoid(reference.logits[i]!), 5));
      output.embedding.forEach((value, i) => expect(value).toBeCloseTo(reference.hidden[i]!, 4));
    }
  });

  it('rejects bytes that are not a model', async () => {
    await expect(createOrtEngine(ort).createSession(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });
});

describe('createOrtEngine queueing', () => {
  it('never has two runs in flight at once, even across sessions', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const fakeOrt = {
      Tensor: class {
        constructor(
          public type: string,
          public data: unknown,
          public dims: number[],
        ) {}
      },
      InferenceSession: {
        create: async () => ({
          run: async () => {
            inFlight += 1;
            maxInFlight = Math.max(maxInFlight, inFlight);
            await new Promise((resolve) => setTimeout(resolve, 1));
            inFlight -= 1;
            return { scores: { data: Float32Array.of(0.5) }, embedding: { data: Float32Array.of(1) } };
          },
        }),
      },
    } as unknown as typeof ort;
    const engine = createOrtEngine(fakeOrt);
    const [a, b] = await Promise.all([engine.createSession(new Uint8Array(1)), engine.createSession(new Uint8Array(1))]);
    const features = featurize('x', TINY_FEATURIZER);
    await Promise.all([a, b, a, b, a, b].map((session) => session.run(features)));
    expect(maxInFlight).toBe(1);
  });
});
