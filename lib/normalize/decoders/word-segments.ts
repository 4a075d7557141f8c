import type { WordIndex } from './word-index.ts';

export interface Segment {
  /** Index range into the word index. */
  first: number;
  last: number;
}

/** Non-letter characters between two words of one encoded stretch (a sentence, a line or two). */
const MAX_GAP = 40;

/** Words shorter than this say nothing under Caesar shifts: two-letter words collide under some shift all the time. */
export const MIN_EVIDENCE_LETTERS = 3;

/** The share of evidence weight that must decode to English for a stretch to count as encoded. */
export const MIN_WEIGHTED_SHARE = 0.35;

/**
 * How much a word weighs as evidence: longer words rarely turn into English by chance ("si" → "is"
 * happens in Spanish all the time, "snoitcurtsni" → "instructions" never).
 */
export const evidenceWeight = (index: WordIndex, k: number): number => index.ends[k]! - index.starts[k]! - 1;

/**
 * Splits the words into maximal stretches that contain no word that is English as written (unless
 * it is English both ways: "a", "no"/"on", "be"/"or" under ROT13) and no word in another script: a
 * reversed or rotated passage has none, while ordinary English has one every few words. Stretches
 * of a single word are dropped (no decoder accepts one word).
 */
export function segmentWords(index: WordIndex, forward: Uint8Array, neutral: ReadonlySet<number>): Segment[] {
  const segments: Segment[] = [];
  let first = -1;
  const close = (last: number) => {
    if (first >= 0 && last > first) segments.push({ first, last });
    first = -1;
  };
  for (let k = 0; k < index.count; k += 1) {
    const breaks = index.foreign[k] === 1 || (forward[k] === 1 && !neutral.has(index.forward[k]!));
    if (first >= 0 && (breaks || index.starts[k]! - index.ends[k - 1]! > MAX_GAP)) close(k - 1);
    if (!breaks && first < 0) first = k;
  }
  close(index.count - 1);
  return segments;
}

/** Is word `k` neutral (English as written and decoded), so neither evidence for nor against? */
export const isNeutralWord = (index: WordIndex, forward: Uint8Array, neutral: ReadonlySet<number>, k: number): boolean =>
  forward[k] === 1 && neutral.has(index.forward[k]!);

const isEdge = (unit: number) =>
  unit === unit && unit !== 0x20 && unit !== 0x0a && unit !== 0x09 && unit !== 0x0d && !((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);

/**
 * The source range of a segment, widened over punctuation glued to its first and last words
 * ("!kcol" → "lock!", "ybpx!" → "lock!"), which belongs to the decoded sentence.
 */
export function segmentRange(text: string, index: WordIndex, segment: Segment): { start: number; end: number } {
  let start = index.starts[segment.first]!;
  let end = index.ends[segment.last]!;
  for (let guard = 0; start > 0 && guard < 8 && isEdge(text.charCodeAt(start - 1)); guard += 1) start -= 1;
  for (let guard = 0; end < text.length && guard < 8 && isEdge(text.charCodeAt(end)); guard += 1) end += 1;
  return { start, end };
}

/** Per-unit identity positions for a decoded range that keeps its length and order. */
export function identityPositions(start: number, end: number): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(end - start);
  const ends = new Int32Array(end - start);
  for (let k = 0; k < end - start; k += 1) {
    starts[k] = start + k;
    ends[k] = start + k + 1;
  }
  return { starts, ends };
}
