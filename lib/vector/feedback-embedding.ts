import type { Embedder } from './embedder.ts';
import { embedForFeedback } from './feedback-vectors.ts';

/** A reported text as vector-guard sees it: one vector per scan window, in the embedder's space. */
export interface FeedbackEmbedding {
  embedderId: string;
  vectors: Float32Array[];
}

/**
 * The `embed` dependency of the feedback routes, from the embedder vector-guard uses and its scan
 * window (model-detectors.ts builds both): a report then lands exactly where the next scan of the
 * same text looks. The embedder is loaded on first use; the text lives only in this call.
 */
export function feedbackEmbedding(
  loadEmbedder: () => Promise<Embedder>,
  window: { chars: number; overlapChars: number },
): (text: string) => Promise<FeedbackEmbedding> {
  return async (text) => {
    const embedder = await loadEmbedder();
    const windows = await embedForFeedback(embedder, text, window);
    return { embedderId: embedder.id, vectors: windows.map((entry) => entry.vector) };
  };
}
