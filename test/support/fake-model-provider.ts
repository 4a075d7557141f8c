import type { ModelManifest } from '../../lib/models/manifest.ts';
import { ModelProvider } from '../../lib/models/model-provider.ts';

/**
 * A provider whose "model" returns fixed scores (or cannot load), for detector tests; with
 * `perCall`, the n-th inference returns `perCall[n]` instead (the last one from then on).
 */
export function fakeModelProvider(
  modelId: string,
  outputs: readonly string[],
  scores: readonly number[],
  options: { shadow?: boolean; unavailable?: boolean; perCall?: ReadonlyArray<readonly number[]> } = {},
): ModelProvider {
  const bytes = new Uint8Array([1, 2, 3, 4]);
  // SHA-256 of [1, 2, 3, 4].
  const sha256 = '9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a';
  const version = (name: string) => ({
    version: name,
    file: `${modelId}/${name}/model.onnx`,
    sha256,
    bytes: 4,
    featurizer: { buckets: 16, charNgrams: [3, 4] as [number, number], wordNgrams: 1, maxChars: 100 },
    outputs: [...outputs],
    embeddingDims: 2,
    card: `${modelId}/${name}/card.md`,
  });
  const manifest: ModelManifest = {
    schema: 1,
    models: { [modelId]: { active: '1', versions: [version('1'), version('2')], ...(options.shadow ? { shadow: '2' } : {}) } },
  };
  return new ModelProvider(
    manifest,
    async () => {
      if (options.unavailable) throw new Error('missing');
      return bytes;
    },
    {
      async createSession() {
        let calls = 0;
        return {
          async run() {
            const perCall = options.perCall;
            const current = perCall ? perCall[Math.min(calls, perCall.length - 1)]! : scores;
            calls += 1;
            return { scores: Float32Array.from(current), embedding: Float32Array.of(3, 4) };
          },
        };
      },
    },
  );
}
