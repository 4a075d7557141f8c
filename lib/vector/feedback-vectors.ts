import { windowRanges } from '../core/chunked-detector.ts';
import { normalize } from '../core/normalize.ts';
import { modelText } from '../models/featurize.ts';
import type { Embedder } from './embedder.ts';
import { l2Normalized } from './vector-math.ts';

export interface WindowVector {
  /** The window's range in the original text. */
  start: number;
  end: number;
  vector: Float32Array;
}

/**
 * The vectors vector-guard computes for a text, window by window, exactly as a scan does
 * (normalized per window, canonical view, at most `window.chars` characters): feedback stored
 * from these vectors then matches the text the next time it is scanned. The caller picks which
 * windows to keep — for "this was fine" the windows that were flagged, for "this was an attack"
 * usually all of a short text. Windows without any feature (blank, punctuation) are left out.
 */
export async function embedForFeedback(
  embedder: Embedder,
  original: string,
  window: { chars: number; overlapChars: number },
  signal?: AbortSignal,
): Promise<WindowVector[]> {
  if (original.length === 0) return [];
  const vectors: WindowVector[] = [];
  for (const [start, end] of windowRanges(original.length, window.chars, window.overlapChars)) {
    const reading = modelText(normalize(original.slice(start, end)), window.chars);
    if (reading === '') continue;
    const vector = l2Normalized(await embedder.embed(reading, signal));
    if (vector) vectors.push({ start, end, vector });
  }
  return vectors;
}
