import type { NormalizedText, TextView } from './normalized-text.ts';

const identity = (start: number, end: number) => ({ start, end });

/**
 * Stage 1 of the pipeline. This is the identity normalization: the canonical view IS the original
 * text. The full normalizer (NFKC, confusable skeletons, invisible characters, recursive decoding)
 * replaces this function and keeps its signature; detectors already read `canonical` and `views`.
 */
export function normalize(original: string): NormalizedText {
  const canonical: TextView = { name: 'original', text: original, depth: 0, toOriginal: identity };
  return { original, canonical, views: [canonical], signals: [] };
}
