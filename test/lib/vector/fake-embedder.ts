import { fnv1a32 } from '../../../lib/eval/split.ts';
import type { Embedder } from '../../../lib/vector/embedder.ts';
import { l2Normalized } from '../../../lib/vector/vector-math.ts';

/**
 * A stand-in for the trained model in tests: signed feature hashing of lower-cased words and
 * character trigrams (a bag of words), L2-normalised. Texts sharing most of their words land close
 * together, unrelated texts near orthogonal — enough to exercise search, scoring and feedback
 * without the ONNX model.
 */
export function hashingEmbedder(dims = 64, id = `test-hashing-${dims}`): Embedder & { calls: number } {
  const embedder = {
    id,
    dims,
    calls: 0,
    async embed(text: string): Promise<Float32Array> {
      embedder.calls += 1;
      const vector = new Float32Array(dims);
      const add = (feature: string, weight: number) => {
        const hash = fnv1a32(feature);
        vector[hash % dims]! += hash & 0x8000_0000 ? -weight : weight;
      };
      for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
        add(`w:${word}`, 1);
        const padded = ` ${word} `;
        for (let i = 0; i + 3 <= padded.length; i += 1) add(`c:${padded.slice(i, i + 3)}`, 0.3);
      }
      return l2Normalized(vector) ?? vector;
    },
  };
  return embedder;
}
