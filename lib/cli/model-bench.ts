import { normalize } from '../core/normalize.ts';
import type { ModelProvider } from '../models/model-provider.ts';
import { roundTo, Samples, summarize, type Percentiles } from './percentiles.ts';

export interface ModelBench {
  version: string;
  /** Session creation (read + SHA-256 check + ORT session), milliseconds. */
  loadMs: number | null;
  /** The first inference after loading (what the first scan after a cold start pays on top). */
  firstInferenceMs: number | null;
  /** Inference on normalized text of the bench size (featurize + ONNX run), after warm-up. */
  inferenceMs: Percentiles & { n: number };
  error?: string;
}

/**
 * Times each active model on its own, cold then warm, on texts already normalized (the pipeline
 * normalizes once for every detector, so that cost is the pipeline's, not the model's).
 */
export async function benchModels(
  createProvider: () => Promise<ModelProvider>,
  texts: readonly string[],
  iterations: number,
): Promise<Record<string, ModelBench>> {
  const probe = await createProvider();
  const ids = [...new Set(probe.status().filter((status) => status.role === 'active').map((status) => status.id))].sort();
  const normalized = texts.map((text) => normalize(text));
  const results: Record<string, ModelBench> = {};
  for (const id of ids) {
    const provider = await createProvider();
    const version = provider.versionFor(id, 'active')?.version ?? '?';
    const loadStarted = performance.now();
    const model = await provider.load(id);
    const loadMs = performance.now() - loadStarted;
    if (!model.ok) {
      results[id] = { version, loadMs: null, firstInferenceMs: null, inferenceMs: { ...summarize([]), n: 0 }, error: model.error };
      continue;
    }
    const firstStarted = performance.now();
    await model.value.infer(normalized[0]!);
    const firstInferenceMs = performance.now() - firstStarted;
    for (let i = 0; i < Math.min(20, iterations); i++) await model.value.infer(normalized[i % normalized.length]!);
    const samples = new Samples();
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      await model.value.infer(normalized[i % normalized.length]!);
      samples.push(performance.now() - started);
    }
    results[id] = {
      version,
      loadMs: roundTo(loadMs, 2),
      firstInferenceMs: roundTo(firstInferenceMs, 3),
      inferenceMs: { ...summarize(samples), n: samples.length },
    };
  }
  return results;
}
