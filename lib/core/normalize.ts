import type { NormalizedText } from './normalized-text.ts';
import { normalizeText } from '../normalize/normalize-text.ts';

/**
 * Stage 1 of the pipeline: canonical form, further readings, decoded layers and the signals of
 * hidden text, computed once and shared by every detector. The work lives in lib/normalize/
 * (README.md there names every view and signal).
 */
export function normalize(original: string): NormalizedText {
  return normalizeText(original);
}
