import type { AnyDetector } from '../core/detector.ts';
import type { ModelProvider } from '../models/model-provider.ts';
import type { Embedder } from '../vector/embedder.ts';
import { decodeExemplarIndex } from '../vector/exemplar-index.ts';
import type { FeedbackRecord } from '../vector/feedback-store.ts';
import { codeIntent } from './code-intent.ts';
import { contentSafety } from './content-safety.ts';
import { createModelDetector, MODEL_TIMEOUT_MS, type ModelDetectorDefinition } from './model-detector.ts';
import { promptAttackModel } from './prompt-attack-model.ts';
import { createVectorGuard } from './vector-guard.ts';

/** Every model-backed detector, sorted by id. */
export const MODEL_DETECTORS: readonly ModelDetectorDefinition[] = [codeIntent, contentSafety, promptAttackModel];

/** The model whose hidden layer is vector-guard's embedding. */
const EMBEDDING_MODEL = 'prompt-attack';

export interface ModelDetectorsOptions {
  /** The user's local feedback exemplars for vector-guard (the extension's IndexedDB store). */
  feedback?: { list(): Promise<readonly FeedbackRecord[]> };
}

/**
 * The detectors for the models the manifest lists: each active version, a `-candidate` detector
 * (always shadow) where a shadow version is configured, and vector-guard when the active
 * embedding model has an exemplar index. Sorted by id.
 */
export function createModelDetectors(provider: ModelProvider, options: ModelDetectorsOptions = {}): AnyDetector[] {
  const detectors: AnyDetector[] = [];
  for (const definition of MODEL_DETECTORS) {
    for (const role of ['active', 'shadow'] as const) {
      const detector = createModelDetector(definition, provider, role);
      if (detector) detectors.push(detector);
    }
  }
  const vectorGuard = vectorGuardFor(provider, options.feedback);
  if (vectorGuard) detectors.push(vectorGuard);
  return detectors.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
}

/**
 * The embedder vector-guard uses (the active embedding model's hidden layer) and its scan window,
 * or undefined when the model has no exemplar index. Also what feedback reports are embedded with
 * (lib/vector/feedback-embedding.ts), so a report lands exactly where the next scan looks.
 */
export function vectorGuardEmbedder(provider: ModelProvider): { load: () => Promise<Embedder>; window: { chars: number; overlapChars: number } } | undefined {
  const version = provider.versionFor(EMBEDDING_MODEL, 'active');
  if (!version?.exemplarIndex) return undefined;
  return {
    load: async () => {
      const model = await provider.load(EMBEDDING_MODEL);
      if (!model.ok) throw new Error(model.error);
      return {
        id: `${EMBEDDING_MODEL}@${version.version}`,
        dims: version.embeddingDims,
        embed: async (text: string) => (await model.value.infer(text)).embedding,
      };
    },
    window: { chars: version.featurizer.maxChars, overlapChars: 256 },
  };
}

function vectorGuardFor(provider: ModelProvider, feedback: ModelDetectorsOptions['feedback']): AnyDetector | undefined {
  const embedder = vectorGuardEmbedder(provider);
  if (!embedder) return undefined;
  return createVectorGuard({
    embedder: embedder.load,
    index: async () => {
      const bytes = await provider.loadExemplarIndex(EMBEDDING_MODEL);
      if (!bytes.ok) throw new Error(bytes.error);
      const index = decodeExemplarIndex(bytes.value);
      if (!index.ok) throw new Error(index.error);
      return index.value;
    },
    ...(feedback ? { feedback } : {}),
    window: embedder.window,
    timeoutMs: MODEL_TIMEOUT_MS,
  });
}
