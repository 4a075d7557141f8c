import type * as Ort from 'onnxruntime-web';
import { serialQueue } from '../../core/serial-queue.ts';
import { MODEL_IO } from '../../models/model-io.ts';
import type { Features } from '../../models/featurize.ts';
import type { InferenceEngine, ModelSession } from '../../models/model-provider.ts';


/**
 * An InferenceEngine on onnxruntime-web's WASM backend. The ort module is passed in because the
 * service worker must import `onnxruntime-web/wasm` statically with its own wasm path, while Node
 * (CLI, eval, tests) imports `onnxruntime-web`'s Node entry: the same runtime, two entry points.
 */
export function createOrtEngine(ort: typeof Ort): InferenceEngine {
  // onnxruntime-web's WASM backend shares one heap between sessions: two runs of *different*
  // sessions in flight at once intermittently came back with a missing output tensor (seen in
  // eval, ~2% of scans, as a TypeError inside ORT). Runs are therefore queued engine-wide; each
  // takes well under a millisecond, so the queue costs nothing measurable.
  const serialized = serialQueue();
  return {
    async createSession(bytes: Uint8Array): Promise<ModelSession> {
      const session = await ort.InferenceSession.create(bytes, {
        executionProviders: ['wasm'],
        graphOptimizationLevel: 'all',
      });
      return {
        async run(features: Features) {
          const count = features.ids.length;
          const ids = new BigInt64Array(count);
          for (let i = 0; i < count; i++) ids[i] = BigInt(features.ids[i]!);
          const feeds = {
            [MODEL_IO.ids]: new ort.Tensor('int64', ids, [count]),
            [MODEL_IO.weights]: new ort.Tensor('float32', features.weights, [count]),
          };
          const results = await serialized(() => session.run(feeds));
          const scores = results[MODEL_IO.scores]!.data as Float32Array;
          const embedding = results[MODEL_IO.embedding]!.data as Float32Array;
          return { scores: Float32Array.from(scores), embedding: Float32Array.from(embedding) };
        },
      };
    },
  };
}
