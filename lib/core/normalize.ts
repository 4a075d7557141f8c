import type { NormalizedText, TextView } from './normalized-text.ts';
import { normalizeText } from '../normalize/normalize-text.ts';

/**
 * Stage 1 of the pipeline: canonical form, further readings, decoded layers and the signals of
 * hidden text, computed once and shared by every detector. The work lives in lib/normalize/
 * (README.md there names every view and signal).
 */
export function normalize(original: string): NormalizedText {
  return normalizeText(original);
}

const identityMap = (start: number, end: number) => ({ start, end });

/**
 * No normalization at all: the canonical view is the original text. Used to measure the
 * orchestration's own cost apart from the normalize stage (bench `overheadMs`), and by tests
 * that need a detector to see exactly what it was given.
 */
export function identityNormalize(original: string): NormalizedText {
  const canonical: TextView = { name: 'original', text: original, depth: 0, toOriginal: identityMap };
  return { original, canonical, views: [canonical], signals: [] };
}
